package main

import "testing"

// The descriptions are our own, written in the shape ATT&CK's take.
func TestAttributed(t *testing.T) {
	for _, tc := range []struct {
		name, desc, state, sponsor string
	}{
		{"demonym and sponsor", "[Grey Heron](https://x/G9) is a Russian state-sponsored threat group that has been attributed to Russia's Foreign Intelligence Service (SVR). It targets ministries.", "Russia", "Russia's Foreign Intelligence Service (SVR)"},
		{"based", "Copper Finch is a China-based threat group active since 2015.(Citation: Vendor 2019)", "China", ""},
		{"victims are not the state", "Blue Lantern is a threat group that has targeted Israeli and Iranian companies since 2016.", "", ""},
		{"language is not a state", "Red Wren is a Spanish-speaking cybercriminal group.", "", ""},
		{"hedged", "Amber Owl is a group with a suspected Iranian nexus, though this attribution is not definite.", "", ""},
		{"operating out of", "Slate Moth is a threat group operating out of Vietnam that has targeted journalists.", "Vietnam", ""},
		{"conducted by a body", "Iron Kestrel is one of several names for activity conducted by the Iranian Ministry of Intelligence and Security (MOIS).", "Iran", "Iranian Ministry of Intelligence and Security (MOIS)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st, sp := attributed(tc.desc)
			if st != tc.state || sp != tc.sponsor {
				t.Errorf("attributed = (%q, %q), want (%q, %q)", st, sp, tc.state, tc.sponsor)
			}
		})
	}
}
