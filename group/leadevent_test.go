package group

import (
	"reflect"
	"testing"
)

// TestLeadEventsRealPairs groups every pair of articles of one story of
// meter-showbiz (cleaned), bbc-mt-catalan and mmds-dev as a pair and
// counts the pairs the lead-event condition of the rare-anchor rule
// (leadevent.go) keeps apart: real versions it would lose. When it was
// added: 2 of METER's 1,025 same-story pairs (598 → 596 joined as a
// pair: two papers of one evening whose leads tell two events of one
// affair), none of bbc-mt-catalan's 447 (442 joined) or
// mmds's 213 (97 joined).
func TestLeadEventsRealPairs(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	for _, tc := range []struct {
		name, file string
		withoutBBC bool
		clean      bool
		maxLost    int
	}{
		{"meter-showbiz cleaned", "meter-showbiz.jsonl", false, true, 2},
		{"bbc-mt-catalan", "bbc-mt-catalan.jsonl", true, false, 0},
		{"mmds-dev", "mmds2025-dev.jsonl", false, false, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			recs := readCorpus(t, tc.file)
			if tc.clean {
				recs = cleaned(recs)
			}
			bg := resolveBackground(testBackground(t, tc.withoutBBC))
			g := New(Options{Workers: 1, Background: bg})
			arts, words, fps := corpusFingerprints(t, g, recs)
			pairs, joined, lost := 0, 0, 0
			for i := range recs {
				for j := i + 1; j < len(recs); j++ {
					if recs[i].Cluster != recs[j].Cluster {
						continue
					}
					pairs++
					a, b := i, j
					if fps[b].ID < fps[a].ID {
						a, b = b, a
					}
					ix, roots := groupPair(t, g, arts, words, fps, a, b)
					if roots[0] == roots[1] {
						joined++
						continue
					}
					// apart: would the rare-anchor rule have joined it
					// but for the lead-event condition?
					ok, ps := ix.verify(0, 1)
					if !ok && ps.rare >= MinSharedRare && ix.eventsUntold(0, 1) && !leadsAgreeFailed(ix, &ps) {
						lost++
						t.Logf("apart by the leads' events: %s + %s", recs[i].ID, recs[j].ID)
					}
				}
			}
			t.Logf("%s: %d same-story pairs, %d joined as a pair, %d kept apart by the leads' events", tc.name, pairs, joined, lost)
			if lost > tc.maxLost {
				t.Errorf("%s: %d real pairs kept apart by the leads' events; want ≤ %d", tc.name, lost, tc.maxLost)
			}
		})
	}
}

// leadsAgreeFailed reports whether a refused pair's rare-anchor rule was
// also refused by leadsAgree or by its cosine floor: only pairs the
// leads' events alone refused count as lost to them.
func leadsAgreeFailed(ix *Index, ps *pairScore) bool {
	scale := 1.0
	if ps.gap >= 0 && ps.gap <= 48 {
		scale = 0.9
	}
	if ps.shared < MinSharedAnchors || ps.cosine < EdgeAnchorCosineLow*scale {
		return true
	}
	return len(ix.leads) > 1 && !leadsAgree(&ix.leads[0], &ix.leads[1], ix.full[0], ix.full[1], ix.notCommon)
}

// TestLeadEvents reads the event classes of fictional leads and decides
// whether two articles' leads tell events the other does not.
func TestLeadEvents(t *testing.T) {
	const (
		win    = "Harbury Rovers won the Vessland Cup on Saturday with two late goals in front of 30,000 fans at Kelby Park."
		sack   = "Harbury Rovers have sacked their manager Ilse Brandt after a poor season, the club said on Monday."
		retell = "The Vessland Cup went to Harbury Rovers, who beat Dunmore 2-1. Captain Teo Saks said the team had won for the fans."
		none   = "Harbury Rovers are a football club from the town of Harbury in the north of Vessland."
	)
	for _, tc := range []struct {
		name string
		text string
		want []string
	}{
		{"win", win, []string{"win"}},
		{"names are no events", "Win Saks and Sterling Lost spoke to the press.", nil},
		{"no event", none, nil},
	} {
		if got := leadEvents(tc.text); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: leadEvents = %v, want %v", tc.name, got, tc.want)
		}
	}
	for _, tc := range []struct {
		name string
		a, b string
		want bool
	}{
		{"another occasion", win, sack, true},
		{"one event retold", win, retell, false},
		{"a lead without events", win, none, false},
	} {
		la, lb := leadEvents(tc.a), leadEvents(tc.b)
		if got := eventsUntold(la, lb, textEvents(tc.a, 0), textEvents(tc.b, 0)); got != tc.want {
			t.Errorf("%s: eventsUntold = %v (%v | %v), want %v", tc.name, got, la, lb, tc.want)
		}
	}
	if !english(win) || english("Kelab bola sepak Harbury menang piala itu pada hari Sabtu.") {
		t.Error("english: want the English lead read as English, the Malay one not")
	}
}
