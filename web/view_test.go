package web

import (
	"reflect"
	"strings"
	"testing"

	"crosswire"
)

func TestAlignVersions(t *testing.T) {
	original := "Inspectors found cracks in 14 pillars of the Oremund pier. The harbour master closed the pier on Friday. Repairs will cost 6 million crowns."
	tests := []struct {
		name  string
		other string
		lang  string
		// want: for each row, the sentence indexes of the other version.
		want [][]int
	}{
		{"copy", original, "en", [][]int{{0}, {1}, {2}}},
		{"reordered rewrite", "Repairs are expected to cost 6 million crowns. Cracks in 41 pillars of the Oremund pier were found by inspectors. On Friday the harbour master shut the pier.",
			"en", [][]int{{1}, {2}, {0}}},
		{"excerpt", "Inspectors found cracks in 14 pillars of the Oremund pier.", "en", [][]int{{0}, nil, nil}},
		{"added sentence gets its own row", "Inspectors found cracks in 14 pillars of the Oremund pier. A local choir sang at the ceremony. The harbour master closed the pier on Friday. Repairs will cost 6 million crowns.",
			"en", [][]int{{0}, {1}, {2}, {3}}},
		{"other language by position", "Tarkastajat löysivät halkeamia. Satamakapteeni sulki laiturin. Korjaukset maksavat paljon.", "fi", [][]int{{0}, {1}, {2}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			texts := []string{original, tc.other}
			sents := [][]sentence{splitSentences(original), splitSentences(tc.other)}
			rows := alignVersions(0, texts, sents, []string{"en", tc.lang})
			var got [][]int
			for _, r := range rows {
				got = append(got, r.Cells[1])
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("rows of the other version = %v, want %v", got, tc.want)
			}
			// Every sentence of both versions is shown exactly once.
			for v := range texts {
				seen := map[int]int{}
				for _, r := range rows {
					for _, j := range r.Cells[v] {
						seen[j]++
					}
				}
				for j := range sents[v] {
					if seen[j] != 1 {
						t.Errorf("version %d sentence %d shown %d times", v, j, seen[j])
					}
				}
			}
		})
	}
}

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

func TestValidSpan(t *testing.T) {
	text := "Zoë met Brenner."
	tests := []struct {
		name string
		sp   crosswire.Span
		want bool
	}{
		{"exact", crosswire.Span{Text: "Zoë", Start: 0, End: 4}, true},
		{"text differs", crosswire.Span{Text: "Zoe", Start: 0, End: 4}, false},
		{"inside a character", crosswire.Span{Text: "Zo\xc3", Start: 0, End: 3}, false},
		{"past the end", crosswire.Span{Text: "x", Start: 16, End: 40}, false},
		{"negative", crosswire.Span{Text: "", Start: -1, End: 2}, false},
		{"empty", crosswire.Span{Text: "", Start: 2, End: 2}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := validSpan(text, tc.sp); got != tc.want {
				t.Errorf("validSpan(%+v) = %v, want %v", tc.sp, got, tc.want)
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
