package group

import (
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"crosswire"
)

// Role thresholds, applied to a version and the earlier version it derives
// from (Jaccard and containment estimated from full 128-value signatures).
const (
	// CopyJaccard: near-identical text is a copy.
	CopyJaccard = 0.9
	// ExcerptContainment: a version mostly contained in another is an
	// excerpt when it is also at most ExcerptLength times as long, a copy
	// (with boilerplate or small edits) otherwise.
	ExcerptContainment = 0.8
	ExcerptLength      = 0.8
	// TranslationJaccard: below this shingle overlap a same-language
	// version whose function-word profile differs from the original's
	// (overlap under TranslationProfile) is translation-like.
	TranslationJaccard = 0.05
	TranslationProfile = 0.5
	// TranslationQuotes: a full-length version (at least QuoteLength as
	// long as the original) that keeps verbatim fewer than this fraction of
	// the original's quotations (when it has at least two) re-worded them:
	// a rewrite quotes its sources word for word, a translation translates
	// the quotes too.
	TranslationQuotes = 0.5
	QuoteLength       = 0.6
	// profileSize is the number of frequent short words in a profile.
	profileSize = 12
)

// pair holds the signals between two versions of one story.
type pair struct {
	jaccard float64
	cont    float64 // containment of the first in the second
	anchors pairScore
}

func comparePair(a, b *Fingerprint, weight func(uint32) float64) pair {
	var p pair
	p.jaccard = a.Signature.Jaccard(&b.Signature)
	p.cont = containment(p.jaccard, a.Signature.Shingles, b.Signature.Shingles)
	p.anchors.anchorScore(a.Anchors, b.Anchors, weight)
	return p
}

// assignRoles builds the story of the given members (indices into arts and
// fps) and sets every member's Role, DerivedFrom and Evidence.
//
// The original is the earliest published version; when no version has a
// publication time it is the version the others are most contained in
// (shingle containment, or anchor containment for rewrites and
// translations), ties to the longer, then the smaller ID. Every other
// version derives from the most similar version before it (publication
// order, else ID order after the original): its role is copy or excerpt
// relative to that version, otherwise rewrite or translation relative to
// the original.
func assignRoles(arts []crosswire.Article, fps []*Fingerprint, members []int, weight func(uint32) float64) crosswire.Story {
	n := len(members)
	if n == 1 {
		a := arts[members[0]]
		a.Role, a.DerivedFrom, a.Evidence = crosswire.RoleOriginal, nil, "only version of its story"
		return crosswire.Story{Title: a.Title, Articles: []crosswire.Article{a}}
	}
	pairs := make([][]pair, n)
	for i := range pairs {
		pairs[i] = make([]pair, n)
		for j := range pairs[i] {
			if i != j {
				pairs[i][j] = comparePair(fps[members[i]], fps[members[j]], weight)
			}
		}
	}
	// original
	orig, dated := -1, 0
	for i, m := range members {
		if fps[m].Published.IsZero() {
			continue
		}
		dated++
		if orig < 0 || fps[m].Published.Before(fps[members[orig]].Published) {
			orig = i
		}
	}
	var origEvidence string
	if orig >= 0 {
		origEvidence = "earliest published (" + fps[members[orig]].Published.UTC().Format("2006-01-02 15:04 MST") + ")"
		if dated < n {
			origEvidence += fmt.Sprintf("; %d of %d versions have no publication time", n-dated, n)
		}
	} else {
		best := -1.0
		for i := range members {
			var s float64
			for j := range members {
				if i != j {
					s += max(pairs[j][i].cont, pairs[j][i].anchors.anchorCont)
				}
			}
			s /= float64(n - 1)
			better := s > best+1e-9 || math.Abs(s-best) <= 1e-9 && fps[members[i]].Words > fps[members[orig]].Words
			if better {
				best, orig = s, i
			}
		}
		origEvidence = fmt.Sprintf("no publication times: judged by containment (the other versions are on average %.0f%% contained in it)", 100*best)
	}
	// order: original, then dated versions by time, then the rest by ID
	order := make([]int, 0, n)
	for i := range members {
		if i != orig {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int {
		ta, tb := fps[members[a]].Published, fps[members[b]].Published
		switch {
		case !ta.IsZero() && !tb.IsZero() && !ta.Equal(tb):
			return ta.Compare(tb)
		case !ta.IsZero() && tb.IsZero():
			return -1
		case ta.IsZero() && !tb.IsZero():
			return 1
		}
		return strings.Compare(fps[members[a]].ID, fps[members[b]].ID)
	})
	order = append([]int{orig}, order...)

	out := make([]crosswire.Article, 0, n)
	o := arts[members[orig]]
	o.Role, o.DerivedFrom, o.Evidence = crosswire.RoleOriginal, nil, origEvidence
	out = append(out, o)
	of := fps[members[orig]]
	for k := 1; k < n; k++ {
		x := order[k]
		// the most similar earlier version
		parent, best := order[0], -1.0
		for _, y := range order[:k] {
			p := pairs[x][y]
			s := max(p.jaccard, p.cont)
			if s < 0.3 {
				s = 0.3 * p.anchors.cosine
			}
			if s > best {
				parent, best = y, s
			}
		}
		xf, pf := fps[members[x]], fps[members[parent]]
		p := pairs[x][parent]
		a := arts[members[x]]
		pid := pf.ID
		a.DerivedFrom = &pid
		var why []string
		if d := timeGap(pf.Published, xf.Published); d != "" {
			why = append(why, "published "+d+" "+versionName(arts[members[parent]]))
		}
		switch {
		case p.jaccard >= CopyJaccard:
			a.Role = crosswire.RoleCopy
			why = append(why, fmt.Sprintf("shares %.0f%% of its 5-word shingles", 100*p.jaccard))
		case p.cont >= ExcerptContainment && float64(xf.Signature.Shingles) <= ExcerptLength*float64(pf.Signature.Shingles):
			a.Role = crosswire.RoleExcerpt
			why = append(why, fmt.Sprintf("%.0f%% of its 5-word shingles are in %s, which is %.1f× as long",
				100*p.cont, versionName(arts[members[parent]]), float64(pf.Signature.Shingles)/float64(max(xf.Signature.Shingles, 1))))
		case p.cont >= ExcerptContainment:
			a.Role = crosswire.RoleCopy
			why = append(why, fmt.Sprintf("%.0f%% of its 5-word shingles are in %s (shares %.0f%%)", 100*p.cont, versionName(arts[members[parent]]), 100*p.jaccard))
		default:
			po := pairs[x][order[0]]
			role, reason := translationLike(arts[members[x]], a, xf, of, arts, members, order[0], po)
			a.Role = role
			why = append(why, fmt.Sprintf("shares %.0f%% of its 5-word shingles with %s and %d names, numbers, dates and quotes (weighted overlap %.0f%%)",
				100*po.jaccard, versionName(arts[members[order[0]]]), po.anchors.shared, 100*po.anchors.cosine))
			if reason != "" {
				why = append(why, reason)
			}
		}
		if len(why) > 0 && !strings.HasPrefix(why[0], "published") && (xf.Published.IsZero() || pf.Published.IsZero()) {
			why = append(why, "no publication times for both: judged by containment")
		}
		a.Evidence = strings.Join(why, "; ")
		out = append(out, a)
	}
	return crosswire.Story{Title: o.Title, Articles: out}
}

// translationLike decides between rewrite and translation for a version
// that is neither a copy nor an excerpt. A version is translation-like when
//   - both language codes are known and differ, or
//   - one is mostly CJK text and the other is not (different scripts), or
//   - it shares under TranslationJaccard of its shingles with the original
//     and under TranslationProfile of its function-word profile (the
//     profileSize most frequent short words): a different language, or
//     translationese, not a rewording in the same words), or
//   - it is about as long as the original but keeps verbatim fewer than
//     half of the original's quotations (at least two): rewrites quote
//     their sources word for word, translations translate the quotes.
//
// Otherwise it is a rewrite.
func translationLike(_ crosswire.Article, a crosswire.Article, xf, of *Fingerprint, arts []crosswire.Article, members []int, origIdx int, po pair) (crosswire.Role, string) {
	if xf.Language != "" && of.Language != "" && xf.Language != of.Language {
		return crosswire.RoleTranslation, "language " + xf.Language + " vs " + of.Language
	}
	xc, oc := 2*xf.CJK > xf.Words, 2*of.CJK > of.Words
	if xc != oc {
		return crosswire.RoleTranslation, "different script"
	}
	if po.jaccard < TranslationJaccard {
		ov := profileOverlap(profile(a.Text), profile(arts[members[origIdx]].Text))
		if ov < TranslationProfile {
			return crosswire.RoleTranslation, fmt.Sprintf("function-word profile %.0f%% alike", 100*ov)
		}
	}
	if len(of.Quotes) >= 2 && float64(xf.Signature.Shingles) >= QuoteLength*float64(of.Signature.Shingles) {
		kept := 0
		for _, q := range of.Quotes {
			if _, ok := slices.BinarySearch(xf.Quotes, q); ok {
				kept++
			}
		}
		if r := float64(kept) / float64(len(of.Quotes)); r < TranslationQuotes {
			return crosswire.RoleTranslation, fmt.Sprintf("keeps %d of the original's %d quotations verbatim: quotes re-worded as in a translation", kept, len(of.Quotes))
		}
	}
	return crosswire.RoleRewrite, ""
}

// profile returns the hashes of the most frequent short lower-case words.
func profile(text string) []uint64 {
	var s scratch
	counts := make(map[uint64]int)
	for _, t := range s.tokenize(text) {
		if t.cjk {
			counts[t.hash]++
			continue
		}
		if t.cap || t.digits || len(t.norm) > 0 {
			continue
		}
		counts[t.hash]++
	}
	type wc struct {
		h uint64
		c int
	}
	all := make([]wc, 0, len(counts))
	for h, c := range counts {
		all = append(all, wc{h, c})
	}
	slices.SortFunc(all, func(a, b wc) int {
		if a.c != b.c {
			return b.c - a.c
		}
		if a.h < b.h {
			return -1
		}
		return 1
	})
	out := make([]uint64, 0, profileSize)
	for i := 0; i < len(all) && i < profileSize; i++ {
		out = append(out, all[i].h)
	}
	return out
}

func profileOverlap(a, b []uint64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := 0
	for _, x := range a {
		if slices.Contains(b, x) {
			n++
		}
	}
	return float64(n) / float64(min(len(a), len(b)))
}

// timeGap says how long after (or before) from the version at to was
// published: "2h after", "3d before"; "" when either time is unknown.
func timeGap(from, to time.Time) string {
	if from.IsZero() || to.IsZero() {
		return ""
	}
	d := to.Sub(from)
	rel := "after"
	if d < 0 {
		d, rel = -d, "before"
	}
	switch {
	case d < time.Hour:
		return fmt.Sprintf("%dm %s", int(d.Minutes()), rel)
	case d < 48*time.Hour:
		return fmt.Sprintf("%dh %s", int(d.Hours()), rel)
	}
	return fmt.Sprintf("%dd %s", int(d.Hours()/24), rel)
}

// versionName names a version in evidence text the way an analyst knows
// it: by outlet, else by the base name of its source, else by a short ID.
func versionName(a crosswire.Article) string {
	switch {
	case a.Outlet != "":
		return "the " + a.Outlet + " version"
	case a.Source != "":
		return filepath.Base(a.Source)
	}
	return shortID(a.ID)
}

func shortID(id string) string {
	if len(id) > 12 {
		return id[:12] + "…"
	}
	return id
}
