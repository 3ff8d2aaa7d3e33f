package group

import (
	"crosswire"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cespare/xxhash/v2"
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
				protagonistSig(ix, &ps)+"\t"+identifierSig(ix)+"\t"+speakerSig(ix))
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

// identifierSig: the identifiers both articles write — codes mixing
// letters and digits (the tokenizer's, as anchors read them) with their
// background counts, and domain names (word.word, lower case) — for
// TestCASIEEventSignals.
func identifierSig(ix *Index) string {
	codes := func(a *crosswire.Article) map[string]bool {
		s := scratchPool.Get().(*scratch)
		defer scratchPool.Put(s)
		toks, _ := s.articleTokens(a)
		m := map[string]bool{}
		for i := range toks {
			if t := &toks[i]; t.digits && hasLetter(t.norm) {
				m[t.norm] = true
			}
		}
		for _, w := range strings.Fields(strings.ToLower(a.Title + " " + a.Text)) {
			w = strings.Trim(w, ".,;:()[]\"'“”‘’!?<>")
			if i := strings.LastIndexByte(w, '.'); i > 0 && i < len(w)-2 && !strings.ContainsAny(w, "0123456789/@") && !strings.Contains(w, "..") {
				m["dom:"+w] = true
			}
		}
		return m
	}
	ca, cb := codes(ix.topics.arts[0]), codes(ix.topics.arts[1])
	var out []string
	for k := range ca {
		if !cb[k] {
			continue
		}
		df := -1
		if !strings.HasPrefix(k, "dom:") {
			df = int(ix.bg.anchors.get(anchorFP(anchorAcronym, k)))
		}
		out = append(out, fmt.Sprintf("%s/%d", k, df))
	}
	slices.Sort(out)
	return "ids=" + strings.Join(out, ",")
}

// speechVerbs are English speech verbs (a name beside one is a quoted or
// reported speaker), for speakerSig.
var speechVerbs = map[string]bool{"said": true, "says": true, "say": true, "told": true, "tells": true, "added": true, "adds": true,
	"stated": true, "states": true, "wrote": true, "writes": true, "claimed": true, "claims": true, "according": true,
	"explained": true, "warned": true, "confirmed": true, "announced": true}

// speechHashes are the word hashes of speechVerbs.
var speechHashes = func() map[uint64]bool {
	m := map[uint64]bool{}
	for v := range speechVerbs {
		m[xxhash.Sum64String(v)] = true
	}
	return m
}()

// speakerSig: the names both articles set within four words of a speech
// verb in one sentence (either article's name anchors decide which
// capitalised words are names), with their background counts.
func speakerSig(ix *Index) string {
	speakers := func(a *crosswire.Article) map[uint64]bool {
		s := scratchPool.Get().(*scratch)
		defer scratchPool.Put(s)
		toks, _ := s.articleTokens(a)
		m := map[uint64]bool{}
		verb := make([]bool, len(toks))
		for i := range toks {
			if !toks[i].cap && speechHashes[toks[i].hash] {
				verb[i] = true
			}
		}
		for i := range toks {
			t := &toks[i]
			if !t.cap || t.digits {
				continue
			}
			for j := max(0, i-4); j < min(len(toks), i+5); j++ {
				if verb[j] {
					m[t.hash] = true
				}
			}
		}
		return m
	}
	sa, sb := speakers(ix.topics.arts[0]), speakers(ix.topics.arts[1])
	var out []string
	for h := range sa {
		if !sb[h] {
			continue
		}
		x := ix.nameAnchor(0, 1, h)
		if x == 0 {
			continue
		}
		out = append(out, fmt.Sprintf("%d", ix.bg.anchors.get(x)))
	}
	slices.Sort(out)
	return "spk=" + strings.Join(out, ",")
}
