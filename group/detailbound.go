package group

import (
	"cmp"
	"math"
	"slices"
)

// The details' pass (joinByDetails) verifies each collected pair twice,
// with the batch's weights and with the details a third story holds
// reweighed (anchorScoreByDetails), and most pairs are far below every
// cosine bar both times. verify reads the anchor weights only through the
// pair's cosine and anchor containment: every rule that joins by anchors
// or after them asks a cosine of at least EdgeAnchorCosineLow·0.9 (the
// anchor clauses, the low floor, the parallel rule) or no cosine at all
// (the headline rules once a shared anchor is rare, the pair-rarity rule),
// and the containment is asked only by the cross-script rule and the
// undated one-outlet refusal. So a pair of one script that is dated or of
// two outlets, whose cosine is below that bar with both weightings, gets
// one verdict from both verifies: joined by the first (the pass leaves it)
// or refused by both. Such a pair is left without verifying it.
//
// The bound: each anchor only one of the pair holds weighs, in either
// verify, at least the smaller of its batch weight and its reweighed
// weight (the latter only where anchorScoreByDetails may reweigh it: a
// detail more articles hold than its own story's docs); shared anchors
// keep the batch's weight in both. Summed in verify's order (float
// rounding is monotone), the sums bound both verifies' sums from below,
// so S/√(Wa·Wb) bounds both cosines from above.

// detailTable holds, while joinByDetails runs, each detail's holders
// and, for each doc outside stories of copies, each anchor of its full
// list (at off[d]:off[d+1]) with its batch weight w, the smaller lo of
// that and its reweighed weight, and its detail's id (-1 when it is not
// a detail: in 2 to walkDF of the batch's articles, not common); moves[d]
// is whether some anchor of d may be reweighed.
type detailTable struct {
	off   []int32
	w, lo []float64
	hid   []int32
	// ids numbers the anchors in 2 to walkDF of the batch's articles
	// (each weighed once: anchor[id]); a detail id's holders are
	// docs[start[id]:start[id+1]], by story root then doc
	ids    map[uint32]int32
	anchor []detailAnchor
	start  []int32
	docs   []uint32
	moves  []bool
	// la[d] sums the lower weights of d's anchors; d's anchors that are
	// not details, with their batch weights, are ndX[nd[d]:nd[d]+nn[d]]
	// and ndW (sorted: a subsequence of the full list)
	la     []float64
	ndX    []uint32
	ndW    []float64
	nd, nn []int32
}

// detailAnchor is an anchor in 2 to walkDF of the batch's articles: its
// batch weight w, whether it is a detail (not common), and for a detail
// whether anchorScoreByDetails may reweigh it (Index.detail's test: its
// df is the batch's and the background's count) and to what (alone).
type detailAnchor struct {
	w       float64
	alone   float64
	detail  bool
	reweigh bool
	own     int32
	holders int32
}

// newDetailTable weighs the anchors of the docs of order (outside
// stories of copies, by story root then doc; roots: each doc's story
// root) and lists each detail's holders; skip marks the docs no pair is
// collected of, whose anchors are only counted.
func (ix *Index) newDetailTable(roots, order []uint32, skip []bool, commonW float64) *detailTable {
	t := &detailTable{off: make([]int32, len(roots)+1), ids: map[uint32]int32{}, moves: make([]bool, len(roots)),
		la: make([]float64, len(roots)), nd: make([]int32, len(roots)), nn: make([]int32, len(roots))}
	for _, d := range order {
		t.off[d+1] = int32(len(ix.full[d]))
	}
	for d := range roots {
		t.off[d+1] += t.off[d]
	}
	total := t.off[len(roots)]
	t.w, t.lo, t.hid = make([]float64, total), make([]float64, total), make([]int32, total)
	n := ix.collectionSize()
	beta := float64(ix.frozenOwnN) / float64(n)
	for _, d := range order {
		k := t.off[d]
		t.nd[d] = int32(len(t.ndX))
		for i, x := range ix.full[d] {
			p := k + int32(i)
			t.hid[p] = -1
			own := ix.frozenOwn[x]
			if !ownDetail(int(own)) {
				w := ix.weight(x)
				t.w[p], t.lo[p] = w, w
				t.ndX, t.ndW = append(t.ndX, x), append(t.ndW, w)
				continue
			}
			id, ok := t.ids[x]
			if !ok {
				id = int32(len(t.anchor))
				t.ids[x] = id
				df, nn := ix.df(x)
				a := detailAnchor{w: ix.weightOf(df, nn), own: own}
				if a.detail = a.w > commonW; a.detail {
					// Index.detail's test
					bg := int(ix.bg.anchors.get(x))
					if a.reweigh = df == int(own)+bg; a.reweigh {
						a.alone = aloneBlend(a.w, bg, n, beta)
					}
				}
				t.anchor = append(t.anchor, a)
			}
			a := &t.anchor[id]
			t.w[p], t.lo[p] = a.w, a.w
			if !a.detail {
				t.ndX, t.ndW = append(t.ndX, x), append(t.ndW, a.w)
				continue
			}
			a.holders++
			t.hid[p] = id
		}
		t.nn[d] = int32(len(t.ndX)) - t.nd[d]
	}
	t.start = make([]int32, len(t.anchor)+1)
	for id, a := range t.anchor {
		t.start[id+1] = t.start[id] + a.holders
	}
	t.docs = make([]uint32, t.start[len(t.anchor)])
	next := slices.Clone(t.start[:len(t.anchor)])
	for _, d := range order {
		for _, id := range t.hid[t.off[d]:t.off[d+1]] {
			if id >= 0 {
				t.docs[next[id]] = d
				next[id]++
			}
		}
	}
	for _, d := range order {
		if skip[d] {
			continue
		}
		for k := t.off[d]; k < t.off[d+1]; k++ {
			id := t.hid[k]
			if id < 0 {
				continue
			}
			// a detail more articles hold than d's story's docs
			if a := &t.anchor[id]; a.reweigh && int(a.own) > holds(t.list(id), roots, roots[d]) {
				t.lo[k] = min(a.w, a.alone)
				t.moves[d] = true
			}
		}
		for _, lo := range t.lo[t.off[d]:t.off[d+1]] {
			t.la[d] += lo
		}
	}
	return t
}

// cosineDecides reports whether verify reads the anchor weights of docs
// a and b only through their cosine (see above): one script, and dated or
// not one outlet's.
func (t *detailTable) cosineDecides(ix *Index, a, b uint32) bool {
	if ix.cjk[a] != ix.cjk[b] {
		return false
	}
	return ix.hours[a] > 0 && ix.hours[b] > 0 || ix.outlets[a] == 0 || ix.outlets[a] != ix.outlets[b]
}

// sharedOther is the batch weight of the anchors docs a and b share
// that are not details (the details they share are summed from the
// holders).
func (t *detailTable) sharedOther(a, b uint32) float64 {
	A, B := t.ndX[t.nd[a]:t.nd[a]+t.nn[a]], t.ndX[t.nd[b]:t.nd[b]+t.nn[b]]
	w := t.ndW[t.nd[a] : t.nd[a]+t.nn[a]]
	s := 0.0
	forShared(A, B, func(i, _ int) bool {
		s += w[i]
		return true
	})
	return s
}

// belowBySums reports whether a pair whose shared anchors weigh s (the
// batch's weights) and whose anchors' lower weights sum to la and lb has
// a cosine below floor with both weightings: each verify's sums are at
// least la and lb, so s/√(la·lb) bounds both cosines. The sums are not
// added in verify's order, so the bound is taken with a relative margin
// far above their rounding.
func belowBySums(s, la, lb, floor float64) bool {
	if la <= 0 || lb <= 0 {
		return false
	}
	return s/math.Sqrt(la*lb)*(1+1e-9) < floor
}

// list is detail id's holders.
func (t *detailTable) list(id int32) []uint32 { return t.docs[t.start[id]:t.start[id+1]] }

// holders is detail x's holders, none when x is not a detail.
func (t *detailTable) holders(x uint32) []uint32 {
	if id, ok := t.ids[x]; ok {
		return t.list(id)
	}
	return nil
}

// holds counts the docs of story r (roots: each doc's story root) among
// a detail's holders h: the run of r, which detailTable keeps by story
// root.
func holds(h, roots []uint32, r uint32) int {
	i, _ := slices.BinarySearchFunc(h, r, func(d, r uint32) int {
		return cmp.Compare(roots[d], r)
	})
	n := 0
	for ; i < len(h) && roots[h[i]] == r; i++ {
		n++
	}
	return n
}

// sameVerdict reports whether verify gives docs a and b one verdict with
// the batch's weights and with the details reweighed (see above): the
// pair is of one script, dated or not one outlet's, and the cosine bound
// is below floor, the lowest cosine bar of verify's rules.
func (t *detailTable) sameVerdict(ix *Index, a, b uint32, floor float64) bool {
	if !t.cosineDecides(ix, a, b) {
		return false
	}
	// verify's sums (anchorScoreAt, as verify's), each anchor only one
	// holds at its lower weight
	var ps pairScore
	ps.anchorScoreAt(ix.full[a], ix.full[b], t.lo[t.off[a]:t.off[a+1]], t.lo[t.off[b]:t.off[b+1]], t.w[t.off[a]:t.off[a+1]])
	return ps.cosine < floor
}
