package group

import (
	"context"
	"math/rand/v2"
	"slices"
	"testing"

	"crosswire"
)

// A fictional summit told by two English reports (one a lightly edited
// copy of the other: one story by their wording) and reports in Chinese
// and Malay that share with them only what no script changes: the
// Latin-script names in brackets, acronyms and figures.
const (
	summitEn1 = "KELDARA: Foreign minister Orsolya Vantrell said on Thursday that the Brask Accord talks would resume, " +
		"after envoys of the Tormund Council (TMC) and the Quessa Front (QFR) met in Keldara for 9 hours. " +
		"Ms Vantrell said 37 detainees would be freed and that a further round was planned for later in the year, " +
		"with observers from the Halvane Group present. The talks had stalled for 14 months over the detainees. " +
		"Deputy minister Arvo Lindqvar, speaking in Selmar, said 1,250 troops would stay on the Kenrow border under the Dunmore Treaty of 2011, " +
		"and Rielle Ostberg of the Halvane Group called the release a first step. " +
		"Delegations from Marrowdale, Pennick, Ulvaston and Crayle attended, led by Tobias Wendrick, Ama Sorrel, Garrick Holloway and Nell Fairbairn; " +
		"the Ebbington Institute said 4,300 families in Northvale and Saltmere had waited 26 months for news, and Bishop Aldous Crane prayed with 600 relatives in Fenwick Square."
	summitEn2 = "KELDARA: Foreign minister Orsolya Vantrell said on Thursday that the Brask Accord talks would resume, " +
		"after envoys of the Tormund Council (TMC) and the Quessa Front (QFR) met in Keldara for nine hours. " +
		"Ms Vantrell said 37 detainees would be freed and that a further round was planned for later in the year, " +
		"with observers from the Halvane Group attending. The talks had stalled for 14 months over the detainees. " +
		"Deputy minister Arvo Lindqvar, speaking in Selmar, said 1,250 troops would stay on the Kenrow border under the Dunmore Treaty of 2011, " +
		"and Rielle Ostberg of the Halvane Group called the release a first step. " +
		"Delegations from Marrowdale, Pennick, Ulvaston and Crayle attended, led by Tobias Wendrick, Ama Sorrel, Garrick Holloway and Nell Fairbairn; " +
		"the Ebbington Institute said 4,300 families in Northvale and Saltmere had waited 26 months for news, and Bishop Aldous Crane prayed with 600 relatives in Fenwick Square."
	// the Chinese report: its names in characters, the originals in
	// brackets, its own figures
	summitZh = "外交部长万特雷尔（Orsolya Vantrell）星期四表示，托蒙德理事会（TMC）和奎萨阵线（QFR）的代表在凯尔达拉会面后，" +
		"布拉斯克协议（Brask Accord）谈判将恢复。她说，双方同意释放被拘留者，并将在年底前举行新一轮会谈。" +
		"据悉，此前谈判已停滞多时。邻国特使马洛伦（Idris Maloren）和学者塞夫顿（Sefton Rue）对此表示欢迎，" +
		"认为这是自2019年以来最重要的一步。会场外另有2500名民众等候消息，当局派出120名警员维持秩序，会谈预计11月3日在奥伦港（Port Olenn）举行。" +
		"评论员奎尔（Marta Quell）指出，协议涉及的3个省份共有480万人口，过去一年有6700人因冲突离开家园。" +
		"红十字会官员佩林（Dacey Perrin）和医生沃尔登（Ysolde Wardan）说，当地诊所（Ferrow Clinic）仍缺少药品。"
	// a Chinese report of another matter naming two of the summit's cast
	otherZh = "万特雷尔（Vantrell）星期一在凯尔达拉出席一项文化活动，并宣布拨款300万元修复旧城区的剧院。" +
		"托蒙德理事会（TMC）代表也出席了活动。主办方说，约有800人参加，活动将持续三天，剧院预计明年重新开放。"
)

// TestJoinCrossLanguage: a Chinese report sharing the Latin-script names
// of a story of English reports, rare outside it, joins the story; one of
// another matter sharing two of them does not; nor does a lone English
// report (no language in common) or a lone one in a pair (the pair rules
// judge pairs).
func TestJoinCrossLanguage(t *testing.T) {
	en1 := crosswire.Article{ID: "a1", Title: "Brask Accord talks to resume, says Vantrell", Text: summitEn1}
	en2 := crosswire.Article{ID: "a2", Title: "Brask Accord talks to resume after Keldara meeting", Text: summitEn2}
	zh := crosswire.Article{ID: "b1", Title: "布拉斯克协议谈判将恢复", Text: summitZh}
	other := crosswire.Article{ID: "b1", Title: "凯尔达拉剧院将修复", Text: otherZh}
	tests := []struct {
		name  string
		arts  []crosswire.Article // sorted by ID
		roots []uint32            // the stories before the pass
		want  []uint32            // after
	}{
		{"a Chinese report of the story's event", []crosswire.Article{en1, en2, zh}, []uint32{0, 0, 2}, []uint32{0, 0, 0}},
		{"a Chinese report of another matter", []crosswire.Article{en1, en2, other}, []uint32{0, 0, 2}, []uint32{0, 0, 2}},
		{"an English report alone", []crosswire.Article{en1, en2, zh}, []uint32{0, 1, 2}, []uint32{0, 1, 2}},
		{"a pair", []crosswire.Article{en1, zh}, []uint32{0, 1}, []uint32{0, 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ix, _ := partitionIndex(t, tc.arts, nil)
			fps := make([]*Fingerprint, len(tc.arts))
			for i := range tc.arts {
				fps[i] = NewFingerprint(&tc.arts[i])
			}
			got := joinCrossLanguage(ix, fps, tc.roots, ix.cjk[:len(tc.arts)])
			if !slices.Equal(got, tc.want) {
				t.Errorf("roots %v, want %v", got, tc.want)
			}
		})
	}
}

// TestJoinCrossLanguagePartition: grouped together, the Chinese report of
// another matter stays alone beside the summit's story.
func TestJoinCrossLanguagePartition(t *testing.T) {
	arts := []crosswire.Article{
		{ID: "a1", Title: "Brask Accord talks to resume, says Vantrell", Text: summitEn1},
		{ID: "a2", Title: "Brask Accord talks to resume after Keldara meeting", Text: summitEn2},
		{ID: "b1", Title: "布拉斯克协议谈判将恢复", Text: summitZh},
		{ID: "b2", Title: "凯尔达拉剧院将修复", Text: otherZh},
	}
	cl, err := New(Options{}).Partition(context.Background(), arts)
	if err != nil {
		t.Fatal(err)
	}
	if s := cl.StoryOf; s[0] != s[1] || s[0] != s[2] || s[3] == s[0] {
		t.Errorf("stories %v, want a1 a2 b1 one story and b2 another", s)
	}
}

// TestCrossLanguages: the language classes of joinCrossLanguage.
func TestCrossLanguages(t *testing.T) {
	arts := []crosswire.Article{
		{ID: "a", Title: "Brask Accord talks to resume", Text: summitEn1},
		{ID: "b", Title: "布拉斯克协议谈判将恢复", Text: summitZh},
	}
	ix, _ := partitionIndex(t, arts, nil)
	got := ix.crossLanguages(ix.cjk)
	want := []uint8{langCovered, langCJK}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("%s: class %d, want %d", arts[i].ID, got[i], want[i])
		}
	}
}

// TestLangStoryCompatible: stories dated further apart than MaxGapHours,
// or one with an undated member of an outlet the other has, are not one.
func TestLangStoryCompatible(t *testing.T) {
	dated := func(from, to int64) langStory { return langStory{dated: true, span: [2]int64{from, to}} }
	tests := []struct {
		name string
		a, b langStory
		want bool
	}{
		{"undated", langStory{}, langStory{}, true},
		{"one dated", dated(100, 110), langStory{}, true},
		{"within the gap", dated(100, 110), dated(110+MaxGapHours, 400), true},
		{"past the gap", dated(100, 110), dated(111+MaxGapHours, 400), false},
		{"past the gap, other order", dated(111+MaxGapHours, 400), dated(100, 110), false},
		{"undated member of a shared outlet", langStory{outlets: []uint32{7}, all: []uint32{7}}, langStory{all: []uint32{7, 9}}, false},
		{"dated members of one outlet", langStory{all: []uint32{7}}, langStory{all: []uint32{7}}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.a.compatible(&tc.b); got != tc.want {
				t.Errorf("compatible = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestSortByAnchor: entries in story order come out as slices.Sort puts
// them, below and above the radix sort's floor, with anchors repeated
// within and across stories.
func TestSortByAnchor(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 255, 256, 5000} {
		for k, anchors := range []uint32{4, 1 << 12, 1 << 31} {
			ent := make([]uint64, n, (1+k%2)*n) // with and without spare capacity for the passes
			for i := range ent {
				story := uint64(i / 7) // in story order, 7 entries a story
				ent[i] = uint64(r.Uint32N(anchors)<<1)<<32 | story
			}
			want := slices.Clone(ent)
			slices.Sort(want)
			sortByAnchor(ent)
			if !slices.Equal(ent, want) {
				t.Errorf("n %d anchors %d: not as slices.Sort", n, anchors)
			}
		}
	}
}
