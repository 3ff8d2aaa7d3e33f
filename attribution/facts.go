package attribution

import (
	"slices"

	"crosswire"
	"crosswire/text"
)

// claimFacts indexes a story's claim facts (crosswire.StoryFact with a
// Claim) by the articles stating them, so each claim read here is tied
// to the claim facts of the JSON report that state the same event in the
// same words, and counts their versions as the report does.
type claimFacts struct {
	facts     []crosswire.StoryFact
	byArticle map[string][]factSource
	// quotes are the story's quotation facts (direct and reported
	// speech) by article: what a speaker says, aligned across versions
	// as the JSON report aligns it
	quotes map[string][]factSource
	// ents are the story's entities by ID; same tells whether a form of
	// an entity names a party (the lexicon's resolution)
	ents map[string]*crosswire.StoryEntity
	same func(form, key string) bool
}

// factSource is one source span of a claim fact.
type factSource struct {
	fact int
	span crosswire.Span
}

func (l *lexicon) newClaimFacts(s *crosswire.Story) *claimFacts {
	cf := &claimFacts{facts: s.Facts, byArticle: map[string][]factSource{}, quotes: map[string][]factSource{},
		ents: map[string]*crosswire.StoryEntity{},
		same: func(form, key string) bool { return nameKey(form) == key || l.canonical(form) == l.canonical(key) }}
	for i := range s.Entities {
		cf.ents[s.Entities[i].ID] = &s.Entities[i]
	}
	for i, f := range s.Facts {
		switch {
		case f.Kind == crosswire.KindClaim && f.Claim != nil:
			for _, sp := range f.Sources {
				cf.byArticle[sp.Article] = append(cf.byArticle[sp.Article], factSource{fact: i, span: sp})
			}
		case f.Kind == crosswire.KindQuote:
			for _, sp := range f.Sources {
				cf.quotes[sp.Article] = append(cf.quotes[sp.Article], factSource{fact: i, span: sp})
			}
		}
	}
	return cf
}

// names reports whether the story entity with the given ID names party p
// (one of its forms resolves to p).
func (cf *claimFacts) names(id string, p Party) bool {
	e := cf.ents[id]
	if e == nil || p.Name == "" {
		return false
	}
	for _, form := range e.Forms {
		if cf.same(form, p.Key()) {
			return true
		}
	}
	return false
}

// factClasses are the event classes (facts/lexicon/events.tsv) of the
// claim facts that state a claim of a kind: an attribution is a "blame"
// (attribute, blame, link, tie, accuse), a "charge" (accused of), a
// "discover" (identify, trace, uncover the group) or a "perpetrate"
// (carried out, orchestrated, perpetrated by) or a "use" (the
// incident's tool used by the group); an indictment and a
// summons a "charge" (charge, indict, summon); a sanction a "sanction"; a
// denial a "deny", "reject" or "dismiss"; what hit a victim an "intrude"
// or "attack".
func factClasses(k ClaimKind) []string {
	switch k {
	case ClaimAttribution:
		return []string{"blame", "charge", "discover", "perpetrate", "use", "locate"}
	case ClaimIndictment, ClaimSummons:
		return []string{"charge"}
	case ClaimSanction:
		return []string{"sanction"}
	case ClaimDenial:
		return []string{"deny", "reject", "dismiss"}
	case ClaimTarget:
		return []string{"intrude", "attack"}
	}
	return nil
}

// link returns the indices in the story's facts of the facts that state
// c, each read from c's own words in c's article:
//   - a claim fact whose span holds c's trigger (the verb the fact was
//     read from is the claim's trigger), of a class fitting c's kind
//     (for a group's sponsor also "support": "the Estmark-backed group
//     X", read by the facts layer as "Estmark back X");
//   - for the incident's culprit (an attribution with no subject) and
//     for who hit whom, an asserted intrusion, attack or perpetration
//     claim fact of c's sentence whose actor entity is an accused party
//     of c ("the intrusion was carried out by X", "X hacked Y" under a
//     speaker):
//     the facts layer read the same party doing the incident, a target
//     also needing its target entity to be one of c's victims;
//   - a claim fact of a fitting class elsewhere in c's sentence that
//     names c's parties (sameParties: "X accused Estmark of being behind
//     the attack");
//   - the quotation fact (direct or reported speech) holding c's trigger
//     or an accused party, its speaker (By, when c has one) outside it:
//     what the speaker says ("X said the group …", "according to X, …",
//     a quotation X closes); or a quotation fact of c's sentence whose
//     speaker entity (StoryFact.SpeakerEntity, the report's reading of
//     the speech verb's subject) names c's accuser.
func (cf *claimFacts) link(c Claim) []int {
	var out []int
	add := func(i int) {
		if !contains(out, i) {
			out = append(out, i)
		}
	}
	over := func(a, b crosswire.Span) bool { return a.Start < b.End && b.Start < a.End }
	inside := func(a, b crosswire.Span) bool { return b.Start <= a.Start && a.End <= b.End }
	classes := factClasses(c.Kind)
	if c.Kind == ClaimAttribution && c.Subject != nil {
		// a group's sponsor: "the Estmark-backed group X" (Estmark back X)
		classes = append(slices.Clip(classes), "support")
	}
	for _, fs := range cf.byArticle[c.Trigger.Article] {
		f := cf.facts[fs.fact].Claim
		// a denial is also the deed negated ("Russia was not behind the
		// hack"); any other claim rests only on an asserted fact
		fits := slices.Contains(classes, f.Class) && (c.Kind == ClaimDenial || !f.Negated) ||
			c.Kind == ClaimDenial && f.Negated && slices.Contains(factClasses(ClaimAttribution), f.Class)
		if fits {
			if over(fs.span, c.Trigger) || inside(fs.span, c.Span) && cf.sameParties(f, c) {
				add(fs.fact)
			}
			continue
		}
		if f.Negated || !incidentClass(f.Class) || !inside(fs.span, c.Span) {
			continue
		}
		switch {
		case c.Kind == ClaimAttribution && c.Subject == nil && !c.Earlier:
			if slices.ContainsFunc(c.Accused, func(p Party) bool { return cf.names(f.ActorEntity, p) }) {
				add(fs.fact)
			}
		case c.Kind == ClaimTarget && len(c.Accused) > 0:
			if cf.names(f.ActorEntity, c.Accused[0]) && slices.ContainsFunc(c.Victims, func(p Party) bool { return cf.names(f.TargetEntity, p) }) {
				add(fs.fact)
			}
		}
	}
	for _, fs := range cf.quotes[c.Trigger.Article] {
		if c.By != nil && c.By.Span.Article == fs.span.Article && over(fs.span, c.By.Span) {
			continue // the speaker is not inside what is said
		}
		// what the speaker says: the quotation holding the trigger or an
		// accused party, or a quotation of c's sentence whose speaker
		// (the report's speaker entity) is c's accuser
		speaks := c.By != nil && cf.facts[fs.fact].SpeakerEntity != "" && inside(fs.span, c.Span) &&
			cf.names(cf.facts[fs.fact].SpeakerEntity, *c.By)
		if speaks || over(fs.span, c.Trigger) || slices.ContainsFunc(c.Accused, func(p Party) bool {
			return p.Span.Article == fs.span.Article && inside(p.Span, fs.span)
		}) {
			add(fs.fact)
		}
	}
	return out
}

// sameParties reports whether claim fact f, read elsewhere in c's
// sentence than c's trigger, names c's parties (link has checked its
// polarity): for a denial, its actor is c's denier; for a perpetration
// ("X was behind the attack", said by c's speaker), its actor is an
// accused party of c; for the other kinds,
// its target is an accused party of c
// and its actor, when it names an entity, c's accuser ("X accused Estmark
// of being behind the attack": the fact "X accuse Estmark" states the
// attribution c read from "being behind").
func (cf *claimFacts) sameParties(f *crosswire.Claim, c Claim) bool {
	if c.Kind == ClaimDenial {
		return c.By != nil && cf.names(f.ActorEntity, *c.By)
	}
	if f.Class == "perpetrate" {
		// "X was behind the attack", "carried out by X" said by c's
		// speaker: the perpetrator is the fact's actor
		return slices.ContainsFunc(c.Accused, func(p Party) bool { return cf.names(f.ActorEntity, p) })
	}
	if c.By != nil && f.ActorEntity != "" && !cf.names(f.ActorEntity, *c.By) {
		return false
	}
	return slices.ContainsFunc(c.Accused, func(p Party) bool { return cf.names(f.TargetEntity, p) })
}

// incidentClass reports whether a claim fact of the class states a deed
// of the incident: an intrusion, an attack, or who perpetrated it.
func incidentClass(class string) bool {
	return class == "intrude" || class == "attack" || class == "perpetrate"
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// addFacts counts the versions of the claim facts fs into t, as the JSON
// report counts them (the same roots): a version stating the fact in a
// span no source of t in that article already holds adds the span.
func (cf *claimFacts) addFacts(t *tally, roots map[string]string, fs []int) {
	for _, i := range fs {
		for _, sp := range cf.facts[i].Sources {
			held := false
			for _, s := range t.sources {
				if s.Article == sp.Article && s.Start <= sp.Start && sp.End <= s.End {
					held = true
					break
				}
			}
			if !held {
				t.add(roots, sp)
			}
		}
	}
}

// factTargets reads who hit whom from the story's claim facts: a claim
// of an intrusion or an attack (event class "intrude" or "attack"),
// asserted, whose actor names a party that can be a culprit (a threat
// group, a service or unit, a state) and whose target names a party that
// can be a victim. The parties are the names the fact's actor and target
// entities are written under inside each source span (culpritCand,
// victimKind), so every version stating the fact states the claim. Where
// the sentence rules read a target from the same verb (a claim whose
// trigger lies in the source), the fact's actor is the actor: the facts
// layer reads the verb's subject ("X, a group it links to Y's military,
// hacked Z": X), the rule the nearest culprit before it (Y). A source in
// a sentence the rules read otherwise as a target or an attribution adds
// no claim.
func (l *lexicon) factTargets(s *crosswire.Story, cf *claimFacts, claims []Claim) []Claim {
	ents := map[string]*crosswire.StoryEntity{}
	for i := range s.Entities {
		ents[s.Entities[i].ID] = &s.Entities[i]
	}
	arts := map[string]*crosswire.Article{}
	for i := range s.Articles {
		arts[s.Articles[i].ID] = &s.Articles[i]
	}
	// ruled is the rule's target claim read from the verb in sp, or -1;
	// read whether a rule read a target or an attribution in sp's sentence
	ruled := func(sp crosswire.Span) int {
		for j, c := range claims {
			if c.Kind == ClaimTarget && c.Trigger.Article == sp.Article && len(c.Accused) == 1 &&
				sp.Start <= c.Trigger.Start && c.Trigger.End <= sp.End {
				return j
			}
		}
		return -1
	}
	read := func(sp crosswire.Span) bool {
		for _, c := range claims {
			if (c.Kind == ClaimTarget || c.Kind == ClaimAttribution) && c.Trigger.Article == sp.Article &&
				c.Span.Start <= sp.Start && sp.End <= c.Span.End {
				return true
			}
		}
		return false
	}
	var out []Claim
	for i, f := range cf.facts {
		c := f.Claim
		if f.Kind != crosswire.KindClaim || c == nil || c.Negated || c.Class != "intrude" && c.Class != "attack" {
			continue
		}
		actor, target := ents[c.ActorEntity], ents[c.TargetEntity]
		if actor == nil || actor == target {
			continue
		}
		for _, sp := range f.Sources {
			a := arts[sp.Article]
			if a == nil {
				continue
			}
			sent, ok := sentenceOf(a, sp.Start)
			if !ok {
				continue
			}
			r := &articleReader{lex: l, a: a, last: map[PartyKind][]Party{}, govSpeakers: map[string]Party{}}
			cands := r.candidates(sent)
			ac := l.candOf(cands, sp, actor, culpritCand)
			if ac == nil {
				continue
			}
			if j := ruled(sp); j >= 0 {
				if !sameParty(claims[j].Accused[0], ac.Parties[0]) && !involvedVictim(claims[j], ac.Parties[0]) {
					claims[j].Accused = []Party{ac.Parties[0]}
					claims[j].Facts = []int{i}
				}
				continue
			}
			if target == nil || read(sp) {
				continue
			}
			vc := l.candOf(cands, sp, target, func(c cand) bool { return !c.Qualifier && !c.Anaphor && victimKind(c.kind()) })
			if vc == nil || sameParty(ac.Parties[0], vc.Parties[0]) {
				continue
			}
			out = append(out, Claim{Kind: ClaimTarget, Accused: []Party{ac.Parties[0]}, Victims: []Party{vc.Parties[0]},
				Trigger: sp, Span: span(a, sent.Start, sent.End), Facts: []int{i}})
		}
	}
	return out
}

// involvedVictim reports whether p is among c's victims.
func involvedVictim(c Claim, p Party) bool {
	for _, v := range c.Victims {
		if sameParty(v, p) {
			return true
		}
	}
	return false
}

// candOf is the candidate inside sp that names entity e (one of its
// forms resolves to the candidate's party) and passes ok; nil when none.
func (l *lexicon) candOf(cands []cand, sp crosswire.Span, e *crosswire.StoryEntity, ok func(cand) bool) *cand {
	for i := range cands {
		c := &cands[i]
		if c.Start < sp.Start || c.End > sp.End || !ok(*c) {
			continue
		}
		k := c.Parties[0].Key()
		for _, form := range e.Forms {
			if l.canonical(form) == l.canonical(k) || nameKey(form) == k {
				return c
			}
		}
	}
	return nil
}

// sentenceOf is the sentence of a (the text layer's) holding byte pos.
func sentenceOf(a *crosswire.Article, pos int) (crosswire.Span, bool) {
	sents := text.Of(a)
	if len(sents) == 0 {
		return crosswire.Span{}, false
	}
	s := sents[text.SentenceAt(sents, pos)]
	return s, s.Start <= pos && pos < s.End
}
