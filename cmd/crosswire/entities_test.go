package main

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"crosswire"
	"crosswire/examples"
)

// entityCheck is what the entity assertions need of a report: each story
// keyed by the answer key's story name, and each example file's article.
type entityCheck struct {
	stories map[string]*crosswire.Story
	art     map[string]crosswire.Article
}

func newEntityCheck(t *testing.T, key examples.Key, r crosswire.Report) entityCheck {
	t.Helper()
	c := entityCheck{stories: map[string]*crosswire.Story{}, art: map[string]crosswire.Article{}}
	for i := range r.Stories {
		for _, a := range r.Stories[i].Articles {
			c.art[filepath.Base(a.Source)] = a
			for _, ks := range key.Stories {
				if filepath.Base(a.Source) == ks.Original {
					c.stories[ks.Name] = &r.Stories[i]
				}
			}
		}
	}
	for _, ks := range key.Stories {
		if c.stories[ks.Name] == nil {
			t.Fatalf("story %s missing from the report", ks.Name)
		}
	}
	return c
}

// entitiesAt returns the IDs of the entities (of the given kinds; any
// when none) with a mention overlapping the first occurrence of text in
// file.
func (c entityCheck) entitiesAt(t *testing.T, st *crosswire.Story, file, text string, kinds ...crosswire.FactKind) map[string]bool {
	t.Helper()
	a, ok := c.art[file]
	if !ok {
		t.Fatalf("%s missing from the report", file)
	}
	at := strings.Index(a.Text, text)
	if at < 0 {
		t.Fatalf("%q is not in the clean text of %s", text, file)
	}
	out := map[string]bool{}
	for _, e := range st.Entities {
		if len(kinds) > 0 && !slices.Contains(kinds, e.Kind) {
			continue
		}
		for _, sp := range e.Mentions {
			if sp.Article == a.ID && sp.Start < at+len(text) && at < sp.End {
				out[e.ID] = true
			}
		}
	}
	return out
}

func entityByID(st *crosswire.Story, id string) crosswire.StoryEntity {
	for _, e := range st.Entities {
		if e.ID == id {
			return e
		}
	}
	return crosswire.StoryEntity{}
}

func only(ids map[string]bool) (string, bool) {
	if len(ids) != 1 {
		return "", false
	}
	for id := range ids {
		return id, true
	}
	return "", false
}

// TestExamplesEntities checks entity resolution on the example corpus
// against the answer key, through `check --format json` (whose output
// must follow the schema, entity references included): every planted
// misspelling is one entity holding both spellings, flagged and pointed
// at by its name discrepancy; an organisation's acronym and long form (and
// a country and its demonym) are one entity; different people are
// different entities.
func TestExamplesEntities(t *testing.T) {
	key := loadExpected(t)
	r := checkJSON(t, examplesDir)
	c := newEntityCheck(t, key, r)

	t.Run("misspelt name is one entity", func(t *testing.T) {
		n := 0
		for _, kc := range key.Conflicts {
			if kc.Kind != "name" {
				continue
			}
			n++
			st := c.stories[kc.Story]
			ids := map[string]bool{}
			for _, v := range kc.Variants {
				for id := range c.entitiesAt(t, st, v.File, v.Text, crosswire.KindPerson) {
					ids[id] = true
				}
			}
			id, ok := only(ids)
			if !ok {
				t.Errorf("%s: spellings %+v are %d entities, want 1: %v", kc.Story, kc.Variants, len(ids), ids)
				continue
			}
			e := entityByID(st, id)
			for _, v := range kc.Variants {
				if !slices.Contains(e.Forms, v.Text) {
					t.Errorf("%s: entity %s %q lacks the form %q: %q", kc.Story, e.ID, e.Name, v.Text, e.Forms)
				}
			}
			if !e.Misspelt {
				t.Errorf("%s: entity %q not flagged misspelt", kc.Story, e.Name)
			}
			pointed := false
			for _, d := range st.Discrepancies {
				if d.Kind == crosswire.DiscName && d.Entity == e.ID {
					pointed = true
				}
			}
			if !pointed {
				t.Errorf("%s: no name discrepancy points at %s %q", kc.Story, e.ID, e.Name)
			}
		}
		if n == 0 {
			t.Fatal("the answer key plants no name conflict")
		}
	})

	t.Run("one organisation or place under two names", func(t *testing.T) {
		n := 0
		for _, tr := range key.Traps {
			var kinds []crosswire.FactKind
			switch tr.Kind {
			case "org":
				kinds = []crosswire.FactKind{crosswire.KindOrg}
			case "place":
				kinds = []crosswire.FactKind{crosswire.KindPlace, crosswire.KindGroup}
			default:
				continue
			}
			n++
			st := c.stories[tr.Story]
			ids := map[string]bool{}
			for _, tx := range tr.Texts {
				at := c.entitiesAt(t, st, tx.File, tx.Text, kinds...)
				if len(at) == 0 {
					t.Errorf("%s: no %s entity mentioned at %q in %s", tr.Story, tr.Kind, tx.Text, tx.File)
				}
				for id := range at {
					ids[id] = true
				}
			}
			if len(ids) > 1 {
				var names []string
				for id := range ids {
					e := entityByID(st, id)
					names = append(names, e.ID+" "+e.Name)
				}
				t.Errorf("%s: %+v are %d entities, want 1: %v", tr.Story, tr.Texts, len(ids), names)
			}
		}
		if n == 0 {
			t.Fatal("the answer key has no organisation or place trap")
		}
	})

	t.Run("acronym and long form", func(t *testing.T) {
		for _, tc := range []struct{ story, long, acronym string }{
			{"glass-heron", "National Cyber Security Agency", "NCSA"},
			{"tarsk-dam", "Belavian Meteorological Institute", "BMI"},
		} {
			var found bool
			for _, e := range c.stories[tc.story].Entities {
				if slices.Contains(e.Forms, tc.acronym) {
					found = true
					if e.Kind != crosswire.KindOrg || !strings.Contains(e.Name, tc.long) {
						t.Errorf("%s: %q belongs to %s %q %q, want the org %q", tc.story, tc.acronym, e.Kind, e.Name, e.Forms, tc.long)
					}
				} else if strings.Contains(e.Name, tc.long) {
					t.Errorf("%s: %q is an entity without its acronym %q: %q", tc.story, e.Name, tc.acronym, e.Forms)
				}
			}
			if !found {
				t.Errorf("%s: no entity has the form %q", tc.story, tc.acronym)
			}
		}
	})

	t.Run("different people are different entities", func(t *testing.T) {
		for _, tc := range []struct {
			story string
			// people are (file, text) of mentions of different people:
			// two ministers, a minister and a prime minister, a mayor and
			// a minister.
			people []examples.KeyText
		}{
			{"norland-minister", []examples.KeyText{
				{File: "norland-minister-wire.txt", Text: "Dana Keller"},
				{File: "norland-minister-wire.txt", Text: "Sofia Lenz"},
				{File: "norland-minister-wire.txt", Text: "Aldo Brenner"},
			}},
			{"tarsk-dam", []examples.KeyText{
				{File: "tarsk-dam-wire.txt", Text: "Hanne Rostad"},
				{File: "tarsk-dam-wire.txt", Text: "Tomas Lind"},
			}},
		} {
			st := c.stories[tc.story]
			seen := map[string]string{}
			for _, p := range tc.people {
				id, ok := only(c.entitiesAt(t, st, p.File, p.Text, crosswire.KindPerson))
				if !ok {
					t.Errorf("%s: %q is not exactly one person entity", tc.story, p.Text)
					continue
				}
				if other, dup := seen[id]; dup {
					t.Errorf("%s: %q and %q resolved to one entity %s", tc.story, other, p.Text, id)
				}
				seen[id] = p.Text
			}
		}
	})

	t.Run("facts and discrepancies point at entities", func(t *testing.T) {
		for name, st := range c.stories {
			for _, f := range st.Facts {
				switch f.Kind {
				case crosswire.KindPerson, crosswire.KindOrg, crosswire.KindPlace, crosswire.KindGroup:
					if f.Entity == "" {
						t.Errorf("%s: %s fact %q has no entity", name, f.Kind, f.Value)
					}
				}
			}
			for _, d := range st.Discrepancies {
				if (d.Kind == crosswire.DiscName || d.Kind == crosswire.DiscRole) && d.Entity == "" && d.Variants[0].Entity == "" {
					t.Errorf("%s: %s discrepancy %q points at no entity", name, d.Kind, d.Subject)
				}
			}
		}
	})

	t.Run("text report lists entities", func(t *testing.T) {
		out, serr, code := runCLI(t, "", "check", examplesDir)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, serr)
		}
		for _, want := range []string{"Entities (", "Dana Keller (also:", "Dana Kellner", "National Cyber Security Agency"} {
			if !strings.Contains(out, want) {
				t.Errorf("text report lacks %q", want)
			}
		}
	})
}

// TestShowEntities checks that entities survive the store: after ingest,
// `show --format json` returns a story with the same entities `check`
// finds, and facts still point at them.
func TestShowEntities(t *testing.T) {
	key := loadExpected(t)
	want := newEntityCheck(t, key, checkJSON(t, examplesDir))
	db := filepath.Join(t.TempDir(), "news.db")
	if _, serr, code := runCLI(t, "", "ingest", "--db", db, examplesDir); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, serr)
	}
	for name, ws := range want.stories {
		out, serr, code := runCLI(t, "", "show", "--db", db, "--format", "json", ws.ID)
		if code != 0 {
			t.Fatalf("show %s (%s): exit %d: %s", ws.ID, name, code, serr)
		}
		var r crosswire.Report
		if err := json.Unmarshal([]byte(out), &r); err != nil || len(r.Stories) != 1 {
			t.Fatalf("show %s: %v\n%s", ws.ID, err, out)
		}
		got := r.Stories[0]
		if len(got.Entities) == 0 || len(got.Entities) != len(ws.Entities) {
			t.Errorf("%s: show returns %d entities, check %d", name, len(got.Entities), len(ws.Entities))
			continue
		}
		for i := range ws.Entities {
			g, w := got.Entities[i], ws.Entities[i]
			if g.ID != w.ID || g.Name != w.Name || strings.Join(g.Forms, "|") != strings.Join(w.Forms, "|") || len(g.Mentions) != len(w.Mentions) {
				t.Errorf("%s: entity %d after the store = %s %q %q, want %s %q %q", name, i, g.ID, g.Name, g.Forms, w.ID, w.Name, w.Forms)
			}
		}
	}
}
