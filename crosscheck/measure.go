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
// event: strictClockEvent, or, when a version's verb is not read, both
// times told right after the same noun (looseClockEvent).
func sameClockEvent(a, b *mention) bool {
	return strictClockEvent(a, b) || looseClockEvent(a, b)
}

// strictClockEvent reports whether two times of day are the time of one
// event by their verbs: both told after the same verb ("left the tracks at
// 04:40" / "left the tracks at 05:40"; two verbs are two events), or, when
// a verb is missing, in nearly the same sentence. A fire
// that broke out at 04:40 and was under control by 07:10 gives two
// events their times. Other figures always pass.
func strictClockEvent(a, b *mention) bool {
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

// looseClockEvent reports whether two times of day told in the same frame,
// one of them after a verb clockVerb does not read ("hit", "set", "cut":
// a past form like its base), follow the same noun of their clause
// ("struck a reef at about 7pm" / "hit a reef at about 8pm"): the thing the
// event happened to or at, named in both versions right before the time,
// ties the two times to one event where the rest of two independently
// written sentences share too few words. Two verbs that are both read and
// differ still tell two events ("left the harbour at 6pm" / "reached the
// harbour at 9pm"). The evidence is one noun, not the verb: a conflict
// aligned only this way is medium (looseSlot).
func looseClockEvent(a, b *mention) bool {
	if a.fact.Number.Unit != facts.Clock || b.fact.Number.Unit != facts.Clock {
		return false
	}
	if clockFrame(a) != clockFrame(b) {
		return false
	}
	if clockVerb(a) != "" && clockVerb(b) != "" {
		return false
	}
	oa := clockObject(a)
	return oa != "" && oa == clockObject(b)
}

// clockObject is the noun a time of day follows in its clause, past the
// preposition and hedge before the time ("struck a reef at about 7pm" →
// "reef"): a lowercase word of four letters or more after a determiner,
// not a word of time ("on Sunday evening at 7pm" names no object), an
// auxiliary or a past or -ing form. "" when there is none.
func clockObject(m *mention) string {
	cut := m.fact.Span.Start - m.sentStart
	if cut < 0 || cut > len(m.sentence) {
		return ""
	}
	ws := text.Words(m.sentence[:cut])
	i := len(ws) - 1
	for ; i >= 0; i-- {
		w := strings.ToLower(ws[i])
		if !hedgeWords[w] && !nearTime(w) && w != "after" && w != "before" {
			break
		}
	}
	if i < 1 || i == len(ws)-1 {
		return "" // no preposition between the noun and the time
	}
	w := ws[i]
	lw := strings.ToLower(w)
	if w != lw || len(w) < 4 || timeWords[lw] || auxiliaries[lw] || strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ing") {
		return ""
	}
	if _, irr := facts.BaseForm(lw); irr {
		return ""
	}
	if !determiners[strings.ToLower(ws[i-1])] && !determiners[strings.ToLower(ws[max(i-2, 0)])] {
		return "" // not the head of a noun phrase ("a sandbank", "the outer reef")
	}
	return strings.TrimSuffix(lw, "s")
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
