package report

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"crosswire"
	"crosswire/schema"
)

// withEntities is sampleReport with its story's entities: the minister
// under three forms, a ministry under one.
func withEntities() *crosswire.Report {
	r := sampleReport()
	st := &r.Stories[0]
	keller := st.Facts[0].Sources
	st.Facts[0].Entity = "e1"
	st.Entities = []crosswire.StoryEntity{
		{ID: "e1", Kind: crosswire.KindPerson, Name: "Dana Keller", Forms: []string{"Dana Keller", "Dana Kellner", "Keller"},
			Roles: []string{"Deputy Interior Minister"}, Support: 2, Mentions: keller, Misspelt: true},
		{ID: "e2", Kind: crosswire.KindOrg, Name: "Interior Ministry", Forms: []string{"Interior Ministry"}, Support: 1},
	}
	st.Discrepancies[0].Entity = "e1"
	return r
}

func TestEntitiesSection(t *testing.T) {
	tests := []struct {
		name    string
		format  string
		report  func() *crosswire.Report
		opt     Options
		want    []string
		notWant []string
	}{
		{
			name: "text", format: FormatText, report: withEntities,
			want: []string{
				"Entities (2)",
				// the rewrite of the wire names her too: one source in two versions
				"person  Dana Keller (also: Dana Kellner, Keller) — Deputy Interior Minister — 1 source in 2 versions — name spelt differently",
				"org     Interior Ministry — 1 source\n",
			},
			notWant: []string{"Interior Ministry (also:"},
		},
		{
			name: "markdown", format: FormatMarkdown, report: withEntities,
			want: []string{"### Entities (2)", "- person  Dana Keller (also: Dana Kellner, Keller) —"},
		},
		{
			name: "no entities, no section", format: FormatText, report: sampleReport,
			notWant: []string{"Entities"},
		},
		{
			name: "most widely reported first, capped", format: FormatText, report: manyEntities, opt: Options{MaxEntities: 3},
			want:    []string{"Entities (14)", "Person 13 — 14 independent sources", "Person 11 — 12 independent sources", "… 11 more"},
			notWant: []string{"Person 10 —", "Person 0 —"},
		},
		{
			name: "default cap", format: FormatText, report: manyEntities,
			want:    []string{"Person 4 — 5 independent sources", "… 4 more"},
			notWant: []string{"Person 3 —"},
		},
		{
			name: "titles capped", format: FormatText, report: func() *crosswire.Report {
				r := withEntities()
				r.Stories[0].Entities[0].Roles = []string{"Deputy Interior Minister", "deputy minister", "minister", "MP"}
				return r
			},
			want:    []string{"— Deputy Interior Minister / deputy minister / minister —"},
			notWant: []string{"/ MP"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, tc.format, tc.report(), tc.opt); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			outputHas(t, out, tc.want, tc.notWant)
		})
	}
}

// manyEntities is sampleReport with 14 one-form persons, "Person i"
// stated by i+1 versions.
func manyEntities() *crosswire.Report {
	r := sampleReport()
	for i := range 14 {
		r.Stories[0].Entities = append(r.Stories[0].Entities, crosswire.StoryEntity{
			ID: fmt.Sprintf("e%d", i+1), Kind: crosswire.KindPerson, Name: fmt.Sprintf("Person %d", i),
			Forms: []string{fmt.Sprintf("Person %d", i)}, Support: i + 1,
		})
	}
	return r
}

// TestJSONEntities checks that entities reach the JSON report, that their
// nil slices come out as [], and that the result follows the schema with
// its entity references.
func TestJSONEntities(t *testing.T) {
	r := withEntities()
	var buf bytes.Buffer
	if err := WriteJSON(&buf, r); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, w := range []string{`"entities": [`, `"entity": "e1"`, `"forms": [`, `"misspelt": true`, `"mentions": []`} {
		if !strings.Contains(out, w) {
			t.Errorf("JSON lacks %s:\n%s", w, out)
		}
	}
	if err := schema.ValidateReport(buf.Bytes()); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	r = withEntities()
	r.Stories[0].Facts[0].Entity = "e9"
	buf.Reset()
	if err := WriteJSON(&buf, r); err != nil {
		t.Fatal(err)
	}
	if err := schema.ValidateReport(buf.Bytes()); err == nil {
		t.Error("a fact pointing at a missing entity was accepted")
	}
}
