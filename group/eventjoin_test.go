package group

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"crosswire"
)

// rehabReports is fictional event coverage of the held-out kind (issue 14):
// two events of one kind — two actors entering rehab clinics — each told
// by four outlets in their own words, undated, with headlines. Each
// outlet names the event's who and where and tells what happened; the
// two events share their kind's words (rehab, treatment, clinic,
// representative, statement) and nothing else.
func rehabReports() []crosswire.Article {
	return []crosswire.Article{
		{ID: "a1", Outlet: "Harlow Courier", Title: "Actress Delphine Marrow checks into rehab",
			Text: "Actress Delphine Marrow has checked into the Bellcrest Recovery Center in Ashvale for treatment, her representative said on Tuesday. " +
				"\"Delphine has voluntarily entered Bellcrest to focus on her health and asks for privacy at this time,\" spokesman Corin Vale said in a statement. " +
				"Marrow, 34, starred in the drama Glass Orchard last year. It is her second stay in a treatment program since 2019."},
		{ID: "a2", Outlet: "Saltmere Evening News", Title: "Delphine Marrow enters Bellcrest clinic",
			Text: "Glass Orchard star Delphine Marrow is in rehab. The 34-year-old entered the Bellcrest Recovery Center in Ashvale on Tuesday, according to her spokesman Corin Vale. " +
				"Vale said the actress had voluntarily entered Bellcrest to focus on her health. Friends said she had struggled since the end of filming. " +
				"Marrow completed a treatment program in 2019."},
		{ID: "a3", Outlet: "Lundgate Post", Title: "Marrow seeks treatment at Ashvale clinic",
			Text: "Delphine Marrow has entered rehab at the Bellcrest Recovery Center, a clinic in Ashvale, her representative Corin Vale confirmed Tuesday. " +
				"In a statement Vale asked the public to respect the actress's privacy while she focuses on her health. " +
				"Marrow, who is 34, was nominated for her role in Glass Orchard and had been due to begin a new film next month."},
		{ID: "a4", Outlet: "Dunmore Daily", Title: "Delphine Marrow in rehab again",
			Text: "Delphine Marrow is back in rehab. The actress checked into Bellcrest Recovery Center in Ashvale on Tuesday, spokesman Corin Vale said. " +
				"\"She has voluntarily entered Bellcrest to focus on her health,\" Vale said. Marrow, 34, spent six weeks at a treatment center in 2019 " +
				"and has spoken openly about her recovery since Glass Orchard."},
		{ID: "a5", Outlet: "Kelbrook Herald", Title: "Another star, another clinic",
			Text: "Delphine Marrow is the latest name to check into rehab. The actress entered Bellcrest Recovery Center in Ashvale on Tuesday. " +
				"Hollywood has seen a string of stars seek treatment this year: comedian Rufus Templeton spent a month at Sandcove in the spring, " +
				"and pop duo Amberlight postponed their Fenwick Arena shows while Jessa Lorne recovered. Addiction specialist Dr Hanne Solberg of the " +
				"Marlow Institute said celebrities face pressures few understand. \"The cycle of touring and filming leaves little room for rest,\" Solberg said. " +
				"Industry analyst Pieter Vosk said studios now write recovery time into contracts, as Brightwater Pictures did for Templeton."},
		{ID: "b1", Outlet: "Harlow Courier", Title: "Singer Tobias Wrenfield enters treatment",
			Text: "Singer Tobias Wrenfield has entered the Harrowgate Lodge treatment facility in Kelbrook, his publicist Mara Ostrand said on Thursday. " +
				"\"Tobias is getting the help he needs and thanks his fans for their support,\" Ostrand said in a statement. " +
				"Wrenfield, 41, cancelled the last dates of his Northern Lights tour this month."},
		{ID: "b2", Outlet: "Saltmere Evening News", Title: "Tobias Wrenfield checks into Harrowgate Lodge",
			Text: "Tobias Wrenfield has checked into rehab at Harrowgate Lodge in Kelbrook, publicist Mara Ostrand confirmed Thursday. " +
				"The 41-year-old singer called off the final shows of his Northern Lights tour earlier this month. " +
				"Ostrand said Wrenfield was getting the help he needs and thanked fans for their support."},
		{ID: "b3", Outlet: "Lundgate Post", Title: "Wrenfield in rehab after cancelled tour",
			Text: "Tobias Wrenfield is in rehab. The singer entered Harrowgate Lodge, a treatment facility in Kelbrook, on Thursday, according to his publicist Mara Ostrand. " +
				"Wrenfield, 41, cancelled the end of his Northern Lights tour this month, citing exhaustion. " +
				"Ostrand asked for privacy for the singer and his family."},
		{ID: "b4", Outlet: "Dunmore Daily", Title: "Tobias Wrenfield seeks help at Kelbrook clinic",
			Text: "Singer Tobias Wrenfield checked into Harrowgate Lodge in Kelbrook on Thursday for treatment, publicist Mara Ostrand said. " +
				"\"Tobias is getting the help he needs,\" Ostrand said. The 41-year-old pulled out of the remaining dates of his Northern Lights tour this month."},
	}
}

// TestEventsOfOneKind groups each event's reports alone and both events'
// reports together: each event is one story, and the two are apart.
func TestEventsOfOneKind(t *testing.T) {
	arts := rehabReports()
	event := func(id string) byte { return id[0] }
	check := func(name string, arts []crosswire.Article) {
		stories, err := New(Options{}).Group(context.Background(), arts)
		if err != nil {
			t.Fatal(err)
		}
		of := map[string]string{}
		for _, s := range stories {
			for _, a := range s.Articles {
				of[a.ID] = s.ID
			}
		}
		for i := range arts {
			for j := i + 1; j < len(arts); j++ {
				x, y := arts[i].ID, arts[j].ID
				if same, want := of[x] == of[y], event(x) == event(y); same != want {
					t.Errorf("%s: %s and %s one story %v, want %v", name, x, y, same, want)
				}
			}
		}
	}
	check("event a alone", slices.Clone(arts[:5]))
	check("event b alone", slices.Clone(arts[5:]))
	check("both events", slices.Clone(arts))
}

// TestLeadWordsTold checks the lead-word rule on pairs at the pair rules'
// floor (MinSharedAnchors shared anchors at anchor cosine
// EdgeAnchorCosineLow, set here so that only the leads decide): leads that
// tell one what in the same words are one event; one subject's other news,
// other days named, or a single shared word are not. Fictional text.
func TestLeadWordsTold(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b crosswire.Article
		want bool
	}{
		{"one event, its what in the same words",
			crosswire.Article{ID: "a", Title: "Corvane Air lets pregnant cabin crew take ground jobs",
				Text: "Pregnant cabin crew at Corvane Air may now take temporary ground jobs until they give birth and return to flying afterwards, the airline said."},
			crosswire.Article{ID: "b", Title: "Pregnant Corvane Air crew can move to ground jobs",
				Text: "Corvane Air cabin crew who become pregnant can apply for temporary ground jobs and return to flying after they give birth, ending a longstanding practice."},
			true},
		{"one subject, other news",
			crosswire.Article{ID: "a", Title: "Corvane Air to cut 400 jobs at Lundgate",
				Text: "Corvane Air will cut 400 jobs at its Lundgate maintenance base as it moves repairs abroad, the airline said."},
			crosswire.Article{ID: "b", Title: "Corvane Air pilots vote to strike",
				Text: "Pilots at Corvane Air have voted to strike over pay and rosters, their union said, threatening flights from Lundgate."},
			false},
		{"the same words, other days",
			crosswire.Article{ID: "a", Title: "Corvane Air lets pregnant cabin crew take ground jobs",
				Text: "Pregnant cabin crew at Corvane Air may now take temporary ground jobs until they give birth, the airline said on Monday."},
			crosswire.Article{ID: "b", Title: "Corvane Air to keep stewardesses after they give birth",
				Text: "Corvane Air said on Thursday that pregnant stewardesses can take temporary ground jobs and return to flying after they give birth."},
			false},
		{"one shared word",
			crosswire.Article{ID: "a", Title: "Fans flock to premiere",
				Text: "Fans were out in force tonight outside the premiere of the film at the Odeon."},
			crosswire.Article{ID: "b", Title: "Comedian signs deal",
				Text: "The comedian is to star in a new series on satellite television, it emerged tonight."},
			false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ix, _ := partitionIndex(t, []crosswire.Article{tc.a, tc.b}, nil)
			ps := pairScore{shared: MinSharedAnchors, cosine: EdgeAnchorCosineLow}
			if got := ix.leadWordsTold(0, 1, &ps); got != tc.want {
				t.Errorf("leads told in the same words %v (lead-word cosine %.2f), want %v", got, ix.leadWordCosine(0, 1), tc.want)
			}
		})
	}
}

// TestLeadText checks that a lead's text ends at a word's end.
func TestLeadText(t *testing.T) {
	short := "Pregnant cabin crew may take ground jobs."
	long := strings.Repeat("stewardesses ", 100)
	for _, tc := range []struct {
		text string
		want int
	}{
		{short, len(short)},
		{long, leadBytes + len("stewardesses") - leadBytes%len("stewardesses ")},
	} {
		got := leadText(tc.text)
		if len(got) != tc.want || !strings.HasPrefix(tc.text, got) {
			t.Errorf("leadText(%.20q…) has %d bytes, want %d", tc.text, len(got), tc.want)
		}
	}
}

// TestUncoveredHeadlinesTold checks the headline rule for two reports in a
// language the background does not cover (fictional Malay text): off in a
// batch too small to weigh its words, on in a collection of RareMinN or
// more, where the filler's function words are common and weigh nothing
// and two headlines that share only them do not tell one event.
func TestUncoveredHeadlinesTold(t *testing.T) {
	quake := []crosswire.Article{
		{ID: "q1", Title: "Gempa bumi kuat landa Zorania, dua maut",
			Text: "Gempa bumi berukuran 7,7 skala Richter melanda barat Zorania semalam dan dua orang maut di Kelvar, kata agensi seismologi Zorania. Penduduk di Manzor panik."},
		{ID: "q2", Title: "Dua maut dalam gempa bumi kuat di Zorania",
			Text: "Sekurang-kurangnya dua orang maut selepas gempa bumi kuat melanda Zorania. Pihak berkuasa di Kelvar berkata bangunan runtuh, manakala penduduk Manzor keluar ke jalan."},
	}
	filler := func(n int) []crosswire.Article {
		var out []crosswire.Article
		for i := range n {
			town := "Kota" + string(rune('a'+i/26)) + string(rune('a'+i%26))
			out = append(out, crosswire.Article{ID: fmt.Sprintf("f%03d", i), Title: "Majlis bandar " + town + " bincang belanjawan",
				Text: "Majlis bandar " + town + " bersidang dan membincangkan belanjawan yang akan dibentangkan untuk tahun depan di dewan bandar itu."})
		}
		return out
	}
	pair := func(arts []crosswire.Article, x, y string) bool {
		slices.SortFunc(arts, func(a, b crosswire.Article) int { return strings.Compare(a.ID, b.ID) })
		ix, _ := partitionIndex(t, arts, nil)
		var a, b uint32
		for i := range arts {
			switch arts[i].ID {
			case x:
				a = uint32(i)
			case y:
				b = uint32(i)
			}
		}
		_, ps := ix.verify(a, b)
		return ix.uncoveredHeadlinesTold(a, b, &ps)
	}
	if pair(slices.Clone(quake), "q1", "q2") {
		t.Errorf("two reports alone: headlines told alike, want the rule off below RareMinN")
	}
	big := append(slices.Clone(quake), filler(RareMinN)...)
	if !pair(big, "q1", "q2") {
		t.Errorf("among %d articles: the quake's headlines not told alike, want them told", len(big))
	}
	if pair(big, "f000", "f001") {
		t.Errorf("among %d articles: two councils' headlines told alike, want not", len(big))
	}
}

// TestCosineRulesAsAlone judges two fictional pairs at the pair rules'
// floor alone and inside a batch of 400 notes that write each article's
// own words (words the other article of its pair does not write): the
// rules that join on a word cosine — leads told in the same words
// (leadWordsTold) and the topic rule (topicEdge) — must give the pair's
// verdict alone (issue 14: nothing may depend on the batch). Alone, each
// pair's own words outweigh what it shares (apart); in the batch they are
// common words and weigh nothing, and the cosine of what is left would
// join the pair.
func TestCosineRulesAsAlone(t *testing.T) {
	const (
		costs  = "shareholders heard protests over rising costs and falling profits at the struggling carrier"
		delays = "passengers complained about cramped seating, lost luggage and long delays"
		// the topic pair's own sentences
		freight = "Brokers warned of weaker freight demand through the winter. Analysts expect dividends to shrink as insurers raise premiums and lenders tighten credit for shipbuilders."
		queues  = "Ferry operators cancelled crossings during the stoppage. Travellers queued for hours at ticket offices while hotels filled with stranded tourists and coach firms hired extra drivers."
	)
	notes := func(k int) []crosswire.Article {
		out := make([]crosswire.Article, k)
		for i := range out {
			out[i] = crosswire.Article{ID: fmt.Sprintf("zz-note-%03d", i),
				Text: fmt.Sprintf("At meeting %d %s, and %s. %s %s", i+1, costs, delays, freight, queues)}
		}
		return out
	}
	for _, tc := range []struct {
		name string
		a, b crosswire.Article
		rule func(ix *Index, ps *pairScore) bool
	}{
		{"leads told in the same words",
			crosswire.Article{ID: "a", Title: "Corvane Air lets pregnant cabin crew take ground jobs",
				Text: "Pregnant cabin crew at Corvane Air may now take temporary ground jobs until they give birth, despite protests from " + costs + ", the airline said."},
			crosswire.Article{ID: "b", Title: "Pregnant Corvane Air crew can move to ground jobs",
				Text: "Corvane Air cabin crew who become pregnant can apply for temporary ground jobs, as " + delays + "."},
			func(ix *Index, ps *pairScore) bool { return ix.leadWordsTold(0, 1, ps) }},
		{"the topic rule",
			crosswire.Article{ID: "a", Title: "Tessfield pilots end strike",
				Text: "Harbour pilots at Tessfield ended their strike after the port agreed new rosters. The " + costs + ". " + freight},
			crosswire.Article{ID: "b", Title: "Port strike over",
				Text: "The strike by Tessfield harbour pilots is over: the port agreed new rosters. The " + delays + ". " + queues},
			func(ix *Index, ps *pairScore) bool { return ix.topicEdge(0, 1, ps) }},
	} {
		var alone bool
		for _, k := range []int{0, 400} {
			t.Run(fmt.Sprintf("%s with %d notes", tc.name, k), func(t *testing.T) {
				ix, _ := partitionIndex(t, append([]crosswire.Article{tc.a, tc.b}, notes(k)...), nil)
				// at the floor, one anchor rare: only the cosine decides
				ps := pairScore{shared: MinSharedAnchors, cosine: EdgeAnchorCosineLow, rare: 1}
				got := tc.rule(ix, &ps)
				if k == 0 {
					alone = got
					if got {
						t.Fatalf("fixture: joined alone (lead-word cosine %.2f, topic cosine %.2f); want apart", ix.leadWordCosine(0, 1), ix.topics.cosine(0, 1))
					}
					return
				}
				if got != alone {
					t.Errorf("joined %v among the notes, %v alone (in the batch: lead-word cosine %.2f, topic cosine %.2f)", got, alone, ix.leadWordCosine(0, 1), ix.topics.cosine(0, 1))
				}
			})
		}
	}
}
