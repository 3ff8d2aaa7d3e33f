package crosscheck

import (
	"maps"
	"slices"
	"strings"

	"crosswire/facts"
	"crosswire/text"
)

// Counts defined by what they count. A figure followed by a relative
// clause ("a crowd of 300, tiny by her standards, who had won their
// seats in a ballot", "90 of the guests were members who had won their
// seats in a draw", fictional) counts the people the clause describes; two
// versions whose clauses tell the same doing — the same verb and the same
// object, "won … tickets" — count one set however little else their
// sentences share. When each version gives that set one figure and two
// figures disagree, the report is low: the words show the clauses alike,
// not that both figures are meant to be the whole set. The variants quote
// each figure with its clause, so a reader sees what was counted.

// relativeReach is how many words may stand between a figure and the
// "who" of its clause ("300, tiny by her standards, who"; "90 of the
// guests were members who"): a short appositive or a copula and its noun.
// Such phrases run to four to six words (M44's two: four and six); eight
// leaves room for a modifier or two ("tiny even by her own standards")
// while the check that no verb or figure stands between keeps a farther
// "who" from being another noun's. Set by that reading, not tuned.
const relativeReach = 8

// clauseWords bounds the words after a figure that countClause reads: the
// relativeReach words before "who", "who", the auxiliaries, the verb, the
// determiners and the object — a clause names its object within a few
// words ("who had been given their tickets"), and reading the whole rest
// of the sentence for every figure made a sentence of many figures
// quadratic (a megabyte without a full stop).
const clauseWords = relativeReach + 16

// clauseAuxiliaries stand between "who" and the clause's verb ("d" and
// "ve" are "who'd" and "who've" as the word tokenizer cuts them).
var clauseAuxiliaries = setOf(`had have has d ve was were is are been did do does will would could`)

// clauseDeterminers stand between the verb and its object's head.
var clauseDeterminers = setOf(`their the his her its a an our my your this these those`)

// copulas may stand between a figure and the relative clause of the
// noun it equals ("90 of the guests were members who …").
var copulas = setOf(`was were is are be been`)

// countClause returns the verb and object of the relative clause that
// defines figure m ("won", "tickets") and the byte offset in its article
// where the clause's object ends; ok is false when the figure has none.
// Only counts (no unit) qualify, and nothing may stand between the figure
// and "who" that could be another clause's verb or another figure: "300
// fans saw the band who had won the award" describes the band.
func countClause(m *mention) (verb, object string, end int, ok bool) {
	n := m.fact.Number
	if n == nil || n.Unit != "" {
		return "", "", 0, false
	}
	sentEnd := m.sentStart + len(m.sentence)
	from := m.fact.Span.End
	if from < m.sentStart || from > sentEnd || sentEnd > len(m.art.Text) {
		return "", "", 0, false
	}
	// the first clauseWords words after the figure, as every stage cuts them
	ws := text.FirstTokens(m.art.Text[from:sentEnd], clauseWords)
	i := 0
	for ; i < len(ws) && i <= relativeReach; i++ {
		w := ws[i].Term
		if w == "who" {
			break
		}
		if looksVerb(w) && !copulas[w] || strings.ContainsAny(w, "0123456789") {
			return "", "", 0, false
		}
	}
	if i >= len(ws) || i > relativeReach {
		return "", "", 0, false
	}
	i++
	for i < len(ws) && clauseAuxiliaries[ws[i].Term] {
		i++
	}
	if i >= len(ws) {
		return "", "", 0, false
	}
	verb = ws[i].Term
	i++
	for i < len(ws) && clauseDeterminers[ws[i].Term] {
		i++
	}
	if i >= len(ws) || !looksVerb(verb) {
		return "", "", 0, false
	}
	object = ws[i].Term
	if text.StopWord(object) || strings.ContainsAny(object, "0123456789") {
		return "", "", 0, false
	}
	return verb, object, from + ws[i].End, true
}

// looksVerb reports a word written as a verb in the past or as a known
// irregular form: "won", "attended", "bought".
func looksVerb(w string) bool {
	if b, ok := facts.BaseForm(w); ok && b != w {
		return true
	}
	return strings.HasSuffix(w, "ed") && len(w) > 4
}

// checkDefinedCounts reports figures of two versions counting one set
// their relative clauses define, when they disagree (see the top of this
// file). ms are the figures not reported otherwise.
func (w *work) checkDefinedCounts(ms []*mention) {
	type counted struct {
		m    *mention
		verb string
		end  int
	}
	byKey := map[string][]counted{}
	for _, m := range ms {
		verb, object, end, ok := countClause(m)
		if !ok {
			continue
		}
		k := stem(verb) + "\x00" + stem(object)
		byKey[k] = append(byKey[k], counted{m, verb + " " + object, end})
	}
	for _, k := range slices.Sorted(maps.Keys(byKey)) {
		cs := byKey[k]
		// each version's one figure of the set
		perVersion := map[string]int{}
		for _, c := range cs {
			perVersion[c.m.version]++
		}
		var sl []*mention
		shown := map[*mention]*mention{}
		for _, c := range cs {
			if perVersion[c.m.version] != 1 {
				continue
			}
			// the figure quoted with its clause
			x := *c.m
			x.fact.Span.End = c.end
			x.fact.Span.Text = c.m.art.Text[x.fact.Span.Start:c.end]
			sl = append(sl, &x)
			shown[&x] = c.m
		}
		w.lowSoleSlot(sl, shown, "number who "+cs[0].verb)
	}
}

// oneFrame reports whether every two figures of different groups are in
// one frame and one time (the original mentions: shown maps quoted copies
// to them).
func (w *work) oneFrame(groups [][]*mention, shown map[*mention]*mention) bool {
	orig := func(m *mention) *mention {
		if o, ok := shown[m]; ok {
			return o
		}
		return m
	}
	for i, g := range groups {
		for _, h := range groups[i+1:] {
			for _, a := range g {
				for _, b := range h {
					oa, ob := orig(a), orig(b)
					if !sameFrame(frameOf(oa), frameOf(ob)) || w.differentTimes(oa, ob) {
						return false
					}
				}
			}
		}
	}
	return true
}
