package corpustest

import (
	"context"
	"path/filepath"
	"testing"

	"crosswire"
	"crosswire/stix"
)

// export --all takes only the stories that attribute something: a ferry
// "operated by" its company is no threat actor, and its story is not
// exported beside a cyber-attribution story. The reports are our own
// fictional writing.
func TestExportAllOnlyAttributionStories(t *testing.T) {
	docs := []crosswire.Document{
		{Source: "ferry.txt", Title: "Ferry runs aground off Kessel", Body: "MV Aurora Bay, which is operated by Westline Ferries, ran aground off Kessel on Tuesday evening and hit rocks.\n\n" +
			"All 212 passengers were brought ashore by lifeboat crews, a spokesman for Westline Ferries said. The harbour master said the tide was unusually low."},
		{Source: "cyber.txt", Title: "Agency blames Cobalt Lynx for port hack", Body: "The National Cyber Centre of Norland on Monday blamed a hacking group known as Cobalt Lynx for the breach of the Vessburg Port Authority.\n\n" +
			"The centre said the group is run by Estmark's Foreign Intelligence Directorate. Estmark rejected the accusations as baseless."},
	}
	ctx := context.Background()
	stories := analysed(t, docs, 2)
	b, err := (&stix.Exporter{Now: fixedNow}).Export(ctx, stories)
	if err != nil {
		t.Fatal(err)
	}
	reports := 0
	for _, o := range b.Objects {
		switch o.Type {
		case "report":
			reports++
		case "intrusion-set", "threat-actor":
			switch o.Name {
			case "MV Aurora Bay", "Westline Ferries", "Kessel":
				t.Errorf("%s %q from the ferry story", o.Type, o.Name)
			}
		}
	}
	if reports != 1 {
		t.Errorf("%d reports, want 1 (the attribution story only)", reports)
	}
	validateBundle(t, b)
}

// validateBundle checks every object of b against the STIX 2.1 schemas
// (skipped when ../shared/data/stix2.1 is absent).
func validateBundle(t *testing.T, b *stix.Bundle) {
	t.Helper()
	v, err := stix.NewValidator(filepath.Join(repoRoot, "..", "shared", "data", "stix2.1", "schemas"))
	if err != nil {
		t.Skipf("STIX 2.1 schemas not loaded: %v", err)
	}
	data, err := stix.Encode(b)
	if err != nil {
		t.Fatal(err)
	}
	if err := v.Validate(data); err != nil {
		t.Error(err)
	}
}
