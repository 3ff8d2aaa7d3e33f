package attribution

import (
	"regexp"
	"strings"

	"crosswire"
)

// Victim cues: a verb of hitting with its subject (active) or its agent
// after "by" (passive), and a list of victims ("victims included X",
// "other targets included X").
var (
	reHitVerb   = regexp.MustCompile(`(?i)\bto\s+(?:breach|hack into|hack|infiltrate|penetrate|compromise|spy on)\s+|\b(?:(?:hacked|broke|broken|breaking|got|gained access)\s+into|targeted|targeting|hacked|breached|breaching|compromised|compromising|infiltrated|penetrated|attacked|attacking|hit|struck|spied on|spying on|went after|going after)\s+`)
	reBeforeHit = regexp.MustCompile(`(?i)\b(?:was|were|been|being|is|are|be|have|has|had)\s+(?:(?:\w+ly|also|then|later|since|once|first|all|both)\s+)?$`)
	reHaveHit   = regexp.MustCompile(`(?i)\b(?:have|has|had)\s+(?:(?:\w+ly|also|then|later|since|once|first|all|both)\s+)?$`)
	// reAmongVictims: a subject said to be among an incident's victims
	// ("the Foreign Office was among the targets"); reBeforeAmong is
	// what may stand between the name and it (a bracketed acronym)
	reAmongVictims = regexp.MustCompile(`(?i)\b(?:was|were|is|are|has been|have been|had been)\s+(?:also\s+)?among\s+(?:the\s+)?(?:\w+\s+)?(?:targets|victims)\b`)
	reBeforeAmong  = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?$`)
	// reSelfReportedHit: a body reporting itself hit, group 1 the verb
	// of reporting ("confirmed that it had been hacked", "revealed it
	// has been on the receiving end of a cyber-attack", "said it was
	// the victim of an intrusion")
	reSelfReportedHit = regexp.MustCompile(`(?i)\b(said|says|confirmed|confirms|revealed|reveals|admitted|admits|announced|disclosed|discloses|acknowledged|reported)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they)\s+(?:had|has|have|was|were)\s+(?:(?:also|recently|previously|been)\s+)*(?:hacked|breached|compromised|attacked|targeted|infiltrated|(?:the\s+)?(?:target|victim)s?\s+of|on\s+the\s+receiving\s+end\s+of)\b`)
	reVictimsOf       = regexp.MustCompile(`(?i)\b(?:victims|targets)\s+(?:have\s+)?(?:included?|were|are|include)\s+`)
	// reNounPhrase: a lower-case victim written as a noun phrase whose
	// head names people or organisations ("think tanks", "human rights
	// organisations", "journalists"): the nouns news writing uses for
	// who is hit, not a list of victims
	reNounPhrase = regexp.MustCompile(`^(?:(?i:the|a|an|its|their|several|multiple|many|other|some|dozens of|hundreds of|thousands of|numerous|various|key|senior|a handful of|handful of|a number of|number of)\s+)*((?:[\p{L}\d-]+\s+){0,3}(?:organi[sz]ations?|institutions?|companies|firms|businesses|enterprises|providers|suppliers|customers|clients|users|individuals|officials|personnel|journalists|reporters|activists|dissidents|diplomats|politicians|lawmakers|governments?|militar(?:y|ies)|ministr(?:y|ies)|agencies|departments|embassies|think[- ]tanks?|universities|researchers|scientists|banks|hospitals|newspapers|media|networks of [\p{L}-]+|sites|websites|systems|elections?|parties|candidates|members|employees|staff|executives|contractors|manufacturers|operators|utilities|(?:advocacy|opposition|activist|civil society|human rights|campaign|community|religious|ethnic|student|rights|exile|diaspora|minority|protest|political) groups))\b`)
)

// targetClaims reads who hit whom in a sentence that makes no attribution.
func (r *articleReader) targetClaims(s crosswire.Span, cands []cand, sspan crosswire.Span) []Claim {
	text := r.a.Text
	sent := text[s.Start:s.End]
	var out []Claim
	seen := map[string]bool{}
	victimsAt := func(from int) []Party {
		var vs []Party
		r.victimList(s, cands, from, func(p Party) {
			if !seen[p.Key()] {
				seen[p.Key()] = true
				vs = append(vs, p)
			}
		})
		return vs
	}
	// what an incident noun's preposition names, or the countries
	// listed after victims written as those of several countries
	incidentVictims := func(te int) []Party {
		vs := victimsAt(te)
		if len(vs) == 0 {
			if at := countriesListed(text[te:s.End]); at >= 0 {
				vs = victimsAt(te + at)
			}
		}
		return vs
	}
	for _, loc := range reHitVerb.FindAllStringIndex(sent, -1) {
		ts, te := s.Start+loc[0], s.Start+loc[1]
		before := text[max(s.Start, ts-24):ts]
		var actor *Party
		var victims []Party
		passive := reBeforeHit.MatchString(before) && !reHaveHit.MatchString(before) &&
			!strings.HasSuffix(strings.TrimSpace(strings.ToLower(text[ts:te])), "ing")
		if passive {
			// passive: "X was breached by Y"
			by := reByAgent.FindStringIndex(text[te-1 : s.End])
			if by == nil {
				by = reByInIncident.FindStringIndex(text[te-1 : s.End])
			}
			if by != nil {
				// from the verb: "by the group" is an anaphor that holds its "the"
				if c := firstAfter(cands, te, by[1]+12, culpritCand); c != nil {
					actor = &c.Parties[0]
				}
			}
			// the victim is the subject: read from the clause's start,
			// or from after the verb that reports it ("say they have
			// seen firms in X being targeted by Y")
			from := r.clauseStart(s, ts)
			if locs := reSeenVictim.FindAllStringIndex(text[from:ts], -1); len(locs) > 0 {
				from += locs[len(locs)-1][1]
			}
			victims = victimsAt(from)
			if by == nil {
				// "X had been hacked": no agent, an actor the sentence
				// leaves unnamed hit X
				if len(victims) > 0 {
					out = append(out, Claim{Kind: ClaimTarget, Victims: victims, Trigger: span(r.a, ts, te), Span: sspan})
				}
				continue
			}
		} else {
			// active: the nearest culprit before the verb in its clause
			from := r.clauseStart(s, ts)
			// not the speaker of a reported clause ("Unit 42 said the
			// attacks had targeted …")
			// hackers named by their origin ("Russian hackers attacked X")
			// hit X, the state they are from did not: X is a victim of
			// an actor left unnamed
			unnamed := false
			if subj, named := r.subjectOf(s, cands, from, ts); subj != nil || !named {
				// the verb's own subject stands right before it: a
				// name ("… show that the NSA penetrated X") or a
				// common noun with a relative pronoun ("a group that
				// had hacked X"); no culprit further back hit X
				switch {
				case subj == nil || subj.Origin:
					unnamed = true
				case culpritCand(*subj):
					actor = &subj.Parties[0]
				case subj.kind() == PartyUnknown:
					unnamed = true
				default:
					continue
				}
			} else if c := lastBefore(cands, ts, ts-from, originOrCulprit); c != nil && !reSpeech.MatchString(text[c.End:ts]) {
				if c.Origin {
					unnamed = true
				} else {
					actor = &c.Parties[0]
				}
			}
			victims = victimsAt(te)
			// "targeting privileged information related to X", "hacked
			// the servers of X": the owners of what was hit are the victims
			if len(victims) == 0 {
				if m := reThingOf.FindStringIndex(text[te:s.End]); m != nil {
					victims = victimsAt(te + m[1])
				}
			}
			// "X said intruders had broken into its portal": the owner
			// the pronoun names is the sentence's subject
			if len(victims) == 0 {
				victims = r.pronounOwner(s, cands, ts, te)
				unnamed = unnamed || actor == nil
			}
			if unnamed && len(victims) > 0 {
				out = append(out, Claim{Kind: ClaimTarget, Victims: victims, Trigger: span(r.a, ts, te), Span: sspan})
				continue
			}
		}
		if actor == nil || len(victims) == 0 {
			continue
		}
		out = append(out, Claim{Kind: ClaimTarget, Accused: []Party{*actor}, Victims: notParty(victims, *actor),
			Trigger: span(r.a, ts, te), Span: sspan})
	}
	// an incident noun with what it hit ("attacks on X", "intrusions into
	// X") after a culprit in the same clause ("APT88, the group suspected
	// in attacks on X and Y"): the culprit targeted them
	for _, loc := range reVictimPrep.FindAllStringIndex(sent, -1) {
		ts, te := s.Start+loc[0], s.Start+loc[1]
		if inName(cands, ts) || ts > 0 && text[ts-1] == '-' || pinnedOn(sent[:loc[0]], sent[loc[0]:loc[1]]) {
			continue // "Co-operation in Europe": a name's words
		}
		from := r.clauseStart(s, ts)
		c := lastBefore(cands, ts, ts-from, culpritCand)
		if c == nil {
			// no culprit in the clause: the incident's victims, hit
			// by an actor the clause leaves unnamed — unless the
			// noun is written as another incident ("a successful
			// attack on X", "last year's attacks on X")
			var vs []Party
			if before := text[max(s.Start, ts-40):ts]; !reOtherIncident.MatchString(before) {
				vs = incidentVictims(te)
			} else if reTimeBefore.MatchString(before) {
				continue
			}
			// "X has confirmed a cyberattack on its servers": the
			// owner reports its own incident, indefinite as news
			// first writes it
			if len(vs) == 0 {
				vs = r.pronounOwner(s, cands, ts, te)
			}
			if len(vs) > 0 {
				out = append(out, Claim{Kind: ClaimTarget, Victims: vs, Trigger: span(r.a, ts, te), Span: sspan})
			}
			continue
		}
		if reSpeech.MatchString(text[c.End:ts]) {
			continue
		}
		if vs := notParty(incidentVictims(te), c.Parties[0]); len(vs) > 0 {
			out = append(out, Claim{Kind: ClaimTarget, Accused: []Party{c.Parties[0]}, Victims: vs,
				Trigger: span(r.a, ts, te), Span: sspan})
		}
	}
	// "X was among the targets": the name before is a victim
	for _, loc := range reAmongVictims.FindAllStringIndex(sent, -1) {
		ts, te := s.Start+loc[0], s.Start+loc[1]
		c := lastBefore(cands, ts, 60, func(c cand) bool { return !c.Qualifier && !c.Anaphor && victimKind(c.kind()) })
		if c == nil || c.Start < r.clauseStart(s, ts) || !reBeforeAmong.MatchString(text[c.End:ts]) {
			continue
		}
		if vs := victimsAt(c.Start); len(vs) > 0 {
			out = append(out, Claim{Kind: ClaimTarget, Victims: vs, Trigger: span(r.a, ts, te), Span: sspan})
		}
	}
	// "X confirmed that it had been hacked", "X revealed it has been on
	// the receiving end of a cyber-attack": a body reporting itself hit
	// is the victim (the pronoun is the speaker)
	for _, loc := range reSelfReportedHit.FindAllStringSubmatchIndex(sent, -1) {
		ts := s.Start + loc[2]
		from := r.clauseStart(s, ts)
		ok := func(c cand) bool { return !c.Qualifier && !c.Anaphor && victimKind(c.kind()) }
		c := lastBefore(cands, ts, ts-from, ok)
		// a bracketed gloss after the name ("Norland Rising! (Onwards!)") is
		// no name of its own; a bracketed acronym is the name
		for c != nil && strings.HasSuffix(strings.TrimSpace(text[max(s.Start, c.Start-2):c.Start]), "(") && !isAcronym(text[c.Start:c.End]) {
			c = lastBefore(cands, c.Start, c.Start-from, ok)
		}
		if c == nil || reClauseGap.MatchString(text[c.End:ts]) {
			continue
		}
		trig := span(r.a, ts, s.Start+loc[1])
		// an acronym the entities merged into a place whose name it does
		// not abbreviate ("OSCE" resolved to "Europe") is the body it
		// writes, named as written
		if p := c.Parties[0]; (p.Kind == PartyPlace || p.Kind == PartyState) && isAcronym(text[c.Start:c.End]) && !abbreviates(text[c.Start:c.End], p.Name) {
			v := Party{Name: text[c.Start:c.End], Kind: PartyOrganisation, Span: span(r.a, c.Start, c.End)}
			out = append(out, Claim{Kind: ClaimTarget, Victims: []Party{v}, Trigger: trig, Span: sspan})
			continue
		}
		if vs := victimsAt(c.Start); len(vs) > 0 {
			out = append(out, Claim{Kind: ClaimTarget, Victims: vs[:1], Trigger: trig, Span: sspan})
		}
	}
	for _, loc := range reVictimsOf.FindAllStringIndex(sent, -1) {
		ts, te := s.Start+loc[0], s.Start+loc[1]
		if vs := victimsAt(te); len(vs) > 0 {
			out = append(out, Claim{Kind: ClaimTarget, Victims: vs, Trigger: span(r.a, ts, te), Span: sspan})
		}
	}
	return out
}

// abbreviates reports whether acronym is made of the initials of name's
// capitalised words ("U.S." and "United States", "UK" and "United
// Kingdom"; not "OSCE" and "Europe").
func abbreviates(acronym, name string) bool {
	var ini strings.Builder
	for _, w := range strings.Fields(name) {
		if r := w[0]; r >= 'A' && r <= 'Z' {
			ini.WriteByte(r)
		}
	}
	return strings.ReplaceAll(acronym, ".", "") == ini.String()
}

// reAuxGap: what may stand between a verb's subject and the verb:
// auxiliaries and adverbs ("has also", "had previously", "was reportedly").
var reAuxGap = regexp.MustCompile(`(?i)^\s*(?:(?:has|have|had|was|were|is|are|been|also|then|later|once|first|\w+ly)\s+)*$`)

// reRelativeSubject: a relative pronoun after a common noun as the subject
// of the verb that follows ("a group that had hacked X", "hackers who
// attacked X"): the noun, no name, did it.
var reRelativeSubject = regexp.MustCompile(`(?i)\b[a-z]+\s+(?:that|which|who)\s+(?:(?:has|have|had|was|were|also|then|later|once|\w+ly)\s+)*$`)

// reCopulaNoun: a copula and the determiners and modifiers of the noun
// phrase it predicates ("… is the same Russian-linked " before "group
// that attacked").
var reCopulaNoun = regexp.MustCompile(`(?i),?\s+(?:is|was|are|were)\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}$`)

// reAttackerNounSubject: a noun of attackers, without "the" right before
// it (a definite one is a reference back, resolved among the candidates),
// then a short time or place ("Hackers in 2014 attacked") and the verb's
// auxiliaries.
var reAttackerNounSubject = regexp.MustCompile(`(?i)(?:^|\b(?:a|an|some|unknown|unidentified)\s+(?:[\p{L}-]+\s+){0,3})(?:gang|group|hackers|attackers|intruders|actors?|crew|cybercriminals|criminals)\s+(?:(?:in|on|during|since)\s+[\w-]+\s+)?(?:(?:has|have|had|was|were|also|then|later|once|\w+ly)\s+)*$`)

// subjectOf reads the subject of a hitting verb at ts when it stands right
// before the verb: a name with only auxiliaries between (subj set), or a
// relative pronoun whose antecedent is a common noun (subj nil, named
// false: nobody named did it). Both nil and named true: the sentence does
// not say right before the verb, the caller looks further back.
func (r *articleReader) subjectOf(s crosswire.Span, cands []cand, from, ts int) (subj *cand, named bool) {
	text := r.a.Text
	if c := lastBefore(cands, ts, ts-from, func(c cand) bool { return !c.Qualifier }); c != nil && reAuxGap.MatchString(text[c.End:ts]) {
		return c, true
	}
	// a common noun of attackers right before the verb ("a China-based
	// cyber gang has compromised X", "unknown hackers attacked X"): an
	// actor the sentence does not name (a capital at the sentence's start
	// is the sentence's, not a name's)
	if m := reAttackerNounSubject.FindStringIndex(text[from:ts]); m != nil && (from+m[0] == s.Start || !inName(cands, from+m[0])) {
		return nil, false
	}
	if m := reRelativeSubject.FindStringIndex(text[from:ts]); m != nil {
		// the antecedent is a lower-case noun with no name ending there;
		// a name it is predicated of is the subject ("CyberBerkut is
		// the same group that attacked X")
		if c := lastBefore(cands, from+m[0]+1, 2, func(cand) bool { return true }); c == nil {
			if cop := reCopulaNoun.FindStringIndex(text[from : from+m[0]]); cop != nil {
				if c := lastBefore(cands, from+cop[0], 3, func(c cand) bool { return !c.Qualifier }); c != nil {
					return c, true
				}
			}
			return nil, false
		}
	}
	return nil, true
}

// reThingOf: the object of a hitting verb naming a thing of the victims
// ("privileged information related to", "the servers of", "data
// belonging to"): the victims follow.
var reThingOf = regexp.MustCompile(`^(?:(?:the|their|its)\s+)?(?:(?:at least|more than|over|some|about|nearly|dozens of|hundreds of|thousands of)\s+)?(?:\d[\d,]*\s+)?(?:(?:[\p{L}-]+\s+){0,2}?(?:information|data|documents|e-?mails?|servers?|networks?|systems?|computers?|accounts?|files|records|databases?|communications|secrets)\s+(?:related to|relating to|belonging to|held by|of)|targets\s+(?:in|at|within|inside))\s+`)

// reByInIncident: the agent of a passive hitting verb written after the
// incident it was hit in ("was targeted directly in a separate,
// simultaneous campaign by the group", "were hit as part of an operation
// by X").
var reByInIncident = regexp.MustCompile(`^(?:\s+[a-z]+ly)?\s+(?:in|during|as part of)\s+(?:[\p{L}-]+,?\s+){0,4}?` + incidentNouns + `\s+by\s+(?:the\s+)?`)

// reSeenVictim: a verb of seeing or saying whose object is the victim of
// a passive hitting verb after it ("have seen X being targeted", "said
// that X were breached").
var reSeenVictim = regexp.MustCompile(`(?i)\b(?:seen|saw|see|observed|found|said|says|say|that)\s+`)

// clauseStart is where the clause holding pos starts: after the last
// clause break (", and", ";", ", but" …) before it in the sentence.
func (r *articleReader) clauseStart(s crosswire.Span, pos int) int {
	if locs := reClauseBreak.FindAllStringIndex(r.a.Text[s.Start:pos], -1); len(locs) > 0 {
		return s.Start + locs[len(locs)-1][1]
	}
	return s.Start
}

// culpritCand accepts a name that can have hit a victim: a threat group,
// a service or unit, a state.
func culpritCand(c cand) bool {
	if c.Qualifier || c.Bystander || c.Origin {
		return false
	}
	switch c.kind() {
	case PartyGroup, PartyService, PartyUnit, PartyState:
		return true
	}
	return false
}

// originOrCulprit accepts a culprit or a state named as the origin of
// the hackers (cand.Origin).
func originOrCulprit(c cand) bool {
	return culpritCand(c) || c.Origin && !c.Qualifier && !c.Bystander
}

// reOtherIncident: the words before an incident noun that make it some
// incident, not the story's: an indefinite article ("a successful attack
// on"), a time before it ("last year's attacks on", "previous hacks of").
var reOtherIncident = regexp.MustCompile(`(?i)(?:\b(?:a|an|another|one)\s+(?:[\p{L}-]+\s+){0,2}|\b(?:last|previous|earlier|past|prior|former|older)\s+(?:[\p{L}'’-]+\s+){0,2})$`)

// reTimeBefore: the words of time of reOtherIncident ("last year's",
// "previous", "another").
var reTimeBefore = regexp.MustCompile(`(?i)\b(?:another|last|previous|earlier|past|prior|former|older)\s+(?:[\p{L}'’-]+\s+){0,2}$`)

// inName reports whether pos falls inside a name of the sentence.
func inName(cands []cand, pos int) bool {
	for _, c := range cands {
		if !c.Anaphor && c.Start <= pos && pos < c.End {
			return true
		}
	}
	return false
}

// notParty leaves p out of ps.
func notParty(ps []Party, p Party) []Party {
	out := ps[:0]
	for _, q := range ps {
		if q.Key() != p.Key() && !strings.EqualFold(q.Name, p.State) {
			out = append(out, q)
		}
	}
	return out
}

// rePronounThing: what was hit written as a thing "its" or "their" owner
// holds ("its billing portal", "their customers' data", "its own
// servers").
var rePronounThing = regexp.MustCompile(`(?i)^(?:its|their)\s+(?:own\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:systems?|networks?|servers?|computers?|data|databases?|records|files|accounts?|e-?mails?|websites?|sites?|portals?|platforms?|infrastructure|customers|clients|users|members|patients|employees|staff|payroll|operations|applications|apps?|services?)\b`)

// reOwnerVerb: what may follow the subject that owns the thing hit: a
// verb of reporting or of suffering, with its auxiliaries and a short
// time ("said on Monday that", "has confirmed", "suffered").
var reOwnerVerb = regexp.MustCompile(`(?i)^\s*(?:(?:has|have|had|also|later|\w+ly)\s+)*(?:said|says|confirmed|confirms|reported|reports|disclosed|discloses|announced|announces|revealed|reveals|admitted|admits|acknowledged|acknowledges|told|warned|suffered|suffers|experienced|detected|discovered)\b`)

// pronounOwner returns the victim when the thing a hitting verb or an
// incident noun at ts–te names is "its"/"their" thing ("broken into its
// billing portal", "an attack on their servers") and the sentence's
// subject, named before and followed by a verb of reporting or suffering,
// owns it: "The Harbour Board said intruders had broken into its portal",
// "The Harbour Board has confirmed an attack on its servers". A culprit,
// a person or a place is no owner the pronoun could name here.
func (r *articleReader) pronounOwner(s crosswire.Span, cands []cand, ts, te int) []Party {
	text := r.a.Text
	if !rePronounThing.MatchString(text[te:s.End]) {
		return nil
	}
	c := firstAfter(cands, s.Start, ts-s.Start, func(c cand) bool { return !c.Anaphor && !c.Qualifier })
	if c == nil || c.End > ts || culpritCand(*c) || c.Origin {
		return nil
	}
	switch c.kind() {
	case PartyGovernment, PartyCompany, PartyOrganisation, PartyUnknown:
	default:
		return nil
	}
	if !reDeterminers.MatchString(strings.ToLower(qualifierFree(cands, text, s.Start, c.Start))) || !reOwnerVerb.MatchString(text[c.End:ts]) {
		return nil
	}
	var vs []Party
	r.victimAt(s, cands, c.Start, func(p Party) { vs = append(vs, p) })
	if len(vs) > 1 {
		vs = vs[:1]
	}
	return vs
}
