package group

import (
	"context"
	"math"
	"testing"

	"crosswire"
)

// TestCrossCosine weighs a cross-script pair on what could cross: the
// non-CJK side's names that the CJK side lacks leave its norm, its
// numbers, dates and codes stay in it, and the CJK side's every anchor
// counts.
func TestCrossCosine(t *testing.T) {
	const name = stableBit
	one := func(int) float64 { return 1 } // every anchor weighs 1
	for _, tc := range []struct {
		label string
		cjk   []uint32 // the CJK side
		latin []uint32
		want  float64
	}{
		{"every number shared, names left out", []uint32{1, 2, 3}, []uint32{1, 2, 3, name | 4, name | 5}, 1},
		{"a number the CJK side lacks counts", []uint32{1, 2, 3}, []uint32{1, 2, 3, 4, name | 5}, 3 / math.Sqrt(12)},
		{"a shared name counts", []uint32{1, 2, name | 6}, []uint32{1, 2, name | 6, name | 7}, 1},
		{"a CJK anchor the other lacks counts", []uint32{1, 2, 3, 9}, []uint32{1, 2, 3, name | 4}, 3 / math.Sqrt(12)},
		{"nothing shared", []uint32{1}, []uint32{2, name | 3}, 0},
	} {
		t.Run(tc.label, func(t *testing.T) {
			for _, cjkFirst := range []bool{true, false} {
				var ps pairScore
				if cjkFirst {
					ps.crossCosine(tc.cjk, tc.latin, one, one, true)
				} else {
					ps.crossCosine(tc.latin, tc.cjk, one, one, false)
				}
				if !ps.crossSet || math.Abs(ps.crossCos-tc.want) > 1e-9 {
					t.Errorf("CJK first %v: crossCos %.4f (set %v), want %.4f", cjkFirst, ps.crossCos, ps.crossSet, tc.want)
				}
				if got := ps.rankFor(true); got != ps.crossCos {
					t.Errorf("CJK side ranks by %.4f, want crossCos %.4f", got, ps.crossCos)
				}
				if got := ps.rankFor(false); got != ps.cosine {
					t.Errorf("other side ranks by %.4f, want the anchor cosine %.4f", got, ps.cosine)
				}
			}
		})
	}
}

// crossRankStories are fictional reports in English of three stories,
// rich in names of their own, each with its version in characters, which
// keeps only the report's numbers and codes. The three name the same code,
// count and year (one topic's figures), so the versions in characters share
// three anchors with each other and little else.
func crossRankStories() [][2]crosswire.Article {
	en := []crosswire.Article{
		{ID: "harbour-en", Title: "Dravelin council backs Tarsk harbour plan",
			Text: "MERROWICK: The Dravelin port council voted on Thursday to back the harbour plan of Councillor Anwen Tarsk for the KV7 terminal. " +
				"Ms Tarsk told members in Merrowick that NTX-4 work on 775 berths would follow by 2042. Opponents led by Osric Pellam and " +
				"Brannoc Vey of the Harrowgate Alliance said the plan favoured Selwyn Docks. Mayor Idris Cafferty and the Ostmere Pilots Guild backed it."},
		{ID: "museum-en", Title: "Fire closes Quenby museum wing",
			Text: "LOWENHALL: A fire closed the east wing of the Quenby Maritime Museum on Sunday, curator Fenella Orrick said. " +
				"Crews from Lowenhall and Tavistoke put it out within an hour; the NTX-4 archive of 775 charts, due to go on show in 2042, was moved to Castor Hall. " +
				"Trustee Belamy Struan thanked the Harlow brigade. Police chief Oona Merridew said the cause was a faulty heater in the RB2 gallery."},
		{ID: "ferry-en", Title: "Ostwick ferry strike ends",
			Text: "PELLHAVEN: Ferry crews of the Ostwick Line ended a three-day strike on Monday after union leader Garrow Tennant accepted an offer from chief executive " +
				"Maris Dunholt. The deal covers the NTX-4 vessels, 775 crew posts and pay until 2042, Mr Tennant said in Pellhaven. " +
				"Passengers of the Yarrowby and Kestle routes faced delays; the QF9 sailing to Brackenmouth resumes on Tuesday."},
	}
	zh := []crosswire.Article{
		{ID: "harbour-zh", Title: "港务委员会支持KV7码头计划",
			Text: "港务委员会星期四投票支持议员提出的KV7码头港口计划。议员对委员们说，NTX-4工程将在2042年前为775个泊位进行。反对者说，这项计划偏袒另一家码头公司。市长和引航员协会表示支持。"},
		{ID: "museum-zh", Title: "博物馆东翼起火关闭",
			Text: "博物馆馆长星期日说，一场火灾使海事博物馆东翼关闭。消防人员在一小时内将火扑灭；原定2042年展出的NTX-4档案共775张海图被移往另一座大厅。警方说，起火原因是RB2展厅的一台暖气故障。"},
		{ID: "ferry-zh", Title: "渡轮罢工结束",
			Text: "渡轮船员星期一结束了为期三天的罢工，工会领袖接受了公司总裁的方案。工会领袖说，协议涵盖NTX-4船只、775个船员职位和到2042年的工资。QF9航班星期二恢复。"},
	}
	var out [][2]crosswire.Article
	for i := range en {
		out = append(out, [2]crosswire.Article{en[i], zh[i]})
	}
	return out
}

// TestCJKVersionAmongOthers: a report with a reprint (a story with a
// body) and its version in characters form one story alone, and still one
// among other such stories whose versions in characters share a code, a
// count and a year with it. The version's match across scripts was ranked
// by plain cosine, which the report's names (which characters cannot
// write) pull down, so among others it joined another version in
// characters that shares three of its four figures, whose story then held
// a body, and the version's own report (a body too) could no longer take
// it; ranked by what could have crossed, the choice is the one made alone.
func TestCJKVersionAmongOthers(t *testing.T) {
	ctx := context.Background()
	g := New(Options{})
	storyOf := func(arts []crosswire.Article) map[string]string {
		stories, err := g.Group(ctx, arts)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]string{}
		for _, s := range stories {
			for _, a := range s.Articles {
				out[a.ID] = s.ID
			}
		}
		return out
	}
	reprint := func(a crosswire.Article) crosswire.Article {
		a.ID += "-copy"
		a.Text = "(Agency report) " + a.Text + "\n\nReporting by staff; editing by the news desk."
		return a
	}
	all := crossRankStories()
	for _, n := range []int{1, 2} {
		var arts []crosswire.Article
		for _, p := range all[:n+1] {
			arts = append(arts, p[0], reprint(p[0]), p[1])
		}
		among := storyOf(arts)
		for _, p := range all[:n+1] {
			alone := storyOf([]crosswire.Article{p[0], reprint(p[0]), p[1]})
			if alone[p[0].ID] != alone[p[1].ID] {
				t.Fatalf("%s: the report and its version in characters alone are two stories", p[0].ID)
			}
			if among[p[0].ID] != among[p[1].ID] {
				var with []string
				for id, s := range among {
					if s == among[p[1].ID] {
						with = append(with, id)
					}
				}
				t.Errorf("among %d other stories: %s is apart from its report, with %v", n, p[1].ID, with)
			}
		}
	}
}
