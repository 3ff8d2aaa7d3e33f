package group

import (
	"crosswire"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestCASIEEventSignals (EVENTSIG=/tmp/x.tsv) logs, for every pair of CASIE
// gold articles of one event, one affair or one kind grouped as a pair,
// what the pair rules saw and the candidate signals of session 11.
func TestCASIEEventSignals(t *testing.T) {
	out := os.Getenv("EVENTSIG")
	if out == "" {
		t.Skip("EVENTSIG unset")
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, events, all := casieGold(t)
	evOf := map[string]*casieEvent{}
	for _, ev := range events {
		evOf[ev.name] = ev
	}
	arts0 := make([]*crosswire.Article, len(all))
	for i, r := range all {
		a := r.article()
		arts0[i] = &a
	}
	bg := resolveBackground(DefaultBackground().Without(arts0...))
	recs, _ := byID(gold)
	g := New(Options{Workers: 1, Background: bg})
	arts, words, fps := corpusFingerprints(t, g, recs)
	for i := range recs {
		for j := i + 1; j < len(recs); j++ {
			ci, cj := recs[i].Cluster, recs[j].Cluster
			cat := pairCategory(evOf, ci, cj)
			if cat == "different" {
				continue
			}
			ix, roots := groupPair(t, g, arts, words, fps, i, j)
			ok, ps := ix.verify(0, 1)
			d1, _ := time.Parse(time.DateOnly, recs[i].Published)
			d2, _ := time.Parse(time.DateOnly, recs[j].Published)
			gap := d1.Sub(d2).Hours() / 24
			if gap < 0 {
				gap = -gap
			}
			occ := ix.leadsOneOccasion(0, 1)
			fmt.Fprintf(f, "%s\t%s\t%s\t%s\t%s\t%v\t%v\t%.0f\tsh=%d\trare=%d\tcos=%.2f\taff=%v\tlow=%v\tocc=%v\t%s\n",
				cat, ci, cj, recs[i].ID, recs[j].ID, roots[0] == roots[1], ok, gap, ps.shared, ps.rare, ps.cosine, ps.affair(), ps.lowFloor(), occ,
				protagonistSig(ix, &ps))
		}
	}
}

// protagonistSig: each text's most mentioned names (ties), shared ones and
// their background counts, and names in both headlines.
func protagonistSig(ix *Index, ps *pairScore) string {
	names := func(x uint32) bool { return x&stableBit != 0 }
	ca := anchorMentions(ix.topics.arts[0], names)
	cb := anchorMentions(ix.topics.arts[1], names)
	rank := func(c map[uint32]int) []uint32 {
		ks := make([]uint32, 0, len(c))
		for k := range c {
			ks = append(ks, k)
		}
		slices.SortFunc(ks, func(x, y uint32) int { return c[y] - c[x] })
		return ks
	}
	ra, rb := rank(ca), rank(cb)
	bgdf := func(x uint32) int { return int(ix.bg.anchors.get(x)) }
	topShared := func(k int) string {
		var s []string
		for _, x := range ra[:min(k, len(ra))] {
			if ca[x] < 2 {
				continue
			}
			for _, y := range rb[:min(k, len(rb))] {
				if x == y && cb[y] >= 2 {
					s = append(s, fmt.Sprintf("%d/%d/%d", ca[x], cb[y], bgdf(x)))
				}
			}
		}
		return strings.Join(s, ",")
	}
	best := func(c map[uint32]int, r []uint32) []uint32 {
		if len(r) == 0 {
			return nil
		}
		var o []uint32
		for _, x := range r {
			if c[x] == c[r[0]] {
				o = append(o, x)
			}
		}
		return o
	}
	var maxShared []string
	for _, x := range best(ca, ra) {
		if slices.Contains(best(cb, rb), x) {
			maxShared = append(maxShared, fmt.Sprintf("%d/%d/%d", ca[x], cb[x], bgdf(x)))
		}
	}
	ha, _ := ix.headlineTerms(0)
	hb, _ := ix.headlineTerms(1)
	var head []string
	for _, x := range ha {
		if hasAnchor(hb, x) {
			head = append(head, fmt.Sprintf("%d/%d/%d", ca[x], cb[x], bgdf(x)))
		}
	}
	return fmt.Sprintf("max=%s\ttop3=%s\thead=%s", strings.Join(maxShared, ","), topShared(3), strings.Join(head, ","))
}

// TestEventTrio (TRIO=id,id,...) groups the CASIE articles named, dated,
// and logs each pair's verdict.
func TestEventTrio(t *testing.T) {
	ids := os.Getenv("TRIO")
	if ids == "" {
		t.Skip("TRIO unset")
	}
	_, _, all := casieGold(t)
	arts0 := make([]*crosswire.Article, len(all))
	for i, r := range all {
		a := r.article()
		arts0[i] = &a
	}
	bg := resolveBackground(DefaultBackground().Without(arts0...))
	var recs []corpusRecord
	for _, r := range all {
		if strings.Contains(","+ids+",", ","+r.ID+",") {
			r.dated = os.Getenv("UNDATED") == ""
			recs = append(recs, r)
		}
	}
	recs, arts := byID(recs)
	ix, roots := partitionIndex(t, arts, bg)
	for i := range recs {
		for j := i + 1; j < len(recs); j++ {
			ok, ps := ix.verify(uint32(i), uint32(j))
			t.Logf("%s %s roots %d %d ok %v by %s sh %d rare %d cos %.2f gap %d", recs[i].ID, recs[j].ID, roots[i], roots[j], ok, joinedBy(&ps), ps.shared, ps.rare, ps.cosine, ps.gap)
		}
	}
}

// pairCategory says what two gold events are to each other: "one event",
// "one affair" (follow-ups), "one kind" or "different".
func pairCategory(evOf map[string]*casieEvent, ci, cj string) string {
	switch {
	case ci == cj:
		return "one event"
	case evOf[ci].affair == evOf[cj].affair:
		return "one affair"
	case evOf[ci].kind == evOf[cj].kind:
		return "one kind"
	}
	return "different"
}
