package crosscheck

import (
	"maps"
	"slices"
	"strings"

	"crosswire"
	"crosswire/text"
)

// Superlatives held by people. "X got the biggest cheer" and "Y won the
// loudest cheers" cannot both be so: a superlative names one holder of
// one thing. A version's sentence with "the <superlative> <noun>" and the
// people it names is that noun's holder; two versions each telling the
// noun's superlative once, with no person in common, give it to two
// different people. The words do not establish that the two superlatives
// measure the same thing ("biggest" and "loudest" of one noun may be two
// readings of one moment): low.

// superlativeMention is one article's sentence giving the superlative of
// one noun, with the people the sentence names.
type superlativeMention struct {
	art     *crosswire.Article
	version string
	phrase  string          // "loudest cheers"
	holders map[string]bool // entity keys of the people named
	span    crosswire.Span  // from the first person named to the last
}

// superlativeWord reports whether w reads as a superlative adjective
// ("biggest", "loudest"): an -est word of six letters or more that is not
// one of the common words merely ending so.
func superlativeWord(w string) bool {
	if len(w) < 6 || !strings.HasSuffix(w, "est") {
		return false
	}
	switch w {
	case "interest", "forest", "request", "protest", "honest", "modest", "harvest", "arrest", "contest",
		"suggest", "invest", "digest", "conquest", "manifest", "latest", "earnest", "behest", "unrest", "inquest", "bequest":
		return false
	}
	return true
}

// checkSuperlatives reports a superlative two versions give to different
// people.
func (w *work) checkSuperlatives() {
	persons := map[string][]*mention{} // sentence key → people named in it
	for _, m := range w.byKind[crosswire.KindPerson] {
		k := m.sentenceKey()
		persons[k] = append(persons[k], m)
	}
	byNoun := map[string][]superlativeMention{}
	for _, a := range w.firstLanguageArticles() {
		sents := text.Of(a)
		toks := (text.WordTokenizer{}).Tokenize(a.Text)
		seen := map[string]int{}
		found := map[string]superlativeMention{}
		for j := 0; j+2 < len(toks); j++ {
			if toks[j].Term != "the" || !superlativeWord(toks[j+1].Term) || text.StopWord(toks[j+2].Term) || isNumeric(toks[j+2].Term) {
				continue
			}
			noun := strings.TrimSuffix(toks[j+2].Term, "s")
			seen[noun]++
			k := text.SentenceAt(sents, toks[j].Start)
			if k < 0 {
				continue
			}
			ms := persons[a.ID+":"+itoa(sents[k].Start)]
			if len(ms) == 0 {
				continue
			}
			sm := superlativeMention{art: a, phrase: toks[j+1].Term + " " + toks[j+2].Term, holders: map[string]bool{}}
			s, e := len(a.Text), 0
			for _, m := range ms {
				sm.version = m.version
				key := strings.ToLower(m.fact.Value)
				if en := w.entityOf(m.fact.Value); en >= 0 {
					key = "e" + itoa(en)
				}
				sm.holders[key] = true
				s, e = min(s, m.fact.Span.Start), max(e, m.fact.Span.End)
			}
			sm.span = crosswire.Span{Article: a.ID, Start: s, End: e, Text: a.Text[s:e]}
			found[noun] = sm
		}
		for noun, sm := range found {
			if seen[noun] == 1 { // told once: its holder is clear
				byNoun[noun] = append(byNoun[noun], sm)
			}
		}
	}
	for _, noun := range slices.Sorted(maps.Keys(byNoun)) {
		ms := byNoun[noun]
		// versions grouped by a person in common
		var groups [][]superlativeMention
	next:
		for _, m := range ms {
			for g := range groups {
				for _, o := range groups[g] {
					if o.version == m.version || overlaps(o.holders, m.holders) {
						groups[g] = append(groups[g], m)
						continue next
					}
				}
			}
			groups = append(groups, []superlativeMention{m})
		}
		if len(groups) < 2 {
			continue
		}
		f := &finding{kind: crosswire.DiscClaim, sev: crosswire.SeverityLow, subject: "who got the " + groups[0][0].phrase}
		for _, g := range groups {
			sd := side{value: g[0].span.Text}
			for _, m := range g {
				sd.spans = append(sd.spans, m.span)
			}
			f.sides = append(f.sides, sd)
		}
		w.discs = append(w.discs, f)
	}
}

// overlaps reports whether two sets share a member.
func overlaps(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}
