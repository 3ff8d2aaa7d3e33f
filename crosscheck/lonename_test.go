package crosscheck

import (
	"testing"

	"crosswire"
)

// TestLoneNameAmbiguous checks a one-word name that is the given name of
// one person of the story and the surname of another: it joins the person
// stated more firmly (a role, then more versions), else stays alone; it
// never moves to the weaker candidate.
func TestLoneNameAmbiguous(t *testing.T) {
	titled := version{id: "a", text: "The comedian Tam Oswin was honoured at the Rook Theatre.",
		facts: []factSpec{person("Tam Oswin", "Tam Oswin", "comedian")}}
	plain := version{id: "a", text: "Tam Oswin was honoured at the Rook Theatre.",
		facts: []factSpec{person("Tam Oswin", "Tam Oswin", "")}}
	surname := version{id: "b", role: crosswire.RoleRewrite, text: "Dee Tam unveiled a plaque at the Rook Theatre.",
		facts: []factSpec{person("Dee Tam", "Dee Tam", "")}}
	titledSurname := version{id: "b", role: crosswire.RoleRewrite, text: "Inspector Dee Tam unveiled a plaque at the Rook Theatre.",
		facts: []factSpec{person("Dee Tam", "Dee Tam", "Inspector")}}
	lone := version{id: "c", role: crosswire.RoleRewrite, text: "Tam was honoured at the Rook Theatre.",
		facts: []factSpec{person("Tam", "Tam", "")}}
	tests := []struct {
		name string
		vs   []version
		want string // the entity holding version c's "Tam"
	}{
		{"given name of a titled person, surname of a plain one", []version{titled, surname, lone}, "Tam Oswin"},
		{"surname of a titled person, given name of a plain one", []version{plain, titledSurname, lone}, "Dee Tam"},
		{"neither firmer: left alone", []version{plain, surname, lone}, "Tam"},
		{"no given-name rival: the surname rule", []version{surname, lone}, "Dee Tam"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st, fs := build(t, tc.vs...)
			check(t, st, fs)
			got := ""
			for _, e := range st.Entities {
				for _, m := range e.Mentions {
					if m.Article == "c" {
						got = e.Name
					}
				}
			}
			if got != tc.want {
				t.Errorf("lone Tam is in %q, want %q: %+v", got, tc.want, st.Entities)
			}
		})
	}
}
