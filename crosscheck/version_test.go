package crosscheck

import (
	"testing"

	"crosswire"
)

func TestVersions(t *testing.T) {
	p := func(s string) *string { return &s }
	tests := []struct {
		name string
		arts []crosswire.Article
		want map[string]string
	}{
		{"copy chains collapse onto the original",
			[]crosswire.Article{
				{ID: "a", Role: crosswire.RoleOriginal},
				{ID: "b", Role: crosswire.RoleCopy, DerivedFrom: p("a")},
				{ID: "c", Role: crosswire.RoleCopy, DerivedFrom: p("b")},
			},
			map[string]string{"a": "a", "b": "a", "c": "a"}},
		{"an excerpt counts with its source, a rewrite on its own",
			[]crosswire.Article{
				{ID: "a", Role: crosswire.RoleOriginal},
				{ID: "x", Role: crosswire.RoleExcerpt, DerivedFrom: p("a")},
				{ID: "r", Role: crosswire.RoleRewrite, DerivedFrom: p("a")},
				{ID: "t", Role: crosswire.RoleTranslation, DerivedFrom: p("a")},
			},
			map[string]string{"a": "a", "x": "a", "r": "r", "t": "t"}},
		// a cycle of copies is one version, onto its article first in
		// story order (before: each its own, two versions of one text)
		{"a source outside the story stops the walk, a cycle is one version",
			[]crosswire.Article{
				{ID: "e", Role: crosswire.RoleCopy, DerivedFrom: p("missing")},
				{ID: "f", Role: crosswire.RoleCopy, DerivedFrom: p("g")},
				{ID: "g", Role: crosswire.RoleCopy, DerivedFrom: p("f")},
			},
			map[string]string{"e": "e", "f": "f", "g": "f"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Versions(tc.arts)
			for id, w := range tc.want {
				if got[id] != w {
					t.Errorf("version of %s = %s, want %s", id, got[id], w)
				}
			}
		})
	}
}
