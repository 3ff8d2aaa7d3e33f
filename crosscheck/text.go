package crosscheck

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"crosswire"
)

// maxSentenceSide bounds how far sentenceBounds looks for a sentence's
// ends either side of a span. Real sentences are a few hundred bytes; one
// of over a kilobyte either side is a run-on without punctuation.
const maxSentenceSide = 1000

// sentenceBounds returns the byte range of the sentence of text holding
// [start, end): from just after the previous sentence end (". ", "! ",
// "? " or a line break) to the next one. It is a deliberately simple
// splitter: the facts package has already decided which sentence a fact
// belongs to; crosscheck only needs its words as context for alignment
// and the words around a span for Explain. A run-on "sentence" (text
// without full stops or line breaks) is cut at a space about
// maxSentenceSide bytes either side of the span, so the work per fact
// stays bounded however long the text.
func sentenceBounds(text string, start, end int) (int, int) {
	if start < 0 {
		start = 0
	}
	if end > len(text) {
		end = len(text)
	}
	if start > end {
		start = end
	}
	s := start
	for s > 0 {
		c := text[s-1]
		if c == '\n' {
			break
		}
		if (c == ' ' || c == '\t') && s >= 2 && isSentenceEnd(text, s-2) {
			break
		}
		if start-s >= maxSentenceSide && (c == ' ' || start-s >= 2*maxSentenceSide && utf8.RuneStart(text[s])) {
			break
		}
		s--
	}
	e := end
	for e < len(text) {
		c := text[e]
		if c == '\n' {
			break
		}
		if isSentenceEnd(text, e) && (e+1 == len(text) || text[e+1] == ' ' || text[e+1] == '\n') {
			e++
			break
		}
		if e-end >= maxSentenceSide && (c == ' ' || e-end >= 2*maxSentenceSide && utf8.RuneStart(c)) {
			break
		}
		e++
	}
	for s < start && (text[s] == ' ' || text[s] == '\t') {
		s++
	}
	return s, e
}

// isSentenceEnd reports whether text[i] ends a sentence: a full stop,
// question or exclamation mark, possibly followed by a closing quote.
func isSentenceEnd(text string, i int) bool {
	c := text[i]
	if c == '"' || c == '\'' {
		return i > 0 && isSentenceEnd(text, i-1)
	}
	if c == '?' || c == '!' {
		return true
	}
	if c != '.' {
		return false
	}
	// "Mr." "Dr." "St." single capital initials ("D. Keller") are not ends.
	j := i
	for j > 0 && isLetter(text[j-1]) {
		j--
	}
	w := text[j:i]
	switch w {
	case "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Col", "Lt", "Sgt", "Prof", "Rev", "No", "Jr", "Sr", "vs", "Inc", "Ltd", "Co":
		return false
	}
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return false
	}
	return true
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// words splits s into lower-case word tokens: runs of letters and digits.
// Apostrophes split words ("Keller's" → "keller" "s"; the polarity
// lexicon turns "n't" into "not" before splitting). ASCII takes a fast
// path: this runs on every sentence of every version.
func words(s string) []string {
	out := make([]string, 0, len(s)/5+1)
	buf := make([]byte, 0, 32)
	flush := func() {
		if len(buf) > 0 {
			out = append(out, string(buf))
			buf = buf[:0]
		}
	}
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			buf = append(buf, byte(r))
		case r >= 'A' && r <= 'Z':
			buf = append(buf, byte(r+'a'-'A'))
		case r < utf8.RuneSelf:
			flush()
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		default:
			flush()
		}
	}
	flush()
	return out
}

// stopwords are function words that carry no content for alignment.
var stopwords = setOf(`a an the and or but if of to in on at by for with from as into onto over under
about than then that this these those there here it its it's is are was were be been being am has have had
do does did will would shall should can could may might must not no nor so such too very also just only
he she they we you i me him her them us our your their his hers theirs my mine who whom whose which what
when where why how all any both each few more most other some own same s t said says say told according
up down out off again further once while after before during until because since against between through
one ones mr mrs ms dr`)

// setOf returns the set of the whitespace-separated words of s.
func setOf(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// stem is a crude English suffix stripper, enough to let "evacuated" meet
// "evacuation" and "servers" meet "server" when comparing contexts. A
// Porter stemmer would be more faithful; the threshold-based alignment it
// feeds does not need it.
func stem(w string) string {
	if len(w) <= 4 {
		return w
	}
	for _, suf := range []string{"ations", "ation", "ings", "ing", "ied", "ies", "ed", "es", "ly", "s"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 4 {
			w = w[:len(w)-len(suf)]
			break
		}
	}
	// "evacuat" / "evacuate" → "evacuat"
	w = strings.TrimSuffix(w, "e")
	return w
}

// contentSet returns the stemmed content words of s.
func contentSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range words(s) {
		if stopwords[w] || isNumeric(w) {
			continue
		}
		m[stem(w)] = true
	}
	return m
}

func isNumeric(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return w != ""
}

// overlap is the overlap coefficient |A∩B| / min(|A|,|B|), 0 when either
// is empty. It suits contexts of different lengths better than Jaccard:
// a rewrite's shorter sentence still aligns with the original's long one.
func overlap(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	m := len(a)
	if len(b) < m {
		m = len(b)
	}
	return float64(n) / float64(m)
}

// dice is the Sørensen–Dice coefficient 2|A∩B| / (|A|+|B|).
func dice(a, b map[string]bool) float64 {
	if len(a)+len(b) == 0 {
		return 0
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return 2 * float64(n) / float64(len(a)+len(b))
}

// without returns a copy of a without the words of b.
func without(a map[string]bool, drop ...string) map[string]bool {
	m := make(map[string]bool, len(a))
	for w := range a {
		m[w] = true
	}
	for _, d := range drop {
		for _, w := range words(d) {
			delete(m, stem(w))
		}
	}
	return m
}

// truncate shortens s to at most n runes, adding an ellipsis.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n])) + "…"
}

// validSpan reports whether sp is an exact span of text.
func validSpan(text string, sp crosswire.Span) bool {
	return sp.Start >= 0 && sp.End <= len(text) && sp.Start <= sp.End && text[sp.Start:sp.End] == sp.Text
}

// localWindow is how many words on each side of a span make its local
// context.
const localWindow = 5

// localContext returns the stemmed content words among the localWindow
// words before start and after end, within the sentence [s, e).
func localContext(text string, s, e, start, end int) map[string]bool {
	before := words(text[s:start])
	after := words(text[end:e])
	if len(before) > localWindow {
		before = before[len(before)-localWindow:]
	}
	if len(after) > localWindow {
		after = after[:localWindow]
	}
	m := map[string]bool{}
	for _, w := range append(before, after...) {
		if stopwords[w] || isNumeric(w) {
			continue
		}
		m[stem(w)] = true
	}
	return m
}

// shared counts the words in both sets.
func shared(a, b map[string]bool) int {
	if len(b) < len(a) {
		a, b = b, a
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n
}
