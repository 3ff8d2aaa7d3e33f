package crosscheck

import (
	"maps"
	"slices"
	"strings"

	"crosswire"
	"crosswire/text"
)

// Where a thing stands against a reference place. "built on the site of
// the old mill" and "close to the old mill" cannot both be true: a thing
// on a place's site is not near it. Relations of place (on the site of /
// as, on the spot where; near, close to, next to, beside, yards from) and
// the reference after them form a slot keyed on the reference's words. Two
// versions giving a reference that shares a word the two relations, in
// sentences sharing two content words, with neither version giving both
// relations to that reference, disagree. The words do not establish that
// both sentences place one thing (a story may place two), so the finding
// is a low claim.

// siteRelation is one article's relation of a thing to a reference place.
type siteRelation struct {
	art     *crosswire.Article
	version string
	on      bool            // on the reference's site, else near it
	ref     map[string]bool // the reference's content words, stemmed
	span    crosswire.Span  // the relation through the reference
	ctx     map[string]bool // the sentence's content words
}

// siteWords name the ground a thing stands on.
var siteWords = setOf("site spot")

// siteModifiers may stand between "the" and the site word.
var siteModifiers = setOf("same very former old original exact")

// nearUnits measure a short distance: "yards from", "metres from".
var nearUnits = setOf("yards yard metres metre meters meter feet steps")

// siteRefWords is how many words of a reference are read.
const siteRefWords = 5

// checkSiteRelations reports a reference place one version puts a thing
// on and another near.
func (w *work) checkSiteRelations() {
	byWord := map[string][]siteRelation{}
	flags := map[string]int{} // version + word → 1 on, 2 near
	for _, a := range w.firstLanguageArticles() {
		for _, r := range siteRelations(a) {
			r.version = w.version[a.ID]
			for x := range r.ref {
				byWord[x] = append(byWord[x], r)
				if r.on {
					flags[r.version+"\x00"+x] |= 1
				} else {
					flags[r.version+"\x00"+x] |= 2
				}
			}
		}
	}
	reported := map[[2]string]bool{}
	for _, x := range slices.Sorted(maps.Keys(byWord)) {
		rs := byWord[x]
		for i, p := range rs {
			for _, q := range rs[i+1:] {
				if p.version == q.version || p.on == q.on || flags[p.version+"\x00"+x] == 3 || flags[q.version+"\x00"+x] == 3 || shared(p.ctx, q.ctx) < 2 {
					continue
				}
				on, near := p, q
				if !p.on {
					on, near = q, p
				}
				pair := [2]string{on.art.ID + itoa(on.span.Start), near.art.ID + itoa(near.span.Start)}
				if reported[pair] {
					continue
				}
				reported[pair] = true
				w.discs = append(w.discs, &finding{
					kind: crosswire.DiscClaim, sev: crosswire.SeverityLow,
					subject: "where it stands against the " + x,
					sides: []side{
						{value: on.span.Text, ms: []*mention{{version: on.version, art: on.art, entity: -1}}, spans: []crosswire.Span{on.span}},
						{value: near.span.Text, ms: []*mention{{version: near.version, art: near.art, entity: -1}}, spans: []crosswire.Span{near.span}},
					},
				})
			}
		}
	}
}

// siteRelations returns an article's relations of place with the
// reference after them.
func siteRelations(a *crosswire.Article) []siteRelation {
	toks := (text.WordTokenizer{}).Tokenize(a.Text)
	sents := text.Of(a)
	term := func(k int) string {
		if k < 0 || k >= len(toks) {
			return ""
		}
		return toks[k].Term
	}
	// joined reports no punctuation between tokens k-1 and k
	joined := func(k int) bool {
		return k > 0 && k < len(toks) && !strings.ContainsAny(a.Text[toks[k-1].End:toks[k].Start], ",.;:!?()\"“”<")
	}
	// siteOf skips "the site of" / "where" after a relation of nearness
	siteOf := func(k int) int {
		if term(k) == "the" && siteWords[term(k+1)] && term(k+2) == "of" {
			return k + 3
		}
		if term(k) == "where" {
			return k + 1
		}
		return k
	}
	var out []siteRelation
	for j := range toks {
		ref, on := -1, false
		switch t := term(j); {
		case t == "on" && term(j+1) == "the":
			k := j + 2
			if siteModifiers[term(k)] {
				k++
			}
			if siteWords[term(k)] && (term(k+1) == "of" || term(k+1) == "as" || term(k+1) == "where") {
				ref, on = k+2, true
			}
		case (t == "close" || t == "next") && term(j+1) == "to":
			ref = siteOf(j + 2)
		case t == "near" || t == "beside":
			ref = siteOf(j + 1)
			if term(j+1) == "to" {
				ref = siteOf(j + 2)
			}
		case nearUnits[t] && term(j+1) == "from" && j > 0 && (isNumeric(term(j-1)) || term(j-1) == "only" || term(j-1) == "few"):
			ref = siteOf(j + 2)
		}
		if ref < 0 || ref >= len(toks) || !joined(ref) {
			continue
		}
		r := siteRelation{art: a, on: on, ref: map[string]bool{}}
		end := ref
		for k := ref; k < len(toks) && k < ref+siteRefWords && (k == ref || joined(k)); k++ {
			t := term(k)
			if t == "and" || t == "which" || t == "who" || t == "that" || t == "where" || t == "in" || t == "on" {
				break
			}
			if !text.StopWord(t) && !isNumeric(t) && !siteWords[t] && len(t) > 2 {
				r.ref[stem(t)] = true
			}
			end = k
		}
		if len(r.ref) == 0 {
			continue
		}
		s, e := toks[j].Start, toks[end].End
		if !on && j > 0 && nearUnits[term(j)] {
			s = toks[j-1].Start // "only yards from …"
		}
		r.span = crosswire.Span{Article: a.ID, Start: s, End: e, Text: a.Text[s:e]}
		ss, se := sentenceRange(sents, s, e)
		r.ctx = contentSet(a.Text[ss:se])
		out = append(out, r)
	}
	return out
}
