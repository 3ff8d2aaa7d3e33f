package group

import "slices"

// A short lone article that quotes a report's statement word for word
// (session 21, issue 14: wire stories as plain text).
//
// A wire story's continuation page is often the take's quotes: the last
// page of a concert report is what the singer said after the show. Read
// as plain text, without the header that ties it to its take, it names
// its people by the short forms the first page introduced ("the
// singer", a title and a first name), so it shares few anchors with any
// report and none of them rare, and its narration is a sentence or two
// of its own: the pair rules, the narrative-run rule (runs.go: runs
// outside quotation marks) and the quoted-statement rule (quoted.go,
// which asks a rare anchor as every rule after the anchor rules does)
// all leave it alone. What a reader joins it by is the statement: the
// papers that printed the story quote it, cut where they like but in the
// same words, since a quotation is the one part of a report its writer
// may not reword. Two stories of one subject are told by other
// statements; an affair's follow-up may re-quote an earlier statement as
// background, but then every story of the affair quoting it holds it, and
// the batch vetoes.
//
// The rule: a lone article short enough to be a brief (at most
// ShortRuns narrative runs) joins the story of two or more reports one
// of which shares at least FragmentQuotedRuns of its runs of
// NarrativeRun words inside quotation marks (quotedRuns): a spoken
// sentence of FragmentQuotedRuns+NarrativeRun−1 (22) words quoted alike,
// where the quoted-statement rule, with a rare anchor beside the quote,
// asks nine — more than a slogan, a title or a stock phrase in quotes
// ever makes, with nothing rare to vouch for it. It is not the joinNamed
// rule's evidence but its second: asked of a fragment whose names no one
// story holds (joinNamed). The batch only vetoes: when a report of a second story also
// shares that much, the statement is the affair's, and the fragment stays
// where it is; the pair must pass the refusals every edge obeys
// (pairRefused). A story of one report is not asked, as for joinNamed: a
// pair the pair rules judged and refused. Candidates are the reports
// sharing an anchor with the fragment (its names, its figures): only
// their quotations are read.
const (
	// FragmentQuotedRuns is the fewest quoted runs a short lone article
	// must share with one report: 2·(NarrativeRun+1) runs, a statement of
	// 22 words in a row, or two of 14 (a stretch of n words makes
	// n−NarrativeRun+1 runs).
	FragmentQuotedRuns = 2 * (NarrativeRun + 1)
)

// quotedTarget returns the report whose story lone doc a joins by its
// statement (FragmentQuotedRuns; joinNamed's second evidence), and
// whether there is one: the reports holding one of a's anchors (want)
// are its candidates, cands scratch.
func (ix *Index) quotedTarget(a uint32, want map[uint32][]uint32, roots []uint32, members map[uint32][]uint32, cands *[]uint32) (uint32, bool) {
	if !ix.readsArticles() {
		return 0, false
	}
	t := ix.topics
	e := &t.events
	if t.arts[a] == nil {
		return 0, false
	}
	qa := e.quotesOf(a, t.arts[a])
	if len(qa) < FragmentQuotedRuns {
		return 0, false
	}
	c := (*cands)[:0]
	for _, x := range ix.full[a] {
		if h := want[x]; len(h) <= walkCap {
			c = append(c, h...)
		}
	}
	slices.Sort(c)
	c = slices.Compact(c)
	*cands = c
	// the report of each story quoting most of the statement
	quoting := map[uint32]uint32{}
	most := map[uint32]int{}
	for _, b := range c {
		if b == a || len(members[roots[b]]) < 2 || t.arts[b] == nil {
			continue
		}
		n := sharedCount(qa, e.quotesOf(b, t.arts[b]))
		if n < FragmentQuotedRuns {
			continue
		}
		if r := roots[b]; n > most[r] || n == most[r] && ix.docID(b) < ix.docID(quoting[r]) {
			most[r], quoting[r] = n, b
		}
	}
	if len(quoting) != 1 {
		// none, or a statement two stories quote (the batch's veto)
		return 0, false
	}
	for _, b := range quoting {
		if !ix.pairRefused(a, b) {
			return b, true
		}
	}
	return 0, false
}
