package crosscheck

import (
	"sort"

	"crosswire"
	"crosswire/text"
)

// Gendered role nouns. One version's "a spokesman for the club said" and
// another's "a spokeswoman for the club said", or "her granddaughter"
// and "her grandson" in the same sentence about the same woman, give one
// person two sexes. Neither is a named entity, so this reads the nouns
// themselves: a pair of words naming one role or relation by sex, found
// in sentences of two versions that share at least two other content
// words (the sentence read with the one before it; one when each of the
// two versions names the role once), when neither version writes both words (a version naming both
// is telling two people apart). Relations seen from the other side
// (husband / wife, father / mother) are not pairs: "her husband" and "his
// wife" name the same couple. A slip of sex changes who is meant only
// slightly: low.

// genderedPairs maps each gendered word to its role and sex (built per
// call: no package state).
func genderedPairs() map[string]genderedNoun {
	m := map[string]genderedNoun{}
	for _, p := range [][3]string{
		{"spokesman", "spokeswoman", "spokesperson"},
		{"chairman", "chairwoman", "chair"},
		{"grandson", "granddaughter", "grandchild"},
		{"stepson", "stepdaughter", "stepchild"},
		{"nephew", "niece", "nephew or niece"},
		{"policeman", "policewoman", "police officer"},
		{"businessman", "businesswoman", "business person"},
		{"sportsman", "sportswoman", "sportsperson"},
		{"headmaster", "headmistress", "head teacher"},
		{"landlord", "landlady", "landlord"},
	} {
		m[p[0]] = genderedNoun{role: p[2], female: false}
		m[p[1]] = genderedNoun{role: p[2], female: true}
	}
	return m
}

type genderedNoun struct {
	role   string
	female bool
}

// genderMention is one gendered noun of one article.
type genderMention struct {
	art    *crosswire.Article
	word   string
	female bool
	span   crosswire.Span
	ctx    map[string]bool // the sentence's content words without the noun
}

// checkGenderedNouns reports a role noun whose sex two versions give two
// ways in matching sentences.
func (w *work) checkGenderedNouns() {
	pairs := genderedPairs()
	byRole := map[string][]genderMention{}
	// article → role → sexes it writes
	sexes := map[string]map[string][2]bool{}
	for _, a := range w.firstLanguageArticles() {
		sents := text.Of(a)
		for _, tok := range (text.WordTokenizer{}).Tokenize(a.Text) {
			g, ok := pairs[tok.Term]
			if !ok {
				continue
			}
			// the sentence and the one before: a short "A spokesman
			// said:" is placed by what it follows
			s, e := sentenceRange(sents, tok.Start, tok.End)
			if k := text.SentenceAt(sents, s); k > 0 {
				s = sents[k-1].Start
			}
			ctx := contentSet(a.Text[s:tok.Start] + " " + a.Text[tok.End:e])
			byRole[g.role] = append(byRole[g.role], genderMention{
				art: a, word: tok.Term, female: g.female, ctx: ctx,
				span: crosswire.Span{Article: a.ID, Start: tok.Start, End: tok.End, Text: a.Text[tok.Start:tok.End]},
			})
			if sexes[a.ID] == nil {
				sexes[a.ID] = map[string][2]bool{}
			}
			x := sexes[a.ID][g.role]
			if g.female {
				x[1] = true
			} else {
				x[0] = true
			}
			sexes[a.ID][g.role] = x
		}
	}
	roles := make([]string, 0, len(byRole))
	for r := range byRole {
		roles = append(roles, r)
	}
	sort.Strings(roles)
	for _, role := range roles {
		var male, female []genderMention
		for _, m := range byRole[role] {
			if x := sexes[m.art.ID][role]; x[0] && x[1] {
				continue // both in one version: two people
			}
			if m.female {
				female = append(female, m)
			} else {
				male = append(male, m)
			}
		}
		// the best matching pair of sentences, one finding per role;
		// two versions that each name the role once need one shared word
		count := map[string]int{}
		for _, m := range byRole[role] {
			count[m.art.ID]++
		}
		best, bi, bj := 0, -1, -1
		for i, p := range male {
			for j, q := range female {
				if p.art.ID == q.art.ID {
					continue
				}
				need := 2
				if count[p.art.ID] == 1 && count[q.art.ID] == 1 {
					need = 1
				}
				if sh := shared(p.ctx, q.ctx); sh >= need && sh > best {
					best, bi, bj = sh, i, j
				}
			}
		}
		if bi < 0 {
			continue
		}
		p, q := male[bi], female[bj]
		w.discs = append(w.discs, &finding{kind: crosswire.DiscRole, sev: crosswire.SeverityLow,
			subject: "sex of the " + role,
			sides: []side{
				{value: p.word, spans: []crosswire.Span{p.span}},
				{value: q.word, spans: []crosswire.Span{q.span}},
			}})
	}
}
