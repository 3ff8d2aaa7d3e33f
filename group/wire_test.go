package group

import (
	"context"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"crosswire"
)

// take is a fictional wire take: its header fields and text.
type take struct {
	id, slug, version, agency string
	page                      int
	filed                     time.Time
	text                      string
}

func (tk take) article() crosswire.Article {
	f := tk.filed
	return crosswire.Article{ID: tk.id, Text: tk.text, Outlet: tk.agency, Published: &f,
		Wire: &crosswire.Wire{Slug: tk.slug, Version: tk.version, Page: tk.page, Desk: "NEWS", Agency: tk.agency, Filed: &f}}
}

// filedAt is a filing time on a day of June 2025, London time.
func filedAt(day, hour, minute int) time.Time {
	loc, err := time.LoadLocation("Europe/London")
	if err != nil {
		loc = time.UTC
	}
	return time.Date(2025, 6, day, hour, minute, 0, 0, loc)
}

// Fictional takes. The day-3 evening story and the day-4 story share their
// people (a follow-up); the pages of one take share a name at most.
var (
	tkEve1 = take{id: "e1", slug: "Vessburg", agency: "Norpress", page: 1, filed: filedAt(3, 19, 10),
		text: `Harbour master Ilse Brandvold closed the Port of Vessburg on Tuesday evening after 4,200 litres of solvent leaked from the tanker Marla Quist. Coastguard officer Tomas Reinholt said the spill stretched for two kilometres along the northern quay.`}
	tkEve2 = take{id: "e2", slug: "Vessburg", agency: "Norpress", page: 2, filed: filedAt(3, 19, 45),
		text: `Fishing crews tied up their boats and waited on the slipway while divers from Kelmar checked the hull. Brandvold said the clean-up would take days, not hours, and asked residents to keep away from the shore.`}
	tkEve3 = take{id: "e3", slug: "Vessburg", agency: "Norpress", page: 3, filed: filedAt(3, 20, 30),
		text: `The owners of the tanker, registered in Ostria, have not commented. Local councillor Petra Lindqvist called for an inquiry into how the vessel was allowed to berth with a damaged valve, and Reinholt promised a report within the week.`}
	tkMorn = take{id: "m1", slug: "Vessburg", agency: "Norpress", page: 1, filed: filedAt(4, 3, 5),
		text: `The Port of Vessburg stayed shut on Wednesday as harbour master Ilse Brandvold and coastguard officer Tomas Reinholt inspected the damage left by 4,200 litres of solvent from the tanker Marla Quist, registered in Ostria, and councillor Petra Lindqvist repeated her call for an inquiry.`}
	tkSub = take{id: "m2", slug: "Vessburg", version: "substitute", agency: "Norpress", page: 1, filed: filedAt(4, 17, 40),
		text: `Divers found a second crack in the hull of the Marla Quist on Wednesday afternoon, Vessburg port officials said, and the quay will stay closed until Friday. Insurers from Haldor Mutual arrived to assess the claim.`}
	tkFact = take{id: "f1", slug: "Vessburg Factfile", agency: "Norpress", page: 1, filed: filedAt(3, 19, 13),
		text: `The harbour at Vessburg handles 3,100 vessels a year and employs 640 people, most of them on the northern quay.`}
	tkOther = take{id: "o1", slug: "Vessburg", agency: "Coastline", page: 2, filed: filedAt(3, 20, 0),
		text: `Brandvold is expected to speak again at nine on Wednesday morning, a spokeswoman for the harbour authority said.`}
	tkLate = take{id: "e9", slug: "Vessburg", agency: "Norpress", page: 1, filed: filedAt(3, 23, 10),
		text: `Late on Tuesday Ilse Brandvold said the Port of Vessburg would stay closed overnight while the Marla Quist was pumped out under the eye of coastguard officer Tomas Reinholt.`}
	// a new lead's second page without its first page: the evening's
	// story under the day's slug; filed the next afternoon, a follow-up's
	tkNL2 = take{id: "n2", slug: "Vessburg", version: "newlead", agency: "Norpress", page: 2, filed: filedAt(3, 22, 5),
		text: `Brandvold told a late briefing that the Marla Quist would be towed to Kelmar once it was pumped out, and Reinholt said 900 litres had been recovered from the northern quay.`}
	tkNL2Next = take{id: "n3", slug: "Vessburg", version: "newlead", agency: "Norpress", page: 2, filed: filedAt(4, 15, 5),
		text: tkNL2.text}
	tkBlank = take{id: "b2", slug: "Vessburg", agency: "Norpress", page: 4, filed: filedAt(3, 21, 0),
		text: `Forecasters at the Ostmark Weather Bureau expect 40mm of rain in Tarnby and Holmvik by Saturday, with gales of 70mph on exposed coasts.`}
)

// TestWireTakes checks the wire rules (wire.go) in the batch Grouper and
// the streaming Index, in many input orders: pages join the take they
// continue, a substitute joins that day's take and not the previous
// evening's story under the same slug, a sidebar filed with its story
// joins it, a take of another agency or sharing nothing with its take
// does not.
func TestWireTakes(t *testing.T) {
	for _, tc := range []struct {
		name     string
		takes    []take
		together [][2]string
		apart    [][2]string
	}{
		{"continuation pages", []take{tkEve1, tkEve2, tkEve3},
			[][2]string{{"e1", "e2"}, {"e1", "e3"}}, nil},
		{"a page without the one before it", []take{tkEve1, tkEve3},
			[][2]string{{"e1", "e3"}}, nil},
		{"next day's take is a follow-up, its substitute joins it", []take{tkEve1, tkEve2, tkEve3, tkMorn, tkSub},
			[][2]string{{"e1", "e3"}, {"m1", "m2"}}, [][2]string{{"e1", "m1"}, {"e3", "m2"}}},
		{"a story and its factfile filed together", []take{tkEve1, tkFact},
			[][2]string{{"e1", "f1"}}, nil},
		{"a factfile filed hours later stays apart", []take{tkMorn, tkFact}, nil, [][2]string{{"m1", "f1"}}},
		{"another agency's page", []take{tkEve1, tkOther}, nil, [][2]string{{"e1", "o1"}}},
		{"a page sharing nothing with its take", []take{tkEve1, tkBlank}, nil, [][2]string{{"e1", "b2"}}},
		{"a new lead's page without its first page", []take{tkEve1, tkEve2, tkNL2}, [][2]string{{"e1", "n2"}, {"e2", "n2"}}, nil},
		{"a new lead's page the next day without its first page", []take{tkEve1, tkNL2Next}, nil, [][2]string{{"e1", "n3"}}},
		{"a new lead's page joins its day's take, not the evening's", []take{tkEve1, tkMorn, tkNL2Next},
			[][2]string{{"m1", "n3"}}, [][2]string{{"e1", "n3"}}},
		// a second first take under the day's slug, without a version
		// word: the day's story (the next day's first take is not)
		{"a second first take of the day's slug", []take{tkEve1, tkEve2, tkLate, tkMorn},
			[][2]string{{"e1", "e9"}, {"e2", "e9"}}, [][2]string{{"e9", "m1"}}},
		// the next afternoon's substitute, filed under 24 hours after the
		// evening's pages, without the morning take it replaces
		{"a substitute without that day's take", []take{tkEve1, tkEve3, tkSub}, [][2]string{{"e1", "e3"}},
			[][2]string{{"e1", "m2"}, {"e3", "m2"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(14, 1))
			for round := 0; round < 6; round++ {
				takes := slices.Clone(tc.takes)
				rng.Shuffle(len(takes), func(i, j int) { takes[i], takes[j] = takes[j], takes[i] })
				arts := make([]crosswire.Article, len(takes))
				for i, tk := range takes {
					arts[i] = tk.article()
				}
				cl, err := New(Options{}).Partition(context.Background(), arts)
				if err != nil {
					t.Fatal(err)
				}
				batch := map[string]string{}
				for i, a := range arts {
					batch[a.ID] = cl.StoryOf[i]
				}
				// the stream gets the takes in filing order, as a wire
				// feed delivers them, and in the shuffled order
				for _, inFilingOrder := range []bool{true, false} {
					s := slices.Clone(arts)
					if inFilingOrder {
						slices.SortFunc(s, func(a, b crosswire.Article) int { return a.Wire.Filed.Compare(*b.Wire.Filed) })
					}
					ix := NewIndex(IndexOptions{})
					stream := map[string]string{}
					for _, a := range s {
						if _, err := ix.Add(context.Background(), a); err != nil {
							t.Fatal(err)
						}
					}
					for _, a := range s {
						stream[a.ID], _ = ix.StoryOf(a.ID)
					}
					check := func(name string, got map[string]string, apart bool) {
						for _, p := range tc.together {
							if got[p[0]] != got[p[1]] {
								t.Errorf("%s (order %v): %s and %s apart, want one story", name, ids(s), p[0], p[1])
							}
						}
						for _, p := range tc.apart {
							if apart && got[p[0]] == got[p[1]] {
								t.Errorf("%s (order %v): %s and %s one story, want apart", name, ids(s), p[0], p[1])
							}
						}
					}
					// out of filing order too: a substitute arriving
					// before that morning's take has no parent (the
					// evening's pages are of another day) until the take
					// arrives and takes it (joinWire's late takes)
					check("stream", stream, true)
					if inFilingOrder {
						check("batch", batch, true)
					}
				}
			}
		})
	}
}

func ids(arts []crosswire.Article) string {
	out := make([]string, len(arts))
	for i, a := range arts {
		out[i] = a.ID
	}
	return strings.Join(out, ",")
}

// Fictional papers' versions (undated, as a file checked alone): one made
// from the day-3 evening story, which the day-4 morning take repeats as
// background, and one made from the day-4 substitute's new facts.
var (
	paperEve = crosswire.Article{ID: "pe", Outlet: "Morning Ledger", Text: `Solvent spill shuts Vessburg port. ` +
		`Harbour master Ilse Brandvold shut the Port of Vessburg last night when 4,200 litres of solvent poured from the tanker Marla Quist. ` +
		`Coastguard Tomas Reinholt said the slick ran two kilometres along the northern quay, and councillor Petra Lindqvist demanded an inquiry.`}
	paperMorn = crosswire.Article{ID: "pm", Outlet: "Evening Courier", Text: `Second crack found in solvent tanker. ` +
		`Port officials in Vessburg said divers had found a second crack in the hull of the Marla Quist, and the quay will stay closed until Friday. ` +
		`Assessors from Haldor Mutual arrived on Wednesday afternoon to look at the claim.`}
)

// TestWireStoriesApart checks the batch's wire guard (wireGuard): two days'
// takes under one slug stay two stories although a paper's version of the
// first day matches the second day's take (which repeats the first day's
// story) as well as its own, and each paper joins the day whose own facts
// it carries; in any input order.
func TestWireStoriesApart(t *testing.T) {
	arts := []crosswire.Article{paperEve, paperMorn}
	for _, tk := range []take{tkEve1, tkEve2, tkEve3, tkMorn, tkSub} {
		arts = append(arts, tk.article())
	}
	together := [][2]string{{"e1", "e3"}, {"m1", "m2"}, {"e1", "pe"}, {"m2", "pm"}}
	apart := [][2]string{{"e1", "m1"}, {"pe", "m1"}, {"pm", "e1"}}
	rng := rand.New(rand.NewPCG(14, 2))
	for round := 0; round < 6; round++ {
		rng.Shuffle(len(arts), func(i, j int) { arts[i], arts[j] = arts[j], arts[i] })
		cl, err := New(Options{}).Partition(context.Background(), arts)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for i, a := range arts {
			got[a.ID] = cl.StoryOf[i]
		}
		for _, p := range together {
			if got[p[0]] != got[p[1]] {
				t.Errorf("order %v: %s and %s apart, want one story", ids(arts), p[0], p[1])
			}
		}
		for _, p := range apart {
			if got[p[0]] == got[p[1]] {
				t.Errorf("order %v: %s and %s one story, want apart", ids(arts), p[0], p[1])
			}
		}
	}
}
