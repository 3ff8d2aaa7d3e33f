package group

import (
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosswire/facts"
)

// The affair's reaction (issue 14, session 19). The day after an event
// its news is what was said or done about it: the first report leads with
// the act ("the guitarist has quit the band", "the minister resigned"),
// the next day's report with another act that takes the first as its
// object, named by a noun derived from the first lead's verb ("the
// bandleader played down the guitarist's departure", "the party welcomed
// the minister's resignation"). A version of the first report tells the
// act as its news, with its verb, even when it opens on the reaction
// ("fears were raised after the guitarist quit").
//
// So two leads are another occasion of one affair when the first
// sentence of one tells an event class with a verb and the other's first
// sentence names that class only through a derived noun after a
// determiner or a possessive (departure, resignation, dismissal,
// appointment: a suffix the verb does not have), while telling an act of
// its own (a speech verb, an event class the first lead does not tell,
// or a verb the lexicon does not class after an auxiliary: "will contest
// the acquittal"). A noun with the verb's own form ("the attack",
// "the arrest") is not read: it is how versions of one event refer to it;
// nor one naming a body ("the prosecution", "the department": a doer,
// not an act). Leaving a group is quitting, where the verb alone is
// ambiguous: "left the club", "walked out on the owners" (session 20).
// Asked as a veto
// with nextStep: when both reports are dated the reaction is published at
// least reactionHours after the act, and leads naming one day alike are
// versions.

// reactionHours is the least publication gap of a dated reaction after
// the act it names: the next news cycle (the evening's act in the next
// morning's papers is 10–14 hours on; a reaction filed the same
// afternoon is a new lead of the act's own story).
const reactionHours = 12

// leadActs is what the first sentence of a lead tells: the event classes
// of its verbs (told), the classes it names only through a derived noun
// (named), and whether it has a speech verb.
type leadActs struct {
	told, named []string
	speech      bool
	// verb is whether the lead tells a verb the lexicon does not class
	// after an auxiliary or a modal ("will appeal", "has lodged"): an
	// act, unclassed
	verb bool
}

// auxiliaries are the words a verb of the lead's own follows ("will
// appeal", "has lodged"); skipped are the adverbs and the passive's
// auxiliary between them ("has now been", "will not").
var (
	auxiliaries = map[string]bool{"will": true, "would": true, "shall": true, "should": true, "could": true, "can": true, "may": true, "might": true, "must": true, "has": true, "have": true, "had": true}
	auxSkipped  = map[string]bool{"not": true, "also": true, "now": true, "been": true, "be": true, "already": true, "still": true, "never": true, "yet": true}
)

// determiners are the words before a noun that make it a named event
// ("the departure", "his resignation"); a possessive word ("the
// guitarist's departure") does too.
var determiners = map[string]bool{"the": true, "his": true, "her": true, "their": true, "its": true, "this": true, "that": true}

// nominalSuffixes are the suffixes that derive a noun from a verb, with
// the endings the verb may have in their place: resign-ation,
// cancell-ation, elect-ion, extradit-ion, decis-ion, admiss-ion,
// oppos-ition, appoint-ment, dismiss-al, acquitt-al, arriv-al, deni-al,
// depart-ure, clos-ure, disappear-ance, occurr-ence, reli-ance.
var nominalSuffixes = []string{"ation", "ition", "ion", "ment", "ial", "al", "ure", "ance", "ence"}

// derivedEvent returns the event classes of the verb a noun is derived
// from by one of nominalSuffixes (nil when it is not such a noun, its
// verb is no event verb of the lexicon, or it names a body: isBody).
func derivedEvent(lex *facts.Lexicon, w string) []string {
	if v := derivedVerb(lex, w); v != "" {
		return lex.Classes(v)
	}
	return nil
}

// derivedVerb returns the event verb of the lexicon a noun is derived
// from by one of nominalSuffixes ("" when it is not such a noun, its verb
// is no event verb, or it names a body: isBody).
func derivedVerb(lex *facts.Lexicon, w string) string {
	for _, suffix := range nominalSuffixes {
		stem, ok := strings.CutSuffix(w, suffix)
		if !ok || len(stem) < 3 {
			continue
		}
		n := len(stem)
		cands := []string{stem, stem + "e"}
		// a final consonant doubled before the suffix: cancell-ation,
		// acquitt-al, occurr-ence
		if stem[n-1] == stem[n-2] && !strings.ContainsRune("aeious", rune(stem[n-1])) {
			cands = append(cands, stem[:n-1])
		}
		switch suffix {
		case "ial":
			cands = append(cands, stem+"y")
		case "ation":
			cands = append(cands, stem+"ate")
		case "ion":
			// the verb's final d, de or t becomes s: decide → decis-ion,
			// extend → extens-ion, admit → admiss-ion
			if r, ok := strings.CutSuffix(stem, "ss"); ok {
				cands = append(cands, r+"t")
			} else if r, ok := strings.CutSuffix(stem, "s"); ok {
				cands = append(cands, r+"de", r+"d", r+"t")
			}
		case "ance", "ence":
			if r, ok := strings.CutSuffix(stem, "i"); ok {
				cands = append(cands, r+"y")
			}
		}
		for _, c := range cands {
			if lex.IsEvent(c) {
				if isBody(w) {
					return ""
				}
				return c
			}
		}
	}
	return ""
}

// isBody reports whether a lower-case noun names an organisation or a
// body of people ("the prosecution", "the commission", "the department"):
// a derived noun of that kind is a doer, not an act (facts.Extractor.
// OrgNoun).
func isBody(w string) bool {
	x, err := personExtractor()
	return err == nil && x.OrgNoun(w)
}

// quitsGroup reports whether the lead's words from i (word i's lemma
// given) tell leaving a group (the Quitting frame), where the verb alone
// is ambiguous (leaving a place): "leave" whose object's head is a noun
// for a group one belongs to ("left the club", "left the town's rowing
// club": facts.Extractor.OrgClassifier) — within five words (a
// determiner, a name of two words, a modifier, the head), past
// determiners, possessives and names and at most one lower-case
// modifier, with no pause — or "walk out on" anyone.
func quitsGroup(lemma string, words []string, pause []bool, i int) bool {
	switch lemma {
	case "leave":
		x, err := personExtractor()
		if err != nil {
			return false
		}
		modifiers := 0
		for k := i + 1; k < len(words) && k <= i+5 && !pause[k-1]; k++ {
			w := words[k]
			switch {
			case w != "" && x.OrgClassifier(w):
				return true
			case w == "" || determiners[w] || possessiveWord(w):
			case modifiers == 0:
				modifiers++
			default:
				return false
			}
		}
	case "walk":
		return i+2 < len(words) && words[i+1] == "out" && words[i+2] == "on"
	}
	return false
}

// possessiveWord reports whether a raw word ends in a possessive ("the
// guitarist's", "members'").
func possessiveWord(f string) bool {
	return strings.HasSuffix(f, "'s") || strings.HasSuffix(f, "s'") || strings.HasSuffix(f, "’s") || strings.HasSuffix(f, "s’")
}

// leadWord is one word of a lead's first sentence as the act readers read
// it: the field f, its letters w (f trimmed of what is not a letter),
// whether w is a lower-case word (not empty, not capitalised: a name is
// no act), and the field before it (prevRaw, trimmed of , ; :).
type leadWord struct {
	f, w, prevRaw string
	lower         bool
}

// leadSentence yields the words of text's first sentence (at most
// leadEventWords words): the sentence ends after a word with . ! or ?
// that is no number and no initial (initialStop).
func leadSentence(text string) iter.Seq[leadWord] {
	return func(yield func(leadWord) bool) {
		var prevRaw string
		for f := range leadFields(text) {
			w := strings.TrimFunc(f, func(c rune) bool { return !unicode.IsLetter(c) })
			c, _ := utf8.DecodeRuneInString(w)
			if !yield(leadWord{f: f, w: w, prevRaw: prevRaw, lower: w != "" && !unicode.IsUpper(c)}) {
				return
			}
			prevRaw = strings.TrimRight(f, ",;:")
			if strings.ContainsAny(f, ".!?") && !isNumberish(f) && !initialStop(w, f) {
				return
			}
		}
	}
}

// namesAfter reports whether a word after the field raw is named as an
// event: raw is a determiner or a possessive.
func namesAfter(raw string) bool {
	return possessiveWord(raw) || isDeterminer(strings.Trim(raw, "\"'`‘’“”("))
}

// derivedAfter returns the event classes of a derived noun lw (lower
// case) named as an event by the field before it (namesAfter), nil when
// it is not one.
func derivedAfter(lex *facts.Lexicon, lw, prevRaw string) []string {
	if !namesAfter(prevRaw) {
		return nil
	}
	return derivedEvent(lex, lw)
}

// isDeterminer reports whether w, in lower case, is one of determiners.
func isDeterminer(w string) bool {
	var buf [5]byte
	lw, long := foldShort(buf[:], w)
	return !long && determiners[string(lw)]
}

// readLeadActs reads the first sentence of text (at most leadEventWords
// words) as leadActs. A derived noun followed by a finite speech verb
// ("the management said") is a body speaking, not an act named.
func readLeadActs(text string) leadActs {
	lex, err := eventLexicon()
	if err != nil {
		return leadActs{}
	}
	// the first sentence's words: raw (for possessives) and lower-case
	// letters only, "" for a capitalised or empty word
	raws, words := make([]string, 0, leadEventWords), make([]string, 0, leadEventWords)
	pause := make([]bool, 0, leadEventWords) // a comma, semicolon or colon after the word
	for x := range leadSentence(text) {
		raws = append(raws, strings.TrimRight(x.f, ",;:"))
		pause = append(pause, strings.ContainsAny(x.f, ",;:"))
		if x.lower {
			words = append(words, strings.ToLower(x.w))
		} else {
			words = append(words, "")
		}
	}
	quit := lex.Classes("quit")
	var a leadActs
	var named []string
	for i, lw := range words {
		if lw == "" {
			continue
		}
		if i > 0 && words[i-1] != "" {
			if p := lex.Phrasal(words[i-1], lw); p != "" {
				a.told = append(a.told, lex.Classes(p)...)
			}
		}
		lemma := lex.Lemma(lw)
		if quitsGroup(lemma, words, pause, i) {
			a.told = append(a.told, quit...)
		}
		var prevRaw string
		if i > 0 {
			prevRaw = raws[i-1]
		}
		// a derived noun after a determiner or a possessive (the
		// determiner first: the lookups cost more)
		if d := derivedAfter(lex, lw, prevRaw); d != nil {
			if i+1 < len(words) && !pause[i] && words[i+1] != "" && !strings.HasSuffix(words[i+1], "ing") && lex.IsSpeech(lex.Lemma(words[i+1])) {
				continue // a body speaking
			}
			named = append(named, d...)
			continue
		}
		a.told = append(a.told, lex.Classes(lemma)...)
		a.speech = a.speech || lex.IsSpeech(lemma)
		for k := i - 1; k >= 0 && k >= i-3 && !auxSkipped[lw]; k-- {
			if auxiliaries[words[k]] {
				a.verb = a.verb || !lex.IsEvent(lemma) && !determiners[lw]
				break
			}
			if !auxSkipped[words[k]] {
				break
			}
		}
	}
	slices.Sort(a.told)
	a.told = slices.Compact(a.told)
	slices.Sort(named)
	for _, c := range slices.Compact(named) {
		if _, ok := slices.BinarySearch(a.told, c); !ok {
			a.named = append(a.named, c)
		}
	}
	return a
}

// namesAnAct reports whether text's first sentence names an event class
// by a derived noun after a determiner or a possessive, as readLeadActs
// reads it before it drops the classes the sentence also tells with a
// verb: false means readLeadActs(text).named is empty. It reads no verb,
// so it is the cheap first question of the reaction veto (a lead names
// the other's act so in about one text in forty of BBC's, METER's, mmds's
// and CASIE's).
func namesAnAct(text string) bool {
	lex, err := eventLexicon()
	if err != nil {
		return false
	}
	for x := range leadSentence(text) {
		if x.lower && derivedAfter(lex, strings.ToLower(x.w), x.prevRaw) != nil {
			return true
		}
	}
	return false
}

// initialStop reports whether a word's full stop is an initial or a
// title's ("J.", "Mr."), not a sentence end: a capitalised word of at
// most two letters.
func initialStop(w, f string) bool {
	c, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(c) && utf8.RuneCountInString(w) <= 2 && strings.HasSuffix(f, ".")
}

// reactionTo reports whether the lead read as later names, through a
// derived noun only, an event the earlier lead tells with its verb, and
// tells an act of its own: a speech verb, or an event class the earlier
// lead does not tell.
func reactionTo(later, earlier *leadActs) bool {
	if later == nil || earlier == nil || len(later.named) == 0 || disjoint(later.named, earlier.told) {
		return false
	}
	return later.speech || later.verb || !subset(later.told, earlier.told)
}

// Stories apart by a reaction (chaining control). At scale the act and
// its reaction do not meet as one pair only: a paper of the act whose lead
// tells it in words the lexicon does not class ("walked out") is the best
// match of both, and joins them through itself. So a pair edge between
// two stories, or the story-level passes' merge of two, is refused when a
// member of one is a reaction (it names by a derived noun, with an act of
// its own) to an act a member of the other tells with its verb, most of
// its members being such reactions: what the stories' members say, not
// the one bridging pair. Asked, as bridges is, only of pairs not both
// dated (dated members have times, which the pair rule reads).

// storyActs counts what a story's members' leads tell: n members whose
// first sentence reads any act, and per class how many tell it with a
// verb (told) and how many are reactions naming it (named: by a derived
// noun, with an act of their own).
type storyActs struct {
	n           int
	told, named map[string]int
}

// add counts a member's lead acts into s.
func (s *storyActs) add(a *leadActs) {
	if len(a.told) == 0 && len(a.named) == 0 {
		return
	}
	if s.told == nil {
		s.told, s.named = map[string]int{}, map[string]int{}
	}
	s.n++
	for _, c := range a.told {
		s.told[c]++
	}
	if a.speech || a.verb || len(a.told) > 0 {
		for _, c := range a.named {
			s.named[c]++
		}
	}
}

// merge adds another story's counts into s.
func (s *storyActs) merge(o *storyActs) {
	if o.n == 0 {
		return
	}
	if s.told == nil {
		s.told, s.named = map[string]int{}, map[string]int{}
	}
	s.n += o.n
	for c, k := range o.told {
		s.told[c] += k
	}
	for c, k := range o.named {
		s.named[c] += k
	}
}

// reactsTo reports whether story x is a reaction to an act story y tells:
// more than half of x's members that read an act name a class by a
// derived noun (the story's own account, not one member's: a version cut
// from the middle of a report reads a later sentence as its lead), which
// a member of y tells with its verb and no more than half of y's members
// name (y is not a reaction to it too).
func reactsTo(x, y *storyActs) bool {
	for c, k := range x.named {
		if 2*k > x.n && y.told[c] > 0 && 2*y.named[c] <= y.n {
			return true
		}
	}
	return false
}

// react reports whether one of two stories is a reaction to an act the
// other tells (reactsTo).
func react(x, y *storyActs) bool {
	return x != nil && y != nil && (reactsTo(x, y) || reactsTo(y, x))
}

// actsOf returns batch doc d's lead acts (readLeadActs), read on first
// use; nil when the batch keeps no articles, empty when d's lead is not
// English.
func (ix *Index) actsOf(d uint32) *leadActs {
	if !ix.readsArticles() || int(d) >= len(ix.topics.arts) || ix.topics.arts[d] == nil {
		return nil
	}
	text := ix.topics.arts[d].Text
	return kept(&ix.topics.events.acts[d], func() leadActs {
		if !english(text) {
			return leadActs{}
		}
		return readLeadActs(text)
	})
}

// namesAct reports whether batch doc d's lead names an act by a derived
// noun (namesAnAct), read on first use: false means actsOf(d) names
// nothing, so d is no reaction (reactionTo) and, with no member of either
// story naming one, no two stories react (react). Asked before actsOf,
// which reads every verb of the lead.
func (ix *Index) namesAct(d uint32) bool {
	if !ix.readsArticles() || int(d) >= len(ix.topics.arts) || ix.topics.arts[d] == nil {
		return false
	}
	p := &ix.topics.events.namesAct[d]
	switch p.Load() {
	case actNamed:
		return true
	case actUnnamed:
		return false
	}
	v := actUnnamed
	if namesAnAct(ix.topics.arts[d].Text) {
		v = actNamed
	}
	p.Store(v)
	return v == actNamed
}

// The states of a doc's namesAct reading (docEvents.namesAct).
const (
	actUnread uint32 = iota
	actUnnamed
	actNamed
)

// reactionTo reports whether batch doc later's lead is a reaction to the
// act doc earlier's lead tells (reactionTo on their actsOf), reading the
// leads' verbs only when later's names an act (namesAct).
func (ix *Index) reactionTo(later, earlier uint32) bool {
	return ix.namesAct(later) && reactionTo(ix.actsOf(later), ix.actsOf(earlier))
}

// storiesActs returns each story's acts, keyed by its root in roots (a
// doc's root), for the stories with any: one reading of every doc's lead.
func (ix *Index) storiesActs(roots []uint32) map[uint32]*storyActs {
	out := map[uint32]*storyActs{}
	for d, r := range roots {
		a := ix.actsOf(uint32(d))
		if a == nil || len(a.told) == 0 && len(a.named) == 0 {
			continue
		}
		s := out[r]
		if s == nil {
			s = &storyActs{}
			out[r] = s
		}
		s.add(a)
	}
	return out
}

// reactsAcross reports whether the stories of a and b (not both dated)
// hold an act and a reaction to it (see above): the pair pass's stories,
// kept at their roots in ix.acts from the first undated edge asked on and
// merged by union; asked only in joinBestAnchorEdges (ix.actsOn).
func (ix *Index) reactsAcross(a, b uint32) bool {
	if !ix.actsOn || ix.hours[a] > 0 && ix.hours[b] > 0 || !ix.readsArticles() {
		return false
	}
	ra, rb := ix.find(a), ix.find(b)
	if ra == rb {
		return false
	}
	if ix.acts == nil {
		roots := make([]uint32, ix.n)
		for d := range roots {
			roots[d] = ix.find(uint32(d))
		}
		ix.acts = ix.storiesActs(roots)
	}
	return react(ix.acts[ra], ix.acts[rb])
}

// react reports whether stories ka and kb of the cores hold an act and a
// reaction to it (see storyActs): mergeCores' refusal of two stories one
// bridging pair would not join either.
func (c *cores) react(ix *Index, ka, kb int32) bool {
	if !ix.readsArticles() || !slices.ContainsFunc(c.members[ka], ix.memberNamesAct) && !slices.ContainsFunc(c.members[kb], ix.memberNamesAct) {
		return false // no member names an act: neither story is a reaction
	}
	acts := func(k int32) *storyActs {
		var s storyActs
		for _, m := range c.members[k] {
			if a := ix.actsOf(uint32(m)); a != nil {
				s.add(a)
			}
		}
		return &s
	}
	return react(acts(ka), acts(kb))
}

// memberNamesAct is namesAct of a story member's article index.
func (ix *Index) memberNamesAct(m int) bool { return ix.namesAct(uint32(m)) }
