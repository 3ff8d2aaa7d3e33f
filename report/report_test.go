package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"crosswire"
	"crosswire/schema"
)

// sampleReport is a small fictional story with one discrepancy.
func sampleReport() *crosswire.Report {
	textA := "Deputy Interior Minister Dana Keller resigned on Monday."
	textB := "Deputy Justice Minister Dana Keller stepped down on Monday."
	pub := time.Date(2024, 3, 14, 9, 0, 0, 0, time.UTC)
	orig := "a1"
	span := func(id, text, s string) crosswire.Span {
		i := strings.Index(text, s)
		return crosswire.Span{Article: id, Text: s, Start: i, End: i + len(s)}
	}
	return &crosswire.Report{
		Stories: []crosswire.Story{{
			ID: "s1", Title: "Deputy minister resigns",
			Articles: []crosswire.Article{
				{ID: "a1", Source: "wire.txt", Title: "Deputy minister resigns", Outlet: "Norpress", Published: &pub, Language: "en", Text: textA, Role: crosswire.RoleOriginal},
				{ID: "a2", Source: "rewrite.txt", Title: "Keller steps down", Outlet: "Daily Ledger", Language: "en", Text: textB, Role: crosswire.RoleRewrite, DerivedFrom: &orig, Evidence: "shares the names and the date",
					Removed: []crosswire.Removal{{Text: "/LEDGER", Reason: crosswire.ReasonAgencyTag}}},
			},
			Facts: []crosswire.StoryFact{
				{Kind: crosswire.KindPerson, Value: "Dana Keller", Status: crosswire.StatusCorroborated, Support: 2,
					Sources: []crosswire.Span{span("a1", textA, "Dana Keller"), span("a2", textB, "Dana Keller")}},
			},
			Discrepancies: []crosswire.Discrepancy{{
				Kind: crosswire.DiscRole, Severity: crosswire.SeverityHigh, Subject: "role of Dana Keller", Score: 3,
				Variants: []crosswire.Variant{
					{Value: "Deputy Interior Minister", Sources: []crosswire.Span{span("a1", textA, "Deputy Interior Minister")}},
					{Value: "Deputy Justice Minister", Sources: []crosswire.Span{span("a2", textB, "Deputy Justice Minister")}},
				},
			}},
		}},
		Skipped: []crosswire.Skip{{Source: "missing.txt", Reason: "no such file"}},
	}
}

// roundTrip writes r as JSON, checks it against the schema
// (schema.ValidateReport) and reads it back.
func roundTrip(t *testing.T, r *crosswire.Report) crosswire.Report {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, FormatJSON, r, Options{}); err != nil {
		t.Fatal(err)
	}
	if err := schema.ValidateReport(buf.Bytes()); err != nil {
		t.Fatalf("%v\n%s", err, buf.String())
	}
	var back crosswire.Report
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	return back
}

func TestJSONFollowsSchema(t *testing.T) {
	back := roundTrip(t, sampleReport())
	if got := back.Stories[0].Discrepancies[0].Variants[1].Value; got != "Deputy Justice Minister" {
		t.Errorf("round trip lost a variant: %q", got)
	}
	if back.Stories[0].Articles[0].DerivedFrom != nil || *back.Stories[0].Articles[1].DerivedFrom != "a1" {
		t.Errorf("derived_from not kept: %+v", back.Stories[0].Articles)
	}
}

func TestJSONEmptyArraysNotNull(t *testing.T) {
	var buf bytes.Buffer
	r := &crosswire.Report{Stories: []crosswire.Story{{ID: "s", Articles: []crosswire.Article{{ID: "a", Role: crosswire.RoleOriginal}}}}}
	if err := WriteJSON(&buf, r); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"skipped": []`, `"facts": []`, `"discrepancies": []`, `"entities": []`, `"removed": []`, `"published": null`, `"derived_from": null`} {
		if !strings.Contains(buf.String(), key) {
			t.Errorf("JSON lacks %s:\n%s", key, buf.String())
		}
	}
	if err := schema.ValidateReport(buf.Bytes()); err != nil {
		t.Error(err)
	}
}

func TestSchemaRejectsBrokenSpan(t *testing.T) {
	r := sampleReport()
	r.Stories[0].Discrepancies[0].Variants[0].Sources[0].Start++
	var buf bytes.Buffer
	if err := WriteJSON(&buf, r); err != nil {
		t.Fatal(err)
	}
	if err := schema.ValidateReport(buf.Bytes()); err == nil {
		t.Fatal("a span whose offsets do not match its text was accepted")
	}
}

func TestHumanFormats(t *testing.T) {
	tests := []struct {
		format string
		want   []string
	}{
		{FormatText, []string{"crosswire: 1 story from 2 articles", "[HIGH role] role of Dana Keller", "“Deputy Justice Minister” — rewrite.txt, paragraph 1: \"Deputy Justice Minister Dana Keller stepped down…\"", "from wire.txt — reworded", "removed: agency tag", "missing.txt: no such file", "repeated     person  Dana Keller — 1 source in 2 versions", "Facts: 0 corroborated by independent sources, 1 repeated by versions of one source"}},
		{FormatMarkdown, []string{"# crosswire: 1 story", "## Story 1: Deputy minister resigns", "### Discrepancies (1)", "`“Deputy Interior Minister”` — wire.txt, paragraph 1: \"Deputy Interior Minister Dana Keller resigned on…\""}},
	}
	for _, tc := range tests {
		t.Run(tc.format, func(t *testing.T) {
			var buf bytes.Buffer
			opt := Options{Explain: func(*crosswire.Story, crosswire.Discrepancy) string { return "EXPLAINED" }}
			if err := Write(&buf, tc.format, sampleReport(), opt); err != nil {
				t.Fatal(err)
			}
			for _, w := range append(tc.want, "EXPLAINED") {
				if !strings.Contains(buf.String(), w) {
					t.Errorf("output lacks %q:\n%s", w, buf.String())
				}
			}
		})
	}
}

func TestUnknownFormat(t *testing.T) {
	err := Write(&bytes.Buffer{}, "yaml", sampleReport(), Options{})
	if !errors.Is(err, ErrFormat) {
		t.Fatalf("want ErrFormat, got %v", err)
	}
}
