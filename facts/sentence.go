package facts

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is one sentence of an article's clean text: Text[Start:End],
// byte offsets, trimmed of surrounding white space.
type Sentence struct {
	Start, End int
}

// Text returns the sentence's text within the article text it was found in.
func (s Sentence) Text(text string) string { return text[s.Start:s.End] }

// sentenceAbbrevs are words that end with a full stop without ending a
// sentence: honorifics, titles, months, corporate suffixes and Latin
// abbreviations of general English usage.
const sentenceAbbrevs = " mr mrs ms dr prof gen sen rep gov lt col capt cmdr maj sgt st jr sr rev hon " +
	"inc corp ltd co bros no nos vs etc fig approx dept est jan feb mar apr jun jul aug sep sept oct nov dec " +
	"mt ft pt ave blvd rd messrs mme mlle adm brig supt insp det cpl pvt "

// Sentences splits text into sentences. Paragraph and line breaks always end
// a sentence; inside a line a sentence ends at ".", "!", "?" or "…"
// (followed by any closing quotation marks or brackets) when white space
// and an upper-case letter, digit or opening quotation mark follow, unless
// the full stop ends a known abbreviation or a single-letter initial.
// The rule is the classic one of rule-based splitters (Grefenstette &
// Tapanainen 1994); it does not need a trained model and it keeps exact
// byte offsets.
func Sentences(text string) []Sentence {
	var out []Sentence
	add := func(s, e int) {
		s, e = trimSpan(text, s, e)
		if e > s {
			out = append(out, Sentence{Start: s, End: e})
		}
	}
	lineStart := 0
	for lineStart <= len(text) {
		lineEnd := strings.IndexByte(text[lineStart:], '\n')
		if lineEnd < 0 {
			lineEnd = len(text)
		} else {
			lineEnd += lineStart
		}
		splitLine(text, lineStart, lineEnd, add)
		lineStart = lineEnd + 1
	}
	return out
}

func isClosing(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', ')', ']', '»', '}':
		return true
	}
	return false
}

func isOpening(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '(', '[', '«':
		return true
	}
	return false
}

func splitLine(text string, start, end int, add func(int, int)) {
	s := start
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += n
			continue
		}
		j := i + n
		for j < end {
			r2, n2 := utf8.DecodeRuneInString(text[j:end])
			if r2 == '.' || r2 == '!' || r2 == '?' || isClosing(r2) {
				j += n2
				continue
			}
			break
		}
		if j >= end {
			break
		}
		r2, _ := utf8.DecodeRuneInString(text[j:end])
		if !unicode.IsSpace(r2) {
			i = j
			continue
		}
		k := j
		for k < end {
			r3, n3 := utf8.DecodeRuneInString(text[k:end])
			if !unicode.IsSpace(r3) {
				break
			}
			k += n3
		}
		if k >= end {
			break
		}
		next, _ := utf8.DecodeRuneInString(text[k:end])
		if !(unicode.IsUpper(next) || unicode.IsDigit(next) || isOpening(next)) {
			i = j
			continue
		}
		if r == '.' && isAbbrevBefore(text, s, i) {
			i = j
			continue
		}
		add(s, j)
		s = k
		i = k
	}
	add(s, end)
}

// isAbbrevBefore reports whether the word ending at the full stop at i is an
// abbreviation or an initial.
func isAbbrevBefore(text string, lineStart, i int) bool {
	w := i
	for w > lineStart {
		r, n := utf8.DecodeLastRuneInString(text[lineStart:w])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		w -= n
	}
	word := text[w:i]
	if word == "" {
		return false
	}
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r)
	}
	if strings.Contains(word, ".") {
		return true // U.S. or e.g.
	}
	return strings.Contains(sentenceAbbrevs, " "+strings.ToLower(word)+" ")
}

// sentenceOf returns the index of the sentence holding byte offset pos, or
// the last sentence starting before it.
func sentenceOf(sents []Sentence, pos int) int {
	lo, hi := 0, len(sents)
	for lo < hi {
		m := (lo + hi) / 2
		if sents[m].Start <= pos {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == 0 {
		return 0
	}
	return lo - 1
}
