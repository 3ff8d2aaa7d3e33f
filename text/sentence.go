package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"crosswire"
)

// Range is a byte range of a text: text[Start:End].
type Range struct {
	Start, End int
}

// Segmenter cuts a text into sentences: ranges in text order, trimmed of
// white space and paragraph marks, none empty.
type Segmenter interface {
	Segment(text string) []Range
}

// Splitter is the rule-based Segmenter crosswire uses. The zero value is
// ready to use.
//
// A paragraph break always ends a sentence (see Paragraphs). Inside a
// paragraph a sentence ends at ".", "!", "?" or "…" (with any closing
// quotation marks or brackets after it) when white space and an
// upper-case letter, digit or opening quotation mark follow, unless the
// full stop ends a known abbreviation or a single-letter initial; at "。",
// "！" or "？" (scripts written without spaces); and after a headline: a
// line without final punctuation that is all capitals, or short beside
// the longest line of its paragraph, followed by a line break. Any other
// line break is a hard wrap and does not end a sentence. The rule is the
// classic one of rule-based splitters (Grefenstette & Tapanainen 1994):
// no trained model, exact byte offsets.
type Splitter struct{}

var _ Segmenter = Splitter{}

// MaxSentence bounds a sentence's length in bytes. Real sentences are a
// few hundred bytes; a longer run (text without full stops or line breaks)
// is cut into pieces of at most MaxSentence bytes, at a space where there
// is one, so that the work every later stage does per sentence — context
// windows, pairings, alignment — stays bounded however long the text.
const MaxSentence = 2000

// Segment implements Segmenter.
func (Splitter) Segment(text string) []Range {
	var out []Range
	for _, p := range Paragraphs(text) {
		out = splitParagraph(text, p, out)
	}
	for _, r := range out {
		if r.End-r.Start > MaxSentence {
			return bound(text, out)
		}
	}
	return out
}

// bound cuts every sentence longer than MaxSentence into pieces.
func bound(text string, rs []Range) []Range {
	out := make([]Range, 0, len(rs)+8)
	for _, r := range rs {
		for r.End-r.Start > MaxSentence {
			cut := r.Start + MaxSentence
			// back to a space in the last quarter, else to a rune start
			sp := strings.LastIndexByte(text[r.Start+MaxSentence*3/4:cut], ' ')
			if sp >= 0 {
				cut = r.Start + MaxSentence*3/4 + sp
			} else {
				for cut > r.Start && !utf8.RuneStart(text[cut]) {
					cut--
				}
			}
			s, e := trim(text, r.Start, cut)
			if e > s {
				out = append(out, Range{s, e})
			}
			r.Start = cut
		}
		if s, e := trim(text, r.Start, r.End); e > s {
			out = append(out, Range{s, e})
		}
	}
	return out
}

// Sentences returns the sentences of an article's text as spans of the
// article id, cut by Splitter.
func Sentences(id, text string) []crosswire.Span {
	rs := Splitter{}.Segment(text)
	out := make([]crosswire.Span, len(rs))
	for i, r := range rs {
		out[i] = crosswire.Span{Article: id, Text: text[r.Start:r.End], Start: r.Start, End: r.End}
	}
	return out
}

// Of returns a's sentences: Article.Sentences as cleaning computed them,
// else (an article read from a store, or built by hand) computed now and
// kept in a, so they are computed once per article in memory.
func Of(a *crosswire.Article) []crosswire.Span {
	if a.Sentences == nil && a.Text != "" {
		a.Sentences = Sentences(a.ID, a.Text)
	}
	return a.Sentences
}

// SentenceAt returns the index of the sentence holding byte offset pos: the
// last sentence starting at or before pos (0 when pos is before the first).
func SentenceAt(sents []crosswire.Span, pos int) int {
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

// abbreviations are words that end with a full stop without ending a
// sentence: honorifics, titles, months, corporate suffixes and Latin
// abbreviations of general English usage.
const abbreviations = " mr mrs ms dr prof gen sen rep gov lt col capt cpt cmdr maj sgt st jr sr rev hon " +
	"inc corp ltd co bros no nos vs etc fig approx dept est jan feb mar apr jun jul aug sep sept oct nov dec " +
	"mt ft pt ave blvd rd messrs mme mlle adm brig supt insp det cpl pvt "

// maxHeadlineWords bounds a headline line: a title or a subhead, not a
// wrapped line of prose (a wrapped line of 70–80 characters holds 12 or
// more words).
const maxHeadlineWords = 10

func isClosing(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', ')', ']', '»', '}':
		return true
	}
	return false
}

func isOpening(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '(', '[', '«', '`', '„':
		return true
	}
	return false
}

// isWideStop reports a sentence-final mark of scripts written without
// spaces: the sentence ends after it whatever follows.
func isWideStop(r rune) bool { return r == '。' || r == '！' || r == '？' }

// splitParagraph appends the sentences of paragraph p to out.
func splitParagraph(text string, p Range, out []Range) []Range {
	add := func(s, e int) {
		s, e = trim(text, s, e)
		if e > s {
			out = append(out, Range{s, e})
		}
	}
	longest := longestLine(text[p.Start:p.End])
	s, i, end := p.Start, p.Start, p.End
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if r == '\n' {
			if headline(text, p.Start, s, i, longest) {
				add(s, i)
				s = i + n
			}
			i += n
			continue
		}
		if isWideStop(r) {
			j := i + n
			for j < end {
				r2, n2 := utf8.DecodeRuneInString(text[j:end])
				if !isClosing(r2) && !isWideStop(r2) {
					break
				}
				j += n2
			}
			add(s, j)
			s, i = j, j
			continue
		}
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += n
			continue
		}
		j := i + n
		for j < end {
			r2, n2 := utf8.DecodeRuneInString(text[j:end])
			if r2 == '.' || r2 == '!' || r2 == '?' || r2 == '…' || isClosing(r2) {
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
		if r == '.' && abbreviationBefore(text, s, i) {
			i = j
			continue
		}
		add(s, j)
		s, i = k, k
	}
	add(s, end)
	return out
}

// headline reports whether the line of text ending at the line break nl
// (in the paragraph starting at ps; the current sentence starts at s)
// stands as a sentence of its own: a whole line, no sentence-final
// punctuation, at most maxHeadlineWords words, starting with a capital or
// a digit, and all in capitals or shorter than 60% of the paragraph's
// longest line (a wrapped line of prose fills the width; a title does
// not).
func headline(text string, ps, s, nl, longest int) bool {
	ls := strings.LastIndexByte(text[ps:nl], '\n') + 1 + ps
	if strings.TrimSpace(text[min(s, ls):max(s, ls)]) != "" {
		return false // the sentence does not start at the line's start
	}
	line := strings.TrimSpace(text[ls:nl])
	if line == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if last == '.' || last == '!' || last == '?' || last == '…' || isClosing(last) || strings.ContainsRune(",;:–—-", last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(line)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) {
		return false
	}
	if len(strings.Fields(line)) > maxHeadlineWords {
		return false
	}
	if strings.ToUpper(line) == line && strings.IndexFunc(line, unicode.IsLetter) >= 0 {
		return true
	}
	return 10*utf8.RuneCountInString(line) < 6*longest
}

// longestLine returns the length in runes of the longest line of p.
func longestLine(p string) int {
	n := 0
	for _, l := range strings.Split(p, "\n") {
		n = max(n, utf8.RuneCountInString(strings.TrimSpace(l)))
	}
	return n
}

// abbreviationBefore reports whether the word ending at the full stop at i
// (and starting at or after s) is an abbreviation or an initial.
func abbreviationBefore(text string, s, i int) bool {
	w := i
	for w > s {
		r, n := utf8.DecodeLastRuneInString(text[s:w])
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
	return strings.Contains(abbreviations, " "+strings.ToLower(word)+" ")
}

// trim narrows [s, e) to exclude white space and paragraph marks.
func trim(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) && r != wireStart {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) && r != wireStart {
			break
		}
		e -= n
	}
	return s, e
}
