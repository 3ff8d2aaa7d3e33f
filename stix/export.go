package stix

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strings"
	"time"

	"crosswire"
	"crosswire/attribution"
	"crosswire/crosscheck"
)

// Custom relationship types (README.md documents them). The STIX 2.1
// specification lists no relationship for a government sanctioning or
// indicting an actor, so these are new lower-case hyphenated types, which
// the specification allows.
const (
	RelSanctions = "sanctions"
	RelIndicts   = "indicts"
	// RelMemberOf: a person (threat-actor) the story writes as one of a
	// service's or unit's people ("two FSB agents — A and B") → the
	// service (threat-actor)
	RelMemberOf       = "member-of"
	RelSummonsEnvoyOf = "summons-envoy-of"
)

const noConfidence = -1

// creatorTime stamps crosswire's own identity: a constant, so that
// identity is the same object in every export.
var creatorTime = Timestamp{time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}

// ErrNoClaims is returned by Export when, among several stories (or any
// with Exporter.OnlyClaims), none attributes a cyber incident.
var ErrNoClaims = errors.New("no story with cyber-attribution claims")

// Exporter turns stories into STIX bundles. The zero value is ready to
// use.
type Exporter struct {
	// Now is used for timestamps when a story has no publication time;
	// nil means time.Now.
	Now func() time.Time
	// OnlyClaims leaves out a story that attributes no cyber incident even
	// when it is the only one given, as among several: what exporting a
	// whole store means (its one story may be a flood report). Without it
	// a single story always gets its report.
	OnlyClaims bool
	// Artefacts also exports, among several stories or with OnlyClaims,
	// a story that reports a cyber incident and attributes nothing but
	// names a malware family, a CVE id or a technical indicator: its
	// report and those objects, with no campaign, actor or target.
	Artefacts bool
}

// Export extracts the attribution claims of every story and writes them as
// one bundle. A story without any attribution claim, or reporting no cyber
// incident (attribution.Incident.Cyber), still gets its report (with its
// discrepancies as notes) when it is the only story; with several
// stories, or with OnlyClaims, such stories are left out (ErrNoClaims when
// none is left).
//
// Timestamps come from the stories' publication times, so exporting the
// same stories again gives the same bytes; only a story none of whose
// versions has a publication time is stamped with Now.
func (e *Exporter) Export(ctx context.Context, stories []crosswire.Story) (*Bundle, error) {
	b := newBuilder(e.now)
	var ids []string
	ex := attribution.New()
	for i := range stories {
		s := &stories[i]
		inc, err := ex.Extract(ctx, s)
		if err != nil {
			return nil, err
		}
		// with several stories, keep those that attribute a cyber
		// incident: an indictment or a denial alone is not a
		// cyber-attribution story, nor is blame with no intrusion,
		// espionage, phishing … named in its versions (an audit office
		// blaming an agency for a backlog)
		if (len(stories) > 1 || e.OnlyClaims) && (!claimsAttribution(inc) || !inc.Cyber) {
			if !e.Artefacts || !inc.Cyber || !namesArtefacts(inc) {
				continue
			}
			// exported for what it names: the edges of a story that
			// attributes nothing are left out, as above
			bare := *inc
			bare.Attributions, bare.Targets, bare.Denials, bare.Responses = nil, nil, nil, nil
			inc = &bare
		}
		b.story(s, inc)
		ids = append(ids, s.ID)
	}
	if len(ids) == 0 {
		return nil, fmt.Errorf("stix export: %w among %d", ErrNoClaims, len(stories))
	}
	return b.bundle(ids), nil
}

// namesArtefacts reports whether an incident names a malware family, a
// CVE id or a technical indicator.
func namesArtefacts(inc *attribution.Incident) bool {
	return len(inc.Malware)+len(inc.Vulnerabilities)+len(inc.Indicators) > 0
}

// claimsAttribution reports whether an incident holds an attribution
// someone makes: a structure edge read from how a name is written ("the
// Soviet spy agency", "Estmark's service") attributes nothing.
func claimsAttribution(inc *attribution.Incident) bool {
	for _, a := range inc.Attributions {
		if !a.Implied {
			return true
		}
	}
	return false
}

// ExportIncident writes one story with claims already extracted.
func (e *Exporter) ExportIncident(s *crosswire.Story, inc *attribution.Incident) *Bundle {
	b := newBuilder(e.now)
	b.story(s, inc)
	return b.bundle([]string{s.ID})
}

func (e *Exporter) now() time.Time {
	if e.Now != nil {
		return e.Now()
	}
	return time.Now()
}

// builder collects objects by id; an object added twice (the same group in
// two stories) is merged.
type builder struct {
	now     func() time.Time
	objects map[string]*Object
	order   []string
	creator string
	// asserted holds the attribution relationships some story states
	// without a hedge; hedged those a story states hedged: a
	// relationship is marked hedged only when no story asserts it
	asserted, hedged map[string]bool
}

func newBuilder(now func() time.Time) *builder {
	b := &builder{now: now, objects: map[string]*Object{}, asserted: map[string]bool{}, hedged: map[string]bool{}}
	b.creator = ID("identity", "crosswire")
	return b
}

func (b *builder) add(o Object) *Object {
	o.SpecVersion = SpecVersion
	if old, ok := b.objects[o.ID]; ok {
		if o.Created.Before(old.Created.Time) {
			old.Created = o.Created
		}
		if o.Modified.After(old.Modified.Time) {
			old.Modified = o.Modified
		}
		if o.Confidence != nil && (old.Confidence == nil || *o.Confidence > *old.Confidence) {
			old.Confidence = o.Confidence
			old.XSupport = o.XSupport
			old.XIndependentSupport = o.XIndependentSupport
			old.XContested = o.XContested
		}
		old.XSources = appendSources(old.XSources, o.XSources)
		old.ObjectRefs = appendUnique(old.ObjectRefs, o.ObjectRefs...)
		old.XAttributedBy = appendUnique(old.XAttributedBy, o.XAttributedBy...)
		old.Sectors = appendUnique(old.Sectors, o.Sectors...)
		old.Aliases = appendUnique(old.Aliases, o.Aliases...)
		old.MalwareTypes = appendUnique(old.MalwareTypes, o.MalwareTypes...)
		return old
	}
	p := &o
	b.objects[o.ID] = p
	b.order = append(b.order, o.ID)
	return p
}

// bundle returns the objects in a stable order: by type, then id.
func (b *builder) bundle(storyIDs []string) *Bundle {
	sorted := append([]string(nil), storyIDs...)
	sort.Strings(sorted)
	out := &Bundle{Type: "bundle", ID: ID("bundle", strings.Join(sorted, "|"))}
	ids := append([]string(nil), b.order...)
	sort.SliceStable(ids, func(i, j int) bool {
		return typeRank(ids[i]) < typeRank(ids[j]) || typeRank(ids[i]) == typeRank(ids[j]) && ids[i] < ids[j]
	})
	for _, id := range ids {
		o := b.objects[id]
		o.XHedged = b.hedged[id] && !b.asserted[id]
		sort.Strings(o.ObjectRefs)
		sort.Strings(o.XAttributedBy)
		out.Objects = append(out.Objects, *o)
	}
	return out
}

var typeOrder = []string{"identity", "report", "campaign", "intrusion-set", "threat-actor", "malware", "vulnerability", "indicator", "location", "relationship", "opinion", "note"}

func typeRank(id string) int {
	for i, t := range typeOrder {
		if strings.HasPrefix(id, t+"--") {
			return i
		}
	}
	return len(typeOrder)
}

// storyCtx is what the objects of one story share.
type storyCtx struct {
	s               *crosswire.Story
	inc             *attribution.Incident
	created, latest Timestamp
	outlets         map[string]string // article id → outlet
	refs            []string          // ids the report lists
	espionage       bool
	lineages        map[string]string // article id → first version of its lineage
}

// independent is the independent support of a finding stated by support
// versions in sources: the lineages of their articles (crosscheck.Lineages:
// a rewrite or a translation with what it derives from), never more than
// support.
func (sc *storyCtx) independent(support int, sources []crosswire.Span) int {
	return min(support, crosscheck.LineagesOf(sources, sc.lineages, support))
}

func (b *builder) story(s *crosswire.Story, inc *attribution.Incident) {
	if !inc.Cyber {
		// a story that reports no cyber incident (no cyber act, no
		// threat group: a port accident, a court case, a doping ban) has
		// blame, victims, charges and bans, but none for a threat-intel
		// platform: no campaign, actor, target or response, only its
		// report and notes
		bare := *inc
		bare.Attributions, bare.Targets, bare.Denials, bare.Responses = nil, nil, nil, nil
		bare.Malware, bare.Vulnerabilities, bare.Indicators = nil, nil, nil
		inc = &bare
	}
	sc := &storyCtx{s: s, inc: inc, outlets: map[string]string{}, lineages: crosscheck.Lineages(s.Articles)}
	first, last := time.Time{}, time.Time{}
	for _, a := range s.Articles {
		sc.outlets[a.ID] = a.Outlet
		if a.Published == nil {
			continue
		}
		if first.IsZero() || a.Published.Before(first) {
			first = *a.Published
		}
		if a.Published.After(last) {
			last = *a.Published
		}
	}
	if first.IsZero() {
		first = b.now().UTC().Truncate(time.Millisecond)
		last = first
	}
	sc.created, sc.latest = Timestamp{first.UTC()}, Timestamp{last.UTC()}
	for _, a := range inc.Actions {
		sc.espionage = sc.espionage || a.Name == "espionage"
	}

	b.add(Object{Type: "identity", ID: b.creator, Created: creatorTime, Modified: creatorTime,
		Name: "crosswire", IdentityClass: "system",
		Description: "crosswire news cross-checker: attribution claims extracted from news reports and counted across their versions."})

	// the incident the story reports
	var campaign string
	if len(inc.Attributions) > 0 || len(inc.Targets) > 0 {
		campaign = ID("campaign", "story|"+s.ID)
		var acts []string
		for _, a := range inc.Actions {
			acts = append(acts, a.Name)
		}
		b.add(Object{Type: "campaign", ID: campaign, CreatedByRef: b.creator, Created: sc.created, Modified: sc.latest,
			Name: storyName(s), Description: "The incident reported by the story " + quote(storyName(s)) + ".",
			XStory: s.ID, XActions: acts})
		sc.refs = append(sc.refs, campaign)
	}

	// attributions
	attrRels := map[int]string{}
	accusedBy := map[string][]string{} // accuser identity → its attributions
	accuserName := map[string]string{}
	var accuserOrder []string
	for i, a := range inc.Attributions {
		var src string
		if a.Subject == nil {
			src = campaign
		} else {
			src = b.party(sc, *a.Subject, true)
		}
		tgt := b.accusedTarget(sc, src, a.Accused)
		rel := relType(src, tgt)
		if a.Subject != nil && a.Subject.Kind == attribution.PartyPerson && a.Implied {
			// a person written as one of a service's people
			rel = RelMemberOf
		}
		rival := 0
		for _, alt := range a.Alternatives {
			for _, o := range inc.Attributions {
				if o.Accused.Key() == alt.Key() && subjectKey(o.Subject) == subjectKey(a.Subject) {
					rival = max(rival, sc.independent(o.Support, o.Sources))
				}
			}
		}
		var why []string
		for _, alt := range a.Alternatives {
			why = append(why, "another version names "+alt.Name)
		}
		for _, d := range a.DeniedBy {
			why = append(why, "denied by "+d.Name)
		}
		indep := sc.independent(a.Support, a.Sources)
		conf := Confidence(indep, rival, len(a.DeniedBy) > 0)
		desc := describeAttribution(a, indep)
		id := b.relationship(sc, src, rel, tgt, conf, a.Support, a.Sources, desc, why)
		b.claimFacts(s, id, a.Facts)
		attrRels[i] = id
		if a.Hedged && !a.Implied {
			b.hedged[id] = true
		} else {
			b.asserted[id] = true
		}
		for _, acc := range a.Accusers {
			aid := b.identity(sc, acc)
			b.objects[id].XAttributedBy = appendUnique(b.objects[id].XAttributedBy, aid)
			accusedBy[aid] = append(accusedBy[aid], id)
			if _, ok := accuserName[aid]; !ok {
				accuserName[aid] = acc.Name
				accuserOrder = append(accuserOrder, aid)
			}
		}
	}
	// each accuser's assessment: an opinion it authors on the attributions
	// it makes, the counterpart of a denial; its sources are the sentences
	// in which it makes them
	accuserSpans := map[string][]crosswire.Span{}
	for _, c := range inc.Claims {
		if c.Kind == attribution.ClaimAttribution && c.By != nil && !c.Earlier {
			aid := ID("identity", nameKey(c.By.Name))
			accuserSpans[aid] = append(accuserSpans[aid], c.Span)
		}
	}
	for _, aid := range accuserOrder {
		id := ID("opinion", "story|"+s.ID+"|"+aid+"|agree")
		b.add(Object{Type: "opinion", ID: id, CreatedByRef: aid, Created: sc.created, Modified: sc.latest,
			Opinion: "strongly-agree", Explanation: accuserName[aid] + " makes the attribution.",
			Authors: []string{accuserName[aid]}, ObjectRefs: uniq(accusedBy[aid]), XStory: s.ID,
			XSources: appendSources(nil, sc.sources(accuserSpans[aid]))})
		sc.refs = append(sc.refs, id)
	}

	// who attacked whom
	for _, t := range inc.Targets {
		victim := b.victim(sc, t.Victim)
		conf := Confidence(sc.independent(t.Support, t.Sources), 0, false)
		if t.Actor.Name != "" {
			actor := b.accusedTarget(sc, "", t.Actor)
			b.claimFacts(s, b.relationship(sc, actor, "targets", victim, conf, t.Support, t.Sources, t.Actor.Name+" targeted "+t.Victim.Name+".", nil), t.Facts)
		}
		if campaign != "" && !t.Earlier {
			b.claimFacts(s, b.relationship(sc, campaign, "targets", victim, conf, t.Support, t.Sources, "The incident hit "+t.Victim.Name+".", nil), t.Facts)
		}
	}

	// sanctions, indictments, summoned envoys
	for _, r := range inc.Responses {
		if r.By.Name == "" {
			continue // a relationship needs a source; the claim stays in the notes
		}
		by := b.identity(sc, r.By)
		var tgt, rel, verb string
		switch r.Kind {
		case attribution.ClaimSanction:
			rel, verb = RelSanctions, " sanctioned "
			tgt = b.responseTarget(sc, r.Target)
		case attribution.ClaimIndictment:
			rel, verb = RelIndicts, " indicted "
			tgt = b.responseTarget(sc, r.Target)
		case attribution.ClaimSummons:
			rel, verb = RelSummonsEnvoyOf, " summoned the envoy of "
			tgt = b.identity(sc, r.Target)
		default:
			continue
		}
		b.claimFacts(s, b.relationship(sc, by, rel, tgt, Confidence(sc.independent(r.Support, r.Sources), 0, false), r.Support, r.Sources, r.By.Name+verb+r.Target.Name+".", nil), r.Facts)
	}

	// denials: an opinion authored by the denying party
	for _, d := range inc.Denials {
		var refs []string
		for i, a := range inc.Attributions {
			for _, db := range a.DeniedBy {
				if db.Key() == d.By.Key() {
					refs = append(refs, attrRels[i])
				}
			}
		}
		if len(refs) == 0 {
			for _, id := range attrRels {
				refs = append(refs, id)
			}
		}
		if len(refs) == 0 {
			continue // nothing exported to deny: no opinion, no identity
		}
		author := b.identity(sc, d.By)
		expl := d.By.Name + " denies the attribution."
		if len(d.Sources) > 0 {
			expl = d.By.Name + " denies the attribution: " + quote(d.Sources[0].Text)
		}
		indep := sc.independent(d.Support, d.Sources)
		conf := Confidence(indep, 0, false)
		id := ID("opinion", "story|"+s.ID+"|"+author)
		b.add(Object{Type: "opinion", ID: id, CreatedByRef: author, Created: sc.created, Modified: sc.latest,
			Opinion: "strongly-disagree", Explanation: expl, Authors: []string{d.By.Name}, ObjectRefs: uniq(refs),
			Confidence: &conf, XSupport: d.Support, XIndependentSupport: indep, XSources: sc.sources(d.Sources), XStory: s.ID})
		b.claimFacts(s, id, d.Facts)
		sc.refs = append(sc.refs, id)
	}

	b.artefacts(sc, campaign)

	// notes: versions naming different culprits, then the story's
	// discrepancies as crosscheck found them
	for i, a := range inc.Attributions {
		if len(a.Alternatives) == 0 || attrRels[i] == "" {
			continue
		}
		refs := []string{attrRels[i]}
		var lines []string
		lines = append(lines, fmt.Sprintf("%s: %d %s (%s)", a.Accused.Name, a.Support, plural(a.Support, "version", "versions"), sc.quoteSources(a.Sources)))
		for _, alt := range a.Alternatives {
			for j, o := range inc.Attributions {
				if o.Accused.Key() == alt.Key() && subjectKey(o.Subject) == subjectKey(a.Subject) {
					refs = append(refs, attrRels[j])
					lines = append(lines, fmt.Sprintf("%s: %d %s (%s)", o.Accused.Name, o.Support, plural(o.Support, "version", "versions"), sc.quoteSources(o.Sources)))
				}
			}
		}
		subject := "the incident"
		if a.Subject != nil {
			subject = a.Subject.Name
		}
		key := "culprit|" + subject
		b.note(sc, key, "Versions disagree on who is behind "+subject, strings.Join(lines, "\n"), uniq(refs))
	}
	for _, d := range s.Discrepancies {
		var lines []string
		for _, v := range d.Variants {
			lines = append(lines, fmt.Sprintf("%s (%s)", v.Value, sc.quoteSources(v.Sources)))
		}
		refs := b.mentioned(sc, d)
		if campaign != "" {
			refs = append(refs, campaign)
		}
		if len(refs) == 0 {
			refs = append(refs, b.creator)
		}
		abstract := fmt.Sprintf("%s discrepancy (%s): %s", d.Kind, d.Severity, d.Subject)
		b.note(sc, "discrepancy|"+string(d.Kind)+"|"+d.Subject, abstract, strings.Join(lines, "\n"), refs)
	}

	// the report
	var ext []ExternalReference
	for _, a := range s.Articles {
		src := a.Outlet
		if src == "" {
			src = "unknown outlet"
		}
		desc := fmt.Sprintf("%s version: %s", a.Role, a.Title)
		if a.Role == "" {
			desc = a.Title
		}
		u := a.URL
		if !absoluteURL(u) {
			// the schema takes only an absolute URL ("www.example.com/x"
			// is refused): a relative one stays readable in the
			// description
			if u != "" {
				desc += " (" + u + ")"
			}
			u = ""
		}
		ext = append(ext, ExternalReference{SourceName: src, URL: u, Description: desc, ExternalID: a.ID})
	}
	refs := uniq(sc.refs)
	if len(refs) == 0 {
		refs = []string{b.creator}
	}
	pub := sc.created
	b.add(Object{Type: "report", ID: ID("report", "story|"+s.ID), CreatedByRef: b.creator, Created: sc.created,
		Modified: sc.latest, Name: storyName(s), ReportTypes: []string{"threat-report"}, Published: &pub,
		Description: reportDescription(s, inc), ObjectRefs: refs, ExternalReferences: ext, XStory: s.ID})
}

// claimFacts lists on object id the values of the story's facts (indices
// in s.Facts) a finding rests on: the claims of the JSON report read from
// the same words (x_crosswire_claim_facts) and the quotations of its
// speaker (x_crosswire_quote_facts).
func (b *builder) claimFacts(s *crosswire.Story, id string, facts []int) {
	o := b.objects[id]
	if o == nil {
		return
	}
	for _, i := range facts {
		if i < 0 || i >= len(s.Facts) {
			continue
		}
		switch s.Facts[i].Kind {
		case crosswire.KindClaim:
			o.XClaimFacts = appendUnique(o.XClaimFacts, s.Facts[i].Value)
		case crosswire.KindQuote:
			o.XQuoteFacts = appendUnique(o.XQuoteFacts, s.Facts[i].Value)
		}
	}
}

// relationship adds an SRO and lists it in the report. conf < 0 leaves
// confidence out: structural edges (a service located in its state) are
// read from how a name is written, not counted across versions.
func (b *builder) relationship(sc *storyCtx, src, rel, tgt string, conf, support int, sources []crosswire.Span, desc string, contested []string) string {
	id := ID("relationship", src+"|"+rel+"|"+tgt)
	o := Object{Type: "relationship", ID: id, CreatedByRef: b.creator, Created: sc.created, Modified: sc.latest,
		RelationshipType: rel, SourceRef: src, TargetRef: tgt, Description: desc,
		XSupport: support, XIndependentSupport: sc.independent(support, sources), XSources: sc.sources(sources), XContested: contested}
	if conf >= 0 {
		o.Confidence = &conf
	}
	b.add(o)
	sc.refs = append(sc.refs, id)
	return id
}

func (b *builder) note(sc *storyCtx, key, abstract, content string, refs []string) {
	id := ID("note", "story|"+sc.s.ID+"|"+key)
	b.add(Object{Type: "note", ID: id, CreatedByRef: b.creator, Created: sc.created, Modified: sc.latest,
		Abstract: abstract, Content: content, ObjectRefs: refs, Authors: []string{"crosswire"}, XStory: sc.s.ID})
	sc.refs = append(sc.refs, id)
}

// mentioned lists the story's actors and identities a discrepancy names in
// its subject or variants ("Oskar Brandvik" / "Oskar Brandvig").
func (b *builder) mentioned(sc *storyCtx, d crosswire.Discrepancy) []string {
	texts := []string{d.Subject}
	for _, v := range d.Variants {
		texts = append(texts, v.Value)
	}
	var out []string
	for _, id := range uniq(sc.refs) {
		o := b.objects[id]
		if o == nil || o.Name == "" || id == b.creator {
			continue
		}
		switch o.Type {
		case "intrusion-set", "threat-actor", "identity":
		default:
			continue
		}
		for _, t := range texts {
			if strings.Contains(t, o.Name) {
				out = append(out, id)
				break
			}
		}
	}
	return out
}

// party adds the SDO an attributed party is: a threat group is an
// intrusion-set; a service, unit, person or an accused government body a
// threat-actor; a state its identity (accusedTarget adds a threat-actor
// for it where the specification needs one).
func (b *builder) party(sc *storyCtx, p attribution.Party, accused bool) string {
	switch p.Kind {
	case attribution.PartyGroup:
		return b.intrusionSet(sc, p)
	case attribution.PartyState:
		return b.identity(sc, p)
	case attribution.PartyService, attribution.PartyUnit, attribution.PartyPerson, attribution.PartyUnknown:
		return b.threatActor(sc, p)
	}
	if accused {
		return b.threatActor(sc, p)
	}
	return b.identity(sc, p)
}

// intrusionSet adds a threat group. A group ATT&CK knows is one object
// whichever alias a version writes: its id is keyed on the ATT&CK id, it
// takes ATT&CK's name, lists every alias (the story's spelling among them)
// and points at its ATT&CK page; any other group is keyed on its name.
func (b *builder) intrusionSet(sc *storyCtx, p attribution.Party) string {
	o := Object{Type: "intrusion-set", ID: intrusionSetID(p), CreatedByRef: b.creator, Created: sc.created, Modified: sc.latest, Name: p.Name}
	if g := p.Attack; g != nil {
		o.Name = g.Name
		o.Aliases = appendUnique(append([]string(nil), g.Aliases...), p.Name)
		o.ExternalReferences = []ExternalReference{{SourceName: "mitre-attack", ExternalID: g.ID, URL: g.URL}}
	}
	b.add(o)
	sc.refs = append(sc.refs, o.ID)
	return o.ID
}

// intrusionSetID is the id of a threat group's intrusion-set: keyed on
// its ATT&CK id when ATT&CK knows it, else on its name.
func intrusionSetID(p attribution.Party) string {
	if g := p.Attack; g != nil {
		return ID("intrusion-set", "attack|"+g.ID)
	}
	return ID("intrusion-set", nameKey(p.Name))
}

// accusedTarget returns the object an attribution from src points at: the
// party's SDO, except that intrusion-sets and campaigns can only be
// attributed to threat actors, so a state gets a nation-state threat-actor
// of its own, attributed to the state's identity.
func (b *builder) accusedTarget(sc *storyCtx, src string, p attribution.Party) string {
	if p.Kind != attribution.PartyState {
		return b.party(sc, p, true)
	}
	if strings.HasPrefix(src, "threat-actor--") {
		return b.identity(sc, p)
	}
	ta := b.threatActor(sc, p)
	st := b.identity(sc, p)
	b.relationship(sc, ta, "attributed-to", st, noConfidence, 0, nil, p.Name+" acting as a state.", nil)
	return ta
}

// responseTarget is a sanctioned or indicted party: persons, services and
// groups are threat actors, companies and states identities.
func (b *builder) responseTarget(sc *storyCtx, p attribution.Party) string {
	switch p.Kind {
	case attribution.PartyCompany, attribution.PartyOrganisation, attribution.PartyGovernment, attribution.PartyState:
		return b.identity(sc, p)
	}
	return b.party(sc, p, true)
}

func (b *builder) threatActor(sc *storyCtx, p attribution.Party) string {
	id := ID("threat-actor", nameKey(p.Name))
	types := []string{"nation-state"}
	switch p.Kind {
	case attribution.PartyPerson, attribution.PartyUnknown:
		types = []string{"unknown"}
		if sc.espionage {
			types = []string{"spy"}
		}
	}
	// a body the story's text also writes as the capitals of its words
	// ("Central Intelligence Agency" and "CIA") is keyed on the acronym:
	// another story writing only the acronym names the same object, which
	// takes the long name and lists the acronym as an alias
	acronym := ""
	switch p.Kind {
	case attribution.PartyService, attribution.PartyGovernment, attribution.PartyUnit:
		acronym = p.Acronym
	}
	if acronym != "" {
		id = ID("threat-actor", nameKey(acronym))
	}
	o := b.add(Object{Type: "threat-actor", ID: id, CreatedByRef: b.creator, Created: sc.created, Modified: sc.latest,
		Name: p.Name, ThreatActorTypes: types})
	if acronym != "" {
		o.Name = p.Name
		o.Aliases = appendUnique(o.Aliases, acronym)
	}
	sc.refs = append(sc.refs, id)
	if p.State != "" && nameKey(p.State) != nameKey(p.Name) {
		loc := b.location(sc, p.State)
		b.relationship(sc, id, "located-at", loc, noConfidence, 0, nil, p.Name+" belongs to "+p.State+".", nil)
	}
	return id
}

// identity adds an identity: states and government bodies as
// organisations with a government sector, persons as individuals, sectors
// as classes.
func (b *builder) identity(sc *storyCtx, p attribution.Party) string {
	id := ID("identity", nameKey(p.Name))
	o := Object{Type: "identity", ID: id, CreatedByRef: b.creator, Created: sc.created, Modified: sc.latest, Name: p.Name,
		IdentityClass: "organization"}
	switch p.Kind {
	case attribution.PartyPerson:
		o.IdentityClass = "individual"
	case attribution.PartySector:
		o.IdentityClass = "class"
	case attribution.PartyGroup:
		o.IdentityClass = "group"
	case attribution.PartyState:
		o.Sectors = []string{"government-national"}
		o.Description = p.Name + " (state)"
	case attribution.PartyGovernment:
		o.Sectors = []string{"government-national"}
	}
	if p.Sector != "" {
		o.Sectors = appendUnique(o.Sectors, p.Sector)
	}
	b.add(o)
	sc.refs = append(sc.refs, id)
	state := p.State
	if p.Kind == attribution.PartyState {
		state = p.Name
	}
	if state != "" {
		loc := b.location(sc, state)
		b.relationship(sc, id, "located-at", loc, noConfidence, 0, nil, p.Name+" is in "+state+".", nil)
	}
	return id
}

// victim adds what was hit: a state as a location, anything else as an
// identity.
func (b *builder) victim(sc *storyCtx, p attribution.Party) string {
	if p.Kind == attribution.PartyState {
		return b.location(sc, p.Name)
	}
	return b.identity(sc, p)
}

// location adds a country. country holds the ISO 3166-1 alpha-2 code when
// the name is a known country, else the name as written (the
// specification says SHOULD for the code; fictional and unrecognised
// states keep their name).
func (b *builder) location(sc *storyCtx, name string) string {
	id := ID("location", nameKey(name))
	country := isoCountry[name]
	if country == "" {
		country = name
	}
	b.add(Object{Type: "location", ID: id, CreatedByRef: b.creator, Created: sc.created, Modified: sc.latest, Name: name, Country: country})
	sc.refs = append(sc.refs, id)
	return id
}

// relType picks the relationship the STIX 2.1 specification lists between
// the two object types for "is attributed to": campaign → intrusion-set or
// threat-actor, intrusion-set → threat-actor, threat-actor → identity.
// Between other pairs it falls back to related-to, which the specification
// allows between any two SDOs.
func relType(src, tgt string) string {
	st, tt := typeOf(src), typeOf(tgt)
	switch {
	case st == "campaign" && (tt == "intrusion-set" || tt == "threat-actor"):
		return "attributed-to"
	case st == "intrusion-set" && tt == "threat-actor":
		return "attributed-to"
	case st == "threat-actor" && tt == "identity":
		return "attributed-to"
	}
	return "related-to"
}

func typeOf(id string) string {
	t, _, _ := strings.Cut(id, "--")
	return t
}

func (sc *storyCtx) sources(spans []crosswire.Span) []Source {
	var out []Source
	for _, sp := range spans {
		out = append(out, Source{Article: sp.Article, Outlet: sc.outlets[sp.Article], Text: sp.Text, Start: sp.Start, End: sp.End})
	}
	return out
}

func describeAttribution(a attribution.Attribution, independent int) string {
	var by []string
	for _, p := range a.Accusers {
		by = append(by, p.Name)
	}
	subject := "The incident"
	if a.Subject != nil {
		subject = a.Subject.Name
	}
	s := fmt.Sprintf("%s is attributed to %s", subject, a.Accused.Name)
	if len(by) > 0 {
		s += " by " + strings.Join(by, ", ")
	}
	s += fmt.Sprintf(" (%d %s, %d independent %s).", a.Support, plural(a.Support, "version", "versions"), independent, plural(independent, "source", "sources"))
	return s
}

func reportDescription(s *crosswire.Story, inc *attribution.Incident) string {
	roots := map[string]bool{}
	for _, r := range crosscheck.Lineages(s.Articles) {
		roots[r] = true
	}
	d := fmt.Sprintf("Cross-checked from %d %s of the story (%d independent %s).", len(s.Articles), plural(len(s.Articles), "version", "versions"), len(roots), plural(len(roots), "source", "sources"))
	if len(inc.Actions) > 0 {
		var acts []string
		for _, a := range inc.Actions {
			acts = append(acts, a.Name)
		}
		d += " Reported activity: " + strings.Join(acts, ", ") + "."
	}
	if n := len(s.Discrepancies); n > 0 {
		d += fmt.Sprintf(" %d %s between versions (see notes).", n, plural(n, "discrepancy", "discrepancies"))
	}
	return d
}

// absoluteURL reports whether u is an absolute URL (a scheme and a
// host), as external_references.url must be.
func absoluteURL(u string) bool {
	p, err := url.Parse(u)
	return err == nil && p.IsAbs() && p.Host != ""
}

// storyName is the story's title, else its first titled version's, else
// its id: report and campaign names are required.
func storyName(s *crosswire.Story) string {
	if s.Title != "" {
		return s.Title
	}
	for _, a := range s.Articles {
		if a.Title != "" {
			return a.Title
		}
	}
	return "Story " + s.ID
}

func subjectKey(p *attribution.Party) string {
	if p == nil {
		return ""
	}
	return p.Key()
}

func quote(s string) string { return "“" + s + "”" }

// quoteSources writes the spans of a note's line, each named by its
// version's outlet with the article id beside it (the report's
// external_id), "Outlet [id]: “text”"; a version with no outlet is named
// by its id alone.
func (sc *storyCtx) quoteSources(spans []crosswire.Span) string {
	var parts []string
	for _, sp := range spans {
		name := sp.Article
		if o := sc.outlets[sp.Article]; o != "" {
			name = o + " [" + sp.Article + "]"
		}
		parts = append(parts, name+": "+quote(sp.Text))
	}
	return strings.Join(parts, "; ")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func uniq(ss []string) []string {
	return appendUnique(nil, ss...)
}

func appendUnique(dst []string, ss ...string) []string {
	for _, s := range ss {
		found := false
		for _, d := range dst {
			if d == s {
				found = true
				break
			}
		}
		if !found && s != "" {
			dst = append(dst, s)
		}
	}
	return dst
}

func appendSources(dst, src []Source) []Source {
	for _, s := range src {
		found := false
		for _, d := range dst {
			if d == s {
				found = true
				break
			}
		}
		if !found {
			dst = append(dst, s)
		}
	}
	return dst
}

// isoCountry maps country names to ISO 3166-1 alpha-2 codes for location
// objects.
var isoCountry = map[string]string{
	"Russia": "RU", "China": "CN", "Iran": "IR", "North Korea": "KP", "South Korea": "KR", "United States": "US",
	"United Kingdom": "GB", "Britain": "GB", "Israel": "IL", "Ukraine": "UA", "India": "IN", "Pakistan": "PK",
	"Vietnam": "VN", "Germany": "DE", "France": "FR", "Netherlands": "NL", "Belarus": "BY", "Turkey": "TR",
	"Syria": "SY", "Lebanon": "LB", "Saudi Arabia": "SA", "United Arab Emirates": "AE", "Qatar": "QA",
	"Japan": "JP", "Taiwan": "TW", "Canada": "CA", "Australia": "AU", "New Zealand": "NZ", "Poland": "PL",
	"Estonia": "EE", "Latvia": "LV", "Lithuania": "LT", "Georgia": "GE", "Moldova": "MD", "Romania": "RO",
	"Italy": "IT", "Spain": "ES", "Sweden": "SE", "Norway": "NO", "Finland": "FI", "Denmark": "DK",
	"Belgium": "BE", "Switzerland": "CH", "Austria": "AT", "Brazil": "BR", "Mexico": "MX", "Nigeria": "NG",
	"Egypt": "EG", "Kazakhstan": "KZ", "Singapore": "SG", "Malaysia": "MY", "Indonesia": "ID",
	"Philippines": "PH", "Thailand": "TH",
}
