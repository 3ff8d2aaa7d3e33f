package facts

import (
	"slices"
	"strings"
	"unicode"

	"crosswire"
	"crosswire/text"
)

func isAux(l string) bool {
	switch l {
	case "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having",
		"do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "to",
		"got", "get", "gets":
		return true
	}
	return false
}

func isBe(l string) bool {
	switch l {
	case "is", "are", "was", "were", "be", "been", "being", "am", "got", "get", "gets":
		return true
	}
	return false
}

func isDeterminer(l string) bool {
	switch l {
	case "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
		"'s", "’s", "any", "each", "every", "no", "some", "such", "another":
		return true
	}
	return false
}

func isNegation(l string) bool {
	return l == "not" || l == "never" || l == "n't" || strings.HasSuffix(l, "n't") || strings.HasSuffix(l, "n’t") || l == "cannot" || l == "neither" || l == "nor"
}

// extractClaims finds event statements: an event verb of the lexicon used
// as a verb, with its actor (subject, or the "by" phrase of a passive), its
// target (object, or the subject of a passive) and whether the sentence
// negates it — locally ("did not breach", "never", "failed to") or under a
// denial ("denied that … breached", "no evidence that …").
func (d *doc) extractClaims() {
	toks := d.toks
	lex := d.x.lex
	// the subject of the last claim of the sentence, for verbs
	// coordinated with it: an active verb's actor, a passive's subject
	lastActor, lastSubject, lastPassive, lastSent := "", "", false, -1
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.word || t.cap || t.digit || d.used[i] {
			continue
		}
		lem := lex.Lemma(t.lower)
		form := t.lower
		if isBe(form) && form != "being" {
			// "is", "are", "am" are forms of "be" too: "X is behind",
			// "X is responsible" (a phrasal lemma "be …")
			lem, form = "be", "be"
		}
		base := lem
		vEnd := i // last token of the verb (its particle for a phrasal verb)
		innerNeg := false
		if i+1 < len(toks) && toks[i+1].word && !toks[i+1].cap && toks[i+1].sent == t.sent {
			if ph := lex.Phrasal(form, toks[i+1].lower); ph != "" {
				lem, vEnd = ph, i+1
			} else if form == "be" && isNegation(toks[i+1].lower) && i+2 < len(toks) && toks[i+2].word && toks[i+2].sent == t.sent {
				// "was not behind", "is not responsible": the negation
				// stands between "be" and its particle
				if ph := lex.Phrasal(form, toks[i+2].lower); ph != "" {
					lem, vEnd, innerNeg = ph, i+2, true
				}
			}
		}
		if !lex.IsEvent(lem) && !carryOutVerb(lem) {
			if v := derivedVerb(lem); v != "" && lex.IsEvent(v) && i+1 < len(toks) && toks[i+1].lower != "of" {
				// a noun derived from an event verb, with what it is
				// done to: "intrusions at X" (intrusion ← intrude); not
				// after "of", which also names the kind or the doer
				d.nominalClaim(i, v)
			}
			continue
		}
		passive, ok := d.verbUse(i, base)
		if !ok {
			if lem == base && lex.IsEvent(lem) {
				d.nominalClaim(i, lem)
			}
			continue
		}
		sent := t.sent
		first := i
		for first > 0 && toks[first-1].sent == sent {
			first--
		}
		last := i
		for last+1 < len(toks) && toks[last+1].sent == sent {
			last++
		}
		neg := d.localNegation(i, first) || innerNeg
		if d.governedByDenial(i, first) {
			neg = !neg
		}
		// actor side: left of the aux chain
		k := i - 1
		for k >= first && toks[k].lower != "to" && (isAux(toks[k].lower) || chainAdverb(toks[k].lower) || isNegation(toks[k].lower) || strings.HasSuffix(toks[k].lower, "ly") || toks[k].lower == "also" || toks[k].lower == "allegedly" || toks[k].lower == "failed" || toks[k].lower == "unable" || toks[k].lower == "reportedly") {
			k--
		}
		// "is expected to visit", "plans to sell": the subject is the
		// governing verb's
		if k > first && toks[k].lower == "to" && toks[k-1].word && toks[k-1].cap {
			k-- // "urged Estmark to stop": the object is the actor
		} else if k > first && toks[k].lower == "to" && (toks[k-1].word && d.verbForm(k-1) || raisingAdjective(d.toks[k-1].lower) || quoteMark(toks[k-1].text) && k-1 > first && raisingAdjective(toks[k-2].lower)) {
			// "is thought to be", "is (“highly”) likely to be": the
			// subject of the verb or adjective governing "to"
			k -= 2
			for k >= first && (isAux(toks[k].lower) || isNegation(toks[k].lower) || strings.HasSuffix(toks[k].lower, "ly") || quoteMark(toks[k].text) || raisingAdjective(toks[k].lower)) {
				k--
			}
		}
		// a verb right after "and"/"or"/"but" shares the subject of the
		// verb it is coordinated with ("investigators searched homes in
		// Vessburg and seized documents"): the nearest name before "and"
		// ends the first verb's object, not the subject of the second
		coordinated := k > first && (toks[k].lower == "and" || toks[k].lower == "but" || toks[k].lower == "or")
		leftText, leftS := "", -1
		if coordinated && sent == lastSent && (lastActor != "" || lastPassive && lastSubject != "") {
			if lastPassive && !strings.HasSuffix(t.lower, "ing") && t.lower != base && !strings.HasSuffix(t.lower, "s") {
				// "was arrested and charged": the subject of both passives
				passive, leftText = true, lastSubject
			} else {
				leftText = lastActor
			}
		} else if coordinated {
			leftText, leftS = d.clauseSubject(first, k)
		} else if passive && k > first && toks[k].text == "," && onlyAdverbs(toks[k+1:i]) {
			// "the deal, struck at …": the noun before the comma
			leftText, leftS = d.argLeft(first, k-1, i)
		} else {
			leftText, leftS = d.argLeft(first, k, i)
		}
		if leftText == "" && k > first && (toks[k].lower == "which" || toks[k].lower == "who" || toks[k].lower == "that") {
			// a relative clause: its subject is the name it follows
			// ("the GRU, which is thought to be linked to X")
			leftText, leftS = d.antecedent(first, k)
		}
		if leftText == "" && (k < first || toks[k].lower == "and" || toks[k].lower == "but" || toks[k].lower == "or" || toks[k].lower == ",") {
			// coordinated verbs share the subject of their clause
			if sent == lastSent && lastActor != "" {
				leftText = lastActor
			} else {
				leftText, leftS = d.clauseSubject(first, k)
			}
		}
		rightText, rightE, byText, byE := d.argRight(vEnd+1, last, passive)
		if vEnd+1 < len(toks) && toks[vEnd+1].lower == "to" && vEnd+2 < len(toks) && toks[vEnd+2].word && !toks[vEnd+2].cap && !toks[vEnd+2].digit {
			rightText, rightE = "", -1 // "agreed to buy X": X is the object of "buy"
		}
		actor, target := leftText, rightText
		spanS, spanE := t.start, toks[vEnd].end
		if passive {
			actor, target = byText, leftText
			if byE > 0 {
				spanE = max(spanE, byE)
			}
			if rightE > 0 && byText == "" {
				spanE = max(spanE, rightE)
			}
		} else if rightE > 0 {
			spanE = max(spanE, rightE)
		}
		if leftS >= 0 {
			spanS = min(spanS, leftS)
		}
		if sent != lastSent {
			lastActor, lastSubject, lastPassive, lastSent = "", "", false, sent
		}
		if leftText != "" {
			if passive {
				lastSubject, lastPassive = leftText, true
			} else {
				lastActor, lastPassive = leftText, false
			}
		}
		if speaker, ok := d.quotedSelf(first, k, i); ok && !passive {
			// the speaker's own account inside a quotation: "I" is the
			// speaker; "we", "you", "my client" name no one the claim
			// can carry, so the event keeps its polarity without them
			actor = speaker
		}
		class := d.namingClass(lem, actor, passive)
		if class == "use" && (!passive || byText == "") {
			// an instrument and its user only as "the tool was used by
			// X": "X used Y" is told of almost anything done
			continue
		}
		if class == "locate" && (!passive || vEnd+1 > last || toks[vEnd+1].lower != "in" && toks[vEnd+1].lower != "out") {
			// where an organisation is: "X is based in Y", not "the
			// figures were based on estimates"
			continue
		}
		if carryOutVerb(lem) {
			// "conducted the attacks", "the raid was mounted by X":
			// carrying out a deed, when what is carried out is one
			if d.deedDone(first, k, vEnd, last, passive) {
				class = "perpetrate"
			} else if !lex.IsEvent(lem) {
				continue
			}
		}
		if actor == "" && target == "" {
			continue
		}
		verb := lem
		if neg {
			verb = "not " + lem
		}
		parts := []string{}
		for _, p := range []string{actor, verb, target} {
			if p != "" {
				parts = append(parts, p)
			}
		}
		c := &crosswire.Claim{
			Actor: actor, Verb: d.text[t.start:toks[vEnd].end], Lemma: lem, Target: target, Negated: neg,
			Class: class, Passive: passive,
		}
		lo, hi := toks[first].start, toks[last].end
		if passive {
			c.ActorSpan = d.argSpan(byText, -1, byE, lo, hi)
			c.TargetSpan = d.argSpan(leftText, leftS, -1, lo, hi)
		} else {
			if actor == leftText {
				c.ActorSpan = d.argSpan(actor, leftS, -1, lo, hi)
			}
			c.TargetSpan = d.argSpan(rightText, -1, rightE, lo, hi)
		}
		d.add(crosswire.Fact{Kind: crosswire.KindClaim, Value: strings.Join(parts, " "), Claim: c}, spanS, spanE)
	}
}

// argSpan locates a claim argument read as value, starting at byte start
// or ending at byte end (-1 when not known), inside the sentence lo..hi:
// the span of the entity mention there when one starts or ends at that
// offset, else the value's own words at that offset, else the value's
// first occurrence in the sentence; nil when value is empty or not
// written in the sentence (a coordinated verb's shared subject read from
// another clause, a pronoun's antecedent).
func (d *doc) argSpan(value string, start, end, lo, hi int) *crosswire.Span {
	if value == "" {
		return nil
	}
	for _, m := range d.mentionsIn(d.tokAt(lo), d.tokAt(hi)) {
		if m.value == value && (start >= 0 && m.spanS == start || end >= 0 && m.spanE == end) {
			return &crosswire.Span{Start: m.spanS, End: m.spanE}
		}
	}
	n := len(value)
	switch {
	case start >= lo && start+n <= hi && strings.EqualFold(d.text[start:start+n], value):
		return &crosswire.Span{Start: start, End: start + n}
	case end >= lo+n && end <= hi && strings.EqualFold(d.text[end-n:end], value):
		return &crosswire.Span{Start: end - n, End: end}
	}
	if i := strings.Index(d.text[lo:hi], value); i >= 0 {
		return &crosswire.Span{Start: lo + i, End: lo + i + n}
	}
	return nil
}

// verbUse decides whether token i, a form of an event verb, is used as a
// verb, and whether in the passive voice. Nouns ("the attack"), participles
// used as adjectives ("using stolen passwords", "120 compromised servers")
// and bare forms without an auxiliary are rejected.
func (d *doc) verbUse(i int, lem string) (passive, ok bool) {
	toks := d.toks
	lex := d.x.lex
	l := toks[i].lower
	prev := ""
	if i > 0 && toks[i-1].sent == toks[i].sent {
		prev = toks[i-1].lower
	}
	if isDeterminer(prev) || (i > 0 && toks[i-1].digit && !d.yearAfterPreposition(i-1)) {
		return false, false
	}
	// nearest non-adverb before
	k := i - 1
	for k >= 0 && toks[k].sent == toks[i].sent && (strings.HasSuffix(toks[k].lower, "ly") || isNegation(toks[k].lower) || toks[k].lower == "also") {
		k--
	}
	pk := ""
	if k >= 0 && toks[k].sent == toks[i].sent {
		pk = toks[k].lower
	}
	// "signed by the minister", not "rose by 5%": a figure after "by" is
	// an amount, not an agent
	nextBy := i+1 < len(toks) && toks[i+1].lower == "by" && toks[i+1].sent == toks[i].sent && !d.amountAfter(i+2)
	isHave := pk == "have" || pk == "has" || pk == "had" || pk == "having"
	switch {
	case l == lem && !(lex.ppIsBase[l] && (isHave || isBe(pk))):
		// base form: after a modal, "do", "to" or a subject pronoun
		switch pk {
		case "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "to",
			"we", "they", "i", "you", "cannot":
			return false, true
		}
		if k >= 0 && toks[k].cap && toks[k].sent == toks[i].sent && lex.ppIsBase[l] {
			return false, true // "Hackers hit", irregular past = base
		}
		return false, false
	case strings.HasSuffix(l, "ing") && l != lem:
		// a gerund after a preposition, with its object: "after
		// targeting the ministry", "suspected of attacking Estmark's
		// port", "evolved from targeting defence firms"
		// ("of" only after a participle — "accused of", "suspected
		// of" — not "because of falling costs", "a pair of running shoes")
		return false, isBe(pk) || k == i-1 && gerundPreposition(pk) && d.objectAfter(i) &&
			(pk != "of" || k > 0 && toks[k-1].sent == toks[i].sent && strings.HasSuffix(toks[k-1].lower, "ed"))
	case (strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss")) && (l == lem+"s" || l == lem+"es" || strings.TrimSuffix(l, "ies")+"y" == lem):
		// third person: after a name or pronoun
		if pk == "he" || pk == "she" || pk == "it" || pk == "who" || pk == "which" || (k >= 0 && toks[k].cap) || k >= 0 && strings.HasSuffix(toks[k].lower, "ly") {
			return false, true
		}
		// after "the <noun>" and before what it acts on — a determiner,
		// a name or a figure: "the lawsuit names Tomas Hale", "the report
		// blames the ministry", "the indictment names two officers" (not
		// "the company shares fell")
		if k == i-1 && k >= 1 && toks[k-1].sent == toks[i].sent && isDeterminer(toks[k-1].lower) && toks[k].word && !toks[k].cap &&
			i+1 < len(toks) && toks[i+1].sent == toks[i].sent && (isDeterminer(toks[i+1].lower) || toks[i+1].cap ||
			toks[i+1].digit || wordNumber(toks[i+1].lower) > 1) {
			return false, true
		}
		return false, false
	default:
		// past tense or participle
		if isBe(pk) {
			return true, true
		}
		if isHave {
			return false, true
		}
		if k < 0 || toks[k].sent != toks[i].sent || !toks[k].word && toks[k].text != "," && toks[k].text != ")" {
			return false, false
		}
		if nextBy {
			return true, true // reduced relative: "the contract signed by the minister"
		}
		// (not after an age in apposition: "Tom Hale, 23, appeared at …")
		ageApposition := k >= 2 && toks[k-1].digit && toks[k-2].text == ","
		if toks[k].text == "," && !ageApposition && l != lem && !strings.HasSuffix(l, "s") && i+1 < len(toks) && toks[i+1].sent == toks[i].sent && isPreposition(toks[i+1].lower) && toks[i+1].lower != "to" {
			// a participle in apposition: "the deal, struck at the summit,"
			return true, true
		}
		if isPreposition(pk) || strings.HasSuffix(pk, "ing") || lex.ppOnly[l] {
			return false, false // participle as adjective
		}
		return false, true
	}
}

// quotedSelf reports a verb inside a quotation whose subject (the words
// of its clause before the verb, tokens first..k) is the speaker or the
// speaker's side: "I", "we", "you", or a phrase they own ("my client",
// "our team"). For "I" it returns the quotation's speaker when that is a
// person, else "". Such subjects must not become actors as written:
// "My client has never taken a decision" is not a claim about a
// "client". The claim is kept (the quotation may be the only place an
// outcome is told) and attributed to the speaker only when the speaker
// is the subject.
func (d *doc) quotedSelf(first, k, verb int) (string, bool) {
	pos := d.toks[verb].start
	qi := -1
	for i, q := range d.quotes {
		if q.in > pos {
			break
		}
		if pos < q.out {
			qi = i
			break
		}
	}
	if qi < 0 {
		return "", false
	}
	for j := k; j >= first && j > k-5; j-- {
		switch d.toks[j].lower {
		case "i":
			if j == k && d.isPersonValue(d.quotes[qi].speaker) {
				return d.quotes[qi].speaker, true
			}
			return "", true
		case "we", "you", "my", "our", "your", "me", "us":
			return "", true
		case ",", ";", ":", "\"", "“", "”", "and", "but", "that", "which", "who":
			return "", false
		}
	}
	return "", false
}

// isPersonValue reports whether v is the canonical name of a person of
// the article.
func (d *doc) isPersonValue(v string) bool {
	if v == "" {
		return false
	}
	for _, i := range d.persons {
		if d.ents[i].value == v {
			return true
		}
	}
	return false
}

// onlyAdverbs reports whether every token is an adverb of a verb chain
// ("previously", "also", "not").
func onlyAdverbs(ts []token) bool {
	for _, t := range ts {
		if !(strings.HasSuffix(t.lower, "ly") || isNegation(t.lower) || t.lower == "also") {
			return false
		}
	}
	return true
}

// amountAfter reports whether token k starts a figure ("5%", "£2m",
// "almost a third", "two points"): after "by" it measures a change.
func (d *doc) amountAfter(k int) bool {
	for k < len(d.toks) && (d.toks[k].lower == "almost" || d.toks[k].lower == "about" || d.toks[k].lower == "around" || d.toks[k].lower == "nearly" || d.toks[k].lower == "just" || d.toks[k].lower == "over" || d.toks[k].lower == "more" || d.toks[k].lower == "than" || d.toks[k].lower == "up" || d.toks[k].lower == "to") {
		k++
	}
	if k >= len(d.toks) {
		return false
	}
	return d.toks[k].digit || d.numberFact(k) != nil || wordNumber(d.toks[k].lower) > 0 && d.toks[k].lower != "a" && d.toks[k].lower != "an" || strings.ContainsAny(d.toks[k].text, "$£€¥")
}

func isPreposition(l string) bool {
	switch l {
	case "in", "at", "on", "from", "to", "into", "for", "with", "through", "across", "over", "under", "during",
		"since", "after", "before", "between", "against", "via", "near", "amid", "without", "within", "of",
		"about", "using", "including", "among", "like", "as", "onto", "toward", "towards", "per", "than":
		return true
	}
	return false
}

// localNegation reports a negation in the verb's own auxiliary chain or a
// "failed to"/"unable to" before it.
func (d *doc) localNegation(i, first int) bool {
	toks := d.toks
	for k := i - 1; k >= first && k >= i-4; k-- {
		l := toks[k].lower
		switch l {
		case "failed", "unable", "fail", "fails", "refused", "refuses", "refuse", "declined", "declines", "decline", "without":
			return true
		case "longer":
			if k > first && toks[k-1].lower == "no" {
				return true
			}
		}
		if isNegation(l) {
			return true
		}
		// "was not about to lose", "is not going to sign", "were not
		// able to stop": the negation governs the verb through the
		// catenative
		if l == "about" || l == "going" || l == "able" || l == "set" || l == "due" || l == "likely" {
			if k+1 < len(toks) && toks[k+1].lower == "to" {
				continue
			}
		}
		if !(isAux(l) || strings.HasSuffix(l, "ly") || l == "also" || l == "yet" || l == "even") {
			break
		}
	}
	return false
}

// governedByDenial reports whether the verb at i sits in a clause that an
// earlier denial governs: "denied that", "rejected claims that", "no
// evidence that", "not true that". A denial that is itself negated ("did
// not deny that") does not count.
func (d *doc) governedByDenial(i, first int) bool {
	toks := d.toks
	lex := d.x.lex
	for k := first; k < i; k++ {
		l := toks[k].lower
		if l == "no" && k+1 < i {
			switch toks[k+1].lower {
			case "evidence", "sign", "signs", "indication", "proof", "suggestion":
				return true
			}
		}
		if (l == "not" || strings.HasSuffix(l, "n't")) && k+2 < i && toks[k+1].lower == "true" {
			return true
		}
		lem := lex.Lemma(l)
		if lem == "deny" || lem == "refute" || lem == "dispute" || lem == "reject" || lem == "dismiss" || lem == "rebut" {
			if d.localNegation(k, first) {
				continue
			}
			// the denial must govern a clause or a gerund reaching the verb
			for j := k + 1; j <= i && j < k+6; j++ {
				jl := toks[j].lower
				if jl == "that" || j == i || strings.HasSuffix(jl, "ing") || jl == "having" {
					return true
				}
			}
		}
	}
	return false
}

// subjectAfterDash reports whether the words between a hyphen standing
// alone as a dash and a verb hold a word of their own — a subject ("the
// pumps failed - engineers restored the backups") —, not only function
// words or an adverb: "X - who founded it", "X - carrying two bags -
// boarded" and "X - to be rebuilt next year" keep X, the dash setting off
// an aside or a relative.
func subjectAfterDash(between []token) bool {
	if len(between) > 0 && strings.HasSuffix(between[0].lower, "ing") {
		return false // a participle's aside: "X - carrying two bags -"
	}
	for _, t := range between {
		if t.lower == "-" {
			return false // the dash opens an aside another one closes
		}
	}
	for _, t := range between {
		if t.lower != "" && !text.StopWord(t.lower) && !strings.HasSuffix(t.lower, "ly") && unicode.IsLetter([]rune(t.lower)[0]) {
			return true
		}
	}
	return false
}

// argLeft finds the subject ending at token k (inclusive): the last entity
// mention of the clause, else a pronoun, else the noun phrase just before
// the verb. It returns the argument and its start offset (-1 when none).
func (d *doc) argLeft(first, k, verb int) (string, int) {
	toks := d.toks
	if k < first {
		return "", -1
	}
	// clause boundary
	b := first
	for j := k; j >= first; j-- {
		l := toks[j].lower
		if l == ";" || l == ":" || l == "that" || l == "which" || l == "but" || l == "while" || l == "\"" || l == "“" || l == "”" || l == "—" || l == "–" || l == "(" || l == ")" || l == "and" && j < k ||
			l == "-" && subjectAfterDash(toks[j+1:verb]) {
			b = j + 1
			break
		}
		if d.speechTok(j) && j < k && !(j > first && isDeterminer(toks[j-1].lower)) {
			// (not a noun: "the state rail operator")
			b = j + 1
			break
		}
		if l == "," && !d.insideMention(toks[j].start) {
			// appositive: "Keller, 52, denied"
			if j2 := d.appositiveStart(first, j); j2 >= 0 {
				j = j2
				continue
			}
			b = j + 1
			break
		}
	}
	vstart := toks[verb].start
	var best *mention
	for _, mm := range d.mentionsIn(b, verb) {
		if mm.kind == crosswire.KindPlace && best != nil || d.adjectival(mm) {
			continue
		}
		if mm.spanS >= toks[b].start && mm.spanE <= vstart {
			// the mention ending nearest the verb; a person whose role
			// holds another name ("Unity Party election chief Alan Quist")
			// wins over that name
			if best == nil || mm.spanE > best.spanE || mm.spanE == best.spanE && mm.kind == crosswire.KindPerson {
				best = mm
			}
		}
	}
	if best != nil && d.afterPreposition(b, d.tokAt(best.spanS)) {
		if hs, he := d.leadingNP(b, k); hs >= 0 {
			return d.npText(hs, he), toks[hs].start
		}
	}
	if best != nil && k-d.tokAt(best.spanE) < 4 {
		return best.value, best.spanS
	}
	switch toks[k].lower {
	case "he", "she":
		if p := d.pronounAntecedent(toks[k].start, toks[k].lower); p != nil {
			return p.value, toks[k].start
		}
	case "who":
		if best != nil {
			return best.value, best.spanS
		}
	}
	if best != nil {
		return best.value, best.spanS
	}
	e := k + 1
	s := k
	for s >= b && s > k-3 && toks[s].word && !d.x.function[toks[s].lower] && !toks[s].digit {
		s--
	}
	s++
	// "three people were killed"; not "sales rose 5%", where the figure
	// comes after the verb its span holds: the subject is "sales"
	if f := d.numberFact(k); f != nil && f.Span.End <= toks[verb].start {
		if hs, he := d.headBeforePhrase(b, d.tokAt(f.Span.Start)); hs >= 0 {
			return d.npText(hs, he), toks[hs].start
		}
		return f.Value, f.Span.Start
	}
	if s >= e || d.afterPreposition(b, s) {
		// a verb closing a clause after a prepositional phrase: "the
		// attack on the operator failed", "an attempt to enter the
		// network in 2022 succeeded": its subject is the clause's first
		// noun phrase, the one the phrase hangs on
		if hs, he := d.leadingNP(b, k); hs >= 0 {
			return d.npText(hs, he), toks[hs].start
		}
	}
	if s >= e {
		return "", -1
	}
	return d.npText(s, e), toks[s].start
}

// headBeforePhrase returns the noun a figure's phrase hangs on when the
// figure starting at token fi follows a present participle or "with"
// after that noun inside the clause starting at b ("A ferry carrying 52
// pilgrims sank", "a lorry with 12 sheep overturned"): the noun, up to
// three content words opening the clause or after a determiner, is the
// subject, not the figure, whose count
// belongs to what the noun carries. -1 when the figure opens no such
// phrase.
func (d *doc) headBeforePhrase(b, fi int) (int, int) {
	toks := d.toks
	p := fi - 1
	if p <= b || p >= len(toks) {
		return -1, -1
	}
	l := toks[p].lower
	participle := toks[p].word && !toks[p].digit && !d.x.function[l] && len(l) > 4 && strings.HasSuffix(l, "ing")
	if !participle && l != "with" {
		return -1, -1
	}
	s := p
	for s > b && p-s < 3 && toks[s-1].word && !toks[s-1].digit && !d.x.function[toks[s-1].lower] {
		s--
	}
	if s == p || s > b && !isDeterminer(toks[s-1].lower) {
		// the noun must open the clause or follow a determiner: "homes
		// lost power with 60 per cent of the lines knocked out" hangs
		// nothing on "power", the figure is the participle's subject
		return -1, -1
	}
	return s, p
}

// prepositions open a phrase that hangs on the noun before it.
var prepositions = map[string]bool{"of": true, "on": true, "in": true, "at": true, "into": true, "from": true,
	"for": true, "against": true, "near": true, "over": true, "with": true, "about": true, "to": true}

// afterPreposition reports whether the noun phrase holding token s (with
// its determiners and modifiers) is the object of a preposition inside the clause
// starting at b.
func (d *doc) afterPreposition(b, s int) bool {
	j := s - 1
	for n := 0; j >= b && n < 3 && d.toks[j].word && !d.toks[j].digit && !d.x.function[d.toks[j].lower]; n++ {
		j-- // modifiers left of the mention: "the state rail operator"
	}
	for j >= b && isDeterminer(d.toks[j].lower) {
		j--
	}
	return j > b && prepositions[d.toks[j].lower]
}

// leadingNP returns the noun phrase opening the clause from b to k when a
// preposition or "to" follows it inside the clause: determiners, then up
// to three content words ("An attempt" of "An attempt to enter …", "The
// attack" of "The attack on the operator …"); -1 when the clause does not
// open so.
func (d *doc) leadingNP(b, k int) (int, int) {
	toks := d.toks
	j := b
	for j <= k && isDeterminer(toks[j].lower) {
		j++
	}
	s := j
	for j <= k && j < s+3 && toks[j].word && !toks[j].digit && !d.x.function[toks[j].lower] {
		j++
	}
	if j == s || j > k || !prepositions[toks[j].lower] {
		return -1, -1
	}
	return s, j
}

// insideMention reports whether byte offset pos falls inside an entity
// mention's span (an appositive role's commas).
func (d *doc) insideMention(pos int) bool {
	k := d.tokAt(pos)
	if k >= len(d.spanAt) || d.spanAt[k] < 0 {
		return false
	}
	m := &d.ents[d.spanAt[k]]
	return m.spanS < pos && pos < m.spanE
}

// argRight finds the object after the verb (first entity mention or noun
// phrase before a clause boundary) and, for a passive, the "by" phrase.
func (d *doc) argRight(s, last int, passive bool) (obj string, objEnd int, by string, byEnd int) {
	toks := d.toks
	e := s
	for e <= last {
		l := toks[e].lower
		if l == "." || l == ";" || l == ":" || l == "—" || l == "(" || l == ")" || l == "that" || l == "and" || l == "but" || l == "after" || l == "before" || l == "when" || l == "while" || l == "because" || l == "\"" || l == "“" || l == "”" || (l == "," && !d.insideMention(toks[e].start)) {
			break
		}
		e++
	}
	if e <= s {
		return "", -1, "", -1
	}
	re := toks[e-1].end
	// "by" phrase of a passive
	byTok := -1
	if passive {
		for j := s; j < e; j++ {
			if toks[j].lower == "by" {
				byTok = j
				break
			}
		}
	}
	find := func(fromByte, toByte int) *mention {
		var best *mention
		for _, mm := range d.mentionsIn(d.tokAt(fromByte), d.tokAt(toByte)) {
			if d.adjectival(mm) {
				continue
			}
			if mm.spanS >= fromByte && mm.spanE <= toByte && (best == nil || mm.spanS < best.spanS) {
				best = mm
			}
		}
		return best
	}
	if byTok >= 0 && d.amountAfter(byTok+1) {
		byTok = -1 // "was cut by 5%": an amount, not an agent
	}
	if byTok >= 0 {
		bs := toks[byTok].end
		if m := find(bs, re); m != nil {
			by, byEnd = m.value, m.spanE
		} else if np, npE := d.npAfter(byTok+1, e); np != "" {
			by, byEnd = np, npE
		}
		return "", -1, by, byEnd
	}
	if passive {
		return "", -1, "", -1
	}
	// object directly after the verb (allowing a particle or determiner)
	j := s
	for j < e && (toks[j].lower == "up" || toks[j].lower == "down" || toks[j].lower == "off" || toks[j].lower == "out" || toks[j].lower == "back" || toks[j].lower == "away") {
		j++
	}
	// the object ends at the first preposition
	p := j
	for p < e && !(isPreposition(toks[p].lower) && p > j) {
		p++
	}
	if j < p {
		if m := find(toks[j].start, toks[p-1].end); m != nil && d.tokAt(m.spanS)-j <= 4 {
			return m.value, m.spanE, "", -1
		}
	}
	np, npE := d.npAfter(j, e)
	// "a hacking group known as Glass Heron": the name is the target
	if np != "" {
		n := d.tokAt(npE)
		if n+1 < e {
			switch toks[n].lower {
			case "known", "called", "named", "dubbed":
				if m := find(toks[n+1].start, re); m != nil && d.tokAt(m.spanS)-n <= 3 {
					return m.value, m.spanE, "", -1
				}
			}
		}
	}
	return np, npE, "", -1
}

// adjectival reports a demonym used as an adjective ("Norlandic
// officials"): a place mention that is not itself an argument.
func (d *doc) adjectival(m *mention) bool {
	if m.kind != crosswire.KindPlace || m.name == m.value && !demonymShape(m.name) {
		return false
	}
	return m.e < len(d.toks) && d.toks[m.e].word && !d.toks[m.e].cap && !d.x.function[d.toks[m.e].lower]
}

// appositiveStart recognises ", 52," or ", the minister," closing at the
// comma j after a mention: it returns the token to continue the subject
// scan from (the mention's last token), or -1.
func (d *doc) appositiveStart(first, j int) int {
	toks := d.toks
	for j2 := j - 1; j2 > first && j2 >= j-6; j2-- {
		if toks[j2].text == "," {
			if j2-1 >= first && d.nameAt[j2-1] >= 0 && d.ents[d.nameAt[j2-1]].e-1 == j2-1 {
				return j2 - 1
			}
			return -1
		}
	}
	return -1
}

// npAfter reads a noun phrase from token s (before e): determiners skipped,
// up to four words, ending before a preposition or other function word.
func (d *doc) npAfter(s, e int) (string, int) {
	toks := d.toks
	// a figure: the number fact's canonical value
	if f := d.numberFact(s); f != nil && s < e {
		return f.Value, f.Span.End
	}
	for s < e && (isDeterminer(toks[s].lower) || toks[s].lower == "'s") {
		s++
	}
	j := s
	for j < e && j < s+4 && toks[j].word && (!d.x.function[toks[j].lower] || toks[j].lower == "'s") {
		if j > s && (d.x.lex.ppOnly[toks[j].lower] || toks[j].lower == "called" || toks[j].lower == "named" || toks[j].lower == "dubbed" || strings.HasSuffix(toks[j].lower, "ed") && !d.toks[j-1].digit) {
			break
		}
		if _, irr := d.x.lex.irregular[toks[j].lower]; irr && j > s && d.x.lex.Lemma(toks[j].lower) != toks[j].lower {
			break // an irregular past ends the phrase: "the donation came"
		}
		j++
	}
	if j == s {
		return "", -1
	}
	return d.npText(s, j), toks[j-1].end
}

// clauseSubject returns the first argument of the clause holding token k:
// the first entity or noun phrase after the clause's opening boundary
// ("said the hackers had access … and stole" → "hackers").
func (d *doc) clauseSubject(first, k int) (string, int) {
	toks := d.toks
	b := first
	for j := k; j >= first; j-- {
		l := toks[j].lower
		if l == ";" || l == ":" || l == "that" || d.speechTok(j) {
			b = j + 1
			break
		}
	}
	if b >= k {
		return "", -1
	}
	for _, k := range []int{b, b + 1} {
		if k < len(d.nameAt) && d.nameAt[k] >= 0 {
			m := &d.ents[d.nameAt[k]]
			if m.s == b || m.s == b+1 && isDeterminer(toks[b].lower) {
				return m.value, m.spanS
			}
		}
	}
	np, _ := d.npAfter(b, k)
	if np == "" {
		return "", -1
	}
	return np, toks[b].start
}

// verbForm reports whether token i looks like an inflected or known verb
// ("expected", "plans", "going", "tried"), as opposed to a noun before an
// infinitive ("an effort to").
func (d *doc) verbForm(i int) bool {
	l := d.toks[i].lower
	if _, ok := d.x.lex.irregular[l]; ok {
		return true
	}
	if strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "ing") {
		return true
	}
	lem := d.x.lex.Lemma(l)
	if lem != l && strings.HasSuffix(l, "s") && (d.x.lex.known[lem] || isCatenative(lem)) {
		return true
	}
	return d.x.lex.known[l] || isCatenative(l)
}

// isCatenative lists common verbs that take a to-infinitive.
func isCatenative(l string) bool {
	switch l {
	case "want", "plan", "intend", "hope", "expect", "try", "seek", "aim", "decide", "agree", "refuse", "fail",
		"promise", "threaten", "vow", "pledge", "need", "have", "be", "seem", "appear", "continue", "begin",
		"start", "attempt", "prepare", "manage", "offer", "ask", "wish", "choose", "tend", "used", "going":
		return true
	}
	return false
}

// chainAdverb lists adverbs that sit inside a verb chain ("could no longer
// be opened", "has already paid").
func chainAdverb(l string) bool {
	switch l {
	case "no", "longer", "yet", "still", "already", "now", "then", "even", "just", "ever", "again", "reportedly", "allegedly", "apparently":
		return true
	}
	return false
}

// yearAfterPreposition reports a year closing a date phrase at token k
// ("in 2022"): a verb after it is no participle used as an adjective
// ("120 compromised servers").
func (d *doc) yearAfterPreposition(k int) bool {
	t := d.toks[k]
	return k > 0 && allDigits(t.text) && len(t.text) == 4 && d.toks[k-1].sent == t.sent && prepositions[d.toks[k-1].lower]
}

// raisingAdjective reports an adjective of likelihood whose subject is
// the subject of the verb after "to": "X is likely to be based in Y".
func raisingAdjective(l string) bool {
	switch l {
	case "likely", "unlikely", "certain", "sure", "bound":
		return true
	}
	return false
}

// quoteMark reports a quotation mark token.
func quoteMark(s string) bool {
	switch s {
	case "\"", "“", "”", "'", "‘", "’":
		return true
	}
	return false
}

// carryOutVerb reports a verb that, with a deed as its object, means
// carrying the deed out: "conduct", "mount", "launch", "stage", "wage"
// an attack, a campaign, an operation (of another sense otherwise:
// "mount" an increase, "launch" a product, "conduct" an orchestra).
func carryOutVerb(l string) bool {
	switch l {
	case "conduct", "mount", "launch", "stage", "wage":
		return true
	}
	return false
}

// deedNouns are nouns of a hostile deed that come from no event verb of
// the lexicon. Not "campaign" or "operation": a firm conducts its
// operations, a site launches an awareness campaign.
var deedNouns = map[string]bool{"offensive": true, "raid": true, "assault": true}

// deedNoun reports whether a word is a noun of a deed an agent carries
// out: an intrusion or an attack (the noun of an event verb of those
// classes and no other, or derived from one: "intrusion" ← intrude), a
// raid.
func (d *doc) deedNoun(w string) bool {
	lex := d.x.lex
	w = strings.ToLower(w)
	sing := strings.TrimSuffix(w, "s")
	if deedNouns[w] || deedNouns[sing] {
		return true
	}
	for _, v := range []string{w, sing, derivedVerb(sing)} {
		cs := lex.Classes(v)
		if v != "" && len(cs) > 0 && !slices.ContainsFunc(cs, func(c string) bool { return c != "intrude" && c != "attack" && c != "criticise" }) {
			// only a noun of no other event (an attack in words is still
			// an attack): not a strike (a protest), a rocket (a rise), a
			// fire (a dismissal), a leak (news made public)
			return true
		}
	}
	return false
}

// deedDone reports whether what the verb at first..last carries out is a
// deed (deedNoun): for an active verb, the head of its object — the last
// word of the lower-case run of at most four words after the verb
// (vEnd), past a determiner ("conducted a phishing attack"); for a
// passive, the last word of its subject right before the verb's
// auxiliaries (k, "the attacks were conducted by …").
func (d *doc) deedDone(first, k, vEnd, last int, passive bool) bool {
	toks := d.toks
	if passive {
		return k >= first && toks[k].word && !toks[k].cap && d.deedNoun(toks[k].lower)
	}
	head := ""
	for j := vEnd + 1; j <= last && j <= vEnd+5; j++ {
		if !toks[j].word || toks[j].cap && !isDeterminer(toks[j].lower) || isPreposition(toks[j].lower) {
			break
		}
		if !isDeterminer(toks[j].lower) {
			head = toks[j].lower
		}
	}
	return head != "" && d.deedNoun(head)
}

// derivedVerb returns the verb a noun of action is derived from by the
// regular English suffixes: "-ation" ← "-ate" (infiltration ←
// infiltrate), "-sion" ← "-de" (intrusion ← intrude, invasion ← invade);
// "" for any other word.
func derivedVerb(n string) string {
	n = strings.TrimSuffix(n, "s")
	if s, ok := strings.CutSuffix(n, "ation"); ok && len(s) > 2 {
		return s + "ate"
	}
	if s, ok := strings.CutSuffix(n, "sion"); ok && len(s) > 2 {
		return s + "de"
	}
	return ""
}

// nominalClasses are the event classes whose nouns name a deed done to
// someone: an intrusion, an attack, a sanction, a charge.
var nominalClasses = map[string]bool{"intrude": true, "attack": true, "sanction": true, "charge": true}

// nominalClaim reads an event noun with the name it is done to: "the hack
// of Kestrel Mail", "attacks on the Harlow Water Board", "sanctions on the
// GRU", "charges against Tomas Hale" — the noun of a deed class, then
// "on", "of", "against", "into" or "at" and, within three words, a
// named entity (the target) — for an intrusion or an attack also a noun
// phrase no name starts, after any of them but "of". Its actor is a name in the possessive
// before the noun ("Estmark's attack on …") or after "by" right behind
// the target ("the hack of X by Y"). A deed that is planned, feared,
// prevented or failed ("plans for an attack on X", "a foiled attack on
// X") states no event and is left out; a negation or denial before the
// noun negates it as it does a verb.
func (d *doc) nominalClaim(i int, lem string) {
	toks := d.toks
	lex := d.x.lex
	t := toks[i]
	class := lex.Class(lem)
	if !nominalClasses[class] || i+2 >= len(toks) || toks[i+1].sent != t.sent {
		return
	}
	switch toks[i+1].lower {
	case "on", "of", "against", "into", "at":
	default:
		return
	}
	first := i
	for first > 0 && toks[first-1].sent == t.sent {
		first--
	}
	last := i
	for last+1 < len(toks) && toks[last+1].sent == t.sent {
		last++
	}
	for k := i - 1; k >= first && k >= i-4; k-- {
		if unrealisedDeed(toks[k].lower) {
			return
		}
	}
	// the target: a named entity within three words of the preposition
	var target *mention
	for _, m := range d.mentionsIn(i+2, min(i+5, last+1)) {
		if d.tokAt(m.spanS) <= i+4 && !d.adjectival(m) {
			target = m
			break
		}
	}
	c := &crosswire.Claim{Verb: d.text[t.start:t.end], Lemma: lem, Class: class}
	spanS, spanE := t.start, 0
	switch {
	case target != nil:
		c.Target, c.TargetSpan, spanE = target.value, &crosswire.Span{Start: target.spanS, End: target.spanE}, target.spanE
	case (class == "intrude" || class == "attack") && toks[i+1].lower != "of":
		// a deed done to things no name gives: "attacks on managed
		// service providers", "breaches at government firms" — the
		// noun phrase after "on", "against", "at" or "into" that no
		// resolved name starts ("attacks against Mongo databases"), not
		// a date, a figure or a pronoun. Not after "of", which
		// also names the doer or the kind ("the target of a takeover",
		// "a storm of protest", "a breach of the rules")
		k := i + 2
		for k <= last && isDeterminer(toks[k].lower) {
			k++
		}
		if k > last || d.used[k] || toks[k].digit || !toks[k].word || isPronoun(toks[k].lower) || isMonth(toks[k].lower) {
			return
		}
		if _, day := weekdayNumber(toks[k].lower); day {
			return
		}
		np, end := d.npAfter(k, last+1)
		if np == "" {
			return
		}
		c.Target, c.TargetSpan, spanE = np, &crosswire.Span{Start: toks[k].start, End: end}, end
	default:
		return
	}
	// the actor: "Estmark's attack on …", "the hack of X by Y"
	j := i - 1
	for j >= first && (toks[j].word && !toks[j].cap && !isDeterminer(toks[j].lower) && !d.x.function[toks[j].lower]) {
		j-- // modifiers: "Estmark's alleged cyber attack"
	}
	if j >= first && (toks[j].lower == "'s" || toks[j].lower == "’s") && j > first {
		if ms := d.mentionsIn(j-1, j); len(ms) > 0 && ms[0].kind != crosswire.KindPlace || len(ms) > 0 && !d.adjectival(ms[0]) {
			c.Actor, c.ActorSpan, spanS = ms[0].value, &crosswire.Span{Start: ms[0].spanS, End: ms[0].spanE}, ms[0].spanS
		}
	}
	if n := d.tokAt(spanE); c.Actor == "" && n+1 <= last && toks[n].lower == "by" {
		if ms := d.mentionsIn(n+1, min(n+3, last+1)); len(ms) > 0 && d.tokAt(ms[0].spanS) <= n+2 {
			c.Actor, c.ActorSpan, spanE = ms[0].value, &crosswire.Span{Start: ms[0].spanS, End: ms[0].spanE}, ms[0].spanE
		}
	}
	c.Negated = d.localNegation(i, first) || i > first && toks[i-1].lower == "no"
	if d.governedByDenial(i, first) {
		c.Negated = !c.Negated
	}
	verb := lem
	if c.Negated {
		verb = "not " + lem
	}
	parts := []string{}
	for _, p := range []string{c.Actor, verb, c.Target} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	d.add(crosswire.Fact{Kind: crosswire.KindClaim, Value: strings.Join(parts, " "), Claim: c}, spanS, spanE)
}

// unrealisedDeed reports a word before an event noun that makes the deed
// one that did not (or not yet) happen: planned, feared, threatened,
// prevented, foiled, attempted.
func unrealisedDeed(l string) bool {
	switch l {
	case "plan", "plans", "planned", "planning", "plot", "plotted", "plotting", "fear", "fears", "feared",
		"threat", "threats", "threaten", "threatened", "threatening", "risk", "risks", "prevent", "prevented",
		"thwart", "thwarted", "foil", "foiled", "attempt", "attempted", "attempts", "failed", "possible",
		"potential", "future", "imminent", "warn", "warned", "warning", "against", "avoid", "averted":
		return true
	}
	return false
}

// sponsorClaims reads the compound adjectives that tie a named group to
// its sponsor: a word ending in the participle of an event verb of
// class "blame" or "support" ("-linked", "-tied", "-backed",
// "-sponsored") whose first part is a place or a nationality ("Estmark-backed",
// "Norlandic-linked") — or a common noun ("state-", "government-") right
// after a nationality ("a Norlandic government-backed group") — describing
// a named entity: the next name after at most three lower-case words and
// an optional "known as", "called", "dubbed" or "named" ("the
// Estmark-linked group known as Grey Heron"), or the name an appositive
// describes ("Grey Heron, an Estmark-backed group"). The claim's
// target is the group; a supporter ("backed") is its actor
// ("Estmark back Grey Heron"), a party the group is linked to its With
// ("link Grey Heron to Estmark"): the verb's own frame, so the claim says
// who backs whom, not who holds whom responsible.
func (d *doc) sponsorClaims() {
	toks := d.toks
	lex := d.x.lex
	for i, t := range toks {
		if !t.word {
			continue
		}
		dash := strings.LastIndexAny(t.text, "-‐‑")
		if dash <= 0 || dash == len(t.text)-1 {
			continue
		}
		part := t.text[dash+1:]
		if !strings.HasSuffix(part, "ed") {
			continue
		}
		lem := lex.Lemma(part)
		class := lex.Class(lem)
		if class != "blame" && class != "support" {
			continue
		}
		prefix := t.text[:dash]
		sponsor, spS, spE := d.sponsorPlace(prefix), t.start, t.start+len(prefix)
		if sponsor == "" && !strings.ContainsAny(prefix[:1], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") && i > 0 && toks[i-1].sent == t.sent && toks[i-1].cap {
			// "a Norlandic government-backed group": the nationality
			// before the compound is the sponsor
			sponsor, spS, spE = d.sponsorPlace(toks[i-1].text), toks[i-1].start, toks[i-1].end
		}
		if sponsor == "" {
			continue
		}
		group := d.sponsoredName(i)
		if group == nil || group.value == sponsor {
			continue
		}
		c := &crosswire.Claim{Verb: part, Lemma: lem, Class: class,
			Target: group.value, TargetSpan: &crosswire.Span{Start: group.spanS, End: group.spanE}}
		sponsorSpan := &crosswire.Span{Start: spS, End: spE}
		value := ""
		if class == "support" {
			c.Actor, c.ActorSpan = sponsor, sponsorSpan
			value = sponsor + " " + lem + " " + group.value
		} else {
			c.With, c.WithSpan = sponsor, sponsorSpan
			value = lem + " " + group.value + " to " + sponsor
		}
		d.add(crosswire.Fact{Kind: crosswire.KindClaim, Value: value, Claim: c}, min(spS, group.spanS), max(t.end, group.spanE))
	}
}

// sponsorPlace is the place a sponsor word names: a place of the
// gazetteer or one the article names, as written, or the place a nationality adjective comes from
// (the shortest, then the first in order, when several do); "" for none.
func (d *doc) sponsorPlace(w string) string {
	if w == "" || !unicode.IsUpper([]rune(w)[0]) {
		return ""
	}
	// the places of the gazetteer and those the article names
	places := func(yield func(string) bool) {
		for p := range d.x.places {
			if !yield(p) {
				return
			}
		}
		for i := range d.ents {
			if d.ents[i].kind == crosswire.KindPlace && !yield(d.ents[i].value) {
				return
			}
		}
	}
	best := ""
	for place := range places {
		if place == w {
			return w
		}
		if demonymShape(w) && demonymMatches(w, place) && (best == "" || len(place) < len(best) || len(place) == len(best) && place < best) {
			best = place
		}
	}
	return best
}

// sponsoredName is the named entity the compound adjective at token i
// describes: the next name after at most three lower-case words and an
// optional "known as", "called", "dubbed" or "named", else the name an
// appositive ", a|an|the …" right before the compound describes (a
// closing bracket after it allowed: "Grey Heron (GH), an …", the first
// name in the brackets when the one before them is none); nil when
// none. A place used as an adjective is no group.
func (d *doc) sponsoredName(i int) *mention {
	toks := d.toks
	sent := toks[i].sent
	k := i + 1
	naming := func(l string) bool { return l == "known" || l == "called" || l == "dubbed" || l == "named" }
	for n := 0; n < 3 && k < len(toks) && toks[k].sent == sent && toks[k].word && !toks[k].cap && !d.x.function[toks[k].lower] && !naming(toks[k].lower); n++ {
		k++
	}
	if k+1 < len(toks) && toks[k].lower == "known" && toks[k+1].lower == "as" {
		k += 2
	} else if k < len(toks) && naming(toks[k].lower) {
		k++
	}
	if k < len(toks) && toks[k].sent == sent {
		if ms := d.mentionsIn(k, k+1); len(ms) > 0 && d.tokAt(ms[0].spanS) == k && !d.adjectival(ms[0]) && ms[0].kind != crosswire.KindPlace && ms[0].kind != crosswire.KindPerson {
			return ms[0]
		}
	}
	// appositive: "X, a Norlandic-backed group"
	j := i - 1
	if j > 0 && toks[j].sent == sent && toks[j].cap && d.sponsorPlace(toks[j].text) != "" {
		j-- // the nationality of "a Norlandic government-backed group"
	}
	if j < 2 || toks[j].sent != sent || (toks[j].lower != "a" && toks[j].lower != "an" && toks[j].lower != "the") || toks[j-1].text != "," {
		return nil
	}
	j -= 2
	group := func(m *mention) bool {
		return !d.adjectival(m) && m.kind != crosswire.KindPlace && m.kind != crosswire.KindPerson
	}
	var inBrackets []*mention
	if toks[j].text == ")" {
		cl := j
		for j > 0 && toks[j].sent == sent && toks[j].text != "(" {
			j--
		}
		inBrackets = d.mentionsIn(j+1, cl)
		j--
	}
	if j < 0 || toks[j].sent != sent {
		return nil
	}
	if ms := d.mentionsIn(j, j+1); len(ms) > 0 && d.tokAt(ms[0].spanE)-1 <= j && group(ms[0]) {
		return ms[0]
	}
	// "Grey Heron (GH, Frost Kitten), a …": the name before the
	// brackets is not one the article resolves; the first in them is
	// one of the group's names
	if len(inBrackets) > 0 && group(inBrackets[0]) {
		return inBrackets[0]
	}
	return nil
}

// isPronoun reports a personal, demonstrative or indefinite pronoun: no
// target a claim can carry ("attacks on them", "the hack of it").
func isPronoun(l string) bool {
	switch l {
	case "i", "me", "you", "he", "him", "she", "her", "it", "we", "us", "they", "them", "this", "that", "these",
		"those", "its", "their", "his", "our", "my", "your", "itself", "themselves", "himself", "herself",
		"one", "someone", "something", "anyone", "anything", "everyone", "everything", "which", "who", "whom", "what":
		return true
	}
	return false
}

// gerundPreposition reports a preposition after which a gerund is the
// verb of a clause with its own object ("after targeting the ministry").
func gerundPreposition(l string) bool {
	switch l {
	case "after", "before", "from", "of", "by", "since":
		return true
	}
	return false
}

// objectAfter reports whether the token after verb i opens an object: a
// determiner, a name or a lower-case word of content (not a function
// word, a punctuation mark or a figure).
func (d *doc) objectAfter(i int) bool {
	if i+1 >= len(d.toks) || d.toks[i+1].sent != d.toks[i].sent {
		return false
	}
	n := d.toks[i+1]
	return isDeterminer(n.lower) && n.lower != "'s" && n.lower != "’s" || n.word && !n.digit && !d.x.function[n.lower] && !isPronoun(n.lower)
}

// antecedent is the name a relative pronoun at token k follows: a
// resolved name ending right before it, a comma allowed between; "" and
// -1 when none. A name followed by a noun of its phrase ("the US dollar,
// which", "the Frost Kitten hacking group which") is not the antecedent:
// the noun is, and it is not a name.
func (d *doc) antecedent(first, k int) (string, int) {
	toks := d.toks
	j := k - 1
	if j >= first && toks[j].text == "," {
		j--
	}
	if j < first {
		return "", -1
	}
	if m := d.namedBefore(first, j); m != nil {
		return m.value, m.spanS
	}
	return "", -1
}

// namedBefore returns the name that ends at token j, or that a group
// noun ending at j follows within two lower-case words ("the Frost
// Kitten hacking group, which …": the group is the name), else nil.
func (d *doc) namedBefore(first, j int) *mention {
	toks := d.toks
	for e := j; e >= first && e >= j-2; e-- {
		if e < j && (!toks[e+1].word || toks[e+1].cap) {
			break
		}
		if e < j && !d.x.groupNouns[toks[j].lower] {
			break
		}
		if ms := d.mentionsIn(e, e+1); len(ms) > 0 && d.tokAt(ms[0].spanE)-1 == e && !d.adjectival(ms[0]) {
			return ms[0]
		}
	}
	return nil
}

// appositiveClaims reads a "be" phrase of the lexicon written without
// "be" in apposition to a name: "Frost Kitten, responsible for the
// breach, …" states what "Frost Kitten is responsible for the breach"
// does (lemma "be responsible"), the name before the comma its actor.
func (d *doc) appositiveClaims() {
	toks := d.toks
	lex := d.x.lex
	for i := 2; i+1 < len(toks); i++ {
		t := toks[i]
		if !t.word || t.cap || toks[i-1].text != "," || toks[i-1].sent != t.sent || toks[i+1].sent != t.sent {
			continue
		}
		lem := lex.Phrasal("be", t.lower)
		if lem == "" || !lex.IsEvent(lem) {
			continue
		}
		first := i - 2
		for first > 0 && toks[first-1].sent == t.sent {
			first--
		}
		m := d.namedBefore(first, i-2)
		if m == nil || m.kind == crosswire.KindPlace {
			continue
		}
		end := t.end
		if toks[i+1].lower == "for" {
			end = toks[i+1].end
		}
		c := &crosswire.Claim{Actor: m.value, Verb: t.text, Lemma: lem, Class: lex.Class(lem),
			ActorSpan: &crosswire.Span{Start: m.spanS, End: m.spanE}}
		d.add(crosswire.Fact{Kind: crosswire.KindClaim, Value: m.value + " " + lem, Claim: c}, m.spanS, end)
	}
}

// namingClass is the event class of a claim of lemma lem with the given
// actor: the lexicon's, except for a document that names people whose
// noun comes from a verb of the "charge" class ("the indictment names
// two officers": indictment ← indict) — naming someone in a charge is
// charging him, not appointing him.
func (d *doc) namingClass(lem, actor string, passive bool) string {
	lex := d.x.lex
	if lem != "name" || passive {
		return lex.Class(lem)
	}
	f := strings.Fields(strings.ToLower(actor))
	if len(f) == 0 {
		return lex.Class(lem)
	}
	head := strings.TrimSuffix(f[len(f)-1], "s")
	if stem, ok := strings.CutSuffix(head, "ment"); ok && lex.Class(stem) == "charge" {
		return "charge"
	}
	return lex.Class(lem)
}
