// Package attribution extracts cyber-attribution claims from the versions of
// a story: who (a government, agency or company) holds whom (a threat group,
// a state, an intelligence service, a unit, a person) responsible for what
// (an intrusion, an espionage campaign, phishing, data theft) against whom
// (an organisation, a sector, a country), and the responses reported with it
// (denials, indictments, sanctions, summoned ambassadors). Every claim keeps
// the spans of the words that state it, and claims are counted across the
// versions of a story the way crosscheck counts facts (crosscheck.Versions:
// verbatim copies and excerpts of one version count once).
//
// Extraction is rule-based on general signals only — attribution verbs
// ("attributed … to", "blamed", "accused", "linked … to", "was behind",
// "responsible for", "run by"), denial, sanction and indictment verbs,
// capitalised names, the naming shapes threat-intelligence vendors use for
// groups ("APT41", "UNC2452", "X Spider", "X Team", "Cobalt X") and the cue
// phrases news writing puts before a group name ("a hacking group known as
// X"). There is no list of real actors: a group is recognised by how it is
// written about, so the rules work on groups that did not exist when they
// were written.
//
// The names' types are not decided here: a story's resolved entities
// (crosswire.StoryEntity, typed by the facts extractor and resolved by
// crosscheck) say who is a person, an organisation, a place or a threat
// group, and every form of an entity is one party under its canonical
// name. The rules refine an organisation (government body, company,
// service) and tell a state from a place; MITRE ATT&CK's names outrank a
// person typing. Who may be a culprit is settled once per story
// (culprit.go): never a person (except by indictment or sanction), a
// company, a place, a tool or a common noun.
// A story without resolved entities (built by hand) falls back on the
// rules' own typing.
//
// Claims rest on the story's facts (the JSON report's) that state them
// (facts.go): a claim fact (crosswire.StoryFact with a Claim) read from
// the claim's trigger (a verb, or a deed's noun: "the hack of X",
// "sanctions on X"), or elsewhere in its sentence naming its parties
// ("X accused Estmark of being behind …"), or the incident's deed by an
// accused party ("the intrusion was carried out by X", "X was behind
// the attack"); and the quotation fact (direct or reported speech)
// holding what the claim's speaker says. Each claim lists them, each
// edge counts their versions as the report does and holds their spans,
// and who hit whom is the claim fact's actor where a rule read the same
// verb. Incident.FactShare counts the edges resting on a fact. The rules
// still read the text layer's sentences for what no fact carries:
// sponsors and descriptors ("Russia-linked", "the Russian group X"),
// nominal triggers with no named object ("the indictment names"),
// "based in", tools "used by", and anaphora.
package attribution

import (
	"crosswire"
	"crosswire/attack"
)

// PartyKind says what kind of actor a party of a claim is.
type PartyKind string

// Party kinds.
const (
	PartyGovernment   PartyKind = "government"   // a ministry, agency, prosecutor, police, council
	PartyCompany      PartyKind = "company"      // a firm, e.g. a security vendor or a front company
	PartyGroup        PartyKind = "group"        // a threat group ("APT41", "Cobalt Lynx")
	PartyState        PartyKind = "state"        // a country as an actor
	PartyService      PartyKind = "service"      // an intelligence or security service
	PartyUnit         PartyKind = "unit"         // a military or intelligence unit ("Unit 12345")
	PartyPerson       PartyKind = "person"       // a named individual
	PartyOrganisation PartyKind = "organisation" // another organisation (university, hospital …)
	PartySector       PartyKind = "sector"       // a sector named without an organisation ("two universities")
	PartyPlace        PartyKind = "place"        // a city or region named as a place only
	PartyUnknown      PartyKind = "unknown"
)

// Party is one actor of a claim, resolved across the versions of the story.
type Party struct {
	// Name is the canonical name: the long form of an acronym, the full
	// name of a person written elsewhere by surname only.
	Name string    `json:"name"`
	Kind PartyKind `json:"kind"`
	// State is the state the party belongs to when the text says so
	// ("Estmark" for "Estmark's spy agency"); empty otherwise.
	State string `json:"state,omitempty"`
	// Sector is the STIX industry-sector-ov value for a victim when one
	// can be told from the words ("universities" → "education").
	Sector string `json:"sector,omitempty"`
	// Span is where this claim's sentence names the party (an anaphor such
	// as "the group" when the name is in an earlier sentence).
	Span crosswire.Span `json:"span"`
	// Attack is the MITRE ATT&CK group a threat group's name resolves to
	// (any of its aliases), nil when the name is not in ATT&CK or is an
	// alias two groups share and the story does not say which.
	Attack *attack.Group `json:"attack,omitempty"`
	// Acronym is the short form the story's own text pairs with a name
	// of several words, made of the capitals of the name's words ("CIA"
	// for "Central Intelligence Agency", where a version writes both or
	// "(CIA)" after the name); empty when no version writes it.
	Acronym string `json:"acronym,omitempty"`
}

// Key is the party's normalised name, the same in every version.
func (p Party) Key() string { return nameKey(p.Name) }

// ClaimKind says what a claim states.
type ClaimKind string

// Claim kinds.
const (
	// ClaimAttribution: By holds Accused responsible for the incident
	// (Subject nil) or for Subject (a group run by a service).
	ClaimAttribution ClaimKind = "attribution"
	// ClaimDenial: By denies the accusations.
	ClaimDenial ClaimKind = "denial"
	// ClaimSanction: By sanctions Accused.
	ClaimSanction ClaimKind = "sanction"
	// ClaimIndictment: By indicts or charges Accused.
	ClaimIndictment ClaimKind = "indictment"
	// ClaimSummons: By summons the envoy of the state in Accused.
	ClaimSummons ClaimKind = "summons"
	// ClaimTarget: Accused (a threat group, service or state; none when
	// the sentence lists the incident's victims without naming who hit
	// them) targeted, hit or breached Victims.
	ClaimTarget ClaimKind = "target"
)

// Action is what the incident was, as a normalised name ("intrusion",
// "espionage", "phishing", "data theft") with the words that say it.
type Action struct {
	Name string         `json:"name"`
	Span crosswire.Span `json:"span"`
}

// Claim is one statement of one version.
type Claim struct {
	Kind ClaimKind `json:"kind"`
	// By is the accuser, the denier or the authority that sanctions,
	// indicts or summons; nil when the sentence does not say.
	By *Party `json:"by,omitempty"`
	// Subject is what an attribution attributes when it is not the
	// incident itself: the group in "the group is run by X".
	Subject *Party `json:"subject,omitempty"`
	// Accused are the parties held responsible, sanctioned, indicted, or
	// whose envoy is summoned.
	Accused []Party `json:"accused,omitempty"`
	Victims []Party `json:"victims,omitempty"`
	// Earlier is true when the claim ties the accused to other incidents
	// than the story's ("the agency has linked the group to intrusions at
	// two universities"): its victims are the accused's, not the story's,
	// and it does not attribute the story's incident.
	Earlier bool     `json:"earlier,omitempty"`
	Actions []Action `json:"actions,omitempty"`
	// Implied is true for what a name's description says rather than
	// an attribution verb: a service identified with its state ("the GRU,
	// the Russian military intelligence directorate"): nobody in the
	// sentence makes it, and it counts as an edge read from a possessive
	// ("Estmark's agency") does.
	Implied bool `json:"implied,omitempty"`
	// Hedge is the word that hedges an attribution in its clause ("is
	// believed to be behind", "appears to be the work of", "probably
	// linked to"); empty when the clause asserts it.
	Hedge string `json:"hedge,omitempty"`
	// Trigger is the verb phrase that makes the sentence a claim.
	Trigger crosswire.Span `json:"trigger"`
	// Span is the sentence that states the claim.
	Span crosswire.Span `json:"span"`
	// Facts are the story's facts (indices in Story.Facts) that state
	// the claim in this article's words (claimFacts.link): a claim fact
	// of its trigger or of its sentence naming its parties, of an event
	// class fitting Kind (factClasses); the quotation fact holding what
	// its speaker says.
	Facts []int `json:"facts,omitempty"`
}
