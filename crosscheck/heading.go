package crosscheck

import (
	"strings"

	"crosswire/text"
)

// This file turns the words of a fact into a discrepancy subject that
// reads as a heading: "passengers injured" rather than "number of
// passengers three", "date of the inspection" rather than "period of the
// inspect". The words come from the fact and its sentence (the noun a
// figure counts, the words the versions share after it, the event a date
// is about); only their form is changed: auxiliaries dropped, a verb
// lemma made the noun of its event.

// auxiliaries are the verb forms dropped from a heading: "27 passengers
// were injured" → "passengers injured".
var auxiliaries = setOf(`was were is are be been being has have had will would could may might shall should`)

// numberWords are figures written as words: never what a figure counts
// or what happened to it ("number of passengers three").
var numberWords = setOf(`one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands
million millions billion billions dozen dozens half quarter`)

// timeUnits are counted nouns that measure a length of time.
var timeUnits = setOf(`second seconds minute minutes hour hours day days week weeks month months year years decade decades century centuries`)

// headPrepositions may open the words after a counted noun in a heading
// ("years in prison", "people on board").
var headPrepositions = setOf(`in on at from for of aboard with without under over into after before`)

// phraseTo returns the words of m's sentence after its span up to and
// including the word w, auxiliaries dropped: for "27 passengers were
// injured" and w "injured", "injured". Empty when w is not within four
// words of the span or punctuation comes first.
func phraseTo(m *mention, w string) string {
	rest := clauseAfter(m)
	if w == "" || rest == "" {
		return ""
	}
	var out []string
	for i, x := range text.Words(rest) {
		if i >= 5 {
			return ""
		}
		if x == w {
			return strings.Join(append(out, x), " ")
		}
		if auxiliaries[x] || x == "not" {
			continue
		}
		out = append(out, x)
	}
	return ""
}

// clauseAfter is the rest of the figure's clause after its span: m's
// sentence from the span's end to the first punctuation. A word past it
// belongs to another clause ("injuring 13 people, the city's office said":
// "city" says nothing of the people) and never heads the figure.
func clauseAfter(m *mention) string {
	cut := m.fact.Span.End - m.sentStart
	if cut < 0 || cut > len(m.sentence) {
		return ""
	}
	rest := m.sentence[cut:]
	if end := strings.IndexAny(rest, ".,;:!?\"“”()"); end >= 0 {
		rest = rest[:end]
	}
	return rest
}

// participle reports a word shaped like a past participle or a present
// one: it follows a noun in a heading as it stands ("people evacuated",
// "people living").
func participle(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "ing")
}

// countedHeading names what a figure counts, from the counted noun and the
// words after it the versions share: "passengers injured", "years in
// prison", "people who ran", else "number of passengers".
func countedHeading(ms []*mention, counted, shared string) string {
	noun := plural(counted)
	if shared == "" || numberWords[shared] {
		return "number of " + noun
	}
	if timeUnits[noun] && shared == "ago" {
		return "how long ago"
	}
	phrase := phraseTo(ms[0], shared)
	if phrase == "" {
		phrase = shared
	}
	first := strings.Fields(phrase)[0]
	switch {
	case participle(first), headPrepositions[first]:
		return noun + " " + phrase
	case timeUnits[noun]:
		return "number of " + noun + " (" + phrase + ")"
	case text.StopWord(first):
		// "hopefuls to win", "people that": a function word opens no
		// clause a heading can keep
		return "number of " + noun
	}
	// a finite verb after the noun: "5,000 people ran" → "people who ran"
	rel := "that"
	if noun == "people" || strings.HasSuffix(noun, "ers") || strings.HasSuffix(noun, "ists") || strings.HasSuffix(noun, "ians") || strings.HasSuffix(noun, "ents") || strings.HasSuffix(noun, "ants") {
		rel = "who"
	}
	return noun + " " + rel + " " + phrase
}

// amountHeading names a sum or a share from the word the versions share:
// "amount paid", "amount of the deal", "percentage rise".
func amountHeading(lead, shared string) string {
	switch {
	case shared == "" || numberWords[shared]:
		return lead
	case participle(shared) || lead == "percentage":
		return lead + " " + shared
	}
	return lead + " of the " + shared
}

// eventNoun returns the noun of the event a date is about. The extractor
// gives either a noun as written ("the election") or the lemma of the
// nearest event verb ("inspect" for "inspected"); a lemma is made a noun:
// "inspect" → "inspection", "die" → "death", "sink" → "sinking". A word
// that stands as written in one of the sentences is kept.
func eventNoun(event string, ms []*mention) string {
	ev := strings.ToLower(strings.TrimSpace(event))
	if ev == "" || strings.Contains(ev, " ") {
		return ev
	}
	for _, m := range ms {
		for _, x := range text.Words(m.sentence) {
			if x == ev {
				return ev
			}
		}
	}
	return nominal(ev)
}

// irregularNouns are event verbs whose noun is not formed by a suffix
// rule (general English morphology), or is the verb itself.
var irregularNouns = map[string]string{
	"die": "death", "sell": "sale", "buy": "purchase", "marry": "marriage", "arrive": "arrival", "fail": "failure",
	"close": "closure", "decide": "decision", "try": "trial", "bear": "birth", "fly": "flight", "lose": "loss",
	"grow": "growth", "leave": "departure", "pay": "payment", "agree": "agreement", "announce": "announcement",
	"appoint": "appointment", "approve": "approval", "resign": "resignation", "publish": "publication",
	"discover": "discovery", "deliver": "delivery", "recover": "recovery", "steal": "theft", "invade": "invasion",
	"explode": "explosion", "expand": "expansion", "collide": "collision", "conclude": "conclusion",
	"divide": "division", "propose": "proposal", "refuse": "refusal", "remove": "removal", "renew": "renewal",
	"withdraw": "withdrawal", "deny": "denial", "acquire": "acquisition", "admit": "admission", "permit": "permission",
	"describe": "description", "intrude": "intrusion", "attack": "attack", "raid": "raid", "hack": "hack",
	"launch": "launch", "release": "release", "visit": "visit", "start": "start", "strike": "strike",
	"collapse": "collapse", "crash": "crash", "breach": "breach", "leak": "leak", "return": "return",
	"rescue": "rescue", "vote": "vote", "win": "win", "move": "move", "search": "search", "escape": "escape",
	"attempt": "attempt", "protest": "protest", "ban": "ban", "arrest": "arrest", "charge": "charge",
	"report": "report", "change": "change", "delay": "delay", "increase": "increase", "rise": "rise", "fall": "fall",
	"cut": "cut", "end": "end", "begin": "beginning", "meet": "meeting", "see": "sighting", "hold": "holding",
}

// nominal makes the noun of an event verb's lemma: an irregular noun,
// else a suffix rule ("evacuate" → "evacuation", "inspect" →
// "inspection", "privatise" → "privatisation", "notify" →
// "notification"), else the gerund ("sink" → "sinking").
func nominal(lemma string) string {
	if n, ok := irregularNouns[lemma]; ok {
		return n
	}
	switch {
	case strings.HasSuffix(lemma, "ate") && len(lemma) > 4:
		return lemma[:len(lemma)-1] + "ion"
	case strings.HasSuffix(lemma, "ct") || strings.HasSuffix(lemma, "pt"):
		return lemma + "ion"
	case strings.HasSuffix(lemma, "ise") || strings.HasSuffix(lemma, "ize"):
		return lemma[:len(lemma)-1] + "ation"
	case strings.HasSuffix(lemma, "ify"):
		return lemma[:len(lemma)-1] + "ication"
	case strings.HasSuffix(lemma, "ee"):
		return lemma + "ing"
	case strings.HasSuffix(lemma, "e") && len(lemma) > 2:
		return lemma[:len(lemma)-1] + "ing"
	}
	// one short syllable ending in a single consonant doubles it: "stop"
	// → "stopping", "ship" → "shipping"
	if n := len(lemma); n >= 3 && n <= 4 && isConsonant(lemma[n-1]) && !isConsonant(lemma[n-2]) && isConsonant(lemma[n-3]) &&
		!strings.ContainsAny(lemma[:n-2], "aeiou") && !strings.ContainsRune("wxy", rune(lemma[n-1])) {
		return lemma + lemma[n-1:] + "ing"
	}
	return lemma + "ing"
}

func isConsonant(b byte) bool { return b >= 'a' && b <= 'z' && !strings.ContainsRune("aeiou", rune(b)) }

// dateLead is the word a date subject opens with: the precision of the
// dates the versions give ("date", "month", "year"), "period" when one
// of them spans more than its unit.
func dateLead(grans []string, spans bool) string {
	if spans {
		return "period"
	}
	lead := "date"
	for _, g := range grans {
		switch {
		case g == "year":
			lead = "year"
		case g == "month" && lead == "date":
			lead = "month"
		}
	}
	return lead
}
