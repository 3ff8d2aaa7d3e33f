package group

import (
	"testing"

	"crosswire"
)

func TestJoinCores(t *testing.T) {
	// two stories of two members each (roots 0 and 2) and lone articles;
	// anchors are small numbers standing for fingerprints
	anchors := [][]uint32{
		{1, 2, 3, 4, 10},      // 0: story A
		{1, 2, 3, 5, 11},      // 1: story A
		{20, 21, 22, 23},      // 2: story B
		{20, 21, 22, 24},      // 3: story B
		{1, 2, 3},             // 4: the core of A
		{10, 11, 30},          // 5: one detail of each member of A, nothing of its core
		{1, 2, 3, 20, 21, 22}, // 6: all of A's core, and more of B's
		{40, 41, 42},          // 7: unrelated
	}
	roots := []uint32{0, 0, 2, 2, 4, 5, 6, 7}
	fps := make([]*Fingerprint, len(anchors))
	df := map[uint32]int32{}
	for i, a := range anchors {
		fps[i] = &Fingerprint{ID: string(rune('a' + i)), Anchors: a}
		for _, x := range a {
			df[x]++
		}
	}
	ix := NewIndex(IndexOptions{AnchorCosine: 0.3})
	ix.freeze(Frequencies{DF: df, N: len(fps)})
	got := joinCores(ix, fps, roots, make([]bool, len(fps)), 2, nil)
	tests := []struct {
		name    string
		article int
		want    uint32
	}{
		{"members keep their story", 1, 0},
		{"other story keeps its root", 3, 2},
		{"lone article matching a core joins", 4, 0},
		{"details of single members are not a core", 5, 5},
		{"article matching two cores joins the better one only", 6, 2},
		{"unrelated article stays alone", 7, 7},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got[tc.article] != tc.want {
				t.Errorf("article %d joins %d, want %d (all: %v)", tc.article, got[tc.article], tc.want, got)
			}
		})
	}
}

func TestCrossScriptCores(t *testing.T) {
	// scripts: bit 1 a non-CJK member, bit 2 a CJK one
	tests := []struct {
		name         string
		sa, sb       uint8
		contA, contB float64
		want         bool
	}{
		{"CJK story contained in a Latin one", 2, 1, 0.8, 0.1, true},
		{"the same, the other way round", 1, 2, 0.1, 0.8, true},
		{"CJK story contained in a mixed one", 2, 3, 0.6, 0.05, true},
		{"CJK story mostly outside", 2, 1, 0.4, 0.3, false},
		{"Latin story contained in a CJK one: a Latin core is judged both ways", 1, 2, 0.9, 0.2, false},
		{"mixed and Latin: both ways", 3, 1, 0.9, 0.2, false},
		{"mixed and Latin, each holding half of the other", 3, 1, 0.5, 0.6, true},
	}
	for _, tc := range tests {
		if got := crossScriptCores(tc.sa, tc.sb, tc.contA, tc.contB); got != tc.want {
			t.Errorf("%s: crossScriptCores(%d, %d, %.2f, %.2f) = %v, want %v", tc.name, tc.sa, tc.sb, tc.contA, tc.contB, got, tc.want)
		}
	}
}

func TestCoreCandidateCap(t *testing.T) {
	tests := []struct{ stories, want int }{
		{0, maxCoreStories},
		{1000, maxCoreStories},
		{int(maxCoreStories / commonFraction), maxCoreStories},
		{4000, 200},
	}
	for _, tc := range tests {
		if got := coreCandidateCap(tc.stories); got != tc.want {
			t.Errorf("coreCandidateCap(%d) = %d, want %d", tc.stories, got, tc.want)
		}
	}
}

// Fictional reports of one breach of a carrier's depot, and of its
// affair's later occasions: another day's news, a fine with its own
// figures.
var occasionArticles = []crosswire.Article{
	{ID: "o0", Title: "Hackers steal Vexmoor Logistics customer records", Text: "Vexmoor Logistics said on Tuesday that hackers stole the records of 48,000 customers from servers at its Carrowfield depot. " +
		"The carrier put the cost at 2.6 million and called in Dunmere Forensics. Staff at Carrowfield found the intrusion during a routine audit."},
	{ID: "o1", Title: "Vexmoor breach exposes 48,000 customers", Text: "The carrier Vexmoor Logistics confirmed on Tuesday a breach at its Carrowfield depot that exposed 48,000 customer records. " +
		"Dunmere Forensics is investigating; the firm expects a cost of 2.6 million."},
	{ID: "o2", Title: "Carrowfield depot breach hits Vexmoor", Text: "Vexmoor Logistics on Tuesday disclosed that attackers reached servers at its Carrowfield depot and copied 48,000 customer records. " +
		"It estimated the cost at 2.6 million, and Dunmere Forensics was called in."},
	{ID: "o3", Title: "Vexmoor Logistics names chief after breach", Text: "Vexmoor Logistics named a new security chief on Friday after hackers stole customer records at its Carrowfield depot. " +
		"Dunmere Forensics, which investigated the breach, will advise the carrier."},
	{ID: "o4", Title: "Vexmoor Logistics reports depot breach", Text: "Vexmoor Logistics reported on Tuesday that hackers took 48,000 customer records from its Carrowfield depot, at a cost of 2.6 million. " +
		"Dunmere Forensics is helping the carrier."},
	{ID: "o5", Title: "Vexmoor Logistics fined over depot breach", Text: "Vexmoor Logistics was fined 910,000 by the regulator, which found that 17 servers at its Carrowfield depot ran without patches for 14 months. " +
		"The carrier said Dunmere Forensics had since secured the depot."},
	{ID: "o6", Title: "Regulator fines Vexmoor for unpatched servers", Text: "The regulator fined Vexmoor Logistics 910,000 after finding 17 unpatched servers at the Carrowfield depot, left so for 14 months. " +
		"Dunmere Forensics has since secured them, the carrier said."},
}

// TestOtherOccasion: a lone article gives another occasion's facts than a
// story when its figures disagree with a majority of the story's members
// on names the background does not know; one member's figures are not the
// story's word, and another day in the lead alone is not asked (an
// event's report of the day after leads with that day).
func TestOtherOccasion(t *testing.T) {
	ix, _ := partitionIndex(t, occasionArticles, nil)
	fps := make([]*Fingerprint, len(occasionArticles))
	for i := range fps {
		fps[i] = &Fingerprint{ID: occasionArticles[i].ID, Anchors: ix.anchorList(uint32(i))}
	}
	tests := []struct {
		name    string
		members []int
		lone    uint32
		want    bool
	}{
		{"another occasion's figures than every member", []int{0, 1, 2}, 5, true},
		{"the members' figures", []int{0, 1, 2}, 4, false},
		{"other figures than a majority", []int{0, 5, 6}, 4, true},
		{"other figures than one member of three", []int{0, 1, 5}, 4, false},
		{"other figures than one member of two", []int{0, 5}, 4, false},
		{"another day, no figures", []int{0, 1, 2}, 3, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			roots := make([]uint32, len(fps))
			for i := range roots {
				roots[i] = uint32(i)
			}
			for _, m := range tc.members {
				roots[m] = uint32(tc.members[0])
			}
			c := buildCores(ix, fps, roots, make([]bool, len(fps)))
			k, ok := c.story[uint32(tc.members[0])]
			if !ok {
				t.Fatal("premise: no cored story")
			}
			if got := c.otherOccasion(ix, tc.lone, k); got != tc.want {
				t.Errorf("otherOccasion(%s, %v) = %v; want %v", occasionArticles[tc.lone].ID, tc.members, got, tc.want)
			}
		})
	}
}

func TestMergeScriptVersions(t *testing.T) {
	// stories (by number): 0 and 1 in Latin script, 2 and 3 in characters
	// alone; docs 0–7, two a story, rooted at 0, 2, 4, 6; mergeCores has
	// already merged story 1 into story 0 (docs 2, 3 → root 0) where said
	c := &cores{roots: []uint32{0, 2, 4, 6}, scripts: []uint8{1, 1, 2, 2}}
	roots := []uint32{0, 0, 2, 2, 4, 4, 6, 6}
	cross := func(a, b int32, cont float64) scriptMatch {
		return scriptMatch{script: b, other: a, cont: cont}
	}
	for _, tc := range []struct {
		name   string
		found  []scriptMatch
		merged []int32 // stories merged by the cosine
		want   []uint32
	}{
		{"the source holds most of the version: it follows the source's merge",
			[]scriptMatch{cross(0, 2, 0.9), cross(1, 2, 0.6)}, []int32{0, 1},
			[]uint32{0, 0, 0, 0, 0, 0, 6, 6}},
		{"two versions of one source: the one it holds more of",
			[]scriptMatch{cross(1, 2, 0.7), cross(1, 3, 0.95)}, nil,
			[]uint32{0, 0, 2, 2, 4, 4, 2, 2}},
		{"the source's best is another version: not mutual",
			[]scriptMatch{cross(0, 2, 0.6), cross(1, 2, 0.9), cross(1, 3, 1.0)}, nil,
			[]uint32{0, 0, 2, 2, 4, 4, 2, 2}},
		{"a version merged by the cosine stays where the cosine put it",
			[]scriptMatch{cross(0, 2, 0.9)}, []int32{2},
			[]uint32{0, 0, 2, 2, 4, 4, 6, 6}},
		{"no match across scripts",
			nil, []int32{0, 1},
			[]uint32{0, 0, 0, 0, 4, 4, 6, 6}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := append([]uint32(nil), roots...)
			merged := map[int32]bool{}
			for _, k := range tc.merged {
				merged[k] = true
			}
			if merged[0] && merged[1] {
				out[2], out[3] = 0, 0
			}
			final := func(k int32) uint32 {
				if merged[0] && merged[1] && k == 1 {
					return 0
				}
				return c.roots[k]
			}
			mergeScriptVersions(c, [][]scriptMatch{tc.found}, roots, out, func(k int32) bool { return merged[k] }, final)
			for i := range out {
				if out[i] != tc.want[i] {
					t.Fatalf("roots %v, want %v", out, tc.want)
				}
			}
		})
	}
}

// TestMergeCoresContained: two stories of copies (each two members with
// one text's anchors, undated) below the pair threshold merge when the
// shorter text's names are nearly all the longer's, as the pair rule
// verifies a brief (containedEdge), and stay apart when the shorter brings
// names of its own (a follow-up's new stage), even when the names they
// share are rare: rarity alone does not merge two stories of copies.
// Anchors are small numbers standing for fingerprints; the collection is
// 1,000 articles.
func TestMergeCoresContained(t *testing.T) {
	span := func(from, to uint32) []uint32 {
		var out []uint32
		for a := from; a <= to; a++ {
			out = append(out, a)
		}
		return out
	}
	report := span(1, 30) // the long report: 30 names
	tests := []struct {
		name string
		a, b []uint32 // the two texts' anchors, sorted
		// elsewhere: articles outside the two stories holding each
		// anchor of the shorter text's first five
		elsewhere int32
		want      bool
	}{
		// the brief's five names, all the report's, are in four other
		// articles each: not rare, but the brief is contained
		{"a brief whose names are all the report's", report, span(1, 5), 4, true},
		{"the brief, its names in no other article", report, span(1, 5), 0, true},
		{"a follow-up with names of its own", report, append(span(1, 5), span(31, 36)...), 4, false},
		{"four names only the two hold, and names of its own", span(1, 16), append(span(1, 4), span(41, 46)...), 0, false},
		{"nothing shared", span(1, 16), span(41, 46), 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			texts := [][]uint32{tc.a, tc.a, tc.b, tc.b}
			df := map[uint32]int32{}
			fps := make([]*Fingerprint, len(texts))
			for i, a := range texts {
				fps[i] = &Fingerprint{ID: string(rune('a' + i)), Anchors: a}
				for _, x := range a {
					df[x]++
				}
			}
			for _, x := range tc.b[:min(5, len(tc.b))] {
				df[x] += tc.elsewhere
			}
			ix := NewIndex(IndexOptions{})
			ix.freeze(Frequencies{DF: df, N: 1000})
			roots := []uint32{0, 0, 2, 2}
			got := mergeCores(ix, fps, roots, make([]bool, len(fps)), 1, nil)
			if merged := got[2] == got[0]; merged != tc.want {
				t.Errorf("merged %v, want %v (roots %v)", merged, tc.want, got)
			}
		})
	}
}

func TestCoreContained(t *testing.T) {
	for _, tc := range []struct {
		name         string
		cos          float64
		contA, contB float64
		want         bool
	}{
		{"b contained at the low cosine", 0.3, 0.2, 0.9, true},
		{"a contained at the low cosine", 0.3, 0.85, 0.3, true},
		{"neither contained", 0.45, 0.6, 0.7, false},
		{"contained below the low cosine", 0.2, 0.1, 1.0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := coreContained(tc.cos, tc.contA, tc.contB); got != tc.want {
				t.Errorf("coreContained = %v, want %v", got, tc.want)
			}
		})
	}
}
