package attribution

import (
	"context"
	"crosswire/attack"
	"crosswire/crosscheck"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"crosswire"
)

// Incident is what the versions of one story say about a cyber incident:
// every claim of every version, and the claims aligned across versions with
// their support.
type Incident struct {
	Story string `json:"story"`
	// Claims holds every version's claims, in article order.
	Claims []Claim `json:"claims"`
	// Attributions are the distinct "Subject is attributed to Accused"
	// edges. A claim naming a party's state ("Estmark's spy agency") adds
	// the edge agency → state with the same sources.
	Attributions []Attribution `json:"attributions"`
	Targets      []Target      `json:"targets"`
	Denials      []Denial      `json:"denials"`
	Responses    []Response    `json:"responses"`
	// Actions are the kinds of incident the versions name, with support.
	Actions []Supported `json:"actions"`
	// Cyber is true when some version names a cyber incident (an
	// intrusion, espionage, phishing, data theft …) anywhere in its
	// text, or an attribution or target names a threat group: blame in
	// a story that does neither (a port accident, a court case) is not
	// cyber attribution, and the story reports no campaign.
	Cyber bool `json:"cyber"`
	// Malware, Vulnerabilities and Indicators are the malware families,
	// CVE ids and technical indicators (addresses, defanged domains,
	// hashes) the versions name (artefact.go).
	Malware         []Malware       `json:"malware,omitempty"`
	Vulnerabilities []Vulnerability `json:"vulnerabilities,omitempty"`
	Indicators      []Indicator     `json:"indicators,omitempty"`
}

// FactShare counts the incident's edges (attributions, targets, denials,
// responses) and how many of them rest on a fact of the story's JSON
// report (a claim fact read from the same words, or the quotation of the
// speaker who states it).
func (inc *Incident) FactShare() (onFacts, edges int) {
	count := func(fs []int) {
		edges++
		if len(fs) > 0 {
			onFacts++
		}
	}
	for _, a := range inc.Attributions {
		count(a.Facts)
	}
	for _, t := range inc.Targets {
		count(t.Facts)
	}
	for _, d := range inc.Denials {
		count(d.Facts)
	}
	for _, r := range inc.Responses {
		count(r.Facts)
	}
	return onFacts, edges
}

// Supported is a name with the number of versions stating it.
type Supported struct {
	Name    string           `json:"name"`
	Support int              `json:"support"`
	Sources []crosswire.Span `json:"sources"`
}

// Attribution is one attribution edge aligned across versions.
type Attribution struct {
	// Subject is what is attributed (nil: the incident itself).
	Subject  *Party  `json:"subject,omitempty"`
	Accused  Party   `json:"accused"`
	Accusers []Party `json:"accusers,omitempty"`
	// Support is the number of versions stating the edge, copies of one
	// another counted once.
	Support int              `json:"support"`
	Sources []crosswire.Span `json:"sources"`
	// Alternatives are the other parties some version holds responsible
	// for the same subject instead: versions that disagree on who did it.
	Alternatives []Party `json:"alternatives,omitempty"`
	// DeniedBy are the parties that deny the accusation.
	DeniedBy []Party `json:"denied_by,omitempty"`
	// Implied is true for an edge read from a possessive ("X's agency")
	// rather than from an attribution verb.
	Implied bool `json:"implied,omitempty"`
	// Hedged is true when every version states the edge hedged ("is
	// believed to be behind", "appears to be the work of"): an
	// assessment, never asserted.
	Hedged bool `json:"hedged,omitempty"`
	// Facts are the story's facts (indices in Story.Facts) that state
	// it: the JSON report's claim facts read from the same words and the
	// quotation facts holding what its speaker says (claimFacts.link).
	// Support and Sources count their versions too.
	Facts []int `json:"facts,omitempty"`
}

// Contested reports whether some version names another culprit or the
// accused denies it.
func (a Attribution) Contested() bool { return len(a.Alternatives) > 0 || len(a.DeniedBy) > 0 }

// Target is "Actor targeted Victim" aligned across versions. Actor is zero
// when the versions list the incident's victims without naming who hit
// them.
type Target struct {
	Actor  Party `json:"actor"`
	Victim Party `json:"victim"`
	// Earlier is true when every version names the victim only among the
	// actor's other, earlier incidents, not as a victim of the story's,
	// or when the victim is a sector beside a named actor: the kind of
	// target the actor goes after (usualTarget).
	Earlier bool             `json:"earlier,omitempty"`
	Support int              `json:"support"`
	Sources []crosswire.Span `json:"sources"`
	// Facts are the story's facts (indices in Story.Facts) that state
	// it: the JSON report's claim facts read from the same words and the
	// quotation facts holding what its speaker says (claimFacts.link).
	// Support and Sources count their versions too.
	Facts []int `json:"facts,omitempty"`
}

// Denial is one party's denial aligned across versions.
type Denial struct {
	By      Party            `json:"by"`
	Support int              `json:"support"`
	Sources []crosswire.Span `json:"sources"`
	// Facts are the story's facts (indices in Story.Facts) that state
	// it: the JSON report's claim facts read from the same words and the
	// quotation facts holding what its speaker says (claimFacts.link).
	// Support and Sources count their versions too.
	Facts []int `json:"facts,omitempty"`
}

// Response is a sanction, an indictment or a summons of one target aligned
// across versions. By is the authority as the most explicit version names
// it; it is zero when no version names one.
type Response struct {
	Kind    ClaimKind        `json:"kind"`
	By      Party            `json:"by"`
	Target  Party            `json:"target"`
	Support int              `json:"support"`
	Sources []crosswire.Span `json:"sources"`
	// Facts are the story's facts (indices in Story.Facts) that state
	// it: the JSON report's claim facts read from the same words and the
	// quotation facts holding what its speaker says (claimFacts.link).
	// Support and Sources count their versions too.
	Facts []int `json:"facts,omitempty"`
}

// Extractor reads the attribution claims of stories. It holds no state
// between calls. The zero value is ready to use but knows no ATT&CK
// groups; New gives one that does.
type Extractor struct {
	groups *attack.Catalog
}

// New returns an Extractor that knows MITRE ATT&CK's threat groups (their
// names and aliases) from the embedded table.
func New() *Extractor {
	groups, err := attack.Load()
	if err != nil {
		// the table is embedded and tested; without it names are read
		// by their shapes alone
		groups = nil
	}
	return &Extractor{groups: groups}
}

// Extract reads every version of the story and aligns the claims.
func (e *Extractor) Extract(ctx context.Context, s *crosswire.Story) (*Incident, error) {
	lex := newLexicon(e.groups)
	lex.seed(s.Entities)
	for i := range s.Articles {
		lex.learn(&s.Articles[i])
	}
	lex.finish()
	inc := &Incident{Story: s.ID}
	for i := range s.Articles {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("attribution of story %s: %w", s.ID, err)
		}
		inc.Claims = append(inc.Claims, lex.claims(&s.Articles[i])...)
	}
	cf := lex.newClaimFacts(s)
	inc.Claims = append(inc.Claims, lex.factTargets(s, cf, inc.Claims)...)
	inc.Claims = lex.culprits(inc.Claims)
	for i := range s.Articles {
		if cyberArticle(&s.Articles[i]) {
			inc.Cyber = true
			break
		}
	}
	for i := range inc.Claims {
		for _, f := range cf.link(inc.Claims[i]) {
			if !contains(inc.Claims[i].Facts, f) {
				inc.Claims[i].Facts = append(inc.Claims[i].Facts, f)
			}
		}
	}
	roots := crosscheck.Versions(s.Articles)
	align(inc, roots, cf)
	inc.Cyber = inc.Cyber || inc.namesGroup()
	lex.artefacts(inc, s, roots)
	return inc, nil
}

// namesGroup reports whether an attribution or a target of the incident
// names a threat group MITRE ATT&CK knows: such a group is a cyber signal
// by itself. A group read from its shape alone is not: with no cyber act
// anywhere in the text, "a British group" is a band, "the X group" a
// company's.
func (inc *Incident) namesGroup() bool {
	group := func(p *Party) bool { return p != nil && p.Kind == PartyGroup && p.Attack != nil }
	for _, a := range inc.Attributions {
		if group(a.Subject) || group(&a.Accused) {
			return true
		}
	}
	for _, t := range inc.Targets {
		if group(&t.Actor) {
			return true
		}
	}
	return false
}

// tally counts the distinct versions behind a set of spans, and the
// claim facts of the story that state the same (their versions are
// counted in by settle).
type tally struct {
	roots   map[string]bool
	sources []crosswire.Span
	facts   []int
}

// link records claim facts (indices in the story's facts) behind t.
func (t *tally) link(fs []int) {
	for _, f := range fs {
		if !contains(t.facts, f) {
			t.facts = append(t.facts, f)
		}
	}
}

// settle counts the versions of t's claim facts in and returns the
// support.
func (t *tally) settle(cf *claimFacts, roots map[string]string) int {
	cf.addFacts(t, roots, t.facts)
	return t.support()
}

func (t *tally) add(roots map[string]string, sp crosswire.Span) {
	if t.roots == nil {
		t.roots = map[string]bool{}
	}
	r := roots[sp.Article]
	if r == "" {
		r = sp.Article
	}
	t.roots[r] = true
	for _, s := range t.sources {
		if s == sp {
			return
		}
	}
	t.sources = append(t.sources, sp)
}

func (t *tally) support() int { return len(t.roots) }

// align groups the claims of every version into edges with support.
func align(inc *Incident, roots map[string]string, cf *claimFacts) {
	type attrAcc struct {
		a       Attribution
		t       tally
		byRoot  map[string]bool
		accuser map[string]bool
		// asserted: some claim states the edge without a hedge
		asserted bool
	}
	attrs := map[string]*attrAcc{}
	var attrOrder []string
	var cur []int  // the claim facts of the claim being aligned
	curHedge := "" // its hedge
	addAttr := func(subject *Party, accused Party, by *Party, sp crosswire.Span, implied bool) {
		sk := ""
		if subject != nil {
			sk = subject.Key()
		}
		k := sk + "→" + accused.Key()
		acc := attrs[k]
		if acc == nil {
			acc = &attrAcc{a: Attribution{Subject: subject, Accused: accused, Implied: implied}, accuser: map[string]bool{}}
			attrs[k] = acc
			attrOrder = append(attrOrder, k)
		}
		if !implied {
			acc.a.Implied = false
		}
		if curHedge == "" {
			acc.asserted = true
		}
		acc.t.add(roots, sp)
		acc.t.link(cur)
		if by != nil && !acc.accuser[by.Key()] {
			acc.accuser[by.Key()] = true
			acc.a.Accusers = append(acc.a.Accusers, *by)
		}
	}
	targets := map[string]*Target{}
	targetT := map[string]*tally{}
	var targetOrder []string
	denials := map[string]*Denial{}
	denialT := map[string]*tally{}
	var denialOrder []string
	resp := map[string]*Response{}
	respT := map[string]*tally{}
	var respOrder []string
	acts := map[string]*tally{}
	var actOrder []string

	// a service or unit a sanction, indictment or target claim names
	// with its state written beside it ("the Russian Federal Security
	// Service", "Dravia's Signals Bureau") belongs to the state: the same
	// implied edge an attribution claim naming it adds, kept for after
	// the claims and added only to a story that attributes something (a
	// story with only a sanction is no attribution story)
	type pendingState struct {
		p Party
		c Claim
	}
	var pending []pendingState
	statePending := func(p Party, c Claim) {
		if (p.Kind == PartyService || p.Kind == PartyUnit) && writesState(p, c) {
			pending = append(pending, pendingState{p, c})
		}
	}
	for _, c := range inc.Claims {
		cur, curHedge = c.Facts, c.Hedge
		switch c.Kind {
		case ClaimAttribution:
			for _, acc := range c.Accused {
				if !c.Earlier {
					addAttr(c.Subject, acc, c.By, c.Span, c.Implied)
				}
				// the implied edge counts the sentences that write the state
				if acc.Kind != PartyState && writesState(acc, c) {
					st := Party{Name: acc.State, Kind: PartyState, Span: acc.Span}
					sub := acc
					addAttr(&sub, st, c.By, c.Span, true)
				}
				// the victims of "Y, run by X, hacked Z" are Y's; a state
				// blamed for the incident is its sponsor, not the hand
				// that hit ("the attack, which X has blamed on Estmark,
				// crippled Z"): the incident hit Z, and the graph reads
				// Estmark's part through the incident's attribution
				actor := acc
				if c.Subject != nil {
					actor = *c.Subject
				} else if acc.Kind == PartyState {
					actor = Party{}
				}
				for _, v := range c.Victims {
					k := actor.Key() + "→" + v.Key()
					if targets[k] == nil {
						targets[k] = &Target{Actor: actor, Victim: v, Earlier: true}
						targetT[k] = &tally{}
						targetOrder = append(targetOrder, k)
					}
					targetT[k].add(roots, c.Span)
					targetT[k].link(c.Facts)
					targets[k].Earlier = targets[k].Earlier && (c.Earlier || usualTarget(actor, v, c.Span))
				}
			}
			if c.Subject != nil && writesState(*c.Subject, c) {
				sub := *c.Subject
				addAttr(&sub, Party{Name: sub.State, Kind: PartyState, Span: sub.Span}, c.By, c.Span, true)
			}
			for _, a := range c.Actions {
				if acts[a.Name] == nil {
					acts[a.Name] = &tally{}
					actOrder = append(actOrder, a.Name)
				}
				acts[a.Name].add(roots, a.Span)
			}
		case ClaimTarget:
			actor := Party{}
			if len(c.Accused) > 0 {
				actor = c.Accused[0]
				statePending(actor, c)
			}
			for _, v := range c.Victims {
				k := actor.Key() + "→" + v.Key()
				if targets[k] == nil {
					targets[k] = &Target{Actor: actor, Victim: v, Earlier: usualTarget(actor, v, c.Span)}
					targetT[k] = &tally{}
					targetOrder = append(targetOrder, k)
				}
				targetT[k].add(roots, c.Span)
				targetT[k].link(c.Facts)
			}
		case ClaimDenial:
			k := c.By.Key()
			if denials[k] == nil {
				denials[k] = &Denial{By: *c.By}
				denialT[k] = &tally{}
				denialOrder = append(denialOrder, k)
			}
			denialT[k].add(roots, c.Span)
			denialT[k].link(c.Facts)
		case ClaimSanction, ClaimIndictment, ClaimSummons:
			by := Party{}
			if c.By != nil {
				by = *c.By
			}
			for _, t := range c.Accused {
				statePending(t, c)
				// keyed by target only: versions name the same authority
				// differently ("prosecutors", "the Office of the Prosecutor")
				k := string(c.Kind) + "|" + t.Key()
				if resp[k] == nil {
					resp[k] = &Response{Kind: c.Kind, By: by, Target: t}
					respT[k] = &tally{}
					respOrder = append(respOrder, k)
				}
				if resp[k].By.Name == "" || (len(by.Name) > len(resp[k].By.Name) && by.Kind == resp[k].By.Kind) {
					resp[k].By = by
				}
				respT[k].add(roots, c.Span)
				respT[k].link(c.Facts)
			}
		}
	}

	if len(attrOrder) > 0 {
		for _, ps := range pending {
			cur = ps.c.Facts
			sub := ps.p
			addAttr(&sub, Party{Name: sub.State, Kind: PartyState, Span: sub.Span}, nil, ps.c.Span, true)
		}
	}

	// Alternatives: for one subject, two accused of the same tier where a
	// version states one without the other and another version the
	// reverse.
	for _, ka := range attrOrder {
		a := attrs[ka]
		for _, kb := range attrOrder {
			b := attrs[kb]
			if ka == kb || a.a.Implied || b.a.Implied || subjectKey(a.a.Subject) != subjectKey(b.a.Subject) ||
				tier(a.a.Accused.Kind) != tier(b.a.Accused.Kind) || tier(a.a.Accused.Kind) == 0 {
				continue
			}
			if related(a.a.Accused, b.a.Accused) {
				continue
			}
			if hasOnly(a.t.roots, b.t.roots) && hasOnly(b.t.roots, a.t.roots) {
				a.a.Alternatives = append(a.a.Alternatives, b.a.Accused)
			}
		}
	}

	for _, k := range attrOrder {
		acc := attrs[k]
		acc.a.Support = acc.t.settle(cf, roots)
		acc.a.Sources, acc.a.Facts = acc.t.sources, acc.t.facts
		acc.a.Hedged = !acc.asserted
		inc.Attributions = append(inc.Attributions, acc.a)
	}
	// Denials contest the edges that accuse the denier, its state, or what
	// it runs; a denial by a party the story does not otherwise name
	// (a spokesman) contests every edge that points at a state or service.
	for _, k := range denialOrder {
		d := denials[k]
		d.Support = denialT[k].settle(cf, roots)
		d.Sources, d.Facts = denialT[k].sources, denialT[k].facts
		inc.Denials = append(inc.Denials, *d)
		// a structure edge ("the GRU, Russia's military intelligence")
		// says what a body is, which no denial of the accusations
		// disputes: only attributions are contested
		matched := false
		for i := range inc.Attributions {
			if inc.Attributions[i].Implied {
				continue
			}
			if denies(d.By, inc.Attributions[i]) || deniesRunner(d.By, inc.Attributions[i], inc.Attributions) {
				inc.Attributions[i].DeniedBy = append(inc.Attributions[i].DeniedBy, d.By)
				matched = true
			}
		}
		if !matched {
			for i := range inc.Attributions {
				if t := tier(inc.Attributions[i].Accused.Kind); t >= 2 && !inc.Attributions[i].Implied {
					inc.Attributions[i].DeniedBy = append(inc.Attributions[i].DeniedBy, d.By)
				}
			}
		}
	}
	for _, k := range targetOrder {
		t := targets[k]
		t.Support = targetT[k].settle(cf, roots)
		t.Sources, t.Facts = targetT[k].sources, targetT[k].facts
		inc.Targets = append(inc.Targets, *t)
	}
	for _, k := range respOrder {
		r := resp[k]
		r.Support = respT[k].settle(cf, roots)
		r.Sources, r.Facts = respT[k].sources, respT[k].facts
		inc.Responses = append(inc.Responses, *r)
	}
	for _, n := range actOrder {
		inc.Actions = append(inc.Actions, Supported{Name: n, Support: acts[n].support(), Sources: acts[n].sources})
	}
	sort.SliceStable(inc.Actions, func(i, j int) bool { return inc.Actions[i].Support > inc.Actions[j].Support })
}

func subjectKey(p *Party) string {
	if p == nil {
		return ""
	}
	return p.Key()
}

// tier ranks accused parties: groups (1), services, units and persons
// (2), states (3). Only parties of one tier compete as culprits.
func tier(k PartyKind) int {
	switch k {
	case PartyGroup:
		return 1
	case PartyService, PartyUnit, PartyGovernment:
		return 2
	case PartyState:
		return 3
	}
	return 0
}

// related reports whether two accused are one party or one belongs to the
// other's state.
func related(a, b Party) bool {
	return a.Key() == b.Key() || (a.State != "" && nameKey(a.State) == b.Key()) ||
		(b.State != "" && nameKey(b.State) == a.Key()) || (a.State != "" && a.State == b.State && a.Kind == PartyState)
}

// hasOnly reports whether some root in a is not in b.
func hasOnly(a, b map[string]bool) bool {
	for r := range a {
		if !b[r] {
			return true
		}
	}
	return false
}

// deniesRunner reports whether d denies what the story says runs a's
// accused: "APT28 is tied to the GRU" is contested by Russia's denial when
// the story says the GRU is Russia's.
func deniesRunner(d Party, a Attribution, all []Attribution) bool {
	for _, b := range all {
		if b.Subject != nil && b.Subject.Key() == a.Accused.Key() && b.Accused.Key() == d.Key() {
			return true
		}
	}
	return false
}

// denies reports whether a denial by d contests attribution a.
func denies(d Party, a Attribution) bool {
	k := d.Key()
	if a.Accused.Key() == k || nameKey(a.Accused.State) == k || (d.State != "" && nameKey(d.State) == a.Accused.Key()) {
		return true
	}
	return a.Subject != nil && (a.Subject.Key() == k || nameKey(a.Subject.State) == k)
}

// writesState reports whether the claim's sentence writes p's state beside
// it (p's state is known, is not p itself, and the sentence holds its
// name or adjective): what the implied edge p → state rests on.
func writesState(p Party, c Claim) bool {
	return p.State != "" && nameKey(p.State) != p.Key() && strings.Contains(c.Span.Text, p.State)
}

// usualTarget reports whether victim v, written in sentence sent as what
// actor hit, is the kind of target the actor goes after rather than a
// victim of the story's incident: a sector named without an organisation
// beside a named actor, in words of a record — a span of time since a
// start ("since 2019", "since at least 2015"), a spread over places ("in
// three countries", "in two regions"), or a relative clause describing
// the actor ("X, which has hit hospitals", "a crew who go after
// clinics"). A sector hit in the story's own deed ("blamed X for a wave of
// intrusions at clinics", "X locked the files of ferry lines this week")
// stays the incident's victim, as does one no actor is named beside.
func usualTarget(actor, v Party, sent crosswire.Span) bool {
	if actor.Name == "" || v.Kind != PartySector || v.Span.Article != sent.Article ||
		v.Span.Start < sent.Start || v.Span.End > sent.End || sent.End-sent.Start != len(sent.Text) {
		return false
	}
	before := sent.Text[:v.Span.Start-sent.Start]
	after := sent.Text[v.Span.End-sent.Start:]
	return reSinceStart.MatchString(sent.Text) || reSpreadOver.MatchString(after) || reActorRelative.MatchString(before)
}

// Words of a record (usualTarget): a span of time since a start; a spread
// over several places right after the victim; a relative clause on the
// actor holding the verb that hit the victim (no clause break between).
var (
	reSinceStart    = regexp.MustCompile(`(?i)\bsince\s+(?:at\s+least\s+|as\s+early\s+as\s+|early\s+|late\s+|mid-?)?(?:\d{4}|its\s+|it\s+)`)
	reSpreadOver    = regexp.MustCompile(`(?i)^\s+(?:(?:and|or)\s+[\p{L}-]+\s+)?(?:in|across)\s+(?:at\s+least\s+|more\s+than\s+|some\s+|over\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|several|many|multiple)\s+(?:countries|regions|nations|states|continents)\b`)
	reActorRelative = regexp.MustCompile(`(?i)(?:,\s*(?:which|who)|\b(?:group|gang|crew|actor|hackers|outfit)\s+(?:that|which|who))\s+[^,;:.]*$`)
)
