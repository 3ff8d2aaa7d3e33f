package group

import (
	"iter"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"crosswire"
	"crosswire/facts"
)

// The lead's event (issue 14, pairs apart). Two versions of one story tell
// one event — both say who won, both who was arrested — while one
// subject's other occasion leads with another event: a club wins one week
// and sacks its manager the next, a politician denies and later resigns.
// The event is read as the classes of the event verbs of
// facts/lexicon/events.tsv (general English event and outcome verbs, in
// classes named after FrameNet frames; every class of a lemma) among the
// lower-case words.
//
// Leads alone do not tell versions from other occasions: a paper leads
// with another side of the story than the wire (measured: of the real
// pairs the weaker anchor rules join as a pair, the two leads' classes are
// disjoint for 98 of METER's 298, 9 of MT's 114, 5 of mmds's 50; of the
// different-story pairs that merge, 14 of METER's 33, 57 of MT's 88, 15
// of BBC's 24). What a version does not do is leave the other's lead
// event untold: a paper that leads with the critics still says the show
// ended. So the condition is that each lead names an event and neither
// lead's events are told anywhere in the other article (eventsUntold).
// It is asked of the rare-anchor rule only (verify: a pair at the low
// anchor cosine of independent reports, as leadsAgree is), for two
// English texts (the lexicon is English; a Catalan or Malay word read by
// the English lemmatiser is noise). On the cosine rule it was measured and
// not kept: 5 different-story pairs apart (METER 4, BBC 1) for 12 real
// METER pairs lost. No threshold: a class is told or not.

// leadEventWords is the number of body words read for the lead's events:
// the lead sentence of an inverted pyramid (25–35 words), as LeadTokens.
const leadEventWords = LeadTokens

// eventLexicon is the facts package's event lexicon, loaded once and
// read-only after.
var eventLexicon = sync.OnceValues(facts.NewLexicon)

// leadEvents returns the sorted distinct event classes (every class of
// each lemma) of the event verbs among the first leadEventWords words of
// text. Capitalised words are left out: a name ("Win", "Sterling") is no
// event; a lead's verbs are lower case. Nil when the lexicon does not load
// or the lead names no event.
func leadEvents(text string) []string { return textEvents(text, leadEventWords) }

// textEvents returns the event classes among the first words words of
// text (all of them when words ≤ 0), as leadEvents reads them.
func textEvents(text string, words int) []string {
	lex, err := eventLexicon()
	if err != nil {
		return nil
	}
	var out []string
	n := 0
	var prev string
	for w := range strings.FieldsFuncSeq(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '-' }) {
		w = strings.Trim(w, "'-")
		if w == "" {
			continue
		}
		n++
		if words > 0 && n > words {
			break
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			prev = ""
			continue
		}
		if prev != "" {
			if p := lex.Phrasal(prev, w); p != "" {
				out = append(out, lex.Classes(p)...)
			}
		}
		out = append(out, lex.Classes(lex.Lemma(w))...)
		prev = w
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// eventsUntold reports whether each lead names events and neither lead's
// events are told anywhere in the other article (la, lb: the leads'
// classes; ta, tb: the whole texts' classes).
func eventsUntold(la, lb, ta, tb []string) bool {
	return len(la) > 0 && len(lb) > 0 && disjoint(la, tb) && disjoint(lb, ta)
}

func disjoint(a, b []string) bool {
	for _, c := range a {
		if _, ok := slices.BinarySearch(b, c); ok {
			return false
		}
	}
	return true
}

// docEvents holds each doc's event classes, its lead's and its whole
// text's, its quoted runs (quoted.go) and its tallies (tally.go), each
// computed on first use (safe for concurrent use: the batch's workers
// verify pairs that share docs): the whole text is read only for a doc
// whose lead names an event and whose pair's other lead does too, the
// quoted runs only for a doc of a pair the quoted-statement rule is
// asked, the tallies only for a doc of a pair a rule that parts
// occasions is asked. Its topic words as a pair alone reads them
// (articleWords) and its headline's keys (headKeys) are kept for a doc of
// a pair those rules ask, which is in many pairs: a pointer a doc (the
// first reader stores; two readers at once compute the same value), as
// few docs are asked (reprint set ×10: 434 and 11,762 of 45,310).
type docEvents struct {
	leadOnce, allOnce, quoteOnce, tallyOnce, personOnce []sync.Once
	lead, all                                           [][]string
	quotes, tallies                                     [][]uint32
	persons                                             [][]uint64
	names                                               [][]personName
	counts                                              [][]uint64 // count.go
	words                                               []atomic.Pointer[[]uint32]
	heads                                               []atomic.Pointer[headKeys]
	leadNumbers                                         []atomic.Pointer[[]uint64]
	recalls                                             []atomic.Pointer[recall]
	acts                                                []atomic.Pointer[leadActs]  // reaction.go
	stages, stageLeads                                  []atomic.Pointer[actStages] // actstage.go: the whole text's, the first sentence's
	namesAct                                            []atomic.Uint32             // reaction.go: actUnread, actUnnamed, actNamed
	titles                                              []atomic.Pointer[[]uint32]
	textLinks                                           []atomic.Pointer[[]uint64]
	texts                                               []atomic.Pointer[docText] // doctext.go
}

func newDocEvents(n int) docEvents {
	return docEvents{leadOnce: make([]sync.Once, n), allOnce: make([]sync.Once, n), quoteOnce: make([]sync.Once, n),
		tallyOnce: make([]sync.Once, n), personOnce: make([]sync.Once, n), lead: make([][]string, n), all: make([][]string, n),
		quotes: make([][]uint32, n), tallies: make([][]uint32, n), persons: make([][]uint64, n), names: make([][]personName, n), counts: make([][]uint64, n),
		words: make([]atomic.Pointer[[]uint32], n), heads: make([]atomic.Pointer[headKeys], n),
		leadNumbers: make([]atomic.Pointer[[]uint64], n),
		recalls:     make([]atomic.Pointer[recall], n),
		acts:        make([]atomic.Pointer[leadActs], n),
		stages:      make([]atomic.Pointer[actStages], n), stageLeads: make([]atomic.Pointer[actStages], n),
		namesAct: make([]atomic.Uint32, n),
		titles:   make([]atomic.Pointer[[]uint32], n), textLinks: make([]atomic.Pointer[[]uint64], n),
		texts: make([]atomic.Pointer[docText], n)}
}

// kept returns what *p holds, storing read()'s value there first when it
// holds nothing.
func kept[T any](p *atomic.Pointer[T], read func() T) *T {
	if v := p.Load(); v != nil {
		return v
	}
	v := read()
	p.CompareAndSwap(nil, &v)
	return p.Load()
}

// wordsOf returns doc d's topic words as the pair alone reads them
// (articleWords).
func (e *docEvents) wordsOf(d uint32, art *crosswire.Article) []uint32 {
	return *kept(&e.words[d], func() []uint32 { return articleWords(art) })
}

// headOf returns doc d's headline keys, read by read on first use.
func (e *docEvents) headOf(d uint32, read func() headKeys) *headKeys {
	return kept(&e.heads[d], read)
}

// leadNumbersOf returns the numbers of doc d's lead (leadNumbers), read on
// first use.
func (e *docEvents) leadNumbersOf(d uint32, art *crosswire.Article) []uint64 {
	return *kept(&e.leadNumbers[d], func() []uint64 { return leadNumbers(art.Text) })
}

// titlesOf returns the words doc d's text writes as a title of a name
// (titleWords), read on first use.
func (e *docEvents) titlesOf(d uint32, art *crosswire.Article) []uint32 {
	return *kept(&e.titles[d], func() []uint32 { return titleWords(art.Text) })
}

// textLinksOf returns the name links of doc d's whole text
// (textNameLinks over its anchors), read on first use.
func (e *docEvents) textLinksOf(d uint32, art *crosswire.Article, anchors []uint32) []uint64 {
	return *kept(&e.textLinks[d], func() []uint64 { return textNameLinks(art.Text, anchors) })
}

// personsOf returns the surname keys of doc d's persons (personNames:
// the last words of the persons named in two words or more).
func (e *docEvents) personsOf(d uint32, art *crosswire.Article) []uint64 {
	e.readPersons(d, art)
	return e.persons[d]
}

// namesOf returns doc d's persons (personNames).
func (e *docEvents) namesOf(d uint32, art *crosswire.Article) []personName {
	e.readPersons(d, art)
	return e.names[d]
}

// countsOf returns doc d's counts of things (thingCounts).
func (e *docEvents) countsOf(d uint32, art *crosswire.Article) []uint64 {
	e.readPersons(d, art)
	return e.counts[d]
}

// readPersons reads doc d's persons and counts once (one extraction by
// the facts package serves personsOf, namesOf and countsOf).
func (e *docEvents) readPersons(d uint32, art *crosswire.Article) {
	e.personOnce[d].Do(func() {
		fs := articleFacts(art)
		e.names[d] = personNames(art, fs)
		for _, p := range e.names[d] {
			e.persons[d] = append(e.persons[d], p.surname)
		}
		e.counts[d] = thingCounts(fs)
	})
}

// quotesOf returns doc d's quoted runs (quotedRuns).
func (e *docEvents) quotesOf(d uint32, art *crosswire.Article) []uint32 {
	e.quoteOnce[d].Do(func() { e.quotes[d] = quotedRuns(art.Text) })
	return e.quotes[d]
}

// talliesOf returns doc d's tallies (articleTallies).
func (e *docEvents) talliesOf(d uint32, art *crosswire.Article) []uint32 {
	e.tallyOnce[d].Do(func() { e.tallies[d] = articleTallies(art) })
	return e.tallies[d]
}

// leadOf returns doc d's lead event classes; nil when its lead does not
// read as English (the lexicon is English).
func (e *docEvents) leadOf(d uint32, art *crosswire.Article) []string {
	e.leadOnce[d].Do(func() {
		if english(art.Text) {
			e.lead[d] = leadEvents(art.Text)
		}
	})
	return e.lead[d]
}

// allOf returns the event classes of doc d's whole text.
func (e *docEvents) allOf(d uint32, art *crosswire.Article) []string {
	e.allOnce[d].Do(func() { e.all[d] = textEvents(art.Text, 0) })
	return e.all[d]
}

// eventsUntold reports whether the batch articles a and b are both English
// and neither lead's events are told in the other (eventsUntold).
func (ix *Index) eventsUntold(a, b uint32) bool {
	t := ix.topics
	if t.arts[a] == nil || t.arts[b] == nil {
		return false
	}
	e := &t.events
	la, lb := e.leadOf(a, t.arts[a]), e.leadOf(b, t.arts[b])
	if len(la) == 0 || len(lb) == 0 {
		return false
	}
	return eventsUntold(la, lb, e.allOf(a, t.arts[a]), e.allOf(b, t.arts[b]))
}

// leadFields yields the first leadEventWords whitespace-separated words
// of text, as the lead readers read them.
func leadFields(text string) iter.Seq[string] {
	return func(yield func(string) bool) {
		n := 0
		for f := range strings.FieldsSeq(text) {
			if n++; n > leadEventWords || !yield(f) {
				return
			}
		}
	}
}

// english reports whether a text's lead reads as English: at least three
// of its first leadEventWords words are English function words.
func english(text string) bool {
	n, f := 0, 0
	for w := range strings.FieldsSeq(text) {
		n++
		if n > leadEventWords {
			break
		}
		if functionWord(w) {
			f++
		}
	}
	return f >= 3
}

// functionWord reports whether w, in lower case, is one of the English
// function words english counts.
func functionWord(w string) bool {
	var buf [4]byte
	lw, long := foldShort(buf[:], w)
	if long {
		return false
	}
	switch string(lw) {
	case "the", "of", "and", "to", "in", "a", "is", "was", "has", "for", "on", "with":
		return true
	}
	return false
}

// foldShort returns w in lower case (as strings.ToLower folds it), in
// buf's storage when w is ASCII: the words of a short closed list (the
// function words, the determiners) are looked up without allocating.
// long is true, and nothing folded, when w has more runes than buf has
// bytes, so it is none of them (folding keeps the count of runes).
func foldShort(buf []byte, w string) (lower []byte, long bool) {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return []byte(strings.ToLower(w)), false
		}
		if i == len(buf) {
			return nil, true
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(w)], false
}
