package group

import (
	"math"
	"slices"
)

// A lone article whose rare words another report retells (session 18,
// issue 14: wire stories as plain text).
//
// A wire story's page 2 or substitute, and a paper's brief of it, read as
// plain text, often carry few names its other reports write: the page
// names its subject by a first name or a pronoun, the brief by a nickname
// set in capitals. Their names then give the anchor rules too little,
// and such an article is left alone in its own story. What ties it to
// the story is what it tells: the words of the account itself, the
// lower-case words other reports of the event retell ("skipper",
// "crewman", "harbour") — not the subject's names, which every report of
// the subject writes, nor the common words every report uses. A word that the shipped background holds in at most
// retoldWordFraction of its articles (one in a hundred) is such a word;
// a word the background never saw says nothing (a misspelling or a word
// of a language it does not cover). A lone article that shares
// MinRetoldWords such words with a story's reports, holding RetoldShare of
// the weight of its own (each word weighed ln(D/df) by the background),
// retells that story's account; it joins that story when it and one of
// the story's reports also share a name rare by articles, in the batch or as the pair
// alone counts it, at the anchor cosine of the low floor
// (EdgeAnchorCosineLow, which every rule after the anchor rules asks; the
// rare words stand in for the floor's count of shared names) and no rule
// of another occasion refuses it (dates, slugs, outlets, figures, tallies,
// headlines, leads naming other days: the refusals every edge obeys).
//
// The words are counted held by the story, not by one report (session 19,
// issue 14): independent reports of one event each tell part of it (a take
// the crew, a paper's rewrite the weather), and a brief or a paper that
// retells the event takes its words from several of them; a word is
// counted once however many reports hold it. The bar stays half of the
// lone article's own weight: a story of many reports holds more of its
// subject's words, but a word in more than walkCap of the batch's docs is
// not counted, and the rare name and the refusals are asked of a report
// (the pair), as before. Measured: meter papers grouped alone 30 → 31 of
// 37 whole, CASIE kinds in one run (undated) mean ARI 0.7241 → 0.7582, no
// pair of different stories more (group/NOTEBOOK.md, session 19).
//
// Only a lone article: a story of two or more reports holds its own
// account, and two stories of one subject share the subject's words
// (the next day's take of a band's news retells the first day's); one
// article that joins one story never puts two stories into one. Batch
// only: it reads the batch's topic words and the background's counts.
const (
	// MinRetoldWords is the fewest background-rare words the lone article
	// must share: two, more than one word the two reports' subject brings
	// (a show's genre, a sport's term).
	MinRetoldWords = 2
	// RetoldShare is the least share of the lone article's rare-word
	// weight the other report holds: half — most of what the article
	// tells in its own rare words is told there.
	RetoldShare = 0.5
	// retoldWordFraction is the largest share of the background's
	// articles a word may be in to count as rare: one in a hundred,
	// a fifth of commonFraction (the share above which a word is common
	// and weighs nothing).
	retoldWordFraction = commonFraction / 5
)

// retoldWords returns doc d's topic words that the background holds in at
// least one and at most retoldWordFraction of its articles, with their
// background weights ln(D/df).
func (ix *Index) retoldWords(d uint32, maxDF uint32) ([]uint32, []float64) {
	var ws []uint32
	var wt []float64
	docs := float64(ix.bg.Docs)
	for _, h := range ix.topics.words[d] {
		if df := ix.bg.words.get(h); df >= 1 && df <= maxDF {
			ws = append(ws, h)
			wt = append(wt, math.Log(docs/float64(df)))
		}
	}
	return ws, wt
}

// retoldEdge is a lone article's best retelling match: the other doc (a
// report of the story), the share of the lone article's rare-word weight
// its story holds, the pair's anchor cosine.
type retoldEdge struct {
	other         uint32
	share, cosine float64
}

// joinRetold returns the story roots after each article alone in its
// story (roots[d], by doc) joins the story whose reports retell its rare
// words (see above): its best match by the story's share, then the anchor
// cosine of the report it pairs with, then the smaller ID. Decided for all at once against the stories
// before, as joinBriefs decides: a lone article that moves is no target.
func (ix *Index) joinRetold(roots []uint32) []uint32 {
	t := ix.topics
	if !ix.keepFull || t == nil || ix.bg.empty() || len(t.words) != len(roots) || len(roots) < 2 {
		return roots
	}
	maxDF := uint32(retoldWordFraction * float64(ix.bg.Docs))
	// the lone docs and their rare words
	type loneDoc struct {
		d     uint32
		words []uint32
		wt    []float64
		total float64
	}
	var lone []loneDoc
	want := loneItems(roots, func(a uint32) []uint32 {
		if t.covered != nil && !t.covered[a] {
			return nil
		}
		ws, wt := ix.retoldWords(a, maxDF)
		if len(ws) < MinRetoldWords {
			return nil
		}
		total := 0.0
		for _, w := range wt {
			total += w
		}
		lone = append(lone, loneDoc{a, ws, wt, total})
		return ws
	})
	if len(lone) == 0 {
		return roots
	}
	// the docs holding each of those words, read in one walk of every
	// doc's topic words
	walkHolders(want, t.words)
	members := membersByRoot(roots)
	best := map[uint32]retoldEdge{}
	var cand []uint32
	for _, l := range lone {
		a := l.d
		// a word in more than walkCap of the batch's docs is no evidence
		// of one account
		held, count := heldByStories(a, l.words, l.wt, want, roots)
		cand = cand[:0]
		for r, n := range count {
			if n >= MinRetoldWords && held[r] >= RetoldShare*l.total {
				cand = append(cand, r)
			}
		}
		slices.Sort(cand)
		for _, r := range cand {
			for _, b := range members[r] {
				ok, cos := ix.retoldPair(a, b)
				if !ok {
					continue
				}
				e := retoldEdge{other: b, share: held[r] / l.total, cosine: cos}
				c, seen := best[a]
				if !seen || e.share > c.share || e.share == c.share && e.cosine > c.cosine {
					best[a] = e
				}
			}
		}
	}
	if len(best) == 0 {
		return roots
	}
	return moveLone(roots, best, func(e retoldEdge) uint32 { return e.other })
}

// retoldPair reports whether lone doc a may join doc b's story on retold
// words: the two share an anchor rare by articles (in the batch, or as
// the pair alone counts it: aloneRareShared) at an anchor cosine of at
// least EdgeAnchorCosineLow, and none
// of the refusals every edge obeys holds (verifyCounting's: template
// wording, dates, lead dates, codes, next steps, one outlet undated, one
// slug, two scripts; leads naming other days; occasionApart). It returns
// the pair's anchor cosine.
func (ix *Index) retoldPair(a, b uint32) (bool, float64) {
	refused, ps, A, B := ix.refusedScore(a, b)
	if refused || ps.cosine < EdgeAnchorCosineLow || ps.rare < 1 && ix.aloneRareShared(A, B, &ps) < 1 {
		return false, 0
	}
	if ix.occasionApart(a, b, A, B, &ps) {
		return false, 0
	}
	return true, ps.cosine
}

// loneRefused reports whether a refusal every edge obeys parts lone doc a
// from doc b before any score is read (verifyCounting's: two scripts, one
// slug, template wording, filed more than MaxGapHours apart, undated with
// lead dates apart or one outlet's, codes of one scheme, the affair's next
// step, leads naming other days).
func (ix *Index) loneRefused(a, b uint32) bool {
	if ix.cjk[a] != ix.cjk[b] || len(ix.wire) > 0 && ix.sameSlug(a, b) || ix.templateApart(a, b) {
		return true
	}
	ha, hb := ix.hours[a], ix.hours[b]
	dated := ha > 0 && hb > 0
	if dated && max(ha, hb)-min(ha, hb) > MaxGapHours {
		return true
	}
	if !dated && (ix.leadDatesApart(a, b) || ix.outlets[a] != 0 && ix.outlets[a] == ix.outlets[b]) {
		return true
	}
	return ix.codesApart(a, b) || ix.nextStep(a, b) || len(ix.leads) > int(max(a, b)) && ix.leadsOtherDay(a, b) ||
		ix.stageApart(a, b) // actstage.go
}

// pairRefused reports whether one of the refusals every edge obeys parts
// docs a and b (refusedScore's, and occasionApart).
func (ix *Index) pairRefused(a, b uint32) bool {
	refused, ps, A, B := ix.refusedScore(a, b)
	return refused || ix.occasionApart(a, b, A, B, &ps)
}

// refusedScore reports whether a refusal of verifyCounting's parts docs a
// and b (loneRefused), and else returns the pair's score and anchor lists.
func (ix *Index) refusedScore(a, b uint32) (bool, pairScore, []uint32, []uint32) {
	if ix.loneRefused(a, b) {
		return true, pairScore{}, nil, nil
	}
	_, ps := ix.verify(a, b)
	return false, ps, ix.anchorList(a), ix.anchorList(b)
}
