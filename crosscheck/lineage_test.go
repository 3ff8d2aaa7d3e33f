package crosscheck

import (
	"maps"
	"testing"

	"crosswire"
	"crosswire/facts"
)

func TestLineages(t *testing.T) {
	p := func(s string) *string { return &s }
	arts := []crosswire.Article{
		{ID: "w", Role: crosswire.RoleOriginal},
		{ID: "c", Role: crosswire.RoleCopy, DerivedFrom: p("w")},
		{ID: "r", Role: crosswire.RoleRewrite, DerivedFrom: p("w")},
		{ID: "rr", Role: crosswire.RoleRewrite, DerivedFrom: p("r")},
		{ID: "t", Role: crosswire.RoleTranslation, DerivedFrom: p("c")},
		{ID: "i", Role: crosswire.RoleIndependent},
		{ID: "x", Role: crosswire.RoleExcerpt, DerivedFrom: p("i")},
		{ID: "out", Role: crosswire.RoleRewrite, DerivedFrom: p("missing")},
	}
	want := map[string]string{"w": "w", "c": "w", "r": "w", "rr": "w", "t": "w", "i": "i", "x": "i", "out": "out"}
	got := Lineages(arts)
	for id, w := range want {
		if got[id] != w {
			t.Errorf("lineage of %s = %s, want %s", id, got[id], w)
		}
	}
	// Versions still counts rewrites and translations on their own.
	if v := Versions(arts); v["r"] != "r" || v["t"] != "t" || v["c"] != "w" {
		t.Errorf("versions = %v", v)
	}
}

// Fictional ferry grounding: a wire story, a verbatim copy of it, a
// rewrite of it and a report written independently.
const (
	linWire = "A passenger ferry carrying 212 people ran aground off Kestrel Point on Tuesday morning, the Harbour Authority said. " +
		"All passengers were taken off safely by lifeboat crews from Maddox Bay. Nine people were treated for minor injuries."
	linRewrite = "Thick fog was blamed after a ferry with 212 people on board struck a sandbank off Kestrel Point on Tuesday, according to the Harbour Authority. " +
		"Lifeboat crews from Maddox Bay took all of the passengers off safely, and nine people were treated for minor injuries."
	linIndependent = "Our reporter at Maddox Bay watched as lifeboats brought passengers ashore on Tuesday. " +
		"Coastguard officer Lena Moss said the ferry had 212 people on board when it grounded off Kestrel Point."
)

// TestIndependentSupport checks that a fact's independent support counts
// a lineage once: the copy and the rewrite of the wire story add versions
// (the copy not even that) but no independent source; the independent
// report does.
func TestIndependentSupport(t *testing.T) {
	p := func(s string) *string { return &s }
	st := &crosswire.Story{ID: "ferry", Articles: []crosswire.Article{
		{ID: "wire", Language: "en", Text: linWire, Role: crosswire.RoleOriginal},
		{ID: "copy", Language: "en", Text: linWire, Role: crosswire.RoleCopy, DerivedFrom: p("wire")},
		{ID: "rewrite", Language: "en", Text: linRewrite, Role: crosswire.RoleRewrite, DerivedFrom: p("wire")},
		{ID: "indep", Language: "en", Text: linIndependent, Role: crosswire.RoleIndependent},
	}}
	extractAndCheck(t, facts.New(), New(), st)
	assertSpans(t, st)
	tests := []struct {
		kind                 crosswire.FactKind
		value                string
		support, independent int
	}{
		{crosswire.KindNumber, "212 people", 3, 2},   // wire (+ copy), rewrite, independent
		{crosswire.KindNumber, "9 people", 2, 1},     // wire (+ copy), rewrite: one lineage
		{crosswire.KindPlace, "Kestrel Point", 3, 2}, // as 212 people
		{crosswire.KindOrg, "Harbour Authority", 2, 1},
	}
	for _, tc := range tests {
		var found bool
		for _, f := range st.Facts {
			if f.Kind != tc.kind || f.Value != tc.value {
				continue
			}
			found = true
			if f.Support != tc.support || f.IndependentSupport != tc.independent || f.Status != crosswire.StatusCorroborated {
				t.Errorf("%s %q: support %d, independent %d, %s; want %d, %d, corroborated", tc.kind, tc.value, f.Support, f.IndependentSupport, f.Status, tc.support, tc.independent)
			}
		}
		if !found {
			t.Errorf("no %s fact %q in %s", tc.kind, tc.value, dump(st))
		}
	}
	for _, f := range st.Facts {
		if f.IndependentSupport < 1 || f.IndependentSupport > f.Support {
			t.Errorf("%s %q: independent support %d outside [1, support %d]", f.Kind, f.Value, f.IndependentSupport, f.Support)
		}
	}
	var entity bool
	for _, e := range st.Entities {
		if e.Name == "Harbour Authority" {
			entity = true
			if e.Support != 2 || e.IndependentSupport != 1 {
				t.Errorf("entity %s: support %d, independent %d; want 2, 1", e.Name, e.Support, e.IndependentSupport)
			}
		}
	}
	if !entity {
		t.Errorf("no entity Harbour Authority in %+v", st.Entities)
	}
}

// TestDerivedFromCycles: a DerivedFrom cycle (bad input) is one lineage
// and, when every article of it is a verbatim copy, one version —
// whichever article the walk starts from; an article deriving from the
// cycle joins it, and one deriving from outside the story stays its own.
func TestDerivedFromCycles(t *testing.T) {
	p := func(s string) *string { return &s }
	for _, tc := range []struct {
		name               string
		arts               []crosswire.Article
		lineages, versions map[string]string
	}{
		{
			name: "two rewrites of each other",
			arts: []crosswire.Article{
				{ID: "a", Role: crosswire.RoleRewrite, DerivedFrom: p("b")},
				{ID: "b", Role: crosswire.RoleRewrite, DerivedFrom: p("a")},
			},
			lineages: map[string]string{"a": "a", "b": "a"},
			versions: map[string]string{"a": "a", "b": "b"},
		},
		{
			name: "three copies in a ring, the first in story order last in the ring",
			arts: []crosswire.Article{
				{ID: "x", Role: crosswire.RoleCopy, DerivedFrom: p("z")},
				{ID: "y", Role: crosswire.RoleCopy, DerivedFrom: p("x")},
				{ID: "z", Role: crosswire.RoleCopy, DerivedFrom: p("y")},
				{ID: "t", Role: crosswire.RoleTranslation, DerivedFrom: p("y")},
			},
			lineages: map[string]string{"x": "x", "y": "x", "z": "x", "t": "x"},
			versions: map[string]string{"x": "x", "y": "x", "z": "x", "t": "t"},
		},
		{
			name: "a self-reference",
			arts: []crosswire.Article{
				{ID: "s", Role: crosswire.RoleCopy, DerivedFrom: p("s")},
				{ID: "o", Role: crosswire.RoleRewrite, DerivedFrom: p("gone")},
			},
			lineages: map[string]string{"s": "s", "o": "o"},
			versions: map[string]string{"s": "s", "o": "o"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Lineages(tc.arts); !maps.Equal(got, tc.lineages) {
				t.Errorf("lineages = %v, want %v", got, tc.lineages)
			}
			if got := Versions(tc.arts); !maps.Equal(got, tc.versions) {
				t.Errorf("versions = %v, want %v", got, tc.versions)
			}
		})
	}
}

// TestLineagesOf counts the lineages of an older report's spans: copies,
// rewrites and their original one lineage, an article the story does not
// hold its own, never more than the versions the report gives, and the
// versions when there is no span.
func TestLineagesOf(t *testing.T) {
	p := func(s string) *string { return &s }
	lin := Lineages([]crosswire.Article{
		{ID: "w", Role: crosswire.RoleOriginal},
		{ID: "r", Role: crosswire.RoleRewrite, DerivedFrom: p("w")},
		{ID: "i", Role: crosswire.RoleIndependent},
	})
	spans := func(ids ...string) []crosswire.Span {
		var out []crosswire.Span
		for _, id := range ids {
			out = append(out, crosswire.Span{Article: id})
		}
		return out
	}
	for _, tc := range []struct {
		name     string
		spans    []crosswire.Span
		versions int
		want     int
	}{
		{"an original and its rewrite", spans("w", "r"), 2, 1},
		{"and an independent report", spans("w", "r", "i"), 3, 2},
		{"an article outside the story", spans("w", "gone"), 2, 2},
		{"outside articles beyond the versions", spans("w", "gone", "lost"), 2, 2},
		{"no span", nil, 3, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := LineagesOf(tc.spans, lin, tc.versions); got != tc.want {
				t.Errorf("LineagesOf = %d, want %d", got, tc.want)
			}
		})
	}
}
