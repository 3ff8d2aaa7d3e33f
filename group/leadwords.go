package group

import (
	"math"
	"slices"

	"github.com/cespare/xxhash/v2"
)

// A lead retold in words (issue 14, tenth round). A paper's version of a
// wire take is often a brief of one sentence or two that retells the take's
// lead in its own words and keeps one or two of its names — the show, the
// presenter — so it shares too few anchors with the take, or at too low a
// cosine, for the anchor rules (METER: a one-sentence brief of a drama's
// new series, a two-sentence brief of a quiz show's new host, alone split
// from their takes; a one-sentence brief of a singer's duet at anchor
// cosine 0.24 once a translation of the take is in the batch). What it
// shares is the lead's *what*: the words of its lead are the take's words.
// So a lone client joins a take when
//   - the pair shares a name that it checked alone would call rare
//     (rareAloneName: name and acronym together, the background's count
//     within rareDF less the pair, as rareAlone reads an anchor; case
//     ignored, so a brief's "IVO" is the take's "Ivo");
//   - one lead is told in the other article in words: of the lead's words
//     (the headline and the first LeadTokens body words, names and numbers
//     left out, case ignored), weighed by inverse document frequency as
//     the pair alone counts it, pooled with the background (aloneWeight: a
//     word in more than commonFraction of the background weighs nothing,
//     one it has never seen and one article holds the most), at least
//     LeadTold (a majority) are in the other article, and at least
//     MinSharedAnchors terms are shared, counting the words of weight > 0
//     and the lead's persons the other writes — the count told asks of
//     anchors, the what and the who;
//   - every person of the client's lead (a name ending a run of names, as
//     leadnames.go counts them; not one common to the pair and the
//     background, commonNameAlone: the broadcaster is context) is written
//     in the take: a version retells the take's who and adds none of its
//     own, another story of the subject brings its own
//     (the singer of another channel's millennium single, the developer who
//     bought the band's studio). Without this, METER papers of a band's
//     other days, which share five to twelve of a take's names and retell
//     its lead's words as much, joined the other day's take (pairs of
//     different stories merging alone 61 → 71);
//   - and none of the refusals of every rule of a take and its client: not
//     two takes (the headers decide), not one outlet undated, not dated
//     more than MaxGapHours apart, not another script, not leads naming
//     different days (a follow-up leads with another day's news), and a
//     language the background covers (topics.covered: weights need it).
// Constants: LeadTold and MinSharedAnchors, as told asks of anchors; no new
// threshold.
//
// Batch only (it reads the articles, as the headline and topic rules do),
// in the lone clients' last pass (joinLoneClients): decided for all lone
// articles at once against the stories before, so no chain forms and no
// story with takes moves. Cost: the lone articles and the takes sharing a
// rare name with them are tokenized once more.

// leadWords holds one doc's terms for the words rule, as the doc alone
// holds them: the lead's distinct term hashes, its persons, and every
// distinct term hash of the article (sorted). What a pair makes of them —
// the lead words' weights (aloneWeight) and which persons are someone
// (whoAlone) — is read for the pair (toldAlone), never by the batch's
// counts.
type leadWords struct {
	lead    []uint32
	persons []uint64 // the lead's persons (leadPerson): token hashes, which commonNameAlone reads (sorted)
	all     []uint32
	rare    []uint32 // the article's capitalised terms that the pair alone would call rare (sorted)
	covered bool
}

// docLeadWords computes doc d's leadWords from its article; ok is false
// when the batch keeps no articles.
func (ix *Index) docLeadWords(d uint32) (lw leadWords, ok bool) {
	t := ix.topics
	if t == nil || t.arts == nil || t.arts[d] == nil {
		return lw, false
	}
	s := scratchPool.Get().(*scratch)
	toks, nTitle := s.articleTokens(t.arts[d])
	full := ix.full[d]
	end := min(len(toks), nTitle+LeadTokens)
	lead := make([]uint32, 0, end)
	all := make([]uint32, 0, len(toks))
	var persons []uint64
	var rare []uint32
	rareDF := ix.rareDF()
	for i := range toks {
		tk := &toks[i]
		if tk.cjk || tk.weekday || tk.month > 0 || tk.cap && weekdayPlural(tk.hash) {
			continue
		}
		h := uint32(tk.hash)
		all = append(all, h)
		if tk.cap && !tk.digits && isNameAnchor(tk, full) && ix.rareAloneName(tk.hash, rareDF) {
			rare = append(rare, h)
		}
		if i < end && !tk.digits {
			if !tk.cap || !isNameAnchor(tk, full) {
				lead = append(lead, h)
			} else if leadPerson(toks, i, end, full) {
				persons = append(persons, tk.hash)
			}
		}
	}
	if s.small() {
		scratchPool.Put(s)
	}
	slices.Sort(lead)
	lw.lead = slices.Clip(slices.Compact(lead))
	slices.Sort(all)
	lw.all = slices.Clip(slices.Compact(all))
	slices.Sort(persons)
	lw.persons = slices.Clip(slices.Compact(persons))
	slices.Sort(rare)
	lw.rare = slices.Clip(slices.Compact(rare))
	lw.covered = t.covered == nil || t.covered[d]
	return lw, true
}

// weekdayPlurals are the hashes of the English weekday names' plurals
// ("on Wednesdays"): the day of a regular event, a weekday as the
// tokenizer's weekday names are, not a name.
var weekdayPlurals = func() [7]uint64 {
	var out [7]uint64
	for i, d := range [...]string{"mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"} {
		out[i] = xxhash.Sum64String(d)
	}
	return out
}()

// weekdayPlural reports whether a token hash is a weekday's plural.
func weekdayPlural(h uint64) bool {
	return slices.Contains(weekdayPlurals[:], h)
}

// idfPooled is ln((n+1)/df) with df at least 1, and 0 for a term in more
// than commonFraction of a collection of n.
func (ix *Index) idfPooled(df, n int) float64 {
	if float64(df) > commonFraction*float64(n) {
		return 0
	}
	df = max(df, 1)
	return math.Log(float64(n+1) / float64(df))
}

// wordsTold reports whether a lead (terms L with weights W) is told in an
// article with terms A (leadShare weighed by W): at least LeadTold of its
// weight and MinSharedAnchors of its terms of weight > 0, with names more,
// are among A; and the share of its weight A holds.
func wordsTold(L []uint32, W []float64, A []uint32, names int) (bool, float64) {
	s := shareOf(L, A, func(i int) float64 { return W[i] })
	if s.total == 0 {
		return false, 0
	}
	return s.told(names), s.shared / s.total
}

// retoldInWords reports whether client d and take t tell one lead in
// words (not the lead-word rule of two independent reports,
// Index.leadWordsTold, which asks their leads alike, not one told in the
// other): every person of the client's lead the pair alone calls someone
// (whoAlone) is written in the take, and one lead is told in the other
// article as the pair alone reads them (eitherToldAlone).
func (ix *Index) retoldInWords(client, take *leadWords, d, t uint32) bool {
	if !client.covered || !take.covered || !namesAll(ix.whoAlone(client, d, t), take.all) {
		return false
	}
	return ix.eitherToldAlone(client, take, d, t)
}

// namesAll reports whether every name of W (sorted) is among terms A.
func namesAll(W, A []uint32) bool {
	return sharedCount(W, A) == len(W)
}

// isNameAnchor reports whether a capitalised token is one of the doc's
// anchors (full) as a name or, set in capitals, an acronym: a name, not a
// sentence's first word.
func isNameAnchor(tk *token, full []uint32) bool {
	return hasAnchor(full, anchorFPHash(anchorName, tk.hash)) || tk.allCaps && hasAnchor(full, anchorFPHash(anchorAcronym, tk.hash))
}

// leadPerson reports whether lead token i (of toks, the lead ending at
// end) is a person: a name anchor of the doc (full) that ends a run of
// adjacent names — no name follows it in the same sentence — as
// leadnames.go counts persons ("Ivo Penn" is Penn, "Mr" or "Ivo" alone
// no one).
func leadPerson(toks []token, i, end int, full []uint32) bool {
	if next := i + 1; next < end && toks[next].cap && !toks[next].sentStart && !toks[next].digits && isNameAnchor(&toks[next], full) {
		return false
	}
	return true
}

// commonNameAlone reports whether a capitalised word (token hash h) is a
// name common to docs a and b checked alone (commonNameBy): the pair's
// articles that hold the name pooled with the background, never the
// batch's. Without a background no name is (a pair is no collection of
// 50).
func (ix *Index) commonNameAlone(h uint64, a, b uint32) bool {
	return commonNameBy(h, func(fp uint32) (int, int) {
		in := 0
		for _, d := range [...]uint32{a, b} {
			if hasAnchor(ix.full[d], fp) {
				in++
			}
		}
		if ix.bg.empty() {
			return in, 2
		}
		return ix.bg.blend(in, 2, ix.bg.anchors.get(fp))
	})
}

// commonNameBy reports whether a capitalised word (token hash h) is a
// common name by the counts df gives (an anchor's document frequency and
// the collection's size): as a name and as an acronym together, in more
// than commonFraction of a collection of 50 or more (common).
func commonNameBy(h uint64, df func(fp uint32) (int, int)) bool {
	c, n := 0, 0
	for _, k := range [...]byte{anchorName, anchorAcronym} {
		d, m := df(anchorFPHash(k, h))
		c, n = c+d, m
	}
	return common(c, n)
}

// rareAloneName reports whether a capitalised word (token hash h) is a
// name that two articles checked alone would call rare: as a name and as
// an acronym together, the background has seen it at most rareDF − 2 times
// (the pair's two articles and the background within rareDF, as rareAlone
// reads an anchor; without a background, the collection's own count
// within RareDF).
func (ix *Index) rareAloneName(h uint64, rareDF int) bool {
	c := 0
	for _, k := range [...]byte{anchorName, anchorAcronym} {
		c += ix.aloneCount(anchorFPHash(k, h))
	}
	return ix.rareAloneCount(c, rareDF)
}

// rareNameShared reports whether one of two docs has a name that both
// would call rare alone (rareAloneName) and the other writes (in any case).
func rareNameShared(a, b *leadWords) bool {
	return anyShared(a.rare, b.all) || anyShared(b.rare, a.all)
}

// leadWordsCache computes docs' leadWords on first use, and indexes the
// takes by their rare names (joinLoneClients' candidates). Not safe for
// concurrent use.
type leadWordsCache struct {
	ix     *Index
	docs   map[uint32]*leadWords
	byRare map[uint32][]uint32 // a take's rare name → the takes
	built  bool
}

func newLeadWordsCache(ix *Index) *leadWordsCache {
	return &leadWordsCache{ix: ix, docs: map[uint32]*leadWords{}}
}

// get returns doc d's leadWords, nil when the batch keeps no articles.
func (c *leadWordsCache) get(d uint32) *leadWords {
	if lw, ok := c.docs[d]; ok {
		return lw
	}
	lw, ok := c.ix.docLeadWords(d)
	var p *leadWords
	if ok {
		p = &lw
	}
	c.docs[d] = p
	return p
}

// rareTakes returns the takes that hold a name rare alone that doc d
// writes (in any case): the candidates of the words rule.
func (c *leadWordsCache) rareTakes(d uint32) []uint32 {
	if !c.built {
		c.built = true
		c.byRare = map[uint32][]uint32{}
		for e := range c.ix.wire {
			t := c.ix.wire[e].doc
			if lw := c.get(t); lw != nil {
				for _, h := range lw.rare {
					c.byRare[h] = append(c.byRare[h], t)
				}
			}
		}
	}
	lw := c.get(d)
	if lw == nil || len(c.byRare) == 0 {
		return nil
	}
	var out []uint32
	for _, h := range lw.all {
		if l := c.byRare[h]; len(l) <= walkDF {
			out = append(out, l...)
		}
	}
	return out
}

// told reports whether lone client d and take t join by the words rule: a
// shared name rare alone, leads that name no different days, and a lead
// told in the other in words by a client that names no one the take does
// not (retoldInWords).
func (c *leadWordsCache) told(d, t uint32) bool {
	if c.ix.leadsOtherDay(d, t) {
		return false
	}
	a, b := c.get(d), c.get(t)
	if a == nil || b == nil {
		return false
	}
	return rareNameShared(a, b) && c.ix.retoldInWords(a, b, d, t)
}
