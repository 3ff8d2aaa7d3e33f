package group

import (
	"slices"
	"testing"

	"crosswire"
)

// TestReadLeadActs: the first sentence's acts — the classes told with a
// verb, the classes named only by a noun derived from a verb (after a
// determiner or a possessive), and a speech verb. Fictional sentences.
func TestReadLeadActs(t *testing.T) {
	for _, tc := range []struct {
		lead        string
		told, named []string
		speech      bool
	}{
		// the act told with its verb
		{"The harbour board chairman Osric Penhale has resigned after nine years, the board said today.", []string{"resign"}, nil, true},
		// its reaction: the act named by a derived noun, an act of its own
		{"Harbour pilots have welcomed the resignation of board chairman Osric Penhale, saying the port needs a fresh start.", []string{"begin", "praise"}, []string{"resign"}, true},
		// a possessive before the noun names it too
		{"The ferry company regretted the captain's departure after a long career.", nil, []string{"resign"}, false},
		// a version that opens on the reaction but tells the act with
		// its verb: nothing named only by a noun
		{"Fears for the port grew last night after chairman Osric Penhale resigned from the harbour board.", []string{"increase", "resign"}, nil, false},
		// a noun with the verb's own form is how versions refer to the
		// event: read as the verb is, not as named
		{"Police said the arrest of two men followed a search of the quay.", []string{"arrest", "investigate"}, nil, true},
		// the second sentence is not the lead's act
		{"Pilots met the board today. They welcomed the resignation of the chairman.", []string{"meet"}, nil, false},
		// leaving a group is quitting; leaving a place is not
		{"The secretary of the Fenwick chess club left the club at its spring meeting.", []string{"meet", "resign"}, nil, false},
		// the object's head past a name and a modifier
		{"Its secretary left the Fenwick Street chess club on Monday.", []string{"resign"}, nil, false},
		{"A pastry cook walked out on the owners of the Larkspur Inn before its first night.", []string{"resign"}, nil, false},
		{"The night ferry left the harbour at dawn with forty passengers aboard.", nil, nil, false},
		// a derived noun naming a body is its doer, not its act: "the
		// department" is no departure
		{"The department said the coastal weather station would stay open.", []string{"begin", "deploy"}, nil, true},
		{"The prosecution told the jury that the ledger was a forgery.", nil, nil, true},
		// a doubled consonant undone: the acquittal of the acquitted
		{"The rowing board will contest the acquittal of its former coach.", nil, []string{"clear"}, false},
	} {
		got := readLeadActs(tc.lead)
		if !slices.Equal(got.told, tc.told) || !slices.Equal(got.named, tc.named) || got.speech != tc.speech {
			t.Errorf("%q: told %v named %v speech %v, want %v %v %v", tc.lead, got.told, got.named, got.speech, tc.told, tc.named, tc.speech)
		}
	}
}

// TestLeadActsOwnVerb: a verb the lexicon does not class, after an
// auxiliary or a modal, is an act of the lead's own (the reaction's act
// when it is no speech and no class: "will contest the
// acquittal"); a classed verb, a passive's participle after "been", and
// a noun after "has" are not. Fictional sentences.
func TestLeadActsOwnVerb(t *testing.T) {
	for _, tc := range []struct {
		lead string
		verb bool
	}{
		{"The rowing board will contest the acquittal of its former coach.", true},
		{"Harbour pilots have lodged a complaint about the chairman.", true},
		{"Two cyclists have been cleared of doping by a tribunal.", false},
		{"The cyclists' acquittal was welcomed by their team.", false},
	} {
		if got := readLeadActs(tc.lead).verb; got != tc.verb {
			t.Errorf("%q: own verb %v, want %v", tc.lead, got, tc.verb)
		}
	}
}

// TestReactionApart: a harbour board chairman resigns (the act, and a
// paper's version of it that opens on the town's fears); the next day
// the pilots' union welcomes his resignation (the reaction, and its
// reprint). Undated, as pasted files are. The act's reports are one
// story, the reaction's another, each listing the other as related.
// Fictional text.
func TestReactionApart(t *testing.T) {
	act := "Osric Penhale has resigned as chairman of the Wendmoor Harbour Board after nine years, the board said. " +
		"Penhale, 61, told board members at a meeting in Carrow Quay that he would go back to running his boatyard. " +
		"Deputy chairman Lisbet Arkwright will lead the board until a successor is named, a spokesman for the Wendmoor Harbour Board said. " +
		"The board runs the port of Carrow Quay, which handles 4,000 vessels a year."
	version := "Fears for the port of Carrow Quay grew last night after Osric Penhale quit as chairman of the Wendmoor Harbour Board. " +
		"Penhale, 61, who led the board for nine years, said he meant to run his boatyard again. " +
		"Lisbet Arkwright, his deputy, takes charge of the Wendmoor Harbour Board until a successor is found."
	reaction := "The Carrow Quay pilots' union has welcomed the resignation of Osric Penhale, saying the Wendmoor Harbour Board needed new leadership. " +
		"Union secretary Dorran Vesk said pilots had clashed with Penhale over night shifts at Carrow Quay for two years. " +
		"Vesk said the union would ask Lisbet Arkwright to reopen talks on pilot numbers at the Wendmoor Harbour Board."
	arts := []crosswire.Article{
		{ID: "a1", Title: "Harbour board chairman resigns", Text: act},
		{ID: "a2", Title: "Port fears as chairman quits", Text: version},
		{ID: "b1", Title: "Pilots welcome harbour chairman's exit", Text: reaction},
		{ID: "b2", Title: "Union hails Penhale exit", Text: "From the wire: " + reaction},
	}
	checkFollowUps(t, false, arts)
}

// TestReactionQuitsGroup: a rowing club's treasurer leaves the club,
// told in words the verb classes alone do not read as quitting ("left
// the club", "walked out on"); the next day the chairman defends the
// plan she opposed, naming her resignation (the reaction, and its
// reprint). Two stories, related; one story at main 2c73099. Fictional
// text.
func TestReactionQuitsGroup(t *testing.T) {
	act := "Treasurer Morwen Tash has left the Carrow Quay rowing club after a dispute over the cost of a new boathouse, members heard on Friday. " +
		"Tash, 52, kept the club's accounts for eleven years and opposed borrowing for the boathouse in Wendmoor Lane. " +
		"Chairman Idris Penhallow will take over the accounts until the annual meeting in March."
	version := "Morwen Tash, treasurer of the Carrow Quay rowing club for eleven years, has walked out on its committee over the boathouse budget. " +
		"Tash, 52, had argued against borrowing for the boathouse in Wendmoor Lane. " +
		"Idris Penhallow, the chairman, keeps the accounts until the annual meeting in March."
	reaction := "Carrow Quay rowing club chairman Idris Penhallow has defended the boathouse plan after the resignation of treasurer Morwen Tash, saying the club can afford the loan. " +
		"Penhallow said the Wendmoor Lane boathouse would be finished before the summer regatta. " +
		"He said members would elect a treasurer at the annual meeting in March."
	arts := []crosswire.Article{
		{ID: "a1", Text: act},
		{ID: "a2", Text: version},
		{ID: "b1", Text: reaction},
		{ID: "b2", Text: "Club news: " + reaction},
	}
	checkFollowUps(t, false, arts)
}

// TestReactionRealPairs reads every same-story pair of the real corpora's
// texts alone (no dates, no grouping): the reaction reading (one lead
// names by a derived noun, with an act of its own, what the other's lead
// tells with its verb) must not hold for two texts that report one story
// by the corrected labels (testdata/meter-stories.txt). Measured at
// session 19: it holds for 3 of meter's 1,025 corpus pairs, all three the
// overnight take filed under the next day's story (it reports the
// evening's departure) against that day's reaction; 0 of bbc-mt-catalan's
// 447, mmds's 213 and the CASIE read gold's 377 pairs of one event.
func TestReactionRealPairs(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	for _, tc := range []struct {
		file  string
		clean bool
		label int // pairs the reading holds for that the labels file under one story
	}{
		{"meter-showbiz.jsonl", true, 3},
		{"bbc-mt-catalan.jsonl", false, 0},
		{"mmds2025-dev.jsonl", false, 0},
	} {
		t.Run(tc.file, func(t *testing.T) {
			recs := readCorpus(t, tc.file)
			if tc.clean {
				recs = cleaned(recs)
			}
			stories := readStoryLabels(t, tc.file)
			acts := make([]leadActs, len(recs))
			for i := range recs {
				a := recs[i].article()
				acts[i] = readLeadActs(a.Text)
			}
			real, label := 0, 0
			for i := range recs {
				for j := i + 1; j < len(recs); j++ {
					if recs[i].Cluster != recs[j].Cluster || !reactionTo(&acts[i], &acts[j]) && !reactionTo(&acts[j], &acts[i]) {
						continue
					}
					if stories.shareStory(&recs[i], &recs[j]) {
						real++
						t.Logf("one story, read as act and reaction: %s + %s", recs[i].ID, recs[j].ID)
					} else {
						label++
					}
				}
			}
			if real > 0 || label > tc.label {
				t.Errorf("%s: the reaction reading holds for %d pairs of one story and %d the labels part; want 0 and ≤ %d", tc.file, real, label, tc.label)
			}
		})
	}
	t.Run("casie read gold", func(t *testing.T) {
		gold, _, _ := casieGold(t)
		acts := make([]leadActs, len(gold))
		for i := range gold {
			a := gold[i].article()
			acts[i] = readLeadActs(a.Text)
		}
		for i := range gold {
			for j := i + 1; j < len(gold); j++ {
				if gold[i].Cluster == gold[j].Cluster && (reactionTo(&acts[i], &acts[j]) || reactionTo(&acts[j], &acts[i])) {
					t.Errorf("one event, read as act and reaction: %s + %s", gold[i].ID, gold[j].ID)
				}
			}
		}
	})
}

// TestNamesAnAct: the cheap first question of the reaction veto holds
// for every lead readLeadActs reads a named act in (it is a necessary
// condition: when it is false the verbs are not read), and for few
// others. Fictional leads, then every text of the real corpora.
func TestNamesAnAct(t *testing.T) {
	for _, tc := range []struct {
		lead string
		want bool
	}{
		{"Harbour pilots have welcomed the resignation of board chairman Osric Penhale.", true},
		{"The ferry company regretted the captain's departure after a long career.", true},
		{"THE FERRY COMPANY regretted the captain’s departure.", true},
		// told with its verb only: nothing named
		{"Chairman Osric Penhale resigned from the harbour board last night.", false},
		// a derived noun without a determiner or a possessive
		{"Pilots welcomed news of a resignation at the harbour board.", false},
		// the named act after the first sentence is not the lead's
		{"Pilots met the board today. They welcomed the resignation of the chairman.", false},
	} {
		if got := namesAnAct(tc.lead); got != tc.want {
			t.Errorf("%q: namesAnAct %v, want %v", tc.lead, got, tc.want)
		}
		if len(readLeadActs(tc.lead).named) > 0 && !namesAnAct(tc.lead) {
			t.Errorf("%q: a named act read, namesAnAct false", tc.lead)
		}
	}
	if testing.Short() {
		return
	}
	for _, file := range []string{"bbc-news-2225.jsonl", "meter-showbiz.jsonl", "mmds2025-dev.jsonl", "casie-cyber-news.jsonl", "bbc-mt-catalan.jsonl"} {
		recs := readCorpus(t, file)
		named, asked := 0, 0
		for i := range recs {
			a := recs[i].article()
			acts := readLeadActs(a.Text)
			if namesAnAct(a.Text) {
				asked++
			} else if len(acts.named) > 0 {
				t.Errorf("%s %s: named %v, namesAnAct false", file, recs[i].ID, acts.named)
			}
			if len(acts.named) > 0 {
				named++
			}
		}
		// the verbs are read for a few texts in a hundred, not all
		if 10*asked > len(recs) {
			t.Errorf("%s: namesAnAct holds for %d of %d texts (%d name an act); want few", file, asked, len(recs), named)
		}
		t.Logf("%s: %d texts, namesAnAct %d, named %d", file, len(recs), asked, named)
	}
}

// BenchmarkReadLeadActs reads every lead's acts (its verbs and its named
// acts) of BBC's texts, as actsOf does for a doc that names an act.
func BenchmarkReadLeadActs(b *testing.B) {
	arts := bbcArticles(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		readLeadActs(arts[i%len(arts)].Text)
	}
}

// BenchmarkNamesAnAct asks the reaction veto's first question of BBC's
// texts, as namesAct does for every doc of a pair the veto is asked.
func BenchmarkNamesAnAct(b *testing.B) {
	arts := bbcArticles(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		namesAnAct(arts[i%len(arts)].Text)
	}
}
