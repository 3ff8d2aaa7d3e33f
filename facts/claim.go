package facts

import (
	"strings"

	"crosswire"
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
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.word || t.cap || t.digit || d.used[i] {
			continue
		}
		lem := lex.Lemma(t.lower)
		if !lex.IsEvent(lem) {
			continue
		}
		passive, ok := d.verbUse(i, lem)
		if !ok {
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
		neg := d.localNegation(i, first)
		if d.governedByDenial(i, first) {
			neg = !neg
		}
		// actor side: left of the aux chain
		k := i - 1
		for k >= first && (isAux(toks[k].lower) || isNegation(toks[k].lower) || strings.HasSuffix(toks[k].lower, "ly") || toks[k].lower == "also" || toks[k].lower == "allegedly" || toks[k].lower == "failed" || toks[k].lower == "unable" || toks[k].lower == "reportedly") {
			k--
		}
		leftText, leftS := d.argLeft(first, k, i)
		rightText, rightE, byText, byE := d.argRight(i+1, last, passive)
		actor, target := leftText, rightText
		spanS, spanE := t.start, t.end
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
		d.add(crosswire.Fact{Kind: crosswire.KindClaim, Value: strings.Join(parts, " "), Claim: &crosswire.Claim{
			Actor: actor, Verb: t.text, Lemma: lem, Target: target, Negated: neg,
		}}, spanS, spanE)
	}
}

// verbUse decides whether token i, a form of an event verb, is used as a
// verb, and whether in the passive voice.
func (d *doc) verbUse(i int, lem string) (passive, ok bool) {
	toks := d.toks
	l := toks[i].lower
	prev := ""
	if i > 0 && toks[i-1].sent == toks[i].sent {
		prev = toks[i-1].lower
	}
	if isDeterminer(prev) || (i > 0 && toks[i-1].digit) {
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
	switch {
	case l == lem:
		// base form: after an auxiliary, a modal, "to" or a subject pronoun
		if isAux(pk) || pk == "did" || pk == "we" || pk == "they" || pk == "i" || pk == "you" {
			return false, true
		}
		// irregular past identical to base ("hit", "cut", "put") after a name
		if k >= 0 && toks[k].cap && toks[k].sent == toks[i].sent && k != i-1+0 || k >= 0 && toks[k].cap {
			return false, true
		}
		return false, false
	case strings.HasSuffix(l, "ing"):
		if isBe(pk) {
			return false, true
		}
		return false, false
	case (strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss")) && (l == lem+"s" || l == lem+"es" || strings.TrimSuffix(l, "ies")+"y" == lem):
		// third person: after a name or pronoun
		if pk == "he" || pk == "she" || pk == "it" || pk == "who" || pk == "which" || (k >= 0 && toks[k].cap) || strings.HasSuffix(toks[max(k, 0)].lower, "ly") {
			return false, true
		}
		return false, false
	default:
		// past tense or participle
		if isBe(pk) {
			return true, true
		}
		if pk == "have" || pk == "has" || pk == "had" || pk == "having" {
			return false, true
		}
		// participle as adjective: "compromised servers" after nothing
		if k < 0 || toks[k].sent != toks[i].sent {
			return false, false
		}
		return false, true
	}
}

// localNegation reports a negation in the verb's own auxiliary chain or a
// "failed to"/"unable to" before it.
func (d *doc) localNegation(i, first int) bool {
	toks := d.toks
	for k := i - 1; k >= first && k >= i-4; k-- {
		l := toks[k].lower
		if isNegation(l) || l == "failed" || l == "unable" || l == "fail" || l == "fails" {
			return true
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
		if l == ";" || l == ":" || l == "that" || l == "which" || l == "but" || l == "while" || l == "\"" || l == "“" || l == "”" || l == "and" && j < k {
			b = j + 1
			break
		}
		if d.speechTok(j) && j < k {
			b = j + 1
			break
		}
		if l == "," && !d.insideMention(toks[j].start) {
			b = j + 1
			break
		}
	}
	vstart := toks[verb].start
	var best *mention
	for m := range d.ents {
		mm := &d.ents[m]
		if mm.kind == "" || mm.value == "" || mm.kind == crosswire.KindPlace && best != nil {
			continue
		}
		if mm.spanS >= toks[b].start && mm.spanE <= vstart {
			if best == nil || mm.spanS > best.spanS {
				best = mm
			}
		}
	}
	if best != nil && k-d.tokAt(best.spanE) < 4 {
		return best.value, best.spanS
	}
	switch toks[k].lower {
	case "he", "she":
		if p := d.lastPerson(toks[k].start); p != nil {
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
	if s >= e {
		return "", -1
	}
	return d.npText(s, e), toks[s].start
}

// insideMention reports whether byte offset pos falls inside an entity
// mention's span (an appositive role's commas).
func (d *doc) insideMention(pos int) bool {
	for _, m := range d.ents {
		if m.kind != "" && m.spanS < pos && pos < m.spanE {
			return true
		}
	}
	return false
}

// argRight finds the object after the verb (first entity mention or noun
// phrase before a clause boundary) and, for a passive, the "by" phrase.
func (d *doc) argRight(s, last int, passive bool) (obj string, objEnd int, by string, byEnd int) {
	toks := d.toks
	e := s
	for e <= last {
		l := toks[e].lower
		if l == "." || l == ";" || l == ":" || l == "that" || l == "and" || l == "but" || l == "after" || l == "before" || l == "when" || l == "while" || l == "because" || l == "\"" || l == "“" || l == "”" || (l == "," && !d.insideMention(toks[e].start)) {
			break
		}
		e++
	}
	if e <= s {
		return "", -1, "", -1
	}
	rs, re := toks[s].start, toks[e-1].end
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
		for m := range d.ents {
			mm := &d.ents[m]
			if mm.kind == "" || mm.value == "" {
				continue
			}
			if mm.spanS >= fromByte && mm.spanE <= toByte && (best == nil || mm.spanS < best.spanS) {
				best = mm
			}
		}
		return best
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
	for j < e && (toks[j].lower == "up" || toks[j].lower == "down" || toks[j].lower == "off" || toks[j].lower == "out" || toks[j].lower == "into" || toks[j].lower == "on" || toks[j].lower == "in") {
		j++
	}
	if j < e {
		if m := find(toks[j].start, re); m != nil && d.tokAt(m.spanS)-j <= 4 {
			return m.value, m.spanE, "", -1
		}
	}
	np, npE := d.npAfter(j, e)
	_ = rs
	return np, npE, "", -1
}

// npAfter reads a noun phrase from token s (before e): determiners skipped,
// up to four words, ending before a preposition or other function word.
func (d *doc) npAfter(s, e int) (string, int) {
	toks := d.toks
	for s < e && (isDeterminer(toks[s].lower) || toks[s].lower == "'s") {
		s++
	}
	j := s
	for j < e && j < s+4 && toks[j].word && (!d.x.function[toks[j].lower] || toks[j].lower == "'s") {
		j++
	}
	if j == s {
		return "", -1
	}
	return d.npText(s, j), toks[j-1].end
}
