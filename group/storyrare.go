package group

import "slices"

// Rarity counted by stories (issue 14, seventh round). A shared anchor is
// rare when few articles have it (RareDF, blended with the background):
// an event name in 8 of a batch of 11 reports of its own event is "not
// rare", while the same two reports checked as a pair share it as rare —
// the judgement depended on the batch. What a name's count should say is
// in how many *events* it turns up, and the reports of one event are one
// story. So, after the pairwise pass and the story-core passes, an anchor
// that a pair checked alone would find rare (the background saw it at
// most RareDF+1−2 times: the pair's own two articles and the background
// within rareDF) but that the batch's article count makes common is
// counted once per story that holds it, and is rare when the background
// count plus the number of stories holding it is within rareDF — the
// blend of the pair rules with stories in place of articles. Bound: the
// collection's own count enters this rarity only as a number of stories,
// so the k reports of one story count as one article would, at any batch
// size; a pair alone (two stories of one article each) is judged exactly
// as before.
//
// The story rarity stands in where rarity is a condition and the
// sameness of the event is told by other evidence: the topic rule (the
// event's own words, TopicCosine) — and not, until the twelfth round (see
// below), the four-rare-anchor rule, where rarity is the evidence itself:
// counted by stories there without more guards, a next-day
// paper and two days of one soap's news (follow-ups, whose names are in
// just their two stories) joined (meter-showbiz one run 0.906 → 0.866,
// precision 0.963 → 0.813), nor the day rule (two events of one
// one-week corpus on one day told each other's leads: mmds 0.711 →
// 0.693). And a join by story rarity needs, besides the topic rule,
//   - each lead told in the other report (the day rule's told: a majority
//     and MinSharedAnchors of its anchors): two events of one kind (two
//     celebrities entering rehab, two storms) share the kind's words and
//     the setting's names, but each report leads with its own who, while
//     two reports of one event each tell the other's who and where (one
//     lead told, as the day rule asks, joined more follow-ups at 20,193
//     reprints: precision 0.9670 → 0.9658);
//   - leads not naming different days, neither the pair's nor the two
//     stories' (eventday.go): follow-ups of one affair lead with another
//     day's news;
//   - not two stories with bodies (Index.bridges: copies repeat one text's
//     names).
//
// The rare-anchor rule (MinSharedRare rare anchors at EdgeAnchorCosineLow)
// counts stories too since the twelfth round, under guards of its own
// (storyRareEdge): a dozen reports of one event checked together leave
// after the pairwise pass several stories of a few reports each, and the
// event's names, in every one of them, are rare by no article count —
// "a name in every one of a 10-version story is never rare". Counted by
// stories they are what they are to a pair. What told follow-ups from
// one event when the rule counted stories without guards (seventh round:
// meter one run 0.906 → 0.866) is asked here of the pair: both leads
// name one event class (sameLeadEvent: the wire's raised bid and the
// board's rejection, one club's win and its manager's sacking, lead with
// other verbs, while two reports of one event lead with its verb), their
// leads agree (leadsAgree), each is told in the other and no different
// days are named (as for the topic rule); and neither story has a body:
// a story of copies is one text's names repeated, and its follow-up
// shares them with it alone (reprint benchmark without times, a
// follow-up joining a reprinted story: 0.9289 → 0.9273 with only this
// condition missing, 0.9237 with only the lead event missing).
//
// Each story takes its best such match (highest anchor cosine, ties to the
// smaller root) and the matches are joined; joined stories lower the
// story counts of their names, so the pass repeats, at most
// maxStoryRounds times.

// maxStoryRounds is the most rounds of the story-rarity pass.
const maxStoryRounds = 4

// rareByStories returns, for each doc, its root after joining the stories
// of roots (each doc's root after the story-core passes) by the topic
// rule with rarity counted by stories (see above). Batch only: it reads
// the full anchor lists and the frozen frequencies.
func rareByStories(ix *Index, roots []uint32) []uint32 {
	if !ix.keepFull || ix.frozen == nil || ix.topics == nil || ix.collectionSize() < RareMinN {
		return roots
	}
	out := slices.Clone(roots)
	rd := ix.rareDF()
	bgDF := func(x uint32) int {
		if ix.bg == nil {
			return 0
		}
		return int(ix.bg.anchors.get(x))
	}
	// the docs holding each anchor a pair alone would call rare but the
	// batch's article count does not (own > rareDF − background ≥ 2), so
	// at most a handful of stories can make it rare
	holders := map[uint32][]uint32{}
	for d := range out {
		for _, x := range ix.full[d] {
			own := int(ix.frozenOwn[x])
			if own <= 2 || own > walkDF {
				continue
			}
			if b := bgDF(x); b+own > rd && b+2 <= rd {
				holders[x] = append(holders[x], uint32(d))
			}
		}
	}
	if len(holders) == 0 {
		return roots
	}
	for round := 0; round < maxStoryRounds; round++ {
		body := map[uint32]bool{}
		days := map[uint32][]leadDay{}
		for d := range out {
			r := out[d]
			if ix.worded[ix.find(uint32(d))] {
				body[r] = true
			}
			if ld := ix.leads[d].day; ld != 0 && !slices.Contains(days[r], ld) {
				days[r] = append(days[r], ld)
			}
		}
		rare := map[uint32]bool{}
		stories := map[uint32]bool{}
		for x, h := range holders {
			clear(stories)
			for _, d := range h {
				stories[out[d]] = true
			}
			if bgDF(x)+len(stories) <= rd {
				rare[x] = true
			}
		}
		// the pairs of two stories holding a rare anchor, each once, in
		// order (the smaller doc, then the other): a pair is the two
		// docs in one word, sorted and compacted
		var pairs []uint64
		for x := range rare {
			h := holders[x]
			for i, a := range h {
				for _, b := range h[i+1:] {
					if out[a] != out[b] {
						pairs = append(pairs, uint64(min(a, b))<<32|uint64(max(a, b)))
					}
				}
			}
		}
		slices.Sort(pairs)
		pairs = slices.Compact(pairs)
		best := bestMatches{}
		for _, p := range pairs {
			a, b := uint32(p>>32), uint32(p)
			ra, rb := out[a], out[b]
			if body[ra] && body[rb] && !ix.copiesOneEvent(a, b) || otherDay(ix.leads[a].day, ix.leads[b].day) || otherDays(days[ra], days[rb]) ||
				!eachTold(&ix.leads[a], &ix.leads[b], ix.full[a], ix.full[b]) || !ix.eachToldWeighed(a, b) {
				continue
			}
			ix.storyRare = rare
			ok, ps := ix.verify(a, b)
			ix.storyRare = nil
			// the topic rule, whatever made its anchor rare: a pair it
			// joins with an anchor rare by articles was an edge of the
			// pairwise pass, but the best-edge pass keeps each
			// article's best edge only, and an edge between two
			// articles whose bests lie in their own stories (a take
			// and its substitute, each best matched with its own
			// pages) is dropped there and compared again nowhere: the
			// cores weigh whole stories, and this pass asked only
			// what story rarity decides (session 19: text only one
			// run 0.881 → 0.914). The candidates are still pairs that
			// share a name rare by stories, under the guards above;
			// the rare-anchor rule by stories joins stories of
			// independent reports only (see above)
			byTopic := ok && ps.byTopic && !ps.parallel
			if !byTopic && (body[ra] || body[rb] || !ix.storyRareEdge(a, b, &ps)) {
				continue
			}
			best.consider(ra, rb, ps.cosine)
		}
		if len(best) == 0 {
			break
		}
		best.join(out)
	}
	return out
}

// bestMatches holds each story root's best match: the other root and the
// pair's anchor cosine.
type bestMatches map[uint32]struct {
	to  uint32
	cos float64
}

// consider offers roots ra and rb, at cosine cos, each as the other's
// match: the highest cosine wins, ties to the smaller root.
func (best bestMatches) consider(ra, rb uint32, cos float64) {
	for _, p := range [2][2]uint32{{ra, rb}, {rb, ra}} {
		r, o := p[0], p[1]
		if m, ok := best[r]; !ok || cos > m.cos || cos == m.cos && o < m.to {
			best[r] = struct {
				to  uint32
				cos float64
			}{o, cos}
		}
	}
}

// join joins each story with its best match: out (each doc's root) is
// updated to the joined stories' smallest root.
func (best bestMatches) join(out []uint32) {
	u := unionRoots{}
	for r, m := range best {
		u.join(r, m.to)
	}
	u.apply(out)
}

// storyRareShared counts, for the topic rule, the shared anchors of a pair
// that are rare by stories (ix.storyRare, set only during rareByStories),
// in a pair whose languages the background covers (see uncoveredRare).
func (ix *Index) storyRareShared(a, b uint32, A, B []uint32, ps *pairScore) {
	if ix.storyRare == nil {
		return
	}
	if t := ix.topics; t == nil || t.covered != nil && (!t.covered[a] || !t.covered[b]) {
		return
	}
	forShared(A, B, func(i, _ int) bool {
		if ix.storyRare[A[i]] {
			ps.storyRare++
		}
		return true
	})
}

// otherDay reports whether two leads name different days: both name a
// date and the dates differ, or else both name a weekday and they differ.
func otherDay(a, b leadDay) bool { return compareDays(a, b) == dayOther }

// otherDays reports whether two stories' leads name different days: no
// day of one story's leads is a day of the other's, and some two differ.
func otherDays(a, b []leadDay) bool {
	other := false
	for _, x := range a {
		for _, y := range b {
			switch compareDays(x, y) {
			case daySame:
				return false
			case dayOther:
				other = true
			}
		}
	}
	return other
}

// storyRareEdge is the rare-anchor rule with rarity counted by stories
// (see above): a pair that reached the anchor rules (not refused as one
// undated outlet's, one slug's takes, weeks apart or in two scripts) with
// MinSharedAnchors shared, fewer than MinSharedRare rare by articles
// (those joined it already) but as many counting the ones rare by stories
// (ps.storyRare), at anchorEdge's low cosine bar, whose leads agree
// (leadsAgree) and lead with one event (sameLeadEvent). The caller asks
// each lead told, no different days and no story body.
func (ix *Index) storyRareEdge(a, b uint32, ps *pairScore) bool {
	if ix.cjk[a] != ix.cjk[b] || !ps.storyRareDecides() {
		return false
	}
	return leadsAgree(&ix.leads[a], &ix.leads[b], ix.full[a], ix.full[b], ix.notCommon) && ix.leadsOneOccasion(a, b)
}

// leadsOneOccasion reports whether the leads of the batch articles a and b
// tell one occasion as far as leads alone can: they name no different days
// (otherDay: a follow-up of one affair leads with another day's news) and
// an event class in common (sameLeadEvent: a follow-up leads with another
// verb, the raised bid after the bid). The rules that join on evidence
// the follow-ups of one affair share too — rarity counted by stories
// (storyRareEdge), rarity as the pair alone counts it (pairRareEdge), one
// statement quoted alike (quoteEdge) — ask it.
func (ix *Index) leadsOneOccasion(a, b uint32) bool {
	return !ix.leadsOtherDay(a, b) && ix.sameLeadEvent(a, b)
}

// sameLeadEvent reports whether the leads of the batch articles a and b,
// both English, name an event class in common (leadEvents): false when
// either lead names none or the articles are not read (the streaming
// Index, GroupWith).
func (ix *Index) sameLeadEvent(a, b uint32) bool {
	t := ix.topics
	if !ix.readsArticles() || t.arts[a] == nil || t.arts[b] == nil {
		return false
	}
	e := &t.events
	return shareClass(e.leadOf(a, t.arts[a]), e.leadOf(b, t.arts[b]))
}

// storyRareDecides reports whether the rare-anchor rule counting stories
// joins a verified pair by its score (storyRareEdge asks the leads too):
// not refused before the anchor rules (one undated outlet's, one slug's
// takes, weeks apart), MinSharedAnchors shared, fewer than MinSharedRare
// rare by articles but as many with those rare by stories, at
// anchorEdge's low cosine bar.
func (ps *pairScore) storyRareDecides() bool {
	if ps.sameOutlet || ps.sameSlug || ps.gap > MaxGapHours {
		return false
	}
	return ps.shared >= MinSharedAnchors && ps.rare < MinSharedRare && ps.rare+ps.storyRare >= MinSharedRare &&
		ps.cosine >= EdgeAnchorCosineLow*anchorScale(ps.gap)
}

// shareClass reports whether two sorted lists of event classes have one
// in common (an empty list has none).
func shareClass(a, b []string) bool { return !disjoint(a, b) }

// eachToldWeighed is eachTold with each lead's anchors weighed by their
// weight in the batch (Index.weight): a lead's news is in the names few
// articles write, while the subject's cast — the band, its leader, the
// member who left — is in every report of the subject and tells any of
// its days. A report of the subject's next day names the cast of the day
// before in its lead beside the names of its own news (the person quoted,
// the one compared), and a report of the day before writes the cast but
// not those: counted one a name, half a short lead is the cast; weighed,
// the lead's news is missing. Asked beside eachTold, so the batch's
// weights only refuse.
func (ix *Index) eachToldWeighed(a, b uint32) bool {
	return ix.toldWeighed(a, b) && ix.toldWeighed(b, a)
}

// toldWeighed reports whether doc d's lead anchors, weighed by the
// batch's weights, are told in doc o's anchors (leadShare.told).
func (ix *Index) toldWeighed(d, o uint32) bool {
	L := ix.leads[d].anchors
	return shareOf(L, ix.full[o], func(i int) float64 { return ix.weight(L[i]) }).told(0)
}
