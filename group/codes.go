package group

import (
	"slices"
	"strings"

	"github.com/cespare/xxhash/v2"
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
	// IndexByte, rare in prose, then read from its word's start
	for off := 0; off < len(s) && len(dst) < maxTextCodes; {
		k := strings.IndexByte(s[off:], '-')
		if k < 0 {
			break
		}
		p := off + k
		off = p + 1
		if p+1 >= len(s) || !isDigitASCII(s[p+1]) {
			continue
		}
		st := p
		for st > 0 && (isUpperASCII(s[st-1]) || isDigitASCII(s[st-1]) || s[st-1] == '-') {
			st--
		}
		if !isUpperASCII(s[st]) || st > 0 && codeWordByte(s[st-1]) {
			continue
		}
		c, end := readCode(s, st)
		if c != 0 && !slices.Contains(dst, c) {
			dst = append(dst, c)
		}
		off = max(off, end)
	}
	slices.Sort(dst)
	return dst
}

// readCode reads a code starting at s[i] (a capital letter at a word's
// start): 2–6 capital letters, an optional hyphen, 2–4 digits, then one or
// more groups of a hyphen and 2–7 digits, ending the word. It returns the
// code (0 when s[i:] does not start one) and where reading stopped.
func readCode(s string, i int) (uint64, int) {
	j := i
	for j < len(s) && isUpperASCII(s[j]) {
		j++
	}
	letters := j - i
	if letters < 2 || letters > 6 {
		return 0, j
	}
	scheme := s[i:j]
	if j < len(s) && s[j] == '-' {
		j++
	}
	k := j
	j = digitsEnd(s, j)
	if j-k < 2 || j-k > 4 {
		return 0, j
	}
	first, second := s[k:j], ""
	groups := 0
	for j+1 < len(s) && s[j] == '-' && isDigitASCII(s[j+1]) {
		k = j + 1
		j = digitsEnd(s, k)
		if j-k < 2 || j-k > 7 {
			return 0, j
		}
		if groups == 0 {
			second = s[k:j]
		}
		groups++
	}
	if groups == 0 || j < len(s) && codeWordByte(s[j]) || groups == 1 && yearSpan(first, second) {
		return 0, j
	}
	// the hyphen after the letters is optional: one code written both
	// ways is one code
	var buf [32]byte
	norm := append(buf[:0], scheme...)
	for k := i + len(scheme); k < j; k++ {
		if k == i+len(scheme) && s[k] == '-' {
			continue
		}
		norm = append(norm, s[k])
	}
	return uint64(uint32(xxhash.Sum64String(scheme)))<<32 | uint64(uint32(xxhash.Sum64(norm))), j
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

// digitsEnd is where the run of ASCII digits at s[j:] ends.
func digitsEnd(s string, j int) int {
	for j < len(s) && isDigitASCII(s[j]) {
		j++
	}
	return j
}

func isUpperASCII(b byte) bool { return b >= 'A' && b <= 'Z' }
func isDigitASCII(b byte) bool { return b >= '0' && b <= '9' }

// codeWordByte reports whether b continues a word around a code: an ASCII
// letter or digit, a hyphen or an underscore.
func codeWordByte(b byte) bool {
	return isUpperASCII(b) || b >= 'a' && b <= 'z' || isDigitASCII(b) || b == '-' || b == '_'
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
