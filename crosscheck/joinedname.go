package crosscheck

import (
	"maps"
	"slices"
	"strings"

	"crosswire"
)

// A name run together. "Mira Vale" in one version and "Miravale" in
// another is one name whose space one writer dropped (or added): the
// extractor reads the one-word form as no name at all, or as another one,
// so the two are never compared. A name of two or more capitalised words
// that an entity of the story has, and a capitalised word another version
// writes that is those words run together (case aside), with neither
// version writing the other form, is one name written two ways: low (a
// house style writes some names either way).

// joinedNameMin is the least length of a run-together form: shorter ones
// ("De La" / "Dela") are too often other words.
const joinedNameMin = 6

// checkJoinedNames reports a name of several words another version writes
// run together as one word.
func (w *work) checkJoinedNames() {
	arts := w.firstLanguageArticles()
	if len(arts) < 2 {
		return
	}
	// each version's capitalised words by their lower case (the first
	// in order when several are written so)
	caps := make([]map[string]string, len(arts))
	places := make([]map[string]*capWord, len(arts))
	for i, a := range arts {
		places[i], _ = capitalWords(a.Text)
		caps[i] = map[string]string{}
		for _, word := range slices.Sorted(maps.Keys(places[i])) {
			if l := strings.ToLower(word); caps[i][l] == "" {
				caps[i][l] = word
			}
		}
	}
	// the entities' names of several capitalised words, by their words
	// run together in lower case
	byJoined := map[string][]*mention{}
	for _, e := range w.entities {
		for _, m := range e.ms {
			if m.fact.Entity == nil {
				continue
			}
			name := m.art.Text[m.fact.Span.Start:m.fact.Span.End]
			ws := strings.Fields(name)
			if len(ws) < 2 || slices.ContainsFunc(ws, func(x string) bool { return !titleWord(x) || strings.ContainsAny(x, "'’.-") }) {
				continue
			}
			j := strings.ToLower(strings.Join(ws, ""))
			if len(j) >= joinedNameMin {
				byJoined[j] = append(byJoined[j], m)
			}
		}
	}
	for _, j := range slices.Sorted(maps.Keys(byJoined)) {
		ms := byJoined[j]
		spaced := ms[0].art.Text[ms[0].fact.Span.Start:ms[0].fact.Span.End]
		for i, a := range arts {
			if w.viaTranslation(a) || writesFold(a.Text, spaced) {
				continue
			}
			word := caps[i][j]
			if word == "" {
				continue
			}
			c := places[i][word]
			// every version naming the spaced form writes no run-together one
			var spacedSide []*mention
			clean := true
			for _, m := range ms {
				if m.art.ID == a.ID || w.version[m.art.ID] == w.version[a.ID] {
					clean = false
				}
				if w.viaTranslation(m.art) || writesFold(m.art.Text, word) {
					clean = false
				}
				spacedSide = append(spacedSide, m)
			}
			if !clean {
				continue
			}
			joined := crosswire.Span{Article: a.ID, Text: a.Text[c.start:c.end], Start: c.start, End: c.end}
			w.discs = append(w.discs, &finding{kind: crosswire.DiscName, sev: crosswire.SeverityLow,
				subject: "name of " + spaced,
				sides: []side{
					w.sideOf(spaced, spacedSide),
					{value: word, ms: []*mention{{version: w.version[a.ID], art: a, entity: -1}}, spans: []crosswire.Span{joined}},
				}})
		}
	}
}

// writesFold reports whether t writes s as whole words, case aside.
func writesFold(t, s string) bool {
	return writesWords(strings.ToLower(t), strings.ToLower(s))
}
