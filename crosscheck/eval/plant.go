package eval

import (
	"fmt"
	"math/rand"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Planted drift kinds (discrepancy kinds the engine must report) and trap
// kinds (paraphrases it must not report at high or medium severity).
const (
	DriftName     = "name"
	DriftRole     = "role"
	DriftNumber   = "number"
	DriftDate     = "date"
	DriftQuote    = "quote"
	DriftClaim    = "claim"
	DriftOutcome  = "outcome"
	DriftInternal = "internal"

	TrapDigitsWords = "digits_words"
	TrapQualifier   = "qualifier"
	TrapRounding    = "rounding"
	TrapAcronym     = "acronym"
	TrapOrgReorder  = "org_reorder"
	TrapDemonym     = "demonym"
	TrapTitleOrder  = "title_reorder"
	TrapTitleShort  = "title_short"
	TrapQuoteReword = "quote_reword"
	TrapUniqueFact  = "unique_detail"
	TrapDropped     = "dropped_sentence"
	TrapSynonyms    = "synonyms"
)

// Drifts and Traps list the kinds in the order they are planted.
var (
	Drifts = []string{DriftName, DriftRole, DriftNumber, DriftDate, DriftQuote, DriftClaim, DriftOutcome, DriftInternal}
	Traps  = []string{TrapDigitsWords, TrapQualifier, TrapRounding, TrapAcronym, TrapOrgReorder, TrapDemonym,
		TrapTitleOrder, TrapTitleShort, TrapQuoteReword, TrapUniqueFact, TrapDropped, TrapSynonyms}
)

// edit changes the base text: [start, end) becomes a in version A and b in
// version B (start == end inserts). key ranges, relative to a and b, are
// the words a discrepancy must quote; [-1,-1] when none.
type edit struct {
	start, end int
	a, b       string
	keyA, keyB [2]int
	plant      int
}

// plan is one story's edits and plants.
type plan struct {
	edits  []edit
	plants []*planted
	// subhead, when set, is a subhead of version B (for internal drifts).
	subhead string
}

// planted is one drift or trap with where it ended up.
type planted struct {
	kind string
	trap bool
	// Ranges in the final texts of A and B (absolute byte offsets).
	inA, inB [][2]int
	// subhead is true when the B side is the subhead.
	subhead bool
	found   bool
	// real is true when the drift was planted in the base article's own
	// sentences rather than in an inserted one.
	real bool
}

// overlaps reports whether [s, e) overlaps an edit already planned.
func (p *plan) overlaps(s, e int) bool {
	for _, ed := range p.edits {
		if ed.start == ed.end {
			if s < ed.start && ed.start < e {
				return true
			}
			continue
		}
		if s < ed.end && ed.start < e {
			return true
		}
	}
	return false
}

func (p *plan) add(kind string, trap bool, eds ...edit) {
	idx := len(p.plants)
	p.plants = append(p.plants, &planted{kind: kind, trap: trap})
	for _, e := range eds {
		e.plant = idx
		p.edits = append(p.edits, e)
	}
}

// build applies the edits to base and returns the texts of A and B with
// the plants' ranges filled in.
func (p *plan) build(base string) (string, string) {
	eds := append([]edit(nil), p.edits...)
	sort.SliceStable(eds, func(i, j int) bool { return eds[i].start < eds[j].start })
	var a, b strings.Builder
	pos := 0
	for _, e := range eds {
		a.WriteString(base[pos:e.start])
		b.WriteString(base[pos:e.start])
		oa, ob := a.Len(), b.Len()
		a.WriteString(e.a)
		b.WriteString(e.b)
		pl := p.plants[e.plant]
		if e.keyA[0] >= 0 {
			pl.inA = append(pl.inA, [2]int{oa + e.keyA[0], oa + e.keyA[1]})
		}
		if e.keyB[0] >= 0 {
			pl.inB = append(pl.inB, [2]int{ob + e.keyB[0], ob + e.keyB[1]})
		}
		pos = e.end
	}
	a.WriteString(base[pos:])
	b.WriteString(base[pos:])
	return a.String(), b.String()
}

// replace is an edit that keeps base[s:e] in A and writes r in B, the whole
// of both being the key.
func replace(base string, s, e int, r string) edit {
	return edit{start: s, end: e, a: base[s:e], b: r, keyA: [2]int{0, e - s}, keyB: [2]int{0, len(r)}}
}

// insertion is an edit that inserts a paragraph into A and one into B at
// position at; keyA/keyB locate the key phrase inside each sentence.
func insertion(at int, sa, sb, keyA, keyB string) edit {
	pa, pb := "\n\n"+sa, "\n\n"+sb
	e := edit{start: at, end: at, a: pa, b: pb, keyA: [2]int{-1, -1}, keyB: [2]int{-1, -1}}
	if keyA != "" {
		if i := strings.Index(pa, keyA); i >= 0 {
			e.keyA = [2]int{i, i + len(keyA)}
		}
	}
	if keyB != "" {
		if i := strings.Index(pb, keyB); i >= 0 {
			e.keyB = [2]int{i, i + len(keyB)}
		}
	}
	if sa == "" {
		e.a = ""
	}
	if sb == "" {
		e.b = ""
	}
	return e
}

// planter plants one kind into a plan; it returns false when the base text
// offers no place for it.
type planter func(g *generator, base string, p *plan) bool

// generator holds what planting needs.
type generator struct {
	rng *rand.Rand
	v   *vocabulary
	// used holds the given names and surnames already planted in the
	// current story: two planted people never share a name.
	used map[string]bool
}

func (g *generator) pick(xs []string) string { return xs[g.rng.Intn(len(xs))] }

// person invents a name whose given name and surname are new to the
// story.
func (g *generator) person() (first, last string) {
	if g.used == nil {
		g.used = map[string]bool{}
	}
	for tries := 0; tries < 50; tries++ {
		first, last = g.pick(g.v.firstNames), g.pick(g.v.surnames)
		if !g.used[first] && !g.used[last] {
			break
		}
	}
	g.used[first], g.used[last] = true, true
	return first, last
}

// paragraphEnd returns a position after a paragraph, for insertions: a
// random paragraph break, else the end of the text.
func (g *generator) paragraphEnd(base string) int {
	var ends []int
	for i := 0; ; {
		j := strings.Index(base[i:], "\n\n")
		if j < 0 {
			break
		}
		ends = append(ends, i+j)
		i += j + 2
	}
	if len(ends) == 0 {
		return len(strings.TrimRight(base, "\n "))
	}
	return ends[g.rng.Intn(len(ends))]
}

// misspell changes one letter of a surname the way typing and hearing
// errors do: a doubled or dropped letter, two letters swapped, a vowel
// replaced, a letter added at the end.
func (g *generator) misspell(s string) string {
	r := []rune(s)
	for tries := 0; tries < 10; tries++ {
		out := append([]rune(nil), r...)
		i := 1 + g.rng.Intn(len(r)-2)
		switch g.rng.Intn(5) {
		case 0: // double
			out = append(out[:i+1], out[i:]...)
		case 1: // drop
			out = append(out[:i], out[i+1:]...)
		case 2: // swap
			out[i], out[i+1] = out[i+1], out[i]
		case 3: // vowel
			vs := "aeiou"
			if strings.ContainsRune(vs, out[i]) {
				out[i] = rune(vs[(strings.IndexRune(vs, out[i])+1+g.rng.Intn(4))%5])
			} else {
				continue
			}
		case 4: // append
			out = append(out, rune("tnse"[g.rng.Intn(4)]))
		}
		if string(out) != s {
			return string(out)
		}
	}
	return s + "t"
}

// --- drifts ---------------------------------------------------------------

// realNameRe finds a person written with an honorific ("Mr Brown") —
// evidence that the surname is a person's.
var realNameRe = regexp.MustCompile(`\b(?:Mr|Mrs|Ms|Dr) ([A-Z][a-z]{3,})\b`)

// plantRealName misspells a real person's surname everywhere in version
// B: a surname written after an honorific somewhere in the text.
func plantRealName(g *generator, base string, p *plan) bool {
	ms := realNameRe.FindAllStringSubmatch(base, -1)
	if len(ms) == 0 {
		return false
	}
	last := ms[g.rng.Intn(len(ms))][1]
	bad := g.misspell(last)
	re := regexp.MustCompile(`\b` + regexp.QuoteMeta(last) + `\b`)
	var eds []edit
	for _, loc := range re.FindAllStringIndex(base, -1) {
		if p.overlaps(loc[0], loc[1]) {
			return false
		}
		eds = append(eds, replace(base, loc[0], loc[1], bad))
	}
	p.add(DriftName, false, eds...)
	p.plants[len(p.plants)-1].real = true
	return true
}

func plantName(g *generator, base string, p *plan) bool {
	if g.rng.Intn(2) == 0 && plantRealName(g, base, p) {
		return true
	}
	first, last := g.person()
	bad := g.misspell(last)
	at := g.paragraphEnd(base)
	templates := []string{
		"%s %s, a spokesperson for the regional council, said the figures were being checked.",
		"The plan was drawn up by %s %s, who has led the project since its launch.",
		"Opposition politician %s %s called for an independent inquiry into the matter.",
	}
	t := g.pick(templates)
	sa, sb := fmt.Sprintf(t, first, last), fmt.Sprintf(t, first, bad)
	p.add(DriftName, false, insertion(at, sa, sb, first+" "+last, first+" "+bad))
	return true
}

// plantRealRole changes the portfolio of a real title ("Trade Secretary"
// → "Energy Secretary") in version B.
func plantRealRole(g *generator, base string, p *plan) bool {
	re := regexp.MustCompile(`\b(` + strings.Join(g.v.portfolios, "|") + `) (Minister|Secretary)\b`)
	locs := re.FindAllStringSubmatchIndex(base, -1)
	if len(locs) == 0 {
		return false
	}
	loc := locs[g.rng.Intn(len(locs))]
	old := base[loc[2]:loc[3]]
	np := old
	for np == old {
		np = g.pick(g.v.portfolios)
	}
	if p.overlaps(loc[0], loc[1]) {
		return false
	}
	p.add(DriftRole, false, replace(base, loc[0], loc[1], np+" "+base[loc[4]:loc[5]]))
	p.plants[len(p.plants)-1].real = true
	return true
}

func plantRole(g *generator, base string, p *plan) bool {
	if g.rng.Intn(2) == 0 && plantRealRole(g, base, p) {
		return true
	}
	first, last := g.person()
	p1 := g.pick(g.v.portfolios)
	p2 := p1
	for p2 == p1 {
		p2 = g.pick(g.v.portfolios)
	}
	head := g.pick([]string{"Minister", "Secretary"})
	t := g.pick([]string{
		"%s %s %s %s said the measures would be reviewed next month.",
		"%s %s %s %s is expected to present the proposals to parliament.",
	})
	sa := fmt.Sprintf(t, p1, head, first, last)
	sb := fmt.Sprintf(t, p2, head, first, last)
	p.add(DriftRole, false, insertion(g.paragraphEnd(base), sa, sb, p1+" "+head, p2+" "+head))
	return true
}

// figureRe finds "N nouns": a figure followed by a lower-case plural word.
var figureRe = regexp.MustCompile(`(?:^|[\s(])(\d{1,3}(?:,\d{3})+|\d{2,6})\s([a-z]{3,}s)\b`)

func formatInt(n int) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// realFigures returns the figures of base that count something and are
// not years or money.
func realFigures(base string) [][]int {
	var out [][]int
	for _, m := range figureRe.FindAllStringSubmatchIndex(base, -1) {
		num := base[m[2]:m[3]]
		n, _ := strconv.Atoi(strings.ReplaceAll(num, ",", ""))
		if !strings.Contains(num, ",") && n >= 1900 && n <= 2100 {
			continue
		}
		if m[2] > 0 && strings.ContainsAny(base[m[2]-1:m[2]], "$£€.") {
			continue
		}
		// Not a bound of a range ("110 to 135 passengers"): changing one
		// bound leaves ranges that overlap, which agree.
		before := strings.ToLower(base[max(0, m[2]-5):m[2]])
		if strings.HasSuffix(before, "to ") || strings.HasSuffix(before, "and ") || strings.HasSuffix(before, "-") {
			continue
		}
		out = append(out, m)
	}
	return out
}

func plantNumber(g *generator, base string, p *plan) bool {
	figs := realFigures(base)
	g.rng.Shuffle(len(figs), func(i, j int) { figs[i], figs[j] = figs[j], figs[i] })
	for _, m := range figs {
		if p.overlaps(m[2], m[3]) {
			continue
		}
		n, _ := strconv.Atoi(strings.ReplaceAll(base[m[2]:m[3]], ",", ""))
		factor := []int{3, 10}[g.rng.Intn(2)]
		p.add(DriftNumber, false, replace(base, m[2], m[3], formatInt(n*factor)))
		p.plants[len(p.plants)-1].real = true
		return true
	}
	// No figure in the text: plant one.
	n := 20 + g.rng.Intn(900)
	noun, part := g.pick(g.v.nouns), g.pick(g.v.participles)
	t := "Officials said %s %s had been %s by the end of the week."
	sa := fmt.Sprintf(t, formatInt(n), noun, part)
	sb := fmt.Sprintf(t, formatInt(n*10), noun, part)
	p.add(DriftNumber, false, insertion(g.paragraphEnd(base), sa, sb, formatInt(n)+" "+noun, formatInt(n*10)+" "+noun))
	return true
}

var yearRe = regexp.MustCompile(`\b(?:in|since|until|by|from|during|of) ((?:19|20)\d\d)\b`)

func plantDate(g *generator, base string, p *plan) bool {
	ms := yearRe.FindAllStringSubmatchIndex(base, -1)
	g.rng.Shuffle(len(ms), func(i, j int) { ms[i], ms[j] = ms[j], ms[i] })
	shift := []int{-2, -1, 1, 2}[g.rng.Intn(4)]
	for _, m := range ms {
		if p.overlaps(m[2], m[3]) {
			continue
		}
		y, _ := strconv.Atoi(base[m[2]:m[3]])
		p.add(DriftDate, false, replace(base, m[2], m[3], strconv.Itoa(y+shift)))
		p.plants[len(p.plants)-1].real = true
		return true
	}
	y := 1990 + g.rng.Intn(30)
	t := "The scheme was first proposed in %d, according to the report."
	sa, sb := fmt.Sprintf(t, y), fmt.Sprintf(t, y+shift)
	p.add(DriftDate, false, insertion(g.paragraphEnd(base), sa, sb, strconv.Itoa(y), strconv.Itoa(y+shift)))
	return true
}

var auxRe = regexp.MustCompile(`\b(is|are|was|were|will|would|can|could|should|has|have|had|must)\b`)

var negRe = regexp.MustCompile(`\b(not|never)\s`)

// quotes returns the quotations of base as submatch-style index pairs
// ([0:2] the quote with marks, [2:4] inside): straight double quotes
// paired in order within each paragraph.
func quotes(base string) [][]int {
	var out [][]int
	pstart := 0
	for pstart < len(base) {
		pend := strings.Index(base[pstart:], "\n")
		if pend < 0 {
			pend = len(base)
		} else {
			pend += pstart
		}
		var marks []int
		for i := pstart; i < pend; i++ {
			if base[i] == '"' {
				marks = append(marks, i)
			}
		}
		for k := 0; k+1 < len(marks); k += 2 {
			s, e := marks[k]+1, marks[k+1]
			if e-s >= 20 && e-s <= 400 {
				out = append(out, []int{marks[k], e + 1, s, e})
			}
		}
		pstart = pend + 1
	}
	return out
}

func plantQuote(g *generator, base string, p *plan) bool {
	qs := quotes(base)
	g.rng.Shuffle(len(qs), func(i, j int) { qs[i], qs[j] = qs[j], qs[i] })
	for _, q := range qs {
		s, e := q[2], q[3]
		if p.overlaps(s, e) {
			continue
		}
		inner := base[s:e]
		// An evaluative word turned into its opposite.
		for _, w := range wordsOf(inner) {
			if opp, ok := g.v.evaluative[strings.ToLower(w.text)]; ok {
				ws, we := s+w.start, s+w.end
				p.add(DriftQuote, false, edit{start: s, end: e, a: inner,
					b:    base[s:ws] + matchCase(base[ws:we], opp) + base[we:e],
					keyA: [2]int{0, len(inner)}, keyB: [2]int{0, len(inner) - (we - ws) + len(opp)}})
				p.plants[len(p.plants)-1].real = true
				return true
			}
		}
		// A negation removed, or added after the first auxiliary.
		if m := negRe.FindStringIndex(inner); m != nil {
			b := inner[:m[0]] + inner[m[1]:]
			p.add(DriftQuote, false, edit{start: s, end: e, a: inner, b: b, keyA: [2]int{0, len(inner)}, keyB: [2]int{0, len(b)}})
			p.plants[len(p.plants)-1].real = true
			return true
		}
		if m := auxRe.FindStringIndex(inner); m != nil {
			b := inner[:m[1]] + " not" + inner[m[1]:]
			p.add(DriftQuote, false, edit{start: s, end: e, a: inner, b: b, keyA: [2]int{0, len(inner)}, keyB: [2]int{0, len(b)}})
			p.plants[len(p.plants)-1].real = true
			return true
		}
	}
	first, last := g.person()
	adj := g.pick(keys(g.v.evaluative))
	t := `"The decision is %s for everyone who works here," said %s %s.`
	sa := fmt.Sprintf(t, adj, first, last)
	sb := fmt.Sprintf(t, g.v.evaluative[adj], first, last)
	p.add(DriftQuote, false, insertion(g.paragraphEnd(base), sa, sb, "The decision is "+adj, "The decision is "+g.v.evaluative[adj]))
	return true
}

func plantOutcome(g *generator, base string, p *plan) bool {
	o := g.v.opposed[g.rng.Intn(len(g.v.opposed))]
	actor, pastA, pastB, baseA, target := o[0], o[1], o[2], o[3], o[4]
	t := "%s %s %s on Thursday, officials said."
	sa := fmt.Sprintf(t, actor, pastA, target)
	var sb, kb string
	if g.rng.Intn(2) == 0 {
		sb, kb = fmt.Sprintf(t, actor, pastB, target), pastB
	} else {
		sb, kb = fmt.Sprintf(t, actor, "did not "+baseA, target), "did not "+baseA
	}
	p.add(DriftOutcome, false, insertion(g.paragraphEnd(base), sa, sb, pastA, kb))
	return true
}

func plantClaim(g *generator, base string, p *plan) bool {
	o := g.v.opposed[g.rng.Intn(len(g.v.opposed))]
	f1, l1 := g.person()
	f2, l2 := g.person()
	for l2 == l1 {
		f2, l2 = g.person()
	}
	// Who did it: two named people, each introduced in both versions, so
	// the only difference is who is said to have acted.
	intro := fmt.Sprintf("%s %s and %s %s both sit on the board.", f1, l1, f2, l2)
	t := "%s %s %s %s on Thursday, the board said."
	sa := intro + " " + fmt.Sprintf(t, f1, l1, o[1], o[4])
	sb := intro + " " + fmt.Sprintf(t, f2, l2, o[1], o[4])
	ka := fmt.Sprintf("%s %s %s", f1, l1, o[1])
	kb := fmt.Sprintf("%s %s %s", f2, l2, o[1])
	e := insertion(g.paragraphEnd(base), sa, sb, "", "")
	ia, ib := strings.LastIndex(e.a, ka), strings.LastIndex(e.b, kb)
	e.keyA, e.keyB = [2]int{ia, ia + len(ka)}, [2]int{ib, ib + len(kb)}
	p.add(DriftClaim, false, e)
	return true
}

func plantInternal(g *generator, base string, p *plan) bool {
	figs := realFigures(base)
	for _, m := range figs {
		n, _ := strconv.Atoi(strings.ReplaceAll(base[m[2]:m[3]], ",", ""))
		noun := base[m[4]:m[5]]
		if p.overlaps(m[2], m[5]) {
			continue
		}
		p.subhead = fmt.Sprintf("%s %s", formatInt(n*10), noun)
		// The body figure is the key on the B side; A is unchanged.
		e := edit{start: m[2], end: m[5], a: base[m[2]:m[5]], b: base[m[2]:m[5]], keyA: [2]int{-1, -1}, keyB: [2]int{0, m[5] - m[2]}}
		p.add(DriftInternal, false, e)
		p.plants[len(p.plants)-1].subhead = true
		return true
	}
	n := 20 + g.rng.Intn(900)
	noun, part := g.pick(g.v.nouns), g.pick(g.v.participles)
	s := fmt.Sprintf("Officials said %s %s had been %s by the end of the week.", formatInt(n), noun, part)
	p.subhead = fmt.Sprintf("%s %s %s", formatInt(n*10), noun, part)
	e := insertion(g.paragraphEnd(base), s, s, "", formatInt(n)+" "+noun)
	p.add(DriftInternal, false, e)
	p.plants[len(p.plants)-1].subhead = true
	return true
}

// --- traps ----------------------------------------------------------------

var smallFigureRe = regexp.MustCompile(`(?:^|\s)(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s([a-z]{3,}s)\b`)

func trapDigitsWords(g *generator, base string, p *plan) bool {
	for _, m := range smallFigureRe.FindAllStringSubmatchIndex(base, -1) {
		w := base[m[2]:m[3]]
		r, ok := g.v.numberWords[w]
		if !ok {
			r, ok = g.v.wordNumbers[w]
		}
		if !ok || p.overlaps(m[2], m[5]) {
			continue
		}
		e := replace(base, m[2], m[3], r)
		e.keyA, e.keyB = [2]int{0, len(w)}, [2]int{0, len(r)}
		p.add(TrapDigitsWords, true, e)
		return true
	}
	return false
}

var qualifiedRe = regexp.MustCompile(`\b(more than|over|about|around|nearly|almost|some) (\d{1,3}(?:,\d{3})+|\d+)\b`)

func trapQualifier(g *generator, base string, p *plan) bool {
	for _, m := range qualifiedRe.FindAllStringSubmatchIndex(base, -1) {
		q := base[m[2]:m[3]]
		r, ok := g.v.qualifiers[q]
		if !ok || p.overlaps(m[0], m[1]) {
			continue
		}
		p.add(TrapQualifier, true, replace(base, m[0], m[1], r+base[m[3]:m[1]]))
		return true
	}
	return false
}

var preciseRe = regexp.MustCompile(`(?:^|\s)(\d{1,3}),(\d{3})\s([a-z]{3,}s)\b`)

func trapRounding(g *generator, base string, p *plan) bool {
	for _, m := range preciseRe.FindAllStringSubmatchIndex(base, -1) {
		hi, _ := strconv.Atoi(base[m[2]:m[3]])
		lo, _ := strconv.Atoi(base[m[4]:m[5]])
		if lo%100 == 0 || p.overlaps(m[2], m[5]) {
			continue
		}
		n := hi*1000 + lo
		r := "about " + formatInt((n+50)/100*100)
		p.add(TrapRounding, true, replace(base, m[2], m[5], r))
		return true
	}
	return false
}

func trapAcronym(g *generator, base string, p *plan) bool {
	a := g.v.agencies[g.rng.Intn(len(g.v.agencies))]
	t := "The %s said it would publish its findings in the spring."
	sa := fmt.Sprintf(t, a[0]+" ("+a[1]+")")
	sb := fmt.Sprintf(t, a[1])
	p.add(TrapAcronym, true, insertion(g.paragraphEnd(base), sa, sb, a[0], a[1]))
	return true
}

func trapOrgReorder(g *generator, base string, p *plan) bool {
	o := g.pick(g.v.offices)
	la, lb := "Office of the "+o, o+"'s Office"
	t := "The %s declined to comment on the case."
	p.add(TrapOrgReorder, true, insertion(g.paragraphEnd(base), fmt.Sprintf(t, la), fmt.Sprintf(t, lb), la, lb))
	return true
}

func trapDemonym(g *generator, base string, p *plan) bool {
	d := g.v.demonyms[g.rng.Intn(len(g.v.demonyms))]
	sa := d[1] + " officials welcomed the decision on Friday."
	sb := "Officials from " + d[0] + " welcomed the decision on Friday."
	p.add(TrapDemonym, true, insertion(g.paragraphEnd(base), sa, sb, d[1], d[0]))
	return true
}

func trapTitleOrder(g *generator, base string, p *plan) bool {
	first, last := g.person()
	pf := g.pick(g.v.portfolios)
	name := first + " " + last
	sa := fmt.Sprintf("%s Minister %s said talks would continue next week.", pf, name)
	sb := fmt.Sprintf("%s, the Minister of %s, said talks would continue next week.", name, pf)
	p.add(TrapTitleOrder, true, insertion(g.paragraphEnd(base), sa, sb, pf+" Minister "+name, name+", the Minister of "+pf))
	return true
}

func trapTitleShort(g *generator, base string, p *plan) bool {
	first, last := g.person()
	pf := g.pick(g.v.portfolios)
	name := first + " " + last
	sa := fmt.Sprintf("Deputy %s Minister %s visited the site on Tuesday.", pf, name)
	sb := fmt.Sprintf("Deputy Minister %s visited the site on Tuesday.", name)
	p.add(TrapTitleShort, true, insertion(g.paragraphEnd(base), sa, sb, "Deputy "+pf+" Minister "+name, "Deputy Minister "+name))
	return true
}

func trapQuoteReword(g *generator, base string, p *plan) bool {
	for _, q := range quotes(base) {
		s, e := q[2], q[3]
		if p.overlaps(s, e) {
			continue
		}
		inner := base[s:e]
		for _, w := range wordsOf(inner) {
			syn, ok := g.v.synonyms[strings.ToLower(w.text)]
			if !ok {
				continue
			}
			ws, we := s+w.start, s+w.end
			b := base[s:ws] + matchCase(base[ws:we], syn) + base[we:e]
			p.add(TrapQuoteReword, true, edit{start: s, end: e, a: inner, b: b, keyA: [2]int{0, len(inner)}, keyB: [2]int{0, len(b)}})
			return true
		}
	}
	return false
}

func trapUniqueDetail(g *generator, base string, p *plan) bool {
	first, last := g.person()
	n := 3 + g.rng.Intn(30)
	sb := fmt.Sprintf("%s %s, who has worked in the sector for %d years, welcomed the news.", first, last, n)
	e := insertion(g.paragraphEnd(base), "", sb, "", sb)
	p.add(TrapUniqueFact, true, e)
	return true
}

// sentenceRe finds a whole sentence inside a paragraph.
var sentenceRe = regexp.MustCompile(`(?:^|\. )([A-Z][^.\n"]{30,300}\.)(?:\s|$)`)

// trapDropped leaves one real sentence out of version B: a detail only
// one version gives.
func trapDropped(g *generator, base string, p *plan) bool {
	locs := sentenceRe.FindAllStringSubmatchIndex(base, -1)
	g.rng.Shuffle(len(locs), func(i, j int) { locs[i], locs[j] = locs[j], locs[i] })
	for _, m := range locs {
		s, e := m[2], m[3]
		if e < len(base) && base[e] == ' ' {
			e++
		}
		if p.overlaps(s, e) {
			continue
		}
		p.add(TrapDropped, true, edit{start: s, end: e, a: base[s:e], b: "", keyA: [2]int{0, e - s}, keyB: [2]int{-1, -1}})
		return true
	}
	return false
}

// trapSynonyms rewords up to three words of version B outside quotations
// with synonyms.
func trapSynonyms(g *generator, base string, p *plan) bool {
	inQuote := make([]bool, len(base)+1)
	for _, q := range quotes(base) {
		for i := q[0]; i < q[1]; i++ {
			inQuote[i] = true
		}
	}
	var eds []edit
	for _, w := range wordsOf(base) {
		syn, ok := g.v.synonyms[strings.ToLower(w.text)]
		if !ok || inQuote[w.start] || p.overlaps(w.start, w.end) || g.rng.Intn(2) == 0 {
			continue
		}
		eds = append(eds, replace(base, w.start, w.end, matchCase(w.text, syn)))
		if len(eds) == 3 {
			break
		}
	}
	if len(eds) == 0 {
		return false
	}
	p.add(TrapSynonyms, true, eds...)
	return true
}

// planters maps each kind to its planter.
var planters = map[string]planter{
	DriftName: plantName, DriftRole: plantRole, DriftNumber: plantNumber, DriftDate: plantDate,
	DriftQuote: plantQuote, DriftClaim: plantClaim, DriftOutcome: plantOutcome, DriftInternal: plantInternal,
	TrapDigitsWords: trapDigitsWords, TrapQualifier: trapQualifier, TrapRounding: trapRounding,
	TrapAcronym: trapAcronym, TrapOrgReorder: trapOrgReorder, TrapDemonym: trapDemonym,
	TrapTitleOrder: trapTitleOrder, TrapTitleShort: trapTitleShort, TrapQuoteReword: trapQuoteReword,
	TrapUniqueFact: trapUniqueDetail, TrapDropped: trapDropped, TrapSynonyms: trapSynonyms,
}

// word is a word of a text with its byte range.
type word struct {
	text       string
	start, end int
}

var wordRe = regexp.MustCompile(`[A-Za-z]+`)

// wordsOf returns the words of s with their byte ranges.
func wordsOf(s string) []word {
	var out []word
	for _, m := range wordRe.FindAllStringIndex(s, -1) {
		out = append(out, word{s[m[0]:m[1]], m[0], m[1]})
	}
	return out
}

func matchCase(orig, r string) string {
	if orig != "" && orig[0] >= 'A' && orig[0] <= 'Z' && r != "" {
		return strings.ToUpper(r[:1]) + r[1:]
	}
	return r
}

func keys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
