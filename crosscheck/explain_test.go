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
	// number high number of emails stolen
	//   ref [Capital Wire, original] The agency said [-5,000-] emails were stolen.
	//   vs  [Daily Echo, translation] The agency {+has+} said {+500+} emails were stolen.
}
