package crosscheck

import "testing"

// TestSites checks where a rebuilt thing stands against its original
// (fictional text): one version putting it on the original's site and
// another beside it disagree (low); two versions alike, or a version that
// says both, do not.
func TestSites(t *testing.T) {
	const lead = "The Ostby lighthouse reopened on Sunday after ten years.\n\n"
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"on the site and beside it",
			"The new tower is a copy built on the same site as the original, which storms destroyed.",
			"Today's tower is a copy standing close to the site of the original, which lies under the sea.",
			true},
		{"on the site in both",
			"The new tower is a copy built on the same site as the original, which storms destroyed.",
			"Today's tower stands on the site of the original, which storms destroyed.",
			false},
		{"near in both",
			"The new tower stands only yards from the original ruin.",
			"Today's tower is a copy standing close to the site of the original, which lies under the sea.",
			false},
		{"one version says both",
			"The new tower stands on the site of the original keeper's house, only yards from the original tower.",
			"Today's tower is a copy standing close to the site of the original, which lies under the sea.",
			false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { assertLowClaim(t, "where it stands", tc.want, lead+tc.a, lead+tc.b) })
	}
}
