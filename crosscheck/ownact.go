package crosscheck

import (
	"strings"

	"crosswire"
)

// The outlet's own earlier article. "Yesterday we wrote about …", "Back in
// August we reported …": the narrator's "we" (outside any quotation) as
// the subject of a verb of telling or publishing dates the outlet's own
// act, not an event of the story, and another version's day for the story's
// event is no other value of it. Such a date stays a fact of its version
// but is aligned with no other date (checkDates). Inside a
// quotation "we" is a speaker's side ("we published the results today",
// a company's words), whose dates are the story's.

// speechReader reads verbs of telling (facts.Lexicon).
type speechReader interface {
	Lemma(word string) string
	IsSpeech(lemma string) bool
}

// publishVerbs are verbs of making a text public that are no verbs of
// speech (base forms).
var publishVerbs = map[string]bool{"publish": true, "post": true, "cover": true, "blog": true}

// narratorAdverbs may stand between the narrator's "we" and its verb.
var narratorAdverbs = map[string]bool{"first": true, "also": true, "already": true, "just": true, "had": true, "have": true, "previously": true}

// ownActWords is how many words may stand between a date and the
// narrator's "we … verb" it dates: the clause's adverbial ("Back in
// August we wrote", "we reported on Monday that").
const ownActWords = 3

// ownAct reports whether the date m dates the outlet's own telling or
// publishing (see above).
func (w *work) ownAct(m *mention) bool {
	lx, ok := w.lex.(speechReader)
	if !ok || !strings.Contains(strings.ToLower(m.sentence), "we ") {
		return false
	}
	s := m.sentence
	runs := letterRuns(s, "'")
	ds, de := m.fact.Span.Start-m.sentStart, m.fact.Span.End-m.sentStart
	first, last := -1, -1 // the date's words
	for i, r := range runs {
		if r[1] > ds && r[0] < de {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return false
	}
	for k, r := range runs {
		if !strings.EqualFold(s[r[0]:r[1]], "we") || k+1 >= len(runs) {
			continue
		}
		v := k + 1
		if x := strings.ToLower(s[runs[v][0]:runs[v][1]]); (narratorAdverbs[x] || strings.HasSuffix(x, "ly")) && v+1 < len(runs) {
			v++
		}
		lemma := lx.Lemma(strings.ToLower(s[runs[v][0]:runs[v][1]]))
		if !lx.IsSpeech(lemma) && !publishVerbs[lemma] {
			continue
		}
		if first-v-1 > ownActWords || k-last-1 > ownActWords || w.quoted(m.art, m.sentStart+r[0], s[:r[0]]) {
			continue
		}
		return true
	}
	return false
}

// quoted reports whether byte pos of article a lies inside a quotation:
// a quote fact's span holds it, or before it in its sentence (before)
// a quotation mark is left open.
func (w *work) quoted(a *crosswire.Article, pos int, before string) bool {
	if strings.Count(before, `"`)%2 == 1 || strings.Count(before, "“") > strings.Count(before, "”") {
		return true
	}
	for _, q := range w.byKind[crosswire.KindQuote] {
		if q.art == a && q.fact.Span.Start <= pos && pos < q.fact.Span.End {
			return true
		}
	}
	return false
}
