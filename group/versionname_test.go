package group

import (
	"testing"

	"crosswire"
)

// TestVersionName: evidence names a version by outlet, else by its
// source's base name, stdin as "stdin" rather than "-".
func TestVersionName(t *testing.T) {
	for _, tc := range []struct {
		name string
		a    crosswire.Article
		want string
	}{
		{"outlet", crosswire.Article{Outlet: "Norpress", Source: "-"}, "the Norpress version"},
		{"file", crosswire.Article{Source: "desk/ferry-wire.txt"}, "ferry-wire.txt"},
		{"stdin", crosswire.Article{Source: "-"}, "stdin"},
		{"jsonl line from stdin", crosswire.Article{Source: "-#4"}, "stdin#4"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := versionName(tc.a); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
