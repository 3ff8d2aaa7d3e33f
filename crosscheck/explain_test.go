package crosscheck

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"crosswire"
)

func TestExplain(t *testing.T) {
	st, facts := build(t,
		version{id: "a", text: "Rain fell all week. Officials said 5,000 people were evacuated from the valley.",
			facts: []factSpec{num("5,000 people", 5000, 0, "", "people")}},
		version{id: "b", role: crosswire.RoleTranslation, text: "Officials have said that 500 people were evacuated from the valley.",
			facts: []factSpec{num("500 people", 500, 0, "", "people")}},
	)
	check(t, st, facts)
	if len(st.Discrepancies) != 1 {
		t.Fatalf("got:%s", dump(st))
	}
	as := Explain(st, st.Discrepancies[0])
	if len(as) != 2 {
		t.Fatalf("got %d aligned sentences", len(as))
	}
	tests := []struct {
		name             string
		got              AlignedSentence
		sentence         string
		changed          []string
		reference        bool
		sentenceStartPos int
	}{
		{"reference", as[0], "Officials said 5,000 people were evacuated from the valley.", []string{"5,000"}, true, 20},
		{"translation", as[1], "Officials have said that 500 people were evacuated from the valley.", []string{"have", "that 500"}, false, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got.Sentence != tc.sentence || tc.got.Reference != tc.reference || tc.got.SentenceStart != tc.sentenceStartPos {
				t.Errorf("got %+v", tc.got)
			}
			var joined strings.Builder
			var changed []string
			for _, w := range tc.got.Words {
				joined.WriteString(w.Text)
				if w.Op == Changed {
					changed = append(changed, w.Text)
				}
			}
			if joined.String() != tc.sentence {
				t.Errorf("words join to %q", joined.String())
			}
			if fmt.Sprint(changed) != fmt.Sprint(tc.changed) {
				t.Errorf("changed = %q, want %q", changed, tc.changed)
			}
		})
	}
}

func ExampleExplainText() {
	pub := "a"
	story := &crosswire.Story{Articles: []crosswire.Article{
		{ID: "a", Outlet: "Capital Wire", Role: crosswire.RoleOriginal,
			Text: "The agency said 5,000 emails were stolen."},
		{ID: "b", Outlet: "Daily Echo", Role: crosswire.RoleTranslation, DerivedFrom: &pub,
			Text: "The agency has said 500 emails were stolen."},
	}}
	facts := map[string][]crosswire.Fact{
		"a": {{Kind: crosswire.KindNumber, Value: "5000 emails", Span: crosswire.Span{Article: "a", Text: "5,000 emails", Start: 16, End: 28},
			Number: &crosswire.Number{Low: 5000, High: 5000, Counted: "email"}}},
		"b": {{Kind: crosswire.KindNumber, Value: "500 emails", Span: crosswire.Span{Article: "b", Text: "500 emails", Start: 20, End: 30},
			Number: &crosswire.Number{Low: 500, High: 500, Counted: "email"}}},
	}
	if err := New().Check(context.Background(), story, facts); err != nil {
		fmt.Println(err)
		return
	}
	d := story.Discrepancies[0]
	fmt.Println(d.Kind, d.Severity, d.Subject)
	fmt.Print(ExplainText(story, d))
	// Output:
	// number high emails stolen
	//   ref [Capital Wire, original] The agency said [-5,000-] emails were stolen.
	//   vs  [Daily Echo, translation] The agency {+has+} said {+500+} emails were stolen.
}

// TestChangedRuns: changed words separated only by spaces and punctuation
// are one run; a same word between changes keeps them apart.
func TestChangedRuns(t *testing.T) {
	w := func(s string) DiffWord { return DiffWord{Text: s, Op: Same} }
	c := func(s string) DiffWord { return DiffWord{Text: s, Op: Changed} }
	for _, tc := range []struct {
		name string
		in   []DiffWord
		want []DiffWord
	}{
		{"phrase", []DiffWord{w("The ferry "), c("ran"), w(" "), c("aground"), w(" "), c("in"), w(" fog.")},
			[]DiffWord{w("The ferry "), c("ran aground in"), w(" fog.")}},
		{"across punctuation", []DiffWord{c("Varnholm"), w(", "), c("Tuesday"), w(".")},
			[]DiffWord{c("Varnholm, Tuesday"), w(".")}},
		{"same word keeps runs apart", []DiffWord{c("27"), w(" passengers "), c("hurt")},
			[]DiffWord{c("27"), w(" passengers "), c("hurt")}},
		{"trailing space stays same", []DiffWord{c("27"), w(" ")},
			[]DiffWord{c("27"), w(" ")}},
		{"empty", nil, []DiffWord{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ChangedRuns(tc.in)
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// TestExplainMarked: one mark per changed run, in the markers asked for.
func TestExplainMarked(t *testing.T) {
	pub := "a"
	story := &crosswire.Story{Articles: []crosswire.Article{
		{ID: "a", Outlet: "Norpress", Role: crosswire.RoleOriginal,
			Text: "The ferry Morrow Light ran aground in fog with 27 passengers aboard."},
		{ID: "b", Outlet: "Harbour Post", Role: crosswire.RoleRewrite, DerivedFrom: &pub,
			Text: "The ferry Morrow Light struck rocks off the cape with 31 passengers aboard."},
	}}
	span := func(id, s string) crosswire.Span {
		t := story.Articles[0].Text
		if id == "b" {
			t = story.Articles[1].Text
		}
		i := strings.Index(t, s)
		return crosswire.Span{Article: id, Text: s, Start: i, End: i + len(s)}
	}
	d := crosswire.Discrepancy{Kind: crosswire.DiscNumber, Subject: "number of passengers", Variants: []crosswire.Variant{
		{Value: "27", Sources: []crosswire.Span{span("a", "27")}},
		{Value: "31", Sources: []crosswire.Span{span("b", "31")}},
	}}
	for _, tc := range []struct {
		name string
		m    Markers
		want []string
	}{
		{"plain", PlainMarkers(), []string{"[-ran aground in fog-]", "{+struck rocks off the cape+}", "[-27-]", "{+31+}"}},
		{"ansi", ANSIMarkers(), []string{"\x1b[1;31mran aground in fog\x1b[0m", "\x1b[1;32mstruck rocks off the cape\x1b[0m", "\x1b[1;32m31\x1b[0m"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ExplainMarked(story, d, tc.m)
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("lacks %q:\n%s", w, got)
				}
			}
			if tc.name == "ansi" && strings.Contains(got, "[-") {
				t.Errorf("coloured output keeps bracket markers:\n%s", got)
			}
		})
	}
}
