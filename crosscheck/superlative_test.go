package crosscheck

import (
	"testing"

	"crosswire"
)

// TestSuperlativeHolders checks that a superlative given to different
// people by two versions is reported (low), and that the same holder,
// or a superlative told twice by one version, is not (fictional text).
func TestSuperlativeHolders(t *testing.T) {
	const lead = "Thousands of fans filled the square in Ostby on Saturday night for the premiere of the new space film.\n\n"
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"two holders",
			"Singer Ada Quist, 34, and actor Lars Mehren, 41, got the biggest cheer from the crowd.",
			"Director Tove Brandvik won the loudest cheers at the premiere.",
			true},
		{"same holder",
			"Singer Ada Quist, 34, got the biggest cheer from the crowd.",
			"Ada Quist won the loudest cheers at the premiere.",
			false},
		{"one holder among others",
			"Singer Ada Quist, 34, and actor Lars Mehren, 41, got the biggest cheer from the crowd.",
			"Lars Mehren won the loudest cheers at the premiere.",
			false},
		{"told twice by one version",
			"Singer Ada Quist, 34, got the biggest cheer from the crowd.",
			"Director Tove Brandvik got the biggest cheer in Ostby. Lars Mehren got the biggest cheer in Bergvik.",
			false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, lead+tc.a, lead+tc.b)
			got := false
			for _, d := range st.Discrepancies {
				if d.Kind == crosswire.DiscClaim && len(d.Subject) > 11 && d.Subject[:11] == "who got the" {
					got = true
					if d.Severity != crosswire.SeverityLow {
						t.Errorf("severity %s, want low", d.Severity)
					}
				}
			}
			if got != tc.want {
				t.Errorf("superlative holder discrepancy = %v, want %v; got %s", got, tc.want, dump(st))
			}
		})
	}
}
