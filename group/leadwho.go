package group

// The lead's who: what versions of one story share and stories of one
// topic do not. Two reports of one subject — two stories of one party's
// week, two matches of one club, two days of one band's news — share its
// cast: the leader, the party, the club, the band, each a name that a
// background of another year or subject has never seen and therefore
// counts as rare. Four such names at a low anchor cosine were enough for
// the rare-anchor rule (verify), and with a background that does not know
// the subject every pair of one topic's stories qualified (issue 14,
// eighth round: 46 of the 60 BBC pairs of different stories that merged
// as a pair with the CASIE-only background joined by it alone). Versions
// of one story — a rewrite of a take, an independent report of the same
// event, a translation — tell the same lead: who did what, where, to
// whom. So a pair that rests on the rare-anchor rule alone must also
// agree on its lead: one lead told in the other report (told: a majority
// and at least MinSharedAnchors of its anchors among the other's, as the
// day rule asks), or the two leads naming the same three people, places,
// sums or dates (MinSharedAnchors anchors in both leads: the who, what and
// where, written at different lengths; two anchors may be one person's
// first and last name, the subject two stories of one topic share). Two
// stories of one topic each lead with their own news; the cast is in their
// bodies.

// leadsAgree reports whether two articles tell one lead: one lead told in
// the other article (A and B are the articles' full anchor lists), or
// MinSharedAnchors anchors in both leads. A lead without anchors (a text
// without names in its first lines, a decoded fingerprint, which keeps no
// lead) agrees with anything: it says nothing.
func leadsAgree(la, lb *lead, A, B []uint32) bool {
	if len(la.anchors) == 0 || len(lb.anchors) == 0 {
		return true
	}
	return leadTold(la, lb, A, B) || leadsShare(la, lb)
}

// leadTold reports whether one of two articles' leads is told in the
// other article (told; A and B are the articles' full anchor lists).
func leadTold(la, lb *lead, A, B []uint32) bool {
	return told(la.anchors, B) || told(lb.anchors, A)
}

// leadsShare reports whether two leads have MinSharedAnchors anchors in
// common.
func leadsShare(la, lb *lead) bool {
	n := 0
	forShared(la.anchors, lb.anchors, func(_, _ int) bool { n++; return n < MinSharedAnchors })
	return n >= MinSharedAnchors
}

// A client's version of a wire take. A paper that rewrites an agency's take
// for the next morning keeps the take's lead — who did what — in its own
// words and cuts the rest: it shares three to ten of the take's names at an
// anchor cosine of 0.3–0.5, under the pair rules' 0.5, and at most a name
// or two that the collection makes rare (the take's other clients have them
// too), under the four of the rare-anchor rule. Its lead is then the
// take's lead retold: one lead told in the other text (told) and
// MinSharedAnchors anchors in both leads — the who, the what and the
// where of one report, not only the subject two stories of one topic
// share. The rule asks for a take (a text with an agency header, whose
// lead is the agency's account) and a text that is not one: between two
// takes the headers decide (wire.go), and between two papers retelling one
// lead the next day's follow-up is as likely (an undated paper of one
// band's second day leads with the band).

// leadRetold reports whether two articles' leads retell one lead: one told
// in the other article and MinSharedAnchors anchors in both leads.
func leadRetold(la, lb *lead, A, B []uint32) bool {
	return leadTold(la, lb, A, B) && leadsShare(la, lb)
}

// takeAndClient reports whether one of docs a and b is a wire take (an
// agency header with a filing time) and the other is not.
func (ix *Index) takeAndClient(a, b uint32) bool {
	if int(max(a, b)) >= len(ix.wireOf) {
		return false
	}
	return (ix.wireOf[a] != 0) != (ix.wireOf[b] != 0)
}
