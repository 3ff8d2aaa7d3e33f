package group

import (
	"slices"
	"testing"

	"crosswire"
)

// TestReadActStages reads fictional texts' acts: which the first sentence
// tells done, and which the text tells done and ahead.
func TestReadActStages(t *testing.T) {
	for _, tc := range []struct {
		name                  string
		text                  string
		leadDone, done, ahead []string
	}{
		{"a suit filed", "The Carrow Quay rowing club has sued the builder of its boathouse over the roof.",
			[]string{"sue"}, []string{"sue"}, nil},
		{"a suit promised", "The rowing club will go to court on Thursday. Its treasurer said it will sue the builder.",
			nil, nil, []string{"sue"}},
		{"an investigation wanted, not done", "Councillors refused to apologise. Residents wrote to the board asking for an investigation.",
			[]string{"refuse"}, []string{"refuse"}, []string{"investigate"}},
		{"an investigation begun", "The ethics board's investigation into the councillor's expenses is now under way.",
			[]string{"investigate"}, []string{"investigate"}, nil},
		{"an inquiry named, no tense", "The investigation by the county ethics board was one of many this year.",
			nil, []string{"investigate"}, nil},
		{"calls for an investigation", "Neighbours are calling for an investigation into the accounts.",
			nil, nil, []string{"investigate"}},
		{"a counterfactual", "Restoring the files would have taken days. The firm was not attacked again.",
			nil, nil, nil},
		{"after bare be", "The final episode will be screened on Friday; it had to be screened late.",
			nil, nil, []string{"screen"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := readActStages(tc.text)
			for _, c := range []struct {
				what      string
				got, want []string
			}{{"lead done", s.leadDone, tc.leadDone}, {"done", s.done, tc.done}, {"ahead", s.ahead, tc.ahead}} {
				if !slices.Equal(c.got, c.want) {
					t.Errorf("%s: %v, want %v", c.what, c.got, c.want)
				}
			}
		})
	}
}

// TestStageApartOf decides fictional pairs: an act one lead tells done
// and the other text writes only ahead parts them; a version tells the
// act done too, or tells the act's kind done in another verb.
func TestStageApartOf(t *testing.T) {
	const (
		filed    = "The Carrow Quay rowing club has sued the builder Idris Penhallow over the leaking boathouse roof, its treasurer said."
		promised = "Members of the Carrow Quay rowing club voted on Monday to freeze their payments to builder Idris Penhallow. Its treasurer said the club will sue him next month over the roof."
		version  = "Rowing club treasurer Morwen Tash said the club sued builder Idris Penhallow over the roof on Monday."
		// tells the suit ahead, and the suit's kind done in another verb
		charged = "The club will sue builder Idris Penhallow, its treasurer said. Police have charged him with fraud."
		opened  = "The county ethics board's investigation of councillor Ada Marrow's expenses got under way on Monday."
		refused = "Councillor Ada Marrow said on Tuesday she would not repay the expenses. Residents have written to the county ethics board asking for an investigation."
		// a present tense tells an arrangement: no tense read
		taking = "Ada Marrow is taking over as chair of the county ethics board."
		willTk = "Ada Marrow will take over as chair of the county ethics board in May."
	)
	lex, err := eventLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		a, b  string
		apart bool
	}{
		{"a suit filed and the suit promised", filed, promised, true},
		{"the suit promised and the suit filed", promised, filed, true},
		{"a suit filed and a version", filed, version, false},
		{"a suit filed and a report telling its kind done", filed, charged, false},
		{"an inquiry opened and the inquiry demanded", opened, refused, true},
		{"one taking over, read in two tenses", taking, willTk, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sa, sb := readActStages(tc.a), readActStages(tc.b)
			if got := stageApartOf(lex, &sa, &sb) || stageApartOf(lex, &sb, &sa); got != tc.apart {
				t.Errorf("apart %v, want %v (a %+v, b %+v)", got, tc.apart, sa, sb)
			}
		})
	}
}

// TestStageApartGroup groups a fictional club's suit told ahead, a
// version of that report, the suit filed days later and a client's copy
// of it: the two steps are two stories, related; each with its version
// one story. Undated, as the BBC's articles are.
func TestStageApartGroup(t *testing.T) {
	ahead := "Lawyers for the Carrow Quay rowing club are due at the county court in Wendmoor on Thursday, where they will ask for the accounts of Penhallow Marine, builder of the club's boathouse, to be frozen. " +
		"Members voted on Monday that the club will sue Penhallow Marine and its owner Idris Penhallow for 40,000 pounds. " +
		"Treasurer Morwen Tash said the roof of the Wendmoor Lane boathouse had failed within a year of its opening in 2019."
	version := "Carrow Quay rowing club is going to the county court in Wendmoor on Thursday, asking for an order freezing the accounts of Penhallow Marine. " +
		"Treasurer Morwen Tash said the club would sue the firm and its owner Idris Penhallow for 40,000 pounds because water came through the boathouse roof in Wendmoor Lane a year after it opened in 2019."
	filed := "Penhallow Marine and Idris Penhallow, who owns it, have been sued by the Carrow Quay rowing club, which wants 40,000 pounds for repairs to its Wendmoor Lane boathouse. " +
		"Morwen Tash, the club's treasurer, lodged the claim at the county court in Wendmoor, where a judge froze the firm's accounts last week. " +
		"The boathouse opened in 2019."
	arts := []crosswire.Article{
		{ID: "a1", Text: ahead},
		{ID: "a2", Text: version},
		{ID: "b1", Text: filed},
		{ID: "b2", Text: "Club news: " + filed},
	}
	checkFollowUps(t, false, arts)
}

// TestStageRealPairs reads every same-story pair of the real corpora's
// texts alone (no dates, no grouping): one text's first sentence telling
// an act done that the other writes only ahead (stageApartOf) must hold
// for few pairs of one story. Measured at session 22: 0 of meter's 1,025
// (1 while a participle opening its clause after a dash read as a past
// act), 1 of bbc-mt-catalan's 447 (a round trip whose
// garbled verb reads as done where the original tells it ahead), 0 of
// mmds's 213 and of the CASIE read gold's 377 event pairs; and it holds
// for the BBC's suit promised and filed and inquiry demanded and opened.
func TestStageRealPairs(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	lex, err := eventLexicon()
	if err != nil {
		t.Fatal(err)
	}
	apart := func(a, b *corpusRecord) bool {
		ta, tb := a.article().Text, b.article().Text
		if !english(ta) || !english(tb) {
			return false
		}
		sa, sb := readActStages(ta), readActStages(tb)
		return stageApartOf(lex, &sa, &sb) || stageApartOf(lex, &sb, &sa)
	}
	for _, tc := range []struct {
		file  string
		clean bool
		max   int
	}{
		{"meter-showbiz.jsonl", true, 0},
		{"bbc-mt-catalan.jsonl", false, 1},
		{"mmds2025-dev.jsonl", false, 0},
		{"casie", false, 0},
	} {
		t.Run(tc.file, func(t *testing.T) {
			var recs []corpusRecord
			if tc.file == "casie" {
				recs, _, _ = casieGold(t)
			} else {
				recs = readCorpus(t, tc.file)
			}
			if tc.clean {
				recs = cleaned(recs)
			}
			n, held := 0, 0
			for i := range recs {
				for j := i + 1; j < len(recs); j++ {
					if recs[i].Cluster != recs[j].Cluster {
						continue
					}
					n++
					if apart(&recs[i], &recs[j]) {
						held++
						t.Logf("one story, read as two steps: %s + %s", recs[i].ID, recs[j].ID)
					}
				}
			}
			t.Logf("%s: %d same-story pairs, the two steps read for %d", tc.file, n, held)
			if held > tc.max {
				t.Errorf("%s: the two steps read for %d same-story pairs; want ≤ %d", tc.file, held, tc.max)
			}
		})
	}
	bbc := readCorpus(t, "bbc-news-2225.jsonl")
	byID := map[string]*corpusRecord{}
	for i := range bbc {
		byID[bbc[i].ID] = &bbc[i]
	}
	for _, p := range [][2]string{{"bbc-business-164", "bbc-business-324"}, {"bbc-politics-154", "bbc-politics-232"}} {
		a, b := byID[p[0]], byID[p[1]]
		if a == nil || b == nil {
			t.Fatalf("%s or %s not in the BBC corpus", p[0], p[1])
		}
		if !apart(a, b) {
			t.Errorf("%s + %s: not read as two steps", p[0], p[1])
		}
	}
}
