package crosscheck

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"crosswire"
	"crosswire/facts"
	grouping "crosswire/group"
	"crosswire/text"
)

// builtinLexicon is the fallback event lexicon: pairs of general English
// event verbs (base forms) that report opposite outcomes of one event. The
// facts package's lexicon replaces it when the pipeline passes one.
type builtinLexicon struct{}

var builtinOpposed = [][2]string{
	{"breach", "repel"}, {"breach", "thwart"}, {"breach", "block"}, {"succeed", "fail"},
	{"win", "lose"}, {"confirm", "deny"}, {"admit", "deny"}, {"accept", "reject"},
	{"approve", "reject"}, {"convict", "acquit"}, {"charge", "acquit"}, {"charge", "clear"},
	{"arrest", "release"}, {"open", "close"}, {"rise", "fall"}, {"increase", "decrease"},
	{"increase", "cut"}, {"gain", "lose"}, {"pass", "fail"}, {"allow", "ban"}, {"allow", "block"},
	{"agree", "refuse"}, {"resign", "remain"}, {"survive", "die"}, {"find", "miss"},
	{"support", "oppose"}, {"praise", "criticise"}, {"praise", "criticize"}, {"raise", "lower"},
	{"launch", "cancel"}, {"sign", "reject"}, {"attend", "skip"}, {"include", "exclude"},
}

// Opposed reports whether a and b are listed as opposite outcomes.
func (builtinLexicon) Opposed(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	for _, p := range builtinOpposed {
		if a == p[0] && b == p[1] || a == p[1] && b == p[0] {
			return true
		}
	}
	return false
}

// senseReader is the part of an event lexicon that reads an ambiguous
// verb in the senses its actor and target allow (the facts package's
// Lexicon): "the attack shut down the systems" ends a service, it does not
// thwart one.
type senseReader interface {
	OpposedUses(a, b facts.EventUse) bool
}

// stanceVerbs report what someone says about an event rather than the
// event itself: a contradiction between them is a claim discrepancy (who
// said what), between other verbs an outcome discrepancy (what happened).
var stanceVerbs = setOf(`confirm deny admit accept reject approve agree refuse claim dispute
acknowledge insist support oppose praise criticise criticize blame`)

// undoVerbs bring back what an opposed event stopped or took away
// ("resumed", "was reinstated", "restored"): each presupposes that event
// before it, so a version telling it and another telling the stop tell
// two stages of one history, not two outcomes.
var undoVerbs = setOf(`resume reinstate restore`)

// negated reports whether a claim is negated, by the sentence or by its
// target ("nothing classified was stolen").
func negated(c *crosswire.Claim) bool {
	if c.Negated {
		return true
	}
	t := text.Words(c.Target)
	return len(t) > 0 && (t[0] == "nothing" || t[0] == "no" || t[0] == "none" || t[0] == "nobody")
}

// theme is what a claim's event happened to: its target, else (an
// intransitive verb) its actor.
func theme(c *crosswire.Claim) string {
	if t := strings.TrimSpace(c.Target); t != "" {
		return t
	}
	return strings.TrimSpace(c.Actor)
}

// doerUnderwent reports whether the actor of claim a is the target of
// claim b told with no actor (a passive: "the attack breached the
// network" / "the attack was repelled").
func (w *work) doerUnderwent(a, b *crosswire.Claim) bool {
	return strings.TrimSpace(b.Actor) == "" && w.sameArgument(a.Actor, b.Target)
}

// objectClasses are the event classes that happen to the verb's object,
// done by someone to someone: the dismissed, the arrested, the convicted
// undergo them, never their doer.
var objectClasses = setOf(`appoint dismiss arrest release convict charge clear sanction kill rescue`)

// doneToObject reports whether a claim tells an event of objectClasses
// actively with no object: no target, and nothing after the verb that
// could be one (a pronoun the extractor does not take, "convicted her",
// is one) — the text after the claim's words is punctuation, its end or a
// word that starts an adjunct ("dismissed in May"). Its actor did it to
// someone not named.
func doneToObject(m *mention) bool {
	c := m.fact.Claim
	if !objectClasses[c.Class] || c.Passive || strings.TrimSpace(c.Target) != "" {
		return false
	}
	rest := strings.TrimLeft(m.art.Text[m.fact.Span.End:], " ")
	r, _ := utf8.DecodeRuneInString(rest)
	if rest == "" || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return true
	}
	ws := text.Words(rest)
	return len(ws) > 0 && adjunctStarts[ws[0]]
}

// adjunctStarts begin what follows a verb with no object: a preposition,
// a time word, a conjunction.
var adjunctStarts = setOf(`in on at by for from to with after before during since until till when while as and but or
	last this next yesterday today tonight earlier later recently again then over under into`)

// lemmaOf returns a claim's base verb, lower-case.
func lemmaOf(c *crosswire.Claim) string {
	l := strings.ToLower(strings.TrimSpace(c.Lemma))
	if l == "" {
		l = strings.ToLower(strings.TrimSpace(c.Verb))
	}
	return l
}

// sameArgument reports whether two claim arguments (actors or targets)
// name the same thing: the same entity of the story, or mostly the same
// content words.
func (w *work) sameArgument(a, b string) bool {
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	if a == "" || b == "" {
		return false
	}
	if strings.EqualFold(a, b) {
		return true
	}
	xa, xb := w.argumentOf(a), w.argumentOf(b)
	// Quantities ("200.3 points", "43.96 points") are the same argument
	// only when they are the same quantity.
	if xa.numeric != "" || xb.numeric != "" {
		if xa.numeric != xb.numeric {
			return false
		}
	}
	if ea, eb := w.entityOf(a), w.entityOf(b); ea >= 0 && ea == eb {
		return true
	}
	return overlap(xa.content, xb.content) >= 0.5
}

// argument is what sameArgument reads of one argument, once per distinct
// argument of the story (alignment compares every pair of claims).
type argument struct {
	numeric string
	content map[string]bool
}

// argumentOf returns the argument read of a (trimmed), cached.
func (w *work) argumentOf(a string) argument {
	if x, ok := w.argCache[a]; ok {
		return x
	}
	if w.argCache == nil {
		w.argCache = map[string]argument{}
	}
	x := argument{numeric: numericWords(a), content: contentSet(a)}
	w.argCache[a] = x
	return x
}

// sameQuantity reports whether two arguments are one quantity: the same
// numbers, and the content words of one among the other's ("4%" and "4%
// of its shares"), so one writes out what the other leaves to its
// sentence.
func (w *work) sameQuantity(a, b string) bool {
	xa, xb := w.argumentOf(strings.TrimSpace(a)), w.argumentOf(strings.TrimSpace(b))
	if xa.numeric == "" || xa.numeric != xb.numeric {
		return false
	}
	if len(xa.content) > len(xb.content) {
		xa, xb = xb, xa
	}
	for c := range xa.content {
		if !xb.content[c] {
			return false
		}
	}
	return true
}

// numericWords returns the numbers written in s, joined; "" when none.
func numericWords(s string) string {
	var ns []string
	for _, f := range strings.Fields(s) {
		f = strings.Trim(f, ",.;:()$£€%")
		if f != "" && strings.IndexFunc(f, func(r rune) bool { return (r < '0' || r > '9') && r != '.' && r != ',' }) < 0 {
			ns = append(ns, strings.ReplaceAll(f, ",", ""))
		}
	}
	return strings.Join(ns, " ")
}

// differentActors reports whether the claims of a and b are known to have
// different actors: both resolve to entities of the story, not the same
// one, and neither sentence mentions the other's actor ("Estmark's
// embassy in Vessburg rejected…" names both, whichever the extractor took
// for the actor).
func (w *work) differentActors(a, b *mention) bool {
	ca, cb := a.fact.Claim, b.fact.Claim
	ea, eb := w.entityOf(strings.TrimSpace(ca.Actor)), w.entityOf(strings.TrimSpace(cb.Actor))
	if ea < 0 || eb < 0 || ea == eb || w.sameArgument(ca.Actor, cb.Actor) {
		return false
	}
	if shortFormOf(ca.Actor, cb.Actor) || sameWords(a.fact.Span.Text, b.fact.Span.Text) && shared(contentSet(ca.Actor), contentSet(cb.Actor)) > 0 {
		// one abbreviation written two ways; the same statement by actors
		// named with a word in common ("the government of X" / "the X
		// government")
		return false
	}
	if w.entities[ea].kind != w.entities[eb].kind {
		// a country and its government ("the USA" / "the US
		// government"), a person and the body they speak for: two names
		// of one actor as often as two actors
		return false
	}
	// An actor not named in its own sentence was resolved from a pronoun
	// ("she had completed…"): the extractor's guess, not the version's
	// words.
	if !w.mentionedIn(ea, a) || !w.mentionedIn(eb, b) {
		return false
	}
	return !w.mentionedIn(eb, a) && !w.mentionedIn(ea, b)
}

// shortFormOf reports whether one name is the other with one letter
// dropped at the end ("US" / "USA"): one abbreviation written two ways.
func shortFormOf(a, b string) bool {
	a, b = strings.ToUpper(strings.TrimSpace(a)), strings.ToUpper(strings.TrimSpace(b))
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= 2 && len(b) == len(a)+1 && strings.HasPrefix(b, a)
}

// sameWords reports whether two spans are the same words, case and
// punctuation aside.
func sameWords(a, b string) bool {
	return strings.Join(text.Words(a), " ") == strings.Join(text.Words(b), " ")
}

// mentionedIn reports whether entity e is mentioned in the sentence of m.
func (w *work) mentionedIn(e int, m *mention) bool {
	for _, x := range w.entities[e].ms {
		if x.art == m.art && x.sentStart == m.sentStart {
			return true
		}
	}
	return false
}

// claimContext is a claim's sentence without its verb.
func claimContext(m *mention) map[string]bool {
	if m.kctx == nil {
		m.kctx = without(m.ctx, m.fact.Claim.Verb)
	}
	return m.kctx
}

// checkClaims aligns event statements across versions — same or opposed
// verb, about the same target or by the same actor — and reports those
// that cannot all be true:
//
//   - an opposed verb ("breached" / "repelled") or a negation ("did not
//     breach") is an outcome discrepancy, high; a claim discrepancy when
//     the verbs are stances ("confirmed" / "denied");
//   - the same event done by two different known actors is a claim
//     discrepancy (who did what), high.
func (w *work) checkClaims() {
	var ms []*mention
	for _, m := range w.byKind[crosswire.KindClaim] {
		if m.fact.Claim != nil && lemmaOf(m.fact.Claim) != "" {
			ms = append(ms, m)
		}
	}
	// What alignment asks of every pair is read once per claim.
	lemmas := make(map[*mention]string, len(ms))
	for _, m := range ms {
		lemmas[m] = lemmaOf(m.fact.Claim)
	}
	asserts := map[*mention]bool{}
	isAsserted := func(m *mention) bool {
		v, ok := asserts[m]
		if !ok {
			v = asserted(m)
			asserts[m] = v
		}
		return v
	}
	// The lexicon is asked once per pair of distinct verbs, or of
	// distinct uses when it reads a verb's sense from its arguments.
	opposed := map[[2]string]bool{}
	sr, senses := w.lex.(senseReader)
	opposedUses := map[[2]facts.EventUse]bool{}
	related := func(a, b *mention) (same, opp bool) {
		la, lb := lemmas[a], lemmas[b]
		if la == lb {
			return true, false
		}
		if undoVerbs[la] || undoVerbs[lb] {
			return false, false
		}
		if senses {
			ca, cb := a.fact.Claim, b.fact.Claim
			k := [2]facts.EventUse{{Lemma: la, Actor: ca.Actor, Target: ca.Target, Passive: ca.Passive}, {Lemma: lb, Actor: cb.Actor, Target: cb.Target, Passive: cb.Passive}}
			o, ok := opposedUses[k]
			if !ok {
				o = sr.OpposedUses(k[0], k[1])
				opposedUses[k] = o
			}
			return false, o
		}
		k := [2]string{la, lb}
		o, ok := opposed[k]
		if !ok {
			o = w.lex.Opposed(la, lb)
			opposed[k] = o
		}
		return false, o
	}
	al := alignment{
		note: w.note,
		key:  func(*mention) string { return "" },
		sim: func(a, b *mention) float64 {
			same, opp := related(a, b)
			if !same && !opp {
				return 0
			}
			// An outcome told the other way round needs both sides to
			// assert what happened: "could be announced this week" or
			// "(did not conduct an assessment) to identify the hazard"
			// assert nothing, and "will not be announced until…" says
			// when, not whether.
			if opp || negated(a.fact.Claim) != negated(b.fact.Claim) {
				if !isAsserted(a) || !isAsserted(b) {
					return 0
				}
			}
			// Both an argument in common and a similar sentence: claims
			// are the extractor's noisiest facts, and generic arguments
			// ("people", "the town") meet across unrelated sentences.
			ca, cb := a.fact.Claim, b.fact.Claim
			act := w.sameArgument(ca.Actor, cb.Actor)
			// one subject's change by one quantity, its noun written
			// once and left out once ("shares rose 4%" / "shares fell
			// 4% ": targets "4%" and "4% share")
			tgt := w.sameArgument(ca.Target, cb.Target) || act && w.sameQuantity(ca.Target, cb.Target)
			// what underwent the event: the subject of an intransitive
			// ("the attempt succeeded") is the target of a passive ("the
			// attempt was repelled")
			thm := !tgt && !act && theme(ca) != "" && w.sameArgument(theme(ca), theme(cb))
			// of two opposed outcomes, the doer of one ("the attack
			// breached its defences") is what underwent the other when
			// that one is a passive with no agent ("the attack was
			// repelled")
			thm = thm || opp && !tgt && !act && (w.doerUnderwent(ca, cb) || w.doerUnderwent(cb, ca))
			// Of two opposed outcomes, one done to its object told
			// actively with no object says nothing of who underwent
			// it: its subject is the doer ("the harbour master
			// dismissed in May", a translation's garble, against "the
			// harbour master retired in May").
			if opp && !tgt && (doneToObject(a) || doneToObject(b)) {
				return 0
			}
			ctx := overlap(claimContext(a), claimContext(b))
			if !tgt && !act && !thm || ctx < 0.35 {
				return 0
			}
			// Both say what was acted on, and not the same thing: two
			// events ("gained 86.78 points" / "lost 43.96 points").
			if !tgt && !thm && strings.TrimSpace(ca.Target) != "" && strings.TrimSpace(cb.Target) != "" {
				return 0
			}
			tgt = tgt || thm
			s := 0.4 + 0.1*ctx
			if tgt {
				s += 0.3
			}
			if act {
				s += 0.2
			}
			return s
		},
		tau: 0.5,
	}
	// tellsBoth reports whether the version of m also asserts, about what
	// m's event happened to, the outcome opposed to m's ("was convicted
	// and then acquitted"): that version tells two stages of one
	// history, so another version's one stage is not told against it.
	byArticle := map[string][]*mention{}
	for _, m := range ms {
		byArticle[m.art.ID] = append(byArticle[m.art.ID], m)
	}
	tellsBoth := func(m *mention) bool {
		for _, x := range byArticle[m.art.ID] {
			if x == m || !isAsserted(x) || !isAsserted(m) {
				continue
			}
			if _, opp := related(x, m); !opp {
				continue
			}
			if w.sameArgument(theme(x.fact.Claim), theme(m.fact.Claim)) {
				return true
			}
		}
		return false
	}
	for _, sl := range al.align(ms) {
		groups := partition(sl,
			func(a, b *mention) bool {
				same, _ := related(a, b)
				if !same || negated(a.fact.Claim) != negated(b.fact.Claim) {
					return false
				}
				return !w.differentActors(a, b) && !derivedApart(a.fact.Claim.Target, b.fact.Claim.Target) && !figuresApart(a.fact.Claim, b.fact.Claim)
			},
			func(m *mention) float64 { return 0 })
		s := &slot{kind: crosswire.KindClaim}
		for _, g := range groups {
			s.groups = append(s.groups, w.sideOf(displayValue(g[0]), g))
		}
		w.slots = append(w.slots, s)
		if len(groups) < 2 || !distinctVersions(groups) {
			continue
		}
		kind, sev := crosswire.DiscrepancyKind(""), crosswire.Severity("")
		for i := range groups {
			for j := i + 1; j < len(groups); j++ {
				ma, mb := groups[i][0], groups[j][0]
				a, b := ma.fact.Claim, mb.fact.Claim
				la, lb := lemmaOf(a), lemmaOf(b)
				switch {
				case (la != lb || negated(a) != negated(b)) && !sameWords(ma.fact.Span.Text, mb.fact.Span.Text):
					// (the same words cannot tell two outcomes: a negation
					// read from elsewhere in one sentence is not theirs)
					if la != lb && negated(a) == negated(b) && (anyMention(groups[i], tellsBoth) || anyMention(groups[j], tellsBoth)) {
						continue
					}
					if la == lb && superlativeEverNever(ma.sentence, mb.sentence) {
						continue // "ever" and "never" after a superlative: one wording
					}
					if stanceVerbs[la] || stanceVerbs[lb] {
						if w.introduceOneQuote(ma, mb) {
							// two words for one statement ("played
							// down …, saying: «…»" / "admitted: «…»")
							continue
						}
						if kind != crosswire.DiscOutcome {
							kind = crosswire.DiscClaim
						}
					} else {
						kind = crosswire.DiscOutcome
					}
					sev = crosswire.SeverityHigh
				case la == lb && derivedApart(a.Target, b.Target):
					// "stole call records" / "stole call recordings"
					if kind == "" {
						kind, sev = crosswire.DiscClaim, crosswire.SeverityMedium
					}
				case w.differentActors(ma, mb):
					if kind == "" {
						kind = crosswire.DiscClaim
					}
					sev = crosswire.SeverityHigh
				}
			}
		}
		if kind == "" {
			continue
		}
		s.conflicting = true
		w.discs = append(w.discs, &finding{kind: kind, sev: sev, subject: claimSubject(kind, sl), sides: s.groups})
	}
}

// introduceOneQuote reports whether the sentences of two claims each
// introduce a quote and the two quotes are one statement (content-word
// Dice ≥ 0.5): "X played down the news, saying: «…»" and "X admitted:
// «…»" are two reporters' words for what X said, told in full beside
// them, not two things X said. A quote introduces its claim's sentence
// when it starts inside it or right after it (a sentence ending in a
// colon).
func (w *work) introduceOneQuote(a, b *mention) bool {
	qa, qb := w.quotesAfter(a), w.quotesAfter(b)
	for _, x := range qa {
		for _, y := range qb {
			if dice(contentSet(x.fact.Span.Text), contentSet(y.fact.Span.Text)) >= 0.5 {
				return true
			}
		}
	}
	return false
}

// quotesAfter returns the quotes of m's article that start in m's
// sentence, after m, or within a few characters of its end.
func (w *work) quotesAfter(m *mention) []*mention {
	const gap = 4 // a space and an opening quotation mark
	end := m.sentStart + len(m.sentence)
	var out []*mention
	for _, q := range w.byKind[crosswire.KindQuote] {
		if q.art.ID == m.art.ID && q.fact.Span.Start >= m.fact.Span.Start && q.fact.Span.Start <= end+gap {
			out = append(out, q)
		}
	}
	return out
}

// claimSubject names what the claims disagree about: "what happened to
// the network" (outcome), "who breached the network" (claim about the
// actor), "whether the ministry confirmed the breach" (stance).
func claimSubject(kind crosswire.DiscrepancyKind, ms []*mention) string {
	c := ms[0].fact.Claim
	target := strings.TrimSpace(c.Target)
	actor := strings.TrimSpace(c.Actor)
	if kind == crosswire.DiscOutcome {
		if actor != "" && numericWords(target) != "" {
			// "shares rose 4%": the quantity is by how much, the
			// subject is what changed
			target = ""
		}
		if target != "" && !strings.Contains(target, " ") && target == strings.ToLower(target) {
			return "what happened to the " + target // a bare common noun: "the attempt"
		}
		if target != "" {
			return "what happened to " + target
		}
		if actor != "" && actor == strings.ToLower(actor) && anyMention(ms, func(m *mention) bool { return strings.TrimSpace(m.fact.Claim.Target) != "" }) {
			// one version's subject of "succeeded" is another's of
			// "was repelled": what happened to it
			return "what happened to the " + actor
		}
		if actor != "" {
			return "what " + actor + " did"
		}
		return "what happened"
	}
	sameLemma := true
	for _, m := range ms {
		if lemmaOf(m.fact.Claim) != lemmaOf(c) || m.fact.Claim.Negated != c.Negated {
			sameLemma = false
		}
	}
	verb := strings.TrimSpace(c.Verb)
	if verb == "" {
		verb = lemmaOf(c)
	}
	if sameLemma && target != "" && derivedApart(target, anyTarget(ms, target)) {
		verb := strings.TrimSpace(c.Verb)
		if actor != "" {
			return "what " + actor + " " + verb
		}
		return "what was " + verb
	}
	if sameLemma && target != "" {
		return "who " + verb + " " + target
	}
	if actor != "" {
		s := "what " + actor + " said"
		if target != "" {
			s += " about " + target
		}
		return s
	}
	return "claim about " + target
}

// irrealisWords before an event verb make its clause a possibility, a plan
// or a purpose rather than a statement that the event happened.
var irrealisWords = setOf(`could may might would should can to`)

// asserted reports whether a claim states that its event happened (or,
// negated, that it did not): not under a modal or an infinitive ("could be
// announced", "plans to raise", "an assessment to identify"), and not a
// negation that only says when ("will not be announced until…"). Claims
// that fail this are still facts, but not one side of an outcome
// contradiction.
func asserted(m *mention) bool {
	c := m.fact.Claim
	verb := strings.ToLower(strings.TrimSpace(c.Verb))
	s := m.fact.Span.Start - m.sentStart
	if verb == "" || s < 0 || s > len(m.sentence) {
		return true
	}
	low := strings.ToLower(m.sentence)
	at := strings.Index(low[s:], verb)
	if at < 0 {
		return true
	}
	at += s
	before, after := text.Words(low[:at]), text.Words(low[at+len(verb):])
	// look back over auxiliaries and adverbs to the word that governs
	// the verb
	for k, n := len(before)-1, 0; k >= 0 && n < 3; k, n = k-1, n+1 {
		w := before[k]
		if irrealisWords[w] {
			// "failed to", "refused to" are the extractor's negations
			return negated(c) && w == "to"
		}
		if w != "be" && w != "been" && w != "have" && w != "not" && !strings.HasSuffix(w, "ly") {
			break
		}
	}
	if negated(c) {
		for k := 0; k < len(after) && k < 3; k++ {
			if after[k] == "until" || after[k] == "till" {
				return false
			}
		}
	}
	return true
}

// figuresApart reports two claims one of whose arguments (actor, target,
// partner) holds figures in both and not the same ones ("36 dancers fled"
// / "38 dancers fled"): each version's claim is of its own count, so
// neither corroborates the other. The figures' difference is the number
// checker's to report; an argument with a figure in one claim and none in
// the other ("the dancers fled", "ten directors" / "the directors") is no
// difference.
func figuresApart(a, b *crosswire.Claim) bool {
	for _, args := range [][2]string{{a.Actor, b.Actor}, {a.Target, b.Target}, {a.With, b.With}} {
		fa, fb := figuresOf(args[0]), figuresOf(args[1])
		if len(fa) > 0 && len(fb) > 0 && !equalSets(fa, fb) {
			return true
		}
	}
	return false
}

// figuresOf is the set of digit runs (with a decimal point or comma
// inside) of a claim argument.
func figuresOf(arg string) map[string]bool {
	out := map[string]bool{}
	var run []rune
	flush := func() {
		if len(run) > 0 {
			out[strings.TrimRight(string(run), ".,")] = true
			run = run[:0]
		}
	}
	for _, r := range arg {
		switch {
		case r >= '0' && r <= '9':
			run = append(run, r)
		case (r == '.' || r == ',') && len(run) > 0:
			run = append(run, r)
		default:
			flush()
		}
	}
	flush()
	return out
}

// derivedApart reports two objects written alike but for one word turned
// into another word of its root ("call records" / "call recordings",
// "the employer" / "the employee" aside): not a plural, not a verb form,
// a different thing named. A synonym ("firms" / "companies") shares no
// root and is left to rewording.
func derivedApart(x, y string) bool {
	a, b := text.Words(strings.ToLower(x)), text.Words(strings.ToLower(y))
	if len(a) != len(b) || len(a) == 0 {
		return false
	}
	diff := -1
	for i := range a {
		if a[i] != b[i] {
			if diff >= 0 {
				return false
			}
			diff = i
		}
	}
	if diff < 0 {
		return false
	}
	u, v := a[diff], b[diff]
	if len(u) < 4 || len(v) < 4 || stem(u) != stem(v) || singularOf(u) == singularOf(v) {
		return false
	}
	if _, irr := facts.BaseForm(u); irr {
		return false
	}
	if _, irr := facts.BaseForm(v); irr {
		return false
	}
	if unknownWord(u) || unknownWord(v) {
		// a form no writer uses ("ran agroundly"): a translation's or a
		// typist's inflection of the other word, not another thing
		return false
	}
	// a verb form ("was hacked" / "was hacking") is no object
	return diff == 0 || !auxiliaries[a[diff-1]]
}

// unknownWord reports whether a lower-case word is absent from the
// background's word frequencies (the grouping background: thousands of
// articles): no English word a writer uses, so a form of its root the
// writer did not mean. A shipped background that reads no words knows
// every word (nothing is read as unknown).
func unknownWord(w string) bool {
	bg := grouping.DefaultBackground()
	return bg.Words() > 0 && bg.WordDocs(w) == 0
}

// singularOf strips a plural "s" ("records" → "record").
func singularOf(w string) string {
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return w[:len(w)-1]
	}
	return w
}

// anyTarget returns a target of ms other than t, or t.
func anyTarget(ms []*mention, t string) string {
	for _, m := range ms {
		if x := strings.TrimSpace(m.fact.Claim.Target); x != t {
			return x
		}
	}
	return t
}
