package crosscheck

import (
	"strings"

	"crosswire"
	"crosswire/facts"
	"crosswire/text"
)

// Places of one event. "X died in Arnhold" and "X died in Vessport" cannot
// both be true: an event verb of the event lexicon and the place after a
// place preposition (a place entity, or an organisation named as a venue:
// "at Arnhold General Hospital") form a slot of one event, keyed on the verb's class
// and its participant (the resolved person or organisation named before
// the verb in the sentence, else the noun right before the verb). Two
// versions naming different places (neither name holds all the other's
// words: "Leeds" and "Leeds city centre" agree) disagree, unless either version names the other place
// anywhere: a version naming both tells how they relate (a town and its
// county, a route between them), and crosscheck has no containment table
// of its own beyond what the text says. The finding is a claim (the
// report contract has no place kind). Its severity is medium when both
// places end in one head word ("Harrow Street" / "Mill Street": two
// places of one level, neither inside the other) and low otherwise: two
// bare names may be a town and its county.

// placePreps open the place of an event.
var placePreps = setOf("in at near")

// placeVerbWords is how far before the preposition the event verb is
// looked for, in words.
const placeVerbWords = 4

// eventPlace is one version's place of one event.
type eventPlace struct {
	m           *mention // the place fact
	class       string   // event class of the verb
	entity      int      // resolved participant, -1 when none
	noun        string   // participant noun (stemmed) when no entity
	participant string   // participant as written, for the subject
}

// checkEventPlaces reports one event given two places by two versions.
func (w *work) checkEventPlaces() {
	lx, ok := w.lex.(eventClasser)
	if !ok {
		return
	}
	var eps []eventPlace
	// a place entity, or an organisation named as a venue ("at Arnhold
	// Crown Court", "in Vessport General Hospital")
	venues := append(append([]*mention(nil), w.byKind[crosswire.KindPlace]...), w.byKind[crosswire.KindOrg]...)
	for _, m := range venues {
		if !sameLanguage(m.art, &w.story.Articles[0]) {
			continue
		}
		if ep, ok := w.eventPlaceOf(lx, m); ok {
			eps = append(eps, ep)
		}
	}
	eps = distinctEventPlaces(eps)
	// runEnd[j] is the end of the run of event places of eps[j]'s
	// version that starts at j: a version's places come together, and
	// the pairs inside one version are never compared.
	runEnd := make([]int, len(eps))
	for j := len(eps) - 1; j >= 0; j-- {
		runEnd[j] = j + 1
		if j+1 < len(eps) && eps[j+1].version() == eps[j].version() {
			runEnd[j] = runEnd[j+1]
		}
	}
	reported := map[[2]string]bool{}
	for i, p := range eps {
		for j := i + 1; j < len(eps); j++ {
			q := eps[j]
			if p.m.version == q.version() {
				j = runEnd[j] - 1
				continue
			}
			if p.class != q.class || !sameParticipant(p, q) {
				continue
			}
			a, b := p.m.fact.Value, q.m.fact.Value
			wa, wb := placeWords(a), placeWords(b)
			if subset(wa, wb) || subset(wb, wa) || writesWords(p.m.art.Text, b) || writesWords(q.m.art.Text, a) {
				continue
			}
			key := [2]string{strings.ToLower(a), strings.ToLower(b)}
			if key[1] < key[0] {
				key[0], key[1] = key[1], key[0]
			}
			if reported[key] {
				continue
			}
			reported[key] = true
			sev := crosswire.SeverityLow
			if sameLevel(a, b) {
				sev = crosswire.SeverityMedium
			}
			w.discs = append(w.discs, &finding{
				kind: crosswire.DiscClaim, sev: sev,
				subject: "place of one event (" + p.participant + ", " + p.class + ")",
				sides: []side{
					{value: a, ms: []*mention{p.m}, spans: []crosswire.Span{p.m.fact.Span}},
					{value: b, ms: []*mention{q.m}, spans: []crosswire.Span{q.m.fact.Span}},
				},
			})
		}
	}
}

func (p eventPlace) version() string { return p.m.version }

// distinctEventPlaces returns eps without the event places that repeat an
// earlier one: the same version and article, event class, participant and
// place as written. A repeat can only form the pairs its first statement
// forms, later, and only a value pair's first is reported, so the
// findings are those of all of eps; a version repeating one sentence
// thousands of times no longer makes the comparison quadratic in the
// repeats.
func distinctEventPlaces(eps []eventPlace) []eventPlace {
	type key struct {
		version                  string
		art                      *crosswire.Article
		class, noun, participant string
		entity                   int
		value                    string
	}
	seen := make(map[key]bool, len(eps))
	out := eps[:0:0]
	for _, p := range eps {
		k := key{p.m.version, p.m.art, p.class, p.noun, p.participant, p.entity, p.m.fact.Value}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, p)
	}
	return out
}

// eventPlaceOf reads the event a place fact locates: a place preposition
// right before it, an event verb of the lexicon at most placeVerbWords
// words before that, and the event's participant before the verb.
func (w *work) eventPlaceOf(lx eventClasser, m *mention) (eventPlace, bool) {
	cut := m.fact.Span.Start - m.sentStart
	if cut <= 0 || cut > len(m.sentence) {
		return eventPlace{}, false
	}
	before := m.sentence[:cut]
	ws := placeNounOf(text.Words(strings.ToLower(before)))
	n := len(ws)
	if n < 3 || !placePreps[ws[n-1]] {
		return eventPlace{}, false
	}
	for v := n - 2; v >= 0 && v >= n-1-placeVerbWords; v-- {
		if placePreps[ws[v]] || auxiliaries[ws[v]] || text.StopWord(ws[v]) {
			continue
		}
		class := lx.Class(lx.Lemma(ws[v]))
		if class == "" {
			continue
		}
		ep := eventPlace{m: m, class: class, entity: -1}
		// the participant: the last resolved person or organisation of
		// the sentence before the verb's clause, else the noun before
		// the verb
		verbAt := strings.LastIndex(strings.ToLower(before), ws[v])
		best := -1
		for _, k := range []crosswire.FactKind{crosswire.KindPerson, crosswire.KindOrg} {
			for _, o := range w.byKind[k] {
				if o.art == m.art && o.sentStart == m.sentStart && o.entity >= 0 &&
					o.fact.Span.End-m.sentStart <= verbAt && o.fact.Span.Start > best {
					best, ep.entity, ep.participant = o.fact.Span.Start, o.entity, o.fact.Value
				}
			}
		}
		if ep.entity < 0 {
			j := v - 1
			for j >= 0 && auxiliaries[ws[j]] {
				j--
			}
			if j < 0 || text.StopWord(ws[j]) || len(ws[j]) < 3 || strings.ContainsAny(ws[j], "0123456789") {
				return eventPlace{}, false
			}
			ep.noun, ep.participant = stem(ws[j]), ws[j]
		}
		return ep, true
	}
	return eventPlace{}, false
}

// placeNounWords is how many words may stand between a place preposition
// and "of" before a place, the place noun and its modifiers: "in the town
// of", "near the small fishing village of".
const placeNounWords = 4

// placeNounOf returns the words before a place without a trailing "the …
// <place noun> of" ("died in the town of Arnhold" → "died in"): the noun
// names the kind of place the name after "of" is, and the preposition
// before it places the event there.
func placeNounOf(ws []string) []string {
	n := len(ws)
	if n < 3 || ws[n-1] != "of" || !facts.PlaceNoun(ws[n-2]) {
		return ws
	}
	for k := n - 3; k >= 0 && k >= n-2-placeNounWords; k-- {
		if ws[k] == "the" || ws[k] == "a" {
			return ws[:k]
		}
		if text.StopWord(ws[k]) || placePreps[ws[k]] {
			return ws
		}
	}
	return ws
}

// sameParticipant reports whether two event places have one participant:
// the same resolved entity, or the same noun when neither has one.
func sameParticipant(p, q eventPlace) bool {
	if p.entity >= 0 || q.entity >= 0 {
		return p.entity == q.entity
	}
	return p.noun != "" && p.noun == q.noun
}

// placeWords returns the content words of a place name, lower case.
func placeWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, x := range text.Words(strings.ToLower(s)) {
		if !text.StopWord(x) {
			out[x] = true
		}
	}
	return out
}

// writesWords reports whether an article's text writes words (a place's
// name, a person's) as a whole word sequence.
func writesWords(t, place string) bool {
	for off := 0; ; {
		i := strings.Index(t[off:], place)
		if i < 0 {
			return false
		}
		s, e := off+i, off+i+len(place)
		if (s == 0 || !isWordByte(t[s-1])) && (e == len(t) || !isWordByte(t[e])) {
			return true
		}
		off = s + 1
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// sameLevel reports whether two place names are of one level: both of two
// words or more ending in one capitalised head word ("Harrow Street",
// "Mill Street").
func sameLevel(a, b string) bool {
	fa, fb := strings.Fields(a), strings.Fields(b)
	if len(fa) < 2 || len(fb) < 2 {
		return false
	}
	ha, hb := fa[len(fa)-1], fb[len(fb)-1]
	return ha == hb && ha != strings.ToLower(ha)
}
