package group

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosswire/facts"
)

// An act told ahead and the act done (issue 14, session 22: pairs apart).
// One firm's or one person's affair moves in steps, and a report tells the
// step it is written at: a suit promised, then filed; an inquiry demanded,
// then opened. The report of the earlier step names the later act too, but
// only as not yet done — after "will" ("the club will appeal"), or as a
// thing wanted ("asking for an audit", "calls for a recount") — because
// when it was written the act had not happened. A version of the later step's story is written after
// the act and tells it done, as the lead it retells does.
//
// So a pair is apart (stageApart) when one text's lead (its first
// leadEventWords words) tells an event class done and the other text
// writes that class, but never done: it knows the act only as ahead,
// wanted or refused. Both texts must be English (the event lexicon is).
// A class the other text never writes is not read here (that is
// eventsUntold's question, leadevent.go). No threshold: a word is told
// done or not.

// stageBack is how many words before an event word a word telling it not
// done may stand, within its clause: "will now formally sue", "demanding
// a full inquiry".
const stageBack = 4

// actStages is what a text tells of its acts' stages: the acts (event
// verbs of the lexicon, by lemma; a noun derived from one stands for its
// verb) its first sentence tells done, and the acts its whole text tells
// done and ahead (each sorted, distinct).
type actStages struct {
	leadDone, done, ahead []string
	// doneClasses are the event classes of the acts told done
	doneClasses []string
}

// stage is how a text tells one event word: done, ahead (after "will" or
// a verb of wanting), or neither (another modal, a negation, an
// infinitive, a counterfactual: no evidence either way).
type stage uint8

const (
	stageDone stage = iota
	stageAhead
	stageNeither
)

// Words that put the act after them not done. A modal or a negation
// ("will sue", "would not sue", "never charged"); a verb of wanting
// whose object the act is ("demanding an inquiry", "seeking damages");
// an adjective of a planned act ("a possible move").
var (
	stageAheadWords = map[string]bool{"will": true, "would": true, "shall": true}
	stageModals     = map[string]bool{"could": true, "may": true, "might": true,
		"should": true, "must": true, "can": true, "not": true, "never": true, "no": true, "without": true}
	stageWanting = map[string]bool{"demand": true, "seek": true, "request": true, "urge": true, "want": true,
		"sought": true}
	// verbs of wanting with "for" ("calling for an inquiry")
	stageWantingFor = map[string]bool{"call": true, "ask": true, "press": true, "push": true}
	stagePlanned    = map[string]bool{"possible": true, "planned": true, "proposed": true, "potential": true,
		"upcoming": true, "threatened": true, "likely": true, "prospective": true}
	// an infinitive after these tells its act done ("managed to flee",
	// "was forced to sell", "agreed to buy": a deal made)
	stageDoneBefore = map[string]bool{"manage": true, "force": true, "agree": true, "compel": true, "help": true, "order": true, "oblige": true}
)

// minDerivedLen is the shortest noun read as derived from an event verb
// here: a stem of three letters and a suffix of two read adjectives as
// acts ("fin-al" as a fine).
const minDerivedLen = 6

// lightVerbs are verbs that carry no act of their own, only with their
// object ("take time", "held talks", "made a move"): not read as acts.
var lightVerbs = map[string]bool{"take": true, "make": true, "get": true, "give": true, "go": true, "come": true,
	"put": true, "set": true, "run": true, "keep": true, "hold": true, "have": true, "do": true, "bring": true}

// stageWord is one word of a text as readActStages reads it.
type stageWord struct {
	lower string // lower case, letters only; "" for a capitalised word
	pause bool   // a clause mark after it
	neg   bool   // a contracted negation ("won't", "didn't")
	lead  bool   // in the text's first sentence
}

// readActStages reads text's event words (the classes of lower-case
// words, of a verb with its particle and of nouns derived from an event
// verb: derivedEvent) and whether each is told done (see above).
func readActStages(text string) actStages { return readStages(text, true) }

// readStages is readActStages of the whole text (whole), or of its first
// sentence only: leadDone alone, the cheap first question of stageApart.
func readStages(text string, whole bool) actStages {
	lex, err := eventLexicon()
	if err != nil {
		return actStages{}
	}
	var words []stageWord
	lead := true
	for f := range strings.FieldsSeq(text) {
		if !lead && !whole {
			break
		}
		w := strings.TrimFunc(f, func(c rune) bool { return !unicode.IsLetter(c) && c != '\'' && c != '’' })
		w = strings.Trim(w, "'’")
		// a clause mark after the word, or a dash standing alone
		pause := strings.ContainsAny(f, ",;:.!?\"“”()") || strings.Trim(f, "-–—") == ""
		sw := stageWord{pause: pause, lead: lead && len(words) < leadEventWords}
		if strings.ContainsAny(f, ".!?") && !isNumberish(f) && !initialStop(w, f) {
			lead = false
		}
		if c, _ := utf8.DecodeRuneInString(w); w != "" && !unicode.IsUpper(c) {
			lw := strings.ToLower(w)
			if base, ok := strings.CutSuffix(strings.ReplaceAll(lw, "’", "'"), "n't"); ok {
				sw.neg, lw = true, base
			}
			sw.lower = lw
		}
		words = append(words, sw)
	}
	var s actStages
	for i, w := range words {
		if w.lower == "" {
			continue
		}
		act, noun := stageAct(lex, words, i)
		if act == "" {
			continue
		}
		switch stageOf(lex, words, i) {
		case stageAhead:
			s.ahead = append(s.ahead, act)
		case stageDone:
			s.done = append(s.done, act)
			s.doneClasses = append(s.doneClasses, lex.Classes(act)...)
			if w.lead && (!noun && toldPast(lex, words, i) || noun && toldBegun(lex, words, i)) {
				s.leadDone = append(s.leadDone, act)
			}
		}
	}
	for _, p := range []*[]string{&s.leadDone, &s.done, &s.ahead, &s.doneClasses} {
		slices.Sort(*p)
		*p = slices.Compact(*p)
	}
	return s
}

// stageAct returns the act word i tells: its phrasal verb with the word
// before, its lemma when that is an event verb, or the event verb it is
// derived from (noun); "" for none.
func stageAct(lex *facts.Lexicon, words []stageWord, i int) (act string, noun bool) {
	lw := words[i].lower
	if i > 0 && words[i-1].lower != "" && !words[i-1].pause {
		if p := lex.Phrasal(words[i-1].lower, lw); p != "" {
			return p, false
		}
	}
	if l := lex.Lemma(lw); lex.IsEvent(l) && !lightVerbs[l] {
		return l, false
	}
	if len(lw) < minDerivedLen {
		return "", false // asked first: derivedVerb tries every suffix
	}
	if v := derivedVerb(lex, lw); v != "" {
		return v, true
	}
	return "", false
}

// stageOf returns how event word i is told: ahead when "will", "would"
// or "shall" or a verb of wanting stands within stageBack words before it
// in its clause ("will sue", "demanding an inquiry"); neither when,
// nearer, another modal, a negation, a planned act's adjective or an
// infinitive's "to" does (but after a verb of stageDoneBefore), or
// "would have" ("would have taken"); else done.
func stageOf(lex *facts.Lexicon, words []stageWord, i int) stage {
	for k := i - 1; k >= 0 && k >= i-stageBack; k-- {
		w := words[k]
		if w.pause {
			break
		}
		if stageAheadWords[w.lower] && words[k+1].lower == "have" {
			return stageNeither
		}
		if stageAheadWords[w.lower] || stageWanting[w.lower] || stageWanting[lex.Lemma(w.lower)] ||
			k+1 < i && words[k+1].lower == "for" && stageWantingFor[lex.Lemma(w.lower)] {
			return stageAhead
		}
		if w.neg || stageModals[w.lower] || stagePlanned[w.lower] && k == i-1 {
			return stageNeither
		}
		if w.lower == "to" && (k == i-1 || k == i-2 && words[i-1].lower == "be") {
			if k == 0 || !stageDoneBefore[lex.Lemma(words[k-1].lower)] {
				return stageNeither
			}
		}
	}
	return stageDone
}

// toldBegun reports whether the act a noun at word i names is told begun
// in its sentence: "under way", or a verb of the begin class told in the
// past ("was launched", "has opened"), within 2·stageBack words after it
// (a noun's own phrase: "an inquiry by the county's ethics board is
// under way").
func toldBegun(lex *facts.Lexicon, words []stageWord, i int) bool {
	for j := i + 1; j < len(words) && j <= i+2*stageBack && words[j-1].lead; j++ {
		if words[j].lower == "way" && words[j-1].lower == "under" {
			return true
		}
		if l := lex.Lemma(words[j].lower); words[j].lower != "" && slices.Contains(lex.Classes(l), "begin") && toldPast(lex, words, j) {
			return true
		}
	}
	return false
}

// toldPast reports whether event word i is a verb told in the past: a
// past form ("sued", "took") after a word of its clause, or a form after
// "has", "have" or "had" within two words ("has again refused"). A present or progressive form
// ("is taking over", "begins filming") may tell an arrangement ahead, and
// a noun tells no tense.
func toldPast(lex *facts.Lexicon, words []stageWord, i int) bool {
	lw := words[i].lower
	if i > 0 && words[i-1].lower == "be" {
		return false // "be screened": after a modal or "to", whatever stands before
	}
	for k := i - 1; k >= 0 && k >= i-2 && !words[k].pause; k-- {
		switch words[k].lower {
		case "has", "have", "had":
			return lex.Lemma(lw) != lw
		}
	}
	// a past form with no auxiliary opening its clause has no subject: a
	// participle ("founded in 1990, the club …"), not a past act
	if i == 0 || words[i-1].pause {
		return false
	}
	if strings.HasSuffix(lw, "ed") && lex.Lemma(lw) != lw {
		return true
	}
	base, ok := facts.BaseForm(lw)
	return ok && base != lw
}

// stageApartOf reports whether the first sentence read as done tells an
// act done that the other text writes only ahead (both read by
// readActStages).
func stageApartOf(lex *facts.Lexicon, done, other *actStages) bool {
	for _, c := range done.leadDone {
		if _, ok := slices.BinarySearch(other.ahead, c); !ok {
			continue
		}
		if _, ok := slices.BinarySearch(other.done, c); !ok && disjoint(lex.Classes(c), other.doneClasses) {
			return true
		}
	}
	return false
}

// stagesOf returns batch doc d's act stages (readActStages), read on
// first use; nil when the batch keeps no articles, empty when d's lead is
// not English.
func (ix *Index) stagesOf(d uint32) *actStages { return ix.docStages(d, true) }

// leadStagesOf returns batch doc d's first sentence's acts done
// (readStages of the lead only), read on first use; nil as stagesOf.
func (ix *Index) leadStagesOf(d uint32) *actStages { return ix.docStages(d, false) }

// docStages is stagesOf (whole) or leadStagesOf, each kept in its own
// list of docEvents.
func (ix *Index) docStages(d uint32, whole bool) *actStages {
	if !ix.readsArticles() || int(d) >= len(ix.topics.arts) || ix.topics.arts[d] == nil {
		return nil
	}
	text := ix.topics.arts[d].Text
	p := &ix.topics.events.stageLeads[d]
	if whole {
		p = &ix.topics.events.stages[d]
	}
	return kept(p, func() actStages {
		if !english(text) {
			return actStages{}
		}
		return readStages(text, whole)
	})
}

// stepsApart reports whether doc done's first sentence tells an act done
// that doc other writes only ahead (stageApartOf). The other's whole text
// is read only when it writes the act's stem ("investigat", "sue"): an
// act told ahead is written in its base form or as its derived noun.
func (ix *Index) stepsApart(lex *facts.Lexicon, done, other uint32) bool {
	ld := ix.leadStagesOf(done)
	if ld == nil || len(ld.leadDone) == 0 || ix.topics.arts[other] == nil || doneInLead(lex, ld, ix.leadStagesOf(other)) ||
		!writesStem(ix.topics.arts[other].Text, ld.leadDone) {
		return false
	}
	so := ix.stagesOf(other)
	return so != nil && stageApartOf(lex, ld, so)
}

// doneInLead reports whether the other text's first sentence already
// tells every act done's lead tells done, or one of its class: then the
// other cannot write it only ahead (stageApartOf), and its whole text is
// not read. A copy or a version of one lead — most pairs verify asks —
// ends here (the reprint set ×10's batch read every such pair's whole
// text).
func doneInLead(lex *facts.Lexicon, done, otherLead *actStages) bool {
	if otherLead == nil {
		return false
	}
	for _, c := range done.leadDone {
		if _, ok := slices.BinarySearch(otherLead.done, c); !ok && disjoint(lex.Classes(c), otherLead.doneClasses) {
			return false
		}
	}
	return true
}

// writesStem reports whether text holds the stem of one of the acts: the
// lemma less a final e when longer than four letters, the verb of a
// phrasal lemma.
func writesStem(text string, acts []string) bool {
	for _, a := range acts {
		a, _, _ = strings.Cut(a, " ")
		if len(a) > 4 {
			a = strings.TrimSuffix(a, "e")
		}
		if strings.Contains(text, a) {
			return true
		}
	}
	return false
}

// stageApart reports whether one of batch docs a and b leads with an act
// done that the other writes only ahead (stageApartOf): the other was
// written before the act. When both are dated, the report of the act done
// is published more than a day after the other (stepAhead's bar: a new
// lead filed the same day is a version).
func (ix *Index) stageApart(a, b uint32) bool {
	lex, err := eventLexicon()
	if err != nil || !ix.readsArticles() || int(max(a, b)) >= len(ix.topics.arts) {
		return false
	}
	var ha, hb uint32
	if int(max(a, b)) < len(ix.hours) {
		ha, hb = ix.hours[a], ix.hours[b]
	}
	dated := ha > 0 && hb > 0
	return (!dated || ha > hb+24) && ix.stepsApart(lex, a, b) || (!dated || hb > ha+24) && ix.stepsApart(lex, b, a)
}

// stageApart reports whether the lone article of batch doc d and more
// than half of story k's members are two steps of one act (Index.
// stageApart): the pair rule asked of the story, as nextStep asks it.
func (c *cores) stageApart(ix *Index, d uint32, k int32) bool {
	return c.majority(k, func(m uint32) bool { return ix.stageApart(d, m) })
}

// stagesApart reports whether stories ka and kb of the cores are two
// steps of one act: more than half of ka's members are, with more than
// half of kb's, the pair rule's two steps (Index.stageApart). mergeCores'
// refusal, as react is: one bridging pair would not join either.
func (c *cores) stagesApart(ix *Index, ka, kb int32) bool {
	return c.majority(ka, func(m uint32) bool { return c.stageApart(ix, m, kb) })
}
