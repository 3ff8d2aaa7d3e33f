package facts

import (
	"testing"

	"crosswire"
)

// TestSlashTitle checks that a double title joined by a slash before a
// name is read whole, and that a title whose field is two words joined by
// "and" keeps both (fictional text): the role is the whole of "deputy
// director/chief safety and quality officer", not its last two words.
func TestSlashTitle(t *testing.T) {
	text := "Mill halts line\n\nThe Ostrick mill stopped its main line on Monday after a valve failed, " +
		"deputy director/chief safety and quality officer Lena Morrow said. Repairs will take a week."
	fs := extractText(t, text, nil)
	for _, f := range fs {
		if f.Kind == crosswire.KindPerson && f.Entity != nil && f.Entity.Name == "Lena Morrow" {
			if want := "deputy director/chief safety and quality officer"; f.Entity.Role != want {
				t.Errorf("Lena Morrow: role %q, want %q", f.Entity.Role, want)
			}
			return
		}
	}
	t.Fatalf("no person Lena Morrow in %v", fs)
}

// TestAndBeforeTitle checks that a noun of the sentence joined by "and" to
// a title before a name is not read into the role (fictional text).
func TestAndBeforeTitle(t *testing.T) {
	text := "Strike ends\n\nThe board met workers and union leader Arne Falk on Tuesday. The strike ended."
	fs := extractText(t, text, nil)
	for _, f := range fs {
		if f.Kind == crosswire.KindPerson && f.Entity != nil && f.Entity.Name == "Arne Falk" {
			if f.Entity.Role != "union leader" {
				t.Errorf("Arne Falk: role %q, want %q", f.Entity.Role, "union leader")
			}
			return
		}
	}
	t.Fatalf("no person Arne Falk in %v", fs)
}
