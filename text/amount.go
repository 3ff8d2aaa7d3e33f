package text

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Amount is a figure read with its scale and its currency: "£5m", "US$3
// million", "5m euros", "RM1.2bn", "€1,5 Mio", "500万". It is the one
// reading of an amount that grouping (an anchor of the value at its
// scale) and fact extraction (a number fact with its currency as unit)
// share, so "£5m", "£5 million" and "£5,000,000" are one value for both,
// and "£5m" is never the count 5.
type Amount struct {
	// Start and End bound the amount as written, currency and scale
	// included: text[Start:End] is "£5m" in "a £5m-a-year deal".
	Start, End int
	// Figure is the number as written, its separators kept ("1.5",
	// "5,000", "1,5"); NormNumber reads it.
	Figure string
	// To is the upper figure of a range written with a dash ("£3m-£4m",
	// "£3-4m": "4"), "" for a single figure. Both figures are at Exp.
	To string
	// Scale is the scale word as written ("m", "million", "Mio", "万"),
	// "" when none is.
	Scale string
	// Exp is the power of ten the scale word multiplies by: 6 for "m",
	// "million", "mln", "Mio", "juta"; 9 for "bn"; 3 for "k"; 7 for
	// "crore"; 5 for "lakh"; 4 for 万; 0 when none is written.
	Exp int
	// Currency is the ISO 4217 code of the money ("GBP", "EUR", "USD",
	// "MYR"), Dollar for a "$" or "dollars" of no stated country, "" for
	// a figure that is not money ("5 million people").
	Currency string
}

// Dollar is the currency of a figure written with a bare "$" or
// "dollars": the dollar of the outlet's country, which the text does not
// say. It is never taken for USD: "$" is the Singapore dollar in a
// Singapore paper.
const Dollar = "$"

// Value is the amount's figure at its scale: 5e6 for "£5m".
func (a Amount) Value() float64 { return figureValue(a.Figure, a.Exp) }

// ToValue is the upper figure of a range at its scale, Value for a single
// figure.
func (a Amount) ToValue() float64 {
	if a.To == "" {
		return a.Value()
	}
	return figureValue(a.To, a.Exp)
}

// AppendDigits appends the amount's value at its scale, exactly, in
// decimal and normalised as NormNumber does: "1500000" for "£1.5m".
func (a Amount) AppendDigits(dst []byte) []byte {
	var b [64]byte
	start := len(dst)
	dst = AppendScaled(dst, string(AppendNormNumber(b[:0], a.Figure)), a.Exp)
	// the scaled figure keeps the zeros a fraction moved before its
	// point ("0.5" × 10³ → "0500"); one stays before a point
	z := start
	for z+1 < len(dst) && dst[z] == '0' && dst[z+1] != '.' {
		z++
	}
	n := copy(dst[start:], dst[z:])
	return dst[:start+n]
}

func figureValue(fig string, exp int) float64 {
	v, err := strconv.ParseFloat(NormNumber(fig), 64)
	if err != nil {
		return 0
	}
	for ; exp > 0; exp-- {
		v *= 10
	}
	return v
}

// ScaleExp returns the power of ten a scale word multiplies a figure by,
// 0 for other words. It reads lower-case words, written apart ("5
// million", "1.5 juta", "1,5 Mio" lower-cased) or glued on ("5m",
// "$2bn", "500万"). The short forms "m", "k" and "b" are scales only
// glued to a figure (AmountAt says when).
func ScaleExp[W ~string | ~[]byte](w W) int {
	switch string(w) {
	case "hundred":
		return 2
	case "thousand", "k", "ribu":
		return 3
	case "lakh", "lakhs":
		return 5
	case "million", "m", "mn", "mln", "juta", "mio":
		return 6
	case "crore", "crores":
		return 7
	case "billion", "bn", "b", "bilion", "mrd":
		return 9
	case "trillion", "tn", "trilion":
		return 12
	case "万", "萬":
		return 4
	case "亿", "億":
		return 8
	}
	return 0
}

// CurrencySign maps a currency sign to its ISO 4217 code, Dollar for
// "$"; "" for other runes.
func CurrencySign(r rune) string {
	switch r {
	case '$':
		return Dollar
	case '€':
		return "EUR"
	case '£':
		return "GBP"
	case '¥':
		return "JPY"
	case '₹':
		return "INR"
	case '₽':
		return "RUB"
	}
	return ""
}

// CurrencyWord maps a lower-case currency word written after a figure
// ("5m euros", "5 million pounds") to its ISO 4217 code, Dollar for
// "dollars"; "" for other words.
func CurrencyWord(w string) string {
	switch w {
	case "dollars", "dollar":
		return Dollar
	case "euros", "euro":
		return "EUR"
	case "pounds", "sterling":
		return "GBP"
	case "yen":
		return "JPY"
	case "yuan", "renminbi":
		return "CNY"
	case "ringgit":
		return "MYR"
	case "rupiah":
		return "IDR"
	case "baht":
		return "THB"
	case "rupees":
		return "INR"
	case "francs":
		return "CHF"
	case "roubles", "rubles":
		return "RUB"
	}
	return ""
}

// CurrencyCode maps the letters written before or after a figure as a
// currency ("GBP 5m", "RM5", "Rp 10,000", "5m USD") to its ISO 4217 code,
// "" for other words. Case matters: "rm" is not ringgit.
func CurrencyCode(w string) string {
	switch w {
	case "RM":
		return "MYR"
	case "Rp":
		return "IDR"
	case "Rs":
		return "INR"
	case "RMB":
		return "CNY"
	case "USD", "SGD", "HKD", "AUD", "NZD", "CAD", "EUR", "GBP", "MYR", "CNY", "JPY", "IDR", "INR", "CHF":
		return w
	}
	return ""
}

// DollarPrefix maps the letters written just before "$" to the dollar they
// name ("US$", "S$", "HK$", "A$"); "" for other letters.
func DollarPrefix(w string) string {
	switch w {
	case "US", "U.S.":
		return "USD"
	case "S", "SG":
		return "SGD"
	case "HK":
		return "HKD"
	case "A", "AU":
		return "AUD"
	case "NZ":
		return "NZD"
	case "C", "CA", "Can":
		return "CAD"
	case "NT":
		return "TWD"
	case "R":
		return "BRL"
	case "Mex":
		return "MXN"
	case "B":
		return "BND"
	}
	return ""
}

// DollarsOf maps the word before "dollars" to the dollar it names ("US
// dollars", "Singapore dollars", "Hong Kong dollars": the word is the
// last of the country's name), "" for a dollar of no stated country.
func DollarsOf(prev string) string {
	var b [12]byte
	if len(prev) > len(b) {
		return ""
	}
	switch string(lowerASCII(b[:0], prev)) {
	case "us", "u.s.", "american":
		return "USD"
	case "singapore":
		return "SGD"
	case "kong":
		return "HKD"
	case "australian":
		return "AUD"
	case "zealand":
		return "NZD"
	case "canadian":
		return "CAD"
	case "taiwan":
		return "TWD"
	}
	return ""
}

// AmountAt reads the amount whose figure starts at s[i] (a digit, or the
// currency letters glued before it: "RM5"), looking back for a currency
// sign or code written before it ("£", "US$", "GBP ") and forward for its
// scale ("5m", "5 million", "500万"), a range's upper figure ("£3m-£4m",
// "£3-4m") and a currency written after it ("5m euros", "5 million
// Singapore dollars", "5m USD"). A figure with neither a scale nor a
// currency is not an amount (ok false): it is a count or a measure that
// the caller reads as such.
//
// Two readings are ambiguous and decided by the words around the figure:
//   - "m" glued to a figure with no currency is metres before a hyphen
//     or a word that is not a plural ("a 5m wall", "5m high", "5m-long"),
//     a million otherwise ("5m viewers", "grew to 5m.");
//   - "#" before a figure is the pound sign of 7-bit wire copy when the
//     figure is an amount of thousands ("#500,000", "#2500") or carries
//     a scale ("#5 million"); "#1" stays a rank or a hashtag.
func AmountAt(s string, i int) (Amount, bool) {
	a := Amount{Start: i}
	j := i
	if j < len(s) && asciiLetter(s[j]) {
		// currency letters glued to the figure: "RM5", "Rp10,000"
		k := j
		for k < len(s) && asciiLetter(s[k]) {
			k++
		}
		if k == len(s) || !asciiDigit(s[k]) || (j > 0 && isWordStartByte(s, j-1)) {
			return a, false
		}
		if a.Currency = CurrencyCode(s[j:k]); a.Currency == "" {
			return a, false
		}
		j = k
	}
	if j >= len(s) || !asciiDigit(s[j]) {
		return a, false
	}
	hash := false
	if a.Currency == "" {
		a.Start, a.Currency, hash = currencyBefore(s, i)
	}
	k := figureEnd(s, j)
	a.Figure = s[j:k]
	k, glued := a.readScale(s, k)
	// a range written with a dash: "£3m-£4m", "£3-4m", "3-4 million"
	if k < len(s) && (s[k] == '-' || strings.HasPrefix(s[k:], "–")) {
		k = a.readRange(s, k, glued)
	}
	if a.Currency == "" || hash {
		if c, e := currencyAfter(s, k); c != "" {
			a.Currency, k, hash = c, e, false
		}
	}
	a.End = k
	if hash {
		// "#" stands for "£" only on amounts a rank or a hashtag never is
		if a.Exp < 3 && !strings.Contains(a.Figure, ",") && digitCount(a.Figure) < 4 {
			a.Currency, a.Start = "", j
		}
	}
	if a.Exp == 0 && a.Currency == "" {
		return a, false
	}
	if (glued == "b" || glued == "B") && a.Currency == "" {
		return a, false // "5b" is a billion only as money
	}
	if (glued == "m" || glued == "M") && a.Currency == "" && metresAfter(s, k) {
		return a, false
	}
	return a, true
}

// readScale reads the scale after the figure ending at s[k]: glued on
// ("5m", "2bn", "500万") or after one space ("5 million", "1,5 Mio"). It
// returns the end of the scale and, for a Latin-script one glued on, the
// word as written.
func (a *Amount) readScale(s string, k int) (int, string) {
	m := k
	for m < len(s) && asciiLetter(s[m]) {
		m++
	}
	if m > k {
		var b [12]byte
		exp := 0
		if m-k <= len(b) {
			exp = ScaleExp(lowerASCII(b[:0], s[k:m]))
		}
		if exp == 0 || exp == 2 {
			return k, "" // "150ml", "7th": a unit or an ordinal, read by the caller
		}
		a.Exp, a.Scale = exp, s[k:m]
		return m, s[k:m]
	}
	if _, n := utf8.DecodeRuneInString(s[k:]); n > 1 {
		if exp := ScaleExp(s[k : k+n]); exp > 0 {
			a.Exp, a.Scale = exp, s[k:k+n]
			return k + n, ""
		}
	}
	if k+1 < len(s) && s[k] == ' ' {
		m = k + 1
		for m < len(s) && asciiLetter(s[m]) {
			m++
		}
		if m-k-1 >= 2 && m-k-1 <= 8 && (m == len(s) || !isWordStartByte(s, m)) {
			var b [12]byte
			if exp := ScaleExp(lowerASCII(b[:0], s[k+1:m])); exp > 0 {
				a.Exp, a.Scale = exp, s[k+1:m]
				return m, ""
			}
		}
		if r, n := utf8.DecodeRuneInString(s[k+1:]); n > 1 && r != utf8.RuneError {
			if exp := ScaleExp(s[k+1 : k+1+n]); exp > 0 {
				a.Exp, a.Scale = exp, s[k+1:k+1+n]
				return k + 1 + n, ""
			}
		}
	}
	return k, ""
}

// readRange reads the upper figure of a range after the dash at s[k]
// and returns the end of the range, or k when what follows is not one
// (its figure no larger: a score, "3-2").
func (a *Amount) readRange(s string, k int, glued string) int {
	d := k + 1
	if s[k] != '-' {
		d = k + len("–")
	}
	if d < len(s) && a.Currency != "" {
		if r, n := utf8.DecodeRuneInString(s[d:]); CurrencySign(r) == a.Currency {
			d += n
		}
	}
	if d >= len(s) || !asciiDigit(s[d]) {
		return k
	}
	e := figureEnd(s, d)
	hi := Amount{Figure: s[d:e]}
	e, hiGlued := hi.readScale(s, e)
	switch {
	case hi.Exp == a.Exp:
	case a.Exp == 0 && glued == "":
		a.Exp, a.Scale = hi.Exp, hi.Scale // "£3-4m": the scale is the range's
	default:
		return k
	}
	if figureValue(hi.Figure, 0) <= figureValue(a.Figure, 0) {
		return k
	}
	if glued == "" && hiGlued != "" {
		glued = hiGlued
	}
	a.To = hi.Figure
	return e
}

// currencyBefore reads the currency written just before the figure at
// s[i]: a sign ("£5", "US$5", "HK$5"), or a code one space before ("GBP
// 5m", "RM 5 million"). hash reports a "#" read as the pound sign.
func currencyBefore(s string, i int) (start int, code string, hash bool) {
	if i == 0 {
		return i, "", false
	}
	r, n := utf8.DecodeLastRuneInString(s[:i])
	if r == '#' {
		return i - 1, "GBP", true
	}
	if c := CurrencySign(r); c != "" {
		start = i - n
		if c == Dollar {
			// the letters glued before "$" say which dollar: "US$", "S$"
			p := start
			for p > 0 && (asciiLetter(s[p-1]) || s[p-1] == '.') {
				p--
			}
			if p < start && (p == 0 || !isWordStartByte(s, p-1)) {
				if d := DollarPrefix(s[p:start]); d != "" {
					return p, d, false
				}
			}
		}
		return start, c, false
	}
	if s[i-1] == ' ' {
		p := i - 1
		for p > 0 && asciiLetter(s[p-1]) {
			p--
		}
		if p < i-1 && (p == 0 || !isWordStartByte(s, p-1)) {
			if c := CurrencyCode(s[p : i-1]); c != "" {
				return p, c, false
			}
		}
	}
	return i, "", false
}

// currencyAfter reads a currency written after an amount ending at s[k]:
// one space, then a currency word ("euros", "pounds"), a code ("USD"),
// or a country's dollars ("Singapore dollars", "Hong Kong dollars"). It
// returns the code and the end of the words, "" when there is none.
func currencyAfter(s string, k int) (string, int) {
	if k+1 >= len(s) || s[k] != ' ' {
		return "", k
	}
	w, e := asciiWordAt(s, k+1)
	if w == "" {
		return "", k
	}
	if c := CurrencyCode(w); c != "" {
		return c, e
	}
	if len(w) <= 12 {
		var b [12]byte
		if c := CurrencyWord(string(lowerASCII(b[:0], w))); c != "" {
			return c, e
		}
	}
	// a country's dollars: up to two capitalised words before "dollars"
	for n := 0; n < 2 && w[0] >= 'A' && w[0] <= 'Z'; n++ {
		if e+1 >= len(s) || s[e] != ' ' {
			break
		}
		next, ne := asciiWordAt(s, e+1)
		if next == "dollars" || next == "dollar" {
			if c := DollarsOf(w); c != "" {
				return c, ne
			}
			break
		}
		if next == "" {
			break
		}
		w, e = next, ne
	}
	return "", k
}

// metresAfter reports whether a figure with "m" glued on and no currency,
// ending at s[k], is a length: a hyphen follows ("5m-long"), or a word
// that is not a plural ("a 5m wall", "5m high", "5m from the shore").
// A plural ("5m viewers"), punctuation or the end of the text leave it a
// million.
func metresAfter(s string, k int) bool {
	if k < len(s) && s[k] == '-' {
		return true
	}
	if k+1 >= len(s) || s[k] != ' ' {
		return false
	}
	w, _ := asciiWordAt(s, k+1)
	if w == "" {
		return false
	}
	return len(w) < 3 || w[len(w)-1] != 's'
}

// figureEnd returns the end of the figure starting with the digit at
// s[j]: digits, with a "," or "." between two digits kept ("5,000",
// "1.5", "1,5").
func figureEnd(s string, j int) int {
	k := j
	for k < len(s) {
		c := s[k]
		if asciiDigit(c) || (c == ',' || c == '.') && k > j && k+1 < len(s) && asciiDigit(s[k+1]) {
			k++
			continue
		}
		break
	}
	return k
}

func digitCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if asciiDigit(s[i]) {
			n++
		}
	}
	return n
}

// asciiWordAt returns the run of ASCII letters starting at s[i] and its
// end, "" when none starts there or the run goes on into another letter.
func asciiWordAt(s string, i int) (string, int) {
	e := i
	for e < len(s) && asciiLetter(s[e]) {
		e++
	}
	if e == i || e < len(s) && isWordStartByte(s, e) {
		return "", i
	}
	return s[i:e], e
}

// lowerASCII appends w lower-cased (ASCII) to dst.
func lowerASCII(dst []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

func asciiLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func asciiDigit(c byte) bool { return c >= '0' && c <= '9' }

// isWordStartByte reports whether a letter or digit is written at s[i]
// (any non-ASCII byte counts: a letter of another script).
func isWordStartByte(s string, i int) bool {
	c := s[i]
	return asciiLetter(c) || asciiDigit(c) || c >= utf8.RuneSelf
}

// NormNumber normalises a written number: a separator ("," or ".")
// followed by exactly three digits groups thousands ("5,000", "5.000" →
// 5000), any other is a decimal point ("1.5", "1,5" → 1.5); leading zeros
// and a zero fraction go ("007" → 7, "48.0" → 48).
func NormNumber(s string) string {
	if s != "" && s[0] != '0' && strings.IndexAny(s, ".,") < 0 {
		return s // already normal
	}
	var b [64]byte
	return string(AppendNormNumber(b[:0], s))
}

// AppendNormNumber appends NormNumber(s) to dst.
func AppendNormNumber(dst []byte, s string) []byte {
	start := len(dst)
	dot := -1 // where the first decimal point went
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '.' && c != ',' {
			dst = append(dst, c)
			continue
		}
		j := i + 1
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j-i-1 != 3 || dot >= 0 {
			if dot < 0 {
				dot = len(dst)
			}
			dst = append(dst, '.')
		}
	}
	if dot >= 0 {
		// trailing zeros of the fraction go, and the point with them
		// when nothing else is left of the fraction
		end := len(dst)
		for end > dot+1 && dst[end-1] == '0' {
			end--
		}
		if end == dot+1 {
			end = dot
		}
		dst = dst[:end]
	}
	// leading zeros go, but one stays before a point or for zero itself
	z := start
	for z < len(dst) && dst[z] == '0' {
		z++
	}
	if z == len(dst) || dst[z] == '.' {
		if z > start {
			z-- // keep one zero
		} else {
			dst = append(dst, 0)
			copy(dst[start+1:], dst[start:])
			dst[start] = '0'
			return dst
		}
	}
	n := copy(dst[start:], dst[z:])
	return dst[:start+n]
}

// AppendScaled appends num × 10^exp to dst, exactly, in decimal: num is
// NormNumber's form ("1.5", 6 → "1500000"); the result may keep leading
// zeros for NormNumber to take ("0.5", 3 → "0500").
func AppendScaled(dst []byte, num string, exp int) []byte {
	intPart, frac, _ := strings.Cut(num, ".")
	dst = append(dst, intPart...)
	for ; exp > 0; exp-- {
		if frac != "" {
			dst = append(dst, frac[0])
			frac = frac[1:]
		} else {
			dst = append(dst, '0')
		}
	}
	if frac != "" {
		dst = append(dst, '.')
		dst = append(dst, frac...)
	}
	return dst
}
