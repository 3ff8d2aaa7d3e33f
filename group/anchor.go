package group

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cespare/xxhash/v2"

	xtext "crosswire/text"
)

// Anchor kinds. An anchor is a language-stable piece of an article: what
// a translation or a heavy rewrite keeps while every other word changes.
const (
	anchorName    = 'N' // capitalised word that is not a sentence-initial common word; acronyms; codes like COVID-19
	anchorNumber  = '#' // a number, digits normalised ("5,000" → 5000)
	anchorDate    = 'D' // a month and day ("Sep 22", "22 Sept", "9月22日", "2024-03-14")
	anchorQuote   = 'Q' // a quotation of four words or more
	anchorAcronym = 'A' // all capitals (NTU, SMART) or letters with digits (COVID-19, A380)
)

// stableBit marks, by its absence, the anchors that survive translation
// into any script: numbers, dates, acronyms and codes. Their fingerprints
// have the top bit clear, names and quotations have it set, so a sorted
// anchor list — and the index's bottom-k sketch of it — holds the
// script-stable anchors first. A Chinese version of an English report
// shares only those, so they must be what the index keeps.
const stableBit = 1 << 31

func kindBit(kind byte) uint32 {
	if kind == anchorName || kind == anchorQuote {
		return stableBit
	}
	return 0
}

// anchorFP is the 32-bit fingerprint of an anchor: xxhash64 of its kind and
// normalised form. Collisions at 2^-32 only add a spurious shared anchor.
func anchorFP(kind byte, norm string) uint32 {
	var b [32]byte
	if len(norm) < len(b) {
		b[0] = kind
		n := copy(b[1:], norm)
		return anchorFPBytes(b[:1+n])
	}
	var d xxhash.Digest
	d.Reset()
	d.Write([]byte{kind})
	d.WriteString(norm)
	return uint32(d.Sum64())&^stableBit | kindBit(kind)
}

// anchorFPBytes is anchorFP of b[0] and b[1:].
func anchorFPBytes(b []byte) uint32 {
	return uint32(xxhash.Sum64(b))&^stableBit | kindBit(b[0])
}

func anchorFPHash(kind byte, h uint64) uint32 {
	return uint32(mix64(h^uint64(kind)*0x9e3779b97f4a7c15))&^stableBit | kindBit(kind)
}

// extractAnchors appends the article's anchors to out, in text order with
// repeats, and its quotations' anchors to quotes; it returns both. The
// anchors come from the article's tokens:
//   - names: capitalised words not at the start of a sentence; a
//     sentence-initial capitalised word counts only when the same word
//     also appears capitalised mid-sentence, or, in a text without a
//     headline, when the background writes it as a name (startname.go),
//     and never when it also appears in lower case (that is a common
//     word, "The", "Police");
//   - acronyms and codes (all capitals, or letters with digits); of a
//     headline set in capitals (shoutedTitle), only the words the body
//     writes in capitals too;
//   - numbers, and years among them; small numbers are common and get low
//     weight from their document frequency, not from a list; an amount
//     (text.AmountAt: a figure with its scale or currency) is one number,
//     its value at its scale;
//   - dates: a month name next to a day number, CJK 月/日 dates, ISO dates;
//   - quotations of four words or more (rewrites keep quotes verbatim).
func (s *scratch) extractAnchors(toks []token, out, quotes []uint32) ([]uint32, []uint32) {
	// words seen in lower case, capitalised mid-sentence, and
	// capitalised but not all capitals
	words := &s.words
	words.reset(len(toks))
	s.weekdays = s.weekdays[:0]
	for i := range toks {
		t := &toks[i]
		if t.day > 0 {
			s.weekdays = append(s.weekdays, int32(i))
		}
		if t.cjk || t.digits {
			continue
		}
		var flags uint8
		if !t.cap {
			flags = wordLower
		} else {
			if !t.sentStart {
				flags = wordMidCap
			}
			if !t.allCaps {
				flags |= wordMixed
			} else if i >= s.nTitle {
				flags |= wordCaps
			}
		}
		if flags != 0 {
			words.add(t.hash, flags)
		}
	}
	quoteStart := -1
	s.leadCut = -1
	s.dates = s.dates[:0]
	for i := range toks {
		if i == s.leadEnd {
			s.leadCut = len(out)
		}
		t := &toks[i]
		if t.quote > 0 {
			quoteStart = i
		}
		if t.quote < 0 && quoteStart >= 0 {
			if i-quoteStart+1 >= 4 && !toks[quoteStart].cjk {
				q := anchorFPHash(anchorQuote, shingleHash(toks[quoteStart:i+1]))
				out = append(out, q)
				quotes = append(quotes, q)
			}
			quoteStart = -1
		}
		switch {
		case t.cjk:
			if t.norm == "月" && i > 0 && i+2 < len(toks) && toks[i-1].digits && toks[i+1].digits && (toks[i+2].norm == "日" || toks[i+2].norm == "号") {
				out = appendDate(out, toks[i-1].norm, toks[i+1].norm)
				s.noteDate(toks[i-1].norm, toks[i+1].norm, i+1)
			}
		case t.digits:
			if t.amount != 0 {
				// an amount is its value at its scale: "£5m", "£5
				// million", "£5,000,000" and "500万英镑" meet
				out = append(out, t.amount)
				if t.figure {
					out = append(out, numberFP(figureOf(t.norm)))
				}
			} else if !cjkMonth(toks, i) {
				out = appendNumber(out, t.norm)
			}
			if t.month == 0 && i > 0 && toks[i-1].month > 0 {
				out = appendMonthDay(out, int(toks[i-1].month), t.norm)
				s.noteMonthDay(int(toks[i-1].month), t.norm, i)
			}
			if i+1 < len(toks) && toks[i+1].month > 0 {
				out = appendMonthDay(out, int(toks[i+1].month), t.norm)
				s.noteMonthDay(int(toks[i+1].month), t.norm, i+1)
			}
		case t.month > 0 || t.weekday:
			// month names are dates, not names; weekdays are common words
		case t.allCaps:
			switch w := words.get(t.hash); {
			case w&(wordMixed|wordLower) == 0 && (!s.shouted || i >= s.nTitle || w&wordCaps != 0):
				out = append(out, anchorFPHash(anchorAcronym, t.hash))
			case w&(wordMixed|wordLower) == wordMixed:
				// a word set in capitals (a dateline, a shouted
				// headline) that the article also writes normally is
				// that word: "SINGAPORE:" is the name Singapore, "NEW
				// YORK" the name New York
				out = append(out, anchorFPHash(anchorName, t.hash))
			}
		case t.cap:
			w := words.get(t.hash)
			if w&wordLower != 0 {
				continue
			}
			if t.sentStart && w&wordMidCap == 0 && !s.startName(t) {
				// a sentence-initial word written nowhere else
				// capitalised is a name only as startName reads it
				continue
			}
			out = append(out, anchorFPHash(anchorName, t.hash))
		}
	}
	if s.leadCut < 0 {
		s.leadCut = len(out)
	}
	return out, quotes
}

// cjkMonth reports whether the digits token toks[i] is a month written in
// digits before 月 (the 9 of 9月21日, of 9月): a month, as a month name
// is, not a number — "Sep 21" gives the day's number and the date, and
// 9月21日 counted its month's number too, one date three anchors, so that
// two Chinese reports of one day shared three "figures" by their
// datelines alone.
func cjkMonth(toks []token, i int) bool {
	if i+1 >= len(toks) || toks[i+1].norm != "月" {
		return false
	}
	m, err := strconv.Atoi(toks[i].norm)
	return err == nil && m >= 1 && m <= 12
}

// shoutedTitle reports whether an article's headline is set in capitals:
// two words or more, letters and no lower-case one — a headline as wire
// copy carries it and as a plain-text file keeps it on its first line.
// There capitals say nothing of a word: a headline word is an acronym only
// when the body writes it in capitals too ("VBC"), a name when the body
// writes it capitalised ("ROURKE" for Rourke, as before), and no anchor
// when the body never writes it so ("SPLIT", "VOWS": the headline's words,
// which a headline in lower case gives no anchor either).
func shoutedTitle(title string) bool {
	upper := false
	for _, r := range title {
		if unicode.IsLower(r) {
			return false
		}
		upper = upper || unicode.IsUpper(r)
	}
	return upper && len(strings.Fields(title)) >= 2
}

// sortedAnchors sorts and deduplicates anchors in place.
func sortedAnchors(a []uint32) []uint32 {
	slices.Sort(a)
	return slices.Compact(a)
}

// appendNumber adds the anchors of a token's normalised form s holding digits: a plain number,
// an ISO date (2024-03-14 → date 3/14 and year 2024) or a code (COVID-19).
// A number written with a short unit suffix ("150ml", "7th") or currency
// letters the amount reader does not know is also that number: outlets
// differ in how they write the unit, not in the amount. Amounts ("£5m",
// "RM183,000", "5 million") are read before, by amountAnchor.
func appendNumber(out []uint32, s string) []uint32 {
	if hasLetter(s) {
		out = append(out, anchorFP(anchorAcronym, s)) // a code: covid-19, a380
		if num, ok := affixedNumber(s); ok {
			return append(out, numberFP(num))
		}
		// the numbers of a compound: "53-year-old" is 53 (其53岁),
		// "mid-2024" is 2024
		for rest, more := s, true; more; {
			var p string
			p, rest, more = strings.Cut(rest, "-")
			if p != "" && strings.Trim(p, "0123456789.,") == "" && p[0] >= '0' && p[0] <= '9' {
				out = append(out, numberFP(p))
			}
		}
		return out
	}
	if y, md, ok := strings.Cut(s, "-"); ok && len(y) == 4 {
		if m, d, ok := strings.Cut(md, "-"); ok && !strings.Contains(d, "-") {
			// an ISO date
			out = appendDate(out, m, d)
			return append(out, numberFP(y))
		}
	}
	for rest, more := s, true; more; {
		var p string
		p, rest, more = strings.Cut(rest, "-")
		if p != "" {
			out = append(out, numberFP(p))
		}
	}
	return out
}

// amountAnchor is the number anchor of the amount whose figure begins the
// word at text[start] (text.AmountAt): its value at its scale ("£5m" and
// "5 million pounds" → 5000000); 0 when no amount begins there. figure
// reports that the figure as written (the 5 of "£5m") is an anchor too:
// it is when a Latin-script scale word multiplies it, as "5 million" gave
// the number 5 and the amount before amounts were read (the pair rules'
// shared-anchor floors count it; measured in README, "Amounts read
// once"); a count of 万 or 亿 is how only Chinese writes the amount, and
// an amount without a scale is its figure.
//
// The currency is read with the amount but not hashed into the anchor:
// a translation often drops or renames it (500万英镑), and the shipped
// background counts number anchors, so an anchor of value and currency
// would be one the background never saw, as rare as a name it never saw
// however common the sum.
func amountAnchor(text string, start int) (fp uint32, figure bool) {
	a, ok := xtext.AmountAt(text, start)
	if !ok {
		return 0, false
	}
	var b [64]byte
	b[0] = anchorNumber
	return anchorFPBytes(a.AppendDigits(b[:1])), a.Scale != "" && a.Scale[0] < utf8.RuneSelf
}

// figureOf is the figure of an amount token's normalised form: the digits
// and separators after any currency letters ("rm1.2bn" → "1.2", "5m" →
// "5", "3-4m" → "3").
func figureOf(norm string) string {
	i := 0
	for i < len(norm) && (norm[i] < '0' || norm[i] > '9') {
		i++
	}
	j := i
	for j < len(norm) && (norm[j] >= '0' && norm[j] <= '9' || norm[j] == '.' || norm[j] == ',') {
		j++
	}
	return strings.TrimRight(norm[i:j], ".,")
}

// numberFP is anchorFP(anchorNumber, text.NormNumber(s)), without allocating.
func numberFP(s string) uint32 {
	var b [64]byte
	if len(s)+2 > len(b) {
		return anchorFP(anchorNumber, xtext.NormNumber(s))
	}
	b[0] = anchorNumber
	return anchorFPBytes(xtext.AppendNormNumber(b[:1], s))
}

// affixedNumber splits a number from a prefix or suffix of at most three
// ASCII letters ("rm183,000" → "183,000", "150ml" → "150").
func affixedNumber(s string) (string, bool) {
	i := 0
	for i < len(s) && s[i] >= 'a' && s[i] <= 'z' {
		i++
	}
	j := len(s)
	for j > i && s[j-1] >= 'a' && s[j-1] <= 'z' {
		j--
	}
	if i+len(s)-j == 0 || i > 3 || len(s)-j > 3 || i > 0 && j < len(s) || j == i {
		return "", false
	}
	for k := i; k < j; k++ {
		if c := s[k]; (c < '0' || c > '9') && c != '.' && c != ',' {
			return "", false
		}
	}
	if c := s[i]; c < '0' || c > '9' {
		return "", false
	}
	return s[i:j], true
}

// scaleNumber multiplies a normalised number by 10^exp exactly, in
// decimal: ("1.5", 6) → "1500000", ("3500", 4) → "35000000".
func scaleNumber(num string, exp int) string {
	var b [64]byte
	return xtext.NormNumber(string(xtext.AppendScaled(b[:0], num, exp)))
}

// hasLetter reports whether s, a token's normalised form, holds a letter:
// a lower-case ASCII letter or any non-ASCII character.
func hasLetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c-'a' < 26 || c >= 0x80 {
			return true
		}
	}
	return false
}

// appendDate adds a month/day anchor when both are in range.
func appendDate(out []uint32, month, day string) []uint32 {
	m, err := strconv.Atoi(month)
	if err != nil {
		return out
	}
	return appendMonthDay(out, m, day)
}

// appendMonthDay is appendDate for a month number.
func appendMonthDay(out []uint32, m int, day string) []uint32 {
	d, err := strconv.Atoi(day)
	if err != nil || m < 1 || m > 12 || d < 1 || d > 31 {
		return out
	}
	var b [8]byte
	b[0] = anchorDate
	return append(out, anchorFPBytes(strconv.AppendInt(b[:1], int64(m*100+d), 10)))
}

// noteDate records a month/day date written with month and day numbers
// (9月22日) ending at token pos.
func (s *scratch) noteDate(month, day string, pos int) {
	if m, err := strconv.Atoi(month); err == nil {
		s.noteMonthDay(m, day, pos)
	}
}

// noteMonthDay records month m and day day at token pos (see
// scratch.dates) when both are in range.
func (s *scratch) noteMonthDay(m int, day string, pos int) {
	d, err := strconv.Atoi(day)
	if err != nil || m < 1 || m > 12 || d < 1 || d > 31 {
		return
	}
	s.dates = append(s.dates, tokenDate{md: uint16(m*100 + d), pos: int32(pos)})
}
