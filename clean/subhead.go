package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"crosswire"
)

// Limits on the shape of a subhead: a short line, a few words.
const (
	maxSubheadWords = 10
	maxSubheadRunes = 80
	// maxSubheadRunesNoSpace bounds a subhead in a script written without
	// spaces, where the word count says nothing.
	maxSubheadRunesNoSpace = 25
)

// subhead reports whether paragraph i of paras is a one-line subhead: a
// short line that does not end a sentence, does not open a quotation, starts
// with a capital, and sits between two body paragraphs — the one before it
// ends a sentence, the one after is a sentence. A sentence always ends with
// punctuation, so the shape alone keeps reporting text safe; the position
// keeps a headline or a closing credit out.
func subhead(paras []string, i int) bool {
	if i <= 0 || i >= len(paras)-1 {
		return false
	}
	p := paras[i]
	n := utf8.RuneCountInString(p)
	if n > maxSubheadRunes || wordCount(p) > maxSubheadWords || (!hasSpace(p) && n > maxSubheadRunesNoSpace) {
		return false
	}
	if endsSentence(p) || strings.ContainsAny(p, "\"“”«»") || strings.Contains(p, "://") || strings.Contains(p, "www.") {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(p)
	if strings.ContainsRune(",;:–—-(/'’‘", last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(p)
	caseless := unicode.IsLetter(first) && !unicode.IsUpper(first) && !unicode.IsLower(first)
	if !startsUpper(p) && !caseless {
		return false
	}
	if first == '/' || first == '(' || first == '[' {
		return false
	}
	prev, next := paras[i-1], paras[i+1]
	if !endsSentence(prev) && !strings.HasSuffix(prev, "\"") && !strings.HasSuffix(prev, "”") {
		return false
	}
	// The paragraph after must be reporting too: it starts and ends a
	// sentence. A run of short lines (a fixture list, a table) is not a
	// series of subheads.
	nf, _ := utf8.DecodeRuneInString(next)
	starts := startsUpper(next) || strings.ContainsRune("\"“‘'«", nf) || unicode.IsDigit(nf) || !hasSpace(next)
	return starts && endsSentence(next)
}

// subheadSpans returns the spans of the subheads among paras, the
// paragraphs text is made of (joined by "\n\n"). Subheads stay in the
// text as paragraphs of their own: a figure a subhead states is then an
// ordinary span of the article's text, like every other fact.
func subheadSpans(id, text string, paras []string) []crosswire.Span {
	var out []crosswire.Span
	off := 0
	for i, p := range paras {
		if subhead(paras, i) && text[off:off+len(p)] == p {
			out = append(out, crosswire.Span{Article: id, Text: p, Start: off, End: off + len(p)})
		}
		off += len(p) + len("\n\n")
	}
	return out
}
