package crosscheck

import (
	"testing"

	"crosswire"
)

// TestEntityKindVote checks that one name gets one kind in a story: the
// kind the most versions give it; a tie between a person and a body goes
// to the body unless a version gives the person a sign of one (a role),
// any other tie leaving each version's.
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
			name: "a team typed a person by one version for want of a sign, a body by the other",
			vs: []version{
				{id: "a", text: "Ostmark Kestrels said they would appeal against the red card.", facts: []factSpec{person("Ostmark Kestrels", "Ostmark Kestrels", "")}},
				{id: "b", role: crosswire.RoleRewrite, text: "Ostmark Kestrels manager Tomas Brandt said the club would appeal against the red card.", facts: []factSpec{org("Ostmark Kestrels", "Ostmark Kestrels")}},
			},
			want: map[string]crosswire.FactKind{"Ostmark Kestrels": crosswire.KindOrg}, n: 1,
		},
		{
			name: "a person with a role against a body: the person",
			vs: []version{
				{id: "a", text: "Coach Ivo Lund said the team would appeal.", facts: []factSpec{person("Ivo Lund", "Ivo Lund", "Coach")}},
				{id: "b", role: crosswire.RoleRewrite, text: "Ivo Lund staff said the team would appeal.", facts: []factSpec{org("Ivo Lund", "Ivo Lund")}},
			},
			want: map[string]crosswire.FactKind{"Ivo Lund": crosswire.KindPerson}, n: 1,
		},
		{
			name: "a person with an honorific against a body: the person",
			vs: []version{
				{id: "a", text: "It is a day to fear, said Mr Ivo Lund, a shop owner.", facts: []factSpec{person("Ivo Lund", "Ivo Lund", "")}},
				{id: "b", role: crosswire.RoleRewrite, text: "It is a day to fear, said Ivo Lund, a shop owner.", facts: []factSpec{org("Ivo Lund", "Ivo Lund")}},
			},
			want: map[string]crosswire.FactKind{"Ivo Lund": crosswire.KindPerson}, n: 1,
		},
		{
			name: "a firm named short by the version typing it a person: the firm",
			vs: []version{
				{id: "a", text: "The pump was made by Orvik Lund. Lund said it would recall the pumps.", facts: []factSpec{person("Orvik Lund", "Orvik Lund", "")}},
				{id: "b", role: crosswire.RoleRewrite, text: "The pump was made by parts maker Orvik Lund.", facts: []factSpec{org("Orvik Lund", "Orvik Lund")}},
			},
			want: map[string]crosswire.FactKind{"Orvik Lund": crosswire.KindOrg}, n: 1,
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
