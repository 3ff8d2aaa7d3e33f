package crosscheck

import (
	"testing"

	"crosswire"
)

// TestEntityLinks checks that Check fills Story.Entities and that facts
// and discrepancies point at the right entity: a misspelt name and a
// changed title concern one person, a quote its speaker, and two people
// given one office are two entities, one per variant.
func TestEntityLinks(t *testing.T) {
	tests := []struct {
		name     string
		vs       []version
		entities int
		// disc is the kind of the one discrepancy expected ("" for none);
		// discEntity the canonical name of the entity it concerns, and
		// variantEntities those its variants name, in order.
		disc            crosswire.DiscrepancyKind
		discEntity      string
		variantEntities []string
		// forms are canonical name → forms that must all be forms of it.
		forms map[string][]string
	}{
		{
			name: "misspelt name",
			vs: []version{
				{id: "a", text: "Deputy Interior Minister Dana Keller resigned on Monday. Keller denied any wrongdoing.",
					facts: []factSpec{person("Dana Keller", "Dana Keller", "Deputy Interior Minister"), person("Keller", "Keller", "")}},
				{id: "b", role: crosswire.RoleRewrite, text: "Deputy Interior Minister Dana Kellner resigned on Monday.",
					facts: []factSpec{person("Dana Kellner", "Dana Kellner", "Deputy Interior Minister")}},
			},
			entities: 1, disc: crosswire.DiscName, discEntity: "Dana Keller",
			forms: map[string][]string{"Dana Keller": {"Dana Keller", "Keller", "Dana Kellner"}},
		},
		{
			name: "changed title",
			vs: []version{
				{id: "a", text: "Interior Minister Sofia Lenz ordered a review.",
					facts: []factSpec{person("Sofia Lenz", "Sofia Lenz", "Interior Minister")}},
				{id: "b", role: crosswire.RoleRewrite, text: "Justice Minister Sofia Lenz ordered a review.",
					facts: []factSpec{person("Sofia Lenz", "Sofia Lenz", "Justice Minister")}},
			},
			entities: 1, disc: crosswire.DiscRole, discEntity: "Sofia Lenz",
		},
		{
			name: "two holders of one office",
			vs: []version{
				{id: "a", text: "Interior Minister Sofia Lenz ordered a review.",
					facts: []factSpec{person("Sofia Lenz", "Sofia Lenz", "Interior Minister")}},
				{id: "b", role: crosswire.RoleRewrite, text: "Interior Minister Mara Holm ordered a review.",
					facts: []factSpec{person("Mara Holm", "Mara Holm", "Interior Minister")}},
			},
			entities: 2, disc: crosswire.DiscName, variantEntities: []string{"Sofia Lenz", "Mara Holm"},
		},
		{
			name: "quote of one speaker",
			vs: []version{
				{id: "a", text: `"The dam was safe," Tomas Lind said on Monday.`,
					facts: []factSpec{person("Tomas Lind", "Tomas Lind", ""), quote("The dam was safe", "Tomas Lind")}},
				{id: "b", role: crosswire.RoleRewrite, text: `"The dam was not safe," Tomas Lind said on Monday.`,
					facts: []factSpec{person("Tomas Lind", "Tomas Lind", ""), quote("The dam was not safe", "Tomas Lind")}},
			},
			entities: 1, disc: crosswire.DiscQuote, discEntity: "Tomas Lind",
		},
		{
			name: "acronym and long form",
			vs: []version{
				{id: "a", text: "The National Cyber Security Agency (NCSA) blamed Glass Heron.",
					facts: []factSpec{org("National Cyber Security Agency", "National Cyber Security Agency"), org("NCSA", "NCSA"), group("Glass Heron", "Glass Heron")}},
				{id: "b", role: crosswire.RoleRewrite, text: "The NCSA blamed Glass Heron.",
					facts: []factSpec{org("NCSA", "NCSA"), group("Glass Heron", "Glass Heron")}},
			},
			entities: 2,
			forms:    map[string][]string{"National Cyber Security Agency": {"NCSA"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st, facts := build(t, tc.vs...)
			check(t, st, facts)
			assertEntities(t, st)
			if len(st.Entities) != tc.entities {
				t.Fatalf("got %d entities, want %d: %+v", len(st.Entities), tc.entities, st.Entities)
			}
			byName := map[string]crosswire.StoryEntity{}
			for _, e := range st.Entities {
				byName[e.Name] = e
			}
			idOf := func(name string) string {
				t.Helper()
				e, ok := byName[name]
				if !ok {
					t.Fatalf("no entity named %q: %+v", name, st.Entities)
				}
				return e.ID
			}
			for name, forms := range tc.forms {
				have := map[string]bool{}
				for _, f := range byName[name].Forms {
					have[f] = true
				}
				for _, f := range forms {
					if !have[f] {
						t.Errorf("entity %q lacks form %q: %+v", name, f, byName[name])
					}
				}
			}
			if tc.disc == "" {
				if len(st.Discrepancies) != 0 {
					t.Errorf("unexpected discrepancies:%s", dump(st))
				}
				return
			}
			ds := findDisc(st, tc.disc)
			if len(ds) != 1 {
				t.Fatalf("want one %s discrepancy, got:%s", tc.disc, dump(st))
			}
			d := ds[0]
			want := ""
			if tc.discEntity != "" {
				want = idOf(tc.discEntity)
			}
			if d.Entity != want {
				t.Errorf("discrepancy entity = %q, want %q (%s)", d.Entity, want, tc.discEntity)
			}
			for i, v := range d.Variants {
				want := ""
				if i < len(tc.variantEntities) {
					want = idOf(tc.variantEntities[i])
				}
				if v.Entity != want {
					t.Errorf("variant %q entity = %q, want %q", v.Value, v.Entity, want)
				}
			}
			if tc.name == "misspelt name" && !byName["Dana Keller"].Misspelt {
				t.Errorf("misspelt entity not flagged: %+v", byName["Dana Keller"])
			}
		})
	}
}

// assertEntities checks what every checked story must hold: unique entity
// IDs, mention spans that match their article, and every person,
// organisation, place and group fact pointing at an entity of its kind
// whose mentions include the fact's sources.
func assertEntities(t *testing.T, st *crosswire.Story) {
	t.Helper()
	texts := map[string]string{}
	for _, a := range st.Articles {
		texts[a.ID] = a.Text
	}
	byID := map[string]crosswire.StoryEntity{}
	for _, e := range st.Entities {
		if _, dup := byID[e.ID]; dup {
			t.Errorf("two entities with ID %q", e.ID)
		}
		byID[e.ID] = e
		if len(e.Forms) == 0 || e.Forms[0] != e.Name {
			t.Errorf("entity %s: forms %q do not start with the name %q", e.ID, e.Forms, e.Name)
		}
		for _, sp := range e.Mentions {
			if tx := texts[sp.Article]; sp.End > len(tx) || tx[sp.Start:sp.End] != sp.Text {
				t.Errorf("entity %s: bad mention %+v", e.ID, sp)
			}
		}
	}
	for _, f := range st.Facts {
		switch f.Kind {
		case crosswire.KindPerson, crosswire.KindOrg, crosswire.KindPlace, crosswire.KindGroup:
		default:
			if f.Entity != "" {
				t.Errorf("%s fact %q points at entity %s", f.Kind, f.Value, f.Entity)
			}
			continue
		}
		e, ok := byID[f.Entity]
		if !ok || e.Kind != f.Kind {
			t.Errorf("%s fact %q: entity %q does not resolve to an entity of its kind", f.Kind, f.Value, f.Entity)
			continue
		}
		mentioned := map[crosswire.Span]bool{}
		for _, sp := range e.Mentions {
			mentioned[sp] = true
		}
		for _, sp := range f.Sources {
			if !mentioned[sp] {
				t.Errorf("%s fact %q: source %+v is not a mention of %s", f.Kind, f.Value, sp, e.ID)
			}
		}
	}
	for _, d := range st.Discrepancies {
		refs := []string{d.Entity}
		for _, v := range d.Variants {
			refs = append(refs, v.Entity)
		}
		for _, id := range refs {
			if _, ok := byID[id]; id != "" && !ok {
				t.Errorf("discrepancy %q: entity %q does not resolve", d.Subject, id)
			}
		}
	}
}
