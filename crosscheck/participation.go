package crosscheck

import (
	"slices"
	"strings"

	"crosswire"
	"crosswire/text"
)

// Whether a named participant takes part. "Ada Quist will not be
// appearing" and "her guests, including Ada Quist" cannot both be true of
// one show: a verb of taking part (appear, attend, take part, participate,
// join, perform, be involved, put in an appearance) right after a named
// person or group, negated or not, and a participant noun listing the
// name ("guests, including …", "speakers such as …") state whether that
// participant takes part in the story's event. A version saying only that
// the participant does not and another saying only that it does disagree
// when their sentences share a content word besides the name and the
// predicate (versions of one story, about one event). The finding is a
// claim discrepancy: medium when the positive side asserts it, low when
// it is only a possibility ("might also appear").

// partVerbs are forms of verbs of taking part, as tokens.
var partVerbs = setOf(`appear appears appeared appearing attend attends attended attending participate
participates participated participating join joins joined joining perform performs performed performing
involved`)

// partAppearance opens "put in an appearance", "make an appearance".
var partAppearance = setOf("put puts putting make makes made making")

// partAux are the words between a participant and its verb of taking part:
// auxiliaries, modals, negation and a few adverbs. The tokenizer cuts
// "won't" into "won" and "t".
var partAux = setOf(`will would shall should can could may might must be been being is are was were am has have
had also still now definitely certainly to do does did not never won don isn aren wasn weren can couldn wouldn
shouldn hasn haven hadn didn doesn t`)

// beForms are the forms of "be".
var beForms = setOf("be been being is are was were am")

// partNeg and partHedge are the negating and the modal words of partAux.
var (
	partNeg   = setOf("not never t")
	partHedge = setOf("might may could")
)

// partNouns name those who take part; a list after them ("guests,
// including …") names participants.
var partNouns = setOf(`guest guests performer performers speaker speakers participant participants attendee
attendees panellist panellists panelist panelists contestant contestants competitor competitors`)

// partWindow is how many words after a name its predicate is looked for,
// and how many words a list may run before the name.
const partWindow = 6

// partReach bounds, in bytes, how far after a name its predicate and
// what it takes part in are read, so a long sentence costs no more per name.
const partReach = 160

// partStatement is one mention's statement about its participant.
type partStatement struct {
	art     *crosswire.Article
	version string
	name    string // the participant as the facts name it
	key     string // resolved entity, else the name
	pos     bool   // takes part
	hedged  bool   // only possibly ("might")
	span    crosswire.Span
	ctx     map[string]bool // sentence words without the name and the predicate
	obj     map[string]bool // what it takes part in ("on the show"), stemmed; nil when unsaid
}

// checkParticipation reports a participant one version says takes part
// and another says does not.
func (w *work) checkParticipation() {
	byKey := map[string][]partStatement{}
	var keys []string
	for _, k := range []crosswire.FactKind{crosswire.KindPerson, crosswire.KindGroup, crosswire.KindOrg} {
		for _, m := range w.byKind[k] {
			if !sameLanguage(m.art, &w.story.Articles[0]) {
				continue
			}
			st, ok := participationOf(m)
			if !ok {
				continue
			}
			if _, seen := byKey[st.key]; !seen {
				keys = append(keys, st.key)
			}
			byKey[st.key] = append(byKey[st.key], st)
		}
	}
	// names listed after a participant noun, which the facts may not
	// take for people ("her guests, including film star Ada Quist")
	for _, a := range w.firstLanguageArticles() {
		for _, st := range listedParticipants(a) {
			st.version = w.version[a.ID]
			st.key = "n" + strings.ToLower(st.name)
			if e := w.entityOf(st.name); e >= 0 {
				st.key = "e" + itoa(e)
			}
			if _, seen := byKey[st.key]; !seen {
				keys = append(keys, st.key)
			}
			byKey[st.key] = append(byKey[st.key], st)
		}
	}
	for _, k := range keys {
		sts := byKey[k]
		// each version's polarity: a version saying both says how
		pol := map[string]int{} // version → 1 pos, 2 neg, 3 both
		for _, s := range sts {
			if s.pos {
				pol[s.version] |= 1
			} else {
				pol[s.version] |= 2
			}
		}
		var neg, pos []partStatement
		for _, s := range sts {
			switch {
			case pol[s.version] == 2:
				neg = append(neg, s)
			case pol[s.version] == 1:
				pos = append(pos, s)
			}
		}
		if len(neg) == 0 || len(pos) == 0 {
			continue
		}
		var np, pp []partStatement
		for _, n := range neg {
			for _, p := range pos {
				if shared(n.ctx, p.ctx) >= 1 {
					np, pp = appendOnce(np, n), appendOnce(pp, p)
				}
			}
		}
		if len(np) == 0 || w.overlapsFinding(append(np, pp...)) {
			continue
		}
		// medium when a version asserts it, and no two versions name
		// what it is in with different words ("on the show" / "at the
		// trial": perhaps two events)
		sev := crosswire.SeverityLow
		if slices.ContainsFunc(pp, func(p partStatement) bool { return !p.hedged }) && !disjointObjects(np, pp) {
			sev = crosswire.SeverityMedium
		}
		spans := func(ss []partStatement) []crosswire.Span {
			var out []crosswire.Span
			for _, s := range ss {
				out = append(out, s.span)
			}
			return out
		}
		w.discs = append(w.discs, &finding{kind: crosswire.DiscClaim, sev: sev,
			subject: "whether " + np[0].name + " takes part",
			sides: []side{
				{value: "does not take part", spans: spans(np)},
				{value: "takes part", spans: spans(pp)},
			}})
	}
}

// appendOnce appends s unless it is there already.
func appendOnce(ss []partStatement, s partStatement) []partStatement {
	for _, x := range ss {
		if x.span == s.span {
			return ss
		}
	}
	return append(ss, s)
}

// overlapsFinding reports whether a finding of kind claim or outcome
// already quotes one of the statements' spans.
func (w *work) overlapsFinding(ss []partStatement) bool {
	for _, d := range w.discs {
		if d.kind != crosswire.DiscClaim && d.kind != crosswire.DiscOutcome {
			continue
		}
		for _, sd := range d.sides {
			for _, sp := range sd.spans {
				for _, s := range ss {
					if sp.Article == s.span.Article && sp.Start < s.span.End && s.span.Start < sp.End {
						return true
					}
				}
			}
		}
	}
	return false
}

// participationOf reads what m's sentence says about m's participant
// taking part: a verb of taking part after the name (one noun may stand
// between: "her three Band colleagues might appear"), or a participant
// noun listing the name.
func participationOf(m *mention) (partStatement, bool) {
	t := m.art.Text
	s, e := m.fact.Span.Start, m.fact.Span.End
	send := m.sentStart + len(m.sentence)
	if s < m.sentStart || e > send {
		return partStatement{}, false
	}
	key := "n" + strings.ToLower(m.fact.Value)
	if m.entity >= 0 {
		key = "e" + itoa(m.entity)
	}
	st := partStatement{art: m.art, version: m.version, name: m.fact.Value, key: key}
	if e < len(t) && (t[e] == '\'' || strings.HasPrefix(t[e:], "’")) {
		return st, false // "Quist's lawyers": someone else
	}
	send = min(send, e+partReach) // what the predicate and its object need
	after := text.WordTokenizer{}.Tokenize(t[e:send])
	if len(after) == 0 || strings.TrimSpace(t[e:e+after[0].Start]) != "" {
		return st, false // "Quist, who appeared in …": a clause about her
	}
	if end, neg, hedged, ok := partPredicate(after); ok {
		st.pos, st.hedged = !neg, hedged
		st.span = spanOf(m.art, s, e+after[end].End)
		st.ctx = partContext(m.art.Text, m.sentStart, m.sentStart+len(m.sentence), s, e+after[end].End)
		st.obj = partObject(m.art.Text[e:send], after[end].End, after[end+1:])
		return st, true
	}
	return st, false
}

// partPredicate finds a verb of taking part in the words after a name:
// at most one other word first, then auxiliaries. It returns the index of
// the predicate's last word and whether it is negated or only possible.
func partPredicate(ws []text.Token) (end int, neg, hedged, ok bool) {
	i := 0
	if len(ws) > 1 && !partAux[ws[0].Term] && !partVerbs[ws[0].Term] && !partAppearance[ws[0].Term] {
		if text.StopWord(ws[0].Term) {
			return 0, false, false, false
		}
		i = 1 // "the Band colleagues might …"
	}
	for ; i < len(ws) && i < partWindow; i++ {
		x := ws[i].Term
		switch {
		case partNeg[x]:
			neg = true
		case partHedge[x]:
			hedged = true
		case partAux[x]:
		case partVerbs[x]:
			passive := i > 0 && beForms[ws[i-1].Term] || i > 1 && beForms[ws[i-2].Term] && partNeg[ws[i-1].Term]
			if x == "involved" && !passive || x != "involved" && strings.HasSuffix(x, "ed") && passive {
				// "involved" only after be; "will be joined by" is
				// someone else joining
				return 0, false, false, false
			}
			if partUntil(ws[i+1:]) {
				return 0, false, false, false
			}
			return i, neg, hedged && !neg, true
		case x == "take" || x == "takes" || x == "took" || x == "taking" || x == "taken":
			if i+1 < len(ws) && ws[i+1].Term == "part" && !partUntil(ws[i+2:]) {
				return i + 1, neg, hedged && !neg, true
			}
			return 0, false, false, false
		case partAppearance[x]:
			j := i + 1
			if j < len(ws) && ws[j].Term == "in" {
				j++
			}
			if j+1 < len(ws) && ws[j].Term == "an" && ws[j+1].Term == "appearance" && !partUntil(ws[j+2:]) {
				return j + 1, neg, hedged && !neg, true
			}
			return 0, false, false, false
		default:
			return 0, false, false, false
		}
	}
	return 0, false, false, false
}

// partUntil reports "until" or "before" among the next words: "will not
// appear until May" tells when, not whether.
func partUntil(ws []text.Token) bool {
	for i := 0; i < len(ws) && i < partWindow; i++ {
		if ws[i].Term == "until" || ws[i].Term == "till" || ws[i].Term == "before" {
			return true
		}
	}
	return false
}

// partContext is the content words of the sentence t[ss:se] outside
// [s, e).
func partContext(t string, ss, se, s, e int) map[string]bool {
	return contentSet(t[ss:s] + " " + t[e:se])
}

// listedParticipants returns the names a participant noun lists in a:
// "guests, including film star Ada Quist and Olav Dahl", "speakers such
// as Ada Quist". A name is two or more capitalised words; up to three
// other words may stand before the first (what the person is), the next
// names follow "and" or a comma.
func listedParticipants(a *crosswire.Article) []partStatement {
	var out []partStatement
	for _, sent := range text.Of(a) {
		ws := text.WordTokenizer{}.Tokenize(a.Text[sent.Start:sent.End])
		for i, x := range ws {
			open := i + 1
			switch {
			case x.Term == "including" || x.Term == "among":
			case x.Term == "such" && i+1 < len(ws) && ws[i+1].Term == "as":
				open = i + 2
			default:
				continue
			}
			noun := -1
			for j := i - 1; j >= 0 && j >= i-3; j-- {
				if partNouns[ws[j].Term] {
					noun = j
					break
				}
			}
			if noun < 0 {
				continue
			}
			abs := func(k int) int { return sent.Start + k }
			capital := func(k int) bool {
				w := a.Text[abs(ws[k].Start):abs(ws[k].End)]
				return startsUpper(w) && strings.ToUpper(w) != w
			}
			// the first name: up to three words of what the person is
			// before it ("Hollywood star Ada Quist")
			k := open
			for k < len(ws) && k <= open+3 && !(k+1 < len(ws) && capital(k) && capital(k+1) && a.Text[abs(ws[k].End):abs(ws[k+1].Start)] == " ") {
				k++
			}
			for k < len(ws) {
				r := k
				for r < len(ws) && capital(r) && r-k < 4 && (r == k || a.Text[abs(ws[r-1].End):abs(ws[r].Start)] == " ") {
					r++
				}
				if r-k < 2 {
					break
				}
				s, e := abs(ws[k].Start), abs(ws[r-1].End)
				out = append(out, partStatement{art: a, name: strings.Join(strings.Fields(a.Text[s:e]), " "), pos: true,
					span: spanOf(a, abs(ws[i].Start), e),
					ctx:  partContext(a.Text, sent.Start, sent.End, abs(ws[noun].Start), e)})
				if r < len(ws) && ws[r].Term == "and" {
					r++
				}
				k = r
			}
		}
	}
	return out
}

// spanOf is the span a[s:e].
func spanOf(a *crosswire.Article, s, e int) crosswire.Span {
	return crosswire.Span{Article: a.ID, Start: s, End: e, Text: a.Text[s:e]}
}

// partObject reads what a predicate says its participant takes part in:
// the content words after "in", "at", "on" or "for" right after it, or of
// the noun phrase it governs ("attend the hearing"), up to a punctuation
// mark or four words. t is the text the tokens ws index,
// prev the end of the predicate in it.
func partObject(t string, prev int, ws []text.Token) map[string]bool {
	if len(ws) < 2 || strings.ContainsAny(t[prev:ws[0].Start], ",.;:!?()") {
		return nil
	}
	first := 1
	switch ws[0].Term {
	case "in", "at", "on", "for":
	case "the", "a", "an", "his", "her", "their", "its":
		first = 0 // "attend the hearing"
	default:
		return nil
	}
	obj := map[string]bool{}
	for k := first; k < len(ws) && k <= first+3; k++ {
		if k == 0 {
			continue
		}
		if strings.ContainsAny(t[ws[k-1].End:ws[k].Start], ",.;:!?()\"“”") {
			break
		}
		x := ws[k].Term
		if len(obj) > 0 && partObjectEnd[x] {
			break // "the hearing in Ostrby": the hearing
		}
		if !text.StopWord(x) && !isNumeric(x) {
			obj[stem(x)] = true
		}
	}
	if len(obj) == 0 {
		return nil
	}
	return obj
}

// partObjectEnd end what a participant takes part in.
var partObjectEnd = setOf("in at on for with by and to from")

// disjointObjects reports two statements, one of each side, naming what
// the participant takes part in with no word in common.
func disjointObjects(neg, pos []partStatement) bool {
	for _, n := range neg {
		for _, p := range pos {
			if n.obj != nil && p.obj != nil && shared(n.obj, p.obj) == 0 {
				return true
			}
		}
	}
	return false
}
