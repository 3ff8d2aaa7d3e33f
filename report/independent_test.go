package report

import (
	"bytes"
	"testing"

	"crosswire"
)

// olderStory is a fictional story as a report written before
// independent_support stores it: a wire story, a rewrite of it and a
// report written independently, with facts and entities that carry
// support only.
func olderStory() crosswire.Story {
	p := func(s string) *string { return &s }
	texts := map[string]string{
		"wire":    "The Orrin Star ran aground off Kestrel Point with 212 people on board.",
		"rewrite": "With 212 people on board, the Orrin Star struck a sandbank off Kestrel Point.",
		"indep":   "Lifeboats met the Orrin Star off Kestrel Point.",
	}
	at := func(id, word string) crosswire.Span {
		i := bytes.Index([]byte(texts[id]), []byte(word))
		return crosswire.Span{Article: id, Text: word, Start: i, End: i + len(word)}
	}
	return crosswire.Story{ID: "s-ferry", Title: "Ferry aground",
		Articles: []crosswire.Article{
			{ID: "wire", Text: texts["wire"], Role: crosswire.RoleOriginal},
			{ID: "rewrite", Text: texts["rewrite"], Role: crosswire.RoleRewrite, DerivedFrom: p("wire")},
			{ID: "indep", Text: texts["indep"], Role: crosswire.RoleIndependent},
		},
		Facts: []crosswire.StoryFact{
			{Kind: crosswire.KindNumber, Value: "212 people", Status: crosswire.StatusCorroborated, Support: 2,
				Sources: []crosswire.Span{at("wire", "212 people"), at("rewrite", "212 people")}},
			{Kind: crosswire.KindPlace, Value: "Kestrel Point", Status: crosswire.StatusCorroborated, Support: 3,
				Sources: []crosswire.Span{at("wire", "Kestrel Point"), at("rewrite", "Kestrel Point"), at("indep", "Kestrel Point")}},
			// a report that already gives the field keeps it
			{Kind: crosswire.KindPlace, Value: "Orrin Star", Status: crosswire.StatusCorroborated, Support: 3, IndependentSupport: 2,
				Sources: []crosswire.Span{at("wire", "Orrin Star"), at("rewrite", "Orrin Star"), at("indep", "Orrin Star")}},
		},
		Entities: []crosswire.StoryEntity{
			{ID: "e1", Kind: crosswire.KindPlace, Name: "Kestrel Point", Forms: []string{"Kestrel Point"}, Support: 3,
				Mentions: []crosswire.Span{at("wire", "Kestrel Point"), at("rewrite", "Kestrel Point"), at("indep", "Kestrel Point")}},
			{ID: "e2", Kind: crosswire.KindPlace, Name: "Orrin Star", Forms: []string{"Orrin Star"}, Support: 2,
				Mentions: []crosswire.Span{at("wire", "Orrin Star"), at("rewrite", "Orrin Star")}},
		},
	}
}

// TestOlderReportIndependentSupport: the JSON of a story stored before
// independent_support (show --format json, the API) gives it, counted
// from the lineages of the spans' articles as text, Markdown and the web
// UI count it, and follows the schema; a value already given is kept.
func TestOlderReportIndependentSupport(t *testing.T) {
	back := roundTrip(t, &crosswire.Report{Stories: []crosswire.Story{olderStory()}})
	st := back.Stories[0]
	for _, tc := range []struct {
		name      string
		got, want int
	}{
		{"fact stated by the wire and its rewrite", st.Facts[0].IndependentSupport, 1},
		{"fact stated by the wire, its rewrite and an independent report", st.Facts[1].IndependentSupport, 2},
		{"fact whose report gives the field", st.Facts[2].IndependentSupport, 2},
		{"entity named by all three", st.Entities[0].IndependentSupport, 2},
		{"entity named by the wire and its rewrite", st.Entities[1].IndependentSupport, 1},
	} {
		if tc.got != tc.want {
			t.Errorf("%s: independent_support %d, want %d", tc.name, tc.got, tc.want)
		}
	}
	// the text says the same of the older story
	var buf bytes.Buffer
	if err := Write(&buf, FormatText, &crosswire.Report{Stories: []crosswire.Story{olderStory()}}, Options{}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"repeated     number  212 people — 1 source in 2 versions", "corroborated place   Kestrel Point — 2 independent sources in 3 versions"} {
		if !bytes.Contains(buf.Bytes(), []byte(want)) {
			t.Errorf("text lacks %q:\n%s", want, buf.String())
		}
	}
}
