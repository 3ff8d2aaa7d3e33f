package crosscheck

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosswire"
	"crosswire/text"
)

// Name variants the extractor did not take for people. A two-word name
// ("Ada Quist") that one version writes in a sentence and another version
// writes a letter or two differently in the same sentence ("Ada Quest"),
// or with the given name changed under the same surname in the same
// place ("(Ada Quist)" / "(Mara Quist)"), is one person's name written two
// ways — when neither version writes both forms (a version naming both is
// telling two people apart).

// nameCand is a capitalised two-word sequence of one article.
type nameCand struct {
	art          *crosswire.Article
	given, sur   string // as written
	start, end   int
	before       string // the character before the name, or ""
	ctx          map[string]bool
	sentenceText string
	person       bool // the extractor took it for a person
	possessive   bool // written with a possessive ("Ada Quist's")
	// inRun marks the first two words of three capitalised words ("Ada
	// Quisst Tonight": a name run into a show's title after it), a name
	// only when another version names that person (see variantNames).
	inRun bool
	// initial marks a name opening its sentence, where any word is
	// capitalised: a name only when the extractor took it for a person.
	initial bool
	// translated marks an article that is a translation or derives from
	// one: a translator's garbled name is no misspelling (see variantNames)
	translated bool
}

// nameCands returns the two-word names of an article: two capitalised
// words of letters (the second not all capitals, both at least three
// letters). The first two words of three capitalised words are a
// candidate marked inRun, two opening a sentence one marked initial.
func nameCands(a *crosswire.Article) []nameCand {
	t := a.Text
	sents := text.Of(a)
	type tok struct {
		s, e int
		w    string
	}
	var toks []tok
	for _, r := range letterRuns(t, "'-") {
		toks = append(toks, tok{r[0], r[1], t[r[0]:r[1]]})
	}
	var out []nameCand
	for k := 0; k+1 < len(toks); k++ {
		g, s := toks[k], toks[k+1]
		if t[g.e:s.s] != " " || !titleWord(g.w) || !titleWord(s.w) || strings.ContainsAny(g.w, "'’") {
			continue
		}
		// a possessive is no part of the name: "Ada Quist's" / "Quists'"
		s.w = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(s.w, "'s"), "’s"), "'’")
		s.e = s.s + len(s.w)
		poss := possessiveAt(t, s.e)
		if k > 0 && t[toks[k-1].e:g.s] == " " && titleWord(toks[k-1].w) {
			continue
		}
		// three capitalised words are mostly a title or a place, but may
		// be a name run into a capitalised word after it
		inRun := !poss && k+2 < len(toks) && t[s.e:toks[k+2].s] == " " && titleWord(toks[k+2].w)
		ss, se := sentenceRange(sents, g.s, s.e)
		initial := strings.TrimSpace(t[ss:g.s]) == ""
		before := ""
		if b := strings.TrimRight(t[:g.s], " "); b != "" {
			r, _ := utf8.DecodeLastRuneInString(b)
			before = string(r)
		}
		out = append(out, nameCand{art: a, given: g.w, sur: s.w, start: g.s, end: s.e, before: before,
			ctx: contentSet(t[ss:g.s] + " " + t[s.e:se]), sentenceText: t[ss:se], possessive: poss, inRun: inRun, initial: initial})
	}
	return out
}

// titleWord reports whether w is a capitalised word of three or more
// letters, not all capitals and not a stop word.
func titleWord(w string) bool {
	if utf8.RuneCountInString(w) < 3 || text.StopWord(strings.ToLower(w)) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && strings.ToUpper(w) != w
}

// checkNameVariants reports two-word names written two ways in the same
// sentence of two versions.
func (w *work) checkNameVariants() {
	var all []nameCand
	has := map[string]map[string]bool{}      // article → names it writes
	persons := map[string][]crosswire.Span{} // article → its person mentions
	for _, m := range w.byKind[crosswire.KindPerson] {
		persons[m.art.ID] = append(persons[m.art.ID], m.fact.Span)
	}
	for _, a := range w.firstLanguageArticles() {
		cs := nameCands(a)
		held := newSpanIndex(persons[a.ID])
		for i := range cs {
			held.holding(cs[i].start, cs[i].end, func(int) bool {
				cs[i].person = true
				return false
			})
		}
		// sentence-initial: any word is capitalised there
		cs = slices.DeleteFunc(cs, func(c nameCand) bool { return c.initial && !c.person })
		if w.viaTranslation(a) {
			for i := range cs {
				cs[i].translated = true
			}
		}
		has[a.ID] = map[string]bool{}
		for _, c := range cs {
			has[a.ID][strings.ToLower(c.given+" "+c.sur)] = true
		}
		all = append(all, cs...)
	}
	reported := map[string]bool{}
	for _, d := range w.discs {
		if d.kind != crosswire.DiscName {
			continue
		}
		for _, s := range d.sides {
			reported[strings.ToLower(s.value)] = true
		}
	}
	// bucket by surname's first letter and given name's first letter to
	// keep the comparison near-linear
	bySur := map[string][]int{}
	lower := make([]string, len(all)) // each candidate's name, lower case, once
	class := mentionClasses(all)
	for i, c := range all {
		lower[i] = strings.ToLower(c.given + " " + c.sur)
		k := strings.ToLower(c.sur[:1])
		bySur[k] = append(bySur[k], i)
	}
	// Pairs of distinct names, not of mentions: a name pair that cannot
	// be one name's two spellings is passed over once, and for the others
	// the first pair of mentions (in the order of a scan of every pair)
	// that qualifies is reported.
	for _, idx := range bySur {
		byName := map[string][]int{}     // name → positions in idx
		forms := map[string][]nameCand{} // name → its distinct spellings as written
		spelt := map[[2]string]bool{}
		var names []string
		for k, i := range idx {
			if byName[lower[i]] == nil {
				names = append(names, lower[i])
			}
			byName[lower[i]] = append(byName[lower[i]], k)
			if f := [2]string{all[i].given, all[i].sur}; !spelt[f] {
				spelt[f] = true
				forms[lower[i]] = append(forms[lower[i]], all[i])
			}
		}
		// maybe reads the names alone: whether any spelling of one may
		// be a variant of any spelling of the other.
		maybe := func(np, nq string) bool {
			for _, p := range forms[np] {
				for _, q := range forms[nq] {
					if maybeVariantNames(p, q) {
						return true
					}
				}
			}
			return false
		}
		var hits []pairAt
		for a, np := range names {
			for _, nq := range names[a+1:] {
				if reported[np] || reported[nq] || !maybe(np, nq) {
					continue
				}
				// a mention whose version writes the other name never
				// pairs: left out before the scan (the first pair that
				// holds is the same)
				writes := func(other string) func(int) bool {
					return func(k int) bool { return has[all[idx[k]].art.ID][other] }
				}
				xs := slices.DeleteFunc(slices.Clone(byName[np]), writes(nq))
				ys := slices.DeleteFunc(slices.Clone(byName[nq]), writes(np))
				x, y, ok := w.firstVariantPair(xs, ys, func(k int) int { return class[idx[k]] }, func(x, y int) bool {
					w.namePairsTried++
					p, q := all[idx[x]], all[idx[y]]
					lp, lq := lower[idx[x]], lower[idx[y]]
					return p.art.ID != q.art.ID && !has[p.art.ID][lq] && !has[q.art.ID][lp] && variantNames(p, q)
				})
				if ok {
					hits = append(hits, pairAt{x, y})
				}
			}
		}
		sortPairs(hits)
		for _, h := range hits {
			p, q := all[idx[h.x]], all[idx[h.y]]
			w.discs = append(w.discs, &finding{kind: crosswire.DiscName, sev: crosswire.SeverityMedium,
				subject: "name of " + p.given + " " + p.sur,
				sides: []side{
					{value: p.given + " " + p.sur, spans: []crosswire.Span{{Article: p.art.ID, Text: p.art.Text[p.start:p.end], Start: p.start, End: p.end}}},
					{value: q.given + " " + q.sur, spans: []crosswire.Span{{Article: q.art.ID, Text: q.art.Text[q.start:q.end], Start: q.start, End: q.end}}},
				}})
		}
	}
}

// mentionClasses numbers the name mentions by what variantNames reads of
// them — the name as written, the mark before it, whether it was taken
// for a person and its sentence's content words — so that mentions
// written alike share a number: variantNames gives two mentions of one
// class the same answer against any other mention.
func mentionClasses(all []nameCand) []int {
	ids := map[string]int{}
	out := make([]int, len(all))
	var b strings.Builder
	for i, c := range all {
		b.Reset()
		b.WriteString(c.given)
		b.WriteByte(0)
		b.WriteString(c.sur)
		b.WriteByte(0)
		b.WriteString(c.before)
		if c.person {
			b.WriteString("\x00p")
		}
		if c.possessive {
			b.WriteString("\x00s")
		}
		if c.inRun {
			b.WriteString("\x00r")
		}
		if c.initial {
			b.WriteString("\x00i")
		}
		if c.translated {
			b.WriteString("\x00t")
		}
		for _, w := range slices.Sorted(maps.Keys(c.ctx)) {
			b.WriteByte(0)
			b.WriteString(w)
		}
		k := b.String()
		id, ok := ids[k]
		if !ok {
			id = len(ids)
			ids[k] = id
		}
		out[i] = id
	}
	return out
}

// firstVariantPair is firstPair(xs, ys, ok) — the first pair of a scan of
// every mention with each later mention of the other name — for an ok
// that reads only the two mentions' classes (see mentionClasses), the
// first mention's class always of its own name. Each class is scanned as
// the first of a pair once: a later mention of the same class finds a
// subset of what the earlier found (nothing). Against each class of the
// other name the scan reads only that class's first mention after it.
// The work is the product of the two names' distinct classes, not of
// their mentions; past maxNameContexts classes of one name, the rest are
// not compared (noted).
func (w *work) firstVariantPair(xs, ys []int, class func(int) int, ok func(x, y int) bool) (int, int, bool) {
	type side struct {
		at      map[int][]int // class → its mentions, ascending
		classes []int         // in order of first mention
	}
	group := func(ks []int) side {
		s := side{at: map[int][]int{}}
		capped := false
		for _, k := range ks {
			c := class(k)
			if s.at[c] == nil {
				if len(s.classes) == maxNameContexts {
					capped = true
					continue
				}
				s.classes = append(s.classes, c)
			}
			s.at[c] = append(s.at[c], k)
		}
		if capped {
			w.note("names written two ways not all compared: a name written in over %d distinct sentences; the first %d compared", maxNameContexts, maxNameContexts)
		}
		return s
	}
	sx, sy := group(xs), group(ys)
	scanned := map[int]bool{}
	for a, b := 0, 0; a < len(xs) || b < len(ys); {
		var e int
		other := sy
		if b >= len(ys) || a < len(xs) && xs[a] < ys[b] {
			e = xs[a]
			a++
			if sx.at[class(e)] == nil {
				continue // past the cap
			}
		} else {
			e, other = ys[b], sx
			b++
			if sy.at[class(e)] == nil {
				continue
			}
		}
		if c := class(e); scanned[c] {
			continue
		} else {
			scanned[c] = true
		}
		first := -1
		for _, c := range other.classes {
			ks := other.at[c]
			i, _ := slices.BinarySearch(ks, e+1)
			if i == len(ks) || first >= 0 && ks[i] > first {
				continue
			}
			if ok(e, ks[i]) {
				first = ks[i]
			}
		}
		if first >= 0 {
			return e, first, true
		}
	}
	return 0, 0, false
}

// maybeVariantNames reports whether variantNames can hold for two names
// at all, whatever their sentences: it reads the names alone (lower case,
// accents aside), as variantNames does before it reads the contexts.
func maybeVariantNames(p, q nameCand) bool {
	gp, gq := strings.ToLower(withoutAccents(p.given)), strings.ToLower(withoutAccents(q.given))
	sp, sq := strings.ToLower(withoutAccents(p.sur)), strings.ToLower(withoutAccents(q.sur))
	if gp == gq && sp == sq || gp != gq && (strings.HasPrefix(gp, gq) || strings.HasPrefix(gq, gp)) || usSpelling(gp+" "+sp) == usSpelling(gq+" "+sq) {
		// accents or house spelling aside the same name; a short given
		// name ("Dave" / "David", "Bev" / "Beverley") is the same
		// person's
		return false
	}
	switch {
	case gp == gq && sp != sq:
		// "Grey Lantern" / "Grey Lanterns": one and many
		return sp+"s" != sq && sq+"s" != sp
	case sp == sq && gp != gq:
		// a title in the given name's place ("Lord Quist" / a round
		// trip's "Gentleman Quist") is no given name to compare with
		// one (two titles, "Mr" / "Mrs", still are two people)
		return honorifics[gp] == honorifics[gq]
	}
	return false
}

// sameSentenceScore is how alike (contextScore) two sentences must be,
// names aside, for a name each writes to be the same person's: a sentence
// kept by a version with one name changed, not two sentences about two
// people.
const sameSentenceScore = 0.8

// variantNames reports whether two names in two versions are one name
// written two ways: the same given name and surnames one misspelling
// apart, or the same surname and given names one letter apart, in
// sentences sharing two content words; or the same surname and another
// given name in the same place of sentences sharing three; or the same
// given name and another surname in sentences alike in all else.
func variantNames(p, q nameCand) bool {
	if !maybeVariantNames(p, q) {
		return false
	}
	gp, gq := strings.ToLower(withoutAccents(p.given)), strings.ToLower(withoutAccents(q.given))
	sp, sq := strings.ToLower(withoutAccents(p.sur)), strings.ToLower(withoutAccents(q.sur))
	sh := shared(p.ctx, q.ctx)
	if (p.inRun || q.inRun || p.initial || q.initial) && (p.translated || q.translated) {
		// a name read only for its person, in a translation's words: a
		// translator garbles a name ("O'Quist" / "Or'Quist") as it
		// garbles any word
		return false
	}
	if p.inRun || q.inRun {
		// the first two of three capitalised words are a name only as
		// the misspelling of one the extractor took for a person in the
		// other version, with the given name kept ("Ada Quist's show" /
		// "Ada Quisst Tonight beat …")
		other := q
		if q.inRun {
			other = p
		}
		if p.possessive && possessiveRunIn(q.sur, p.sur) || q.possessive && possessiveRunIn(p.sur, q.sur) {
			return false
		}
		return !(p.inRun && q.inRun) && other.person && gp == gq && sh >= 2 && text.NearMiss(sp, sq)
	}
	// the given name kept and the surname changed in the same sentence,
	// all else alike, both taken for people: the one person of that sentence, named two ways
	// ("Mr Les Blackworth, the victim's neighbour, called …" / "Mr Les
	// Blackfield, the victim's neighbour, called …"). (Another given name
	// under one surname may be a relative: "who plays Mara Lind" / "…
	// Tova Lind" stays apart.)
	sameSentence := p.person && q.person && sh >= 3 && contextScore(p.ctx, q.ctx) >= sameSentenceScore
	switch {
	case gp == gq && sp != sq:
		if p.possessive && possessiveRunIn(q.sur, p.sur) || q.possessive && possessiveRunIn(p.sur, q.sur) {
			return false // "Ada Quist's" / "Ada Quistha": a possessive run in
		}
		return sh >= 2 && text.NearMiss(sp, sq) || sameSentence
	case sp == sq && gp != gq:
		if personMisspelt(p.given+" "+p.sur, q.given+" "+q.sur) {
			return sh >= 2
		}
		// another given name where the other version has one: the same
		// spot ("(Ada Quist)" / "(Mara Quist)") of the same sentence
		// (after a mark of apposition only: "who plays Ada Quist" and
		// "who plays Mara Quist" name two characters)
		return p.before == q.before && strings.Contains("(,:", p.before) && p.before != "" && sh >= 3
	}
	return false
}
