package corpustest

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"
)

// The fresh attribution gold (attribution/testdata/casie-fresh-gold.json,
// session 20) holds 25 CASIE articles drawn by select_casie_fresh.py — the
// pool: articles of no earlier gold with a culprit cue (blame, attribute,
// responsible, claim, behind, suspect, linked, tied) near an actor noun
// (group, gang, hacker, actor, criminal, crew, operator, attacker); the
// draw: the lowest sha256("session20:" + id) — read in full by a reader who
// had not written the rules being measured. Like the criminal gold it
// stores ids and character offsets only. It marks hedged claims (neither
// required nor counted against) and background claims (another incident's
// culprit), and names the people and bodies that are no culprit (victims,
// vendors, researchers, outlets, officials, places, tools).

// attributionKinds are the relationships the fresh gold scores: who is
// blamed (attributed-to) and who blames (attributes). Targets, denials,
// indictments and sanctions are outside it.
var attributionKinds = map[string]bool{"attributed-to": true, "attributes": true}

// TestCASIEFreshGold measures the export's attributions on the fresh
// gold, each gold article against the edges a span of it states.
func TestCASIEFreshGold(t *testing.T) {
	corpus := casieCorpus(t)
	gold, err := loadSpanGold(filepath.Join(repoRoot, "attribution", "testdata", "casie-fresh-gold.json"), corpus)
	if err != nil {
		t.Fatal(err)
	}
	stories := analyseCASIE(t, corpus)
	x := exportAll(t, stories)
	var all, own casieTally
	var c culpritTally
	for _, g := range gold.Gold {
		i, ok := x.storyOf[g.ID]
		if !ok {
			t.Errorf("gold article %s not in any story", g.ID)
			continue
		}
		var mine, blames []edge
		for _, pe := range predicted(x.reportOf[stories[i].ID], x.objs) {
			if !pe.articles[x.articleID[g.ID]] {
				continue
			}
			mine = append(mine, pe)
			if attributionKinds[pe.typ] {
				blames = append(blames, pe)
			}
		}
		all.add([]goldArticle{g}, blames)
		own.add([]goldArticle{ownIncident(g)}, blames)
		c.add(g, mine)
	}
	all.log(t, "")
	c.log(t)
	t.Logf("fresh gold, article view: attributions predicted %d (and %d only hedged in gold), gold %d; precision %.3f recall %.3f",
		all.predEdges, len(all.hedged), all.goldEdges, all.precision(), all.recall())
	t.Logf("fresh gold, the articles' own incidents: gold %d, found %d, recall %.3f", own.goldEdges, own.matchedGold, own.recall())
	t.Logf("fresh gold, culprits named as culprits in some predicted edge: %d of %d (%.3f); targets edges %d, their actor a gold culprit %d, hedged %d, no culprit %d",
		c.found, c.culprits, c.recall(), c.targets, c.targetsRight, c.targetsHedged, c.targets-c.targetsRight-c.targetsHedged)
	if all.precision() < freshPrecisionFloor || own.recall() < freshOwnRecallFloor || c.recall() < freshCulpritRecallFloor {
		t.Errorf("precision %.3f (floor %.2f), own-incident recall %.3f (floor %.2f), culprit recall %.3f (floor %.2f)",
			all.precision(), freshPrecisionFloor, own.recall(), freshOwnRecallFloor, c.recall(), freshCulpritRecallFloor)
	}
}

// culpritTally counts the gold's firm culprits a predicted edge names as
// a culprit (blamed, or the actor of a targets edge), and the targets
// edges by whether their actor is a culprit of the gold.
type culpritTally struct {
	culprits, found                       int
	targets, targetsRight, targetsHedged  int
	missed, wrongActors, notCulpritBlamed []string
}

func (c *culpritTally) recall() float64 {
	return float64(c.found) / float64(max(1, c.culprits))
}

func (c *culpritTally) log(t *testing.T) {
	t.Helper()
	for _, m := range c.missed {
		t.Logf("culprit not named: %s", m)
	}
	for _, m := range c.wrongActors {
		t.Logf("targets edge whose actor is no gold culprit: %s", m)
	}
	for _, m := range c.notCulpritBlamed {
		t.Logf("named as a culprit, a gold non-culprit: %s", m)
	}
}

// add tallies one gold article against the edges its spans state.
func (c *culpritTally) add(g goldArticle, pred []edge) {
	firm, hedged := culprits(g, false), culprits(g, true)
	// the names an edge puts in a culprit's place
	blames := func(pe edge, n goldNode) bool {
		switch pe.typ {
		case "attributed-to":
			return pe.target(n) || pe.src != "*" && pe.source(n)
		case "attributes":
			return pe.target(n)
		case "targets":
			return pe.source(n)
		}
		return false
	}
	for _, n := range firm {
		c.culprits++
		found := false
		for _, pe := range pred {
			found = found || blames(pe, n)
		}
		if found {
			c.found++
		} else {
			c.missed = append(c.missed, fmt.Sprintf("%s: %s %q", g.ID, n.Key, n.Name))
		}
	}
	for _, pe := range pred {
		// the incident's own targets name no actor
		if pe.typ == "targets" && pe.src != "*" {
			c.targets++
			switch {
			case slices.ContainsFunc(firm, pe.source):
				c.targetsRight++
			case slices.ContainsFunc(hedged, pe.source):
				c.targetsHedged++
			default:
				c.wrongActors = append(c.wrongActors, g.ID+": "+pe.src+" targets "+pe.tgt)
			}
		}
		for _, n := range g.Nodes {
			if notCulprit[n.Type] && blames(pe, n) {
				c.notCulpritBlamed = append(c.notCulpritBlamed, fmt.Sprintf("%s (%s): %s %s %s", g.ID, n.Type, pe.src, pe.typ, pe.tgt))
			}
		}
	}
}

// culprits lists the nodes the gold article's attributions blame: the
// firm ones, or (hedged) those only hedged claims blame.
func culprits(g goldArticle, hedged bool) []goldNode {
	firm := map[string]bool{}
	soft := map[string]bool{}
	for _, r := range g.Relationships {
		if !attributionKinds[r.Type] {
			continue
		}
		keys := []string{r.Target}
		if r.Type == "attributed-to" && r.Source != "incident" {
			keys = append(keys, r.Source)
		}
		for _, k := range keys {
			if r.Hedged {
				soft[k] = true
			} else {
				firm[k] = true
			}
		}
	}
	var out []goldNode
	for _, n := range g.Nodes {
		if n.Type != "incident" && (!hedged && firm[n.Key] || hedged && soft[n.Key] && !firm[n.Key]) {
			out = append(out, n)
		}
	}
	return out
}

// Floors of the fresh gold's article view at what is measured. When the
// gold was read (session 20, main 2c73099): 7 attributions predicted, all
// right (precision 1.000; 2 more only hedged in gold), the articles' own
// incidents 1 of 11 edges (0.091), culprits named 7 of 20 (0.350). After
// the session's rules (a lead's group doing the deed, a lone hacker's
// handle, a report's author after a participle, the firm whose
// researchers found the campaign, "the attackers are part of" a group, web
// addresses no lower-case writing): 12 predicted, precision 1.000, own
// incidents 6 of 11 (0.545), culprits 10 of 20 (0.500). The precision
// floor allows one false edge in twelve.
const (
	freshPrecisionFloor     = 0.90
	freshOwnRecallFloor     = 0.54
	freshCulpritRecallFloor = 0.50
)

// notCulprit are the gold node types that name no culprit.
var notCulprit = map[string]bool{"victim": true, "vendor": true, "researcher": true, "outlet": true, "official": true, "location": true, "tool": true}

// ownIncident is the gold article with its background claims (another
// incident's culprits) held as hedged: what it blames for its own incident.
func ownIncident(g goldArticle) goldArticle {
	o := g
	o.Relationships = nil
	for _, r := range g.Relationships {
		r.Hedged = r.Hedged || r.Background
		o.Relationships = append(o.Relationships, r)
	}
	return o
}
