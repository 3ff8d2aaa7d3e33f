package group

import (
	"context"
	"testing"

	"crosswire"
)

// A wire story and the briefs papers make of it. A brief that keeps a
// clause or two of the take's wording shares too few names for the anchor
// rules and too few shingles for MinHash, but its narrative runs are in
// the take (runs.go); a brief written in its own words, one sharing only a
// stock phrase, and the same outlet's undated follow-up (which repeats its
// own background) do not join by them. Fictional text.
func TestBriefsJoinByRuns(t *testing.T) {
	take := "The Harbourside Players will stage a new production of their winter musical at the Corran Hall from next month, it was announced today. " +
		"The company said the run of forty performances would be its longest since it was founded in a disused boat shed by the river. " +
		"Director Ona Petrel said the cast had rehearsed through the summer and that tickets were selling faster than for any earlier show. " +
		"The musical follows a lighthouse keeper who discovers a stranded whale and persuades the town to help it back to sea. " +
		"Several former members of the company will return for the production, which opens with a gala evening for local charities. " +
		"The Corran Hall was refurbished last year after a long campaign by residents who feared it would be sold for flats."
	kept := "The Harbourside Players' winter musical will have the run of forty performances, its longest since it was founded in a disused boat shed."
	own := "A seaside theatre troupe is putting on a show about a whale this winter."
	stock := "A town council approved new parking rules, it was announced today after a long meeting on the matter."
	for _, tc := range []struct {
		name  string
		brief crosswire.Article
		same  bool
	}{
		{"a brief keeping the take's clauses", crosswire.Article{ID: "b", Text: kept, Outlet: "Evening Lamp"}, true},
		{"a brief in its own words", crosswire.Article{ID: "b", Text: own, Outlet: "Evening Lamp"}, false},
		{"another story sharing a stock phrase", crosswire.Article{ID: "b", Text: stock, Outlet: "Evening Lamp"}, false},
		{"the outlet's own undated follow-up", crosswire.Article{ID: "b", Text: kept, Outlet: "Coast Wire"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			arts := []crosswire.Article{{ID: "a", Text: take, Outlet: "Coast Wire"}, tc.brief}
			cl, err := New(Options{}).Partition(context.Background(), arts)
			if err != nil {
				t.Fatal(err)
			}
			if got := cl.StoryOf[0] == cl.StoryOf[1]; got != tc.same {
				t.Errorf("one story %v, want %v", got, tc.same)
			}
		})
	}
}

// TestNarrativeRuns: the runs a fingerprint keeps are seven words in a row
// within one sentence and outside quotation marks.
func TestNarrativeRuns(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		want int
	}{
		{"one sentence of nine words", "The lighthouse keeper found a whale on the beach.", 3},
		{"two sentences of four and five words", "The keeper found it. He called the harbour master.", 0},
		{"a quotation", `He said "the whale was stranded on the sand all night long" to us.`, 0},
		{"six words", "The keeper found a stranded whale.", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := NewFingerprint(&crosswire.Article{ID: "x", Text: tc.text})
			if got := len(f.runs); got != tc.want {
				t.Errorf("%d runs, want %d", got, tc.want)
			}
		})
	}
}
