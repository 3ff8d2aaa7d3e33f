package corpustest

import (
	"context"
	"slices"
	"testing"
	"time"

	"crosswire"
	"crosswire/attribution"
)

// TestClaimsFromFacts: the attribution claims rest on the story's claim
// facts (the JSON report's claims): who hit whom is the facts layer's
// reading of the verb's subject, and each edge lists the claim facts it
// rests on with their versions counted. All text is invented.
func TestClaimsFromFacts(t *testing.T) {
	tests := []struct {
		name           string
		bodies         []string
		actor, victim  string
		notActor       string
		wantFactClaims bool
	}{
		{"subject, not the sponsor in its relative clause",
			[]string{"Norland's cyber agency on Monday blamed APT77 for the intrusion at the Harlow Water Board.\n\n" +
				"The agency said APT77, a hacking group it links to Estmark's military, hacked the Harlow Water Board in May and stole customer records."},
			"APT77", "Harlow Water Board", "Estmark", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var docs []crosswire.Document
			for i, b := range tc.bodies {
				pub := time.Date(2031, 5, 6, 8+i, 0, 0, 0, time.UTC)
				docs = append(docs, crosswire.Document{Source: string(rune('a'+i)) + ".txt", Title: "Water board hack", Body: b, Published: &pub})
			}
			s := &analysed(t, docs, 1)[0]
			inc, err := attribution.New().Extract(context.Background(), s)
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, tg := range inc.Targets {
				if tg.Actor.Name == tc.notActor && tc.notActor != "" {
					t.Errorf("%s targets %s: the sponsor named in the relative clause is not the verb's subject", tg.Actor.Name, tg.Victim.Name)
				}
				if tg.Actor.Name == tc.actor && tg.Victim.Name == tc.victim {
					found = true
					claims := 0
					defer func() {
						if tc.wantFactClaims && claims == 0 {
							t.Errorf("%s targets %s rests on no claim fact", tg.Actor.Name, tg.Victim.Name)
						}
					}()
					for _, fi := range tg.Facts {
						f := s.Facts[fi]
						claim := f.Kind == crosswire.KindClaim && f.Claim != nil
						if !claim && f.Kind != crosswire.KindQuote || tg.Support < f.Support {
							t.Errorf("fact %d %+v: neither a claim nor the speaker's quotation, or more support than the edge (%d)", fi, f, tg.Support)
						}
						if claim {
							claims++
						}
						for _, sp := range f.Sources {
							if !slices.ContainsFunc(tg.Sources, func(x crosswire.Span) bool {
								return x.Article == sp.Article && x.Start <= sp.Start && sp.End <= x.End
							}) {
								t.Errorf("the fact's source %q is not among the edge's sources", sp.Text)
							}
						}
					}
				}
			}
			if !found {
				t.Errorf("no %s targets %s among %+v", tc.actor, tc.victim, inc.Targets)
			}
		})
	}
}

// TestEdgesOnFacts: attributions read by the speech, passive-agent and
// "accused … of being behind" rules rest on the report's facts of the
// same words — the speaker's quotation, the perpetration claim, the
// accusation claim — so their support is the report's. All text is
// invented.
func TestEdgesOnFacts(t *testing.T) {
	tests := []struct {
		name, body, accused string
		kind                crosswire.FactKind
		class               string // the claim fact's class, for a claim
	}{
		{"speaker of a reported clause",
			"Greyfield Labs said on Tuesday that APT77 breached the Harlow Water Board in May.",
			"APT77", crosswire.KindQuote, ""},
		{"agent of a passive perpetration",
			"The intrusion at the Harlow Water Board was carried out by APT77, investigators at Greyfield Labs said.",
			"APT77", crosswire.KindClaim, "perpetrate"},
		{"a perpetrator written with 'was behind'",
			"Greyfield Labs said APT77 was behind the intrusion at the Harlow Water Board.",
			"APT77", crosswire.KindClaim, "perpetrate"},
		{"accused of being behind",
			"Norland's cyber agency on Monday accused APT77 of being behind the hack of the Harlow Water Board.",
			"APT77", crosswire.KindClaim, "charge"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pub := time.Date(2031, 5, 6, 8, 0, 0, 0, time.UTC)
			docs := []crosswire.Document{{Source: "a.txt", Title: "Water board hack", Body: tc.body, Published: &pub}}
			s := &analysed(t, docs, 1)[0]
			inc, err := attribution.New().Extract(context.Background(), s)
			if err != nil {
				t.Fatal(err)
			}
			for _, a := range inc.Attributions {
				if a.Subject != nil || a.Accused.Name != tc.accused {
					continue
				}
				for _, fi := range a.Facts {
					f := s.Facts[fi]
					if f.Kind == tc.kind && (tc.class == "" || f.Claim != nil && f.Claim.Class == tc.class) {
						return
					}
				}
				t.Fatalf("the incident attributed to %s rests on %v, no %s fact %s", tc.accused, a.Facts, tc.kind, tc.class)
			}
			t.Errorf("no attribution of the incident to %s in %+v", tc.accused, inc.Attributions)
		})
	}
}
