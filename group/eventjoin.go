package group

import (
	"math"
	"sync"

	"crosswire"
)

// Leads told in the same words (issue 14, tenth round). Independent reports
// of one event each open with who did what: "Norland Air
// cabin crew who are expecting can now move to desk jobs" and
// "Norland Air flight attendants may now ask for a temporary
// ground role while pregnant". They share few names (the who
// is one or two of them) and, over their whole texts, few words — each
// brings its own quotes and background, so the topic-word cosine of the
// whole texts is low — but their leads tell the what in the same ordinary
// words (pregnant, stewardesses, ground, birth). Two reports of one subject
// on different days share the names and lead with other news in other
// words; two events of one kind share the kind's words but not the who,
// so they do not reach the pair rules' floor of shared anchors.
//
// So a pair that reports one affair by the pair rules' low floor
// (MinSharedAnchors shared anchors that are not common, anchor cosine ≥
// EdgeAnchorCosineLow) is one event when
//   - the cosine of its leads' words — the lower-case words of the headline
//     and the first LeadTokens body words, weighed by their topic weight
//     (the background pooled with the collection: a word in one article or
//     in more than commonFraction of them weighs nothing) — is at least
//     LeadTold, a majority, as the headline rule asks of headlines
//     (HeadlineTold) and the day rule of a lead's anchors;
//   - they share at least MinSharedAnchors of those words with weight > 0:
//     the what, not one word ("tonight" in two wire takes' first lines),
//     the floor the pair rules ask of anchors;
//   - their leads name no different days (compareDays): a follow-up that
//     retells the affair's lead leads with another day.
// No anchor is asked to be rare: rarity counts the batch's articles, and a
// dozen reports of one event checked together make their who "common"
// (smallbatch.go, storyrare.go); the rule reads only the pair's own leads,
// and the cosine must hold both with the pooled word weights and as the
// pair alone weighs the words (aloneWordWeight: the batch may only veto,
// session 14), so it judges two reports alone as among a million. Words
// are weighed by the background only in a language it covers
// (topics.covered); in another (Malay) the weights are the
// collection's own counts, which tell a function word from an event's word
// only in a collection of RareMinN or more (as uncoveredRare reads
// rarity), so below that the rule is off for such a pair — and there, by
// the same bound, the headline rule applies to such a pair too
// (uncoveredHeadlinesTold). Batch only (they read the articles' leads and
// headlines); the streaming Index does not use them.

// leadWordsTold reports whether a verified pair's leads tell one event in
// the same words (see above).
func (ix *Index) leadWordsTold(a, b uint32, ps *pairScore) bool {
	if !ix.readsArticles() || int(max(a, b)) >= len(ix.leads) || !ps.lowFloor() {
		return false
	}
	if !ix.topics.coversBoth(a, b) && ix.collectionOwnSize() < RareMinN {
		return false
	}
	if ix.leadsOtherDay(a, b) {
		return false
	}
	if ix.leadWordCosine(a, b) < LeadTold {
		return false
	}
	// the batch's weights may only veto (topicTold): a covered pair's
	// leads are told alike as the pair alone weighs their words too
	la, lb := ix.leadWords(a), ix.leadWords(b)
	return !ix.topics.coversBoth(a, b) || leadsCosine(ix.aloneWordWeight(la, lb), la, lb) >= LeadTold
}

// leadWordCosine is the cosine of two docs' lead words weighed by their
// topic weight (leadsCosine; for a doc in a language the background does
// not cover, the collection's own weight, ownWeight). Not a share of one
// lead told in the other text (leadShare, as wordsTold asks of a client's
// brief): two independent reports each write their own lead, neither
// contains the other, and the cosine asks the two leads alike; and the
// topic weight gives a word of one article nothing, where aloneWeight
// weighs a brief's own words most.
func (ix *Index) leadWordCosine(a, b uint32) float64 {
	return leadsCosine(ix.wordWeight(a, b), ix.leadWords(a), ix.leadWords(b))
}

// leadsCosine is the cosine of two leads' words A and B weighed by weight
// (wordCosine), 0 when they share fewer than MinSharedAnchors words of
// weight > 0.
func leadsCosine(weight func(uint32) float64, A, B []uint32) float64 {
	c, n := wordCosine(weight, A, B)
	if n < MinSharedAnchors {
		return 0
	}
	return c
}

// wordWeight is the weight of the words of docs a and b: the topic weight
// (the background pooled with the collection) when the background covers
// both docs' language, else the collection's own (ownWeight).
func (ix *Index) wordWeight(a, b uint32) func(uint32) float64 {
	t := ix.topics
	if t.coversBoth(a, b) {
		return t.weight
	}
	return t.ownWeight
}

// coversBoth reports whether the background covers the language of docs a
// and b both (topics.covered; every doc's without a background): where
// words are weighed by it.
func (t *topics) coversBoth(a, b uint32) bool {
	return t.covered == nil || t.covered[a] && t.covered[b]
}

// readsArticles reports whether the index keeps the batch's articles, as
// the rules reading leads' words and headlines need.
func (ix *Index) readsArticles() bool {
	return ix.keepFull && ix.topics != nil && ix.topics.arts != nil
}

// ownWeight is a word's inverse document frequency in the collection
// alone: 0 for a word in one doc or in more than commonFraction of them.
// For a language the background does not cover the pooled count says
// nothing: the background's articles never hold its function words, so
// pooled with them a word in every Malay article of a collection would
// not be common. A word the background holds as common (in more than
// commonFraction of its articles: a function word of the languages it
// covers, or of a list of a language's most frequent words, such as
// Malay's) weighs 0 too: it is common whatever the collection.
func (t *topics) ownWeight(h uint32) float64 {
	df := int(t.df[h&t.mask])
	if df < 2 || float64(df) > commonFraction*float64(t.n) {
		return 0
	}
	if t.bg != nil && float64(t.bgdf[h&t.mask]) > commonFraction*float64(t.bg.Docs) {
		return 0
	}
	return math.Log(float64(t.n+1) / float64(df))
}

// wordCosine is the cosine of two sorted word lists, each word weighed by
// weight (squared, as the topic words always were), and the number of
// words of weight > 0 they share; 0 when either list weighs nothing.
func wordCosine(weight func(uint32) float64, A, B []uint32) (float64, int) {
	wa, wb, s, n := weighedSums(weight, A, B)
	if wa == 0 || wb == 0 {
		return 0, n
	}
	return s / math.Sqrt(wa*wb), n
}

// weighedSums returns the sums of the squared weights of two sorted lists
// and of the terms they share, and the number of shared terms of weight > 0.
// The one walk of every word cosine (topics, leads, headlines); the anchor
// rules' walk (pairScore.anchorScore) is apart: it sums weights unsquared
// and counts shared anchors by how common and how rare they are.
func weighedSums(weight func(uint32) float64, A, B []uint32) (wa, wb, s float64, n int) {
	i, j := 0, 0
	for i < len(A) || j < len(B) {
		switch {
		case j >= len(B) || i < len(A) && A[i] < B[j]:
			w := weight(A[i])
			wa += w * w
			i++
		case i >= len(A) || B[j] < A[i]:
			w := weight(B[j])
			wb += w * w
			j++
		default:
			w := weight(A[i])
			wa += w * w
			wb += w * w
			s += w * w
			if w > 0 {
				n++
			}
			i++
			j++
		}
	}
	return wa, wb, s, n
}

// leadWords returns doc d's lead words: the lower-case words (topicWords)
// of its headline and first LeadTokens body words, sorted without repeats.
// Computed from the article on first use (a pair reaches this rule only
// when every rule before it refused it) and kept for the doc's other
// pairs, reading only the start of the text. Safe for concurrent use.
func (ix *Index) leadWords(d uint32) []uint32 {
	c := &ix.topics.leads
	c.once[d].Do(func() { c.words[d] = readLeadWords(ix.topics.arts[d]) })
	return c.words[d]
}

// docLeads holds each doc's lead words (Index.leadWords), computed on
// first use.
type docLeads struct {
	once  []sync.Once
	words [][]uint32
}

func newDocLeads(n int) docLeads {
	return docLeads{once: make([]sync.Once, n), words: make([][]uint32, n)}
}

// readLeadWords reads an article's lead words (Index.leadWords).
func readLeadWords(a *crosswire.Article) []uint32 {
	if a == nil {
		return nil
	}
	s := scratchPool.Get().(*scratch)
	toks := s.appendTokens(s.tokens[:0], a.Title)
	n := len(toks)
	toks = s.appendTokens(toks, leadText(a.Text))
	s.tokens = toks
	w, buf := topicWords(toks[:min(len(toks), n+LeadTokens)], s.runBuf[:0])
	s.runBuf = buf
	if s.small() {
		scratchPool.Put(s)
	}
	return w
}

// leadBytes bounds the text read for a lead: LeadTokens words of up to 16
// bytes with their spaces and marks (an English word averages 6).
const leadBytes = 16 * LeadTokens

// leadText returns the start of a text that holds its first LeadTokens
// words: its first leadBytes bytes, extended to the end of the word.
func leadText(text string) string {
	if len(text) <= leadBytes {
		return text
	}
	k := leadBytes
	for k < len(text) && text[k] != ' ' && text[k] != '\n' {
		k++
	}
	return text[:k]
}

// uncoveredHeadlinesTold is the headline rule (headlinesTold, headline.go)
// for a pair neither of whose languages the background covers (two Malay
// reports), in a collection of RareMinN or more. The headline rule is off
// for such a pair because nothing tells a function word from the event's
// word in a handful of Malay articles, and the background has none of
// them; in a collection of RareMinN or more the collection's own counts
// do (ownWeight), as they tell rarity there (uncoveredRare). The rest is
// the headline rule's: the pair reports one affair (pairScore.affair), the
// headlines share a name and a word of weight > 0 at a weighted cosine of
// HeadlineTold, and the leads name no different days.
func (ix *Index) uncoveredHeadlinesTold(a, b uint32, ps *pairScore) bool {
	t := ix.topics
	if !ix.readsArticles() || t.covered == nil || t.covered[a] || t.covered[b] ||
		int(max(a, b)) >= len(ix.leads) || ix.collectionOwnSize() < RareMinN || !ps.affair() {
		return false
	}
	if ix.leadsOtherDay(a, b) {
		return false
	}
	return ix.headlineCosine(a, b, t.ownWeight) >= HeadlineTold
}
