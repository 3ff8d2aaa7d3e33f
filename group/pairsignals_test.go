package group

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/cespare/xxhash/v2"

	"crosswire"
)

// TestPairsApartSignals (issue 14, twelfth round; PAIRS_SIGNALS=file)
// writes one tab-separated line per pair grouped as a pair — every pair of
// different stories that merges (meter-showbiz cleaned, bbc-mt-catalan,
// 10,000 seeded bbc-2225 pairs with the CASIE-only background, as
// TestPairsApart groups them) and every same-story pair that joins
// (meter-showbiz cleaned, bbc-mt-catalan, mmds-dev, as
// TestLeadEventsRealPairs) — with the rule that joined it (joinRule) and
// the signals the rounds measured against one subject's other occasions:
// shared anchors (not common), rare ones, anchor cosine and containment,
// shared anchors the background knows, each text's share of known anchors
// (subject coverage), shared numbers, dates and codes, persons of the
// leads among the shared, rare anchors counted once per name (a first
// name or title before another name is no one), each text's rare anchors,
// each lead's event classes and whether each lead's events are told in
// the other (leadevent.go), each text's quotations and the ones both hold,
// the shared anchors each text mentions once (a passing detail), and the
// event read from the whole texts' ordinary words (fourteenth round): the
// topic-word cosine and shared words (eventWordSignals), each text's
// background-rare words and the weighted containment (eventShareSignals),
// each text's salient words found in the other (salientSignals), and
// whether each text's most mentioned names are in the other
// (protagonistSignals).
// Byte-identical texts are left out (the
// corpus's labelling). Reading it: group by set, same and rule, and look
// for a signal that parts the different-story lines of a rule without
// parting its same-story lines.
func TestPairsApartSignals(t *testing.T) {
	out := os.Getenv("PAIRS_SIGNALS")
	if out == "" {
		t.Skip("PAIRS_SIGNALS unset")
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// apart: the most pairs of different stories (not byte-identical) that
	// may merge, TestPairsApart's figures at the thirteenth round (tally.go:
	// bbc-mt-catalan 68 → 43), and headapart.go's (session 11: MT 43 → 17,
	// BBC 21 → 12)
	for _, tc := range []struct {
		name, file string
		withoutBBC bool
		clean      bool
		seeded     int
		apart      int
	}{
		{"meter", "meter-showbiz.jsonl", false, true, 0, 61},
		{"mt", "bbc-mt-catalan.jsonl", true, false, 0, 17},
		{"mmds", "mmds2025-dev.jsonl", false, false, 0, 0},
		{"bbc", "bbc-news-2225.jsonl", true, false, 10_000, 12},
	} {
		merged := 0
		recs, bg := pairCorpus(t, tc.file, tc.withoutBBC, tc.clean)
		g := New(Options{Workers: 1, Background: bg})
		arts, words, fps := corpusFingerprints(t, g, recs)
		var pairs [][2]int
		if tc.seeded > 0 {
			for i := range recs {
				recs[i].Cluster = recs[i].ID
			}
			pairs = seededPairs(recs, tc.seeded, nearDuplicates(t))
		} else {
			for i := range recs {
				for j := i + 1; j < len(recs); j++ {
					pairs = append(pairs, [2]int{i, j})
				}
			}
		}
		for _, p := range pairs {
			i, j := p[0], p[1]
			if fps[j].ID < fps[i].ID {
				i, j = j, i
			}
			same := recs[i].Cluster == recs[j].Cluster
			if tc.name == "mmds" && !same || arts[i].Text == arts[j].Text {
				continue
			}
			ix, roots := groupPair(t, g, arts, words, fps, i, j)
			if roots[0] != roots[1] {
				continue
			}
			ok, ps := ix.verify(0, 1)
			rule := joinRule(ok, &ps)
			if rule == "" {
				rule = "not an edge" // joined by the wire header, narrative runs or cores
			}
			if !same {
				merged++
			}
			if _, err := fmt.Fprintf(f, "%s\t%v\t%s\t%s\t%s\t%s\t%s\n", tc.name, same, strings.ReplaceAll(rule, " ", "_"), recs[i].ID, recs[j].ID, pairSignals(ix, &ps), quoteSignals(fps[i].Quotes, fps[j].Quotes)+"\t"+mentionSignals(ix, &ps)+"\t"+leadUntoldSignals(ix, &ps)+"\t"+headlineSignals(ix)+"\t"+eventWordSignals(ix)+"\t"+eventShareSignals(ix)+"\t"+salientSignals(ix)+"\t"+protagonistSignals(ix, &ps)+"\t"+leadWordToldSignals(ix)); err != nil {
				t.Fatal(err)
			}
		}
		if merged > tc.apart {
			t.Errorf("%s: %d pairs of different stories merge as a pair; want ≤ %d", tc.name, merged, tc.apart)
		}
	}
}

// pairCorpus reads a corpus as the pair tests group it: cleaned as check
// cleans it when clean, with the background without BBC articles (CASIE
// alone) when withoutBBC, else the shipped one.
func pairCorpus(t testing.TB, file string, withoutBBC, clean bool) ([]corpusRecord, *Background) {
	t.Helper()
	recs := readCorpus(t, file)
	if clean {
		recs = cleaned(recs)
	}
	return recs, resolveBackground(testBackground(t, withoutBBC))
}

// seededPairs draws n pairs of records of different clusters (seed 1, 14),
// leaving out the near-duplicate pairs of near.
func seededPairs(recs []corpusRecord, n int, near map[[2]string]bool) [][2]int {
	var pairs [][2]int
	rng := rand.New(rand.NewPCG(1, 14))
	for len(pairs) < n {
		i, j := rng.IntN(len(recs)), rng.IntN(len(recs))
		if i == j || recs[i].Cluster == recs[j].Cluster || near[[2]string{min(recs[i].ID, recs[j].ID), max(recs[i].ID, recs[j].ID)}] {
			continue
		}
		pairs = append(pairs, [2]int{i, j})
	}
	return pairs
}

// pairSignals is TestPairsApartSignals' line of signals for the pair of a
// two-article batch Index.
func pairSignals(ix *Index, ps *pairScore) string {
	A, B := ix.full[0], ix.full[1]
	rare := func(x uint32) bool { return ps.rareW > 0 && ix.weight(x) >= ps.rareW }
	known := func(x uint32) bool { return ix.bg != nil && ix.bg.anchors.get(x) > 0 }
	var nc, kn, kn2, nr, rareStable, pers, rarePers, stable, rareWho int
	var knownW, sharedW float64
	var names, knownNames int
	ls := []*lead{&ix.leads[0], &ix.leads[1]}
	var ha, hb map[uint32]bool
	if ix.readsArticles() {
		ha, hb = nameEnds(ix.topics.arts[0], A), nameEnds(ix.topics.arts[1], B)
	}
	forShared(A, B, func(i, _ int) bool {
		x := A[i]
		if ix.weight(x) <= ps.commonW {
			return true
		}
		nc++
		st := x&stableBit == 0
		if known(x) {
			kn++
			knownW += ix.weight(x)
		}
		if ix.bg != nil && ix.bg.anchors.get(x) >= 2 {
			kn2++
		}
		if !st {
			names++
			if known(x) {
				knownNames++
			}
		}
		sharedW += ix.weight(x)
		if st {
			stable++
		}
		p := isPerson(x, ix.notCommon, ls)
		if p {
			pers++
		}
		if rare(x) {
			nr++
			if st {
				rareStable++
			}
			if p {
				rarePers++
			}
			// a name counted once: an anchor that only ever stands
			// before another name (a first name, a title) is no one
			if _, met := ha[x]; st || ha[x] || hb[x] || !met && !hasKey(hb, x) {
				rareWho++
			}
		}
		return true
	})
	cov := func(L []uint32) (float64, int, int) {
		n, k, r, fig := 0, 0, 0, 0
		for _, x := range L {
			if ix.weight(x) <= ps.commonW {
				continue
			}
			n++
			if known(x) {
				k++
			}
			if rare(x) {
				r++
			}
			if x&stableBit == 0 {
				fig++
			}
		}
		return float64(k) / float64(max(n, 1)), r, fig
	}
	covA, rareA, figA := cov(A)
	covB, rareB, figB := cov(B)
	var la, lb []string
	told := "--"
	if ix.readsArticles() {
		e := &ix.topics.events
		la, lb = e.leadOf(0, ix.topics.arts[0]), e.leadOf(1, ix.topics.arts[1])
		ta, tb := e.allOf(0, ix.topics.arts[0]), e.allOf(1, ix.topics.arts[1])
		if len(la) > 0 && len(lb) > 0 {
			told = fmt.Sprintf("%d%d", signalBit(!disjoint(la, tb)), signalBit(!disjoint(lb, ta)))
		}
	}
	return fmt.Sprintf("shared=%d\trare=%d\tcos=%.2f\tcont=%.2f\tknown=%d\tcovA=%.2f\tcovB=%.2f\tstable=%d\trareStable=%d\tpers=%d\trarePers=%d\trareWho=%d\trareA=%d\trareB=%d\tfigA=%d\tfigB=%d\tla=%s\tlb=%s\ttold=%s\tknown2=%d\tknownW=%.2f\tnames=%d\tknownNames=%d",
		nc, nr, ps.cosine, ps.anchorCont, kn, covA, covB, stable, rareStable, pers, rarePers, rareWho, rareA, rareB, figA, figB, strings.Join(la, ","), strings.Join(lb, ","), told, kn2, knownW/max(sharedW, 1e-9), names, knownNames)
}

func hasKey(m map[uint32]bool, x uint32) bool {
	_, ok := m[x]
	return ok
}

func signalBit(b bool) int {
	if b {
		return 1
	}
	return 0
}

// nameEnds maps each name anchor of full met in the article's text to
// whether it ends a run of adjacent names somewhere (a surname, a name
// standing alone) rather than only standing before another name.
func nameEnds(a *crosswire.Article, full []uint32) map[uint32]bool {
	s := scratchPool.Get().(*scratch)
	defer scratchPool.Put(s)
	toks, _ := s.articleTokens(a)
	out := map[uint32]bool{}
	prev, ok := uint32(0), false
	for i := range toks {
		fp, in := leadName(&toks[i], full)
		if ok && (!in || toks[i].sentStart) {
			out[prev] = true
		}
		if in && !out[fp] {
			out[fp] = false
		}
		prev, ok = fp, in
	}
	if ok {
		out[prev] = true
	}
	return out
}

// sharedAnchorNames lists the shared anchors of a two-article batch Index
// that are not common, each as its text (names and acronyms as the
// articles write them, numbers normalised; "?" for a date or quotation)
// with its weight and background count, rare ones marked "*".
func sharedAnchorNames(ix *Index, ps *pairScore, arts ...*crosswire.Article) string {
	names := map[uint32]string{}
	for _, a := range arts {
		for _, w := range strings.FieldsFunc(a.Title+" "+a.Text, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\'' && r != '’'
		}) {
			w = strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, "-'’"), "'s"), "’s")
			h := xxhash.Sum64String(strings.ToLower(w))
			names[anchorFPHash(anchorName, h)] = w
			names[anchorFPHash(anchorAcronym, h)] = w
			names[numberFP(w)] = w
		}
	}
	var out []string
	forShared(ix.full[0], ix.full[1], func(i, _ int) bool {
		x := ix.full[0][i]
		w := ix.weight(x)
		if w <= ps.commonW {
			return true
		}
		n, ok := names[x]
		if !ok {
			n = "?"
		}
		bgc := -1
		if ix.bg != nil {
			bgc = int(ix.bg.anchors.get(x))
		}
		mark := ""
		if ps.rareW > 0 && w >= ps.rareW {
			mark = "*"
		}
		out = append(out, fmt.Sprintf("%s%s %.1f/%d", n, mark, w, bgc))
		return true
	})
	slices.Sort(out)
	return strings.Join(out, ", ")
}

// quoteSignals is the pair's quotations: each text's count and the count
// both hold.
func quoteSignals(qa, qb []uint32) string {
	shared := 0
	forShared(qa, qb, func(int, int) bool { shared++; return true })
	return fmt.Sprintf("qa=%d\tqb=%d\tqs=%d", len(qa), len(qb), shared)
}

// mentionSignals counts the shared anchors above the common weight of a
// two-article batch Index by how often each text mentions them: once in
// both (a passing detail of one occasion), and the rare ones among those.
func mentionSignals(ix *Index, ps *pairScore) string {
	if !ix.readsArticles() {
		return "once=-\tonceRare=-"
	}
	all := func(uint32) bool { return true }
	ca, cb := anchorMentions(ix.topics.arts[0], all), anchorMentions(ix.topics.arts[1], all)
	once, onceRare := 0, 0
	forShared(ix.full[0], ix.full[1], func(i, _ int) bool {
		x := ix.full[0][i]
		if w := ix.weight(x); w > ps.commonW && ca[x] == 1 && cb[x] == 1 {
			once++
			if ps.rareW > 0 && w >= ps.rareW {
				onceRare++
			}
		}
		return true
	})
	return fmt.Sprintf("once=%d\tonceRare=%d", once, onceRare)
}

// leadUntoldSignals counts, for each lead of a two-article batch Index,
// its rare anchors and those the other article never mentions.
func leadUntoldSignals(ix *Index, ps *pairScore) string {
	untold := func(l *lead, other []uint32) (rare, out int) {
		for _, x := range l.anchors {
			if ps.rareW <= 0 || ix.weight(x) < ps.rareW {
				continue
			}
			rare++
			if _, in := slices.BinarySearch(other, x); !in {
				out++
			}
		}
		return rare, out
	}
	ra, ua := untold(&ix.leads[0], ix.full[1])
	rb, ub := untold(&ix.leads[1], ix.full[0])
	return fmt.Sprintf("leadRareA=%d\tleadUntoldA=%d\tleadRareB=%d\tleadUntoldB=%d", ra, ua, rb, ub)
}

// headlineSignals counts what the two headlines of a two-article batch
// Index share: anchors, and words of topic weight > 0; "-" without both
// headlines or outside the languages the background covers.
func headlineSignals(ix *Index) string {
	if !ix.readsArticles() || !ix.topics.coversBoth(0, 1) {
		return "headAnchors=-\theadWords=-"
	}
	aa, aw := ix.headlineTerms(0)
	ba, bw := ix.headlineTerms(1)
	if len(aa)+len(aw) == 0 || len(ba)+len(bw) == 0 {
		return "headAnchors=-\theadWords=-"
	}
	na, nw := 0, 0
	forShared(aa, ba, func(int, int) bool { na++; return true })
	forShared(aw, bw, func(i, _ int) bool {
		if ix.topics.weight(aw[i]) > 0 {
			nw++
		}
		return true
	})
	return fmt.Sprintf("headAnchors=%d\theadWords=%d", na, nw)
}

// eventWordSignals is the event read from the whole texts' ordinary words
// (topic words: lower-case, no names or numbers) of a two-article batch
// Index: the topic-word cosine, the shared words that weigh, the shared
// words as rare as a rare anchor (pooled document frequency at most
// rareDF), and the shared ones the background never saw; "-" outside the
// languages the background covers.
func eventWordSignals(ix *Index) string {
	t := ix.topics
	if t == nil || t.covered != nil && !(t.covered[0] && t.covered[1]) {
		return "tcos=-\tew=-\tewRare=-\tewNew=-"
	}
	rdf := ix.rareDF()
	shared, rare, unseen := 0, 0, 0
	forShared(t.words[0], t.words[1], func(i, _ int) bool {
		h := t.words[0][i]
		shared++
		if df, _ := t.pooledDF(h); df <= rdf {
			rare++
		}
		if t.bgdf != nil && t.bgdf[h&t.mask] == 0 {
			unseen++
		}
		return true
	})
	return fmt.Sprintf("tcos=%.2f\tew=%d\tewRare=%d\tewNew=%d", t.cosine(0, 1), shared, rare, unseen)
}

// eventShareSignals reads each whole text's ordinary words (topicWords,
// recomputed from the articles: the batch drops a word only one text
// holds) of a two-article batch Index against the background alone: each
// text's rare words (the background holds them in fewer than RareDF
// docs), how many both hold, and the weighted containment of the text
// with fewer weighed words in the other (weight: the background's inverse
// document frequency, common words left out).
func eventShareSignals(ix *Index) string {
	if !ix.readsArticles() || ix.bg == nil {
		return "rwA=-\trwB=-\trwS=-\twcont=-\tfn=-"
	}
	bg := ix.bg
	wa, wb := wholeWords(ix.topics.arts[0]), wholeWords(ix.topics.arts[1])
	weight := func(h uint32) float64 {
		bdf := bg.words.get(h)
		if float64(bdf) > commonFraction*float64(bg.Docs) {
			return 0
		}
		return math.Log(float64(bg.Docs+1) / float64(bdf+1))
	}
	rare := func(L []uint32) int {
		n := 0
		for _, h := range L {
			if bg.words.get(h) < RareDF {
				n++
			}
		}
		return n
	}
	rs := 0
	var sw float64
	forShared(wa, wb, func(i, _ int) bool {
		if bg.words.get(wa[i]) < RareDF {
			rs++
		}
		sw += weight(wa[i])
		return true
	})
	total := func(L []uint32) float64 {
		s := 0.0
		for _, h := range L {
			s += weight(h)
		}
		return s
	}
	ta, tb := total(wa), total(wb)
	// the background's common words both texts write, of the fewer
	// either writes: near 0 for two languages
	common := func(L []uint32) []uint32 {
		var out []uint32
		for _, h := range L {
			if float64(bg.words.get(h)) > commonFraction*float64(bg.Docs) {
				out = append(out, h)
			}
		}
		return out
	}
	fa, fb := common(wa), common(wb)
	fs := 0
	forShared(fa, fb, func(int, int) bool { fs++; return true })
	return fmt.Sprintf("rwA=%d\trwB=%d\trwS=%d\twcont=%.2f\tfn=%.2f", rare(wa), rare(wb), rs, sw/max(min(ta, tb), 1e-9), float64(fs)/float64(max(min(len(fa), len(fb)), 1)))
}

// salientSignals reads each whole text's salient ordinary words of a
// two-article batch Index — lower-case words (as topicWords takes them)
// the text writes at least twice and the background does not hold as
// common — and how many of each text's the other text writes at all
// (salA=n/in, salB=n/in).
func salientSignals(ix *Index) string {
	if !ix.readsArticles() || ix.bg == nil {
		return "salA=-\tsalB=-"
	}
	bg := ix.bg
	counts := func(a *crosswire.Article) map[uint32]int {
		s := scratchPool.Get().(*scratch)
		defer scratchPool.Put(s)
		toks, _ := s.articleTokens(a)
		m := map[uint32]int{}
		for i := range toks {
			t := &toks[i]
			if t.cap || t.digits || t.cjk {
				continue
			}
			if h := uint32(t.hash); float64(bg.words.get(h)) <= commonFraction*float64(bg.Docs) {
				m[h]++
			}
		}
		return m
	}
	ca, cb := counts(ix.topics.arts[0]), counts(ix.topics.arts[1])
	sal := func(c, other map[uint32]int) (n, in int) {
		for h, k := range c {
			if k < 2 {
				continue
			}
			n++
			if other[h] > 0 {
				in++
			}
		}
		return n, in
	}
	na, ia := sal(ca, cb)
	nb, ib := sal(cb, ca)
	return fmt.Sprintf("salA=%d/%d\tsalB=%d/%d", na, ia, nb, ib)
}

// protagonistSignals reads each text's most mentioned names of a
// two-article batch Index (name anchors above the common weight, counted
// over the whole text, ties kept) and whether the other text writes any
// of them (topA=mentions/in, topB=mentions/in).
func protagonistSignals(ix *Index, ps *pairScore) string {
	if !ix.readsArticles() {
		return "topA=-\ttopB=-"
	}
	names := func(x uint32) bool { return x&stableBit != 0 && ix.weight(x) > ps.commonW }
	count := func(a *crosswire.Article) map[uint32]int { return anchorMentions(a, names) }
	top := func(c map[uint32]int, other []uint32) string {
		best := 0
		for _, k := range c {
			best = max(best, k)
		}
		in := 0
		for x, k := range c {
			if k == best {
				if _, ok := slices.BinarySearch(other, x); ok {
					in = 1
				}
			}
		}
		return fmt.Sprintf("%d/%d", best, in)
	}
	return "topA=" + top(count(ix.topics.arts[0]), ix.full[1]) + "\ttopB=" + top(count(ix.topics.arts[1]), ix.full[0])
}

// anchorMentions counts how often the article's whole text mentions each
// of its anchors that keep holds.
func anchorMentions(a *crosswire.Article, keep func(uint32) bool) map[uint32]int {
	s := scratchPool.Get().(*scratch)
	defer scratchPool.Put(s)
	toks, nTitle := s.articleTokens(a)
	s.leadEnd, s.nTitle, s.shouted = len(toks), nTitle, shoutedTitle(a.Title)
	all, _ := s.extractAnchors(toks, nil, nil)
	m := map[uint32]int{}
	for _, x := range all {
		if keep(x) {
			m[x]++
		}
	}
	return m
}

// leadWordToldSignals reads each lead's ordinary words (readLeadWords:
// the headline and first LeadTokens words) of a two-article batch Index
// that the background does not hold as common, and how many of them the
// other whole text writes (lwA=n/in, lwB=n/in).
func leadWordToldSignals(ix *Index) string {
	if !ix.readsArticles() || ix.bg == nil {
		return "lwA=-\tlwB=-"
	}
	bg := ix.bg
	told := func(lead, other []uint32) string {
		n, in := 0, 0
		for _, h := range lead {
			if float64(bg.words.get(h)) > commonFraction*float64(bg.Docs) {
				continue
			}
			n++
			if _, ok := slices.BinarySearch(other, h); ok {
				in++
			}
		}
		return fmt.Sprintf("%d/%d", n, in)
	}
	a, b := ix.topics.arts[0], ix.topics.arts[1]
	return "lwA=" + told(readLeadWords(a), wholeWords(b)) + "\tlwB=" + told(readLeadWords(b), wholeWords(a))
}

// wholeWords is the article's ordinary words (topicWords) over its
// headline and whole text, sorted without repeats.
func wholeWords(a *crosswire.Article) []uint32 {
	s := scratchPool.Get().(*scratch)
	defer scratchPool.Put(s)
	toks, _ := s.articleTokens(a)
	w, _ := topicWords(toks, nil)
	return w
}
