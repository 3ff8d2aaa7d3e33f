package crosscheck

import (
	"strings"

	"crosswire"
	"crosswire/facts"
	"crosswire/text"
)

// measureHeading names the slot of a speed or a time of day, which say
// what they measure by their unit: "speed of the train", "time of day".
// ok is false for other figures.
func measureHeading(ms []*mention) (string, bool) {
	n := ms[0].fact.Number
	switch {
	case n.Unit == facts.Clock:
		return "time of day", true
	case n.Unit == facts.Tally:
		return "result", true // a score or a vote
	case facts.IsSpeed(n.Unit):
		if noun := movingNoun(ms); noun != "" {
			return "speed of the " + noun, true
		}
		return "speed", true
	}
	return "", false
}

// movingNoun returns what a speed is of: the head of the nearest noun
// phrase before the figure in its sentence (the last common noun of the
// words after a determiner) that every version's sentence holds ("the
// Lindorm ferry was travelling at 62 km/h" → "ferry"), or "".
func movingNoun(ms []*mention) string {
	m := ms[0]
	cut := m.fact.Span.Start - m.sentStart
	if cut < 0 || cut > len(m.sentence) {
		return ""
	}
	ws := text.Words(m.sentence[:cut])
	for i := len(ws) - 2; i >= 0; i-- {
		if !determiners[strings.ToLower(ws[i])] {
			continue
		}
		head := ""
		for _, w := range ws[i+1:] {
			l := strings.ToLower(w)
			if text.StopWord(l) || isNumeric(l) || participle(l) {
				break
			}
			head = ""
			if w == l {
				head = l
			}
		}
		if head != "" && !anyMention(ms[1:], func(x *mention) bool { return !x.ctx[stem(head)] }) {
			return head
		}
	}
	return ""
}

// determiners open a noun phrase.
var determiners = setOf(`the a an its his her their this that`)

// clockInterval is the range of minutes a time of day allows: the minute
// written, a quarter of an hour either way when qualified ("about 4pm").
func clockInterval(n *crosswire.Number) (lo, hi float64, ok bool) {
	if n.Unit != facts.Clock {
		return 0, 0, false
	}
	if n.Qualifier != "" {
		return n.Low - 15, n.High + 15, true
	}
	return n.Low, n.High, true
}

// sameClockEvent reports whether two times of day can be the time of one
// event: both told after the same verb ("left the tracks at 04:40" /
// "left the tracks at 05:40"; two verbs are two events), or, when a verb
// is missing, in nearly the same sentence. A fire
// that broke out at 04:40 and was under control by 07:10 gives two
// events their times. Other figures always pass.
func sameClockEvent(a, b *mention) bool {
	if a.fact.Number.Unit != facts.Clock && b.fact.Number.Unit != facts.Clock {
		return true
	}
	if clockFrame(a) != clockFrame(b) {
		return false // "at 04:40" is when, "by 07:10" a limit
	}
	va, vb := clockVerb(a), clockVerb(b)
	if va != "" && vb != "" && va != vb {
		// two verbs may tell two events ("started at 04:40", "was
		// put out at 07:10") or one in other words ("fell onto the ship
		// shortly after 6 a.m." / "came down on the ship at around 6
		// a.m."): only the same time in a like sentence is one fact,
		// so a reworded verb never makes a discrepancy of two times
		return a.fact.Number.Low == b.fact.Number.Low && a.fact.Number.High == b.fact.Number.High && numberSim(a, b) >= 0.6
	}
	if va != "" && vb != "" {
		return true
	}
	return numberSim(a, b) >= 0.6
}

// clockVerb is the stem of the verb a time of day is told after: the
// nearest past form before it in its sentence (not an auxiliary), or "".
func clockVerb(m *mention) string {
	cut := m.fact.Span.Start - m.sentStart
	if cut < 0 || cut > len(m.sentence) {
		return ""
	}
	ws := text.Words(m.sentence[:cut])
	for i, n := len(ws)-1, 0; i >= 0 && n < 8; i, n = i-1, n+1 {
		w := strings.ToLower(ws[i])
		if auxiliaries[w] {
			continue
		}
		if i > 0 && determiners[strings.ToLower(ws[i-1])] {
			continue // an adjective: "onto a moored ship"
		}
		if _, irr := facts.BaseForm(w); irr || strings.HasSuffix(w, "ed") && len(w) > 4 {
			return stem(w)
		}
	}
	return ""
}

// clockFrame is how a time of day is told by the word before it: "limit"
// ("by", "before", "until"), "start" ("from", "since", "after"), else
// "point" ("at 04:40", "around 4pm").
func clockFrame(m *mention) string {
	cut := m.fact.Span.Start - m.sentStart
	if cut < 0 || cut > len(m.sentence) {
		return "point"
	}
	ws := text.Words(m.sentence[:cut])
	if len(ws) == 0 {
		return "point"
	}
	last := strings.ToLower(ws[len(ws)-1])
	if (last == "after" || last == "before") && len(ws) >= 2 && nearTime(strings.ToLower(ws[len(ws)-2])) {
		// "shortly after 6 a.m.", "just before noon": a moment told
		// with its approximation, as "at around 6 a.m." is
		return "point"
	}
	switch last {
	case "by", "before", "until", "till", "to":
		return "limit"
	case "from", "since", "after":
		return "start"
	}
	return "point"
}

// nearTime reports whether a word before "after" or "before" makes the
// pair an approximate moment rather than a bound: "shortly after",
// "just before", "soon after", "moments after", "minutes before".
func nearTime(w string) bool {
	switch w {
	case "shortly", "just", "soon", "right", "immediately", "moments", "minutes", "seconds":
		return true
	}
	return false
}
