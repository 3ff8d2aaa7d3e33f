package crosscheck

import (
	"slices"
	"strconv"
	"strings"

	"crosswire"
	"crosswire/text"
)

// speakerKey resolves a quote's speaker to an entity of the story (so
// "Keller" and "Interior Minister Dana Keller" are one speaker), else to
// the lower-cased name; "" when the quote has no speaker.
func (w *work) speakerKey(m *mention) string {
	sp := strings.TrimSpace(m.fact.Quote.Speaker)
	if sp == "" {
		return ""
	}
	if e := w.entityOf(sp); e >= 0 {
		return "e" + itoa(e)
	}
	return strings.ToLower(sp)
}

// entityOf returns the index of the entity one of whose forms names the
// same entity as name, preferring persons; -1 when none.
func (w *work) entityOf(name string) int {
	if e, ok := w.entityCache[name]; ok {
		return e
	}
	e := w.findEntity(name)
	w.entityCache[name] = e
	return e
}

func (w *work) findEntity(name string) int {
	if e, ok := w.findForm(name); ok {
		return e
	}
	best := -1
	for i, e := range w.entities[:min(len(w.entities), maxNameForms)] {
		for _, n := range e.forms() {
			ok := strings.EqualFold(n, name)
			if !ok && e.kind == crosswire.KindPerson {
				ok = personSame(n, name)
			} else if !ok {
				ok = w.orgSame(n, name)
			}
			if ok {
				if e.kind == crosswire.KindPerson {
					return i
				}
				if best < 0 {
					best = i
				}
				break
			}
		}
	}
	return best
}

// quoteWording normalises the words of a quote for comparing wordings.
func quoteWording(s string) string { return strings.Join(text.Words(s), " ") }

// wordings memoises quoteWording over one story: partition compares
// every quote of a slot with every variant, so each wording is worked
// out once. A nil wordings computes every time.
type wordings map[string]string

func (c wordings) of(s string) string {
	if c == nil {
		return quoteWording(s)
	}
	w, ok := c[s]
	if !ok {
		w = quoteWording(s)
		c[s] = w
	}
	return w
}

// sameWording reports whether two quotes are the same words, one possibly
// cut from the other — a part of it, or some of its sentences (a
// shortened quote is not a misquote).
func sameWording(a, b string) bool { return wordings(nil).same(a, b) }

func (c wordings) same(a, b string) bool {
	x, y := c.of(a), c.of(b)
	if x == "" || y == "" {
		return false
	}
	if x == y || strings.Contains(x, y) || strings.Contains(y, x) {
		return true
	}
	return c.clausesWithin(a, b) || c.clausesWithin(b, a)
}

// clausesWithin reports whether every clause of quote a (its pieces
// between ".", "?", "!" and ";": finer than sentences, so a quote cut at a
// semicolon still counts as an excerpt) is, word for word, in quote b.
func (c wordings) clausesWithin(a, b string) bool {
	wb := c.of(b)
	n := 0
	for _, s := range strings.FieldsFunc(a, func(r rune) bool { return r == '.' || r == '?' || r == '!' || r == ';' }) {
		ws := c.of(s)
		if ws == "" {
			continue
		}
		if !strings.Contains(wb, ws) {
			return false
		}
		n++
	}
	return n > 0
}

// checkQuotes aligns the quotes of one speaker across versions by their
// shared content words (Dice coefficient); a speaker quoted once in each of
// two versions is aligned on little overlap, since translated quotes
// share few words. Within an aligned quote, wordings that are not the
// same words are compared for meaning: a negation, evaluation or antonym
// flip is a high discrepancy; a rewording that keeps the meaning is low.
// Reported speech is paraphrase by nature: it is only flagged when its
// meaning flips.
// minQuoteWords is the fewest content words of a quotation aligned on its
// speaker alone or on its words alone.
const minQuoteWords = 4

// otherSpeakerCost is taken off the words two quotations share when two
// different speakers say them: to align them, and to read one as the
// other's meaning turned.
const otherSpeakerCost = 0.1

func (w *work) checkQuotes() {
	var ms []*mention
	for _, m := range w.byKind[crosswire.KindQuote] {
		if m.fact.Quote != nil && strings.TrimSpace(m.fact.Quote.Said) != "" {
			ms = append(ms, m)
		}
	}
	keys := make(map[*mention]string, len(ms))
	count := map[string]int{} // key + article → quotes
	content := make(map[*mention]map[string]bool, len(ms))
	for _, m := range ms {
		k := w.speakerKey(m)
		keys[m] = k
		count[k+"\x00"+m.art.ID]++
		content[m] = contentSet(m.fact.Quote.Said)
	}
	// What the similarity reads of each quote, by its index in
	// w.mentions: its words as a sorted list of word numbers, its
	// speaker key and whether it is its speaker's only quote in its
	// article (alignment compares every pair).
	type quoteWords struct {
		words []uint32
		key   string
		one   bool
	}
	qs := make([]quoteWords, len(w.mentions))
	for _, m := range ms {
		qs[m.idx] = quoteWords{words: wordList(w.wordIDs, content[m]), key: keys[m], one: count[keys[m]+"\x00"+m.art.ID] == 1}
	}
	// One key for all quotes: the speaker is part of the similarity, not a
	// wall, because the extractor's attribution depends on the sentences
	// around a quote, which versions do not share (a rewrite that drops
	// "…, the bishop said." hands the quote to the last person named).
	al := alignment{
		note: w.note,
		key:  func(*mention) string { return "" },
		sim: func(a, b *mention) float64 {
			qa, qb := &qs[a.idx], &qs[b.idx]
			na, nb := len(qa.words), len(qb.words)
			s := diceN(sharedSorted(qa.words, qb.words), na, nb)
			ka, kb := qa.key, qb.key
			switch {
			case ka != "" && ka == kb:
				// One quote of one speaker in each version: a translation
				// may share few words with its original. Not so a few
				// words quoted in passing ("119 pieces of clothing"),
				// which independent reports pick differently.
				long := na >= minQuoteWords && nb >= minQuoteWords
				if qa.one && qb.one && s >= 0.1 && (long || s >= 0.5) {
					return s + 0.25
				}
				return s
			case ka == "" || kb == "":
				// No speaker to go by: the words must say it is one
				// quotation, and a short phrase ("an outpouring of love")
				// is too little to say so.
				if s < 0.5 || min(na, nb) < minQuoteWords {
					return 0
				}
				return s - 0.05
			default:
				// Different speakers: only nearly the same words.
				if s < 0.6 {
					return 0
				}
				return s - otherSpeakerCost
			}
		},
		tau: 0.3,
	}
	said := wordings{}
	read := newWordings()      // each wording read once for the meaning tests
	named := map[[2]int]bool{} // speaker pairs already reported
	for _, sl := range al.align(ms) {
		w.checkSpeakerNames(sl, keys, content, named)
		w.checkQuoteSpeakers(sl, keys, content, named)
		w.checkSpokespersonQuotes(sl, keys, content)
		groups := partition(sl,
			func(a, b *mention) bool { return said.same(a.fact.Quote.Said, b.fact.Quote.Said) },
			func(m *mention) float64 { return float64(len(m.fact.Quote.Said)) })
		s := &slot{kind: crosswire.KindQuote}
		for _, g := range groups {
			s.groups = append(s.groups, w.sideOf(truncate(g[0].fact.Quote.Said, 160), g))
		}
		w.slots = append(w.slots, s)
		if len(groups) < 2 || !distinctVersions(groups) {
			continue
		}
		sev := crosswire.Severity("")
		// Each wording is compared with the first maxAlignAnchors (see
		// limits.go): linear in the wordings of a much-quoted story.
		// Once high, no later pair changes the severity: the loop stops.
		for i := range groups[:min(len(groups), maxAlignAnchors)] {
			if sev == crosswire.SeverityHigh {
				break
			}
			for j := i + 1; j < len(groups) && sev != crosswire.SeverityHigh; j++ {
				a, b := groups[i][0], groups[j][0]
				// A turned meaning needs the two to be one statement: a
				// writer's reported speech shares little wording with
				// the speaker's own words quoted by another report, and
				// a negation in the part one of them alone covers
				// changes nothing.
				// Half their words in common at least: one speaker's
				// different remarks, chained into one slot by the words
				// they share, are not one statement turned.
				minShared := 0.5
				if a.fact.Quote.Reported || b.fact.Quote.Reported {
					minShared = 0.6
				}
				// Two speakers (an organisation's statement and its
				// chief's quoted words) are one statement on more words
				// in common, as the alignment asks: two remarks of one
				// body share its long noun phrases, not their predicates.
				shared := dice(content[a], content[b])
				if ka, kb := keys[a], keys[b]; ka != "" && kb != "" && ka != kb {
					shared -= otherSpeakerCost
				}
				// The words in common first: below minShared the meaning
				// test cannot change the outcome, and it is the dearer.
				switch {
				case shared >= minShared && read.changed(negatedBefore(a), negatedBefore(b)):
					sev = crosswire.SeverityHigh
				case sev != crosswire.SeverityMedium && w.misquoted(a, b, keys):
					// one word changed inside the speaker's words (misquote.go)
					sev = crosswire.SeverityMedium
				case sev == "" && !a.fact.Quote.Reported && !b.fact.Quote.Reported:
					sev = crosswire.SeverityLow
				}
			}
		}
		if sev == "" {
			continue
		}
		s.conflicting = sev == crosswire.SeverityHigh
		w.discs = append(w.discs, &finding{kind: crosswire.DiscQuote, sev: sev, subject: w.quoteSubject(sl), sides: s.groups})
	}
}

// quoteSubject is "quote by <speaker>", the speaker's canonical name.
func (w *work) quoteSubject(ms []*mention) string {
	for _, m := range ms {
		sp := strings.TrimSpace(m.fact.Quote.Speaker)
		// A "speaker" of many words is the extractor taking a clause for
		// a name.
		if sp == "" || len(strings.Fields(sp)) > 5 {
			continue
		}
		if e := w.entityOf(sp); e >= 0 && w.entities[e].name != "" {
			return "quote by " + w.entities[e].name
		}
		return "quote by " + sp
	}
	return "unattributed quote"
}

// checkSpeakerNames reports one quotation given to two people of one
// surname: nearly the same words (Dice ≥ 0.6) said by "Tomas Hale" in one
// version and by "Mark Hale" in another, neither version naming both —
// the speaker's given name written two ways, a name discrepancy, medium.
// Given names that may be one name's forms ("Sam" / "Samuel") are not.
func (w *work) checkSpeakerNames(sl []*mention, keys map[*mention]string, content map[*mention]map[string]bool, named map[[2]int]bool) {
	for i, a := range sl[:min(len(sl), maxAlignAnchors)] {
		for _, b := range sl[i+1:] {
			ea, eb := entityKey(keys[a]), entityKey(keys[b])
			if ea < 0 || eb < 0 || ea == eb || a.version == b.version || named[[2]int{ea, eb}] || dice(content[a], content[b]) < 0.6 {
				continue
			}
			pa, pb := w.entities[ea], w.entities[eb]
			if pa.kind != crosswire.KindPerson || pb.kind != crosswire.KindPerson || pa.conflicting || pb.conflicting {
				continue
			}
			na, nb := strings.Fields(strings.ToLower(withoutAccents(pa.name))), strings.Fields(strings.ToLower(withoutAccents(pb.name)))
			if len(na) < 2 || len(nb) < 2 || na[len(na)-1] != nb[len(nb)-1] || oneGivenName(na[0], nb[0]) {
				continue
			}
			w.speakerNameChanged(pa, pb, a, b, named)
		}
	}
}

// speakerNameChanged reports the speaker of one quote named two ways, pa
// in quote a's version and pb in quote b's, neither version naming both:
// a name discrepancy, medium.
func (w *work) speakerNameChanged(pa, pb *entityCluster, a, b *mention, named map[[2]int]bool) {
	ea, eb := entityKey(w.speakerKey(a)), entityKey(w.speakerKey(b))
	ma, mb := mentionsIn(pa.ms, a.art.ID), mentionsIn(pb.ms, b.art.ID)
	if len(ma) == 0 || len(mb) == 0 || len(mentionsIn(pa.ms, b.art.ID)) > 0 || len(mentionsIn(pb.ms, a.art.ID)) > 0 {
		return
	}
	named[[2]int{ea, eb}], named[[2]int{eb, ea}] = true, true
	pa.conflicting, pb.conflicting = true, true
	w.discs = append(w.discs, &finding{kind: crosswire.DiscName, sev: crosswire.SeverityMedium,
		subject: "name of the speaker of one quote",
		sides:   []side{w.sideOf(pa.name, ma), w.sideOf(pb.name, mb)}})
}

// minSameQuote is the least Dice of two quotations' content words for
// them to be one quotation whoever says it: the same sentence with a
// word or two changed. One word of five changed (a word-for-word
// synonym, a translation's round trip) leaves 2·4/10 = 0.8; at the
// fewest, minQuoteWords, one changed word of four is 0.75 and not enough
// (four words are as often a stock phrase as one quotation).
const minSameQuote = 0.8

// checkQuoteSpeakers reports one quotation given to two different people:
// the same words in quotation marks (Dice ≥ minSameQuote, at least
// minQuoteWords content words) said by one person in one version and by
// another in another, each named in the quotation's own sentence (not a
// pronoun, not a quote carried over from a sentence before: a rewrite
// that drops the speaker hands the quote to whoever was named last), and
// neither version giving the words to both. Who said it changed: a quote
// discrepancy, medium (two people may say the same words, as a joint
// statement does).
func (w *work) checkQuoteSpeakers(sl []*mention, keys map[*mention]string, content map[*mention]map[string]bool, named map[[2]int]bool) {
	saidBy := map[string]map[int]bool{} // version → speakers of these words
	for _, m := range sl {
		if e := entityKey(keys[m]); e >= 0 {
			if saidBy[m.version] == nil {
				saidBy[m.version] = map[int]bool{}
			}
			saidBy[m.version][e] = true
		}
	}
	for i, a := range sl[:min(len(sl), maxAlignAnchors)] {
		for _, b := range sl[i+1:] {
			ea, eb := entityKey(keys[a]), entityKey(keys[b])
			if ea < 0 || eb < 0 || ea == eb || a.version == b.version || named[[2]int{ea, eb}] ||
				a.fact.Quote.Reported || b.fact.Quote.Reported ||
				min(len(content[a]), len(content[b])) < minQuoteWords || dice(content[a], content[b]) < minSameQuote {
				continue
			}
			pa, pb := w.entities[ea], w.entities[eb]
			if pa.kind != crosswire.KindPerson || pb.kind != crosswire.KindPerson || pa.conflicting || pb.conflicting || saidBy[a.version][eb] || saidBy[b.version][ea] {
				continue
			}
			na, nb := strings.Fields(strings.ToLower(withoutAccents(pa.name))), strings.Fields(strings.ToLower(withoutAccents(pb.name)))
			if len(na) >= 2 && len(nb) >= 2 && na[0] == nb[0] {
				// one given name, the surname written two ways ("Jonas
				// Guest" / "Jonas Hoste" in a translation's round trip):
				// one speaker's name changed, as checkSpeakerNames
				// reports it for one surname
				w.speakerNameChanged(pa, pb, a, b, named)
				continue
			}
			ma, mb := namedInSentence(pa.ms, a), namedInSentence(pb.ms, b)
			if ma == nil || mb == nil {
				continue
			}
			named[[2]int{ea, eb}], named[[2]int{eb, ea}] = true, true
			w.discs = append(w.discs, &finding{kind: crosswire.DiscQuote, sev: crosswire.SeverityMedium,
				subject: "speaker of “" + truncate(a.fact.Quote.Said, 60) + "”",
				sides:   []side{w.sideOf(pa.name, []*mention{ma, a}), w.sideOf(pb.name, []*mention{mb, b})}})
		}
	}
}

// checkSpokespersonQuotes reports one quotation (Dice ≥ minSameQuote, at
// least minQuoteWords content words, direct speech) given to an unnamed
// spokesperson by one version ("… , a spokesman said") and to a named
// speaker by another whose sentence calls no one a spokesperson ("Dora
// Quill, the fair's organiser, said: …"): a spokesperson unnamed in one
// version and named in another is one person, but a named speaker
// described otherwise is another. Neither side may be a translation's (a
// translator renders a speaker's words and title loosely). Low: a wire's
// "spokesman" may be loose for whoever spoke for the body.
func (w *work) checkSpokespersonQuotes(sl []*mention, keys map[*mention]string, content map[*mention]map[string]bool) {
	spokes := func(m *mention) bool {
		return slices.Contains(roleTokens(m.fact.Quote.Speaker), spokespersonWord)
	}
	for i, a := range sl[:min(len(sl), maxAlignAnchors)] {
		for _, b := range sl[i+1:] {
			if a.version == b.version || a.fact.Quote.Reported || b.fact.Quote.Reported ||
				min(len(content[a]), len(content[b])) < minQuoteWords || dice(content[a], content[b]) < minSameQuote {
				continue
			}
			title, name := a, b
			if !spokes(a) {
				title, name = b, a
			}
			if !spokes(title) || entityKey(keys[title]) >= 0 || spokes(name) || !namedSpeaker(name.fact.Quote.Speaker) ||
				slices.Contains(roleTokens(name.sentence), spokespersonWord) || w.spokespersonEntity(keys[name]) ||
				w.viaTranslation(title.art) || w.viaTranslation(name.art) {
				// a translator's rendering of a speaker is no change of
				// speaker; a named spokesperson is the unnamed one
				continue
			}
			sides := []side{w.sideOf(strings.TrimSpace(title.fact.Quote.Speaker), []*mention{title}),
				w.sideOf(strings.TrimSpace(name.fact.Quote.Speaker), []*mention{name})}
			for i, m := range []*mention{title, name} {
				// the speaker as its sentence writes it, beside the words
				if sp, ok := speakerSpan(m); ok {
					sides[i].spans = append(sides[i].spans, sp)
				}
			}
			w.discs = append(w.discs, &finding{kind: crosswire.DiscQuote, sev: crosswire.SeverityLow,
				subject: "speaker of “" + truncate(a.fact.Quote.Said, 60) + "”", sides: sides})
			return
		}
	}
}

// speakerSpan is where a quote's sentence writes its speaker outside the
// quoted words (case aside); false when it does not.
func speakerSpan(m *mention) (crosswire.Span, bool) {
	sp := strings.ToLower(strings.TrimSpace(m.fact.Quote.Speaker))
	low := strings.ToLower(m.sentence)
	if len(low) != len(m.sentence) {
		return crosswire.Span{}, false // a case change moved the bytes
	}
	qs, qe := m.fact.Span.Start-m.sentStart, m.fact.Span.End-m.sentStart
	for off := 0; sp != ""; {
		i := strings.Index(low[off:], sp)
		if i < 0 {
			break
		}
		s := off + i
		if e := s + len(sp); e <= qs || s >= qe {
			t := m.art.Text[m.sentStart+s : m.sentStart+e]
			return crosswire.Span{Article: m.art.ID, Text: t, Start: m.sentStart + s, End: m.sentStart + e}, true
		}
		off = s + 1
	}
	return crosswire.Span{}, false
}

// spokespersonEntity reports whether a speaker key names an entity some
// mention of which is given a spokesperson's title.
func (w *work) spokespersonEntity(key string) bool {
	e := entityKey(key)
	if e < 0 {
		return false
	}
	for _, m := range w.entities[e].ms {
		if m.fact.Entity != nil && slices.Contains(roleTokens(m.fact.Entity.Role), spokespersonWord) {
			return true
		}
	}
	return false
}

// spokespersonWord is "spokesperson" as roleTokens normalises it (with
// its gendered forms).
var spokespersonWord = roleTokens("spokesperson")[0]

// namedSpeaker reports whether a quote's speaker is a name: two or more
// words, each capitalised.
func namedSpeaker(sp string) bool {
	ws := strings.Fields(sp)
	if len(ws) < 2 {
		return false
	}
	for _, x := range ws {
		if !startsUpper(x) {
			return false
		}
	}
	return true
}

// namedInSentence returns the mention of ms naming the speaker in quote
// q's sentence, nil when none does.
func namedInSentence(ms []*mention, q *mention) *mention {
	for _, m := range ms {
		if m.art.ID == q.art.ID && m.sentenceIndex == q.sentenceIndex {
			return m
		}
	}
	return nil
}

// entityKey is the entity index of a speaker key ("e12" → 12), -1 for a
// speaker resolved to no entity.
func entityKey(k string) int {
	if !strings.HasPrefix(k, "e") {
		return -1
	}
	n, err := strconv.Atoi(k[1:])
	if err != nil {
		return -1
	}
	return n
}

// mentionsIn returns the mentions of ms in article id.
func mentionsIn(ms []*mention, id string) []*mention {
	var out []*mention
	for _, m := range ms {
		if m.art.ID == id {
			out = append(out, m)
		}
	}
	return out
}

// negatedBefore returns a quote's words as the meaning tests read them: a
// negation written right before the opening quotation mark ("said the
// plans were not “the answer we need”") negates the quoted words, as one
// written inside them does ("said the plans “were not the answer …”").
func negatedBefore(m *mention) string {
	said := m.fact.Quote.Said
	before := strings.TrimRight(m.art.Text[:m.fact.Span.Start], " ")
	trimmed := strings.TrimRight(before, "\"“‘'")
	if trimmed == before {
		return said // no opening mark right before the quote
	}
	trimmed = strings.TrimRight(trimmed, " ")
	ws := text.LastWords(trimmed, 1)
	if len(ws) == 1 && (ws[0] == "not" || ws[0] == "never" || strings.HasSuffix(trimmed, "n't") || strings.HasSuffix(trimmed, "n’t")) {
		return "not " + said
	}
	return said
}
