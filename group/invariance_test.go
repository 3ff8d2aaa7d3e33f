package group

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"crosswire"
	"crosswire/clean"
	"crosswire/ingest"
)

// The invariant of issue 14: a story's versions grouped alone form the
// stories they form inside the whole collection, and two articles of
// different stories grouped as a pair do not merge. Evidence weights come
// from the shipped background blended with the batch's own counts (see
// Background), so a handful of articles is weighed as among a million.
// The tests read ../shared/data and skip when it is absent.

// corpusRecord is one labelled article of a shared corpus.
type corpusRecord struct {
	ID       string `json:"id"`
	Cluster  string `json:"cluster"`
	Title    string `json:"title"`
	Text     string `json:"text"`
	Language string `json:"language"`
	Outlet   string `json:"outlet"`
	// Derivation is METER's label of a paper (wholly, partially, non)
	Derivation string `json:"derivation"`
	// Published is the corpus's publication date (read by ingest.ParseDate), given to
	// the article only when dated is set
	Published string `json:"published"`
	// URL is the article's address (CASIE's records have one): given to
	// the article always; grouping reads the day it names only to check
	// a publication time that is given (pubday.go)
	URL   string `json:"url"`
	dated bool
	// cleaner, when set, cleans the text first, as check does (wire
	// headers into Article.Wire and Published, furniture out)
	cleaner *clean.Cleaner
}

// readCorpus reads a JSONL corpus of ../shared/data, skipping the test
// when it is absent.
func readCorpus(t testing.TB, name string) []corpusRecord {
	t.Helper()
	p := filepath.Join("..", "..", "shared", "data", name)
	f, err := os.Open(p)
	if err != nil {
		t.Skipf("shared data absent: %s", p)
	}
	defer f.Close()
	var out []corpusRecord
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var r corpusRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out = append(out, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return out
}

// article is the record as the grouper sees it: cleaned as check cleans it
// when a cleaner is set, dated with the corpus's publication day when dated
// is set.
func (r corpusRecord) article() crosswire.Article {
	a := crosswire.Article{ID: r.ID, Title: r.Title, Text: r.Text, Language: r.Language}
	if r.cleaner != nil {
		if c, err := r.cleaner.Clean(context.Background(), crosswire.Document{Source: r.ID, Title: r.Title, Body: r.Text, Language: r.Language}); err == nil {
			a = c
			a.ID = r.ID
		}
	}
	a.URL = r.URL
	if r.dated {
		// read as every input reads a published date
		a.Published = ingest.ParseDate(r.Published)
	}
	return a
}

// cleaned marks the records to be cleaned as check cleans them.
func cleaned(recs []corpusRecord) []corpusRecord {
	c := clean.New(clean.Options{})
	for i := range recs {
		recs[i].cleaner = c
	}
	return recs
}

// testBackground is the background a corpus is measured with: the shipped
// one, or for corpora built from the BBC articles (bbc-mt-catalan, the
// BBC pairs) one built the same way without them — a background holding
// the articles it judges would make their names look common.
func testBackground(t testing.TB, withoutBBC bool) *Background {
	t.Helper()
	if !withoutBBC {
		return nil
	}
	bb := NewBackgroundBuilder()
	for _, r := range readCorpus(t, "casie-cyber-news.jsonl") {
		a := r.article()
		bb.Add(&a)
	}
	return bb.Background("CASIE cyber news 1,000")
}

// groupCorpus groups the articles with the Grouper's clustering and
// returns each article's story ID by article ID.
func groupCorpus(t testing.TB, recs []corpusRecord, bg *Background) map[string]string {
	t.Helper()
	arts := make([]crosswire.Article, len(recs))
	for i, r := range recs {
		arts[i] = r.article()
	}
	cl, err := New(Options{Background: bg}).Partition(context.Background(), arts)
	if err != nil {
		t.Fatal(err)
	}
	out := make(map[string]string, len(recs))
	for i, r := range recs {
		out[r.ID] = cl.StoryOf[i]
	}
	return out
}

// samePartition reports whether two story assignments split ids alike.
func samePartition(ids []string, a, b map[string]string) bool {
	for i := range ids {
		for j := i + 1; j < len(ids); j++ {
			if (a[ids[i]] == a[ids[j]]) != (b[ids[i]] == b[ids[j]]) {
				return false
			}
		}
	}
	return true
}

// language is a record's language: its label, else zh for mostly CJK text,
// ms for text using Malay function words, en otherwise (test-only guess
// for mmds, which has no labels).
func language(r corpusRecord) string {
	if r.Language != "" {
		return r.Language
	}
	cjk, all := 0, 0
	for _, c := range r.Text {
		all++
		if c >= 0x4e00 && c <= 0x9fff {
			cjk++
		}
	}
	if 4*cjk > all {
		return "zh"
	}
	ms := 0
	for _, w := range strings.Fields(strings.ToLower(r.Text)) {
		switch w {
		case "yang", "dan", "untuk", "dengan", "ini", "itu", "tidak", "telah":
			ms++
		}
	}
	if ms >= 5 {
		return "ms"
	}
	return "en"
}

// aloneGroups returns the sets of articles to group alone: every story of
// the corpus with two or more articles, and for mmds (events) every event
// with two or more reports in one language.
func aloneGroups(recs []corpusRecord, events bool) map[string][]corpusRecord {
	by := map[string][]corpusRecord{}
	for _, r := range recs {
		if events && strings.HasPrefix(r.Cluster, "single-") {
			continue
		}
		by[r.Cluster] = append(by[r.Cluster], r)
	}
	for k, g := range by {
		keep := len(g) >= 2
		if events {
			langs := map[string]int{}
			keep = false
			for _, r := range g {
				langs[language(r)]++
				keep = keep || langs[language(r)] >= 2
			}
		}
		if !keep {
			delete(by, k)
		}
	}
	return by
}

// TestAloneAsInWhole groups each story's versions alone and checks that
// they form the stories they form inside the whole file, for ≥ 95 % of
// the stories of each corpus.
func TestAloneAsInWhole(t *testing.T) {
	// The target is 0.95 for every corpus; floor is what each
	// must keep (the figure of the commit that added the background, less
	// a margin): meter-showbiz 42 of 60 and mmds 40 of 43 are short of
	// the target (see group/NOTEBOOK.md, Known weaknesses). meter-showbiz is
	// cleaned as check cleans it, so its wire takes are joined by their
	// headers (wire.go): 52 of 60. wholeFloor is the share of the stories
	// that must form one story when grouped alone (measured: meter 46 of
	// 60 with the wire guard, client joins and the second lone-article
	// pass, 42 before; 48 with coreEvidence; 50 with briefs joining by
	// narrative runs, runs.go; 55 with a client's version of a take
	// retelling its lead, leadwho.go, and alone as in the whole file 57
	// once a lone client joins that take last; MT 149 of 149, 148 alone as
	// in the whole file (146 before coreEvidence); mmds 18 of 43), less a
	// margin.
	for _, tc := range []struct {
		name       string
		file       string
		events     bool
		withoutBBC bool
		floor      float64
		wholeFloor float64
		clean      bool
	}{
		{"meter-showbiz", "meter-showbiz.jsonl", false, false, 0.85, 0.78, true},
		{"bbc-mt-catalan", "bbc-mt-catalan.jsonl", false, true, 0.97, 0.99, false},
		{"mmds-dev events", "mmds2025-dev.jsonl", true, false, 0.88, 0.40, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			recs := readCorpus(t, tc.file)
			if tc.clean {
				// wire copy as check reads it: the headers join takes
				recs = cleaned(recs)
			}
			bg := testBackground(t, tc.withoutBBC)
			whole := groupCorpus(t, recs, bg)
			groups := aloneGroups(recs, tc.events)
			keys := make([]string, 0, len(groups))
			for k := range groups {
				keys = append(keys, k)
			}
			slices.Sort(keys)
			same, wholeAlone := 0, 0
			var differ []string
			for _, k := range keys {
				g := groups[k]
				alone := groupCorpus(t, g, bg)
				ids := make([]string, len(g))
				for i, r := range g {
					ids[i] = r.ID
				}
				if samePartition(ids, whole, alone) {
					same++
				} else {
					differ = append(differ, k)
				}
				stories := map[string]bool{}
				for _, id := range ids {
					stories[alone[id]] = true
				}
				if len(stories) == 1 {
					wholeAlone++
				} else if testing.Verbose() {
					t.Logf("%s split alone:\n%s", k, strings.Join(splitPairs(t, g, bg), "\n"))
				}
			}
			frac := float64(same) / float64(max(len(keys), 1))
			t.Logf("%s: %d of %d stories alone as in the whole file (%.3f); %d one story alone; differ: %s",
				tc.name, same, len(keys), frac, wholeAlone, strings.Join(differ[:min(len(differ), 12)], " "))
			if frac < tc.floor {
				t.Errorf("%s: %d of %d stories (%.3f) grouped alone as in the whole file; want ≥ %.2f (target 0.95)", tc.name, same, len(keys), frac, tc.floor)
			}
			if w := float64(wholeAlone) / float64(max(len(keys), 1)); w < tc.wholeFloor {
				t.Errorf("%s: %d of %d stories (%.3f) one story when grouped alone; want ≥ %.2f (target 0.95)", tc.name, wholeAlone, len(keys), w, tc.wholeFloor)
			}
		})
	}
}

// splitPairs groups a story's versions alone and says, for each pair of
// one language left in two stories, what the pair rules saw: Ĵ, shared
// anchors, rare ones, anchor and topic-word cosine, and each shared
// anchor's own count in the batch, background count and weight (which
// rule refused the join; group/NOTEBOOK.md, fifth round).
func splitPairs(t testing.TB, recs []corpusRecord, bg *Background) []string {
	t.Helper()
	recs = slices.Clone(recs)
	slices.SortFunc(recs, func(a, b corpusRecord) int { return strings.Compare(a.ID, b.ID) })
	arts := make([]crosswire.Article, len(recs))
	langs := make([]string, len(recs))
	for i, r := range recs {
		arts[i] = r.article()
		langs[i] = language(r)
	}
	return articleSplitPairs(t, arts, langs, bg)
}

// articleSplitPairs is splitPairs for articles sorted by ID, with their
// languages.
func articleSplitPairs(t testing.TB, arts []crosswire.Article, langs []string, bg *Background) []string {
	t.Helper()
	ix, roots := partitionIndex(t, arts, resolveBackground(bg))
	// each article's distinct narrative runs (runs.go)
	runs := make([][]uint32, len(arts))
	for i := range arts {
		runs[i] = slices.Compact(slices.Sorted(slices.Values(NewFingerprint(&arts[i]).runs)))
	}
	var out []string
	for i := range arts {
		out = append(out, fmt.Sprintf("  story %d: %s (wire %v, published %v)", roots[i], arts[i].ID, arts[i].Wire != nil, arts[i].Published))
	}
	for i := range arts {
		for j := i + 1; j < len(arts); j++ {
			if roots[i] == roots[j] || langs[i] != langs[j] {
				continue
			}
			_, ps := ix.verify(uint32(i), uint32(j))
			topic, place := 0.0, 0.0
			if ix.topics != nil {
				topic = ix.topicCosine(uint32(i), uint32(j), &ps)
				place = ix.topics.inPlace(uint32(i), uint32(j))
			}
			var shared []string
			A, B := ix.anchorList(uint32(i)), ix.anchorList(uint32(j))
			forShared(A, B, func(x, _ int) bool {
				df, _ := ix.df(A[x])
				b := 0
				if ix.bg != nil {
					b = int(ix.bg.anchors.get(A[x]))
				}
				shared = append(shared, fmt.Sprintf("%d/%d/%.1f", df-b, b, ix.weight(A[x])))
				return true
			})
			sharedRuns := 0
			forShared(runs[i], runs[j], func(int, int) bool { sharedRuns++; return true })
			out = append(out, fmt.Sprintf("  %s+%s: J %.2f, %d/%d anchors, %d shared, %d rare, cosine %.2f, containment %.2f, topic %.2f, in place %.2f, shingles %d/%d, narrative runs %d shared of %d/%d; own/background/weight %s",
				arts[i].ID, arts[j].ID, ps.jaccard, len(A), len(B), ps.shared, ps.rare, ps.cosine, ps.anchorCont, topic, place, ix.shingles[i], ix.shingles[j], sharedRuns, len(runs[i]), len(runs[j]), strings.Join(shared, " ")))
		}
	}
	return out
}

// partitionIndex groups articles with the Grouper's clustering (one
// worker) and returns its index and each article's story root.
func partitionIndex(t testing.TB, arts []crosswire.Article, bg *Background) (*Index, []uint32) {
	t.Helper()
	g := New(Options{Workers: 1, Background: bg})
	words := newTopicInput(len(arts))
	// as Partition prepares them (parallel texts read the articles); the
	// callers give articles sorted by ID, so roots are in their order
	_, fps, _, err := g.prepare(context.Background(), arts, words)
	if err != nil {
		t.Fatal(err)
	}
	ix, roots, _, err := g.partition(context.Background(), fps, *batchFrequencies(fps), words, false)
	if err != nil {
		t.Fatal(err)
	}
	return ix, roots
}

// corpusFingerprints reads a corpus's articles and fingerprints them with
// g, keeping their topic words for groupPair.
func corpusFingerprints(t testing.TB, g *Grouper, recs []corpusRecord) ([]crosswire.Article, *topicInput, []*Fingerprint) {
	t.Helper()
	arts := make([]crosswire.Article, len(recs))
	for i, r := range recs {
		arts[i] = r.article()
	}
	words := newTopicInput(len(arts))
	fps, err := g.fingerprints(context.Background(), arts, words)
	if err != nil {
		t.Fatal(err)
	}
	return arts, words, fps
}

// groupPair groups articles i and j (i's ID first) of corpusFingerprints'
// output as a batch of two and returns its index and their story roots.
func groupPair(t testing.TB, g *Grouper, arts []crosswire.Article, words *topicInput, fps []*Fingerprint, i, j int) (*Index, []uint32) {
	t.Helper()
	pf := []*Fingerprint{fps[i], fps[j]}
	pw := &topicInput{words: [][]uint32{slices.Clone(words.words[i]), slices.Clone(words.words[j])}, arts: []crosswire.Article{arts[i], arts[j]}}
	ix, roots, _, err := g.partition(context.Background(), pf, *batchFrequencies(pf), pw, false)
	if err != nil {
		t.Fatal(err)
	}
	return ix, roots
}

// TestPairsApart groups every pair of articles of different stories of
// meter-showbiz and bbc-mt-catalan, and 10,000 seeded pairs of the BBC
// articles (leaving out its known near-duplicates, testdata/bbc-near-
// duplicates.txt), and checks that none merges.
func TestPairsApart(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	// The target is no merge at all. maxMerged is what each may
	// not exceed (the figures of the commit that added the background,
	// plus a margin): the merges left are stories of one affair on
	// different days (follow-ups; see group/NOTEBOOK.md) and, in
	// meter-showbiz grouped raw, wire headers shared by every PA take.
	// The BBC pairs are measured twice: with a background without any
	// BBC article (CASIE alone: the background knows nothing of the
	// pairs' subjects, as for a user's news of another year) and with
	// the shipped background less the pair's own two articles.
	// maxUncovered bounds the merged pairs with an article in a language
	// the background does not cover (the Catalan translations): 65 of
	// bbc-mt-catalan before weighUnvouched, 4 after (two share a
	// quotation with another story of one affair), 2 once figures must
	// not disagree where the background does not know the names
	// (occasion.go)
	const maxUncovered = 5
	for _, tc := range []struct {
		name       string
		file       string
		withoutBBC bool
		seeded     int
		maxMerged  int
		clean      bool
		// maxReal bounds the merged pairs that are real different-story
		// merges: every merged pair but those whose two articles report
		// a story in common by the corpus's corrected labels
		// (testdata/meter-stories.txt, storyLabels)
		maxReal int
	}{
		// raw: 133 at session 17, 88 of them real (the rest the corpus's
		// labelling, testdata/meter-stories.txt); 131 / 86 once a brief
		// must name its story's who (briefwho.go, session 18); 133 / 88
		// once only a titled brief is asked (an untitled short text may be
		// a continuation page that lost its header); 127 / 82 once a
		// reaction's lead naming the other's act by a derived noun parts
		// them (reaction.go, session 19); 122 / 77 once leaving a group
		// is read as quitting and a body's noun is no act (session 20);
		// 120 / 75 once a name ending in a place head is no lead person
		// in common (placename.go, session 21); 119 / 74 once a pair
		// sharing one name alone and no weighed word is no anchor edge
		// (subjectonly.go, session 21)
		{"meter-showbiz", "meter-showbiz.jsonl", false, 0, 1000, false, 74},
		// cleaned as check cleans it (70 measured, 66 once the rare-anchor
		// rule asks the leads to agree (leadwho.go), 70 again with a
		// client's version of a take retelling its lead: four undated
		// papers of one band or couple on another day; 74 before a version
		// take had to be of its parent's day: 32 pairs hold a text the
		// corpus files, byte for byte, under both stories; 9 a paper of
		// the story the corpus files as the union of two (BBC comedy and
		// Street) with a version of one of them; 18 the next morning's
		// take or its substitute, which repeat the evening's story, with
		// the evening's papers, and papers of the two days; 11 stories of
		// one subject on other days or under another slug, papers undated,
		// sharing its names; 61 once leads are compared by persons,
		// leadnames.go; 60 at session 15; 58 once a headline's person is
		// read against a paper without a title and by the take's-lead
		// rule, headperson.go, session 16; 56 at session 17); of the 56,
		// 38 are the corpus's labelling (testdata/meter-stories.txt: the
		// union story's files and papers, the overnight take filed under
		// the next day) and 18 real: one band's departure and the next
		// day's reaction (14), one subject's stories weeks or months
		// apart (4); 54 / 16 once a brief must name its story's who
		// (briefwho.go, session 18: one band member's show against the
		// wire's piece on another's); 55 / 17 once only a titled brief
		// is asked (text only one run 0.870 → 0.881); 47 / 9 once a
		// reaction's lead naming the other's act by a derived noun ("the
		// departure of …", "played down … by saying") parts the pair and
		// the stories it would bridge (reaction.go, session 19: 8 of the
		// band's 14 pairs; the 6 left are first-day papers whose lead
		// tells the act in words the lexicon does not class); 41 / 3 once
		// "leave" with a group for its object and "walk out on" are read
		// as quitting (reaction.go, session 20: the band's 6; the 3 left
		// are one subject's stories days or months apart — a member's
		// show brief against another member's piece, a couple's two
		// stories, a soap's cast return against an actor written out);
		// 40 / 2 once an untitled brief beside a wire take whose header
		// is read must name the take's lead person too (briefwho.go,
		// session 21: the member's show brief); 39 / 1 once a name
		// ending in a place head is no lead person in common
		// (placename.go, session 21: the soap's cast return against an
		// actor written out, whose leads share only the soap's name);
		// 38 / 0 once a pair sharing one name alone and no weighed word
		// is no anchor edge (subjectonly.go, session 21: a couple's book
		// injunction against a health interview five months earlier)
		{"meter-showbiz cleaned", "meter-showbiz.jsonl", false, 0, 66, true, 0},
		// 431 before rarity in languages the background does not cover
		// was counted by the collection alone (parallel.go); 271 after;
		// 267 once common anchors no longer count towards
		// MinSharedAnchors (commonWeight); 166 once the rare-anchor rule
		// asks the leads to agree (leadwho.go); 149 once leads are compared
		// by persons and a lead told in the other article needs a person in
		// both leads (leadnames.go); 88 once the names of a Catalan text
		// that only Catalan texts hold and the background never saw weigh
		// as common in a small batch (weighUnvouched): 65 of the 149 were
		// pairs with a Catalan article joined by "EUA", "Notícia",
		// "Laboral"; the 88 left are English pairs (originals and round
		// trips) of one subject's stories, whose cast a background
		// without BBC articles never saw; 81 once the rare-anchor rule
		// asks that a lead's event be told in the other (leadevent.go); 68
		// once a pair whose shared names the background mostly never saw
		// needs figures that do not disagree (occasion.go; 77 when only
		// sharing none of them disagreed); 43 once two texts that both
		// write tallies (scores) and share none are two occasions
		// (tally.go): one championship's matches and previews; 17 once
		// two readable headlines that share no term are two stories
		// (headapart.go); 13 once headlines sharing only the cast whose
		// what neither lead tells are (leadapart.go); 10 once a lead
		// tells a who-did-what headline only by a majority of its whats
		// (session 13); 6 once a headline's person the other article
		// never writes parts a pair (headperson.go, session 14); 4 once a
		// headline's event the other article never writes does
		// (headevent.go, session 15)
		{"bbc-mt-catalan", "bbc-mt-catalan.jsonl", true, 0, 20, false, 20},
		// 60 before the leads had to agree for the rare-anchor rule
		// (leadwho.go), 33 after: 14 join by anchor cosine ≥ 0.5, the
		// rest by four rare names with agreeing leads; 25 once leads are
		// compared by persons (leadnames.go): 14 by cosine, 10 rare, 1 topic;
		// 21 once a pair whose shared names the background mostly never
		// saw needs figures that do not disagree (occasion.go; 22 when
		// only sharing none of them disagreed); 12 once two readable
		// headlines that share no term are two stories (headapart.go); 8
		// once headlines sharing only the cast whose what neither lead
		// tells are (leadapart.go); 7 with a majority of a who-did-what
		// headline's whats (session 13); 4 once a headline's person the
		// other article never writes parts a pair, the contained clause
		// asking it too (headperson.go, session 14); 2 once a lead's
		// person the other names only through a namesake does
		// (namesake.go, session 17: the two English round trips of one
		// pair of stories; its two Catalan pairs are left)
		{"bbc-2225", "bbc-news-2225.jsonl", true, 10_000, 15, false, 15},
		{"bbc-2225 leave-pair-out", "bbc-news-2225.jsonl", false, 10_000, 4, false, 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			recs, bg := pairCorpus(t, tc.file, tc.withoutBBC, tc.clean)
			stories := readStoryLabels(t, tc.file)
			near := map[[2]string]bool{}
			if tc.seeded > 0 {
				near = nearDuplicates(t)
				if strings.HasPrefix(tc.name, "bbc-2225") {
					for i := range recs {
						recs[i].Cluster = recs[i].ID
					}
				}
			}
			leave := tc.seeded > 0 && !tc.withoutBBC
			g := New(Options{Workers: 1, Background: bg})
			arts, words, fps := corpusFingerprints(t, g, recs)
			var pairs [][2]int
			if tc.seeded > 0 {
				pairs = seededPairs(recs, tc.seeded, near)
			} else {
				for i := range recs {
					for j := i + 1; j < len(recs); j++ {
						if recs[i].Cluster != recs[j].Cluster {
							pairs = append(pairs, [2]int{i, j})
						}
					}
				}
			}
			merged, uncovered, identical, real := 0, 0, 0, 0
			byRule := map[string]int{}
			var examples []string
			for _, p := range pairs {
				i, j := p[0], p[1]
				if fps[j].ID < fps[i].ID {
					i, j = j, i
				}
				if leave {
					// the shipped background less the pair's own articles
					g.opts.Background = bg.Without(&arts[i], &arts[j])
				}
				ix, roots := groupPair(t, g, arts, words, fps, i, j)
				if roots[0] == roots[1] {
					merged++
					ok, ps := ix.verify(0, 1)
					rule := joinRule(ok, &ps)
					byRule[rule]++
					// a language the background does not cover
					// (topics.covered: weighUnvouched)
					if ix.topics != nil && ix.topics.covered != nil && !(ix.topics.covered[0] && ix.topics.covered[1]) {
						uncovered++
					}
					// one text filed under two stories (meter-showbiz's
					// "bbcstreet" holds PA files byte-identical to takes
					// of "bbc" and "street"): the corpus's labelling
					if arts[i].Text == arts[j].Text {
						identical++
					}
					kind := "label"
					if !stories.shareStory(&recs[i], &recs[j]) {
						real++
						kind = "real"
					}
					// the first ten, every pair the day rule joined, and
					// all of them when there are few (which rule joined)
					if len(examples) < 10 || ps.byDay || ps.byHeadline || tc.maxMerged <= 100 {
						// the shared anchors with weight and
						// background count (rare ones starred): which
						// names join the pair (pairsignals_test.go)
						examples = append(examples, fmt.Sprintf("%s %s+%s (J %.2f, %d anchors shared, %d rare, cosine %.2f, containment %.2f, topic %v, day %v; rule %s; shared %s)",
							kind, recs[i].ID, recs[j].ID, ps.jaccard, ps.shared, ps.rare, ps.cosine, ps.anchorCont, ps.byTopic, ps.byDay, rule, sharedAnchorNames(ix, &ps, &arts[i], &arts[j])))
					}
				}
			}
			rules := slices.Sorted(maps.Keys(byRule))
			for k, r := range rules {
				rules[k] = fmt.Sprintf("%s %d", r, byRule[r])
			}
			t.Logf("%s: %d of %d pairs of different stories merge alone, %d of them real different-story merges, %d the corpus's labelling (%d with an article in a language the background does not cover, %d of one text filed under both stories); by rule: %s; joined pairs (real or label; the first ten when many):\n%s",
				tc.name, merged, len(pairs), real, merged-real, uncovered, identical, strings.Join(rules, ", "), strings.Join(examples, "\n"))
			if real > tc.maxReal {
				t.Errorf("%s: %d of %d pairs of different stories that report no story in common merge when grouped as a pair; want ≤ %d (target 0)", tc.name, real, len(pairs), tc.maxReal)
			}
			if merged > tc.maxMerged {
				t.Errorf("%s: %d of %d pairs of different stories merge when grouped as a pair; want ≤ %d (target 0)", tc.name, merged, len(pairs), tc.maxMerged)
			}
			if uncovered > maxUncovered {
				t.Errorf("%s: %d pairs of different stories with an article in a language the background does not cover merge as a pair; want ≤ %d", tc.name, uncovered, maxUncovered)
			}
		})
	}
}

// storyLabels are a corpus's corrected story labels: the stories an
// article's text reports where the corpus files it under another
// (testdata/<corpus>-stories.txt, read by reading the articles). An
// article not listed reports its corpus story.
type storyLabels map[string][]string

// readStoryLabels reads the corrected story labels of a corpus file
// ("meter-showbiz.jsonl": testdata/meter-stories.txt); none when the
// corpus has no such list.
func readStoryLabels(t testing.TB, file string) storyLabels {
	t.Helper()
	name := map[string]string{"meter-showbiz.jsonl": "meter-stories.txt"}[file]
	if name == "" {
		return nil
	}
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	out := storyLabels{}
	for line := range strings.Lines(string(data)) {
		f := strings.Fields(line)
		if len(f) < 2 || strings.HasPrefix(f[0], "#") {
			continue
		}
		out[f[0]] = f[1:]
	}
	return out
}

// of returns the stories an article reports: its corrected labels, else
// its corpus story.
func (l storyLabels) of(r *corpusRecord) []string {
	if s, ok := l[r.ID]; ok {
		return s
	}
	return []string{r.Cluster}
}

// shareStory reports whether two articles report a story in common.
func (l storyLabels) shareStory(a, b *corpusRecord) bool {
	for _, s := range l.of(a) {
		if slices.Contains(l.of(b), s) {
			return true
		}
	}
	return false
}

// nearDuplicates reads the BBC near-duplicate pairs listed by ID in
// testdata (found by reading the articles: one story told twice).
func nearDuplicates(t testing.TB) map[[2]string]bool {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "bbc-near-duplicates.txt"))
	if err != nil {
		t.Fatal(err)
	}
	out := map[[2]string]bool{}
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		for a := 0; a < len(f); a++ {
			for b := a + 1; b < len(f); b++ {
				out[[2]string{min(f[a], f[b]), max(f[a], f[b])}] = true
			}
		}
	}
	return out
}

// joinRule names the verification rule that made a pair an edge (index.go
// verify): for a diagnostic log of pairs that merged.
func joinRule(ok bool, ps *pairScore) string {
	switch {
	case !ok:
		return "not an edge (wire header, narrative runs or cores)"
	case !ps.byAnchors && ps.jaccard >= EdgeJaccard:
		return "copy"
	case !ps.byAnchors:
		return "excerpt"
	case ps.parallel:
		return "parallel"
	case ps.byDay:
		return "day"
	case ps.byQuote:
		return "quoted statement"
	case ps.byLead:
		return "take's lead"
	case ps.byHeadline:
		return "headline"
	case ps.byLeads:
		return "leads told across languages"
	case ps.byLeadWords:
		return "leads in the same words"
	case ps.byTopic:
		return "topic"
	}
	scale := anchorScale(ps.gap)
	var r []string
	if ps.cosine >= EdgeAnchorCosine*scale {
		r = append(r, "cosine")
	}
	if ps.rareEdge(scale) {
		r = append(r, "rare")
	}
	if ps.containedEdge(scale) {
		r = append(r, "contained")
	}
	return strings.Join(r, "+")
}
