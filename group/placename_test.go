package group

import (
	"testing"

	"crosswire"
)

// TestLeadsAgreePlace reads fictional leads of one street's two stories:
// traders reopening a market hall, and a grocer closing his shop two days
// later. The leads share only the street's name (a name ending in a place
// head: the setting), and the grocer is named in the traders' story in
// passing; they do not agree (placename.go). A lead sharing the grocer
// too agrees, and so does a band called by one place head alone, whose
// name is its who.
func TestLeadsAgreePlace(t *testing.T) {
	fp := func(id, text string) *Fingerprint {
		return NewFingerprint(&crosswire.Article{ID: id, Text: text})
	}
	// the grocer and his nephew are named past the traders' lead (its
	// first 40 words)
	market := fp("pl-market", `Ada Quist and Jonas Bekk, traders in Pelling Street, are to reopen the old market hall in the autumn, `+
		`four years after it shut its doors and the fish and flower stalls moved out to the car park beside the station. `+
		`Their stalls stood beside the shop of grocer Teo Saks and his nephew Rafe Lund, who backed the plan.`)
	grocer := fp("pl-grocer", `Teo Saks, a grocer in Pelling Street, is to close his shop after forty years, his nephew Rafe Lund said last night. `+
		`He will retire to the coast in the spring.`)
	grocerTraders := fp("pl-grocer2", `Teo Saks, a grocer in Pelling Street, is to close his shop as Ada Quist reopens the market hall, his family said.`)
	// the label and the manager are named past the first report's lead
	bandTour := fp("pl-tour", `Delta singer Mira Holm said on Friday that the band would go back on the road in March, playing small halls in the north `+
		`before a run of summer festivals and one long night in the capital in December. Their label Korvo and their manager Ivo Brandt will pay for it.`)
	bandRecord := fp("pl-record", `Delta will tour again in March after topping the charts, their label Korvo and manager Ivo Brandt said.`)
	for _, tc := range []struct {
		name  string
		a, b  *Fingerprint
		agree bool
	}{
		{"one street's two stories", market, grocer, false},
		{"the grocer's story the other way", grocer, market, false},
		{"leads sharing a person too", market, grocerTraders, true},
		{"a band called by one place head", bandTour, bandRecord, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := leadsAgree(&tc.a.lead, &tc.b.lead, tc.a.Anchors, tc.b.Anchors, nil); got != tc.agree {
				t.Errorf("leadsAgree = %v, want %v", got, tc.agree)
			}
		})
	}
}
