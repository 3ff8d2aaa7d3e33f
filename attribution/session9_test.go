package attribution

import (
	"slices"
	"strings"
	"testing"

	"crosswire"
)

// All text below is invented for these tests.

// targetsOf renders an incident's targets as "actor>victim" ("*" for an
// actor left unnamed).
func targetsOf(inc *Incident) map[string]bool {
	out := map[string]bool{}
	for _, tg := range inc.Targets {
		a := tg.Actor.Name
		if a == "" {
			a = "*"
		}
		out[a+">"+tg.Victim.Name] = true
	}
	return out
}

// wantSet fails t unless got holds every want and none of not.
func wantSet(t *testing.T, got map[string]bool, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !got[w] {
			t.Errorf("want %s, got %v", w, got)
		}
	}
	for _, n := range not {
		if got[n] {
			t.Errorf("%s read, got %v", n, got)
		}
	}
}

// The subject of a hitting verb is what stands right before it: a name
// after "that" ("documents that show that X penetrated Y") or a common
// noun with a relative pronoun ("a group that had hacked Y"), not a
// culprit further back in the sentence; a name the relative clause is
// predicated of ("X is the same group that attacked Y") is the subject.
func TestSubjectRightBeforeHitVerb(t *testing.T) {
	ents := mentioned([]crosswire.StoryEntity{
		{Name: "Cobalt Lynx", Kind: crosswire.KindGroup, Forms: []string{"Cobalt Lynx"}},
		{Name: "Harbour Authority", Kind: crosswire.KindOrg, Forms: []string{"Harbour Authority"}},
		{Name: "Norland", Kind: crosswire.KindPlace, Forms: []string{"Norland"}},
		{Name: "Pell Registry", Kind: crosswire.KindOrg, Forms: []string{"Pell Registry"}},
	})
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a name after that",
			"Cobalt Lynx also released files that show that the KSB penetrated the Harbour Authority.",
			[]string{"*>Harbour Authority"}, []string{"Cobalt Lynx>Harbour Authority"}},
		{"a common noun with a relative pronoun",
			"The breach was linked to Norland and a group that had hacked the Pell Registry in 2014.",
			nil, []string{"Norland>Pell Registry"}},
		{"a name the relative clause is predicated of",
			"The hackers who claimed it, Cobalt Lynx, are the same Norland-linked group that attacked the Harbour Authority.",
			[]string{"Cobalt Lynx>Harbour Authority"}, nil},
		{"the subject right before the verb, as before",
			"Cobalt Lynx has also targeted the Harbour Authority.",
			[]string{"Cobalt Lynx>Harbour Authority"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := targetsOf(extractWith(t, ents, tt.text))
			wantSet(t, got, tt.want, tt.not)
		})
	}
}

// "A group known as the X": the article before the name does not hide the
// group cue.
func TestGroupCueBeforeArticle(t *testing.T) {
	for _, text := range []string{
		"A group known as the Quiet Herons published the files.",
		"A hacking group called the Quiet Herons published the files.",
	} {
		lex := newLexicon(nil)
		a := &crosswire.Article{ID: "a", Text: text}
		lex.learn(a)
		lex.finish()
		if e := lex.entities[nameKey("Quiet Herons")]; e == nil || e.kind() != PartyGroup {
			t.Errorf("%q: Quiet Herons not read as a group: %+v", text, e)
		}
	}
}

// An incident noun naming what it hit with no culprit in its clause ("the
// report highlights attacks against X") gives the incident's victims, hit
// by an actor the clause leaves unnamed — unless it is written as some
// other incident ("a successful attack on X", "last year's attacks on
// X") or is inside a name ("Co-operation in Norland"); a state modifying a
// name is no victim, the name is ("the Norland broadcaster Kanal Vier");
// a generic noun alone ("companies") names nobody.
func TestIncidentNounWithoutCulprit(t *testing.T) {
	ents := mentioned([]crosswire.StoryEntity{
		{Name: "Cobalt Lynx", Kind: crosswire.KindGroup, Forms: []string{"Cobalt Lynx"}},
		{Name: "Harbour Authority", Kind: crosswire.KindOrg, Forms: []string{"Harbour Authority"}},
		{Name: "Kanal Vier", Kind: crosswire.KindOrg, Forms: []string{"Kanal Vier"}},
		{Name: "Norland", Kind: crosswire.KindPlace, Forms: []string{"Norland"}},
		{Name: "Estmark", Kind: crosswire.KindPlace, Forms: []string{"Estmark"}},
	})
	const lead = "Greyfield Labs said Cobalt Lynx was behind the intrusion. "
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"the story's incident",
			lead + "The report highlights attacks against the Harbour Authority.",
			[]string{"*>Harbour Authority"}, nil},
		{"another incident",
			lead + "The agency studied a successful attack on the Harbour Authority.",
			nil, []string{"*>Harbour Authority"}},
		{"an earlier incident",
			lead + "Those hit by last year's attacks on the Harbour Authority were told.",
			nil, []string{"*>Harbour Authority"}},
		{"inside a name",
			lead + "The Organisation for Co-operation in Estmark said so.",
			nil, []string{"*>Estmark"}},
		{"a state modifying a name",
			lead + "It also studied the breach of the Norland broadcaster Kanal Vier.",
			[]string{"*>Kanal Vier"}, []string{"*>Norland"}},
		{"a generic noun alone",
			lead + "The report points to operations against companies.",
			nil, []string{"*>companies"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := targetsOf(extractWith(t, ents, tt.text))
			wantSet(t, got, tt.want, tt.not)
		})
	}
}

// Defendants written as a service's people ("two KSB agents — A and B —",
// "officers of the GRU, A and B", "A and B, two officers of the GRU") are
// members of it; the other defendants of the same indictment are not.
func TestIndictedMembers(t *testing.T) {
	tests := []struct {
		name, text string
		members    []string
	}{
		{"list after the people's noun",
			"The indictment names two KSB agents — Anton Velkov and Oleg Marin — who hired two hackers — Piet Laan and Ruud Kamp — to breach the registry. The Justice Department said so.",
			[]string{"Anton Velkov", "Oleg Marin"}},
		{"list after officers of",
			"The Justice Department indicted two officers of the KSB, Anton Velkov and Oleg Marin, and a hacker, Piet Laan, over the breach.",
			[]string{"Anton Velkov", "Oleg Marin"}},
		{"list before the people's noun",
			"The Justice Department indicted Anton Velkov and Oleg Marin, two officers of the KSB, over the breach.",
			[]string{"Anton Velkov", "Oleg Marin"}},
		{"no people's noun",
			"The Justice Department indicted Anton Velkov, a software engineer from Marlow, over the breach.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, a := range extract(t, tt.text).Attributions {
				if a.Subject != nil && a.Subject.Kind == PartyPerson && a.Implied && a.Accused.Name == "KSB" {
					got = append(got, a.Subject.Name)
					if len(a.Accusers) > 0 {
						t.Errorf("a membership has accusers: %+v", a)
					}
				}
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.members) {
				t.Errorf("members %v, want %v", got, tt.members)
			}
		})
	}
}

// A designation the story defines ("X is the code-name for Norlandic
// meddling in the Estmark elections", "X is the name given by the Estmark
// government to efforts by Norlandic services to …") is a threat group's
// or activity's name, even where the entities type it a person: it is
// attributed to the state whose adjective describes the activity, by whoever
// gave the name, and targets what the activity aimed at ("the Estmark
// elections": the state's thing, not the state). A name for something
// else is no attribution.
func TestDefinedCodeName(t *testing.T) {
	ents := mentioned([]crosswire.StoryEntity{
		{Name: "Amber Tundra", Kind: crosswire.KindPerson, Forms: []string{"Amber Tundra"}},
		{Name: "Norland", Kind: crosswire.KindPlace, Forms: []string{"Norland", "Norlandic"}},
		{Name: "Estmark", Kind: crosswire.KindPlace, Forms: []string{"Estmark"}},
	})
	tests := []struct {
		name, text        string
		by, state, victim string // "" state: no attribution
	}{
		{"code-name for meddling",
			"The Norland government denies everything. Amber Tundra is the code-name for Norlandic meddling in the Estmark elections.",
			"", "Norland", "Estmark elections"},
		{"name given by a government",
			"The Norland government denies everything. Amber Tundra is the name given by the Estmark government to efforts by Norlandic intelligence services to compromise networks associated with the Estmark election.",
			"Estmark", "Norland", "Estmark election"},
		{"a name for something else",
			"The Norland government denies everything. Amber Tundra is the name given to a Norlandic river.",
			"", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inc := extractWith(t, ents, tt.text)
			var got *Attribution
			for i, a := range inc.Attributions {
				if a.Subject != nil && a.Subject.Name == "Amber Tundra" {
					got = &inc.Attributions[i]
				}
			}
			if tt.state == "" {
				if got != nil {
					t.Errorf("attribution read: %+v", got)
				}
				return
			}
			if got == nil || got.Accused.Name != tt.state {
				t.Fatalf("want Amber Tundra attributed to %s, got %+v", tt.state, inc.Attributions)
			}
			if tt.by != "" && (len(got.Accusers) != 1 || got.Accusers[0].Name != tt.by) {
				t.Errorf("accusers %+v, want %s", got.Accusers, tt.by)
			}
			if !targetsOf(inc)["Amber Tundra>"+tt.victim] {
				t.Errorf("want Amber Tundra targeting %s, got %v", tt.victim, targetsOf(inc))
			}
		})
	}
}

// What an unnamed other actor hit ("… linked to Norland and a group that
// had hacked X") is no victim of the attribution.
func TestOtherActorsVictims(t *testing.T) {
	ents := mentioned([]crosswire.StoryEntity{
		{Name: "Norland", Kind: crosswire.KindPlace, Forms: []string{"Norland", "Norlandic"}},
		{Name: "Pell Registry", Kind: crosswire.KindOrg, Forms: []string{"Pell Registry"}},
	})
	got := targetsOf(extractWith(t, ents, "The breach was almost certainly linked to Norland and a group that had hacked the Pell Registry in 2013, the minister told reporters."))
	if got["Norland>Pell Registry"] {
		t.Errorf("the state is read as the unnamed group's actor: %v", got)
	}
}

// A vendor the entities type a threat group but the story describes as a
// company ("Greyfield, a cyber security firm that examined the attack")
// speaks and accuses; and the owners of what a group hit are its victims
// ("has been targeting privileged information related to governments,
// militaries and security organizations").
func TestFirmAppositiveAndThingOf(t *testing.T) {
	ents := mentioned([]crosswire.StoryEntity{
		{Name: "Cobalt Lynx", Kind: crosswire.KindGroup, Forms: []string{"Cobalt Lynx"}},
		{Name: "Greyfield", Kind: crosswire.KindGroup, Forms: []string{"Greyfield"}},
	})
	inc := extractWith(t, ents, "The breach hit the registry, Greyfield, a cyber security firm that examined the attack, told reporters.\n"+
		"“Cobalt Lynx focuses on collecting intelligence,” Greyfield said.\n"+
		"“Since at least 2012, Cobalt Lynx has been targeting privileged information related to governments, militaries and security organizations”.")
	accused := false
	for _, a := range inc.Attributions {
		for _, p := range a.Accusers {
			if p.Name == "Greyfield" && a.Accused.Name == "Cobalt Lynx" {
				accused = true
			}
		}
	}
	if !accused {
		t.Errorf("Greyfield does not attribute the incident to Cobalt Lynx: %+v", inc.Attributions)
	}
	got := targetsOf(inc)
	for _, v := range []string{"governments", "militaries", "security organizations"} {
		if !got["Cobalt Lynx>"+v] {
			t.Errorf("want Cobalt Lynx targeting %s, got %v", v, got)
		}
	}
}

// A common noun of attackers right before a hitting verb ("A Norland-based
// cyber gang has compromised X") is an actor the sentence leaves unnamed:
// the incident hit X. A known state whose entity goes by its adjective is
// still a place of a victim ("firms in Estmark and Japan", the entity
// named "Japanese").
func TestUnnamedAttackerAndStateByAdjective(t *testing.T) {
	ents := mentioned([]crosswire.StoryEntity{
		{Name: "Cobalt Lynx", Kind: crosswire.KindGroup, Forms: []string{"Cobalt Lynx"}},
		{Name: "Norland", Kind: crosswire.KindPlace, Forms: []string{"Norland"}},
		{Name: "Estmark", Kind: crosswire.KindPlace, Forms: []string{"Estmark"}},
		{Name: "Japanese", Kind: crosswire.KindPlace, Forms: []string{"Japanese", "Japan"}},
	})
	got := targetsOf(extractWith(t, ents, "A Norland-based cyber gang has compromised Estmark firms, a report said. "+
		"Greyfield Labs said Cobalt Lynx was behind it. Researchers have seen firms in Estmark and Japan being targeted by the group."))
	for _, w := range []string{"*>Estmark firms", "Cobalt Lynx>firms in Estmark", "Cobalt Lynx>firms in Japan"} {
		if !got[w] {
			t.Errorf("want %s, got %v", w, got)
		}
	}
}

// "A report by The Ledger claimed KSA hackers used the implant to breach
// targets in Norland's Signals Division": a government body's hackers act
// for it (the body is the culprit, a service), the report's author — a
// name nothing types, right after "by" — attributes the incident to it,
// and the body targets what "targets in" names. "Computer systems" names
// nobody.
func TestReportByAndBodyHackers(t *testing.T) {
	ents := mentioned([]crosswire.StoryEntity{
		{Name: "Kestrel Security Agency", Kind: crosswire.KindOrg, Forms: []string{"Kestrel Security Agency", "KSA"}},
		{Name: "Norland", Kind: crosswire.KindPlace, Forms: []string{"Norland"}},
	})
	inc := extractWith(t, ents, "Files leaked this week came from the Kestrel Security Agency (KSA). "+
		"A report by The Ledger claimed KSA hackers used the implant to breach targets in Norland’s Signals Division. "+
		"The files show successful attacks against computer systems in Norland.")
	found := false
	for _, a := range inc.Attributions {
		for _, p := range a.Accusers {
			if p.Name == "Ledger" && a.Accused.Name == "Kestrel Security Agency" && a.Subject == nil {
				found = true
			}
		}
	}
	if !found {
		t.Errorf("want the Ledger attributing the incident to the agency, got %+v", inc.Attributions)
	}
	got := targetsOf(inc)
	if !got["Kestrel Security Agency>Signals Division"] {
		t.Errorf("want the agency targeting the Signals Division, got %v", got)
	}
	if got["*>computer systems"] {
		t.Errorf("a generic victim read: %v", got)
	}
}

// "an internal KSB group called Pale Heron": the group is the body's (a
// structure edge); a sentence ending in a colon introduces a quotation of
// several sentences, and its subject speaks all of them ("Greyfield Labs
// provides some background:" … "The flaw was also noted as being used by
// Cobalt Lynx, a Norlandic government-backed espionage group.").
func TestBodyGroupAndIntroducedQuote(t *testing.T) {
	ents := mentioned([]crosswire.StoryEntity{
		{Name: "Pale Heron", Kind: crosswire.KindGroup, Forms: []string{"Pale Heron"}},
		{Name: "Cobalt Lynx", Kind: crosswire.KindGroup, Forms: []string{"Cobalt Lynx"}},
		{Name: "Greyfield Labs", Kind: crosswire.KindOrg, Forms: []string{"Greyfield Labs"}},
		{Name: "Norland", Kind: crosswire.KindPlace, Forms: []string{"Norland", "Norlandic"}},
	})
	inc := extractWith(t, ents, "The documents describe an internal KSB group called Pale Heron that borrows hacking techniques.")
	found := false
	for _, a := range inc.Attributions {
		found = found || a.Subject != nil && a.Subject.Name == "Pale Heron" && a.Accused.Name == "KSB" && a.Implied
	}
	if !found {
		t.Errorf("Pale Heron not the KSB's: %+v", inc.Attributions)
	}
	inc = extractWith(t, ents, "The Norland government denies it.\nGreyfield Labs provides some background on why the flaw spread:\n"+
		"“The flaw affects three operating systems.\nAdditionally, it was quickly adopted.\n"+
		"The flaw was also noted as being used by Cobalt Lynx, a Norlandic government-backed espionage group.”\nPatch your systems.")
	found = false
	for _, a := range inc.Attributions {
		for _, p := range a.Accusers {
			found = found || p.Name == "Greyfield Labs" && a.Subject != nil && a.Subject.Name == "Cobalt Lynx"
		}
	}
	if !found {
		t.Errorf("Greyfield Labs does not speak the quotation: %+v", inc.Attributions)
	}
}

// Victims read by this session's cues: "the domains were created by
// hackers that it calls X" makes X the culprit the speaker names, "X, a
// security firm" speaks; "Hackers in 2014 attacked X" hit X, their name
// unsaid; "cyberattacks designed to influence the outcome of the 2016
// presidential election" name what they aimed at; "pin a cyberattack on
// X" blames X, who is no victim.
func TestSessionNineVictimCues(t *testing.T) {
	ents := mentioned([]crosswire.StoryEntity{
		{Name: "Cobalt Lynx", Kind: crosswire.KindGroup, Forms: []string{"Cobalt Lynx"}},
		{Name: "Greyfield", Kind: crosswire.KindOrg, Forms: []string{"Greyfield"}},
		{Name: "Pell Exchange", Kind: crosswire.KindOrg, Forms: []string{"Pell Exchange"}},
		{Name: "Norland", Kind: crosswire.KindPlace, Forms: []string{"Norland"}},
	})
	inc := extractWith(t, ents, "Research by security firm Greyfield described the campaign. "+
		"The company says the domains were created by hackers that it calls Cobalt Lynx.")
	found := false
	for _, a := range inc.Attributions {
		for _, p := range a.Accusers {
			found = found || p.Name == "Greyfield" && a.Accused.Name == "Cobalt Lynx" && a.Subject == nil
		}
	}
	if !found {
		t.Errorf("Greyfield does not attribute the incident to Cobalt Lynx: %+v", inc.Attributions)
	}
	got := targetsOf(extractWith(t, ents, "Greyfield said Cobalt Lynx was behind it. Hackers in 2014 attacked the Pell Exchange."))
	if !got["*>Pell Exchange"] {
		t.Errorf("want the Pell Exchange hit, got %v", got)
	}
	got = targetsOf(extractWith(t, ents, "Greyfield linked Cobalt Lynx to numerous cyberattacks designed to influence the outcome of the 2016 presidential election."))
	if !got["Cobalt Lynx>2016 presidential election"] {
		t.Errorf("want the election targeted, got %v", got)
	}
	got = targetsOf(extractWith(t, ents, "Greyfield said Cobalt Lynx was behind it. Officials once tried to pin a cyberattack on Norland."))
	if got["*>Norland"] {
		t.Errorf("the state blamed is read as a victim: %v", got)
	}
}

// "The attack, which the U.S. has blamed on North Korea, wrought havoc
// within the U.K.'s National Health Service": the body, not the state
// that owns it, is the victim; the state blamed is the incident's sponsor,
// so the incident hit the body (session 10: no "North Korea targeted" edge).
func TestWroughtHavocWithin(t *testing.T) {
	ents := mentioned([]crosswire.StoryEntity{
		{Name: "Norland", Kind: crosswire.KindPlace, Forms: []string{"Norland"}},
		{Name: "Estmark", Kind: crosswire.KindPlace, Forms: []string{"Estmark"}},
		{Name: "National Health Service", Kind: crosswire.KindOrg, Forms: []string{"National Health Service"}},
	})
	got := targetsOf(extractWith(t, ents, "The attack, which the U.S. has blamed on North Korea, wrought havoc within the U.K.’s National Health Service (NHS)."))
	if !got["*>National Health Service"] || got["North Korea>National Health Service"] {
		t.Errorf("want the health service hit by the incident, got %v", got)
	}
	for k := range got {
		if strings.HasSuffix(k, ">U.K.") || strings.HasSuffix(k, ">United Kingdom") {
			t.Errorf("the owning state read as the victim: %v", got)
		}
	}
}

// A service described by its state elsewhere in the sentence or the next:
// "sanctions on the KSB, …, as well as another Norlandic intelligence
// service: the VSB" (the KSB is Norland's too); "the Kestrel Security
// Agency (KSA) shows the Norland spy agency infiltrated …" (the agency is
// Norland's).
func TestStateBodyDescriptions(t *testing.T) {
	ents := mentioned([]crosswire.StoryEntity{
		{Name: "Norland", Kind: crosswire.KindPlace, Forms: []string{"Norland", "Norlandic"}},
		{Name: "Estmark", Kind: crosswire.KindPlace, Forms: []string{"Estmark"}},
		{Name: "Kestrel Security Agency", Kind: crosswire.KindOrg, Forms: []string{"Kestrel Security Agency", "KSA"}},
	})
	structure := func(inc *Incident) map[string]bool {
		out := map[string]bool{}
		for _, a := range inc.Attributions {
			if a.Subject != nil && a.Implied {
				out[a.Subject.Name+">"+a.Accused.Name] = true
			}
		}
		return out
	}
	got := structure(extractWith(t, ents, "The Norland government denies it. Estmark placed sanctions on the KSB, which is thought to be linked to the breach, as well as another Norlandic intelligence service: the VSB."))
	if !got["KSB>Norland"] {
		t.Errorf("want the KSB Norland's, got %v", got)
	}
	got = structure(extractWith(t, ents, "The Norland government denies it. A leaked arsenal of tools belonging to the Kestrel Security Agency (KSA) shows the Norland spy agency infiltrated the servers of a port."))
	if !got["Kestrel Security Agency>Norland"] {
		t.Errorf("want the agency Norland's, got %v", got)
	}
}

// "The country's Election Commission had been hacked …, linked to
// Norland and …, Anna Berg told reporters": the subject of a passive
// hitting verb is the victim, no accuser, and the speaker accuses; a
// body's seat written after its name ("NATO headquarters") is the victim
// as written.
func TestPassiveVictimAndSeat(t *testing.T) {
	ents := mentioned([]crosswire.StoryEntity{
		{Name: "Norland", Kind: crosswire.KindPlace, Forms: []string{"Norland"}},
		{Name: "Election Commission", Kind: crosswire.KindOrg, Forms: []string{"Election Commission"}},
		{Name: "Anna Berg", Kind: crosswire.KindPerson, Forms: []string{"Anna Berg"}},
		{Name: "Cobalt Lynx", Kind: crosswire.KindGroup, Forms: []string{"Cobalt Lynx"}},
		{Name: "Harbour League", Kind: crosswire.KindOrg, Forms: []string{"Harbour League"}},
	})
	inc := extractWith(t, ents, "The Norland government denies it. The country's Election Commission had been hacked during a referendum in 2015 that was almost certainly linked to Norland, Anna Berg told reporters.")
	for _, a := range inc.Attributions {
		for _, p := range a.Accusers {
			if p.Name == "Election Commission" {
				t.Errorf("the victim accuses: %+v", a)
			}
		}
	}
	got := targetsOf(inc)
	if !got["*>Election Commission"] || got["Norland>Election Commission"] {
		t.Errorf("want the commission hit by the incident, got %v", got)
	}
	got = targetsOf(extractWith(t, ents, "Greyfield said Cobalt Lynx had attacked Harbour League headquarters in 2013."))
	if !got["Cobalt Lynx>Harbour League headquarters"] {
		t.Errorf("want the seat as victim, got %v", got)
	}
}

// A company noun that heads another name is that name's, not an
// appositive of the name before it: in "carried out by Cobalt Lynx, the
// security firm Greyfield said" Greyfield is the firm and Cobalt Lynx stays
// the group it accuses.
func TestFirmNounHeadingAnotherName(t *testing.T) {
	ents := mentioned([]crosswire.StoryEntity{
		{Name: "Cobalt Lynx", Kind: crosswire.KindGroup, Forms: []string{"Cobalt Lynx"}},
		{Name: "Greyfield", Kind: crosswire.KindOrg, Forms: []string{"Greyfield"}},
	})
	inc := extractWith(t, ents, "The intrusion into the harbour registry was carried out by Cobalt Lynx, the security firm Greyfield said on Tuesday.")
	for _, a := range inc.Attributions {
		if a.Accused.Name == "Cobalt Lynx" && a.Accused.Kind == PartyGroup {
			return
		}
	}
	t.Errorf("Cobalt Lynx not accused as a group: %+v", inc.Attributions)
}
