package web

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"crosswire"
	"crosswire/report"
)

func TestSegments(t *testing.T) {
	text := "Keller met Brenner in Vessburg."
	tests := []struct {
		name  string
		marks []mark
		want  []segment
	}{
		{"no marks", nil, []segment{{Text: text}}},
		{"one discrepancy", []mark{{Start: 0, End: 6, Disc: 2, Note: "n"}},
			[]segment{{Text: "Keller", Class: "disc c2", Discs: "2", Title: "n"}, {Text: " met Brenner in Vessburg."}}},
		{"nested: narrowest colour, both indexes", []mark{{Start: 0, End: 18, Disc: 0, Note: "a"}, {Start: 11, End: 18, Disc: 9, Note: "b"}},
			[]segment{{Text: "Keller met ", Class: "disc c0", Discs: "0", Title: "a"}, {Text: "Brenner", Class: "disc c1", Discs: "0 9", Title: "a\nb"}, {Text: " in Vessburg."}}},
		{"unique fact", []mark{{Start: 22, End: 30, Disc: -1, Note: "u"}},
			[]segment{{Text: "Keller met Brenner in "}, {Text: "Vessburg", Class: "uniq", Title: "u"}, {Text: "."}}},
		{"mark outside the sentence is clipped", []mark{{Start: 25, End: 40, Disc: 1, Note: "x"}},
			[]segment{{Text: "Keller met Brenner in Ves"}, {Text: "sburg.", Class: "disc c1", Discs: "1", Title: "x"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := segments(text, 0, len(text), tc.marks)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("segments =\n%+v\nwant\n%+v", got, tc.want)
			}
			var b strings.Builder
			for _, s := range got {
				b.WriteString(s.Text)
			}
			if b.String() != text {
				t.Errorf("segments lose text: %q", b.String())
			}
		})
	}
}

func TestLineageSurvivesCycles(t *testing.T) {
	id := func(s string) *string { return &s }
	vs := []versionView{
		{Label: "A", Article: crosswire.Article{ID: "a", Role: crosswire.RoleOriginal}},
		{Label: "B", Article: crosswire.Article{ID: "b", DerivedFrom: id("a")}},
		{Label: "C", Article: crosswire.Article{ID: "c", DerivedFrom: id("b")}},
		{Label: "D", Article: crosswire.Article{ID: "d", DerivedFrom: id("e")}},
		{Label: "E", Article: crosswire.Article{ID: "e", DerivedFrom: id("d")}},
		{Label: "F", Article: crosswire.Article{ID: "f", DerivedFrom: id("missing")}},
	}
	roots := lineage(vs)
	var labels []string
	for _, r := range roots {
		labels = append(labels, r.Version.Label)
	}
	if !reflect.DeepEqual(labels, []string{"A", "D", "E", "F"}) {
		t.Errorf("roots = %v", labels)
	}
	if len(roots[0].Children) != 1 || roots[0].Children[0].Version.Label != "B" || roots[0].Children[0].Children[0].Version.Label != "C" {
		t.Errorf("A → B → C not kept")
	}
}

func TestHelpers(t *testing.T) {
	t.Run("safeNext", func(t *testing.T) {
		for in, want := range map[string]string{
			"/add": "/add", "/stories?q=x": "/stories?q=x", "": "/stories", "https://evil.example/": "/stories",
			"//evil.example/": "/stories", `/\evil.example`: "/stories", "javascript:alert(1)": "/stories",
		} {
			if got := safeNext(in); got != want {
				t.Errorf("safeNext(%q) = %q, want %q", in, got, want)
			}
		}
	})
	t.Run("uploadName", func(t *testing.T) {
		for in, want := range map[string]string{
			"report.txt": "report.txt", "../../etc/passwd": "passwd", `C:\Users\a\b.html`: "b.html",
			"..": "", "a b<c>.txt": "a_b_c_.txt", ".hidden": "hidden",
		} {
			if got := uploadName(in); got != want {
				t.Errorf("uploadName(%q) = %q, want %q", in, got, want)
			}
		}
	})
	t.Run("httpURL", func(t *testing.T) {
		for in, want := range map[string]string{
			"https://a.example/x": "https://a.example/x", "javascript:alert(1)": "", "data:text/html,x": "", "//a.example": "", "ftp://a.example": "",
		} {
			if got := httpURL(in); got != want {
				t.Errorf("httpURL(%q) = %q, want %q", in, got, want)
			}
		}
	})
	t.Run("versionLabel", func(t *testing.T) {
		for in, want := range map[int]string{0: "A", 25: "Z", 26: "AA", 27: "AB", 52: "BA"} {
			if got := versionLabel(in); got != want {
				t.Errorf("versionLabel(%d) = %q, want %q", in, got, want)
			}
		}
	})
}

// TestDiscrepancyOrder checks that the story page lists discrepancies in
// the story's order (crosscheck's, by score: crosswire.SortDiscrepancies),
// the order of the CLI, the JSON report and the API, even where a
// lower severity scores higher.
func TestDiscrepancyOrder(t *testing.T) {
	text := "Keller said 40 people left Vessburg on Monday."
	sp := func(s string) []crosswire.Span {
		i := strings.Index(text, s)
		return []crosswire.Span{{Article: "a", Text: s, Start: i, End: i + len(s)}}
	}
	discs := []crosswire.Discrepancy{
		{Kind: crosswire.DiscQuote, Severity: crosswire.SeverityLow, Subject: "wording", Score: 3,
			Variants: []crosswire.Variant{{Value: "x", Sources: sp("Keller said")}, {Value: "y", Sources: sp("said")}}},
		{Kind: crosswire.DiscNumber, Severity: crosswire.SeverityHigh, Subject: "people", Score: 2,
			Variants: []crosswire.Variant{{Value: "40", Sources: sp("40 people")}, {Value: "400", Sources: sp("people")}}},
	}
	crosswire.SortDiscrepancies(discs)
	st := crosswire.Story{ID: "s", Articles: []crosswire.Article{{ID: "a", Text: text, Role: crosswire.RoleOriginal}}, Discrepancies: discs}
	v := buildStoryView(&st, nil)
	var got []string
	for _, d := range v.Discrepancies {
		got = append(got, d.Subject)
	}
	if want := []string{"wording", "people"}; !reflect.DeepEqual(got, want) {
		t.Errorf("discrepancies shown as %q, want the story's order %q", got, want)
	}
}

// TestChooseVersions checks which versions the story page lays side by
// side: by default the original and the versions stating another value
// than it; the reader's choice otherwise.
func TestChooseVersions(t *testing.T) {
	text := "Nine boats sank near Orlo on Monday."
	sp := func(id, s string) crosswire.Span {
		i := strings.Index(text, s)
		return crosswire.Span{Article: id, Text: s, Start: i, End: i + len(s)}
	}
	arts := []crosswire.Article{
		{ID: "a", Text: text, Role: crosswire.RoleOriginal},
		{ID: "b", Text: text, Role: crosswire.RoleCopy},
		{ID: "c", Text: text, Role: crosswire.RoleRewrite},
		{ID: "d", Text: text, Role: crosswire.RoleRewrite},
	}
	// a, b and d say nine; c says another number. d and b disagree on
	// the day, a states none.
	discs := []crosswire.Discrepancy{
		{Kind: crosswire.DiscNumber, Severity: crosswire.SeverityHigh, Subject: "boats", Variants: []crosswire.Variant{
			{Value: "9", Sources: []crosswire.Span{sp("a", "Nine boats"), sp("b", "Nine boats"), sp("d", "Nine boats")}},
			{Value: "7", Sources: []crosswire.Span{sp("c", "Nine boats")}}}},
	}
	dayDisc := crosswire.Discrepancy{Kind: crosswire.DiscDate, Severity: crosswire.SeverityMedium, Subject: "day", Variants: []crosswire.Variant{
		{Value: "Monday", Sources: []crosswire.Span{sp("b", "Monday")}},
		{Value: "Tuesday", Sources: []crosswire.Span{sp("d", "Monday")}}}}
	tests := []struct {
		name        string
		discs       []crosswire.Discrepancy
		show        []string
		want        []string
		def, all    bool
		hiddenFirst int // versions holding the first discrepancy not shown
	}{
		{"default: original and the one departing", discs, nil, []string{"A", "B"}, true, false, 2},
		{"original holds no variant: every holder shown", append(discs[:1:1], dayDisc), nil, []string{"A", "B", "C", "D"}, true, true, 0},
		{"no discrepancy: every version", nil, nil, []string{"A", "B", "C", "D"}, true, true, 0},
		{"reader's choice, any case, comma list", discs, []string{"c,d", "a"}, []string{"A", "C", "D"}, false, false, 1},
		{"all", discs, []string{"all"}, []string{"A", "B", "C", "D"}, false, true, 0},
		{"unknown labels: the default", discs, []string{"Q"}, []string{"A", "B"}, true, false, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// Publication order makes c the second version (label B).
			st := crosswire.Story{ID: "s", Articles: arts, Discrepancies: tc.discs}
			for i := range st.Articles {
				tm := time.Date(2025, 1, 1, 8+[]int{0, 2, 1, 3}[i], 0, 0, 0, time.UTC)
				st.Articles[i].Published = &tm
			}
			v := buildStoryView(&st, tc.show)
			if !reflect.DeepEqual(v.Shown, tc.want) || v.Default != tc.def || v.All != tc.all {
				t.Errorf("shown %v (default %v, all %v), want %v (%v, %v)", v.Shown, v.Default, v.All, tc.want, tc.def, tc.all)
			}
			for _, r := range v.Rows {
				if len(r.Cells) != len(tc.want) {
					t.Fatalf("a row has %d cells for %d shown versions", len(r.Cells), len(tc.want))
				}
			}
			if len(v.Discrepancies) > 0 && v.Discrepancies[0].Hidden != tc.hiddenFirst {
				t.Errorf("first discrepancy hidden in %d versions, want %d", v.Discrepancies[0].Hidden, tc.hiddenFirst)
			}
		})
	}
}

func TestFilterFacts(t *testing.T) {
	facts := []crosswire.StoryFact{
		{Kind: crosswire.KindNumber, Value: "9 boat", Status: crosswire.StatusCorroborated, Support: 3},
		{Kind: crosswire.KindNumber, Value: "7 boat", Status: crosswire.StatusConflicting, Support: 1},
		{Kind: crosswire.KindPlace, Value: "Orlo", Status: crosswire.StatusUnique, Support: 1},
		{Kind: crosswire.KindNumber, Value: "9 boat", Status: crosswire.StatusConflicting, Support: 2},
		// stated by a report and its rewrite only: shown repeated
		{Kind: crosswire.KindPlace, Value: "Orlo Bay", Status: crosswire.StatusCorroborated, Support: 2, IndependentSupport: 1},
	}
	tests := []struct {
		name, kind, status string
		want               []string
	}{
		{"all, conflicts first, best supported first", "", "", []string{"9 boat conflicting", "7 boat conflicting", "Orlo unique", "9 boat corroborated", "Orlo Bay repeated"}},
		{"kind", "place", "", []string{"Orlo unique", "Orlo Bay repeated"}},
		{"status", "", "conflicting", []string{"9 boat conflicting", "7 boat conflicting"}},
		{"both", "number", "corroborated", []string{"9 boat corroborated"}},
		{"corroborated is by independent sources", "", "corroborated", []string{"9 boat corroborated"}},
		{"repeated as the page shows it", "", "repeated", []string{"Orlo Bay repeated"}},
		{"none match", "quote", "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := crosswire.Story{ID: "s", Articles: []crosswire.Article{{ID: "a", Text: "x", Role: crosswire.RoleOriginal}}, Facts: facts}
			v := buildStoryView(&st, nil)
			v.filterFacts(tc.kind, tc.status)
			var got []string
			for _, f := range v.Facts {
				got = append(got, f.Value+" "+f.Shown)
			}
			if !slices.Contains(v.Statuses, report.StatusRepeated) {
				t.Errorf("the filter offers %v, not repeated", v.Statuses)
			}
			if !reflect.DeepEqual(got, tc.want) || v.FactsTotal != len(facts) {
				t.Errorf("facts %q of %d, want %q of %d", got, v.FactsTotal, tc.want, len(facts))
			}
		})
	}
}

func TestSortStories(t *testing.T) {
	// The store lists newest first: n1 is the newest.
	list := []crosswire.StorySummary{
		{ID: "n1", ArticleCount: 2, HighDiscrepancies: 0},
		{ID: "n2", ArticleCount: 5, HighDiscrepancies: 1},
		{ID: "n3", ArticleCount: 3, HighDiscrepancies: 4},
		{ID: "n4", ArticleCount: 5, HighDiscrepancies: 2},
	}
	tests := []struct {
		key  string
		want []string
	}{
		{"newest", []string{"n1", "n2", "n3", "n4"}},
		{"versions", []string{"n4", "n2", "n3", "n1"}},
		{"conflicts", []string{"n3", "n4", "n2", "n1"}},
	}
	for _, tc := range tests {
		t.Run(tc.key, func(t *testing.T) {
			l := slices.Clone(list)
			sortStories(l, tc.key)
			var got []string
			for _, s := range l {
				got = append(got, s.ID)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("sorted %v, want %v", got, tc.want)
			}
		})
	}
}

// TestFactLabels checks that the facts table words a fact as the text and
// Markdown reports do (report.KindLabel, report.ValueShown): reported
// speech is "said", a month of no known year is in words, an age names
// whose it is.
func TestFactLabels(t *testing.T) {
	tests := []struct {
		name        string
		fact        crosswire.StoryFact
		label, want string
	}{
		{"reported speech", crosswire.StoryFact{Kind: crosswire.KindQuote, Value: "the ferry will sail at noon", Reported: true}, "said", "the ferry will sail at noon"},
		{"quotation", crosswire.StoryFact{Kind: crosswire.KindQuote, Value: "we sail at noon"}, "quote", "we sail at noon"},
		{"month without a year", crosswire.StoryFact{Kind: crosswire.KindDate, Value: "--05"}, "date", "May, year not given"},
		{"age", crosswire.StoryFact{Kind: crosswire.KindNumber, Value: "34", About: "age of Ada Quist"}, "number", "34 (age of Ada Quist)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.fact.Status, tc.fact.Support = crosswire.StatusUnique, 1
			st := crosswire.Story{ID: "s", Articles: []crosswire.Article{{ID: "a", Text: "x", Role: crosswire.RoleOriginal}}, Facts: []crosswire.StoryFact{tc.fact}}
			v := buildStoryView(&st, nil)
			if len(v.Facts) != 1 {
				t.Fatalf("%d facts, want 1", len(v.Facts))
			}
			if got := v.Facts[0]; got.Label != tc.label || got.Value != tc.want {
				t.Errorf("listed as %s %q, want %s %q", got.Label, got.Value, tc.label, tc.want)
			}
		})
	}
}
