package corpustest

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"

	"crosswire"
	"crosswire/attribution"
	"crosswire/pipeline"
	"crosswire/stix"
)

// The CASIE attribution gold (attribution/testdata/casie-gold.json) was
// written by a reader who did not see crosswire's output: for 20 seeded
// state-attack articles of ../shared/data/casie-cyber-news.jsonl, the graph
// an analyst would import; for 20 seeded other articles, that they hold no
// attribution. The test exports every story of the 1,000 articles, as
// `export stix --all` does, and compares.

type goldNode struct {
	Key      string   `json:"key"`
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	AttackID *string  `json:"attack_id"`
	Aliases  []string `json:"aliases"`
}

type goldRel struct {
	Source string `json:"source"`
	Type   string `json:"type"`
	Target string `json:"target"`
	// Hedged: the text holds the claim unsure (may, thought to be,
	// reportedly, a nationality adjective only); such an edge is not
	// required, and a predicted edge it alone says is counted neither
	// right nor wrong
	Hedged bool `json:"hedged,omitempty"`
	// Background: the claim blames another incident than the article's
	// own
	Background bool `json:"background,omitempty"`
}

type goldArticle struct {
	ID            string     `json:"id"`
	Nodes         []goldNode `json:"nodes"`
	Relationships []goldRel  `json:"relationships"`
}

type casieGold struct {
	Gold     []goldArticle `json:"gold"`
	NonState []struct {
		ID             string `json:"id"`
		HasAttribution bool   `json:"has_attribution"`
	} `json:"non_state"`
}

// edge is a relationship as an analyst reads it: names at both ends.
type edge struct {
	src, typ, tgt string
	srcAttack     string // ATT&CK id of the source group, when known
	tgtAttack     string // ATT&CK id of the target group, when known
	// the objects' other names (an intrusion set's ATT&CK aliases)
	srcAliases, tgtAliases []string
	articles               map[string]bool // articles a span of which states it
}

// source and target say whether the edge's ends name the gold node, by
// the object's name, one of its aliases or its ATT&CK id.
func (e edge) source(n goldNode) bool { return namesNode(n, e.src, e.srcAliases, e.srcAttack) }
func (e edge) target(n goldNode) bool { return namesNode(n, e.tgt, e.tgtAliases, e.tgtAttack) }

// casieResult is what the comparison measured, in the story view and in
// the article view.
type casieResult struct {
	story, article  casieTally
	nonStateObjects int
	// edges of the exported stories, and those resting on a fact
	edges, onFacts int
}

// casieTally counts matched gold and predicted edges.
type casieTally struct {
	goldEdges, predEdges, matchedGold, matchedPred int
	missed, false_, found                          []string
	// predicted edges only a hedged gold edge says: neither right nor
	// wrong
	hedged []string
}

// log lists the tally's matched, missed and extra relationships, each
// line prefixed by prefix.
func (c *casieTally) log(t *testing.T, prefix string) {
	t.Helper()
	for _, m := range c.found {
		t.Logf("%sfound: %s", prefix, m)
	}
	for _, m := range c.missed {
		t.Logf("%smissed: %s", prefix, m)
	}
	for _, f := range c.false_ {
		t.Logf("%snot in gold: %s", prefix, f)
	}
	for _, h := range c.hedged {
		t.Logf("%shedged in gold (not counted): %s", prefix, h)
	}
}

func (c *casieTally) precision() float64 {
	return float64(c.matchedPred) / float64(max(1, c.predEdges))
}

func (c *casieTally) recall() float64 {
	return float64(c.matchedGold) / float64(max(1, c.goldEdges))
}

// add compares the gold articles' edges, as one graph, with the predicted
// edges.
func (c *casieTally) add(golds []goldArticle, pred []edge) {
	var nodes []goldNode
	var gedges []goldRel
	for _, g := range golds {
		nodes = append(nodes, g.Nodes...)
		gedges = append(gedges, g.Relationships...)
	}
	label := golds[0].ID
	// a node several gold articles hold answers to every name each gives it
	node := map[string]goldNode{}
	for _, n := range nodes {
		if o, ok := node[n.Key]; ok {
			n.Aliases = append(append([]string{o.Name}, o.Aliases...), n.Aliases...)
		}
		node[n.Key] = n
	}
	implied := impliedEdges(gedges)
	usedPred := make([]bool, len(pred))
	for _, ge := range gedges {
		if ge.Hedged {
			continue
		}
		c.goldEdges++
		found := false
		for j, pe := range pred {
			if usedPred[j] || pe.typ != ge.Type {
				continue
			}
			if (pe.src == "*" || pe.source(node[ge.Source])) && pe.target(node[ge.Target]) {
				usedPred[j], found = true, true
				c.found = append(c.found, label+": "+ge.Source+" "+ge.Type+" "+ge.Target+" ← "+pe.src+" "+pe.typ+" "+pe.tgt)
				break
			}
		}
		if found {
			c.matchedGold++
		} else {
			c.missed = append(c.missed, label+": "+ge.Source+" "+ge.Type+" "+ge.Target)
		}
	}
	// a predicted edge is right when some gold edge of the story
	// says it (several predicted edges may restate one gold edge:
	// each counts as right once per gold edge it matches)
	says := func(ge goldRel, pe edge) bool {
		switch {
		case pe.src == "*" && pe.typ == "attributed-to":
			// "the incident is attributed to X": right when X is a
			// culprit of the gold graph
			return ge.Type == "attributes" && pe.target(node[ge.Target]) ||
				(ge.Type == "attributed-to" || ge.Type == "targets") && pe.target(node[ge.Source]) ||
				ge.Type == "attributed-to" && node[ge.Source].Type == "incident" && pe.target(node[ge.Target])
		case pe.src == "*":
			return pe.typ == ge.Type && pe.target(node[ge.Target])
		default:
			return pe.typ == ge.Type && pe.source(node[ge.Source]) && pe.target(node[ge.Target])
		}
	}
	for j, pe := range pred {
		ok, hedged := usedPred[j], false
		for _, ge := range implied {
			if ok {
				break
			}
			if says(ge, pe) {
				ok = !ge.Hedged
				hedged = hedged || ge.Hedged
			}
		}
		line := label + ": " + pe.src + " " + pe.typ + " " + pe.tgt
		switch {
		case ok:
			c.predEdges++
			c.matchedPred++
		case hedged:
			c.hedged = append(c.hedged, line)
		default:
			c.predEdges++
			c.false_ = append(c.false_, line)
		}
	}
}

func TestCASIEAttributionGold(t *testing.T) {
	corpus := casieCorpus(t)
	var gold casieGold
	b, err := os.ReadFile(filepath.Join(repoRoot, "attribution", "testdata", "casie-gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatal(err)
	}
	res := runCASIE(t, corpus, gold)
	st, ar := &res.story, &res.article
	t.Logf("CASIE gold, story view: relationships predicted %d, gold %d; precision %.3f recall %.3f; objects from non-state articles %d",
		st.predEdges, st.goldEdges, st.precision(), st.recall(), res.nonStateObjects)
	t.Logf("CASIE gold, article view: relationships predicted %d, gold %d; precision %.3f recall %.3f",
		ar.predEdges, ar.goldEdges, ar.precision(), ar.recall())
	ar.log(t, "")
	for _, m := range st.missed {
		t.Logf("missed (story view): %s", m)
	}
	for _, f := range st.false_ {
		t.Logf("not in gold (story view): %s", f)
	}
	// Floors below what is measured, so the figures can only go up; the
	// issue's targets (precision 0.9, recall 0.8, no object from a
	// non-state article) are the aim.
	if st.precision() < casiePrecisionFloor || st.recall() < casieRecallFloor {
		t.Errorf("story view: precision %.3f (floor %.2f), recall %.3f (floor %.2f)", st.precision(), casiePrecisionFloor, st.recall(), casieRecallFloor)
	}
	if ar.precision() < casieArticlePrecisionFloor || ar.recall() < casieArticleRecallFloor {
		t.Errorf("article view: precision %.3f (floor %.2f), recall %.3f (floor %.2f)", ar.precision(), casieArticlePrecisionFloor, ar.recall(), casieArticleRecallFloor)
	}
	if res.nonStateObjects > casieNonStateCeiling {
		t.Errorf("%d objects from the 20 non-state articles (ceiling %d)", res.nonStateObjects, casieNonStateCeiling)
	}
}

const (
	// precision 0.745 (94 predicted) until grouping joined a lone report
	// to an anchor-only story by the summed weight of the core names it
	// shares (group coreEvidence, issue 14): the IAAF hack's four reports
	// (casie-1434, -1435, -10049, -10050) and APT10's four (casie-1460,
	// -10051..-10053) are now one story each, as their headlines say, and
	// the story's claims from its other reports (WADA's attribution, the
	// DNC target) count against each article's own gold: 0.709 (103
	// predicted), recall 0.361 unchanged.
	// Issue-17 session 6: accuser lists, names after a preposition no
	// accusers, "named X as the culprit": 0.716 (102 predicted), recall
	// 0.361.
	// Issue-17 session 7: a nationality adjective on "hackers"/"spies"
	// is the hackers' origin, no actor of what they hit: 0.876 (121
	// predicted), recall 0.571; article view 0.896 (125), recall 0.571.
	// Issue-17 session 9 (subjects of hitting verbs, incident nouns with
	// no culprit, defendants as members, defined code names, victims of
	// things, quotations introduced by a colon …; the matcher reads
	// -is-/-iz- and plural spellings as one word): 0.894 (161
	// predicted), recall 0.774; article view 0.923 (168), recall 0.805.
	// Issue-17 session 10 (descriptors in reported speech are the
	// outlet's label, a state blamed is the incident's sponsor, denials
	// leave structure edges, bodies reporting themselves hit, owners in
	// apposition): 0.918 (159 predicted), recall 0.789; article view
	// 0.952 (165), recall 0.820.
	// Issue-17 session 11 (countries listed as victims, a state's thing
	// no victim, a service's bracketed acronym): 0.920 (162 predicted),
	// recall 0.812; article view 0.952 (168), recall 0.842.
	casiePrecisionFloor  = 0.91
	casieRecallFloor     = 0.81
	casieNonStateCeiling = 0
	// the article view (each gold article against the edges its own
	// spans state): 0.747 (91 predicted), recall 0.346 at its start
	casieArticlePrecisionFloor = 0.95
	casieArticleRecallFloor    = 0.84
)

// casieCorpus is the CASIE corpus's path; the test skips in short mode
// (the golds run the pipeline on 1,000 articles) or when it is absent.
func casieCorpus(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("short mode: the CASIE gold runs the pipeline on 1,000 articles")
	}
	corpus := filepath.Join(repoRoot, "..", "shared", "data", "casie-cyber-news.jsonl")
	if _, err := os.Stat(corpus); err != nil {
		t.Skip("../shared/data/casie-cyber-news.jsonl absent")
	}
	return corpus
}

func runCASIE(t *testing.T, corpus string, gold casieGold) casieResult {
	t.Helper()
	return scoreCASIE(t, analyseCASIE(t, corpus), gold)
}

// analyseCASIE runs the pipeline on every article of the CASIE corpus.
func analyseCASIE(t *testing.T, corpus string) []crosswire.Story {
	t.Helper()
	ctx := context.Background()
	f, err := os.Open(corpus)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []crosswire.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var row struct{ ID, Title, URL, Published, Text string }
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			t.Fatal(err)
		}
		d := crosswire.Document{Source: row.ID, Body: row.Text, Title: row.Title, URL: row.URL}
		if ts, err := time.Parse("2006-01-02", strings.TrimSpace(row.Published)); err == nil {
			d.Published = &ts
		}
		docs = append(docs, d)
	}
	p := pipeline.New(nil)
	arts, _ := p.Clean(ctx, docs)
	stories, err := p.Analyze(ctx, arts)
	if err != nil {
		t.Fatal(err)
	}
	return stories
}

// exported is a bundle of stories with its lookups: objects by id, each
// story's report, and each article's story and article id.
type exported struct {
	bundle    stix.Bundle
	objs      map[string]*stix.Object
	reportOf  map[string]*stix.Object // story id → report
	storyOf   map[string]int          // article source → story index
	articleID map[string]string       // article source → article id
}

// exportAll exports the stories as `export stix --all` does.
func exportAll(t *testing.T, stories []crosswire.Story) exported {
	t.Helper()
	x := exported{objs: map[string]*stix.Object{}, reportOf: map[string]*stix.Object{}, storyOf: map[string]int{}, articleID: map[string]string{}}
	for i, s := range stories {
		for _, a := range s.Articles {
			x.storyOf[a.Source] = i
			x.articleID[a.Source] = a.ID
		}
	}
	b, err := (&stix.Exporter{Now: fixedNow}).Export(context.Background(), stories)
	if err != nil {
		t.Fatal(err)
	}
	x.bundle = *b
	for i := range x.bundle.Objects {
		o := &x.bundle.Objects[i]
		x.objs[o.ID] = o
		if o.Type == "report" && o.XStory != "" {
			x.reportOf[o.XStory] = o
		}
	}
	return x
}

// scoreCASIE exports the stories as `export stix --all` does and compares
// them with the gold.
func scoreCASIE(t *testing.T, stories []crosswire.Story, gold casieGold) casieResult {
	t.Helper()
	ctx := context.Background()
	x := exportAll(t, stories)
	bundle, objs, reportOf, storyOf, articleID := &x.bundle, x.objs, x.reportOf, x.storyOf, x.articleID
	var res casieResult
	// the share of the exported stories' edges resting on a fact of the
	// JSON report (a claim fact or the speaker's quotation)
	ex := attribution.New()
	bare := map[string]int{}   // claims resting on no fact, by kind and trigger
	byKind := map[string]int{} // edges by kind, with or without a fact
	for i := range stories {
		if reportOf[stories[i].ID] == nil {
			continue
		}
		inc, err := ex.Extract(ctx, &stories[i])
		if err != nil {
			t.Fatal(err)
		}
		on, all := inc.FactShare()
		res.onFacts += on
		res.edges += all
		tally := func(kind string, fs []int) {
			k := kind
			if len(fs) == 0 {
				k += " (no fact)"
			}
			byKind[k]++
		}
		for _, a := range inc.Attributions {
			switch {
			case a.Implied:
				tally("attribution read from a name's description", a.Facts)
			case a.Subject == nil:
				tally("incident attributed", a.Facts)
			default:
				tally("group or body attributed", a.Facts)
			}
		}
		for _, tg := range inc.Targets {
			tally("target", tg.Facts)
		}
		for _, d := range inc.Denials {
			tally("denial", d.Facts)
		}
		for _, r := range inc.Responses {
			tally(string(r.Kind), r.Facts)
		}
		for _, c := range inc.Claims {
			if len(c.Facts) == 0 {
				bare[string(c.Kind)+" "+strings.ToLower(strings.TrimSpace(c.Trigger.Text))]++
			}
		}
	}
	var kinds []string
	for k := range byKind {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		t.Logf("edges: %3d %s", byKind[k], k)
	}
	var bareKeys []string
	for k := range bare {
		bareKeys = append(bareKeys, k)
	}
	sort.Slice(bareKeys, func(i, j int) bool {
		if bare[bareKeys[i]] != bare[bareKeys[j]] {
			return bare[bareKeys[i]] > bare[bareKeys[j]]
		}
		return bareKeys[i] < bareKeys[j]
	})
	for _, k := range bareKeys {
		t.Logf("claim on no fact: %3d %s", bare[k], k)
	}
	t.Logf("CASIE exported stories: %d of %d edges rest on a fact of the report (%.3f)", res.onFacts, res.edges, float64(res.onFacts)/float64(max(1, res.edges)))
	// a name's description ("the GRU, Russia's military intelligence
	// agency") states no event: no claim fact can carry it
	desc, descOn := byKind["attribution read from a name's description"]+byKind["attribution read from a name's description (no fact)"], byKind["attribution read from a name's description"]
	t.Logf("CASIE exported stories, edges read from a name's description left out: %d of %d (%.3f)",
		res.onFacts-descOn, res.edges-desc, float64(res.onFacts-descOn)/float64(max(1, res.edges-desc)))
	count := map[string]int{}
	for _, o := range bundle.Objects {
		count[o.Type]++
	}
	t.Logf("CASIE export --all: %d reports, %d intrusion sets, %d threat actors, %d relationships",
		count["report"], count["intrusion-set"], count["threat-actor"], count["relationship"])
	for _, o := range bundle.Objects {
		if o.Type == "intrusion-set" || o.Type == "threat-actor" {
			t.Logf("%s %q", o.Type, o.Name)
		}
	}
	// an object is from a non-state article when a span of that article
	// states it (the article's story may hold other articles that do
	// make attributions)
	nonState := map[string]bool{}
	for _, ns := range gold.NonState {
		for _, s := range stories {
			for _, a := range s.Articles {
				if a.Source == ns.ID {
					nonState[a.ID] = true
				}
			}
		}
	}
	for _, o := range bundle.Objects {
		for _, src := range o.XSources {
			if nonState[src.Article] {
				res.nonStateObjects++
				break
			}
		}
	}
	// gold articles grouped into one story are compared as one graph
	// (story view); each gold article is also compared alone with the
	// edges a span of that article states (article view: the gold judges
	// per article, so a claim only another version of the story makes is
	// outside its reach, and a gold edge each of several articles states
	// is found once per article)
	byStory := map[int][]goldArticle{}
	for _, g := range gold.Gold {
		if i, ok := storyOf[g.ID]; ok {
			byStory[i] = append(byStory[i], g)
		} else {
			t.Errorf("gold article %s not in any story", g.ID)
		}
	}
	keys := make([]int, 0, len(byStory))
	for i := range byStory {
		keys = append(keys, i)
	}
	sort.Ints(keys)
	for _, i := range keys {
		pred := predicted(reportOf[stories[i].ID], objs)
		res.story.add(byStory[i], pred)
		for _, g := range byStory[i] {
			var mine []edge
			for _, pe := range pred {
				if pe.articles[articleID[g.ID]] {
					mine = append(mine, pe)
				}
			}
			res.article.add([]goldArticle{g}, mine)
		}
	}
	// stories holding no gold article but exported: their edges are
	// outside the gold's reach and not counted either way.
	return res
}

// impliedEdges adds to the gold the attributions its chains imply: a group
// attributed to an agency that is attributed to a state is attributed to
// the state.
func impliedEdges(es []goldRel) []goldRel {
	out := append([]goldRel(nil), es...)
	seen := map[goldRel]bool{}
	for _, e := range es {
		seen[e] = true
	}
	for changed := true; changed; {
		changed = false
		for _, a := range out {
			for _, b := range out {
				if a.Type != "attributed-to" || b.Type != "attributed-to" || a.Target != b.Source || a.Source == b.Target {
					continue
				}
				e := goldRel{Source: a.Source, Type: "attributed-to", Target: b.Target, Hedged: a.Hedged || b.Hedged, Background: a.Background || b.Background}
				if !seen[e] {
					seen[e] = true
					out = append(out, e)
					changed = true
				}
			}
		}
	}
	return out
}

// predicted reads a story's report as analyst edges: attributed-to,
// targets, attributes (an accuser on an attribution), denies (an opinion
// that disagrees), sanctions, indicts. The campaign stands for "the
// incident": it matches any source. Edges that only say a state acts as a
// state (same name at both ends) and located-at are structure, not claims.
func predicted(rep *stix.Object, objs map[string]*stix.Object) []edge {
	if rep == nil {
		return nil
	}
	name := func(id string) (string, string) {
		o := objs[id]
		if o == nil {
			return "", ""
		}
		if o.Type == "campaign" {
			return "*", ""
		}
		attackID := ""
		for _, r := range o.ExternalReferences {
			if r.SourceName == "mitre-attack" {
				attackID = r.ExternalID
			}
		}
		return o.Name, attackID
	}
	aliases := func(id string) []string {
		if o := objs[id]; o != nil {
			return o.Aliases
		}
		return nil
	}
	var out []edge
	for _, id := range rep.ObjectRefs {
		o := objs[id]
		if o == nil {
			continue
		}
		switch {
		case o.Type == "relationship":
			src, sa := name(o.SourceRef)
			tgt, ta := name(o.TargetRef)
			typ := o.RelationshipType
			if typ == "located-at" || src == "" || tgt == "" || src == tgt {
				continue
			}
			if artefactType(objs[o.SourceRef]) || artefactType(objs[o.TargetRef]) {
				// the golds were read for who blames, hits, denies,
				// sanctions whom: the malware, vulnerabilities and
				// indicators (session 21) are measured by
				// TestCASIEArtefacts
				continue
			}
			out = append(out, edge{src: src, typ: typ, tgt: tgt, srcAttack: sa, tgtAttack: ta,
				srcAliases: aliases(o.SourceRef), tgtAliases: aliases(o.TargetRef), articles: articlesOf(o, nil)})
		case o.Type == "opinion" && strings.Contains(o.Opinion, "agree") && !strings.Contains(o.Opinion, "disagree"):
			// an accuser's opinion in this story on the attributions
			// it makes (the relationship's x_crosswire_attributed_by
			// gathers the accusers of every story sharing it): it
			// attributes the group to its sponsor, or the incident to
			// the group or agency; a state blamed for the incident is
			// no group
			by, _ := name(o.CreatedByRef)
			for _, ref := range o.ObjectRefs {
				r := objs[ref]
				if r == nil || r.Type != "relationship" || r.RelationshipType != "attributed-to" {
					continue
				}
				src, sa := name(r.SourceRef)
				culprit, ca, cref := src, sa, r.SourceRef
				if src == "*" {
					culprit, ca = name(r.TargetRef)
					cref = r.TargetRef
					if isState(r.TargetRef, objs) {
						culprit = ""
					}
				}
				if by != "" && culprit != "" && by != culprit {
					out = append(out, edge{src: by, typ: "attributes", tgt: culprit, tgtAttack: ca,
						srcAliases: aliases(o.CreatedByRef), tgtAliases: aliases(cref), articles: articlesOf(o, r)})
				}
			}
		case o.Type == "opinion" && strings.Contains(o.Opinion, "disagree"):
			by, _ := name(o.CreatedByRef)
			for _, ref := range o.ObjectRefs {
				if r := objs[ref]; r != nil && r.Type == "relationship" {
					src, _ := name(r.SourceRef)
					if src != "*" && by != "" {
						out = append(out, edge{src: by, typ: "denies", tgt: src, articles: articlesOf(o, nil)})
					}
				}
			}
		}
	}
	return out
}

// artefactType reports whether o is a malware, vulnerability or indicator.
func artefactType(o *stix.Object) bool {
	return o != nil && (o.Type == "malware" || o.Type == "vulnerability" || o.Type == "indicator")
}

// articlesOf lists the articles a span of which states o and, when also is
// not nil, also states also (an accuser's opinion and one attribution it
// makes).
func articlesOf(o, also *stix.Object) map[string]bool {
	out := map[string]bool{}
	for _, src := range o.XSources {
		out[src.Article] = true
	}
	if also != nil {
		in := map[string]bool{}
		for _, src := range also.XSources {
			if out[src.Article] {
				in[src.Article] = true
			}
		}
		out = in
	}
	return out
}

// isState reports whether a threat-actor stands for a state: the export
// gives a state blamed directly an identity of the same name, and the
// threat-actor is attributed-to it ("X acting as a state"). An identity of
// the same name alone is not enough: another story may name the same
// service as an accuser or a victim.
func isState(id string, objs map[string]*stix.Object) bool {
	o := objs[id]
	if o == nil || o.Type != "threat-actor" {
		return false
	}
	for _, x := range objs {
		if x.Type != "relationship" || x.SourceRef != id || x.RelationshipType != "attributed-to" {
			continue
		}
		if t := objs[x.TargetRef]; t != nil && t.Type == "identity" && t.Name == o.Name {
			return true
		}
	}
	return false
}

// sameNode says whether a STIX object's name names the gold node: the
// same words as its name or an alias, its ATT&CK id, or — for multi-word
// victim and accuser names — every content word of the shorter name in the
// longer.
func sameNode(n goldNode, name, attackID string) bool {
	if n.Key == "" || name == "" {
		return false
	}
	if attackID != "" && n.AttackID != nil && *n.AttackID == attackID {
		return true
	}
	w := words(name)
	for _, g := range append([]string{n.Name}, n.Aliases...) {
		gw := words(g)
		if strings.Join(gw, " ") == strings.Join(w, " ") {
			return true
		}
		// one name's words inside the other's ("Foreign Ministry" in
		// "Ministry of Foreign Affairs"), when they are more than half
		// of them: two common words of a long name ("harbour boards"
		// in "Council of Harbour and River Boards of Estmark") name
		// another node, and greedy matching would credit that node's
		// edge to them
		if len(gw) >= 1 && len(w) >= 1 && (contains(gw, w) || contains(w, gw)) && min(len(gw), len(w)) >= 2 && 2*min(len(gw), len(w)) > max(len(gw), len(w)) {
			return true
		}
		// an acronym and its long form: "IAAF" and "International
		// Association of Athletics Federations"
		if initials(gw) == strings.Join(w, "") || initials(w) == strings.Join(gw, "") {
			return true
		}
		// a state and its adjective, whichever the gold's span wrote
		if n.Type == "state" && (adjectiveOf(gw, w) || adjectiveOf(w, gw)) {
			return true
		}
	}
	return false
}

// namesNode says whether an object of that name, aliases and ATT&CK id
// names the gold node.
func namesNode(n goldNode, name string, aliases []string, attackID string) bool {
	if sameNode(n, name, attackID) {
		return true
	}
	for _, a := range aliases {
		if sameNode(n, a, "") {
			return true
		}
	}
	return false
}

func words(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		switch f {
		case "the", "of", "a", "an", "and", "s":
			continue
		}
		out = append(out, wordForm(f))
	}
	return out
}

// wordForm reads spelling variants of one word as one: British -is- and
// American -iz- ("organisation", "organization") and a regular plural and
// its singular ("services", "service"; "militaries", "military"). It
// merges spellings and inflections, never two words: "firms" stays no
// "companies", "sites" no "websites".
func wordForm(w string) string {
	if m := reIzeSpelling.FindStringSubmatchIndex(w); m != nil {
		w = w[:m[2]] + "is" + w[m[3]:]
	}
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}

// reIzeSpelling: the -iz- of a word that British spelling writes -is-
// (group 1).
var reIzeSpelling = regexp.MustCompile(`[a-z]{3}(iz)(?:e|ed|es|ing|ation|ations|er|ers)$`)

// adjectiveOf reports whether adj is the adjective of the state named
// state: the same words but the last, which is the state's last word,
// or that word less its final vowel, with an adjective's ending
// ("russia", "russian"; "north korea", "north korean"; "china",
// "chinese"; "iran", "iranian"; "israel", "israeli").
func adjectiveOf(state, adj []string) bool {
	if len(state) == 0 || len(state) != len(adj) {
		return false
	}
	last := len(state) - 1
	for i := range last {
		if state[i] != adj[i] {
			return false
		}
	}
	s, a := state[last], adj[last]
	for _, stem := range []string{s, strings.TrimRight(s, "aeiou")} {
		for _, end := range []string{"n", "an", "ian", "ese", "i", "ish", "ean"} {
			if len(stem) >= 3 && a == stem+end {
				return true
			}
		}
	}
	return false
}

// initials returns the first letters of a name of three or more words.
func initials(ws []string) string {
	if len(ws) < 3 {
		return "\x00"
	}
	var b strings.Builder
	for _, w := range ws {
		b.WriteByte(w[0])
	}
	return b.String()
}

// contains reports whether every word of small is in big.
func contains(big, small []string) bool {
	set := map[string]bool{}
	for _, w := range big {
		set[w] = true
	}
	for _, w := range small {
		if !set[w] {
			return false
		}
	}
	return true
}
