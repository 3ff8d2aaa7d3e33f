package crosscheck

import (
	"sort"

	"crosswire/internal/unionfind"
)

// alignment finds which mentions of different articles state the same
// fact. Mentions are compared only within one key (the counted noun of a
// number, the speaker of a quote…); their similarity decides the pairing.
type alignment struct {
	key func(*mention) string
	sim func(a, b *mention) float64
	// tau is the least similarity for a pairing.
	tau float64
	// note, when set, records that a key's mentions were capped
	// (maxAlignMentions).
	note func(format string, args ...any)
}

// align returns the slots: groups of mentions that state one fact. For
// every pair of articles, each mention is paired with its most similar
// mention of the other article when the choice is mutual (the
// "mutual best match" rule of sentence aligners such as Gale–Church
// successors and Bleualign): a version that states a figure twice does not
// glue two different figures of the other version together. Pairings are
// joined transitively with union–find. Mentions that pair with nothing
// form slots of their own.
func (a alignment) align(ms []*mention) [][]*mention {
	byKeyArt := map[string]map[string][]int{}
	var keys []string
	for i, m := range ms {
		k := a.key(m)
		if byKeyArt[k] == nil {
			byKeyArt[k] = map[string][]int{}
			keys = append(keys, k)
		}
		byKeyArt[k][m.art.ID] = append(byKeyArt[k][m.art.ID], i)
	}
	sort.Strings(keys)
	uf := unionfind.New(len(ms))
	var buf []float64
	for _, k := range keys {
		arts := make([]string, 0, len(byKeyArt[k]))
		for id := range byKeyArt[k] {
			arts = append(arts, id)
		}
		// Story order (mentions are numbered in it). Every article is
		// compared with the first maxAlignAnchors and with the article
		// it derives from: all pairs in a story of up to
		// maxAlignAnchors+1 versions, a number of pairs linear in the
		// versions beyond (union–find joins the rest through the
		// anchors). The order of comparisons does not change the result.
		sort.Slice(arts, func(i, j int) bool { return byKeyArt[k][arts[i]][0] < byKeyArt[k][arts[j]][0] })
		pos := make(map[string]int, len(arts))
		for i, id := range arts {
			pos[id] = i
		}
		for y := 1; y < len(arts); y++ {
			cands := make([]int, 0, maxAlignAnchors+1)
			for x := 0; x < min(y, maxAlignAnchors); x++ {
				cands = append(cands, x)
			}
			if d := ms[byKeyArt[k][arts[y]][0]].art.DerivedFrom; d != nil {
				if x, ok := pos[*d]; ok && x >= maxAlignAnchors && x != y {
					cands = append(cands, x)
				}
			}
			for _, x := range cands {
				// The pair in ID order, as the mutual-best rule reads
				// its first article's mentions.
				p, q := arts[x], arts[y]
				if q < p {
					p, q = q, p
				}
				A, B := a.capped(p, byKeyArt[k][p]), a.capped(q, byKeyArt[k][q])
				// Articles in two languages share no words to align on
				// (the similarities read English); a translation's facts
				// are not compared word for word with its original's.
				if !sameLanguage(ms[A[0]].art, ms[B[0]].art) {
					continue
				}
				// One buffer for every pair's similarities, row i at
				// i*len(B), cleared (a pair below tau stays 0).
				if n := len(A) * len(B); cap(buf) < n {
					buf = make([]float64, n)
				} else {
					buf = buf[:n]
					clear(buf)
				}
				sims := make([][]float64, len(A))
				for i := range A {
					sims[i] = buf[i*len(B) : (i+1)*len(B)]
					for j := range B {
						s := a.sim(ms[A[i]], ms[B[j]])
						if s < a.tau {
							continue
						}
						// Tie-breakers for versions that share sentences
						// word for word: the same words, then the same
						// place in the article's order of such facts.
						if ms[A[i]].fact.Span.Text == ms[B[j]].fact.Span.Text {
							s += 0.02
						}
						s += 0.01 / float64(1+abs(i*len(B)-j*len(A)))
						sims[i][j] = s
					}
				}
				for i := range A {
					bj, bs := -1, a.tau
					for j := range B {
						if sims[i][j] >= bs && (bj < 0 || sims[i][j] > bs) {
							bj, bs = j, sims[i][j]
						}
					}
					if bj < 0 {
						continue
					}
					// Mutual: no other mention of A is strictly closer to B[bj].
					mutual := true
					for i2 := range A {
						if i2 != i && sims[i2][bj] > bs {
							mutual = false
							break
						}
					}
					if mutual {
						uf.Union(uint32(A[i]), uint32(B[bj]))
					}
				}
			}
		}
	}
	var out [][]*mention
	for _, g := range uf.Sets() {
		s := make([]*mention, len(g))
		for i, x := range g {
			s[i] = ms[x]
		}
		out = append(out, s)
	}
	return out
}

// capped returns the mentions of one key in article id that align reads:
// the first maxAlignMentions of them, noting the cap (the rest pair with
// nothing and form slots of their own).
func (a alignment) capped(id string, ms []int) []int {
	if len(ms) <= maxAlignMentions {
		return ms
	}
	if a.note != nil {
		a.note("facts of article %s not all aligned: over %d of one kind and key, the first %d compared", id, maxAlignMentions, maxAlignMentions)
	}
	return ms[:maxAlignMentions]
}

// partition splits the mentions of one slot into groups whose members are
// pairwise compatible, most precise mentions placed first so the groups
// form around them. A mention compatible with two groups joins the first.
func partition(ms []*mention, compatible func(a, b *mention) bool, precision func(*mention) float64) [][]*mention {
	sorted := append([]*mention(nil), ms...)
	sort.SliceStable(sorted, func(i, j int) bool {
		pi, pj := precision(sorted[i]), precision(sorted[j])
		if pi != pj {
			return pi > pj
		}
		return sorted[i].idx < sorted[j].idx
	})
	var groups [][]*mention
	for _, m := range sorted {
		placed := false
		for gi, g := range groups {
			ok := true
			for _, o := range g {
				if !compatible(m, o) {
					ok = false
					break
				}
			}
			if ok {
				groups[gi] = append(groups[gi], m)
				placed = true
				break
			}
		}
		if !placed {
			groups = append(groups, []*mention{m})
		}
	}
	// A mention that is compatible with every group (a vaguer statement:
	// "2017" beside "2016" and "2017-2018") joins the group it is most
	// like rather than founding a variant of its own — already the case,
	// since it is placed in the first compatible group.
	sort.SliceStable(groups, func(i, j int) bool { return minIdx(groups[i]) < minIdx(groups[j]) })
	return groups
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func minIdx(ms []*mention) int {
	m := ms[0].idx
	for _, x := range ms {
		m = min(m, x.idx)
	}
	return m
}

// groupArticles returns the articles stating a group.
func groupArticles(g []*mention) map[string]bool {
	as := map[string]bool{}
	for _, m := range g {
		as[m.art.ID] = true
	}
	return as
}

// eitherStatesOther reports, for a slot of two variants, whether covers
// holds one way or the other: the articles of one variant also state the
// other variant's value, so the slot pairs two statements of different
// things rather than two values of one.
func eitherStatesOther(groups [][]*mention, covers func(g, other []*mention) bool) bool {
	return len(groups) == 2 && (covers(groups[0], groups[1]) || covers(groups[1], groups[0]))
}

// anyMention reports whether ok holds for one of ms.
func anyMention(ms []*mention, ok func(*mention) bool) bool {
	for _, m := range ms {
		if ok(m) {
			return true
		}
	}
	return false
}
