package corpustest

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"crosswire"
	"crosswire/attribution"
	"crosswire/pipeline"
	"crosswire/stix"
)

// The BBC set (2,225 articles, no cyber attribution) is a hard negative:
// `export stix --all` over it should hold next to nothing. The ceilings are
// what was read by hand (README: a company as an intrusion set, a state as
// a threat actor).
func TestBBCHardNegatives(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode: the BBC set runs the pipeline on 2,225 articles")
	}
	corpus := filepath.Join(repoRoot, "..", "shared", "data", "bbc-news-2225.jsonl")
	f, err := os.Open(corpus)
	if err != nil {
		t.Skip("../shared/data/bbc-news-2225.jsonl absent")
	}
	defer f.Close()
	var docs []crosswire.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var row struct{ ID, Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, crosswire.Document{Source: row.ID, Body: row.Text, Title: row.Title})
	}
	ctx := context.Background()
	p := pipeline.New(nil)
	arts, _ := p.Clean(ctx, docs)
	stories, err := p.Analyze(ctx, arts)
	if err != nil {
		t.Fatal(err)
	}
	b, err := (&stix.Exporter{Now: fixedNow}).Export(ctx, stories)
	if errors.Is(err, stix.ErrNoClaims) {
		b = &stix.Bundle{} // nothing exported: the best outcome
	} else if err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	for _, o := range b.Objects {
		count[o.Type]++
		if o.Type == "intrusion-set" || o.Type == "threat-actor" {
			t.Logf("%s %q", o.Type, o.Name)
		}
	}
	t.Logf("BBC: %d reports, %d intrusion sets, %d threat actors, %d relationships", count["report"], count["intrusion-set"], count["threat-actor"], count["relationship"])
	if count["intrusion-set"] > bbcIntrusionSetCeiling || count["threat-actor"] > bbcThreatActorCeiling {
		t.Errorf("%d intrusion sets (ceiling %d), %d threat actors (ceiling %d)", count["intrusion-set"], bbcIntrusionSetCeiling, count["threat-actor"], bbcThreatActorCeiling)
	}
	// one story at a time (`export stix STORY`, which always exports): a
	// campaign only where the story reports a cyber incident
	ex := attribution.New()
	var campaigns []string
	for i := range stories {
		inc, err := ex.Extract(ctx, &stories[i])
		if err != nil {
			t.Fatal(err)
		}
		for _, o := range (&stix.Exporter{Now: fixedNow}).ExportIncident(&stories[i], inc).Objects {
			if o.Type == "campaign" {
				campaigns = append(campaigns, o.Name)
			}
		}
	}
	t.Logf("BBC: %d of %d stories exported alone hold a campaign: %q", len(campaigns), len(stories), campaigns)
	if len(campaigns) > bbcCampaignCeiling {
		t.Errorf("%d campaigns (ceiling %d)", len(campaigns), bbcCampaignCeiling)
	}
}

// The ceilings allow for one error of the rules each: the set holds no
// cyber-attribution story (read by hand). Until session 15 a story
// exported alone held a campaign wherever someone was blamed or hit (65
// stories).
const (
	bbcIntrusionSetCeiling = 1
	bbcThreatActorCeiling  = 1
	bbcCampaignCeiling     = 1
)
