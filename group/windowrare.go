package group

import (
	"context"
	"fmt"
)

// Rarity within one event's days (issue 14, session 13). A shared anchor
// is rare when the batch's articles and the background together have it
// in at most rareDF: checked as a pair, two reports of one event count
// themselves and the background, and a name the background saw at most
// rareDF − 2 times is rare to them (rareAloneCount). Checked in one run
// with the event's other reports and with other events of its kind (the
// held-out collection's shape: two events of one kind per topic, about
// eleven reports each), every article holding the name counts, and pairs
// that verify alone are refused: the batch's count vetoes them.
//
// Filed within copyWindowHours of each other (the window anchorScale,
// copyEdges, joinSupported and the pair-rarity rule already read as one
// event's), two reports that share names the background hardly knows are
// judged here as the pair alone judges them: a dated pair in the window
// that the pairwise pass refused while the pair's own count would call
// more of its shared anchors rare is verified again with each shared
// anchor that is not common in the batch (commonWeight: the batch still
// vetoes a name in more than commonFraction of it) counted as the pair
// alone counts it. Every other veto stays — the cosine's weights, the
// leads' guards of the rules, the one-outlet rule — and, as for the other
// rules that join on evidence the follow-ups of one affair share too
// (pairRareEdge, storyRareEdge, quoteEdge), the leads must tell one
// occasion (leadsOneOccasion).
//
// Not for stories with a body (copies of one text, Index.unionWorded): a
// reprinted report's names are held by its copies, and its follow-up
// filed the next day shares them with it alone (reprint benchmark seed 1
// with times, every dated pair in the window counted as a pair alone:
// precision 0.969 → 0.945; without bodies 0.964; with the leads' occasion
// too 0.965). The pass runs after the pairwise pass, when the bodies are
// known, and before the best-edge pass, which takes its edges with the
// pairwise pass's own.
//
// Measured (group/NOTEBOOK.md, "Many reports alone: rarity within an
// event's days"): CASIE read gold dated, one run 0.8540 → 0.8634, inside
// the whole file 0.7873 → 0.8206, each kind of a many-report event in one
// run (TestCASIEManyReports) mean ARI 0.802 → 0.856; one more pair of one
// affair merges (10 → 11: the event grown whole draws a lone follow-up
// seven days older into its core, joinCores). What it does not do: join
// the many-report events that split alone — there the pairs share too
// little (two anchors, cosines 0.1–0.3) for any rule, as the pairs grouped
// alone show too. Counting the holders by components of the verified
// graph instead (the batch vetoes when the holders are not linked) kept
// none of the gains: the event's names are held by its affair's other
// reports, in other components.
//
// Bounds: a pair alone is judged exactly as before (its own count is the
// pair's: no pair is kept); a collection without a background is
// unchanged (its count is the only one); undated pairs are unchanged.
// Batch only: the streaming Index keeps no refused pairs.
//
// Work: the pairs kept are a subset of the candidate pairs the pairwise
// pass verified and refused — each article's candidates are the articles
// before it on its band and anchor chains, at most walkCap a chain
// (Index.collect), so each pair once — and each is verified again once:
// on any input the pass costs at most what the pairwise pass's verify
// calls did, linear in the batch, on one goroutine (it appends to the
// index's edge lists), with the context checked as the pairwise pass
// checks it.

// windowPair records a dated pair filed within copyWindowHours that the
// pairwise pass refused while fewer of its shared anchors were rare by
// the batch's count than by the pair's alone.
func (ix *Index) windowPair(ps *pairScore, a, b uint32) bool {
	if !ix.keepFull || ix.bg == nil || ix.frozen == nil || ps.gap < 0 || ps.gap > copyWindowHours ||
		ps.shared < MinSharedAnchors || ps.sameOutlet || ps.sameSlug || ix.cjk[a] != ix.cjk[b] {
		return false
	}
	return ix.aloneRareShared(ix.anchorList(a), ix.anchorList(b), ps) > ps.rare
}

// aloneRareShared counts the shared anchors of A and B that are not
// common in the batch (commonW) and that a pair alone would call rare
// (rareAloneCount).
func (ix *Index) aloneRareShared(A, B []uint32, ps *pairScore) int {
	rd := ix.rareDF()
	n := 0
	forShared(A, B, func(i, _ int) bool {
		x := A[i]
		if ix.weight(x) > ps.commonW && ix.rareAloneCount(ix.aloneCount(x), rd) {
			n++
		}
		return true
	})
	return n
}

// joinWindowRare verifies again the pairs windowPair kept, when neither
// article is in a story with a body, with rarity counted as the pair alone
// counts it (see above), and adds the ones that verify, with leads that
// tell one occasion (leadsOneOccasion), to the edges the best-edge pass
// and the quoted pass read.
func (ix *Index) joinWindowRare(ctx context.Context, pairs []anchorEdge) error {
	if len(pairs) == 0 {
		return nil
	}
	for i, p := range pairs {
		if i%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("group: window pairs: %w", err)
			}
		}
		if ix.worded[ix.find(p.a)] || ix.worded[ix.find(p.b)] {
			continue
		}
		ok, ps := ix.verifyCounting(p.a, p.b, rareAsPair)
		switch {
		case !ok || ps.parallel || !ps.byAnchors || !ix.leadsOneOccasion(p.a, p.b):
		case ps.byQuote || ps.byProtagonist:
			ix.quotedEdges = append(ix.quotedEdges, anchorEdge{a: p.a, b: p.b, cos: ps.cosine})
		default:
			ix.anchorEdges = append(ix.anchorEdges, anchorEdge{a: p.a, b: p.b, cos: ps.cosine})
		}
	}
	return nil
}
