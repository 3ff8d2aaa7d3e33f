package crosscheck

import (
	"math"
	"slices"
	"sort"
	"strings"

	"crosswire"
	"crosswire/internal/unionfind"
	"crosswire/text"
)

// countedKinds folds counted nouns that name one kind of thing in
// general English, as countedClass folds the words for people: a
// program's defects (a bug, a flaw, a vulnerability, a hole, a weakness)
// and the forms of one made thing (a variant, a version, a strain). Two
// reports that count "flaws" and "vulnerabilities" of one update count
// one thing. Singular forms: numberKey folds a noun's singular.
var countedKinds = map[string]string{
	"bug": "flaw", "flaw": "flaw", "vulnerability": "flaw", "hole": "flaw", "weakness": "flaw",
	"variant": "variant", "version": "variant", "strain": "variant",
}

// countedKind is the kind countedKinds folds a counted noun to, read on
// its singular; "" when it folds none.
func countedKind(noun string) string {
	return countedKinds[singularOf(noun)]
}

// checkCountedThings aligns the counts of one counted thing that the
// wording left apart: independent reports tell one count in sentences
// sharing few words ("patched 40 flaws in its browser" / "an update that
// fixes 42 vulnerabilities"). Within one story, two articles' counts of
// one counted noun (countedKinds folding one kind's nouns) with no unit
// are one fact when
//
//   - each article gives the noun one value (its counts of it agree; the
//     start of a change, "from 100 … to 600", is a past value and not
//     counted), or
//   - failing that, each count is the first of its article's counts of
//     the noun whose sentence names one actor or victim (a resolved
//     person or organisation) the other's sentence names: the main
//     figure comes first, and later counts of the thing beside the same
//     name are its parts ("18 of them found by …"), or
//   - failing that, one article gives the noun one large value and
//     exactly one of the other's values agrees with it (an agreement can
//     only corroborate).
//
// Their figures must be in one frame, breakdown and time, and the
// sentences must not name different people. Agreeing values corroborate
// ("150 countries" / "more than 150 countries": a bound is compared as
// the range it allows); values that disagree ("116 flaws" / "more than
// 118 flaws") are a number discrepancy whose severity is
// soleCountSeverity's: medium for large counts of one noun within an
// order of magnitude, low otherwise. Only figures aligned with no other
// article's (lone) and in no reported conflict are paired; the slots of
// the figures paired are replaced by one slot, and the figures are
// marked settled so checkSoleCounts does not report them again.
func (w *work) checkCountedThings(ms []*mention, lone, settled map[*mention]bool, keys map[*mention]string, frames map[*mention]figureFrame, parts map[*mention]int) {
	// each article's counts of each thing, in the article's order
	type artKey struct{ art, key string }
	byArtKey := map[artKey][]*mention{}
	var order []artKey
	for _, m := range ms {
		k, ok := countedThingKey(m, keys)
		if !ok {
			continue
		}
		ak := artKey{m.art.ID, k}
		if byArtKey[ak] == nil {
			order = append(order, ak)
		}
		byArtKey[ak] = append(byArtKey[ak], m)
	}
	byKey := map[string][]string{} // key → articles, in story order
	for _, ak := range order {
		byKey[ak.key] = append(byKey[ak.key], ak.art)
	}
	keysSorted := make([]string, 0, len(byKey))
	for k := range byKey {
		keysSorted = append(keysSorted, k)
	}
	sort.Strings(keysSorted)
	for _, ak := range order {
		sort.SliceStable(byArtKey[ak], func(i, j int) bool {
			return byArtKey[ak][i].fact.Span.Start < byArtKey[ak][j].fact.Span.Start
		})
	}
	open := func(m *mention) bool { return lone[m] && !settled[m] }
	fits := func(a, b *mention) bool {
		return open(a) && open(b) && sameLanguage(a.art, b.art) && oneMagnitude(a, b) && w.sameSetting(frames, parts, a, b) && !w.otherParties(a, b)
	}
	idx := map[*mention]uint32{}
	var cands []*mention
	pairs := [][2]*mention{}
	for _, k := range keysSorted {
		arts := byKey[k]
		for x := range arts {
			for y := x + 1; y < len(arts); y++ {
				A, B := byArtKey[artKey{arts[x], k}], byArtKey[artKey{arts[y], k}]
				for _, p := range w.countedPairs(A, B) {
					if fits(p[0], p[1]) {
						pairs = append(pairs, p)
					}
				}
			}
		}
	}
	for _, p := range pairs {
		for _, m := range p {
			if _, ok := idx[m]; !ok {
				idx[m] = uint32(len(cands))
				cands = append(cands, m)
			}
		}
	}
	if len(pairs) == 0 {
		return
	}
	uf := unionfind.New(len(cands))
	for _, p := range pairs {
		uf.Union(idx[p[0]], idx[p[1]])
	}
	comps := map[uint32][]*mention{}
	var roots []uint32
	for i, m := range cands {
		r := uf.Find(uint32(i))
		if comps[r] == nil {
			roots = append(roots, r)
		}
		comps[r] = append(comps[r], m)
	}
	var bySent map[string][]*mention
	for _, r := range roots {
		sl := comps[r]
		groups := valueGroups(sl)
		conflict := len(groups) >= 2 && distinctVersions(groups)
		if conflict {
			if bySent == nil {
				bySent = bySentence(ms)
			}
			if statesBoth(bySent, groups) {
				continue
			}
		} else if len(groups) >= 2 {
			continue
		}
		s := w.reslot(groups, conflict)
		for _, m := range sl {
			settled[m] = true
		}
		if conflict {
			w.discs = append(w.discs, &finding{
				kind: crosswire.DiscNumber, sev: soleCountSeverity(sl, keys),
				subject: numberSubject(sl),
				sides:   s.groups,
			})
		}
	}
}

// oneMagnitude reports whether two counts are within soleCountSpread of
// each other: a figure changed in the retelling keeps its order of
// magnitude, and counts of one noun an order of magnitude apart are two
// counts (the records taken, the firm's whole customer base), not one
// fact told two ways.
func oneMagnitude(a, b *mention) bool {
	x, y := a.fact.Number.Low, b.fact.Number.Low
	if x > y {
		x, y = y, x
	}
	return x > 0 && y < soleCountSpread*x
}

// startOfChange reports whether a figure is the start of a change: "from"
// right before it, or before its determiner ("a jump from the 100 …").
func startOfChange(m *mention) bool {
	if changeEnd(m) == "from" {
		return true
	}
	ws := text.LastWords(m.art.Text[m.sentStart:m.fact.Span.Start], 2)
	return len(ws) == 2 && ws[0] == "from" && determiners[ws[1]]
}

// countedThingKey is the key checkCountedThings reads a figure by: its
// numberKey with its noun's kind folded (countedKinds), for a count (a
// counted noun, no unit) of no span of time and not the start of a
// change. Counts of people are left out: a story counts the people of
// each of its events (hurt, evacuated, watching, expected), so one count
// of people in each of two versions says nothing of one fact; and so is
// a pronoun read as the noun ("thousands of others"), and "the age of
// N", a person's age at some moment (ages are compared per person).
// Counts below largeFigure are left to their words (checkSoleCounts): a
// story counts many small things of one noun (two cars towed, three cars
// burnt), while at three digits one noun rarely takes a value for two
// things (sameLargeFigure); a version's small counts of the noun (its
// parts: "12 of them") do not stop its large one being its one value. ("400 variants of the <name> malware" says whose variants: not
// measuresPart's part of a span of time.)
func countedThingKey(m *mention, keys map[*mention]string) (string, bool) {
	noun, unit, _ := strings.Cut(keys[m], "|")
	n := m.fact.Number
	if noun == "" || unit != "" || n.Unit != "" || strings.TrimSpace(n.Counted) == "" || timeCounts[singularOf(noun)] || timeCounts[noun] || n.Low < largeFigure {
		return "", false
	}
	if noun == "people" || noun == "age" || text.StopWord(noun) || startOfChange(m) {
		return "", false
	}
	if k := countedKind(noun); k != "" {
		noun = k
	} else {
		noun = singularOf(noun)
	}
	return noun + "|", true
}

// countedPairs returns the pairs of two articles' counts of one thing
// (A's and B's, each in its article's order) that checkCountedThings reads
// as one fact: every pair when each article gives one value; else the
// first counts naming one actor or victim; else a large sole value and
// the one value of the other article that agrees with it.
func (w *work) countedPairs(A, B []*mention) [][2]*mention {
	var out [][2]*mention
	if allAgree(A) && allAgree(B) {
		for _, a := range A {
			for _, b := range B {
				out = append(out, [2]*mention{a, b})
			}
		}
		return out
	}
	if a, b, ok := w.firstNaming(A, B); ok {
		return [][2]*mention{{a, b}}
	}
	one, many := A, B
	if !allAgree(one) {
		one, many = B, A
	}
	if !allAgree(one) || one[0].fact.Number.Low < largeFigure {
		return nil
	}
	var agree []*mention
	for _, m := range many {
		if mentionsAgree(one[0], m) {
			agree = append(agree, m)
		}
	}
	if len(agree) == 0 || !allAgree(agree) || len(agree) == len(many) {
		return nil
	}
	for _, a := range one {
		for _, b := range agree {
			out = append(out, [2]*mention{a, b})
		}
	}
	return out
}

// firstNaming finds an actor or victim (a resolved person or
// organisation) named in the sentence of A's first count that names any
// and in the sentence of B's first count that names it; it returns those
// two counts. Only the first naming counts pair: later counts beside one
// name are its parts or other matters of the same party.
func (w *work) firstNaming(A, B []*mention) (a, b *mention, ok bool) {
	for _, x := range A {
		ex := w.actorsOf(x)
		if len(ex) == 0 {
			continue
		}
		for _, y := range B {
			ey := w.actorsOf(y)
			if len(ey) == 0 {
				continue
			}
			if sharesActor(ex, ey) && w.firstWith(A, x, ey) && w.firstWith(B, y, ex) {
				return x, y, true
			}
		}
	}
	return nil, nil, false
}

// firstWith reports whether no count of ms before m names an actor of
// other.
func (w *work) firstWith(ms []*mention, m *mention, other [][]string) bool {
	for _, p := range ms {
		if p == m {
			return true
		}
		if sharesActor(w.actorsOf(p), other) {
			return false
		}
	}
	return true
}

// sharesActor reports whether two lists of actors' names (each a name's
// lower-cased words) hold one actor: one name, or one name leading the
// other ("<Firm>" and "<Firm> Labs", a maker and its product "<Firm>
// <Product>").
func sharesActor(a, b [][]string) bool {
	for _, x := range a {
		for _, y := range b {
			n := min(len(x), len(y))
			if n > 0 && slices.Equal(x[:n], y[:n]) {
				return true
			}
		}
	}
	return false
}

// actorsOf returns the names (as lower-cased words) of the resolved
// people and organisations named in a mention's sentence, with the
// actors of its sentence's claims that name one (a name opening a
// sentence is often read as the actor of its claim alone: "<Firm> has
// patched …").
func (w *work) actorsOf(m *mention) [][]string {
	k := m.sentenceKey()
	var ids []int
	add := func(e int) {
		if e >= 0 && !slices.Contains(ids, e) {
			ids = append(ids, e)
		}
	}
	for _, kind := range []crosswire.FactKind{crosswire.KindPerson, crosswire.KindOrg} {
		for _, e := range w.byKind[kind] {
			if e.art == m.art && e.sentenceKey() == k {
				add(e.entity)
			}
		}
	}
	for _, c := range w.byKind[crosswire.KindClaim] {
		if c.art == m.art && c.fact.Claim != nil && c.fact.Claim.Actor != "" && c.sentenceKey() == k {
			add(w.entityOf(c.fact.Claim.Actor))
		}
	}
	out := make([][]string, 0, len(ids))
	for _, e := range ids {
		if ws := text.Words(strings.ToLower(w.entities[e].name)); len(ws) > 0 {
			out = append(out, ws)
		}
	}
	return out
}

// sameSetting reports whether two figures may state one fact by what
// surrounds them, whatever their words: one frame, one breakdown, one
// time and one clock event.
func (w *work) sameSetting(frames map[*mention]figureFrame, parts map[*mention]int, a, b *mention) bool {
	return sameFrame(frames[a], frames[b]) && sameBreakdown(parts, a, b) && !w.differentTimes(a, b) && sameClockEvent(a, b)
}

// reslot makes groups (a slot's figures in groups of agreeing values) one
// number slot, taking its figures out of the slots they were in (lone
// figures each had their own), and returns it.
func (w *work) reslot(groups [][]*mention, conflicting bool) *slot {
	in := map[*mention]bool{}
	for _, g := range groups {
		for _, m := range g {
			in[m] = true
		}
	}
	kept := w.slots[:0]
	for _, s := range w.slots {
		if s.kind == crosswire.KindNumber {
			var gs []side
			for _, g := range s.groups {
				if !slices.ContainsFunc(g.ms, func(m *mention) bool { return in[m] }) {
					gs = append(gs, g)
					continue
				}
				// the group's other figures stay where they were
				var rest []*mention
				for _, m := range g.ms {
					if !in[m] {
						rest = append(rest, m)
					}
				}
				if len(rest) > 0 {
					gs = append(gs, w.sideOf(displayValue(rest[0]), rest))
				}
			}
			s.groups = gs
			if len(gs) == 0 {
				continue
			}
		}
		kept = append(kept, s)
	}
	w.slots = kept
	s := &slot{kind: crosswire.KindNumber, conflicting: conflicting}
	for _, g := range groups {
		s.groups = append(s.groups, w.sideOf(displayValue(g[0]), g))
	}
	w.slots = append(w.slots, s)
	return s
}

// boundReach is the largest value "more than x" allows. A writer bounds a
// figure from below by a round figure just under it, one step of the
// bound's leading digit at most: "more than 400" is under 500 (a writer
// with 600 writes "about 600" or "more than 500"), "more than 150" under
// 250, "more than 1,000" under 2,000. Below smallCount a bound is loose
// ("more than 10 people" may be 15), and reaches 2x as before.
func boundReach(x float64) float64 {
	if x < smallCount {
		return 2 * x
	}
	return math.Min(2*x, x+math.Pow(10, math.Floor(math.Log10(x))))
}

// bySentence maps each sentence ("ID:start") to its figures of ms.
func bySentence(ms []*mention) map[string][]*mention {
	out := map[string][]*mention{}
	for _, m := range ms {
		out[m.sentenceKey()] = append(out[m.sentenceKey()], m)
	}
	return out
}
