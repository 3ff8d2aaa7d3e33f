package crosscheck

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"testing"

	"crosswire"
)

// walkBackNaive is walkBack written the plain way: each article (an ID
// written twice: its last article, as the map keeps it) walks its own
// chain, remembering the path; a walk that comes back to an article of
// its path has met a cycle and ends at the cycle's article first in story
// order. The reference the once-each walk must agree with.
func walkBackNaive(arts []crosswire.Article, follow func(crosswire.Role) bool) map[string]string {
	byID := make(map[string]*crosswire.Article, len(arts))
	order := make(map[string]int, len(arts))
	for i := range arts {
		byID[arts[i].ID] = &arts[i]
		order[arts[i].ID] = i
	}
	out := make(map[string]string, len(arts))
	for i := range arts {
		cur := byID[arts[i].ID]
		var path []string
		for {
			path = append(path, cur.ID)
			if !follow(cur.Role) || cur.DerivedFrom == nil {
				break
			}
			next, ok := byID[*cur.DerivedFrom]
			if !ok {
				break
			}
			if at := slices.Index(path, next.ID); at >= 0 {
				first := path[at]
				for _, id := range path[at:] {
					if order[id] < order[first] {
						first = id
					}
				}
				cur = byID[first]
				break
			}
			cur = next
		}
		out[arts[i].ID] = cur.ID
	}
	return out
}

// chain returns n articles, each derived from the one before (role
// copy), the last deriving from the first when cycle is set.
func chain(n int, cycle bool) []crosswire.Article {
	arts := make([]crosswire.Article, n)
	for i := range arts {
		arts[i] = crosswire.Article{ID: fmt.Sprintf("a%d", i), Role: crosswire.RoleCopy}
		if i > 0 {
			from := arts[i-1].ID
			arts[i].DerivedFrom = &from
		}
	}
	if cycle {
		last := arts[n-1].ID
		arts[0].DerivedFrom = &last
	}
	return arts
}

// TestWalkBackAgreesWithNaive checks the once-each walk against the
// naive one on random derivation graphs: chains, cycles, self-loops,
// sources outside the story, repeated IDs and roles that stop the walk.
func TestWalkBackAgreesWithNaive(t *testing.T) {
	roles := []crosswire.Role{crosswire.RoleCopy, crosswire.RoleExcerpt, crosswire.RoleRewrite, crosswire.RoleOriginal}
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 2000 {
		n := 1 + rng.IntN(12)
		arts := make([]crosswire.Article, n)
		for i := range arts {
			arts[i] = crosswire.Article{ID: fmt.Sprintf("a%d", rng.IntN(n+1)), Role: roles[rng.IntN(len(roles))]}
			if rng.IntN(5) > 0 {
				from := fmt.Sprintf("a%d", rng.IntN(n+2)) // a%d beyond n: outside the story
				arts[i].DerivedFrom = &from
			}
		}
		for _, f := range []func(crosswire.Role) bool{verbatim, func(crosswire.Role) bool { return true }} {
			if got, want := walkBack(arts, f), walkBackNaive(arts, f); !maps.Equal(got, want) {
				t.Fatalf("round %d: walkBack = %v, want %v", round, got, want)
			}
		}
	}
}

// TestWalkBackLongChains walks a chain and a cycle of 10,000 copies: the
// end is the first article, of the chain and of the cycle alike; the walk allocates a bounded number of times per article
// (the naive walk made a set per article that grew with the chain).
func TestWalkBackLongChains(t *testing.T) {
	const n = 10000
	for _, cycle := range []bool{false, true} {
		arts := chain(n, cycle)
		lin := lineages(arts)
		for _, a := range arts {
			// a(i) derives from a(i-1); on the cycle a0 from the last,
			// and the cycle is one lineage, its first article's
			if want := "a0"; lin[a.ID] != want {
				t.Fatalf("cycle=%v: %s → %s, want %s", cycle, a.ID, lin[a.ID], want)
			}
		}
		if allocs := testing.AllocsPerRun(3, func() { lineages(arts) }); allocs > n {
			t.Errorf("cycle=%v: %.0f allocations for %d articles, want at most one per article", cycle, allocs, n)
		}
	}
}
