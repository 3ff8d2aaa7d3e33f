package goldeval

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// How a span was carried from one text to the other.
const (
	// MapExact: the span's words, spaces collapsed, were found in the
	// other text at the same occurrence.
	MapExact = "exact"
	// MapLoose: found only when letters and digits alone are compared
	// (case folded): punctuation or line-end marks differ.
	MapLoose = "loose"
	// MapNone: not found; the span was placed at the same relative
	// position (an approximation, counted as unmapped).
	MapNone = "unmapped"
)

// folded is a text reduced for comparison, with the byte offset in the
// original text of every byte of the reduced form.
type folded struct {
	src string // the original text
	s   string
	off []int // off[i] is the original offset of s[i]; off[len(s)] is the end
}

// fold reduces text for comparison. With loose false it
// NFC-normalises each rune, drops control characters and collapses every
// run of spaces into one space; with loose true it keeps only letters and
// digits, lower-cased.
func fold(text string, loose bool) folded {
	var b strings.Builder
	off := make([]int, 0, len(text)+1)
	space := false
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			if !loose && b.Len() > 0 {
				space = true
			}
		case loose && !unicode.IsLetter(r) && !unicode.IsDigit(r):
		case unicode.IsControl(r), r == '\u200b', r == '\ufeff', r == '\u00ad':
		default:
			if space {
				b.WriteByte(' ')
				off = append(off, i)
				space = false
			}
			var w string
			if loose {
				w = strings.ToLower(string(r))
			} else {
				w = norm.NFC.String(string(r))
			}
			b.WriteString(w)
			for range len(w) {
				off = append(off, i)
			}
		}
		i += size
	}
	off = append(off, len(text))
	return folded{src: text, s: b.String(), off: off}
}

// occurrences returns the start offsets in f.s of every occurrence of sub.
func (f folded) occurrences(sub string) []int {
	var out []int
	if sub == "" {
		return nil
	}
	for i := 0; ; {
		j := strings.Index(f.s[i:], sub)
		if j < 0 {
			return out
		}
		out = append(out, i+j)
		i += j + 1
	}
}

// origEnd is the original end offset of the folded range ending at e.
func (f folded) origEnd(e int) int {
	if e <= 0 {
		return f.off[0]
	}
	// The byte before e belongs to the original rune starting at
	// off[e-1]; the span ends where that rune ends.
	start := f.off[e-1]
	return start + runeLen(f.src, start)
}

// spanMapper carries byte spans of one text to another version of it
// (raw wire copy to its cleaned text, or back).
type spanMapper struct {
	from, to           string
	fromTight, toTight folded
	fromLoose, toLoose folded
}

func newSpanMapper(from, to string) *spanMapper {
	m := &spanMapper{from: from, to: to}
	m.fromTight, m.toTight = fold(from, false), fold(to, false)
	m.fromLoose, m.toLoose = fold(from, true), fold(to, true)
	return m
}

// Map carries from[start:end] to the other text, returning the span there
// and how it was found (MapExact, MapLoose or MapNone).
func (m *spanMapper) Map(start, end int) (int, int, string) {
	if start < 0 || end > len(m.from) || start >= end {
		return 0, 0, MapNone
	}
	if s, e, ok := mapFolded(m.fromTight, m.toTight, start, end); ok {
		return s, e, MapExact
	}
	if s, e, ok := mapFolded(m.fromLoose, m.toLoose, start, end); ok {
		return s, e, MapLoose
	}
	rel := func(x int) int {
		if len(m.from) == 0 {
			return 0
		}
		return min(len(m.to), x*len(m.to)/len(m.from))
	}
	return rel(start), max(rel(start), rel(end)), MapNone
}

// mapFolded finds the folded form of from[start:end] in to: the occurrence
// with the same index among equal occurrences when both texts have as many,
// else the one nearest in relative position.
func mapFolded(from, to folded, start, end int) (int, int, bool) {
	fs := firstAtOrAfter(from.off, start)
	fe := firstAtOrAfter(from.off, end)
	if fs >= fe {
		return 0, 0, false
	}
	sub := strings.TrimSpace(from.s[fs:fe])
	if sub == "" {
		return 0, 0, false
	}
	fs += strings.Index(from.s[fs:fe], sub)
	src := from.occurrences(sub)
	dst := to.occurrences(sub)
	if len(dst) == 0 {
		return 0, 0, false
	}
	k := 0
	for i, o := range src {
		if o == fs {
			k = i
		}
	}
	var at int
	if len(src) == len(dst) {
		at = dst[k]
	} else {
		want := float64(fs) / float64(max(1, len(from.s)))
		best := -1.0
		for _, o := range dst {
			d := float64(o)/float64(max(1, len(to.s))) - want
			if d < 0 {
				d = -d
			}
			if best < 0 || d < best {
				best, at = d, o
			}
		}
	}
	return to.off[at], to.origEnd(at + len(sub)), true
}

// firstAtOrAfter is the first index i with off[i] >= x.
func firstAtOrAfter(off []int, x int) int {
	lo, hi := 0, len(off)-1
	for lo < hi {
		mid := (lo + hi) / 2
		if off[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func runeLen(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return n
}
