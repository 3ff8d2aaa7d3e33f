package group

import (
	"slices"
	"strconv"
	"strings"

	"github.com/cespare/xxhash/v2"
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
	var d xxhash.Digest
	d.Reset()
	d.Write([]byte{kind})
	d.WriteString(norm)
	return uint32(d.Sum64())&^stableBit | kindBit(kind)
}

func anchorFPHash(kind byte, h uint64) uint32 {
	return uint32(mix64(h^uint64(kind)*0x9e3779b97f4a7c15))&^stableBit | kindBit(kind)
}

// anchors extracts the article's anchors, in text order with repeats, from
// its tokens:
//   - names: capitalised words not at the start of a sentence; a
//     sentence-initial capitalised word counts only when the same word
//     also appears capitalised mid-sentence, and never when it also
//     appears in lower case (that is a common word, "The", "Police");
//   - acronyms and codes (all capitals, or letters with digits);
//   - numbers, and years among them; small numbers are common and get low
//     weight from their document frequency, not from a list;
//   - dates: a month name next to a day number, CJK 月/日 dates, ISO dates;
//   - quotations of four words or more (rewrites keep quotes verbatim).
func (s *scratch) anchors(toks []token, out []uint32, quotes *[]uint32) []uint32 {
	out = out[:0]
	// words seen in lower case, and capitalised mid-sentence
	lower, midCap, mixed := &s.lower, &s.midCap, &s.mixed
	lower.reset(len(toks))
	midCap.reset(len(toks))
	mixed.reset(len(toks))
	for _, t := range toks {
		if t.cjk || t.digits {
			continue
		}
		if !t.cap {
			lower.add(t.hash)
		} else if !t.sentStart {
			midCap.add(t.hash)
		}
		if t.cap && !t.allCaps {
			mixed.add(t.hash)
		}
	}
	quoteStart := -1
	for i, t := range toks {
		if t.quote > 0 {
			quoteStart = i
		}
		if t.quote < 0 && quoteStart >= 0 {
			if i-quoteStart+1 >= 4 && !toks[quoteStart].cjk {
				q := anchorFPHash(anchorQuote, shingleHash(toks[quoteStart:i+1]))
				out = append(out, q)
				if quotes != nil {
					*quotes = append(*quotes, q)
				}
			}
			quoteStart = -1
		}
		switch {
		case t.cjk:
			if t.norm == "月" && i > 0 && i+2 < len(toks) && toks[i-1].digits && toks[i+1].digits && (toks[i+2].norm == "日" || toks[i+2].norm == "号") {
				out = appendDate(out, toks[i-1].norm, toks[i+1].norm)
			}
		case t.digits:
			var num string
			out, num = appendNumber(out, t)
			if num != "" && i+1 < len(toks) && toks[i+1].scale > 0 {
				scaled := anchorFP(anchorNumber, scaleNumber(num, int(toks[i+1].scale)))
				if toks[i+1].cjk && out[len(out)-1] == anchorFP(anchorNumber, num) {
					// 3500亿 is 350 billion: the count of 万 or 亿 is
					// how Chinese writes the amount, and no report in
					// another language writes it so
					out[len(out)-1] = scaled
				} else {
					out = append(out, scaled)
				}
			}
			if t.month == 0 && i > 0 && toks[i-1].month > 0 {
				out = appendDate(out, strconv.Itoa(int(toks[i-1].month)), t.norm)
			}
			if i+1 < len(toks) && toks[i+1].month > 0 {
				out = appendDate(out, strconv.Itoa(int(toks[i+1].month)), t.norm)
			}
		case t.month > 0 || t.weekday:
			// month names are dates, not names; weekdays are common words
		case t.allCaps && !mixed.has(t.hash) && !lower.has(t.hash):
			out = append(out, anchorFPHash(anchorAcronym, t.hash))
		case t.allCaps:
			// a word set in capitals (a dateline, a shouted headline) that
			// the article also writes normally is that word: "SINGAPORE:"
			// is the name Singapore, "NEW YORK" the name New York
			if mixed.has(t.hash) && !lower.has(t.hash) {
				out = append(out, anchorFPHash(anchorName, t.hash))
			}
		case t.cap:
			if lower.has(t.hash) {
				continue
			}
			if t.sentStart && !midCap.has(t.hash) {
				continue
			}
			out = append(out, anchorFPHash(anchorName, t.hash))
		}
	}
	return out
}

// sortedAnchors sorts and deduplicates anchors in place.
func sortedAnchors(a []uint32) []uint32 {
	slices.Sort(a)
	return slices.Compact(a)
}

// appendNumber adds the anchors of a token holding digits: a plain number,
// an ISO date (2024-03-14 → date 3/14 and year 2024) or a code (COVID-19).
// A number written with a short currency prefix or unit suffix
// ("RM183,000", "150ml", "7th") is also that number: outlets differ in how
// they write the unit, not in the amount. It returns the normalised number
// that a scale word after the token multiplies, "" when there is none.
func appendNumber(out []uint32, t token) ([]uint32, string) {
	s := t.norm
	if strings.ContainsAny(s, "abcdefghijklmnopqrstuvwxyz") || hasNonASCII(s) {
		out = append(out, anchorFP(anchorAcronym, s)) // a code: covid-19, a380
		if num, ok := affixedNumber(s); ok {
			n := normNumber(num)
			return append(out, anchorFP(anchorNumber, n)), n
		}
		// the numbers of a compound: "53-year-old" is 53 (其53岁),
		// "mid-2024" is 2024
		for _, p := range strings.Split(s, "-") {
			if p != "" && strings.Trim(p, "0123456789.,") == "" && p[0] >= '0' && p[0] <= '9' {
				out = append(out, anchorFP(anchorNumber, normNumber(p)))
			}
		}
		return out, ""
	}
	if parts := strings.Split(s, "-"); len(parts) == 3 && len(parts[0]) == 4 {
		out = appendDate(out, parts[1], parts[2])
		return append(out, anchorFP(anchorNumber, normNumber(parts[0]))), ""
	}
	last := ""
	for _, p := range strings.Split(s, "-") {
		if p != "" {
			last = normNumber(p)
			out = append(out, anchorFP(anchorNumber, last))
		}
	}
	return out, last
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
	intPart, frac, _ := strings.Cut(num, ".")
	for exp > 0 {
		if frac != "" {
			intPart += frac[:1]
			frac = frac[1:]
		} else {
			intPart += "0"
		}
		exp--
	}
	if frac != "" {
		return normNumber(intPart + "." + frac)
	}
	return normNumber(intPart)
}

func hasNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return true
		}
	}
	return false
}

// normNumber normalises a written number: a separator ("," or ".")
// followed by exactly three digits groups thousands ("5,000", "5.000" →
// 5000), any other is a decimal point ("1.5", "1,5" → 1.5); leading zeros
// and a zero fraction go ("007" → 7, "48.0" → 48).
func normNumber(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '.' && c != ',' {
			b.WriteByte(c)
			continue
		}
		j := i + 1
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j-i-1 != 3 || strings.Contains(b.String(), ".") {
			b.WriteByte('.')
		}
	}
	s = b.String()
	if i := strings.IndexByte(s, '.'); i >= 0 {
		frac := strings.TrimRight(s[i+1:], "0")
		if frac == "" {
			s = s[:i]
		} else {
			s = s[:i+1] + frac
		}
	}
	t := strings.TrimLeft(s, "0")
	if t == "" || t[0] == '.' {
		t = "0" + t
	}
	return t
}

// appendDate adds a month/day anchor when both are in range.
func appendDate(out []uint32, month, day string) []uint32 {
	m, err1 := strconv.Atoi(month)
	d, err2 := strconv.Atoi(day)
	if err1 != nil || err2 != nil || m < 1 || m > 12 || d < 1 || d > 31 {
		return out
	}
	return append(out, anchorFP(anchorDate, strconv.Itoa(m*100+d)))
}
