package crosscheck

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"unicode"

	"crosswire"
)

// elapsedAfter are the words that make a count of time the time elapsed
// after an event: "discovered eight days later", "found two weeks after".
var elapsedAfter = setOf(`later after afterwards`)

// figureHedges are words that may stand between a verb and its figure
// ("was found only three days later", "some two weeks later").
var figureHedges = setOf(`only just some about around nearly almost roughly barely more than less`)

// elapsedEvent is the event class of the verb whose delay a figure
// counts: the figure counts a span of time (timeCounts), "later" or
// "after" follows it, and the word before it, hedges and auxiliaries
// aside, is an event verb of the lexicon ("was discovered eight days
// later", "was spotted three days later"). "" when the figure is not one.
func elapsedEvent(lx eventClasser, m *mention, key string) string {
	noun, _, _ := strings.Cut(key, "|")
	if noun == "" || !timeCounts[strings.TrimSuffix(noun, "s")] || m.fact.Number.Unit != "" {
		return ""
	}
	end, start := m.fact.Span.End-m.sentStart, m.fact.Span.Start-m.sentStart
	if start <= 0 || end > len(m.sentence) {
		return ""
	}
	after := strings.Fields(strings.ToLower(m.sentence[end:]))
	if len(after) == 0 || !elapsedAfter[strings.TrimFunc(after[0], unicode.IsPunct)] {
		return ""
	}
	before := strings.Fields(strings.ToLower(m.sentence[:start]))
	i := len(before) - 1
	for i >= 0 && (figureHedges[before[i]] || auxiliaries[before[i]]) {
		i--
	}
	// the verb, or the verb of a short object before the figure ("located
	// the canvas five weeks later"), within the clause
	for j := i; j >= 0 && j > i-elapsedObjectWords; j-- {
		w := strings.TrimRightFunc(before[j], unicode.IsPunct)
		if w != before[j] && j < i {
			break // a clause ends between the verb and the figure
		}
		if l := lx.Lemma(w); l != w || j == i {
			if c := lx.Class(l); c != "" {
				return c
			}
		}
	}
	return ""
}

// elapsedObjectWords is the most words elapsedEvent looks back from a
// figure for its verb: the verb and a short object ("found the van", "located
// the stolen canvas").
const elapsedObjectWords = 4

// checkElapsed compares the delays after one event across versions: each
// version's only count of time elapsed after an event of one lexicon
// class, in one unit ("discovered eight days later" / "spotted three days
// later"), is the one delay the story tells after that event, however
// differently the verbs word it, and two values of it are a changed fact:
// medium, as a version may count from another moment than the other. ms
// are the story's figures, keys their numberKeys; figures settled by a
// reported conflict are left out, and those reported here are marked
// settled.
func (w *work) checkElapsed(ms []*mention, keys map[*mention]string, settled map[*mention]bool) {
	lx, ok := w.lex.(eventClasser)
	if !ok {
		return
	}
	type slotKey struct{ class, key string }
	byArt := map[string]map[slotKey][]*mention{}
	for _, m := range ms {
		if settled[m] {
			continue
		}
		c := elapsedEvent(lx, m, keys[m])
		if c == "" {
			continue
		}
		if byArt[m.art.ID] == nil {
			byArt[m.art.ID] = map[slotKey][]*mention{}
		}
		k := slotKey{c, keys[m]}
		byArt[m.art.ID][k] = append(byArt[m.art.ID][k], m)
	}
	slots := map[slotKey][]*mention{}
	var order []slotKey
	for _, a := range w.story.Articles {
		ks := slices.SortedFunc(maps.Keys(byArt[a.ID]), func(x, y slotKey) int {
			return cmp.Or(cmp.Compare(x.class, y.class), cmp.Compare(x.key, y.key))
		})
		for _, k := range ks {
			g := byArt[a.ID][k]
			if len(g) != 1 {
				continue // two delays after one kind of event: which is which?
			}
			if slots[k] == nil {
				order = append(order, k)
			}
			slots[k] = append(slots[k], g[0])
		}
	}
	for _, k := range order {
		groups := valueGroups(slots[k])
		if len(groups) < 2 || !distinctVersions(groups) {
			continue
		}
		w.numberFinding(groups, numberSubject(slots[k]), crosswire.SeverityMedium)
		for _, m := range slots[k] {
			settled[m] = true
		}
	}
}
