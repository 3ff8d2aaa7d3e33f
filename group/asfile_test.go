package group

import (
	"crosswire"
	"fmt"
	"maps"
	"os"
	"slices"
	"testing"
)

// TestCASIEAloneVsFile (ASFILE=1; DATED=1 for the dated variant) tells, for
// each event of the CASIE read gold that forms one story alone but is split
// inside the whole file, what its pairs' evidence is alone and inside the
// file: each pair verify joins alone is verified inside the file too, and
// the pairs the file refuses are counted by cause (logged with ASFILE=1).
// It asserts the invariant it diagnoses, as a ceiling of today's figures:
// the events whole alone but split inside the file (undated 14, dated 12
// at c9616ed+; issue 14 asks none), and that every such event is told as
// joined alone either by verify's edges or by the later passes.
func TestCASIEAloneVsFile(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	for _, tc := range []struct {
		name    string
		dated   bool
		ceiling int
	}{{"undated", false, 14}, {"dated", true, 12}} {
		t.Run(tc.name, func(t *testing.T) {
			causes := casieAloneVsFile(t, tc.dated)
			split := causes["events whole alone, split in file"]
			if split > tc.ceiling {
				t.Errorf("%d events whole alone are split inside the whole file; want ≤ %d", split, tc.ceiling)
			}
			if told := causes["events whose alone verify graph is connected"] + causes["events joined alone only by later passes"]; told != split {
				t.Errorf("%d of %d events split in the file told as joined alone", told, split)
			}
		})
	}
}

// casieAloneVsFile tallies, by cause, what differs for the CASIE gold's
// events whole alone but split inside the whole file (see
// TestCASIEAloneVsFile); ASFILE=1 logs the tallies.
func casieAloneVsFile(t *testing.T, dated bool) map[string]int {
	_, events, all := casieGold(t)
	setDated(dated, events, all)
	recs, arts := byID(all)
	ptrs := make([]*crosswire.Article, len(arts))
	for i := range arts {
		ptrs[i] = &arts[i]
	}
	bg := DefaultBackground().Without(ptrs...)
	fix, froots := partitionIndex(t, arts, resolveBackground(bg))
	fdoc := map[string]uint32{}
	for i, r := range recs {
		fdoc[r.ID] = uint32(i)
	}
	holders := map[uint32][]uint32{}
	for d := range recs {
		for _, x := range fix.full[d] {
			holders[x] = append(holders[x], uint32(d))
		}
	}
	causes := map[string]int{}
	evOf, affairOf, kindOf := map[string]string{}, map[string]string{}, map[string]string{}
	for _, ev := range events {
		affairOf[ev.name], kindOf[ev.name] = ev.affair, ev.kind
		for _, r := range ev.recs {
			evOf[r.ID] = ev.name
		}
	}
	for _, ev := range events {
		if len(ev.recs) < 2 {
			continue
		}
		erecs, earts := byID(ev.recs)
		aix, aroots := partitionIndex(t, earts, resolveBackground(bg))
		if len(slices.Compact(slices.Sorted(slices.Values(slices.Clone(aroots))))) != 1 {
			continue
		}
		fr := map[uint32]bool{}
		for _, r := range erecs {
			fr[froots[fdoc[r.ID]]] = true
		}
		if len(fr) == 1 {
			continue
		}
		causes["events whole alone, split in file"]++
		evStories := fr
		// verify graphs alone and in the file, within the event
		aloneSets, fileSets := newUF(len(erecs)), newUF(len(erecs))
		for i := range erecs {
			for j := i + 1; j < len(erecs); j++ {
				aok, aps := aix.verify(uint32(i), uint32(j))
				fa, fb := fdoc[erecs[i].ID], fdoc[erecs[j].ID]
				fok, fps := fix.verify(fa, fb)
				if aok {
					aloneSets.union(i, j)
				}
				if fok {
					fileSets.union(i, j)
				}
				if !aok || fok {
					continue
				}
				causes["pairs joined alone, refused in file: "+joinedBy(&aps)]++
				causes["  refused in file because: "+whyRefused(fix, fa, fb, &aps, &fps)]++
				if fps.cosine < aps.cosine-0.05 {
					A, B := aix.full[i], aix.full[j]
					shared := map[uint32]bool{}
					forShared(A, B, func(x, _ int) bool { shared[A[x]] = true; return true })
					mix := func(sharedAlone bool) float64 {
						var p pairScore
						p.anchorScore(A, B, func(x uint32) float64 {
							if shared[x] == sharedAlone {
								return aix.weight(x)
							}
							return fix.weight(x)
						})
						return p.cosine
					}
					// the unshared anchors weighed as alone only when a story
					// other than the article's own holds them
					byStory := func() float64 {
						var p pairScore
						p.anchorScore(A, B, func(x uint32) float64 {
							if shared[x] {
								return fix.weight(x)
							}
							own := fa
							if _, inB := slices.BinarySearch(B, x); inB {
								own = fb
							}
							for _, d := range holders[x] {
								if froots[d] != froots[own] {
									return aix.weight(x)
								}
							}
							return fix.weight(x)
						})
						return p.cosine
					}()
					if aps.cosine-byStory < (aps.cosine-fps.cosine)/2 {
						causes["  cosine lower: half the drop or more recovered weighing as alone the details other stories hold"]++
					}
					// which weights lower the cosine: the shared anchors'
					// (their batch counts) or the unshared ones' (each
					// article's details other articles of the batch hold)
					byUnshared, byShared := aps.cosine-mix(true), aps.cosine-mix(false)
					switch {
					case byUnshared > 2*byShared:
						causes["  cosine lower: mostly the unshared anchors' weights"]++
					case byShared > 2*byUnshared:
						causes["  cosine lower: mostly the shared anchors' weights"]++
					default:
						causes["  cosine lower: both"]++
					}
				}
				// the shared anchors that changed status
				A, B := aix.full[i], aix.full[j]
				forShared(A, B, func(x, _ int) bool {
					a := A[x]
					wa, wf := aix.weight(a), fix.weight(a)
					own := int(fix.frozenOwn[a])
					inEv := 0
					for k := range erecs {
						if _, ok := slices.BinarySearch(aix.full[k], a); ok {
							inEv++
						}
					}
					other := own - inEv
					bgdf := int(bg.anchors.get(a))
					if wa >= aps.rareW && aps.rareW > 0 && wf < fps.rareW {
						causes[fmt.Sprintf("   shared anchor rare alone, not in file: bg %s, other file articles %s", bucket(bgdf), bucket(other))]++
						// who the other holders are
						stories := map[uint32]bool{}
						for d := range recs {
							if _, ok := slices.BinarySearch(fix.full[d], a); !ok || evOf[recs[d].ID] == ev.name {
								continue
							}
							stories[froots[d]] = true
							kind := "not in gold"
							if e := evOf[recs[d].ID]; e != "" {
								kind = "gold, other event"
								if affairOf[e] == ev.affair {
									kind = "gold, same affair"
								} else if kindOf[e] == ev.kind {
									kind = "gold, same kind"
								}
							}
							if evStories[froots[d]] {
								kind += ", in a file story of the event"
							}
							causes["    other holder: "+kind]++
						}
						causes[fmt.Sprintf("    other holders' file stories: %s", bucket(len(stories)))]++
					}
					if wa > aps.commonW && wf <= fps.commonW {
						causes[fmt.Sprintf("   shared anchor counted alone, common in file: bg %s, other file articles %s", bucket(bgdf), bucket(other))]++
					}
					return true
				})
			}
		}
		if aloneSets.count() == 1 {
			causes["events whose alone verify graph is connected"]++
		} else {
			causes["events joined alone only by later passes"]++
		}
		if fileSets.count() == 1 {
			causes["events whose file verify graph (within the event) is connected: cut by the file's passes"]++
		}
	}
	if os.Getenv("ASFILE") != "" {
		for _, k := range slices.Sorted(maps.Keys(causes)) {
			t.Logf("%s: %d", k, causes[k])
		}
	}
	return causes
}

// bucket names the range a count falls in (the diagnostic's tallies).
func bucket(n int) string {
	switch {
	case n <= 0:
		return "0"
	case n <= 3:
		return "1-3"
	case n <= 10:
		return "4-10"
	case n <= 50:
		return "11-50"
	default:
		return ">50"
	}
}

// joinedBy names the rule that joined a verified pair.
func joinedBy(ps *pairScore) string {
	switch {
	case ps.jaccard >= EdgeJaccard || ps.containment >= EdgeContainment:
		return "copy"
	case ps.parallel:
		return "parallel"
	case ps.byTopic:
		return "topic"
	case ps.byDay:
		return "day"
	case ps.byHeadline:
		return "headline"
	case ps.byLeads:
		return "leads told"
	case ps.byBatchName:
		return "small batch name"
	case ps.byLeadWords:
		return "lead words"
	case ps.byLead:
		return "client"
	case ps.byPairRare:
		return "pair rare"
	case ps.byQuote:
		return "quoted statement"
	case ps.byProtagonist:
		return "protagonist"
	case ps.cosine >= EdgeAnchorCosine*anchorScale(ps.gap):
		return "anchor cosine"
	case ps.containedEdge(anchorScale(ps.gap)):
		return "contained"
	case ps.rare >= MinSharedRare:
		return "rare anchors"
	}
	return "other"
}

// whyRefused names what the file's score of a pair lost against its
// score alone.
func whyRefused(ix *Index, a, b uint32, aps, fps *pairScore) string {
	var s []string
	if fps.shared < MinSharedAnchors && aps.shared >= MinSharedAnchors {
		s = append(s, "shared<3")
	}
	if fps.rare < aps.rare {
		s = append(s, fmt.Sprintf("rare %s→%s", bucket(aps.rare), bucket(fps.rare)))
	}
	if fps.cosine < aps.cosine-0.05 {
		s = append(s, "cosine lower")
	}
	if fps.leadsApart && !aps.leadsApart {
		s = append(s, "leads apart")
	}
	if fps.occasionApart && !aps.occasionApart {
		s = append(s, "occasion apart")
	}
	if len(s) == 0 {
		return "other"
	}
	return fmt.Sprint(s)
}

// uf is a small union-find over an event's reports.
type uf []int

func newUF(n int) uf {
	u := make(uf, n)
	for i := range u {
		u[i] = i
	}
	return u
}
func (u uf) find(i int) int {
	for u[i] != i {
		i = u[i]
	}
	return i
}
func (u uf) union(i, j int) { u[u.find(i)] = u.find(j) }
func (u uf) count() int {
	n := 0
	for i := range u {
		if u[i] == i {
			n++
		}
	}
	return n
}
