package attribution

import "crosswire"

// claimFacts indexes a story's claim facts (crosswire.StoryFact with a
// Claim) by the articles stating them, so each claim read here is tied
// to the claim facts of the JSON report that state the same event in the
// same words, and counts their versions as the report does.
type claimFacts struct {
	facts     []crosswire.StoryFact
	byArticle map[string][]factSource
}

// factSource is one source span of a claim fact.
type factSource struct {
	fact int
	span crosswire.Span
}

func newClaimFacts(s *crosswire.Story) *claimFacts {
	cf := &claimFacts{facts: s.Facts, byArticle: map[string][]factSource{}}
	for i, f := range s.Facts {
		if f.Kind != crosswire.KindClaim || f.Claim == nil {
			continue
		}
		for _, sp := range f.Sources {
			cf.byArticle[sp.Article] = append(cf.byArticle[sp.Article], factSource{fact: i, span: sp})
		}
	}
	return cf
}

// factClasses are the event classes (facts/lexicon/events.tsv) of the
// claim facts that state a claim of a kind: an attribution is a "blame"
// (attribute, blame, link, tie, accuse), a "charge" (accused of) or a
// "discover" (identify, trace, uncover the group); an indictment and a
// summons a "charge" (charge, indict, summon); a sanction a "sanction"; a
// denial a "deny", "reject" or "dismiss"; what hit a victim an "intrude"
// or "attack".
func factClasses(k ClaimKind) []string {
	switch k {
	case ClaimAttribution:
		return []string{"blame", "charge", "discover"}
	case ClaimIndictment, ClaimSummons:
		return []string{"charge"}
	case ClaimSanction:
		return []string{"sanction"}
	case ClaimDenial:
		return []string{"deny", "reject", "dismiss"}
	case ClaimTarget:
		return []string{"intrude", "attack"}
	}
	return nil
}

// link returns the indices in the story's facts of the claim facts that
// state c: a source in c's article whose span holds c's trigger (the
// verb the fact was read from is the claim's trigger), of a class fitting
// c's kind.
func (cf *claimFacts) link(c Claim) []int {
	var out []int
	classes := factClasses(c.Kind)
	for _, fs := range cf.byArticle[c.Trigger.Article] {
		if fs.span.Start >= c.Trigger.End || c.Trigger.Start >= fs.span.End {
			continue
		}
		class := cf.facts[fs.fact].Claim.Class
		for _, k := range classes {
			if k == class && !contains(out, fs.fact) {
				out = append(out, fs.fact)
				break
			}
		}
	}
	return out
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// addFacts counts the versions of the claim facts fs into t, as the JSON
// report counts them (the same roots): a version stating the fact in a
// span no source of t in that article already holds adds the span.
func (cf *claimFacts) addFacts(t *tally, roots map[string]string, fs []int) {
	for _, i := range fs {
		for _, sp := range cf.facts[i].Sources {
			held := false
			for _, s := range t.sources {
				if s.Article == sp.Article && s.Start <= sp.Start && sp.End <= s.End {
					held = true
					break
				}
			}
			if !held {
				t.add(roots, sp)
			}
		}
	}
}
