package group

import (
	"slices"
	"testing"
	"time"

	"crosswire"
)

// angleArticles are fictional: three dated reports of one attack (a
// story), and lone articles of its kind and days.
func angleArticles() []crosswire.Article {
	at := func(day, hour int) *time.Time {
		t := time.Date(2026, 3, day, hour, 0, 0, 0, time.UTC)
		return &t
	}
	return []crosswire.Article{
		{ID: "a0", Published: at(10, 9), Title: "Ransomware halts Brantmoor Foods plant", Text: "Brantmoor Foods said on Tuesday that ransomware had stopped the lines at its Ellisford plant. " +
			"The dairy group called in Kessard Response and told 300 staff in Harwick county to stay home."},
		{ID: "a1", Published: at(10, 14), Title: "Brantmoor Foods shuts Ellisford lines after cyber attack", Text: "A cyber attack forced Brantmoor Foods to shut its Ellisford plant on Tuesday. " +
			"The company said Kessard Response was restoring its systems, and the Dellmore Union asked for talks on wages lost."},
		{ID: "a2", Published: at(11, 8), Title: "Cyber attack stops dairy production", Text: "Production at the Ellisford plant of Brantmoor Foods stopped on Tuesday after a ransomware attack, the company said. " +
			"Kessard Response is investigating, spokeswoman Ines Varga told the Tarnow Courier."},
		// 3: a side of the event a day on, its who in the headline
		{ID: "a3", Published: at(11, 16), Title: "Brantmoor farmers wait for payments", Text: "Dairy farmers who supply Brantmoor Foods said their payments had stalled. " +
			"Several delivered milk to Ellisford last week and have not been paid."},
		// 4: another event of the kind within the days: its own who
		{ID: "a4", Published: at(11, 10), Title: "Quellmark Dairies hit by ransomware", Text: "Quellmark Dairies said ransomware had reached its systems, a week after the Ellisford plant of Brantmoor Foods was hit. " +
			"Its plants at Tarrowby kept running."},
		// 5: the who's headline six days on, its lead of another day
		{ID: "a5", Published: at(16, 9), Title: "Brantmoor Foods restarts production", Text: "Brantmoor Foods restarted production at Ellisford on Monday. " +
			"The company said no customer data had been taken."},
		// 6: an explainer four days on whose lead tells the event's day
		{ID: "a6", Published: at(14, 9), Title: "How the Brantmoor attack unfolded", Text: "The attack that shut Brantmoor Foods on Tuesday began with one stolen password, investigators said. " +
			"Ellisford staff saw the first ransom notes at dawn."},
		// 7: a side of the event, its headline naming no one the story writes
		{ID: "a7", Published: at(11, 12), Title: "Farmers fear for milk payments", Text: "Dairy farmers who supply Brantmoor Foods said their payments had stalled. " +
			"Several delivered milk to Ellisford last week and have not been paid."},
	}
}

// TestAngle: a lone dated article whose headline names the who that most
// of a story's members write, a name rare outside the story, joins it
// within copyWindowHours (angle.go); the kind's other event, the who days
// on, and a side story naming no one the story writes do not. The
// background makes the collection large enough for rarity (RareMinN).
func TestAngle(t *testing.T) {
	if testing.Short() {
		t.Skip("short: reads the shipped background")
	}
	all := angleArticles()
	tests := []struct {
		name string
		lone int
		want bool
	}{
		{"a side of the event, its who in the headline, a day on", 3, true},
		{"another event of the kind within the days", 4, false},
		{"the who six days on", 5, false},
		{"an explainer four days on", 6, false},
		{"a side of the event, no who in its headline", 7, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// the story's three reports and the lone article alone
			arts := append(slices.Clone(all[:3]), all[tc.lone])
			ix, _ := partitionIndex(t, arts, DefaultBackground())
			if ix.collectionSize() < RareMinN {
				t.Fatal("premise: the collection is too small for rarity")
			}
			fps := make([]*Fingerprint, len(arts))
			for i := range fps {
				fps[i] = &Fingerprint{ID: arts[i].ID, Anchors: ix.anchorList(uint32(i)), Published: *arts[i].Published}
			}
			c := buildCores(ix, fps, []uint32{0, 0, 0, 3}, make([]bool, len(fps)))
			k, ok := c.story[0]
			if !ok || ix.worded[ix.find(0)] {
				t.Fatal("premise: no cored story without a body")
			}
			h := fps[3].Published.Unix() / 3600
			if got := c.angle(ix, 3, k, h); got != tc.want {
				t.Errorf("angle(%s) = %v; want %v", arts[3].ID, got, tc.want)
			}
		})
	}
}

// TestAngleNotInCore: an angle piece is a member of its story but not of
// the core later passes read (buildCoresOf): its own names do not become
// names several members hold.
func TestAngleNotInCore(t *testing.T) {
	arts := angleArticles()
	ix, _ := partitionIndex(t, arts, nil)
	fps := make([]*Fingerprint, len(arts))
	for i := range fps {
		fps[i] = &Fingerprint{ID: arts[i].ID, Anchors: ix.anchorList(uint32(i)), Published: *arts[i].Published}
	}
	roots := make([]uint32, len(fps))
	for i := range roots {
		roots[i] = uint32(i)
	}
	roots[1], roots[2], roots[3] = 0, 0, 0
	angled := make([]bool, len(fps))
	angled[3] = true
	for _, tc := range []struct {
		name   string
		angled []bool
		want   int
	}{
		{"the piece counted", nil, 4},
		{"the piece left out", angled, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := buildCoresOf(ix, fps, roots, make([]bool, len(fps)), nil, tc.angled)
			k, ok := c.story[0]
			if !ok {
				t.Fatal("no cored story")
			}
			if c.size[k] != tc.want || len(c.members[k]) != tc.want {
				t.Errorf("core of %d members (%d listed); want %d", c.size[k], len(c.members[k]), tc.want)
			}
		})
	}
}
