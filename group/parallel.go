package group

import (
	"math"

	"crosswire"
)

// Parallel texts. Ten machine translations of one article, a translation
// and its round trip, or a rewrite that keeps the original's sentences in
// other words share few 5-word shingles (every system and every rewriter
// words a sentence its own way), and when the systems render names and
// titles differently their anchor cosine falls below the pair rule's
// threshold; and with many versions of one text in a batch no anchor of
// theirs is rare (each is in every version). But they say the same
// things in the same order: their ordinary words are largely the same,
// and each shared word stands at about the same place in both texts (a
// translation keeps the sentences where they were). Two reports of one
// event, or two stories of one affair, share many words too — but tell
// them in their own order.
//
// So two articles of about one length (the shorter at least half the
// longer) in languages the background covers, sharing
// MinSharedAnchors anchors at an anchor cosine of at least
// EdgeAnchorCosineLow (the floor of every anchor rule), whose topic
// words (topic.go) have a cosine of at least TopicCosine and whose shared topic words stand, by weight,
// nearly all (ParallelInPlace) within ParallelDrift of each other (each
// word's first place as a fraction of its text), are one text in other
// words. ParallelDrift is a tenth of the text: a sentence of a 10- to
// 20-sentence article, the most a word moves when a sentence is
// reworded or its clauses reordered. ParallelInPlace is "nearly all":
// only the words of a sentence a translation splits, merges or moves
// stray further.
//
// Measured before the thresholds were set (issue 14): an article of
// bbc-mt-catalan and its Catalan round trip have topic cosines 0.34–0.77
// and 95–100 % of their shared words in place; the BBC pairs of different
// stories with the highest topic cosines (0.5–0.7: the next day of one
// affair, an auction announced and then held) have 18–75 % in place, and
// of all BBC pairs sharing 3 anchors at topic cosine ≥ 0.25 (outside its
// known near-duplicates) the most in place are two follow-ups of one law
// (87 %) and two of one row (80 %): "mostly" (0.8) would not do.
//
// And a parallel text keeps the figures (sameFigures): a follow-up told in
// its story's order (the offer, then the raised offer) is parallel in its
// words and places, but its figures are new.
//
// A parallel pair is joined as a copy is, not as one best anchor match:
// every version of one text joins the story of every other (ten
// translations whose best matches pair them off would otherwise be left
// as five stories of two). So an anchor edge that the best matches leave
// between two stories is checked too (joinParallelAnchorEdges; issue 14,
// sixth round: 2 of 10 BBC articles' ten Apertium translations one story
// before, 10 of 10 with it). The union gives the story no body
// (Index.bridges): parallel texts share neither wording nor a header. Like the topic rule it is a batch rule (the streaming Index keeps no
// topic words), and it applies after the gates of verify: dates more than
// MaxGapHours apart, one undated outlet, and takes of one wire slug are
// refused before it.
const ParallelDrift = 0.1

// ParallelInPlace is the weighted share of shared topic words that must
// stand within ParallelDrift for two texts to be parallel.
const ParallelInPlace = 0.9

// topicInput holds the batch's topic words (sorted hashes, topicWords)
// by article, and the articles (for the places of their words, computed
// when a pair needs them).
type topicInput struct {
	words [][]uint32
	arts  []crosswire.Article
	names [][]uint32 // by article: a mostly-CJK one's names in characters (zhnames.go)
}

func newTopicInput(n int) *topicInput {
	return &topicInput{words: make([][]uint32, n), names: make([][]uint32, n)}
}

// placesOf returns the places of doc d's kept topic words (parallel to
// t.words[d]), computed on first use from its article; safe for
// concurrent use.
func (t *topics) placesOf(d uint32) []uint8 {
	t.once[d].Do(func() {
		if t.pos[d] != nil || t.arts[d] == nil {
			return
		}
		var s scratch
		var p placeTable
		toks, _ := s.articleTokens(t.arts[d])
		t.pos[d] = p.places(toks, t.words[d])
	})
	return t.pos[d]
}

// placeTable finds each topic word's first place among an article's
// tokens: an open-addressing table (word hash → first token index + 1).
type placeTable struct {
	keys []uint32
	at   []int32 // first token index + 1; 0: empty slot
}

// places returns, for each of words (topic words of toks), its first place among the tokens as a fraction
// of their number, in 256ths.
func (p *placeTable) places(toks []token, words []uint32) []uint8 {
	if len(words) == 0 {
		return nil
	}
	size := 16
	for size < 2*len(toks) {
		size <<= 1
	}
	if len(p.at) < size {
		p.keys, p.at = make([]uint32, size), make([]int32, size)
	}
	keys, at := p.keys[:size], p.at[:size]
	clear(at)
	// the word hashes are xxhash bits: their low bits pick the slot
	mask := uint32(size - 1)
	for i := range toks {
		t := &toks[i]
		if t.cap || t.cjk || t.digits {
			continue
		}
		h := uint32(t.hash)
		j := h & mask
		for at[j] != 0 && keys[j] != h {
			j = (j + 1) & mask
		}
		if at[j] == 0 {
			keys[j], at[j] = h, int32(i+1)
		}
	}
	pos := make([]uint8, len(words))
	for k, h := range words {
		j := h & mask
		for at[j] != 0 && keys[j] != h {
			j = (j + 1) & mask
		}
		if at[j] != 0 {
			pos[k] = uint8(int(at[j]-1) * 256 / len(toks))
		}
	}
	return pos
}

// joinParallelAnchorEdges joins, after each article has joined its best
// anchor match, the two stories of every anchor edge between parallel
// texts that the best matches left apart (see ParallelDrift: ten
// translations of one article share 50–60 anchors at cosines 0.8–0.98,
// every pair an anchor edge, and their best matches form clumps of the
// versions whose last step was one language pair). Decided for all edges
// against the stories of the best matches, then joined, so the result
// does not depend on the order of the edges; only edges that cross two
// stories are checked, so the places of topic words are computed for few
// articles (checking every anchor-accepted pair cost the reprint set ×10
// 18 % CPU and 100 MiB).
func (ix *Index) joinParallelAnchorEdges() {
	if ix.topics == nil || ix.topics.arts == nil {
		return
	}
	var join []anchorEdge
	for _, e := range ix.anchorEdges {
		if ix.find(e.a) == ix.find(e.b) {
			continue
		}
		if ok, ps := ix.verify(e.a, e.b); ok && (ix.parallelEdge(e.a, e.b, &ps) || ix.leadsEdge(e.a, e.b, &ps)) {
			join = append(join, e)
		}
	}
	for _, e := range join {
		ix.union(e.a, e.b)
	}
}

// parallelEdge reports whether a verified pair that the anchor rules
// left apart is one text in other words (see ParallelDrift).
func (ix *Index) parallelEdge(a, b uint32, ps *pairScore) bool {
	t := ix.topics
	if t == nil || t.arts == nil || ps.shared < 2 || ps.cosine < EdgeAnchorCosineLow ||
		ps.shared < MinSharedAnchors && ps.shared < ix.parallelFloor(a, b, ps) { // the floor is at most MinSharedAnchors: count only under it
		return false
	}
	// one text in other words is about as long: the shorter at least
	// half the longer (translations differ by a fifth or so)
	if na, nb := ix.shingles[a], ix.shingles[b]; 2*min(na, nb) < max(na, nb) {
		return false
	}
	return sameFigures(ix.anchorList(a), ix.anchorList(b)) &&
		ix.topicTold(a, b, ps, TopicCosine) && t.inPlace(a, b) >= ParallelInPlace
}

// sameFigures reports whether two anchor lists (sorted: the script-stable
// anchors — numbers, dates, codes — first) agree on their figures: at
// least half of the stable anchors of the list with fewer are in the
// other, or one has none. One text in other words keeps its figures (a
// translation garbles a few: "£600m" read as "600 million books"); the
// next day's report of an affair, told in the same order — the raised
// offer, the new total — brings other figures, which are its news.
func sameFigures(A, B []uint32) bool {
	sa, _ := splitStable(A)
	sb, _ := splitStable(B)
	if len(sa) == 0 || len(sb) == 0 {
		return true
	}
	return 2*sharedCount(sa, sb) >= min(len(sa), len(sb))
}

// topicCosine is the topic-word cosine of a pair, computed once per
// verification (the parallel and topic rules both read it).
func (ix *Index) topicCosine(a, b uint32, ps *pairScore) float64 {
	if !ps.topicSet {
		ps.topic, ps.topicSet = ix.topics.cosine(a, b), true
	}
	return ps.topic
}

// topicTold reports whether the topic words of docs a and b are told alike
// at bar: their cosine is at least bar in the batch (topicCosine) and as
// the pair checked alone weighs them (aloneTopicCosine). A rule that joins
// on the cosine takes its evidence from the pair and the background; the
// batch's weights may only veto — a word in more than commonFraction of
// the batch weighs nothing there, and one of them that only one of the
// pair writes would leave its norm and raise the cosine of a pair the pair
// alone does not join (session 14). The pair's words are read again only
// for a pair the batch's cosine joins, once a pair (ps.topicAlone).
func (ix *Index) topicTold(a, b uint32, ps *pairScore, bar float64) bool {
	if ix.topicCosine(a, b, ps) < bar {
		return false
	}
	if !ps.topicAloneSet {
		ps.topicAlone, ps.topicAloneSet = ix.aloneTopicCosine(a, b), true
	}
	return ps.topicAlone >= bar
}

// inPlace is the weighted share of the topic words docs a and b share
// that stand within ParallelDrift of each other.
func (t *topics) inPlace(a, b uint32) float64 {
	A, B := t.words[a], t.words[b]
	PA, PB := t.placesOf(a), t.placesOf(b)
	drift := int(math.Round(ParallelDrift * 256))
	var all, near float64
	forShared(A, B, func(i, j int) bool {
		w := t.weight(A[i])
		all += w
		if d := int(PA[i]) - int(PB[j]); d <= drift && d >= -drift {
			near += w
		}
		return true
	})
	if all == 0 {
		return 0
	}
	return near / all
}

// uncoveredRare recounts the rare shared anchors of a pair of which one
// article is in a language the background does not cover (fewer than half
// of its topic words known to it: topics.covered). A background of English
// news has never seen the Catalan or Malay name of a country ("Regne
// Unit", "Amerika Syarikat"), so every such name would look as rare as
// the background can tell, and two unrelated Catalan articles sharing
// four country names would be joined as independent reports of one
// event. For such a pair an anchor is rare by the collection's own count
// only (in at most RareDF of its articles, in a collection of at least
// RareMinN), as before backgrounds existed; its weight is unchanged.
func (ix *Index) uncoveredRare(a, b uint32, A, B []uint32, ps *pairScore) {
	t := ix.topics
	if t == nil || t.covered == nil || t.covered[a] && t.covered[b] || ps.rare == 0 {
		return
	}
	ps.rare = 0
	if ix.collectionOwnSize() < RareMinN {
		return
	}
	forShared(A, B, func(i, _ int) bool {
		if int(ix.frozenOwn[A[i]]) <= RareDF {
			ps.rare++
		}
		return true
	})
}

// forShared calls fn(i, j) for each value A[i] == B[j] of two sorted
// lists, in order, until fn returns false.
func forShared[T uint32 | uint64](A, B []T, fn func(i, j int) bool) {
	for i, j := 0, 0; i < len(A) && j < len(B); {
		switch {
		case A[i] < B[j]:
			i++
		case B[j] < A[i]:
			j++
		default:
			if !fn(i, j) {
				return
			}
			i++
			j++
		}
	}
}
