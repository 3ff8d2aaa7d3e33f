package corpustest

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// The criminal-group gold (attribution/testdata/casie-criminal-gold.json)
// holds 8 seeded CASIE articles whose text has a cue of blame or claiming
// near a group noun and a criminal cue (select_casie_criminal.py), none a
// state-attack article of casie-gold.json, read by hand. It stores ids and
// character offsets only: a node's names are read from the corpus here.

type spanNode struct {
	Key      string   `json:"key"`
	Type     string   `json:"type"`
	AttackID *string  `json:"attack_id"`
	Spans    [][2]int `json:"spans"`
}

type spanArticle struct {
	ID            string     `json:"id"`
	Nodes         []spanNode `json:"nodes"`
	Relationships []goldRel  `json:"relationships"`
}

// loadSpanGold reads a gold of offsets and names its nodes from the
// corpus's article texts.
func loadSpanGold(goldPath, corpus string) (casieGold, error) {
	var raw struct {
		Gold []spanArticle `json:"gold"`
	}
	b, err := os.ReadFile(goldPath)
	if err != nil {
		return casieGold{}, fmt.Errorf("read gold: %w", err)
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return casieGold{}, fmt.Errorf("decode gold %s: %w", goldPath, err)
	}
	want := map[string]bool{}
	for _, a := range raw.Gold {
		want[a.ID] = true
	}
	texts := map[string]string{}
	f, err := os.Open(corpus)
	if err != nil {
		return casieGold{}, fmt.Errorf("open corpus: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var row struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			return casieGold{}, fmt.Errorf("decode corpus: %w", err)
		}
		if want[row.ID] {
			texts[row.ID] = row.Text
		}
	}
	var out casieGold
	for _, a := range raw.Gold {
		t, ok := texts[a.ID]
		if !ok {
			return casieGold{}, fmt.Errorf("gold article %s not in the corpus", a.ID)
		}
		g := goldArticle{ID: a.ID, Relationships: a.Relationships}
		// the offsets count characters (code points), not bytes: an
		// article with a curly quote before a name is read wrong by bytes
		rs := []rune(t)
		for _, n := range a.Nodes {
			gn := goldNode{Key: n.Key, Type: n.Type, AttackID: n.AttackID}
			for i, sp := range n.Spans {
				if sp[0] < 0 || sp[1] > len(rs) || sp[0] >= sp[1] {
					return casieGold{}, fmt.Errorf("gold %s node %s: span %v outside the text", a.ID, n.Key, sp)
				}
				if i == 0 {
					gn.Name = string(rs[sp[0]:sp[1]])
				} else {
					gn.Aliases = append(gn.Aliases, string(rs[sp[0]:sp[1]]))
				}
			}
			g.Nodes = append(g.Nodes, gn)
		}
		out.Gold = append(out.Gold, g)
	}
	return out, nil
}

// TestCASIECriminalGold measures the export on the criminal-group gold:
// who is blamed, claims or is named behind an incident when the culprit
// is a criminal group, not a state's.
func TestCASIECriminalGold(t *testing.T) {
	corpus := casieCorpus(t)
	gold, err := loadSpanGold(filepath.Join(repoRoot, "attribution", "testdata", "casie-criminal-gold.json"), corpus)
	if err != nil {
		t.Fatal(err)
	}
	res := runCASIE(t, corpus, gold)
	st, ar := &res.story, &res.article
	t.Logf("criminal gold, story view: relationships predicted %d, gold %d; precision %.3f recall %.3f",
		st.predEdges, st.goldEdges, st.precision(), st.recall())
	t.Logf("criminal gold, article view: relationships predicted %d, gold %d; precision %.3f recall %.3f",
		ar.predEdges, ar.goldEdges, ar.precision(), ar.recall())
	ar.log(t, "")
	if ar.precision() < criminalPrecisionFloor || ar.recall() < criminalRecallFloor {
		t.Errorf("article view: precision %.3f (floor %.2f), recall %.3f (floor %.2f)", ar.precision(), criminalPrecisionFloor, ar.recall(), criminalRecallFloor)
	}
}

// Floors of the criminal gold's article view, below what is measured
// (session 17: base 0 predicted, recall 0/7; after the criminal-group
// rules 3 predicted, precision 1.000, recall 3/7 = 0.429). With three
// predicted edges one false edge is 0.75: the precision floor allows it.
// Session 19 (the gold's character offsets read as characters; culprits
// behind an apposition, a group's handiwork, a leak's agent with its
// handle): 9 predicted, precision 1.000, recall 7/7; the floor allows one
// edge missed (6/7 = 0.857).
const (
	criminalPrecisionFloor = 0.70
	criminalRecallFloor    = 0.85
)
