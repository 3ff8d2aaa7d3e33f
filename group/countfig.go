package group

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cespare/xxhash/v2"
)

// Counted figures (issue 14, session 10, CASIE events whole alone). An
// event's facts include its figures told with what they count: a sum of
// money with its currency, a count with its noun ("9.4 million
// passengers", "$11.8 million", "200,000 computers", "3.7 million
// voters"). Reports of one event repeat them, each in its own words
// around them; two events of one kind (two airlines' breaches, two
// cities' ransomware) tell other counts and other sums. A bare number
// (an anchor) is weak: a year, a version, a day of the month is every
// subject's; a number with its unit or its counted noun is the event's.
//
// countedFigures reads them from the text: a number of digits (thousands
// groups and a decimal part allowed), not part of a code, a date, a time
// or a longer number, with an optional scale word (thousand, million,
// billion, trillion; m, bn, k written on the number), then either its
// currency (a sign before it) or percent, or the first word after it that
// is not a function word — the counted noun, a plural's s dropped. A
// whole number under 10 with a noun is left out (news style writes one to
// nine in words, so a digit there is a version or a name's number: "Struts
// 2"), as is a year (1900–2100 without a unit) and a number after a month
// (a date). Each figure is hashed as its value (to four significant
// digits: "9.4 million" and "9,400,000" are one) with its unit.

// newsFigures returns the counted figures of a title and the first half
// of its text: an inverted pyramid tells its news first and the
// background after it — another event's figures (the other vendor's count
// of patched flaws, the earlier attack's ransom) come late in a report
// that recalls them, while the reports of one event each tell its
// figures in their first half.
func newsFigures(title, text string) []uint32 {
	half := len(text) / 2
	for half < len(text) && text[half] != ' ' && text[half] != '\n' {
		half++
	}
	return countedFigures(title + ".\n" + text[:half])
}

// countedFigures returns the sorted distinct hashes of text's counted
// figures (see above).
func countedFigures(text string) []uint32 {
	var out []uint32
	prevWord := ""
	for i := 0; i < len(text); {
		c := text[i]
		if c < '0' || c > '9' {
			if figureWordByte(c) {
				j := i
				for j < len(text) && figureWordByte(text[j]) {
					j++
				}
				prevWord = strings.ToLower(text[i:j])
				i = j
				continue
			}
			i++
			continue
		}
		start := i
		v, end, ok := readFigure(text, i)
		i = max(end, i+1)
		if !ok || start > 0 && figureGlued(text[start-1]) {
			prevWord = ""
			continue
		}
		if monthWord(prevWord) {
			prevWord = ""
			continue
		}
		prevWord = ""
		cur := currencyBefore(text, start)
		rest := text[end:]
		// scale written on the number or after it
		scaled := false
		if s, n := scaleSuffix(rest); n > 0 {
			v *= s
			rest = rest[n:]
			scaled = true
			i = len(text) - len(rest)
		} else if r, _ := utf8.DecodeRuneInString(rest); r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			continue // a code: 4G, 3DS
		} else if len(rest) > 1 && (rest[0] == ':' || rest[0] == '/' || rest[0] == '-' || rest[0] == '.') && rest[1] >= '0' && rest[1] <= '9' {
			continue // a time, a date, a range, a version
		} else if s, n := figureScaleWord(rest); n > 0 {
			v *= s
			rest = rest[n:]
			scaled = true
			i = len(text) - len(rest)
		}
		unit := ""
		switch {
		case cur != "":
			unit = cur
		case strings.HasPrefix(rest, "%"):
			unit = "%"
		default:
			unit = countedNoun(rest)
			if unit == "percent" || unit == "per" {
				unit = "%"
			}
		}
		if unit == "" || monthWord(unit) {
			continue
		}
		if cur == "" && unit != "%" && !scaled && (v < 10 || v >= 1900 && v <= 2100 && v == math.Trunc(v)) {
			continue
		}
		out = append(out, figureHash(v, unit))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// figureWordByte reports whether b is an ASCII letter or a byte of a
// multi-byte rune (read as part of a word).
func figureWordByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80 }

// figureGlued reports whether the byte before a number makes it part of
// something longer: a word, a decimal, a date, a time, a code.
func figureGlued(b byte) bool {
	return figureWordByte(b) || b >= '0' && b <= '9' || strings.IndexByte(".,:/-_#", b) >= 0
}

// readFigure reads the number at text[i:]: digits with thousands groups
// (",ddd") and a decimal part. ok is false when a group is malformed.
func readFigure(text string, i int) (v float64, end int, ok bool) {
	j := i
	for j < len(text) && text[j] >= '0' && text[j] <= '9' {
		j++
	}
	digits := strings.Builder{}
	digits.WriteString(text[i:j])
	for j+3 < len(text)+0 && text[j] == ',' && allDigits(text[j+1:j+4]) && (j+4 == len(text) || text[j+4] < '0' || text[j+4] > '9') {
		digits.WriteString(text[j+1 : j+4])
		j += 4
	}
	if j+1 < len(text) && text[j] == '.' && text[j+1] >= '0' && text[j+1] <= '9' {
		k := j + 1
		for k < len(text) && text[k] >= '0' && text[k] <= '9' {
			k++
		}
		digits.WriteString(text[j:k])
		j = k
	}
	f, err := strconv.ParseFloat(digits.String(), 64)
	if err != nil || significantDigits(digits.String()) < minFigureDigits {
		return 0, j, false
	}
	return f, j, true
}

// minFigureDigits is the fewest significant digits of a counted figure: a
// round figure ("$300", "200,000 computers", "20 minutes") is an estimate
// or a stock amount, which other events repeat by chance — the usual
// ransom, the usual count — while a figure of two or more significant
// digits ("9.4 million", "150 countries", "$11.8 million") is a count
// someone made of this event.
const minFigureDigits = 2

// significantDigits returns the number of significant digits of a
// written number (digits and one decimal point): leading zeros and the
// integer part's trailing zeros do not count.
func significantDigits(num string) int {
	d := strings.TrimLeft(strings.ReplaceAll(num, ".", ""), "0")
	if !strings.Contains(num, ".") {
		d = strings.TrimRight(d, "0")
	}
	return len(d)
}

// allDigits reports whether s is ASCII digits only.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// currencyBefore returns the currency sign written just before the number
// at text[start] ("$", "£", "€", "¥", also "US$"), or "".
func currencyBefore(text string, start int) string {
	s := strings.TrimRight(text[:start], " ")
	for _, c := range [...]string{"$", "£", "€", "¥"} {
		if strings.HasSuffix(s, c) {
			return c
		}
	}
	return ""
}

// scaleSuffix reads a scale written on the number ("5m", "2.4bn", "10k")
// and returns its factor and length, or 0, 0.
func scaleSuffix(rest string) (float64, int) {
	for _, s := range [...]struct {
		w string
		f float64
	}{{"bn", 1e9}, {"m", 1e6}, {"k", 1e3}} {
		if strings.HasPrefix(rest, s.w) {
			n := len(s.w)
			if r, _ := utf8.DecodeRuneInString(rest[n:]); n == len(rest) || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				return s.f, n
			}
		}
	}
	return 0, 0
}

// figureScaleWord reads a scale word after the number (" million") and returns
// its factor and length with the space, or 0, 0.
func figureScaleWord(rest string) (float64, int) {
	w := strings.TrimLeft(rest, " ")
	sp := len(rest) - len(w)
	if sp > 1 {
		return 0, 0
	}
	word, _ := leadingWord(w)
	switch strings.ToLower(word) {
	case "thousand":
		return 1e3, sp + len(word)
	case "million":
		return 1e6, sp + len(word)
	case "billion":
		return 1e9, sp + len(word)
	case "trillion":
		return 1e12, sp + len(word)
	}
	return 0, 0
}

// leadingWord returns the letters (and inner apostrophes or hyphens) at
// the start of s and the rest.
func leadingWord(s string) (string, string) {
	j := 0
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) && !(j > 0 && (r == '-' || r == '\'')) {
			break
		}
		j += n
	}
	return s[:j], s[j:]
}

// countedNoun returns the first word after a number that is not a function
// word, within three words and one clause (no punctuation but spaces and
// hyphens between), lowercased and without a plural's s; "" when there is
// none.
func countedNoun(rest string) string {
	for k := 0; k < 3; k++ {
		w := strings.TrimLeft(rest, " ")
		if len(w) == len(rest) && k > 0 || len(rest)-len(w) > 1 {
			return ""
		}
		if strings.HasPrefix(w, "-") { // "a 500-page report"
			w = w[1:]
		}
		word, tail := leadingWord(w)
		if word == "" {
			return ""
		}
		lw := strings.ToLower(word)
		if figureFunctionWords[lw] {
			rest = tail
			continue
		}
		if figureNoNoun[lw] {
			return ""
		}
		if strings.HasSuffix(lw, "s") && len(lw) > 3 && !strings.HasSuffix(lw, "ss") {
			lw = lw[:len(lw)-1]
		}
		switch lw {
		case "dollar", "usd":
			return "$"
		case "euro", "eur":
			return "€"
		case "pound", "gbp":
			return "£"
		}
		return lw
	}
	return ""
}

// figureFunctionWords are the words skipped between a number and what it
// counts ("2,000 of the servers", "more than 500 new accounts" reads
// "new" as the noun: a figure's adjective is part of what it counts), and
// verbs and prepositions that say a number counts nothing written.
var figureFunctionWords = map[string]bool{
	"of": true, "the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true,
	"our": true, "your": true, "to": true, "and": true, "or": true,
}

// figureNoNoun are words that, first after a number, say it counts
// nothing written: verbs and prepositions ("350 were", "10 in the
// morning").
var figureNoNoun = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "has": true, "have": true, "had": true, "be": true,
	"been": true, "in": true, "on": true, "at": true, "by": true, "for": true, "from": true, "with": true,
	"that": true, "which": true, "who": true, "as": true, "than": true, "this": true, "these": true,
	"those": true, "it": true, "they": true, "we": true, "he": true, "she": true, "i": true, "more": true,
	"over": true, "about": true, "into": true, "after": true, "before": true, "since": true, "until": true,
}

// monthWord reports whether w (lowercase) is a month's name or abbreviation.
func monthWord(w string) bool {
	switch w {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
		"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

// figureHash hashes a figure's value, rounded to four significant digits,
// with its unit.
func figureHash(v float64, unit string) uint32 {
	if v > 0 {
		p := math.Pow(10, math.Floor(math.Log10(v))-3)
		v = math.Round(v/p) * p
	}
	return uint32(xxhash.Sum64String(strconv.FormatFloat(v, 'g', 4, 64) + "\x00" + unit))
}
