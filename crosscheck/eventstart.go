package crosscheck

import (
	"strings"
	"unicode"

	"crosswire/text"
)

// startClass is the event lexicon's class of starting ("begin", "start",
// "commence", "launch").
const startClass = "begin"

// datePrepositions may stand between a verb and the date it dates.
var datePrepositions = setOf(`on in at from around`)

// startOfEvent reports whether a date dates the start of an event that a
// noun heading its clause names: "the <noun> began on <date>", "the
// <noun> had started in <date>", "the <noun> broke out on <date>", "the
// <noun>, which began on <date>". The
// noun follows a determiner and stands right before the verb (auxiliaries
// and adverbs aside), the verb is one of starting (the lexicon's class,
// or "break out") and the date follows it, at most after a preposition.
// Such a sentence dates the story's event by its own start whatever noun
// each version gives it ("the intrusion", "the break-in", "the strike",
// "the walkout").
func startOfEvent(lx eventClasser, m *mention) bool {
	cut := m.fact.Span.Start - m.sentStart
	if cut <= 0 || cut > len(m.sentence) {
		return false
	}
	var ws []string
	for _, f := range strings.Fields(strings.ToLower(m.sentence[:cut])) {
		ws = append(ws, strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' }))
	}
	i := len(ws) - 1
	if i >= 0 && datePrepositions[ws[i]] {
		i--
	}
	switch {
	case i >= 1 && ws[i] == "out" && lx.Lemma(ws[i-1]) == "break":
		i -= 2
	case i >= 0 && lx.Class(lx.Lemma(ws[i])) == startClass:
		i--
	default:
		return false
	}
	for i >= 0 && (auxiliaries[ws[i]] || verbAdverb(ws[i])) {
		i--
	}
	if i >= 0 && (ws[i] == "which" || ws[i] == "that") {
		i-- // a relative clause: "the trial, which started on …"
	}
	if i < 1 || ws[i] == "" || isNumeric(ws[i]) || text.StopWord(ws[i]) || !determiners[ws[i-1]] {
		return false
	}
	return true
}

// soleStarts marks the dates that are the only date of an event's start
// (startOfEvent) their version gives: each version's one start date is
// the start of the story's event, the one slot of that kind in either.
func soleStarts(lx eventClasser, ms []*mention) map[*mention]bool {
	byArt := map[string][]*mention{}
	for _, m := range ms {
		if startOfEvent(lx, m) {
			byArt[m.art.ID] = append(byArt[m.art.ID], m)
		}
	}
	out := map[*mention]bool{}
	for _, g := range byArt {
		if len(g) == 1 {
			out[g[0]] = true
		}
	}
	return out
}
