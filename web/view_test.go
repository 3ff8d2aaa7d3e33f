package web

import (
	"reflect"
	"strings"
	"testing"

	"crosswire"
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
