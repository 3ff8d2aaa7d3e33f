package group

import (
	"iter"
	"maps"
	"slices"
	"strings"
	"unicode"

	"crosswire"
)

// A lone report whose lead tells its story's who and what (issue 14,
// session 22: real event coverage, each event's reports grouped alone).
//
// A piece on an event from another angle — the event watched from
// abroad, the day after, an editorial — shares few names with any one
// report of it, and the names it shares are the ones a background of a
// few thousand articles already knows: the person the event happened to,
// the country. No rule counting rare names joins it (storynames.go asks
// names the background does not know; retold.go rare words). What a
// reader joins it by is its lead: it says, as the event's reports do,
// who and what — the person and the funeral, the singer and the rehab
// clinic, the country and the flood. Each alone is not the event: the
// person's other occasions lead with her name and another act, another
// event of the kind leads with the act and another who. Together, told
// in the leads of most of a story's reports, they are what those reports
// agree the event is.
//
// So an article alone in its story joins a story of more than minSupport
// reports when its lead (headline and first LeadTokens words) writes a
// who and a what that more than half of the story's reports, and at least
// minSupport, write together in their leads — a story's lead act — where
//   - the who is a name anchor (not a figure, a date or an acronym) that is
//     not common in the collection;
//   - the what is a lower-case lead word that weighs as the pair alone
//     weighs it and as the collection does (topicWeight > 0: in two
//     articles at least, not common), in a language the background covers;
//   - the two are rare together as the background can tell: their
//     background counts c_who and c_what, read as independent, leave
//     under one of its D articles expected to write both
//     (c_who·c_what < D). A country and the word "war" (tens and a hundred
//     of BBC's and CASIE's 3,225 articles) are a topic; a person the
//     background knows by eight articles and a funeral it knows by seven
//     are an occasion. The counts are whole articles', so the bar is
//     strict for leads, which are a tenth of a text. No count of the
//     batch enters it: the batch may only veto (the who's commonness).
// and it shares MinSharedAnchors anchors that are not common — the floor
// every anchor edge asks — with each report telling the act (castShared):
// the who is one, the setting and the cast the others. A name the
// background cannot date — a platform of a later decade than its
// articles, unknown to it — makes any word "rare together" with it, and a
// scam on the platform's messenger then told the act of a fraud against
// the platform's owner (measured: CASIE's file with its articles left out
// of the background, three lone reports sharing one or two anchors with
// each report of a story of their kind; the funeral watched abroad shares
// four and eight with the reports telling its act). And, as every lone
// article's join asks (loneAgrees, storynames.go): two
// of the reports telling the act are not versions of one text
// (independent); none refuses it by a refusal every edge obeys or by its
// facts; at most half of them give headlines apart; dated, it is filed
// within copyWindowHours of one. And its lead names no one the story
// never writes: a name anchor of its lead rare as a pair alone counts it
// that no report of the story writes is another event's who (a report of
// another person's rehab that recalls the first's).
//
// Nor does a lead that counts days or more back to another occasion
// ("three weeks after", "a year on", "two months ago": countsBack) join
// by it: it tells the story's who and what as the past its own news
// follows — the affair's next step, which undated text tells from the
// event by that count alone (measured: CASIE's kinds in one run undated,
// a worm's takings told "three months on from" its outbreak had joined
// the outbreak's story).
//
// Only a lone article, decided for all at once against the stories before
// (moveLone): one article joining one story never puts two stories into
// one. The story's best act is the one most of its reports tell; a lone
// article takes the story whose act the most reports tell (ties: the
// lower root). Batch only: it reads the batch's leads and stories.

// leadAct is a who (a name anchor) and a what (a lead word) one lead
// writes.
type leadAct struct{ who, what uint32 }

// actEdge is a lone article's best story by its lead act: a report of the
// story (the move's target) and how many of its reports tell the act.
type actEdge struct {
	other uint32
	told  int
}

// joinLeadActs returns the story roots after each article alone in its
// story joins the story whose lead act its own lead tells (see above).
func (ix *Index) joinLeadActs(roots []uint32) []uint32 {
	if !ix.keepFull || ix.bg.empty() || !ix.readsArticles() || len(roots) <= minSupport+1 ||
		len(ix.full) < len(roots) || len(ix.leads) < len(roots) {
		return roots
	}
	members, lone := storiesOf(roots)
	lone = slices.DeleteFunc(lone, func(d uint32) bool { return !ix.topics.coversBoth(d, d) })
	if len(lone) == 0 {
		return roots
	}
	// the acts the lone articles' leads tell: only those are counted in
	// the stories (an act is rare together or not whichever lead tells it)
	loneActs := map[uint32][]leadAct{}
	wanted := map[leadAct]bool{}
	whos := map[uint32]bool{}
	for _, a := range lone {
		ix.forLeadActs(a, func(k leadAct) {
			loneActs[a] = append(loneActs[a], k)
			wanted[k], whos[k.who] = true, true
		})
	}
	if len(wanted) == 0 {
		return roots
	}
	acts := map[leadAct][]uint32{} // an act: the stories whose act it is
	count := map[leadAct]int{}
	for r, docs := range members {
		if len(docs) <= minSupport {
			continue
		}
		clear(count)
		for _, b := range docs {
			if !ix.topics.coversBoth(b, b) {
				continue
			}
			for x := range compacted(ix.leads[b].anchors) {
				if !whos[x] {
					continue
				}
				for _, h := range ix.leadWords(b) {
					if k := (leadAct{who: x, what: h}); wanted[k] {
						count[k]++
					}
				}
			}
		}
		for k, n := range count {
			if 2*n > len(docs) && n >= minSupport {
				acts[k] = append(acts[k], r)
			}
		}
	}
	if len(acts) == 0 {
		return roots
	}
	best := map[uint32]actEdge{}
	for _, a := range lone {
		tells := map[uint32][]leadAct{} // a story: the acts of its a's lead tells
		for _, k := range loneActs[a] {
			for _, r := range acts[k] {
				tells[r] = append(tells[r], k)
			}
		}
		for _, r := range slices.Sorted(maps.Keys(tells)) {
			holders := ix.actHolders(tells[r], members[r])
			if len(holders) < minSupport || !ix.independent(holders) || !ix.castShared(a, holders) || ix.otherWho(a, members[r]) || countsBack(ix.topics.arts[a]) ||
				!ix.loneAgrees(a, holders, nil) {
				continue
			}
			e := actEdge{other: holders[0], told: len(holders)}
			if c, seen := best[a]; !seen || e.told > c.told {
				best[a] = e
			}
		}
	}
	if len(best) == 0 {
		return roots
	}
	return moveLone(roots, best, func(e actEdge) uint32 { return e.other })
}

// forLeadActs calls f with each act doc d's lead tells: a who and a what
// of its lead that are rare together (see above), each pair once.
func (ix *Index) forLeadActs(d uint32, f func(leadAct)) {
	D := ix.bg.Docs
	var whats, counts []int
	words := ix.leadWords(d)
	for k, h := range words {
		if ix.topics.weighs(h) && topicWeight(ix.aloneWordDF(h, 2)) > 0 {
			whats = append(whats, k)
			counts = append(counts, ix.bg.WordDF(h))
		}
	}
	if len(whats) == 0 {
		return
	}
	for x := range compacted(ix.leads[d].anchors) {
		if x&stableBit == 0 || !ix.notCommon(x) {
			continue
		}
		cx := ix.aloneCount(x)
		for k, w := range whats {
			if cx*counts[k] < D {
				f(leadAct{who: x, what: words[w]})
			}
		}
	}
}

// castShared reports whether lone doc a shares MinSharedAnchors anchors
// that are not common with each of holders (see above).
func (ix *Index) castShared(a uint32, holders []uint32) bool {
	for _, b := range holders {
		if _, ps := ix.verify(a, b); ps.shared < MinSharedAnchors {
			return false
		}
	}
	return true
}

// actHolders returns the docs of a story whose leads tell one of the acts
// ks, in the story's order.
func (ix *Index) actHolders(ks []leadAct, story []uint32) []uint32 {
	var out []uint32
	for _, b := range story {
		words := ix.leadWords(b)
		for _, k := range ks {
			_, who := slices.BinarySearch(ix.leads[b].anchors, k.who)
			_, what := slices.BinarySearch(words, k.what)
			if who && what {
				out = append(out, b)
				break
			}
		}
	}
	return out
}

// otherWho reports whether lone doc a's lead names a name anchor rare as a
// pair alone counts it that no report of the story writes: another
// event's who.
func (ix *Index) otherWho(a uint32, story []uint32) bool {
	rd := ix.rareDF()
	for _, x := range ix.leads[a].anchors {
		if x&stableBit == 0 || !ix.rareAloneCount(ix.aloneCount(x), rd) {
			continue
		}
		written := false
		for _, b := range story {
			if _, ok := slices.BinarySearch(ix.full[b], x); ok {
				written = true
				break
			}
		}
		if !written {
			return true
		}
	}
	return false
}

// countsBackWords are the words after "<count> <unit>" that count an
// elapsed time back from the text's own day ("a week after", "a year
// on", "two months ago"); nextstep.go's recall reads "after" and "since".
var countsBackWords = map[string]bool{"after": true, "since": true, "on": true, "ago": true, "later": true}

// countsBack reports whether an article's headline or lead (its first
// leadEventWords words) counts an elapsed time of days or more back to
// another occasion: a count (a count word or a number, elapsedCounts), a
// unit of days or longer (elapsedUnits) and a word of countsBackWords.
func countsBack(art *crosswire.Article) bool {
	if art == nil {
		return false
	}
	for _, text := range [2]string{art.Title, leadText(art.Text)} {
		var w1, w2 string
		for f := range leadFields(text) {
			w := strings.ToLower(strings.TrimFunc(f, func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) }))
			if countsBackWords[w] && elapsedUnits[w1] && (elapsedCounts[w2] || isNumberish(w2)) {
				return true
			}
			w2, w1 = w1, w
		}
	}
	return false
}

// compacted yields xs less each element equal to the one before it
// (slices.Compact's elements, without cloning xs: asked per lead in the
// per-story loop).
func compacted(xs []uint32) iter.Seq[uint32] {
	return func(yield func(uint32) bool) {
		for i, x := range xs {
			if i > 0 && x == xs[i-1] {
				continue
			}
			if !yield(x) {
				return
			}
		}
	}
}
