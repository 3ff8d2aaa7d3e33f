package group

import "slices"

// moveLone returns the story roots after each lone article in best joins
// the story of its move's target (target(e), a doc number): out[a] =
// roots[target(best[a])]. Every move is decided against the stories
// before, all at once: an article whose target is itself a lone article
// moving elsewhere stays where it is, so no chain forms and the order of
// the map's walk cannot change the answer. joinBriefs (runs.go) and
// joinRetold (retold.go) both end here.
func moveLone[E any](roots []uint32, best map[uint32]E, target func(E) uint32) []uint32 {
	out := slices.Clone(roots)
	for a, e := range best {
		to := target(e)
		if _, moving := best[to]; moving {
			continue
		}
		out[a] = roots[to]
	}
	return out
}
