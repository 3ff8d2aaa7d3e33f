package crosscheck

import (
	"maps"
	"regexp"
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

// copulaSuperlative matches a named subject given a superlative:
// "Kestria is the largest exporter of grain", "Acme Foods was the
// region's biggest buyer".
var copulaSuperlative = regexp.MustCompile(`((?:\p{Lu}[\p{L}'’-]*\s)*\p{Lu}[\p{L}'’-]*)\s+(?:is|was|are|were|remains|remained|became|has become|had become)\s+(?:now\s+|still\s+)?the\s+(?:[a-z]+(?:'s|’s)\s+)?([a-z]+est)\s+([a-z]+)(?:\s+of\s+([a-z]+))?`)

// checkCopulaSuperlatives reports a superlative two versions predicate of
// two different named things ("Kestria is the largest exporter of grain" /
// "Ostmark is the largest exporter of grain"): the same superlative, noun
// and complement, each article telling it once, given to holders no
// version shares — a claim discrepancy, medium (one thing can be the
// largest).
func (w *work) checkCopulaSuperlatives() {
	type holder struct {
		version string
		span    crosswire.Span
	}
	byPhrase := map[string]map[string][]holder{} // phrase → holder key → tellings
	for _, a := range w.firstLanguageArticles() {
		count := map[string]int{}
		var found []struct {
			phrase, key string
			h           holder
		}
		for _, g := range copulaSuperlative.FindAllStringSubmatchIndex(a.Text, -1) {
			sup, noun := a.Text[g[4]:g[5]], a.Text[g[6]:g[7]]
			if !superlativeWord(sup) || text.StopWord(strings.ToLower(a.Text[g[2]:g[3]])) {
				continue
			}
			phrase := sup + " " + strings.TrimSuffix(noun, "s")
			if g[8] >= 0 {
				phrase += " of " + a.Text[g[8]:g[9]]
			}
			subj := a.Text[g[2]:g[3]]
			key := strings.ToLower(subj)
			if en := w.entityOf(subj); en >= 0 {
				key = "e" + itoa(en)
			}
			count[phrase]++
			found = append(found, struct {
				phrase, key string
				h           holder
			}{phrase, key, holder{w.version[a.ID], crosswire.Span{Article: a.ID, Start: g[2], End: g[3], Text: subj}}})
		}
		for _, f := range found {
			if count[f.phrase] != 1 {
				continue // told twice in one article: perhaps two scopes
			}
			if byPhrase[f.phrase] == nil {
				byPhrase[f.phrase] = map[string][]holder{}
			}
			byPhrase[f.phrase][f.key] = append(byPhrase[f.phrase][f.key], f.h)
		}
	}
	for _, phrase := range slices.Sorted(maps.Keys(byPhrase)) {
		holders := byPhrase[phrase]
		if len(holders) < 2 {
			continue
		}
		versions := map[string]int{}
		var sides []side
		shared := false
		for i, k := range slices.Sorted(maps.Keys(holders)) {
			sd := side{value: holders[k][0].span.Text}
			for _, h := range holders[k] {
				if j, ok := versions[h.version]; ok && j != i {
					shared = true
				}
				versions[h.version] = i
				sd.spans = append(sd.spans, h.span)
			}
			sides = append(sides, sd)
		}
		if shared {
			continue
		}
		w.discs = append(w.discs, &finding{kind: crosswire.DiscClaim, sev: crosswire.SeverityMedium, subject: "which is the " + phrase, sides: sides})
	}
}
