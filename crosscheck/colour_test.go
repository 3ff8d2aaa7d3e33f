package crosscheck

import (
	"strings"
	"testing"

	"crosswire"
)

// TestWornColours checks the colour of a worn object (fictional text):
// two versions whose phrases after a verb of wearing share a word besides
// the colour and give colours with none in common disagree (low); the same
// colour, unrelated objects, or a version that agrees on the object
// elsewhere do not.
func TestWornColours(t *testing.T) {
	const lead = "The singer Mara Veld opened the Ostby harbour festival on Saturday.\n\n"
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"one gown, two colours",
			"She arrived wearing a strapless red gown and a long shawl.",
			"Dressed in a strapless green dress, she waved to the crowd.",
			true},
		{"one gown, one colour",
			"She arrived wearing a strapless red gown and a long shawl.",
			"Dressed in a strapless red dress, she waved to the crowd.",
			false},
		{"two unrelated objects",
			"She arrived wearing a red gown.",
			"Her drummer came dressed in black leather boots.",
			false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { assertLowClaim(t, "colour of", tc.want, lead+tc.a, lead+tc.b) })
	}
}

// assertLowClaim checks the texts' cross-check for a low claim
// discrepancy whose subject starts with prefix: present when want, else
// absent.
func assertLowClaim(t *testing.T, prefix string, want bool, texts ...string) {
	t.Helper()
	st := checkTexts(t, texts...)
	got := false
	for _, d := range st.Discrepancies {
		if d.Kind == crosswire.DiscClaim && strings.HasPrefix(d.Subject, prefix) {
			got = true
			if d.Severity != crosswire.SeverityLow {
				t.Errorf("severity %s, want low", d.Severity)
			}
		}
	}
	if got != want {
		t.Errorf("%q discrepancy = %v, want %v; got %s", prefix, got, want, dump(st))
	}
}
