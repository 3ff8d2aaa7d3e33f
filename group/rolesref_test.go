package group

// The reference for assignRoles: the function as it was up to session 11,
// with the n×n table of every pair of a story's versions (≈ 133 bytes a
// pair: 532 MB for a story of 2,000 versions). assignRoles now computes
// each version's centre and each candidate's similarity on the fly; these
// tests check it gives the very same stories.

import (
	"cmp"
	"math"
	"slices"

	"crosswire"
)

// comparePairRef is comparePair as it was: one direction per call.
func comparePairRef(a, b *Fingerprint, weight func(uint32) float64) pair {
	var p pair
	p.jaccard = a.Signature.Jaccard(&b.Signature)
	p.cont = containment(p.jaccard, a.Signature.Shingles, b.Signature.Shingles)
	p.anchors.anchorScore(a.Anchors, b.Anchors, weight)
	return p
}

// assignRolesRef is assignRoles as it was (the pairs table kept whole);
// it also returns the versions' centres, by member.
func assignRolesRef(arts []crosswire.Article, fps []*Fingerprint, members []int, weight func(uint32) float64) (crosswire.Story, []float64) {
	n := len(members)
	if n == 1 {
		a := arts[members[0]]
		a.Role, a.DerivedFrom, a.Reuse, a.Evidence = crosswire.RoleOriginal, nil, nil, "only version of its story"
		return crosswire.Story{Title: a.Title, Articles: []crosswire.Article{a}}, []float64{0}
	}
	vs := make([]*version, n)
	for i, m := range members {
		f := fps[m]
		vs[i] = &version{art: arts[m], fp: f, wire: isWire(&arts[m]), cjk: 2*f.CJK > f.Words}
	}
	pairs := make([][]pair, n)
	for i := range pairs {
		pairs[i] = make([]pair, n)
		for j := range pairs[i] {
			if i != j {
				pairs[i][j] = comparePairRef(vs[i].fp, vs[j].fp, weight)
			}
		}
	}
	for i := range vs {
		var s float64
		for j := range vs {
			if i != j {
				s += max(pairs[j][i].cont, pairs[j][i].anchors.anchorCont)
			}
		}
		vs[i].centre = s / float64(n-1)
	}
	orig, origEvidence := chooseOriginal(vs)
	order := lineageOrder(vs, orig)

	links := make([]link, n)
	links[orig] = link{parent: -1, role: crosswire.RoleOriginal}
	for k := 1; k < n; k++ {
		x := order[k]
		links[x] = deriveRef(vs, pairs, order[:k], x)
	}
	roundTrips(vs, links)

	out := make([]crosswire.Article, 0, n)
	for _, i := range order {
		a := vs[i].art
		a.Role, a.DerivedFrom, a.Reuse = links[i].role, nil, nil
		if i == orig {
			a.Evidence = origEvidence
		} else {
			a.Evidence = evidence(vs, links, i)
			if p := links[i].parent; p >= 0 {
				id := vs[p].fp.ID
				r := math.Round(links[i].al.reuse()*1000) / 1000
				a.DerivedFrom, a.Reuse = &id, &r
			}
		}
		out = append(out, a)
	}
	centres := make([]float64, n)
	for i, v := range vs {
		centres[i] = v.centre
	}
	return crosswire.Story{Title: out[0].Title, Articles: out}, centres
}

// deriveRef is derive as it was: it decides what version x derives from among the versions before it.
func deriveRef(vs []*version, pairs [][]pair, before []int, x int) link {
	xv := vs[x]
	var wire, same, other []int
	for _, y := range before {
		yv := vs[y]
		if !xv.fp.Published.IsZero() && !yv.fp.Published.IsZero() && yv.fp.Published.After(xv.fp.Published) {
			continue // never from a version published after it
		}
		switch {
		case yv.wire && sameLanguage(xv, yv):
			wire = append(wire, y)
		case xv.wire:
			// a take derives from takes only
		case sameLanguage(xv, yv):
			same = append(same, y)
		default:
			other = append(other, y)
		}
	}
	bySimilarity := func(c []int) []int {
		slices.SortStableFunc(c, func(a, b int) int {
			return cmp.Compare(pairs[x][b].similarity(), pairs[x][a].similarity())
		})
		return c[:min(len(c), maxCandidates)]
	}
	best := link{parent: -1, role: crosswire.RoleIndependent}
	if len(wire) > 0 {
		texts := make([]*ltext, len(wire))
		for k, y := range wire {
			texts[k] = vs[y].lt()
		}
		al := alignLexical(xv.lt(), texts)
		p := wire[0]
		if b := al.best(); b >= 0 {
			p = wire[b]
		}
		best = link{parent: p, sources: wire, al: al}
		// a client of the wire works from its copy: reworded wire
		// sentences are reuse (ParaphraseReuse is for peers)
		if al.taken() || xv.wire {
			if !xv.wire {
				applyDerivationModel(xv.lt(), texts, &best.al)
			}
			best.role = lexicalRole(best.al, slices.Index(wire, p))
			return best
		}
		best.parent = -1
	}
	for _, y := range bySimilarity(same) {
		al := alignLexical(xv.lt(), []*ltext{vs[y].lt()})
		better := al.derived() && !best.al.derived() || al.derived() == best.al.derived() && al.reuse() > best.al.reuse()+1e-9
		if better || best.al.sents == 0 {
			best = link{parent: y, sources: []int{y}, al: al}
		}
	}
	if best.parent >= 0 && best.al.derived() {
		best.role = lexicalRole(best.al, 0)
		return best
	}
	lexical := best
	var cross link
	for _, y := range bySimilarity(other) {
		al := alignCross(xv.lt(), vs[y].lt())
		if al.reuse() > cross.al.reuse()+1e-9 || cross.al.sents == 0 {
			cross = link{parent: y, sources: []int{y}, al: al}
		}
	}
	if cross.al.sents > 0 && cross.al.reuse() >= TranslationReuse {
		cross.role = crosswire.RoleTranslation
		return cross
	}
	// independent: keep the closest alignment for the evidence
	out := lexical
	if out.al.sents == 0 || cross.al.sents > 0 && cross.al.reuse() > out.al.reuse() {
		out = cross
	}
	out.role = crosswire.RoleIndependent
	if len(out.sources) == 0 && len(before) > 0 {
		out.sources = []int{before[0]}
	}
	out.parent = -1
	return out
}
