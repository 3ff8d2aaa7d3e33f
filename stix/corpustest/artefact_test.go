package corpustest

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"crosswire/stix"
)

// artefactGold is the read verdicts on the malware families and CVE ids
// the export names on CASIE (testdata/casie-artefacts-session21.json):
// ids and character offsets only, no article text.
type artefactGold struct {
	// Judged are produced objects read against their article: the name
	// at [Start, End) of article ID, of type Type, right or not.
	Judged []struct {
		ID    string `json:"id"`
		Type  string `json:"type"`
		Start int    `json:"start"`
		End   int    `json:"end"`
		Right bool   `json:"right"`
	} `json:"judged"`
	// Recall are articles read in full: every malware family and CVE id
	// each names, by the offsets of one mention.
	Recall []struct {
		ID    string `json:"id"`
		Names []struct {
			Type  string `json:"type"`
			Start int    `json:"start"`
			End   int    `json:"end"`
		} `json:"names"`
	} `json:"recall"`
}

// artefactKey normalises a name for matching a gold mention to an object:
// case, spaces and hyphens do not matter ("Bad-Rabbit" is "Bad Rabbit").
func artefactKey(s string) string {
	return strings.NewReplacer(" ", "", "-", "", ".", "").Replace(strings.ToLower(s))
}

// TestCASIEArtefacts exports every CASIE story that reports a cyber
// incident and names malware, a CVE id or an indicator (Exporter.Artefacts)
// and measures the malware and vulnerability objects against the read
// verdicts: precision on the judged sample, recall on the articles read in
// full. The floors are the measured figures of session 21 (precision of
// the malware sample, recall of both types); the bundle must validate.
func TestCASIEArtefacts(t *testing.T) {
	corpus := casieCorpus(t)
	raw, err := os.ReadFile(filepath.Join("testdata", "casie-artefacts-session21.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold artefactGold
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	texts := casieTexts(t, corpus)
	stories := analyseCASIE(t, corpus)
	b, err := (&stix.Exporter{Now: fixedNow, Artefacts: true}).Export(context.Background(), stories)
	if err != nil {
		t.Fatal(err)
	}
	validateBundle(t, b)
	if d := stix.Dangling(b); len(d) > 0 {
		t.Errorf("dangling references: %v", d)
	}
	count := map[string]int{}
	rels := map[string]int{}
	for _, o := range b.Objects {
		count[o.Type]++
		if o.Type == "relationship" {
			rels[typeOf(o.SourceRef)+" "+o.RelationshipType+" "+typeOf(o.TargetRef)]++
		}
	}
	t.Logf("CASIE with artefacts: %d reports, %d malware, %d vulnerabilities, %d indicators, %d relationships", count["report"], count["malware"], count["vulnerability"], count["indicator"], count["relationship"])
	var kinds []string
	for k := range rels {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		if strings.Contains(k, "malware") || strings.Contains(k, "vulnerability") || strings.Contains(k, "indicator") {
			t.Logf("  %s: %d", k, rels[k])
		}
	}

	// every object of a type, by article source and name key
	articleSource := map[string]string{} // article id → CASIE id
	for _, s := range stories {
		for _, a := range s.Articles {
			articleSource[a.ID] = a.Source
		}
	}
	produced := map[string]bool{} // type|CASIE id|key
	for _, o := range b.Objects {
		if o.Type != "malware" && o.Type != "vulnerability" {
			continue
		}
		for _, src := range o.XSources {
			produced[o.Type+"|"+articleSource[src.Article]+"|"+artefactKey(o.Name)] = true
		}
	}
	nameAt := func(id string, start, end int) string {
		rs := []rune(texts[id])
		if start < 0 || end > len(rs) || start >= end {
			t.Fatalf("gold %s: span [%d,%d) outside the text", id, start, end)
		}
		return string(rs[start:end])
	}

	judged := map[string][2]int{} // type → right, present
	for _, j := range gold.Judged {
		if !produced[j.Type+"|"+j.ID+"|"+artefactKey(nameAt(j.ID, j.Start, j.End))] {
			continue // no longer produced: neither right nor wrong
		}
		c := judged[j.Type]
		c[1]++
		if j.Right {
			c[0]++
		}
		judged[j.Type] = c
	}
	found := map[string][2]int{}
	for _, r := range gold.Recall {
		for _, n := range r.Names {
			c := found[n.Type]
			c[1]++
			if produced[n.Type+"|"+r.ID+"|"+artefactKey(nameAt(r.ID, n.Start, n.End))] {
				c[0]++
			} else {
				t.Logf("missed %s %s [%d,%d)", n.Type, r.ID, n.Start, n.End)
			}
			found[n.Type] = c
		}
	}
	ratio := func(c [2]int) float64 {
		if c[1] == 0 {
			return 0
		}
		return float64(c[0]) / float64(c[1])
	}
	for _, typ := range []string{"malware", "vulnerability"} {
		t.Logf("%s: precision %d/%d = %.3f on the judged sample; recall %d/%d = %.3f on %d articles read in full",
			typ, judged[typ][0], judged[typ][1], ratio(judged[typ]), found[typ][0], found[typ][1], ratio(found[typ]), len(gold.Recall))
	}
	for _, f := range []struct {
		typ       string
		precision bool
		floor     float64
	}{
		{"malware", true, artefactMalwarePrecisionFloor},
		{"malware", false, artefactMalwareRecallFloor},
		{"vulnerability", false, artefactCVERecallFloor},
	} {
		c, what := found[f.typ], "recall"
		if f.precision {
			c, what = judged[f.typ], "precision"
		}
		if ratio(c) < f.floor {
			t.Errorf("%s %s %.3f below the floor %.3f", f.typ, what, ratio(c), f.floor)
		}
	}
}

// The floors: what session 21 measured (malware precision 19/22 on the
// judged sample, recall 4/5; CVE recall 7/7), less one object each.
const (
	artefactMalwarePrecisionFloor = 0.81 // 18/22
	artefactMalwareRecallFloor    = 0.6  // 3/5
	artefactCVERecallFloor        = 0.85 // 6/7
)

func typeOf(id string) string {
	t, _, _ := strings.Cut(id, "--")
	return t
}

// casieTexts reads every article text of the CASIE corpus by id.
func casieTexts(t *testing.T, corpus string) map[string]string {
	t.Helper()
	raw, err := os.ReadFile(corpus)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, line := range strings.Split(string(raw), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var row struct{ ID, Text string }
		if err := json.Unmarshal([]byte(line), &row); err != nil {
			t.Fatal(err)
		}
		out[row.ID] = row.Text
	}
	return out
}

// TestCASIEArtefactsDump writes what the export names on CASIE to the
// file $ARTEFACT_DUMP (for reading; skipped without it).
func TestCASIEArtefactsDump(t *testing.T) {
	path := os.Getenv("ARTEFACT_DUMP")
	if path == "" {
		t.Skip("ARTEFACT_DUMP not set")
	}
	corpus := casieCorpus(t)
	stories := analyseCASIE(t, corpus)
	b, err := (&stix.Exporter{Now: fixedNow, Artefacts: true}).Export(context.Background(), stories)
	if err != nil {
		t.Fatal(err)
	}
	source := map[string]string{}
	for _, s := range stories {
		for _, a := range s.Articles {
			source[a.ID] = a.Source
		}
	}
	type row struct {
		Type, Name string
		Sources    []stix.Source
		Articles   []string
	}
	var rows []row
	for _, o := range b.Objects {
		switch o.Type {
		case "malware", "vulnerability", "indicator":
		default:
			continue
		}
		r := row{Type: o.Type, Name: o.Name, Sources: o.XSources}
		for _, s := range o.XSources {
			r.Articles = append(r.Articles, source[s.Article])
		}
		rows = append(rows, r)
	}
	data, err := json.MarshalIndent(map[string]any{"objects": rows, "bundle": b}, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
