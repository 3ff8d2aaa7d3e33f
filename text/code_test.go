package text

import "testing"

func TestCodeAt(t *testing.T) {
	for _, tc := range []struct {
		s    string
		i    int
		want string
	}{
		{"the plate R462 was seen", 11, "R462"},
		{"flaw QRT-2031-4417/4418 patched", 7, "QRT-2031-4417/4418"},
		{"flaw QRT-2031-4417/4418 patched", 5, "QRT-2031-4417/4418"},
		{"model T-1000.", 7, "T-1000"},
		{"under snake_QRT-2031-77 name", 12, "QRT-2031-77"},
		{"éFX-31-07 and über-FX", 4, "FX-31-07"},
		{"éFX-31-07 and über-FX", 17, "ber-FX"},
		{"no code here", 2, ""},
		{"edge", 9, ""},
	} {
		c := CodeAt(tc.s, tc.i)
		got := ""
		if c.Start < c.End {
			got = tc.s[c.Start:c.End]
		}
		if got != tc.want {
			t.Errorf("CodeAt(%q, %d) = %q, want %q", tc.s, tc.i, got, tc.want)
		}
	}
}

func TestNextCode(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want []string
	}{
		{"Flight ZQ2490 left bay 7-B, plate R462 KLT.", []string{"Flight", "ZQ2490", "left", "bay", "7-B", "plate", "R462", "KLT"}},
		{"  --/ x", []string{"--/", "x"}},
		{"é AB/12 ü", []string{"AB/12"}},
		{"", nil},
	} {
		var got []string
		for c, ok := NextCode(tc.s, 0); ok; c, ok = NextCode(tc.s, c.End) {
			got = append(got, tc.s[c.Start:c.End])
		}
		if len(got) != len(tc.want) {
			t.Errorf("NextCode over %q: %q, want %q", tc.s, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("NextCode over %q: %q, want %q", tc.s, got, tc.want)
				break
			}
		}
	}
}

func TestCodeKey(t *testing.T) {
	for _, tc := range []struct{ s, want string }{
		{"t-1000", "T1000"},
		{"R462 KLT", "R462KLT"},
		{"QRT-2031-4417", "QRT20314417"},
		{"ab/12", "AB12"},
	} {
		if got := CodeKey(tc.s); got != tc.want {
			t.Errorf("CodeKey(%q) = %q, want %q", tc.s, got, tc.want)
		}
	}
}

func TestShapeOf(t *testing.T) {
	for _, tc := range []struct {
		w    string
		ok   bool
		want CodeShape
	}{
		{"QRT-2031-4417", true, CodeShape{Letters: 3, Hyphen: true, Groups: 2, First: "2031", Second: "4417", Shortest: 4, Longest: 4}},
		{"FX31-07", true, CodeShape{Letters: 2, Groups: 2, First: "31", Second: "07", Shortest: 2, Longest: 2}},
		{"FY2031-32", true, CodeShape{Letters: 2, Groups: 2, First: "2031", Second: "32", Shortest: 2, Longest: 2}},
		{"ZQ2490", true, CodeShape{Letters: 2, Groups: 1, First: "2490"}},
		{"KW-12-345-6789012", true, CodeShape{Letters: 2, Hyphen: true, Groups: 3, First: "12", Second: "345", Shortest: 3, Longest: 7}},
		{"QRT-2031-", false, CodeShape{}},
		{"QRT--2031", false, CodeShape{}},
		{"QRT-2031-44a", false, CodeShape{}},
		{"Qrt-2031-4417", false, CodeShape{}},
		{"2031-4417", false, CodeShape{}},
		{"QRT", false, CodeShape{}},
		{"QRT-2031/4417", false, CodeShape{}},
	} {
		got, ok := ShapeOf(tc.w)
		if ok != tc.ok || ok && got != tc.want {
			t.Errorf("ShapeOf(%q) = %+v, %v; want %+v, %v", tc.w, got, ok, tc.want, tc.ok)
		}
	}
}
