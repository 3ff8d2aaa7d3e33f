package crosscheck

import (
	"strings"
	"testing"

	"crosswire"
	"crosswire/facts"
)

// TestExactFigureRounding checks that an exact figure allows only its own
// rounding, half its last written place (whole units for "215", tenths for
// "6.3"): "214" / "215" homes and "6.2" / "6.3" metres are two values,
// while a round or hedged figure still holds a finer one ("200" / "215",
// "about 200" / "215"). Fictional figures.
func TestExactFigureRounding(t *testing.T) {
	// times multiplies at run time, as facts scales "2.3 hundred":
	// 229.99999999999997, not the constant 230
	times := func(v, scale float64) float64 { return v * scale }
	n := func(v float64, qual, unit string) *crosswire.Number {
		return &crosswire.Number{Low: v, High: v, Qualifier: qual, Unit: unit, Counted: "home"}
	}
	tests := []struct {
		name  string
		a, b  *crosswire.Number
		agree bool
	}{
		{"214 / 215 homes", n(214, "", ""), n(215, "", ""), false},
		{"216 / 215 homes", n(216, "", ""), n(215, "", ""), false},
		{"1,214 / 1,215 homes", n(1214, "", ""), n(1215, "", ""), false},
		{"6.2 / 6.3 metres", n(6.2, "", "m"), n(6.3, "", "m"), false},
		{"6.25 / 6.3 metres", n(6.25, "", "m"), n(6.3, "", "m"), true},
		{"4.55 / 4.5 per cent", n(4.55, "", "%"), n(4.5, "", "%"), true},
		{"4.6 / 4.5 per cent", n(4.6, "", "%"), n(4.5, "", "%"), false},
		{"215 / 215 homes", n(215, "", ""), n(215, "", ""), true},
		{"200 / 215 homes (a round figure)", n(200, "", ""), n(215, "", ""), true},
		{"about 200 / 215 homes", n(200, "about", ""), n(215, "", ""), true},
		{"about 215 / 214 homes", n(215, "about", ""), n(214, "", ""), true},
		{"more than 200 / 215 homes", n(200, "more than", ""), n(215, "", ""), true},
		{"1,220 / 1,215 homes (a round figure)", n(1220, "", ""), n(1215, "", ""), true},
		{"2.3 hundred / 230", n(times(2.3, 100), "", ""), n(230, "", ""), true},
		{"2.3 hundred / 226 (a round figure)", n(times(2.3, 100), "", ""), n(226, "", ""), true},
		{"2.3 hundred / 240", n(times(2.3, 100), "", ""), n(240, "", ""), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := numbersAgree(tc.a, tc.b); got != tc.agree {
				lo, hi := interval(tc.a)
				lo2, hi2 := interval(tc.b)
				t.Errorf("numbersAgree = %v, want %v (intervals %g–%g, %g–%g)", got, tc.agree, lo, hi, lo2, hi2)
			}
		})
	}
}

// TestChangedFigureInCopy checks the figures a copy changed by one unit or
// one tenth: a copy writing "214 homes" and "6.2 metres" where its wire
// copy writes "215" and "6.3" contradicts it, as a rewrite does (fictional
// flood).
func TestChangedFigureInCopy(t *testing.T) {
	wire := "Floods damaged 215 homes in the Marrowby valley on Tuesday after the river Quell rose 6.3 metres, mayor Elsa Brandt said."
	for _, role := range []crosswire.Role{crosswire.RoleCopy, crosswire.RoleRewrite} {
		t.Run(string(role), func(t *testing.T) {
			src := "wire"
			st := &crosswire.Story{ID: "flood", Articles: []crosswire.Article{
				{ID: "wire", Outlet: "Wirecast", Language: "en", Text: wire, Role: crosswire.RoleOriginal},
				{ID: "copy", Outlet: "Valley Post", Language: "en", Role: role, DerivedFrom: &src,
					Text: "Floods damaged 214 homes in the Marrowby valley on Tuesday after the river Quell rose 6.2 metres, mayor Elsa Brandt said."},
			}}
			extractAndCheck(t, facts.New(), New(), st)
			assertSpans(t, st)
			got := map[string]bool{}
			for _, d := range findDisc(st, crosswire.DiscNumber) {
				for _, v := range d.Variants {
					got[v.Value] = true
				}
			}
			for _, want := range []string{"215", "214", "6.3", "6.2"} {
				found := false
				for v := range got {
					if strings.HasPrefix(v, want+" ") || v == want {
						found = true
					}
				}
				if !found {
					t.Errorf("no number discrepancy with %q; got:%s", want, dump(st))
				}
			}
		})
	}
}
