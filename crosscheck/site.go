package crosscheck

import (
	"strings"

	"crosswire"
	"crosswire/text"
)

// Where a thing stands against its original. "a replica built on the same
// site as the original" and "a reconstruction close to the site of the
// original" cannot both be right: the one puts the new thing where the
// original stood, the other beside it. A version's phrase of coincidence
// ("on the same site as", "on the site of") or of nearness ("close to",
// "near", "yards from", "a short distance from") followed closely by "the
// original" is its statement; two versions each stating only one kind,
// the two kinds differing, contradict each other. Whether both describe
// one thing the words alone do not say (a story may tell of two rebuilt
// buildings): low.

// sitePhrase is one phrase relating a thing's place to its original's.
type sitePhrase struct {
	version string
	near    bool // nearness; false: the same site
	span    crosswire.Span
}

// nearWords open a phrase of nearness; the same-site phrases are read
// from "on/at the (same) site/spot".
var nearWords = [][]string{{"close", "to"}, {"near"}, {"near", "to"}, {"next", "to"}, {"yards", "from"},
	{"metres", "from"}, {"meters", "from"}, {"short", "distance", "from"}, {"stone", "s", "throw", "from"}}

// siteReach is how many words after its opening a phrase must name "the
// original".
const siteReach = 6

// checkSites reports versions that put a thing on its original's site and
// beside it.
func (w *work) checkSites() {
	var same, near []sitePhrase
	for i := range w.story.Articles {
		a := &w.story.Articles[i]
		if !sameLanguage(a, &w.story.Articles[0]) {
			continue
		}
		for _, p := range sitePhrases(a) {
			p.version = w.version[a.ID]
			if p.near {
				near = append(near, p)
			} else {
				same = append(same, p)
			}
		}
	}
	if len(same) == 0 || len(near) == 0 {
		return
	}
	only := func(ps, others []sitePhrase) []sitePhrase {
		var out []sitePhrase
		for _, p := range ps {
			both := false
			for _, o := range others {
				both = both || o.version == p.version
			}
			if !both {
				out = append(out, p)
			}
		}
		return out
	}
	s, n := only(same, near), only(near, same)
	if len(s) == 0 || len(n) == 0 {
		return
	}
	sd := func(value string, ps []sitePhrase) side {
		out := side{value: value}
		for _, p := range ps {
			out.spans = append(out.spans, p.span)
		}
		return out
	}
	w.discs = append(w.discs, &finding{
		kind: crosswire.DiscClaim, sev: crosswire.SeverityLow,
		subject: "where it stands against the original",
		sides:   []side{sd("on the original's site", s), sd("near the original's site", n)},
	})
}

// sitePhrases returns an article's phrases of coincidence or nearness
// followed within siteReach words by "the original".
func sitePhrases(a *crosswire.Article) []sitePhrase {
	toks := (text.WordTokenizer{}).Tokenize(a.Text)
	at := func(j int, ws []string) bool {
		if j+len(ws) > len(toks) {
			return false
		}
		for k, x := range ws {
			if toks[j+k].Term != x {
				return false
			}
		}
		return true
	}
	original := func(j int) bool {
		for k := j; k < len(toks) && k < j+siteReach; k++ {
			if toks[k].Term == "original" && toks[k-1].Term == "the" {
				return true
			}
		}
		return false
	}
	var out []sitePhrase
	for j := 0; j+2 < len(toks); j++ {
		var end int
		near := false
		switch {
		case (toks[j].Term == "on" || toks[j].Term == "at") && toks[j+1].Term == "the" && (toks[j+2].Term == "site" || toks[j+2].Term == "spot"):
			end = j + 3
		case (toks[j].Term == "on" || toks[j].Term == "at") && at(j+1, []string{"the", "same"}) && j+3 < len(toks) && (toks[j+3].Term == "site" || toks[j+3].Term == "spot"):
			end = j + 4
		default:
			for _, ws := range nearWords {
				if at(j, ws) {
					end, near = j+len(ws), true
					break
				}
			}
		}
		if end == 0 || !original(end) {
			continue
		}
		start := toks[j].Start
		if near && j > 0 && toks[j-1].Term == "only" && !strings.ContainsAny(a.Text[toks[j-1].End:toks[j].Start], ",.;:") {
			start = toks[j-1].Start // "only yards from"
		}
		e := toks[end-1].End
		out = append(out, sitePhrase{near: near, span: crosswire.Span{Article: a.ID, Start: start, End: e, Text: a.Text[start:e]}})
		j = end - 1
	}
	return out
}
