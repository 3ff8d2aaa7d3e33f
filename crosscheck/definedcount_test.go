package crosscheck

import (
	"strings"
	"testing"

	"crosswire"
)

// TestDefinedCounts checks that two reports' figures followed by relative
// clauses telling one doing (the same verb and object) count one set
// (fictional reports): figures that disagree are a low number
// discrepancy, each quoted with its clause; a clause of another noun, a
// figure with a unit, or two doings are not.
func TestDefinedCounts(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"a crowd and the fans who won their seats",
			"Ada Quist sang at the Lantern Club in Harwick last night in front of a crowd of 300, tiny by her standards, who had won their seats in a ballot.",
			"The 120 or so who had won seats in a draw heard Quist open with an old song at the Lantern Club.",
			true},
		{"who'd for who had",
			"Ada Quist sang at the Lantern Club in Harwick last night in front of a crowd of 300, tiny by her standards, who'd won their seats in a ballot.",
			"The 120 or so who had won seats in a draw heard Quist open with an old song at the Lantern Club.",
			true},
		{"the same count told twice",
			"Ada Quist sang at the Lantern Club last night for 120 fans, all of them guests, who had won their seats in a ballot.",
			"The 120 or so who had won seats in a draw heard Quist open with an old song at the Lantern Club.",
			false},
		{"two doings",
			"Ada Quist sang at the Lantern Club last night in front of a crowd of 300 who had queued for hours.",
			"The 120 or so who had won seats in a draw heard Quist open with an old song at the Lantern Club.",
			false},
		{"the clause describes another noun after a verb",
			"About 300 fans saw the singer who had won the award at the Lantern Club.",
			"Only 150 fans, who had won the award in a draw, got in to the Lantern Club.",
			false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, tc.a, tc.b)
			var got *crosswire.Discrepancy
			for i, d := range st.Discrepancies {
				if d.Kind == crosswire.DiscNumber && strings.HasPrefix(d.Subject, "number who") {
					got = &st.Discrepancies[i]
				}
			}
			switch {
			case tc.want && got == nil:
				t.Fatalf("no discrepancy of the set counted:%s", dump(st))
			case !tc.want && got != nil:
				t.Fatalf("discrepancy %q, want none:%s", got.Subject, dump(st))
			case got == nil:
				return
			}
			if got.Severity != crosswire.SeverityLow {
				t.Errorf("severity %s, want low", got.Severity)
			}
			for _, v := range got.Variants {
				for _, s := range v.Sources {
					if !strings.Contains(s.Text, "who") {
						t.Errorf("variant %q quoted without its clause: %q", v.Value, s.Text)
					}
				}
			}
		})
	}
}
