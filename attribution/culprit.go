package attribution

import (
	"regexp"
	"strings"

	"crosswire"
)

// culprits settles, once every version is read, who may be held
// responsible in the story's attribution claims: a threat group, an
// intelligence or military service or unit, a state, or a government body
// that is not itself an accuser or authority of the story. Persons are
// named as culprits only by indictments and sanctions; companies,
// organisations, places, products and common nouns never are. A state is
// written under its own name (a capital or an adjective written for it,
// "Moscow", "Russian", is the state), and a name the story's entities type
// as a person, place or organisation is not a threat group whatever its
// shape.
func (l *lexicon) culprits(claims []Claim) []Claim {
	authorities := map[string]bool{}
	for _, c := range claims {
		if c.By != nil {
			authorities[c.By.Key()] = true
		}
	}
	var out []Claim
	split := l.splitAccusers(claims)
	// an accuser's short form ("Tarn" beside "Tarn Systems") is the one
	// name the story's accusers write in full
	var byNames []string
	for _, c := range split {
		if c.By != nil {
			byNames = append(byNames, c.By.Name)
		}
	}
	short := shortForms(byNames)
	for _, c := range split {
		if c.By != nil && short[c.By.Name] != "" {
			by := *c.By
			by.Name = short[by.Name]
			c.By = &by
		}
		if c.By != nil {
			c.By = l.accuser(*c.By)
			if c.By == nil && c.Kind == ClaimDenial {
				continue // a denial needs its denier
			}
		}
		if c.Kind == ClaimTarget {
			var acc []Party
			for _, p := range c.Accused {
				if q, ok := l.culprit(p, authorities); ok {
					acc = append(acc, q)
				}
			}
			if len(c.Accused) > 0 && len(acc) == 0 {
				continue
			}
			c.Accused = acc
		}
		if c.Kind != ClaimAttribution {
			out = append(out, c)
			continue
		}
		if c.Subject != nil && c.Implied && c.Subject.Kind == PartyPerson {
			// a defendant written as one of a service's people: a
			// member of it (see members), no culprit of anything
		} else if c.Subject != nil {
			s, ok := l.culprit(*c.Subject, authorities)
			if !ok || s.Kind == PartyState {
				continue
			}
			c.Subject = &s
		}
		var acc []Party
		for _, p := range c.Accused {
			if q, ok := l.culprit(p, authorities); ok && (c.Subject == nil || q.Key() != c.Subject.Key()) {
				acc = append(acc, q)
			}
		}
		if len(acc) == 0 {
			continue
		}
		c.Accused = acc
		// "the GRU, which is linked to APT28": a link between a service
		// or state and a group attributes the group to the service
		if c.Subject != nil && len(acc) == 1 && acc[0].Kind == PartyGroup && sponsorKind(c.Subject.Kind) {
			g := acc[0]
			c.Accused = []Party{*c.Subject}
			c.Subject = &g
		}
		if c.By != nil && l.typedOf(c.By.Name) == crosswire.KindGroup && !l.firm(c.By.Name) {
			c.By = nil
		}
		out = append(out, c)
	}
	return out
}

// reGroupReference: a definite description of a group standing for its
// name (see reGroupAnaphor).
var reGroupReference = regexp.MustCompile(`(?i)^the\s+(?:same\s+)?(?:[\w-]+\s+)?(?:group|gang|crew|collective|actors?|hackers|attackers|intruders)$`)

// culprit returns p as a culprit of an attribution, or false when it
// cannot be one.
func (l *lexicon) culprit(p Party, authorities map[string]bool) (Party, bool) {
	typed := l.typedOf(p.Name)
	switch p.Kind {
	case PartyGroup:
		if p.Attack != nil {
			return p, true
		}
		// a name written as a piece of software ("the X ransomware") is
		// a tool, whatever else types it; where the story also writes it
		// as the people who run the software ("the X ransomware gang"),
		// the mention so written, or a reference back to the group ("the
		// gang"), names the group
		if e := l.entities[l.canonical(p.Name)]; e != nil && e.product > 0 &&
			(e.crew+e.grouped == 0 || !l.crewAt[mentionAt{p.Span.Article, p.Span.Start}] && !reGroupReference.MatchString(p.Span.Text)) {
			return p, false
		}
		// "Advanced Persistent Threat", "Cyber War Gets": every word of
		// it written in lower case elsewhere in the story is a common
		// noun phrase in title case, not a name
		if l.commonWords(p.Name) || descriptionOnly(p.Name) {
			return p, false
		}
		// a name described as a company or a research body, or written
		// as where analysts work, is a defender (see entity.firm,
		// entity.employer)
		if e := l.entities[l.canonical(p.Name)]; e != nil && (e.firm > 0 || e.employer > 0) {
			return p, false
		}
		if typed == crosswire.KindGroup {
			return p, true
		}
		// a designation the story defines ("X is the code-name for …")
		if e := l.entities[l.canonical(p.Name)]; e != nil && e.codename {
			return p, true
		}
		// a name the entities do not hold is a group when the lexicon
		// saw it written as one (a group cue, a vendor's naming shape);
		// only a story without resolved entities (built by hand, not by
		// the pipeline) falls back on "held responsible and written like
		// a name"
		e := l.entities[l.canonical(p.Name)]
		// the people who run malicious software ("X ransomware
		// operators") are a threat group, whatever typed the name an
		// organisation; a person or a place is none
		if typed == crosswire.KindOrg && e != nil && e.crew > 0 {
			return p, true
		}
		// a person-typed name with a collective head, written as a group
		// (see entity.kind)
		if typed == crosswire.KindPerson && e != nil && collectiveName(e.Name) && e.votes[PartyGroup] > 0 {
			return p, true
		}
		if typed != "" {
			return p, false
		}
		return p, !l.seeded || e != nil && e.votes[PartyGroup] > 0 && e.votes[PartyPerson] == 0
	case PartyUnknown:
		// "Y is run by X": a subject nothing else types, written like a
		// group's name (in a story without resolved entities)
		if typed == crosswire.KindGroup || !l.seeded && groupLike(p.Name) {
			p.Kind = PartyGroup
			return p, true
		}
		return p, false
	case PartyState:
		if st := l.stateOf(p.Name); st != "" {
			// with resolved entities, a state is one the entities hold
			// as a place (or a well-known state): a name only the
			// lexicon's cues voted a state ("Acme is blaming …") is not
			if l.seeded && !knownStates[st] && l.typedOf(st) != crosswire.KindPlace {
				return p, false
			}
			p.Name = st
			return p, true
		}
		// a state the story names only as the sponsor ("backed by
		// Dravia"): a place, or a capitalised word no entity types, not
		// an abbreviation ("IP", "USB")
		if l.seeded {
			return p, typed == crosswire.KindPlace
		}
		return p, typed == "" && !isAcronym(p.Name) && !stopCaps[p.Name]
	case PartyService, PartyUnit:
		// "X threat research unit": a company's research body
		if typed == crosswire.KindPerson || typed == crosswire.KindPlace || l.firm(p.Name) {
			return p, false
		}
		if p.State != "" {
			st := l.stateOf(p.State)
			// "Russian intelligence", "Moscow's military": a state's
			// services named by the state's adjective or capital and a
			// common noun are the state itself
			if st != "" && strings.HasPrefix(p.Name, p.State+" ") && !isCap(strings.TrimPrefix(p.Name, p.State+" ")) {
				return Party{Name: st, Kind: PartyState, Span: p.Span}, true
			}
			if st != "" {
				p.State = st
			}
		}
		// with resolved entities, a service is named as one (a head
		// word: "Intelligence", "Bureau", "Unit 26165"; an acronym), not
		// just held to run something ("operated by Westline Ferries")
		if e := l.entities[l.canonical(p.Name)]; l.seeded && !isAcronym(p.Name) && (e == nil || !sponsorKind(e.voted())) {
			return p, false
		}
		return p, true
	case PartyGovernment:
		// a body the story has attribute or sanction is on the
		// accusing side; a one-word capitalised common noun ("Office")
		// names no body
		if authorities[p.Key()] || typed == crosswire.KindPerson || typed == crosswire.KindPlace ||
			(!strings.Contains(p.Name, " ") && !isAcronym(p.Name)) {
			return p, false
		}
		return p, true
	}
	return p, false
}

// splitAccusers makes a claim by names joined by "and" ("Orvik and Tarn
// Systems said …", a list) one claim by each, each name typed as the
// lexicon knows it.
func (l *lexicon) splitAccusers(claims []Claim) []Claim {
	var out []Claim
	for _, c := range claims {
		if c.By == nil || !reAndSplit.MatchString(c.By.Name) {
			out = append(out, c)
			continue
		}
		parts := reAndSplit.Split(c.By.Name, -1)
		split := true
		for _, p := range parts {
			if p == "" || !isCap(p) {
				split = false
			}
		}
		if !split {
			out = append(out, c)
			continue
		}
		for _, p := range parts {
			d := c
			by := *c.By
			by.Name = p
			if e := l.entities[l.canonical(p)]; e != nil && !reAndSplit.MatchString(e.Name) {
				by.Name, by.Kind, by.State = e.Name, e.kind(), e.State
			}
			// a member of a list of accusers nothing types ("…,
			// Orvik, Tarn and Velora") is a name when the
			// story never writes its word in lower case: an
			// organisation (a one-word word nothing types on its own is
			// no accuser: "Other", "Sources")
			if by.Kind == PartyUnknown && !strings.Contains(p, " ") && !stopCaps[p] && !l.writtenLower(p) {
				by.Kind = PartyOrganisation
			}
			d.By = &by
			out = append(out, d)
		}
	}
	return out
}

// reAndSplit: the "and" joining two names, whatever space surrounds it (a
// no-break space in some texts).
var reAndSplit = regexp.MustCompile(`\s+and\s+`)

// accuser returns the party that makes a claim as the story names it: a
// state under its own name ("U.S." is the United States), nil for a
// one-word capitalised word nothing types (no entity of the story holds
// it, no head word names a body: a sentence opening "Other …",
// "Sources …").
func (l *lexicon) accuser(p Party) *Party {
	if st := stateWords[p.Name]; st != "" && p.Kind != PartyPerson {
		p.Name, p.Kind = st, PartyState
	}
	if l.seeded && p.Kind == PartyUnknown && l.typedOf(p.Name) == "" && !strings.Contains(p.Name, " ") && !isAcronym(p.Name) {
		return nil
	}
	return &p
}

// firm reports whether the story describes the name as a company in an
// appositive (entity.firm).
func (l *lexicon) firm(name string) bool {
	e := l.entities[l.canonical(name)]
	return e != nil && e.firm > 0
}

// commonWords reports whether every word of a name of two words or more
// is written in lower case in some version of the story.
// writtenLower reports whether some version writes the word w in lower
// case.
func (l *lexicon) writtenLower(w string) bool {
	lw := strings.ToLower(w)
	for _, lower := range l.lower {
		if lower[lw] {
			return true
		}
	}
	return false
}

func (l *lexicon) commonWords(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return false
	}
	for _, w := range ws {
		if strings.ToLower(w) == w {
			continue
		}
		if !l.writtenLower(w) {
			return false
		}
	}
	return true
}

// sponsorKind reports whether a party of this kind runs threat groups
// rather than being one.
func sponsorKind(k PartyKind) bool {
	return k == PartyService || k == PartyUnit || k == PartyState || k == PartyGovernment
}

// typedOf is the kind the story's entities give a name ("" when none).
func (l *lexicon) typedOf(name string) crosswire.FactKind {
	if e := l.entities[l.canonical(name)]; e != nil {
		return e.typed
	}
	return ""
}

// reDescriptionOnly: a name made only of the words news writing describes
// a threat group with ("Advanced Persistent Threat", "State-Sponsored
// Hacking Group"): a description in title case, not a group's name.
var reDescriptionOnly = regexp.MustCompile(`(?i)^` + groupAdjRE + groupNounRE + `$`)

// descriptionOnly reports whether a name of two words or more is only such
// a description.
func descriptionOnly(name string) bool {
	return len(strings.Fields(name)) >= 2 && reDescriptionOnly.MatchString(" "+name)
}
