package crosscheck

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crosswire"
)

// TestRehabFacts checks the facts listed for two fictional stories of
// four independent reports each (testdata/rehab): the age every report
// gives is one corroborated fact about its person; a capitalised
// occupation opening a sentence is no part of a name; no quotation is
// the place where something was said ("in a statement"); a place takes
// no role from the clause after it; a film's title is no place.
func TestRehabFacts(t *testing.T) {
	for _, tc := range []struct {
		story    string
		age, who string
	}{
		{"a", "29", "age of Marla Quennet"},
		{"b", "41", "age of Tobin Varga"},
	} {
		t.Run(tc.story, func(t *testing.T) {
			paths, _ := filepath.Glob(filepath.Join("testdata", "rehab", tc.story+"*.txt"))
			var texts []string
			for _, p := range paths {
				b, err := os.ReadFile(p)
				if err != nil {
					t.Fatal(err)
				}
				texts = append(texts, string(b))
			}
			if len(texts) != 4 {
				t.Fatalf("%d reports, want 4", len(texts))
			}
			st := checkTexts(t, texts...)
			age := false
			for _, f := range st.Facts {
				switch {
				case f.Kind == crosswire.KindNumber && f.About == tc.who && f.Value == tc.age:
					age = f.Status == crosswire.StatusCorroborated && f.Support >= 3
				case f.Kind == crosswire.KindQuote && (strings.HasPrefix(f.Value, "in ") || f.Value == "in a statement"):
					t.Errorf("quotation %q", f.Value)
				}
			}
			if !age {
				t.Errorf("no corroborated %s = %s in three reports or more; %s", tc.who, tc.age, dump(st))
			}
			for _, e := range st.Entities {
				first, _, _ := strings.Cut(e.Name, " ")
				switch {
				case e.Kind == crosswire.KindPerson && (first == "Actor" || first == "Agent" || first == "Singer"):
					t.Errorf("person %q keeps the occupation", e.Name)
				case e.Kind == crosswire.KindPlace && len(e.Roles) > 0:
					t.Errorf("place %q with roles %q", e.Name, e.Roles)
				case e.Kind == crosswire.KindPlace && e.Name == "Night Lantern":
					t.Errorf("film title typed place")
				}
			}
		})
	}
}
