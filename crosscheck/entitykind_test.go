package crosscheck

import (
	"testing"

	"crosswire"
)

// TestEntityKindVote checks that one name gets one kind in a story: the
// kind the most versions give it, a tie leaving each version's.
func TestEntityKindVote(t *testing.T) {
	tests := []struct {
		name string
		vs   []version
		want map[string]crosswire.FactKind // entity name → kind; absent names must not exist
		n    int                           // entities
	}{
		{
			name: "a ferry company typed a person by one version",
			vs: []version{
				{id: "a", text: "Orvik Ferries said the ship ran aground.", facts: []factSpec{org("Orvik Ferries", "Orvik Ferries")}},
				{id: "b", role: crosswire.RoleRewrite, text: "Orvik Ferries confirmed the ship ran aground.", facts: []factSpec{org("Orvik Ferries", "Orvik Ferries")}},
				{id: "c", role: crosswire.RoleRewrite, text: "Orvik Ferries told reporters the ship ran aground.", facts: []factSpec{person("Orvik Ferries", "Orvik Ferries", "")}},
			},
			want: map[string]crosswire.FactKind{"Orvik Ferries": crosswire.KindOrg}, n: 1,
		},
		{
			name: "a town typed an organisation by one version",
			vs: []version{
				{id: "a", text: "The ferry docked at Lindhaven on Monday.", facts: []factSpec{place("Lindhaven", "Lindhaven")}},
				{id: "b", role: crosswire.RoleRewrite, text: "The ferry reached Lindhaven on Monday.", facts: []factSpec{place("Lindhaven", "Lindhaven")}},
				{id: "c", role: crosswire.RoleRewrite, text: "Lindhaven welcomed the ferry on Monday.", facts: []factSpec{org("Lindhaven", "Lindhaven")}},
			},
			want: map[string]crosswire.FactKind{"Lindhaven": crosswire.KindPlace}, n: 1,
		},
		{
			name: "a tie keeps both",
			vs: []version{
				{id: "a", text: "Jordan said the talks had failed.", facts: []factSpec{person("Jordan", "Jordan", "")}},
				{id: "b", role: crosswire.RoleRewrite, text: "In Jordan the talks had failed.", facts: []factSpec{place("Jordan", "Jordan")}},
			},
			n: 2,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st, fs := build(t, tc.vs...)
			check(t, st, fs)
			if len(st.Entities) != tc.n {
				t.Fatalf("%d entities, want %d: %+v", len(st.Entities), tc.n, st.Entities)
			}
			for _, e := range st.Entities {
				if k, ok := tc.want[e.Name]; ok && e.Kind != k {
					t.Errorf("%s is a %s, want %s", e.Name, e.Kind, k)
				}
			}
			for _, f := range st.Facts {
				if k, ok := tc.want[f.Value]; ok && f.Kind != k {
					t.Errorf("fact %s is a %s, want %s", f.Value, f.Kind, k)
				}
			}
		})
	}
}
