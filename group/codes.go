package group

import (
	"slices"
	"strings"

	"github.com/cespare/xxhash/v2"

	"crosswire/text"
)

// Identifiers of one scheme (issue 14, session 15). A report of a flaw, a
// patch bundle or a filed case often names it by a code: capital letters
// and groups of digits joined by hyphens ("XYZ-2031-4417", "AB31-07").
// The letters name the scheme, the digits one thing the scheme numbers.
// Two reports of one flaw write its code; two reports that each write
// codes of one scheme and not one code in common tell two of the things
// that scheme numbers: another flaw of the same product, the next
// bundle — the kind's other event, which shares the product, the vendor
// and the researcher with it and so every name signal. Read without
// dates, so it stands where no publication time or text date parts the
// pair. Only ever a veto, and only when both sides write a code of one
// scheme: a report naming none, or codes of two schemes (a flaw's number
// and its bulletin's), says nothing. A span of years ("FY2031-32") is a
// time, not a code. (Measured on the CASIE read gold:
// of 297 reports' pairs, the 18 of one event that both write a code of
// one scheme all share one; 295 of the 296 pairs of one kind that do
// share none.)

// maxTextCodes is the most distinct codes of one text appendCodes keeps: a
// bundle's write-up lists dozens, and two reports of one bundle name its
// headline flaws first.
const maxTextCodes = 16

// appendCodes appends the codes s writes (see the section comment), each
// as its scheme's hash in the high 32 bits and the whole code's in the
// low 32, up to maxTextCodes distinct, and returns dst sorted.
func appendCodes(dst []uint64, s string) []uint64 {
	// every code has a hyphen before a group of digits: found with
	// IndexByte, rare in prose, then read as the code word holding it
	for off := 0; off < len(s) && len(dst) < maxTextCodes; {
		k := strings.IndexByte(s[off:], '-')
		if k < 0 {
			break
		}
		p := off + k
		off = p + 1
		if p+1 >= len(s) || s[p+1] < '0' || s[p+1] > '9' {
			continue
		}
		st, end := codePart(s, p)
		if c := schemeCode(s, st, end); c != 0 && !slices.Contains(dst, c) {
			dst = append(dst, c)
		}
		off = max(off, end)
	}
	slices.Sort(dst)
	return dst
}

// codePart bounds the part of the code word (text.CodeAt) holding s[p]
// that a scheme's code can be: between the slashes around p ("XYZ-2031-4417"
// of "XYZ-2031-4417/4418"). A part touching an underscore is inside a
// longer word and is returned empty.
func codePart(s string, p int) (int, int) {
	w := text.CodeAt(s, p)
	st, end := w.Start, w.End
	if k := strings.LastIndexByte(s[st:p], '/'); k >= 0 {
		st += k + 1
	} else if st > 0 && s[st-1] == '_' {
		return p, p
	}
	if k := strings.IndexByte(s[p:end], '/'); k >= 0 {
		end = p + k
	} else if end < len(s) && s[end] == '_' {
		return p, p
	}
	return st, end
}

// schemeCode is the code s[st:end] is, 0 when it is none: 2–6 capital
// letters, an optional hyphen, 2–4 digits, then one or more groups of a
// hyphen and 2–7 digits (text.ShapeOf), and not a span of years.
func schemeCode(s string, st, end int) uint64 {
	w := s[st:end]
	sh, ok := text.ShapeOf(w)
	if !ok || sh.Letters < 2 || sh.Letters > 6 || sh.Groups < 2 ||
		len(sh.First) < 2 || len(sh.First) > 4 || sh.Shortest < 2 || sh.Longest > 7 ||
		sh.Groups == 2 && yearSpan(sh.First, sh.Second) {
		return 0
	}
	// the hyphen after the letters is optional: one code written both
	// ways is one code
	var buf [32]byte
	scheme := w[:sh.Letters]
	norm := append(buf[:0], scheme...)
	rest := w[sh.Letters:]
	if sh.Hyphen {
		rest = rest[1:]
	}
	norm = append(norm, rest...)
	return uint64(uint32(xxhash.Sum64String(scheme)))<<32 | uint64(uint32(xxhash.Sum64(norm)))
}

// yearSpan reports whether two digit groups are a span of two years, the
// second written in full or by its last two digits ("2031-32",
// "2031-2032"): a season or a fiscal year ("FY2031-32") is a time, not a
// thing a scheme numbers, and two reports of one budget may name two.
func yearSpan(first, second string) bool {
	if len(first) != 4 || len(second) != 2 && len(second) != 4 {
		return false
	}
	y, n := atoiASCII(first), atoiASCII(second)
	if len(second) == 2 {
		return n == (y+1)%100
	}
	return n == y+1
}

// atoiASCII is the value of a short run of ASCII digits.
func atoiASCII(s string) int {
	v := 0
	for i := 0; i < len(s); i++ {
		v = 10*v + int(s[i]-'0')
	}
	return v
}

// codesApart reports whether two sorted code lists (appendCodes) each
// name a code of one scheme and no code is in both.
func codesApart(a, b []uint64) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	scheme := false
	for x, y := 0, 0; x < len(a) && y < len(b); {
		switch {
		case a[x] == b[y]:
			return false
		case a[x]>>32 == b[y]>>32:
			scheme = true
			if a[x] < b[y] {
				x++
			} else {
				y++
			}
		case a[x] < b[y]:
			x++
		default:
			y++
		}
	}
	return scheme
}
