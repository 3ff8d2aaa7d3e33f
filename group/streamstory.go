package group

import (
	"bytes"
	"cmp"
	"slices"

	"crosswire/internal/unionfind"
)

// Stream stories whatever the arrival order (issue 14, scale).
//
// The batch asks bridges of an anchor edge once every shingle and wire
// edge is joined: two stories that each have a body stay apart. Arriving
// one at a time, a reprinted article comes before its copies, so when its
// best anchor match is asked it is alone, has no body, and joins the
// other story — a follow-up of the affair on another day, whose copies
// then arrive and give it the body the batch would have refused. At the
// reprint benchmark's scale without times the stream joined chains of
// up to nine labelled stories that way (pairwise precision 0.81 against
// the batch's 0.97).
//
// So the stream keeps what it needs to ask the batch's question again
// when the answer can change: each article's bodies (the components of
// its shingle and wire edges alone), the anchor match it joined at
// arrival, and its story's members as a ring. A story only gains a body
// when a shingle or wire edge joins an article that had none; when that
// story holds an anchor join, its members are split and joined again as
// the batch joins them: bodies first, then the anchor joins, best first
// (anchorOrder), each refused when it bridges (the same bridges the batch
// and the arrival ask). Bodies only grow, so a refused join stays
// refused and a story is rebuilt at most once per body it gains.
type streamStories struct {
	bodies unionfind.Forest
	bodied []bool    // at bodies' roots: more than one article
	ring   []uint32  // next member of the article's story
	link   []uint32  // the anchor match joined at arrival + 1; 0 for none
	rank   []float64 // that match's rank (pairScore.rankFor)
	linked []bool    // at the story root: some member joined by link
	in     []bool    // rebuild's scratch: the story being rebuilt
}

// streamAdd makes room for a new article doc of the stream.
func (ix *Index) streamAdd(doc uint32) {
	if ix.stream == nil {
		ix.stream = &streamStories{}
	}
	ix.stream.add(doc)
}

// add makes room for doc, a story of its own.
func (s *streamStories) add(doc uint32) {
	s.bodies.Add()
	s.bodied = append(s.bodied, false)
	s.ring = append(s.ring, doc)
	s.link = append(s.link, 0)
	s.rank = append(s.rank, 0)
	s.linked = append(s.linked, false)
	s.in = append(s.in, false)
}

// bytes is the memory held by the arrays.
func (s *streamStories) bytes() int {
	return s.bodies.Bytes() + cap(s.bodied) + 4*(cap(s.ring)+cap(s.link)) + 8*cap(s.rank) + cap(s.linked) + cap(s.in)
}

// joined keeps the ring and the link mark of the stories of roots ra
// (the root kept) and rb merged by union.
func (s *streamStories) joined(ra, rb uint32) {
	s.ring[ra], s.ring[rb] = s.ring[rb], s.ring[ra]
	s.linked[ra] = s.linked[ra] || s.linked[rb]
}

// worded joins the bodies of a new article a and an indexed one b and
// reports whether b had none before: an anchor join of b's may now
// bridge two bodies. (a is joined by anchors only after its shingle and
// wire edges.)
func (s *streamStories) worded(a, b uint32) bool {
	ba, bb := s.bodies.Find(a), s.bodies.Find(b)
	if ba == bb {
		return false
	}
	fresh := !s.bodied[bb]
	r, _, _ := s.bodies.Union(ba, bb)
	s.bodied[r] = true
	return fresh
}

// anchorOrder is the order in which the batch (joinBestAnchorEdges) and
// a stream story's rebuild join anchor matches: the highest rank first,
// ties to the smaller article ID, so which of two bridging joins is
// refused does not depend on the input order.
func (ix *Index) anchorOrder(a, b uint32, ra, rb float64) int {
	if c := cmp.Compare(rb, ra); c != 0 {
		return c
	}
	return bytes.Compare(ix.idBytes(a), ix.idBytes(b))
}

// joinArrival joins a new article doc to best, its best anchor match of
// rank rank that best's story claims (storyClaims), unless the join
// bridges, and keeps the match for a rebuild either way.
func (ix *Index) joinArrival(doc, best uint32, rank float64) {
	s := ix.stream
	s.link[doc], s.rank[doc] = best+1, rank
	ix.anchorJoin(doc, best)
}

// anchorJoin joins doc's story to its anchor match to's unless the join
// bridges (the batch's question), and marks the story joined by anchors
// when a body may later refuse the join: not when both are dated, whose
// join bridges never refuses.
func (ix *Index) anchorJoin(doc, to uint32) {
	if !ix.bridges(doc, to) {
		ix.union(doc, to)
		if ix.hours[doc] == 0 || ix.hours[to] == 0 {
			ix.stream.linked[ix.find(doc)] = true
		}
	}
}

// rebody is insert's unionWorded: when the edge gives an article its
// first body inside a story joined by anchors, the story is rebuilt.
func (ix *Index) rebody(a, b uint32) {
	ix.unionWorded(a, b)
	if ix.stream.worded(a, b) && ix.stream.linked[ix.find(a)] {
		ix.rebuild(ix.find(a))
	}
}

// rebuild splits the story rooted at r into its articles and joins them
// again as the batch would: bodies, then the anchor joins in anchorOrder,
// each unless it bridges.
func (ix *Index) rebuild(r uint32) {
	s := ix.stream
	members := []uint32{r}
	for m := s.ring[r]; m != r; m = s.ring[m] {
		members = append(members, m)
	}
	ix.sets.Split(members)
	for _, m := range members {
		s.ring[m], s.linked[m], s.in[m] = m, false, true
		ix.minDoc[m], ix.worded[m] = m, false
		if int(m) < len(ix.months) {
			ix.months[m] = ix.leads[m].months
		}
	}
	var links []uint32
	for _, m := range members {
		if b := s.bodies.Find(m); b != m {
			ix.union(m, b)
			ix.worded[ix.find(m)] = true
		}
		if l := s.link[m]; l != 0 && s.in[l-1] {
			links = append(links, m)
		}
	}
	slices.SortFunc(links, func(a, b uint32) int { return ix.anchorOrder(a, b, s.rank[a], s.rank[b]) })
	for _, m := range links {
		ix.anchorJoin(m, s.link[m]-1)
	}
	for _, m := range members {
		s.in[m] = false
	}
}
