package attribution

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"crosswire"
)

// FuzzExtract checks that no input panics and that every span is the text
// it claims to be.
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("X's 's ' '' . . APT41 was behind, the group run by Y's Z. The three men were sanctioned by")
	f.Add("“Blamed” on: ’s’s ’")
	f.Fuzz(func(t *testing.T, text string) {
		s := crosswire.Story{ID: "f", Articles: []crosswire.Article{{ID: "a", Text: text}, {ID: "b", Text: text, Role: crosswire.RoleCopy, DerivedFrom: ptr("a")}}}
		inc, err := New().Extract(context.Background(), &s)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range inc.Claims {
			for _, sp := range []crosswire.Span{c.Span, c.Trigger} {
				if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End || text[sp.Start:sp.End] != sp.Text {
					t.Fatalf("bad span %+v", sp)
				}
			}
		}
		for _, a := range inc.Attributions {
			if a.Support != 1 {
				t.Fatalf("a text and its copy give support %d", a.Support)
			}
		}
	})
}
