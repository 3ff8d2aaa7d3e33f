package text

import (
	"strings"
	"unicode"
)

// Code is an identifier-shaped word of a text: a run of ASCII letters,
// digits, hyphens and slashes, the form registrations, flight, model and
// case numbers and the codes a scheme gives its flaws and bundles are
// written in ("R462", "BA2490", "T-1000", "XYZ-2031-4417", "AB/12"). It is
// the one reading of such words that crosscheck's code mentions and
// grouping's veto of codes of one scheme share; each keeps its own rule of
// which words are codes.
type Code struct {
	// Start and End bound the run: text[Start:End] is the longest run of
	// code bytes (CodeByte) holding the position it was read at, so the
	// bytes either side are not code bytes.
	Start, End int
}

// CodeByte reports whether b belongs to a code word: an ASCII letter or
// digit, a hyphen or a slash.
func CodeByte(b byte) bool {
	return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '-' || b == '/'
}

// CodeAt returns the code word holding s[i] (an empty Code at i when s[i]
// is not a code byte). It reads only the word, so a reader that finds its
// candidates by a cheap search ("a hyphen before a digit") pays for no
// other.
func CodeAt(s string, i int) Code {
	if i < 0 || i >= len(s) || !CodeByte(s[i]) {
		return Code{i, i}
	}
	st, end := i, i
	for st > 0 && CodeByte(s[st-1]) {
		st--
	}
	for end < len(s) && CodeByte(s[end]) {
		end++
	}
	return Code{st, end}
}

// NextCode returns the first code word of s that starts at or after
// from, and false when there is none. Code words never touch, so
// NextCode(s, c.End) is the word after c.
func NextCode(s string, from int) (Code, bool) {
	for i := max(from, 0); i < len(s); i++ {
		if CodeByte(s[i]) && (i == 0 || !CodeByte(s[i-1])) {
			return CodeAt(s, i), true
		}
	}
	return Code{len(s), len(s)}, false
}

// CodeKey is a code's letters and digits, upper case, under which two
// spellings of one code meet: "t-1000" and "T1000" are "T1000".
func CodeKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' || unicode.IsLetter(r) {
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	return b.String()
}

// CodeShape is the shape of a scheme's code: capital letters naming the
// scheme, then groups of digits, the first after an optional hyphen and
// each further one after a hyphen ("XYZ-2031-4417": letters "XYZ", the
// groups "2031" and "4417"; "AB31-07": "AB", "31" and "07").
type CodeShape struct {
	// Letters is the number of capital letters at the start.
	Letters int
	// Hyphen reports a hyphen between the letters and the first group.
	Hyphen bool
	// Groups is the number of digit groups; First and Second are the
	// first two as written ("" when missing).
	Groups        int
	First, Second string
	// Shortest and Longest are the lengths of the groups after the
	// first (0 when there is only one).
	Shortest, Longest int
}

// ShapeOf reads w as letters and digit groups (see CodeShape), and
// reports whether the whole of w is of that shape: at least one capital
// letter and one group of digits, nothing else, no empty group.
func ShapeOf(w string) (CodeShape, bool) {
	var sh CodeShape
	j := 0
	for j < len(w) && w[j] >= 'A' && w[j] <= 'Z' {
		j++
	}
	sh.Letters = j
	if j == 0 {
		return sh, false
	}
	if j < len(w) && w[j] == '-' {
		sh.Hyphen = true
		j++
	}
	for {
		k := j
		for j < len(w) && w[j] >= '0' && w[j] <= '9' {
			j++
		}
		if j == k {
			return sh, false
		}
		switch sh.Groups {
		case 0:
			sh.First = w[k:j]
		case 1:
			sh.Second = w[k:j]
		}
		if sh.Groups > 0 {
			if n := j - k; sh.Shortest == 0 || n < sh.Shortest {
				sh.Shortest = n
			}
			sh.Longest = max(sh.Longest, j-k)
		}
		sh.Groups++
		if j == len(w) {
			return sh, true
		}
		if w[j] != '-' {
			return sh, false
		}
		j++
	}
}
