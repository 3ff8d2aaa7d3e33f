package group

// Lone articles judged again after stories merge. The first story-core
// pass (joinCores) judges every article left alone by the pairwise pass
// against the stories of that pass; mergeCores then joins stories that the
// pairwise pass left in parts (a wire story and the papers that rewrote
// it, each sharing only part of its names with any one member). Only then
// is such a story's core what its members share, and only then does an
// anchor that all its parts have count as rare outside it: judged against
// one part, the other part's members made the story's own names look
// common (a paper checked against the takes of a 20-version wire story
// whose papers were still a story of their own). So the lone articles are
// judged once more, by the same rule (joinLone), against the stories that
// changed since the first pass: against any other story the verdict cannot
// differ from the first pass's, so the pass costs cores only for the
// stories that changed.
//
// Not the cross-script rule (issue 14, scale): an article in another
// script carries only digits, dates and acronyms, and is judged by how
// much of its weight is in the core. What a merge changes for it is only
// that the core is larger — two parts' figures instead of one's — so
// more of any article's few figures are in it: not more evidence that it
// is a version. At 20,193 reprints (all shared English corpora) nearly
// every join of this pass was a pseudo-CJK version joining another story
// that way (batch without times: precision 0.975 before the pass, 0.967
// after, recall +0.0015).

// rejoinLone returns, for each article index, the root it joins after the
// second lone-article pass: before[i] is article i's root after the
// pairwise pass, after[i] after joinCores and mergeCores.
func rejoinLone(ix *Index, fps []*Fingerprint, before, after []uint32, cjk []bool, workers int, angled []bool) []uint32 {
	// a story changed when its members come from two or more stories of
	// the pairwise pass (a merge, or a lone article that joined)
	from := make(map[uint32]uint32, len(after))
	changed := map[uint32]bool{}
	for i, r := range after {
		if b, ok := from[r]; !ok {
			from[r] = before[i]
		} else if b != before[i] {
			changed[r] = true
		}
	}
	if len(changed) == 0 {
		return after
	}
	return joinCoresOf(ix, fps, after, cjk, workers, changed, true, angled)
}
