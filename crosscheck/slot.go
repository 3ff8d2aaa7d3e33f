package crosscheck

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosswire"
	"crosswire/facts"
	"crosswire/text"
)

// Slots of one subject. Versions that reword a story share few words
// around a figure ("bought a £500,000 home" and "moved into a £600,000
// home in the village"), so aligning figures on their sentences misses
// them. What makes two figures one fact is the subject and slot they
// fill: the price of the home, the age of one person. This file finds
// such slots from general signals of English news copy:
//
//   - an amount's head noun ("a £600,000 home", "his £10 million
//     contract"): when each of two versions states one amount for that
//     noun, the amounts are the same slot unless a different owner is
//     named before them ("Keller's £1m deal");
//   - a person's age: "Ada Quist, 34," and "the 34-year-old" (the person
//     named last before it), linked to the resolved person;
//   - the numbers of a numbered list ("1. … 2. …") are positions, never
//     figures.

// bareFigure reports whether a figure has no unit, counted noun or
// qualifier: a plain integer.
func bareFigure(n *crosswire.Number) bool {
	return n.Counted == "" && n.Unit == "" && n.Qualifier == "" && n.Low == n.High && n.Low == math.Trunc(n.Low)
}

// listMarkers returns the figures that number the items of a list: a
// small bare integer opening its paragraph and followed by "." or ")"
// ("1. The first item"), or one of a run of three or more consecutive
// bare integers in one sentence ("1 Alpha 2 Beta 3 Gamma").
func listMarkers(ms []*mention) map[*mention]bool {
	out := map[*mention]bool{}
	bySent := map[string][]*mention{}
	for _, m := range ms {
		n := m.fact.Number
		if !bareFigure(n) || n.Low < 0 || n.Low > 100 {
			continue
		}
		t := m.art.Text
		s, e := m.fact.Span.Start, m.fact.Span.End
		if e < len(t) && (t[e] == '.' || t[e] == ')') && paragraphStart(t, s) {
			out[m] = true
		}
		bySent[m.sentenceKey()] = append(bySent[m.sentenceKey()], m)
	}
	for _, group := range bySent {
		if len(group) < 3 {
			continue
		}
		vals := map[int]bool{}
		for _, m := range group {
			vals[int(m.fact.Number.Low)] = true
		}
		for _, m := range group {
			v := int(m.fact.Number.Low)
			// a run of three holding v
			if vals[v-1] && vals[v+1] || vals[v+1] && vals[v+2] || vals[v-1] && vals[v-2] {
				out[m] = true
			}
		}
	}
	return out
}

// paragraphStart reports whether only spaces separate offset s from the
// start of its paragraph.
func paragraphStart(t string, s int) bool {
	for i := s - 1; i >= 0; i-- {
		switch t[i] {
		case '\n':
			return true
		case ' ', '\t':
		default:
			return false
		}
	}
	return true
}

// amountHead is the noun an amount is the value of, read right after the
// figure: "a £600,000 home" → "home", "#2.5 million Victorian mansion" →
// "mansion" (one capitalised modifier skipped). "" when the next word is
// not a plain lower-case noun ("£5m in a deal", "£5m, the").
func amountHead(m *mention) string {
	t := m.art.Text
	i := m.fact.Span.End
	if h, ok := inAHead(t, i); ok {
		return h
	}
	for skip := 0; skip < 2; skip++ {
		for i < len(t) && t[i] == ' ' {
			i++
		}
		j := i
		for j < len(t) {
			r, n := utf8.DecodeRuneInString(t[j:])
			if !unicode.IsLetter(r) && r != '-' {
				break
			}
			j += n
		}
		w := t[i:j]
		if w == "" {
			return ""
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			if skip == 0 && j < len(t) && t[j] == ' ' {
				i = j
				continue
			}
			return ""
		}
		lw := strings.ToLower(w)
		if len(lw) < 3 || text.StopWord(lw) || measureWords[lw] || strings.HasSuffix(lw, "ly") || strings.HasSuffix(lw, "ing") {
			return ""
		}
		return stem(lw)
	}
	return ""
}

// measureVerbs link a thing to its measure: "the archive is 290 GB",
// "weighs in at 302.4GB", "measures 40 metres".
var measureVerbs = setOf(`is was are were weighs weighed weigh measures measured measure totals totalled totaled stands stood`)

// measuredSubject is the noun a measure is of when the noun is the subject
// of its clause and a linking verb stands between ("the stolen archive
// weighs in at 302.4GB", "the archive is 290 gigabytes in size"):
// a noun after a determiner (two modifiers between allowed), the
// verb, then "in at"/"at" and the figure (its qualifier in its span). ""
// when the words before the figure are not so.
func measuredSubject(m *mention) string {
	ws := text.Words(strings.ToLower(m.art.Text[m.sentStart:m.fact.Span.Start]))
	k := len(ws) - 1
	if k >= 0 && ws[k] == "at" {
		k--
		if k >= 0 && ws[k] == "in" {
			k--
		}
	}
	if k < 1 || !measureVerbs[ws[k]] {
		return ""
	}
	k--
	noun := ws[k]
	if len(noun) < 3 || text.StopWord(noun) || measureWords[noun] || strings.HasSuffix(noun, "ly") || strings.HasSuffix(noun, "ing") {
		return ""
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if determiners[ws[j]] {
			return stem(noun)
		}
	}
	return ""
}

// inAHead reads "in a four-year contract" after an amount ("earned £5m
// in a four-year contract"): the amount is the value of the noun that
// ends the phrase (up to two lower-case modifiers before it). ok is false
// when the text at i is not "in a"/"in an".
func inAHead(t string, i int) (string, bool) {
	rest := strings.TrimLeft(t[i:], " ")
	var after string
	switch {
	case strings.HasPrefix(rest, "in a "):
		after = rest[len("in a "):]
	case strings.HasPrefix(rest, "in an "):
		after = rest[len("in an "):]
	default:
		return "", false
	}
	end := strings.IndexFunc(after, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != ' ' })
	if end < 0 {
		end = len(after)
	}
	ws := strings.Fields(after[:end])
	head := ""
	for k, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		lw := strings.ToLower(w)
		if k > 2 || unicode.IsUpper(r) || text.StopWord(lw) {
			break
		}
		head = lw
	}
	if len(head) < 3 || strings.Contains(head, "-") || measureWords[head] || strings.HasSuffix(head, "ly") || strings.HasSuffix(head, "ing") {
		return "", true
	}
	return stem(head), true
}

// possessor is the name that owns a figure, written right before it:
// "Keller's £1m deal" → "keller"; "" when none.
func possessor(m *mention) string {
	t := m.art.Text[:m.fact.Span.Start]
	t = strings.TrimRight(t, " ")
	for _, suf := range []string{"'s", "’s"} {
		if strings.HasSuffix(t, suf) {
			ws := text.Words(t[:len(t)-len(suf)])
			if len(ws) > 0 {
				return ws[len(ws)-1]
			}
		}
	}
	return ""
}

// timeCounts are counted nouns of durations and ages: many spans of time
// are told in one story (how long ago, for how long, since when), so one
// per version is no sign of one slot.
var timeCounts = setOf(`year month week day hour minute second decade century time`)

// figureKeys returns the alignment key of every figure: its counted noun
// and unit (numberKey), or for an amount with no counted noun, the noun
// it is the value of ("home|gbp").
func figureKeys(ms []*mention) map[*mention]string {
	keys := make(map[*mention]string, len(ms))
	for _, m := range ms {
		n := m.fact.Number
		k := numberKey(n)
		if strings.EqualFold(n.Counted, "strong") {
			// "a 5,000-strong crowd": the crowd is counted
			if h := amountHead(m); h != "" {
				c := h
				if f, ok := countedClass[h]; ok {
					c = f
				}
				k = c + "|" + unitKey(n.Unit)
			}
		} else if n.Counted == "" && n.Unit != "" && n.Unit != "%" {
			h := amountHead(m)
			if h == "" && unitSizes[strings.ToLower(n.Unit)].dimension != "" {
				h = measuredSubject(m)
			}
			if h != "" {
				k = h + "|" + unitKey(n.Unit)
			}
		}
		keys[m] = k
	}
	return keys
}

// soleSlots marks the amounts that are the only value their article gives
// for the thing they are the value of (amounts that agree count as one):
// one version's one price of "the home" and another's are the same slot.
// Counts of people or things are not: a story counts the people of
// several events ("14 people were killed", "2,300 people fled").
func soleSlots(ms []*mention, keys map[*mention]string) map[*mention]bool {
	return soleBy(ms, keys, func(m *mention, noun, unit string) bool {
		return noun != "" && unit != "" && unit != "%" && (m.fact.Number.Counted == "" || namedSlot(m)) && !timeCounts[noun]
	})
}

// namedSlot reports whether an amount's counted noun names the slot the
// amount fills: "<noun> of <amount>" (ofSlot) or a valuation written
// before the amount (valuedSlot).
func namedSlot(m *mention) bool { return ofSlot(m) || valuedSlot(m) }

// valuedSlot reports whether an amount's counted noun was read before its
// span, as facts reads a valuation ("damage estimated at £5m", "put the
// damage at £5 million", "the deal was valued at $3bn"): the noun is
// among the few words before the amount in its sentence, and the span
// holds the amount alone. A noun read from a compound ("£5m-a-year") is
// not before it.
func valuedSlot(m *mention) bool {
	n := m.fact.Number
	cs := text.Words(strings.ToLower(n.Counted))
	if len(cs) == 0 || !facts.IsCurrency(n.Unit) {
		return false
	}
	head := singularOf(cs[len(cs)-1])
	if strings.Contains(strings.ToLower(m.fact.Span.Text), head) {
		return false
	}
	from := max(m.sentStart, m.fact.Span.Start-80)
	ws := text.Words(strings.ToLower(m.art.Text[from:m.fact.Span.Start]))
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-5; k-- {
		if singularOf(ws[k]) == head {
			return true
		}
	}
	return false
}

// ofSlot reports whether an amount is written as the value of the noun
// before it, "<noun> of <amount>" ("a dividend of 0.85 euros", "a ransom
// of $2m"): its counted noun names the slot the amount fills, as the noun
// after "a £600,000 home" does.
func ofSlot(m *mention) bool {
	before, _, ok := strings.Cut(strings.ToLower(m.fact.Span.Text), " of ")
	if !ok || before == "" || strings.IndexFunc(before, unicode.IsDigit) >= 0 {
		return false
	}
	ws, cs := text.Words(before), text.Words(strings.ToLower(m.fact.Number.Counted))
	return len(ws) > 0 && len(cs) > 0 && singularOf(ws[len(ws)-1]) == singularOf(cs[len(cs)-1])
}

// soleCounts marks the counts (a counted noun, no unit: "45 minutes",
// "6,000 fans", "ten years") that are the only value their article gives
// for that noun, figures that agree counting as one. Two versions' sole
// counts of one noun may be one slot told with different words ("played
// just 45 minutes" / "a thumping 70 minutes it made"); checkNumbers
// aligns them only on sentences sharing a word, and reports them low.
func soleCounts(ms []*mention, keys map[*mention]string) map[*mention]bool {
	return soleBy(ms, keys, func(m *mention, noun, unit string) bool {
		return noun != "" && unit == "" && m.fact.Number.Counted != "" && !measuresPart(m)
	})
}

// measuresPart reports whether a count is followed by "of" and a named or
// determined thing it measures ("three minutes of the opening song",
// "40 years of the club", "two minutes of “Anthem”"): it counts that
// thing, not the event its sentence tells, so it is neither a version's
// one value for the event nor a second one. A bare noun after "of" ("70
// minutes of rock") says what the event was made of, and stays.
func measuresPart(m *mention) bool {
	rest := m.art.Text[m.fact.Span.End:]
	after, ok := strings.CutPrefix(rest, " of ")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(after)
	if unicode.IsUpper(r) || strings.ContainsRune("\"'“‘", r) {
		return true
	}
	w, _, _ := strings.Cut(after, " ")
	return determiners[strings.ToLower(w)]
}

// soleBy marks the figures that take part (keep) and are the only value
// their article gives for their key: every figure of the article with
// that key agrees with the first.
func soleBy(ms []*mention, keys map[*mention]string, keep func(m *mention, noun, unit string) bool) map[*mention]bool {
	byKey := map[[2]string][]*mention{}
	for _, m := range ms {
		noun, unit, _ := strings.Cut(keys[m], "|")
		if !keep(m, noun, unit) {
			continue
		}
		k := [2]string{m.art.ID, keys[m]}
		byKey[k] = append(byKey[k], m)
	}
	out := map[*mention]bool{}
	for _, g := range byKey {
		if allAgree(g) {
			for _, m := range g {
				out[m] = true
			}
		}
	}
	return out
}

// sameSoleSlot reports whether two figures fill the same slot by the
// sole-value rule: both sole for one key, and no different owner named.
func sameSoleSlot(sole map[*mention]bool, keys map[*mention]string, a, b *mention) bool {
	if !sole[a] || !sole[b] || keys[a] != keys[b] {
		return false
	}
	pa, pb := possessor(a), possessor(b)
	if pa == "" && pb == "" {
		return true
	}
	if pa != "" && pb != "" {
		return pa == pb
	}
	// one names an owner: the other's sentence must name it too
	if pa != "" {
		return b.ctx[stem(pa)]
	}
	return a.ctx[stem(pb)]
}

// otherParties reports whether the sentences of two amounts name
// different people and none in common: each version's one "deal" is one
// slot only when it is one party's ("<A> signed a £1m deal" / "recruited
// <B> in a £5m deal" are two deals). A sentence naming nobody that opens
// with a subject pronoun is read as the person the sentence before names
// ("He signed a £1m deal").
func (w *work) otherParties(a, b *mention) bool {
	pa, pb := w.partiesOf(a), w.partiesOf(b)
	if len(pa) == 0 || len(pb) == 0 {
		return false
	}
	return !slices.ContainsFunc(pa, func(e int) bool { return slices.Contains(pb, e) })
}

// partiesOf returns the resolved people named in a mention's sentence, or
// those of the sentence before when it names none and opens with "he" or
// "she".
func (w *work) partiesOf(m *mention) []int {
	w.samePerson(m, m) // builds w.sentPeople
	if ps := w.sentPeople[m.sentenceKey()]; len(ps) > 0 {
		return ps
	}
	first, _, _ := strings.Cut(strings.TrimSpace(m.sentence), " ")
	if f := strings.ToLower(first); f != "he" && f != "she" {
		return nil
	}
	sents := text.Of(m.art)
	i := text.SentenceAt(sents, m.sentStart)
	if i == 0 || sents[i].Start != m.sentStart {
		return nil
	}
	return w.sentPeople[m.art.ID+":"+strconv.Itoa(sents[i-1].Start)]
}

// age is one article's statement of a person's age.
type age struct {
	m      *mention
	entity int
	name   string
	noun   string // of an unnamed person: "the 15-year-old boy" → boy
	// back is an age read as the person named last before it ("the
	// 30-year-old star"), which may describe someone else
	back bool
	// months is an age counted in months ("the four-month-old"), a
	// baby's
	months bool
	// bare is an age of a name the extractor took for no person ("his
	// son Tam"): compared by the name as written, never resolved to an
	// entity sharing a word of it (another person of that surname)
	bare bool
}

// years is the age in years: a count of months is a twelfth of a year
// each, so "18-month-old" and "two-year-old" are two ages.
func (a age) years() float64 {
	if a.months {
		return a.m.fact.Number.Low / 12
	}
	return a.m.fact.Number.Low
}

// ageLabel is how an age is shown: "34", "4 months".
func ageLabel(a age) string {
	if a.months {
		return fmt.Sprintf("%g months", a.m.fact.Number.Low)
	}
	return fmt.Sprintf("%g", a.m.fact.Number.Low)
}

// ageOf returns the person a figure gives the age of: "Ada Quist, 34,"
// or "(34)" after a name; "34-year-old Ada Quist"; "the 34-year-old"
// referring to the person named last before it in the article.
func (w *work) ageOf(m *mention, persons []*mention) (age, bool) {
	a, ok := w.ageOfSpan(m, persons)
	a.months = ok && monthsOld(strings.ToLower(m.fact.Span.Text))
	return a, ok
}

// monthsOld reports an age written in months, lower case: "4-month-old",
// "five months old".
func monthsOld(span string) bool {
	return strings.HasSuffix(span, "month-old") || strings.HasSuffix(span, "month old") || strings.HasSuffix(span, "months old")
}

// ageOfSpan is ageOf but for the unit of the age.
func (w *work) ageOfSpan(m *mention, persons []*mention) (age, bool) {
	n := m.fact.Number
	if n.Low != n.High || n.Low < 1 || n.Low > 110 || n.Low != math.Trunc(n.Low) || n.Unit != "" || n.Qualifier != "" {
		return age{}, false
	}
	t := m.art.Text
	s, e := m.fact.Span.Start, m.fact.Span.End
	span := strings.ToLower(m.fact.Span.Text)
	yearOld := strings.HasSuffix(span, "year-old") || strings.HasSuffix(span, "year old") || strings.HasSuffix(span, "years old")
	// a baby's age in months is read as an age in years is, then counted
	// in months (age.years)
	yearOld = yearOld || monthsOld(span)
	switch {
	case (n.Counted == "" || n.Counted == "year") && !yearOld && e < len(t) && (t[e] == ',' || t[e] == ')') && s >= 2 && (t[s-2:s] == ", " || t[s-1] == '('):
		// apposition: the person mention ending right before
		end := s - 2
		if t[s-1] == '(' {
			end = strings.LastIndexFunc(t[:s-1], func(r rune) bool { return r != ' ' }) + 1
		}
		return personEndingAt(m, persons, end)
	case n.Counted == "" && e < len(t) && t[e] == ',' && m.sentStart <= s && strings.EqualFold(strings.TrimSpace(t[m.sentStart:s]), "now"):
		// "Now 59, and …": the age of the person the article is about,
		// when it is plainly one person
		return mainPersonAge(m, persons)
	case n.Counted == "year" && !yearOld && lookedAge(t, m.sentStart, s, e):
		// "younger than his 57 years.": the age of the person the
		// pronoun stands for, taken as the article's main person
		return mainPersonAge(m, persons)
	case yearOld:
		rest := strings.TrimLeft(t[e:], " ")
		if p, ok := personStartingAt(m, persons, len(t)-len(rest)); ok {
			return p, true
		}
		if rel, after, ok := strings.Cut(rest, " "); ok && relationNouns[strings.ToLower(rel)] {
			// "his 10-year-old son Tom": the relative named after the noun
			after = strings.TrimLeft(strings.TrimPrefix(after, ","), " ")
			if p, ok := personStartingAt(m, persons, len(t)-len(after)); ok {
				return p, true
			}
			if name := leadingName(after); name != "" {
				// "his four-month-old son Tam": a relative named by
				// a word the extractor took for no person (a baby's
				// one given name)
				return age{m: m, entity: -1, name: name, bare: true}, true
			}
		}
		if name := appositiveName(t[:s]); name != "" && relationNouns[strings.ToLower(firstWord(rest))] {
			// "Tam, the four-month-old son of …": the age of the name
			// the description stands beside — the person's when a full
			// name, else the name as written (as "his son Tam" gives
			// it: one key for both; one word may be a surname that
			// resolves to another person)
			if p, ok := personEndingAt(m, persons, len(name)+strings.LastIndex(t[:s], name)); ok && strings.Contains(name, " ") {
				return p, true
			}
			return age{m: m, entity: -1, name: name, bare: true}, true
		}
		before := strings.ToLower(strings.TrimRight(t[:s], " "))
		ws := text.Words(before)
		noun := ageNoun(rest)
		if noun != "" && len(ws) > 0 && (ws[len(ws)-1] == "a" || ws[len(ws)-1] == "an") {
			// "a 15-year-old boy": someone introduced, not named
			return age{m: m, entity: -1, noun: noun}, true
		}
		if strings.HasSuffix(before, "the") && (rest == "" || !startsUpper(rest)) {
			// "the 34-year-old" points back at the person named last
			var last *mention
			for _, p := range persons {
				if p.art == m.art && p.fact.Span.End <= s && !w.othersSpeaker(p, m) {
					last = p
				}
			}
			if last != nil {
				return age{m: m, entity: last.entity, name: last.fact.Value, noun: noun, back: true}, true
			}
			if noun != "" {
				return age{m: m, entity: -1, noun: noun}, true
			}
		}
		// an age of someone not named ("their 10-year-old daughter"):
		// no figure to compare with other versions' figures
		return age{m: m, entity: -1}, true
	}
	return age{}, false
}

// othersSpeaker reports whether person mention p, before figure m,
// speaks of someone else, so "the 34-year-old" after it is not p: p is
// the subject of a speech verb in m's sentence ("Ada Quist said the
// 34-year-old …"), or anywhere when a possessive names whom p speaks
// for ("her agent Ada Quist confirmed. The 34-year-old …").
func (w *work) othersSpeaker(p, m *mention) bool {
	lx, ok := w.lex.(speechReader)
	if !ok || p.art != m.art || p.fact.Span.End > m.fact.Span.Start {
		return false
	}
	t := m.art.Text
	after := text.Words(strings.ToLower(t[p.fact.Span.End:min(len(t), p.fact.Span.End+40)]))
	if len(after) == 0 || !lx.IsSpeech(lx.Lemma(after[0])) {
		return false
	}
	if p.sentStart == m.sentStart {
		return true
	}
	before := text.Words(strings.ToLower(t[max(0, p.fact.Span.Start-40):p.fact.Span.Start]))
	if n := len(before); n >= 2 {
		switch before[n-2] {
		case "his", "her", "their":
			return true
		}
	}
	return false
}

// leadingName returns the capitalised words (up to three, see titleWord)
// opening s, "" when it opens with none.
func leadingName(s string) string {
	var name []string
	for _, w := range strings.Fields(s) {
		w = strings.TrimRight(w, ",.;:")
		if len(name) == 3 || !titleWord(w) || strings.ContainsAny(w, "'’") {
			break
		}
		name = append(name, w)
	}
	return strings.Join(name, " ")
}

// appositiveName returns the capitalised words right before ", the" that
// ends s ("Tam, the"), "" when s does not end so.
func appositiveName(s string) string {
	s = strings.TrimRight(s, " ")
	if !strings.HasSuffix(s, ", the") {
		return ""
	}
	ws := strings.Fields(s[:len(s)-len(", the")])
	var name []string
	for i := len(ws) - 1; i >= 0 && len(name) < 3 && titleWord(ws[i]) && !strings.ContainsAny(ws[i], "'’,.;:"); i-- {
		name = append([]string{ws[i]}, name...)
	}
	return strings.Join(name, " ")
}

// firstWord is the first word of s, "" when none.
func firstWord(s string) string {
	if ws := text.Words(s); len(ws) > 0 {
		return ws[0]
	}
	return ""
}

// ageNoun returns the noun an age describes when the text after "the
// N-year-old" starts with one ("boy, who cannot be named"), stemmed; ""
// when it starts with a verb ("the 15-year-old admitted"), an auxiliary,
// a plural or present form in -s, punctuation or a capital.
func ageNoun(rest string) string {
	ws := text.Words(rest)
	if len(ws) == 0 || startsUpper(rest) || !startsLetter(rest) {
		return ""
	}
	w := ws[0]
	if auxiliaries[w] || text.StopWord(w) || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") {
		return ""
	}
	if b, ok := facts.BaseForm(w); ok && b != w {
		return "" // "the 15-year-old told …"
	}
	return stem(w)
}

func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// lookedAge reports a count of years at t[s:e] compared with how someone
// looks: "than his 57 years" / "than her 80 years" closing its clause.
// The years a person has are their age; "than his 20 years of service"
// goes on and measures something else.
func lookedAge(t string, sentStart, s, e int) bool {
	if sentStart > s {
		return false
	}
	ws := text.Words(strings.ToLower(t[sentStart:s]))
	if len(ws) < 2 || ws[len(ws)-2] != "than" || ws[len(ws)-1] != "his" && ws[len(ws)-1] != "her" {
		return false
	}
	rest := strings.TrimLeft(t[e:], " ")
	return rest == "" || strings.ContainsRune(".,;:!?)", rune(rest[0]))
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// personEndingAt finds the person mention of m's article whose name ends
// at offset end; a lone given name or surname ("Ada," after "Ada Quist")
// is matched to the article's person with that name.
func personEndingAt(m *mention, persons []*mention, end int) (age, bool) {
	for _, p := range persons {
		if p.art == m.art && p.fact.Span.End == end {
			return age{m: m, entity: p.entity, name: p.fact.Value}, true
		}
	}
	t := m.art.Text[:end]
	i := strings.LastIndexFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' }) + 1
	word := t[i:]
	if word == "" || !startsUpper(word) || strings.ToUpper(word) == word && len(word) > 1 {
		return age{}, false
	}
	if a, ok := personNamed(m, persons, word); ok {
		return a, true
	}
	// a name the extractor did not take for a person ("Keller, 34,"):
	// still an age, of whoever the story calls so
	return age{m: m, entity: -1, name: word}, true
}

// personStartingAt finds the person mention of m's article whose span
// starts at offset start.
func personStartingAt(m *mention, persons []*mention, start int) (age, bool) {
	for _, p := range persons {
		if p.art == m.art && p.fact.Span.Start == start {
			return age{m: m, entity: p.entity, name: p.fact.Value}, true
		}
	}
	return age{}, false
}

// personNamed finds the one person of m's article with a name word equal
// to word (case folded).
func personNamed(m *mention, persons []*mention, word string) (age, bool) {
	var found *mention
	for _, p := range persons {
		if p.art != m.art {
			continue
		}
		for _, f := range strings.Fields(p.fact.Value) {
			if strings.EqualFold(f, word) {
				if found != nil && found.entity != p.entity {
					return age{}, false // two people with that name
				}
				found = p
			}
		}
	}
	if found == nil {
		return age{}, false
	}
	return age{m: m, entity: found.entity, name: found.fact.Value}, true
}

// checkAges compares the ages versions give one person and returns the
// figures read as ages (they are left out of the figure alignment: an age
// aligned on its sentence meets another person's age).
func (w *work) checkAges(ms []*mention) map[*mention]bool {
	persons := w.byKind[crosswire.KindPerson]
	byEntity := map[string][]age{}
	unnamed := map[string][]age{} // ages of the unnamed, by the noun describing them
	used := map[*mention]bool{}
	var found []age
	stated := map[string]float64{} // article + entity → an age stated beside a name
	for _, m := range ms {
		a, ok := w.ageOf(m, persons)
		if !ok {
			continue
		}
		found = append(found, a)
		if !a.back && a.entity >= 0 {
			stated[a.m.art.ID+"\x00"+itoa(a.entity)] = a.years()
		}
	}
	for _, a := range found {
		m := a.m
		used[m] = true
		if v, ok := stated[m.art.ID+"\x00"+itoa(a.entity)]; a.back && a.noun != "" && ok && v != a.years() {
			// "Ada Quist, 81, … the 15-year-old boy": not her
			a.entity, a.name = -1, ""
		} else if a.back {
			a.noun = ""
		}
		if a.noun != "" {
			unnamed[a.noun] = append(unnamed[a.noun], a)
			continue
		}
		if a.entity < 0 && a.name == "" {
			continue
		}
		if a.entity < 0 && !a.bare {
			a.entity = w.entityOf(a.name)
		}
		k := "e" + itoa(a.entity)
		if a.entity < 0 {
			k = "n" + strings.ToLower(a.name)
		}
		byEntity[k] = append(byEntity[k], a)
	}
	w.joinRenamedAges(byEntity)
	ents := make([]string, 0, len(byEntity))
	for e := range byEntity {
		ents = append(ents, e)
	}
	sort.Strings(ents)
	for _, e := range ents {
		ages := byEntity[e]
		perArt := map[string]float64{}
		mixed := map[string]bool{}
		for _, a := range ages {
			v, seen := perArt[a.m.art.ID]
			if seen && v != a.years() {
				mixed[a.m.art.ID] = true
			}
			perArt[a.m.art.ID] = a.years()
		}
		byVal := map[float64][]*mention{}
		label := map[float64]string{}
		for _, a := range ages {
			if mixed[a.m.art.ID] {
				continue // a version giving two ages for one person
			}
			byVal[a.years()] = append(byVal[a.years()], a.m)
			if label[a.years()] == "" {
				label[a.years()] = ageLabel(a)
			}
		}
		if len(byVal) == 1 {
			// the versions agree (or one version alone states it): the
			// age is a fact of the story, listed as corroborated when
			// two versions give it, unique otherwise
			for v, ms := range byVal {
				w.slots = append(w.slots, &slot{kind: crosswire.KindNumber, about: "age of " + w.entityName(ages[0].entity, ages[0].name),
					groups: []side{w.sideOf(label[v], ms)}})
			}
			continue
		}
		vals := make([]float64, 0, len(byVal))
		for v := range byVal {
			vals = append(vals, v)
		}
		sort.Slice(vals, func(i, j int) bool { return minIdx(byVal[vals[i]]) < minIdx(byVal[vals[j]]) })
		s := &slot{kind: crosswire.KindNumber, conflicting: true, about: "age of " + w.entityName(ages[0].entity, ages[0].name)}
		for _, v := range vals {
			s.groups = append(s.groups, w.sideOf(label[v], byVal[v]))
		}
		w.slots = append(w.slots, s)
		sev := crosswire.SeverityHigh
		if len(vals) == 2 && math.Abs(vals[0]-vals[1]) <= 1 {
			// a year apart: a birthday between reports is as likely as an
			// error
			sev = crosswire.SeverityMedium
		}
		w.discs = append(w.discs, &finding{kind: crosswire.DiscNumber, sev: sev,
			subject: "age of " + w.entityName(ages[0].entity, ages[0].name), sides: s.groups})
	}
	w.checkUnnamedAges(unnamed)
	return used
}

// joinRenamedAges joins the ages of two resolved people who are one
// person named two ways: each named by one version only, with the age, in
// sentences alike in all else ("The victim's father, Peter Quist, 58, said
// …" / "… Paul Quist, 56, said …"), so the ages are compared as one
// person's (the names are the name rules' to report).
func (w *work) joinRenamedAges(byEntity map[string][]age) {
	keys := make([]string, 0, len(byEntity))
	for k, as := range byEntity {
		if as[0].entity >= 0 {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for i := 0; i < len(keys); i++ {
		for j := i + 1; j < len(keys); j++ {
			ka, kb := keys[i], keys[j]
			as, bs := byEntity[ka], byEntity[kb]
			if len(as) == 0 || len(bs) == 0 || w.namedIn(as[0].entity, bs) || w.namedIn(bs[0].entity, as) {
				continue
			}
			if anyPair(agesMentions(as), agesMentions(bs), func(a, b *mention) bool {
				ca := without(a.ctx, w.entities[as[0].entity].name, a.fact.Span.Text)
				cb := without(b.ctx, w.entities[bs[0].entity].name, b.fact.Span.Text)
				return a.version != b.version && shared(ca, cb) >= 3 && contextScore(ca, cb) >= sameSentenceScore
			}) {
				byEntity[ka] = append(as, bs...)
				delete(byEntity, kb)
				keys = append(keys[:j], keys[j+1:]...)
				j--
			}
		}
	}
}

// namedIn reports whether entity e is named in an article of the ages.
func (w *work) namedIn(e int, ages []age) bool {
	for _, a := range ages {
		if len(mentionsIn(w.entities[e].ms, a.m.art.ID)) > 0 {
			return true
		}
	}
	return false
}

func agesMentions(as []age) []*mention {
	out := make([]*mention, len(as))
	for i, a := range as {
		out[i] = a.m
	}
	return out
}

// checkUnnamedAges compares the ages of people described and not named
// ("the 15-year-old boy" / "the 14-year-old boy"): one noun's ages are
// one person's when every version describes one such person (one age of
// the noun in the version) and two versions giving different ages do so
// in sentences sharing three content words besides it — then a medium
// number discrepancy (the words, not a name, make them one person).
func (w *work) checkUnnamedAges(unnamed map[string][]age) {
	nouns := make([]string, 0, len(unnamed))
	for n := range unnamed {
		nouns = append(nouns, n)
	}
	sort.Strings(nouns)
	for _, noun := range nouns {
		perArt := map[string]float64{}
		several := false
		for _, a := range unnamed[noun] {
			if v, seen := perArt[a.m.version]; seen && v != a.years() {
				several = true // two people of the noun in one version
			}
			perArt[a.m.version] = a.years()
		}
		if several {
			continue
		}
		byVal := map[float64][]*mention{}
		label := map[float64]string{}
		for _, a := range unnamed[noun] {
			byVal[a.years()] = append(byVal[a.years()], a.m)
			if label[a.years()] == "" {
				label[a.years()] = ageLabel(a)
			}
		}
		if len(byVal) != 2 {
			continue
		}
		var vals []float64
		for v := range byVal {
			vals = append(vals, v)
		}
		sort.Slice(vals, func(i, j int) bool { return minIdx(byVal[vals[i]]) < minIdx(byVal[vals[j]]) })
		if !anyPair(byVal[vals[0]], byVal[vals[1]], func(a, b *mention) bool {
			ca, cb := without(a.ctx, noun, "year years old"), without(b.ctx, noun, "year years old")
			return shared(ca, cb) >= 3
		}) {
			continue
		}
		s := &slot{kind: crosswire.KindNumber, conflicting: true}
		for _, v := range vals {
			s.groups = append(s.groups, w.sideOf(label[v], byVal[v]))
		}
		w.slots = append(w.slots, s)
		w.discs = append(w.discs, &finding{kind: crosswire.DiscNumber, sev: crosswire.SeverityMedium,
			subject: "age of the " + noun, sides: s.groups})
	}
}

// anyPair reports whether some a of as and b of bs satisfy f.
func anyPair(as, bs []*mention, f func(a, b *mention) bool) bool {
	for _, a := range as {
		for _, b := range bs {
			if f(a, b) {
				return true
			}
		}
	}
	return false
}

// entityName is the canonical name of resolved entity e, else fallback.
func (w *work) entityName(e int, fallback string) string {
	if e >= 0 && e < len(w.entities) && w.entities[e].name != "" {
		return w.entities[e].name
	}
	return fallback
}

// changeEnd says which end of a change a figure is: "from" for the value a
// change started at ("fell from 15 million to 8 million"), "to" for the
// value it reached, "" otherwise. Two versions telling one change give
// its start and its end in the same places, whatever else they word
// differently.
func changeEnd(m *mention) string {
	t := m.art.Text
	before := strings.ToLower(strings.TrimRight(t[m.sentStart:m.fact.Span.Start], " "))
	ws := text.Words(before)
	if len(ws) == 0 {
		return ""
	}
	switch ws[len(ws)-1] {
	case "from":
		return "from"
	case "to":
		// "to" after a figure of the same sentence: the end of a change
		for i := len(ws) - 2; i >= 0 && i >= len(ws)-5; i-- {
			if isNumeric(ws[i]) || ws[i] == "million" || ws[i] == "billion" || ws[i] == "thousand" {
				return "to"
			}
		}
	}
	return ""
}

// mainPersonAge gives m's age to its article's main person: the person
// named last before it, when that person is also named more often in the
// article than anyone else. Otherwise it is no age.
func mainPersonAge(m *mention, persons []*mention) (age, bool) {
	key := func(p *mention) string {
		if p.entity >= 0 {
			return "e" + itoa(p.entity)
		}
		return "n" + strings.ToLower(p.fact.Value)
	}
	count := map[string]int{}
	var last *mention
	for _, p := range persons {
		if p.art != m.art {
			continue
		}
		count[key(p)]++
		if p.fact.Span.End <= m.fact.Span.Start {
			last = p
		}
	}
	if last == nil {
		return age{}, false
	}
	for k, c := range count {
		if k != key(last) && c >= count[key(last)] {
			return age{}, false
		}
	}
	return age{m: m, entity: last.entity, name: last.fact.Value}, true
}
