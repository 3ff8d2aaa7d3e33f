package group

import (
	"cmp"
	"slices"
	"strings"
)

// Takes of one slug with no filing time (session 21, issue 14: wire
// stories as plain text). A take saved without its transmission stamp
// keeps the rest of its header — the page, the desk, the catchline and
// its version word (clean reads them: a stampless header) — but the wire
// rules (wire.go) order takes by filing time, and without one a take was
// not a take to them: its pages were left to their text, which a
// continuation page shares little of.
//
// What the header still says: the desk keeps one slug per story of the
// day, and a day's story is one series of takes — page 1, its
// continuation pages, then substitutes and new leads, each paged again —
// in which no version of the story has two takes of one page. So the
// undated takes of one slug (and agency; continuation pages carry none and
// match any) are one story when they form one such series: every (version,
// page) once. Two takes of one version and page under one slug are two
// series — the slug's story of another day, the next morning's take under
// the evening's catchline — and without times nothing tells which take
// belongs to which, so the batch vetoes: the slug joins none of them, and
// their text decides as before. A story's files checked alone are one
// series; a pair checked alone is one unless it is two of one page. As
// every wire join, the text must not contradict the header
// (Index.wireContent).

// undatedWireEdges returns, for a batch, the pairs of docs the undated
// series join: each take with the first take of its series (first takes
// before versions, lower pages first) its text agrees with. fps are the
// batch's fingerprints by ID, docs their doc numbers.
func (ix *Index) undatedWireEdges(fps []*Fingerprint, docs []uint32) [][2]uint32 {
	type take struct {
		doc uint32
		t   *WireTake
	}
	bySlug := map[uint32][]take{}
	for i, f := range fps {
		if f.Wire == nil || !f.Wire.Filed.IsZero() || i > 0 && fps[i-1].ID == f.ID {
			continue
		}
		bySlug[f.Wire.Slug] = append(bySlug[f.Wire.Slug], take{docs[i], f.Wire})
	}
	var out [][2]uint32
	for _, s := range bySlug {
		if len(s) < 2 || !oneSeries(len(s), func(i int) *WireTake { return s[i].t }) {
			continue
		}
		slices.SortFunc(s, func(a, b take) int {
			return cmp.Or(cmp.Compare(min(a.t.Version, 1), min(b.t.Version, 1)), cmp.Compare(a.t.Page, b.t.Page),
				strings.Compare(ix.docID(a.doc), ix.docID(b.doc)))
		})
		for i := 1; i < len(s); i++ {
			for j := range i {
				if ix.wireContent(s[j].doc, s[i].doc) {
					out = append(out, [2]uint32{s[j].doc, s[i].doc})
					break
				}
			}
		}
	}
	return out
}

// oneSeries reports whether n takes of one slug (take(i)) may be one
// day's series: no two of one version and page, no two agencies.
func oneSeries(n int, take func(i int) *WireTake) bool {
	seen := map[[2]uint32]bool{}
	agency := uint32(0)
	for i := range n {
		t := take(i)
		k := [2]uint32{t.Version, uint32(t.Page)}
		if seen[k] {
			return false
		}
		seen[k] = true
		if t.Agency != 0 {
			if agency != 0 && agency != t.Agency {
				return false
			}
			agency = t.Agency
		}
	}
	return true
}
