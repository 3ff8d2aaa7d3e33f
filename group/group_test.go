package group

import (
	"context"
	"math/rand"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"crosswire"
)

// shuffled returns a copy of arts in a seeded random order.
func shuffled(arts []crosswire.Article, seed int64) []crosswire.Article {
	out := append([]crosswire.Article(nil), arts...)
	if seed == 0 {
		return out
	}
	r := rand.New(rand.NewSource(seed))
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

func at(s string) *time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return &t
}

// Fictional reports: a ferry accident on the Varn estuary told by a wire
// agency, copied, excerpted, rewritten and translated, and two other
// Varnland stories that share the country, the weekday and small numbers.
const (
	ferryWire = `KESTRA, May 6 (Varnpress) — The passenger ferry Aurelia Sund ran aground on a sandbank in the Varn estuary on Tuesday, leaving 312 passengers stranded for nine hours before tugboats pulled the vessel free, the Varnland Maritime Authority said.

Harbour master Ilse Corvander said 17 passengers were treated for minor injuries and 4 were taken to the Kestra General Hospital. "The crew acted quickly and nobody was in serious danger," Corvander told reporters at the ferry terminal.

The Aurelia Sund, operated by the Brightwater Line, was sailing from Kestra to the island of Holmvik when it struck the bank at about 7:40 in the morning. Investigators from the Maritime Authority will examine the ship's navigation records and question the captain, a 58-year-old veteran of the route.

Brightwater Line chief executive Paulo Tennant apologised to passengers and promised refunds of 1,450 crowns per ticket. "We will find out what went wrong and we will fix it," Tennant said in a statement. The estuary channel was dredged in 2019 at a cost of 23 million crowns.`

	ferryRewrite = `Hundreds of travellers spent most of Tuesday stuck aboard the Aurelia Sund after the Brightwater Line vessel hit a sandbank in the Varn estuary, according to the Varnland Maritime Authority.

It took tugboats nine hours to free the ship and its 312 passengers. Seventeen people needed first aid and 4 went to Kestra General Hospital, harbour master Ilse Corvander explained. "The crew acted quickly and nobody was in serious danger," she insisted.

The crossing to Holmvik had left Kestra shortly before the grounding at 7:40. Maritime Authority inspectors are now going through the navigation logs and plan to interview the 58-year-old captain.

Paulo Tennant, who runs Brightwater Line, said sorry and offered every passenger 1,450 crowns back. "We will find out what went wrong and we will fix it," Tennant promised. Dredging of the channel in 2019 had cost 23 million crowns.`

	ferryTranslation = `KESTRA, 6 de mayo (Varnpress) — El transbordador de pasajeros Aurelia Sund encalló en un banco de arena del estuario del Varn el martes, y 312 pasajeros quedaron atrapados durante nueve horas hasta que los remolcadores liberaron el buque, informó la Autoridad Marítima de Varnland.

La capitana del puerto Ilse Corvander dijo que 17 pasajeros recibieron atención por heridas leves y 4 fueron trasladados al Hospital General de Kestra. «La tripulación actuó con rapidez y nadie corrió un peligro grave», declaró Corvander a los periodistas en la terminal.

El Aurelia Sund, de la naviera Brightwater Line, navegaba de Kestra a la isla de Holmvik cuando chocó contra el banco hacia las 7:40 de la mañana. Los investigadores de la Autoridad Marítima examinarán los registros de navegación del barco e interrogarán al capitán, un veterano de 58 años.

El director ejecutivo de Brightwater Line, Paulo Tennant, pidió disculpas y prometió reembolsos de 1.450 coronas por billete. El canal del estuario fue dragado en 2019 con un coste de 23 millones de coronas.`

	bridgeStory = `DALSBY, May 6 (Varnpress) — A road bridge over the Orme river in Varnland was closed on Tuesday after engineers found cracks in two of its supports, the transport ministry said.

Transport minister Edda Løvgren said the 1974 bridge carries about 9,000 vehicles a day and would stay closed for at least 3 weeks. "Safety comes before convenience," Løvgren said. Drivers face a detour of 40 kilometres through Marsk.

The ministry ordered inspections of 12 similar bridges built by the contractor Vendahl Bygg in the 1970s.`

	footballStory = `Holmvik FC beat Kestra United 3-1 on Tuesday to reach the final of the Varnland Cup for the first time since 2004.

Striker Amadou Fenn scored twice in 9 minutes after half-time before captain Rolf Iversen added a third from the penalty spot. Kestra's consolation came from Mira Osei in the 88th minute.

"This club has waited twenty years for a night like this," coach Tilde Brask said. Holmvik will meet Dalsby Rovers in the final on May 24.`
)

func ferryCorpus() []crosswire.Article {
	excerpt := ferryWire[:strings.Index(ferryWire, "The Aurelia Sund, operated")]
	return []crosswire.Article{
		{ID: "ferry-wire", Title: "Ferry runs aground in Varn estuary", Outlet: "Varnpress", Language: "en", Published: at("2025-05-06T10:00:00Z"), Text: ferryWire},
		{ID: "ferry-copy", Title: "Ferry aground", Outlet: "Coast Daily", Language: "en", Published: at("2025-05-06T11:30:00Z"), Text: ferryWire + "\n\nRead more coast news every day."},
		{ID: "ferry-excerpt", Title: "Ferry aground, 312 stranded", Outlet: "Kestra Brief", Language: "en", Published: at("2025-05-06T12:00:00Z"), Text: excerpt},
		{ID: "ferry-rewrite", Title: "Nine hours on a sandbank", Outlet: "Holmvik Herald", Language: "en", Published: at("2025-05-06T15:00:00Z"), Text: ferryRewrite},
		{ID: "ferry-es", Title: "Encalla un transbordador en el Varn", Outlet: "Diario Sur", Language: "es", Published: at("2025-05-07T08:00:00Z"), Text: ferryTranslation},
		{ID: "bridge", Title: "Orme bridge closed", Outlet: "Varnpress", Language: "en", Published: at("2025-05-06T09:00:00Z"), Text: bridgeStory},
		{ID: "football", Title: "Holmvik reach cup final", Outlet: "Sport Varn", Language: "en", Published: at("2025-05-06T22:00:00Z"), Text: footballStory},
	}
}

func storySets(stories []crosswire.Story) []string {
	var out []string
	for _, st := range stories {
		var ids []string
		for _, a := range st.Articles {
			ids = append(ids, a.ID)
		}
		sort.Strings(ids)
		out = append(out, strings.Join(ids, ","))
	}
	sort.Strings(out)
	return out
}

func TestGroupRoles(t *testing.T) {
	tests := []struct {
		name      string
		arts      []crosswire.Article
		dropTimes bool
		stories   []string
		roles     map[string]crosswire.Role
		derived   map[string]string
		evidence  map[string]string
	}{
		{
			name: "dated versions",
			arts: ferryCorpus(),
			stories: []string{
				"bridge",
				"ferry-copy,ferry-es,ferry-excerpt,ferry-rewrite,ferry-wire",
				"football",
			},
			roles: map[string]crosswire.Role{
				"ferry-wire": crosswire.RoleOriginal, "ferry-copy": crosswire.RoleCopy,
				"ferry-excerpt": crosswire.RoleExcerpt, "ferry-rewrite": crosswire.RoleRewrite,
				"ferry-es": crosswire.RoleTranslation, "bridge": crosswire.RoleOriginal, "football": crosswire.RoleOriginal,
			},
			derived:  map[string]string{"ferry-copy": "ferry-wire", "ferry-rewrite": "ferry-wire", "ferry-es": "ferry-wire"},
			evidence: map[string]string{"ferry-wire": "earliest published", "ferry-copy": "published 1h after", "ferry-es": "language es vs en"},
		},
		{
			name:      "no publication times",
			arts:      ferryCorpus()[:4],
			dropTimes: true,
			stories:   []string{"ferry-copy,ferry-excerpt,ferry-rewrite,ferry-wire"},
			roles: map[string]crosswire.Role{
				"ferry-excerpt": crosswire.RoleExcerpt, "ferry-rewrite": crosswire.RoleRewrite,
			},
			evidence: map[string]string{"ferry-excerpt": "direction inferred from containment"},
		},
		{
			name:    "singleton",
			arts:    ferryCorpus()[5:6],
			stories: []string{"bridge"},
			roles:   map[string]crosswire.Role{"bridge": crosswire.RoleOriginal},
		},
		{
			name:    "empty",
			arts:    nil,
			stories: nil,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := tc.arts
			if tc.dropTimes {
				for i := range arts {
					arts[i].Published = nil
				}
			}
			var first []crosswire.Story
			for seed := int64(0); seed < 5; seed++ {
				stories, err := New(Options{}).Group(context.Background(), shuffled(arts, seed))
				if err != nil {
					t.Fatal(err)
				}
				if got := storySets(stories); !slices.Equal(got, tc.stories) {
					t.Fatalf("seed %d: stories %q, want %q", seed, got, tc.stories)
				}
				byID := map[string]crosswire.Article{}
				for _, st := range stories {
					if st.Title != st.Articles[0].Title || st.Articles[0].Role != crosswire.RoleOriginal || st.Articles[0].DerivedFrom != nil {
						t.Errorf("story %s: first article %s role %s is not its original", st.ID, st.Articles[0].ID, st.Articles[0].Role)
					}
					for _, a := range st.Articles {
						byID[a.ID] = a
						if a.Evidence == "" {
							t.Errorf("%s: no evidence", a.ID)
						}
					}
				}
				for id, role := range tc.roles {
					if byID[id].Role != role {
						t.Errorf("%s: role %s, want %s (%s)", id, byID[id].Role, role, byID[id].Evidence)
					}
				}
				for id, d := range tc.derived {
					if got := byID[id].DerivedFrom; got == nil || *got != d {
						t.Errorf("%s: derived from %v, want %s", id, got, d)
					}
				}
				for id, e := range tc.evidence {
					if !strings.Contains(byID[id].Evidence, e) {
						t.Errorf("%s: evidence %q lacks %q", id, byID[id].Evidence, e)
					}
				}
				if seed == 0 {
					first = stories
					continue
				}
				if len(first) != len(stories) {
					t.Fatalf("seed %d: %d stories, first run %d", seed, len(stories), len(first))
				}
				for i := range first {
					if first[i].ID != stories[i].ID {
						t.Errorf("seed %d: story %d ID %s, first run %s", seed, i, stories[i].ID, first[i].ID)
					}
					for j := range first[i].Articles {
						a, b := first[i].Articles[j], stories[i].Articles[j]
						if a.ID != b.ID || a.Role != b.Role || a.Evidence != b.Evidence {
							t.Errorf("seed %d: story %s member %d differs: %s/%s vs %s/%s", seed, first[i].ID, j, a.ID, a.Role, b.ID, b.Role)
						}
					}
				}
			}
		})
	}
}

func TestStoryIDStable(t *testing.T) {
	tests := []struct {
		name, min, want string
	}{
		{"fixed prefix and length", "a1", StoryID("a1")},
		{"other id differs", "a2", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := StoryID(tc.min)
			if len(got) != 13 || got[0] != 's' {
				t.Fatalf("StoryID(%q) = %q, want s + 12 hex", tc.min, got)
			}
			if tc.want != "" && got != tc.want {
				t.Errorf("StoryID(%q) = %q, want %q", tc.min, got, tc.want)
			}
			if tc.want == "" && got == StoryID("a1") {
				t.Errorf("StoryID(%q) collides with StoryID(a1)", tc.min)
			}
		})
	}
}

func TestGroupCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	arts := ferryCorpus()
	for len(arts) < 3000 {
		arts = append(arts, arts[len(arts)%7])
		arts[len(arts)-1].ID = strings.Repeat("x", len(arts)%5) + arts[len(arts)-1].ID + string(rune('a'+len(arts)%26))
	}
	if _, err := New(Options{}).Group(ctx, arts); err == nil {
		t.Fatal("Group with a cancelled context returned no error")
	}
}

// TestPartitionOrderFree groups real independent reports (mmds, when the
// shared data is present) and BBC articles in several input orders and
// with one or two workers: the batch's parallel verification, best-match
// joins and story-core merges must give the same stories every time.
func TestPartitionOrderFree(t *testing.T) {
	arts := sharedArticles(t, "mmds2025-dev.jsonl")
	if bbc := sharedArticles(t, "bbc-news-2225.jsonl"); len(bbc) > 600 {
		arts = append(arts, bbc[:600]...)
	}
	partition := func(in []crosswire.Article, workers int) map[string]string {
		cl, err := New(Options{Workers: workers}).Partition(context.Background(), in)
		if err != nil {
			t.Fatal(err)
		}
		out := make(map[string]string, len(in))
		for i, a := range in {
			out[a.ID] = cl.StoryOf[i]
		}
		return out
	}
	want := partition(arts, 1)
	stories := map[string]bool{}
	for _, s := range want {
		stories[s] = true
	}
	if len(stories) == len(arts) || len(stories) < len(arts)/4 {
		t.Fatalf("%d stories from %d articles: grouping joined nothing or nearly everything", len(stories), len(arts))
	}
	for _, seed := range []int64{1, 2, 3} {
		got := partition(shuffled(arts, seed), 2)
		for id, s := range want {
			if got[id] != s {
				t.Fatalf("seed %d: %s in story %s, in ID order with one worker %s", seed, id, got[id], s)
			}
		}
	}
}

// TestPartitionOddInput covers input a careless caller gives: articles
// without IDs next to one called "#1", headline-only articles, and an ID
// used twice for different texts.
func TestPartitionOddInput(t *testing.T) {
	texts := []string{
		"The Port of Vessburg closed on Tuesday after 4,200 litres of solvent leaked from the tanker Marla Quist, harbour master Ilse Brandvold said.",
		"The new public library in Lindhaven won the Aalborg Prize for civic architecture, its architect Teodor Saks said on Friday.",
		"Estmark's national museum reopened its north wing after a 14-month renovation costing 9.5 million crowns, director Hanna Ode said.",
	}
	at := func(s string) *time.Time {
		tm, _ := time.Parse(time.RFC3339, s)
		return &tm
	}
	tests := []struct {
		name     string
		arts     []crosswire.Article
		together [][2]int // article pairs that must share a story
		apart    [][2]int // and pairs that must not
	}{
		{"no IDs beside #1",
			[]crosswire.Article{{Text: texts[0]}, {Text: texts[1]}, {ID: "#1", Text: texts[2]}},
			nil, [][2]int{{0, 1}, {0, 2}, {1, 2}}},
		{"headline-only articles years apart",
			[]crosswire.Article{
				{ID: "a", Title: "NTU and NUS report 4,321 cases in Jurong", Published: at("2020-03-01T00:00:00Z")},
				{ID: "b", Title: "NTU, NUS open Jurong campus for 4,321 students", Published: at("2023-03-01T00:00:00Z")},
			},
			nil, [][2]int{{0, 1}}},
		{"copies still join",
			[]crosswire.Article{{ID: "x", Text: texts[0]}, {ID: "y", Text: texts[0]}, {ID: "z", Text: texts[1]}},
			[][2]int{{0, 1}}, [][2]int{{0, 2}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cl, err := New(Options{}).Partition(context.Background(), tc.arts)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range tc.together {
				if cl.StoryOf[p[0]] != cl.StoryOf[p[1]] {
					t.Errorf("articles %d and %d apart", p[0], p[1])
				}
			}
			for _, p := range tc.apart {
				if cl.StoryOf[p[0]] == cl.StoryOf[p[1]] {
					t.Errorf("articles %d and %d in one story %s", p[0], p[1], cl.StoryOf[p[0]])
				}
			}
		})
	}
	// an ID given twice: the result must not depend on which comes first
	x := crosswire.Article{ID: "dup", Text: texts[0]}
	y := crosswire.Article{ID: "dup", Text: texts[1]}
	z := crosswire.Article{ID: "z", Text: texts[1]}
	a, err := New(Options{}).Partition(context.Background(), []crosswire.Article{x, y, z})
	if err != nil {
		t.Fatal(err)
	}
	b, err := New(Options{}).Partition(context.Background(), []crosswire.Article{y, x, z})
	if err != nil {
		t.Fatal(err)
	}
	if (a.StoryOf[0] == a.StoryOf[2]) != (b.StoryOf[1] == b.StoryOf[2]) {
		t.Errorf("repeated ID: z with dup in one order and not in the other: %v / %v", a.StoryOf, b.StoryOf)
	}
}
