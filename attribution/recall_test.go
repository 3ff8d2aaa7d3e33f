package attribution

import (
	"slices"
	"testing"

	"crosswire"
)

// fictional entities as the facts stage would type them (each mentioned
// once, as seeding weighs entities by their mentions)
var recallEntities = mentioned([]crosswire.StoryEntity{
	{Name: "Cobalt Lynx", Kind: crosswire.KindGroup, Forms: []string{"Cobalt Lynx"}},
	{Name: "Greyfield Labs", Kind: crosswire.KindOrg, Forms: []string{"Greyfield Labs"}},
	{Name: "Norland", Kind: crosswire.KindPlace, Forms: []string{"Norland"}},
	{Name: "Estmark", Kind: crosswire.KindPlace, Forms: []string{"Estmark"}},
	{Name: "Dravia", Kind: crosswire.KindPlace, Forms: []string{"Dravia"}},
})

func mentioned(es []crosswire.StoryEntity) []crosswire.StoryEntity {
	for i := range es {
		es[i].Mentions = []crosswire.Span{{Article: "a"}}
	}
	return es
}

// All text below is invented for these tests.

// A threat group written as the subject of an incident verb in a clause a
// speaker reports attributes the incident to the group, wherever the
// speaker stands: "According to X, …" before it, "…, X said" after a quote.
func TestSpeakerOfGroupClause(t *testing.T) {
	tests := []struct {
		name, text, accuser, group string
	}{
		{"according to before the clause",
			"According to Greyfield Labs, Cobalt Lynx has exploited flaws in port software.",
			"Greyfield Labs", "Cobalt Lynx"},
		{"speaker after a quote",
			"\"Since last spring, Cobalt Lynx has been targeting shipping registries,\" Greyfield Labs said.",
			"Greyfield Labs", "Cobalt Lynx"},
		{"speaker before the clause, as before",
			"Greyfield Labs said Cobalt Lynx conducted the espionage campaign.",
			"Greyfield Labs", "Cobalt Lynx"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inc := extractWith(t, recallEntities, tt.text)
			for _, a := range inc.Attributions {
				if a.Subject == nil && a.Accused.Name == tt.group &&
					slices.ContainsFunc(a.Accusers, func(p Party) bool { return p.Name == tt.accuser }) {
					return
				}
			}
			t.Errorf("want %s attributing the incident to %s, got %+v", tt.accuser, tt.group, inc.Attributions)
		})
	}
	// no speaker: no accuser is invented
	inc := extractWith(t, recallEntities, "Cobalt Lynx has exploited flaws in port software.")
	for _, a := range inc.Attributions {
		if len(a.Accusers) > 0 {
			t.Errorf("an accuser without a speaker: %+v", a)
		}
	}
}

// A victim written as a common noun keeps the places a preposition puts
// it in, one victim per coordinated place, and a list goes on past "as
// well as" and past a lower-case modifier of its first member. Victims
// written as those of several countries, then the countries ("operations
// against businesses in 9 other countries including A, B and C"), are
// the countries listed; a state modifying a thing that is neither people
// nor a body ("hacking of Dravia mobile system") is no victim, while a
// state before a word of time is ("attacked Dravia last year").
func TestVictimNounPhrases(t *testing.T) {
	const lead = "Greyfield Labs said Cobalt Lynx hacked the Harlow Water Board. "
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"coordinated places",
			"Cobalt Lynx has targeted firms in Norland, Estmark and Dravia.",
			[]string{"firms in Norland", "firms in Estmark", "firms in Dravia"}, nil},
		{"one place",
			"Cobalt Lynx hacked regional advocacy organisations in Estmark.",
			[]string{"regional advocacy organisations in Estmark"}, nil},
		{"seen being targeted",
			"The investigators say they have seen shipping operators in Norland and Estmark being targeted by Cobalt Lynx.",
			[]string{"shipping operators in Norland", "shipping operators in Estmark"}, nil},
		{"groups named by what they do for people",
			"Cobalt Lynx has targeted student groups and opposition groups in Estmark.",
			[]string{"student groups", "opposition groups in Estmark"}, nil},
		{"as well as, past a modifier",
			"Other targets included officials in coastal and river ports, as well as journalists and human rights organisations.",
			[]string{"officials", "journalists", "human rights organisations"}, nil},
		{"countries listed after several countries",
			lead + "Investigators describe further operations against businesses in 9 other countries including Norland, Dravia and the United States.",
			[]string{"Norland", "Dravia", "United States"}, nil},
		{"a state's thing",
			lead + "Leaked notes include code showing hacking of Dravia mobile system.",
			nil, []string{"Dravia"}},
		{"a state before a word of time",
			lead + "Cobalt Lynx attacked Dravia last year.",
			[]string{"Dravia"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inc := extractWith(t, recallEntities, tt.text)
			var got []string
			for _, tg := range inc.Targets {
				got = append(got, tg.Victim.Name)
			}
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("victim %q missing, got %q", w, got)
				}
			}
			for _, w := range tt.not {
				if slices.Contains(got, w) {
					t.Errorf("%q read as a victim, got %q", w, got)
				}
			}
		})
	}
}

// A culprit before an incident noun that names what it hit ("attacks on
// X") in the same clause targeted X, also in a sentence whose trigger word
// makes no attribution ("Dravia-linked"); the speaker of a reported clause
// is no culprit.
func TestIncidentNounTargets(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // actor>victim
		not        []string
	}{
		{"appositive suspect in attacks on",
			"The servers resembled those of Cobalt Lynx, the group suspected in attacks on the Harbour Authority and the Norland Rail Board.",
			[]string{"Cobalt Lynx>Harbour Authority", "Cobalt Lynx>Norland Rail Board"}, nil},
		{"beside a linked adjective",
			"The tools matched Dravia-linked Cobalt Lynx, the group behind intrusions into the Harbour Authority.",
			[]string{"Cobalt Lynx>Harbour Authority"}, nil},
		{"groups of attackers are no victims",
			"Cobalt Lynx has targeted hacking groups and rival groups in Estmark.",
			nil, []string{"Cobalt Lynx>hacking groups", "Cobalt Lynx>rival groups in Estmark"}},
		{"speaker of a reported clause",
			"Cobalt Lynx said attacks on the Harbour Authority were rising.",
			nil, []string{"Cobalt Lynx>Harbour Authority"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inc := extractWith(t, recallEntities, tt.text)
			var got []string
			for _, tg := range inc.Targets {
				got = append(got, tg.Actor.Name+">"+tg.Victim.Name)
			}
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("target %q missing, got %q", w, got)
				}
			}
			for _, w := range tt.not {
				if slices.Contains(got, w) {
					t.Errorf("target %q read, got %q", w, got)
				}
			}
		})
	}
}

// An accuser the sentence describes without naming it ("a Norland
// intelligence agency") makes the attribution when no name stands closer
// to the trigger; a named speaker still comes first.
func TestUnnamedAccuser(t *testing.T) {
	tests := []struct {
		name, text, accuser string
	}{
		{"participle after a cited body",
			"The daily Harbour Courier cited a Western intelligence agency attributing the intrusion to Cobalt Lynx.",
			"Western intelligence agency"},
		{"rumours from a body",
			"There are rumours, coming from a Northern security service, that Cobalt Lynx was behind the intrusion.",
			"Northern security service"},
		{"named speaker first",
			"A Western intelligence agency briefed reporters, and Greyfield Labs said Cobalt Lynx was behind the intrusion.",
			"Greyfield Labs"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inc := extractWith(t, recallEntities, tt.text)
			var got []string
			for _, a := range inc.Attributions {
				if a.Accused.Name != "Cobalt Lynx" {
					continue
				}
				for _, p := range a.Accusers {
					got = append(got, p.Name)
				}
			}
			if !slices.Contains(got, tt.accuser) {
				t.Errorf("want %q among the accusers, got %q", tt.accuser, got)
			}
		})
	}
}

// A group written as a part of a larger body ("a unit of", "part of", "a
// subgroup of") is attributed to that body; a part of anything else, or a
// group far from the phrase, is not.
func TestMemberOf(t *testing.T) {
	ents := append(mentioned([]crosswire.StoryEntity{
		{Name: "Signals Intelligence Directorate", Kind: crosswire.KindOrg, Forms: []string{"Signals Intelligence Directorate"}},
		{Name: "Ember Crew", Kind: crosswire.KindGroup, Forms: []string{"Ember Crew"}},
	}), recallEntities...)
	tests := []struct {
		name, text, want string // want: "subject>accused", "" for none
	}{
		{"appositive unit of",
			"Investigators said Cobalt Lynx, a unit of the Signals Intelligence Directorate, stole the files.",
			"Cobalt Lynx>Signals Intelligence Directorate"},
		{"copula part of",
			"Greyfield Labs said Ember Crew is part of Cobalt Lynx.",
			"Ember Crew>Cobalt Lynx"},
		{"subgroup of",
			"Ember Crew, a subgroup of Cobalt Lynx, phished the port.",
			"Ember Crew>Cobalt Lynx"},
		{"part of a state's body",
			"Cobalt Lynx is part of Dravia's Signals Intelligence Directorate, Greyfield Labs said.",
			"Cobalt Lynx>Signals Intelligence Directorate"},
		{"part of a campaign",
			"The phishing was part of a campaign that Cobalt Lynx ran.",
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inc := extractWith(t, ents, tt.text)
			var got []string
			for _, a := range inc.Attributions {
				if a.Subject != nil {
					got = append(got, a.Subject.Name+">"+a.Accused.Name)
				}
			}
			if tt.want == "" && len(got) > 0 || tt.want != "" && !slices.Contains(got, tt.want) {
				t.Errorf("want %q, got %q", tt.want, got)
			}
		})
	}
}

// A tool of the incident said to be used by a named threat group ("the
// loader was reused by X") attributes the incident to the group; used by
// anyone else it does not.
func TestUsedByGroup(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"reused by a group",
			"Greyfield Labs said the loader in the intrusion was reused by Cobalt Lynx.", true},
		{"deployed by the group",
			"The wiper was deployed by the Cobalt Lynx crew, according to Greyfield Labs.", true},
		{"used by a company",
			"The software was used by Greyfield Labs for years.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inc := extractWith(t, recallEntities, tt.text)
			got := slices.ContainsFunc(inc.Attributions, func(a Attribution) bool {
				return a.Subject == nil && a.Accused.Name == "Cobalt Lynx"
			})
			if got != tt.want {
				t.Errorf("incident attributed to Cobalt Lynx: %v, want %v (%+v)", got, tt.want, inc.Attributions)
			}
			for _, a := range inc.Attributions {
				if a.Accused.Name == "Greyfield Labs" {
					t.Errorf("a company that used a tool read as the culprit: %+v", a)
				}
			}
		})
	}
}

// "It said" and "the company said" continue the speaker named earlier in
// the same paragraph; after a paragraph break the pronoun names nobody.
func TestPronounSpeaker(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // accusers of the incident attributed to Cobalt Lynx
	}{
		{"it said, same paragraph",
			"Greyfield Labs said the intrusion began in May. It said Cobalt Lynx conducted the campaign.",
			[]string{"Greyfield Labs"}},
		{"the company said, same paragraph",
			"Greyfield Labs published its findings on Monday. Cobalt Lynx was behind the intrusion, the company said.",
			[]string{"Greyfield Labs"}},
		{"quotation continued in the next paragraph",
			"\u201cCobalt Lynx studies ports,\u201d Greyfield Labs said.\n\u201cSince 2019, Cobalt Lynx has been targeting harbour registries.\u201d",
			[]string{"Greyfield Labs"}},
		{"new paragraph, no quotation before",
			"Greyfield Labs studied the ports.\n\u201cSince 2019, Cobalt Lynx has been targeting harbour registries.\u201d",
			nil},
		{"new paragraph",
			"Greyfield Labs said the intrusion began in May.\n\nIt said Cobalt Lynx conducted the campaign.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inc := extractWith(t, recallEntities, tt.text)
			var got []string
			for _, a := range inc.Attributions {
				if a.Subject == nil && a.Accused.Name == "Cobalt Lynx" {
					for _, p := range a.Accusers {
						got = append(got, p.Name)
					}
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("accusers %q, want %q", got, tt.want)
			}
		})
	}
}

// A bare "group" after the noun of a trade ("the defence group Harlow")
// names a business group, not a threat group: its name can still speak
// and accuse; a hacking group stays a threat group.
func TestIndustryGroupIsNoThreatGroup(t *testing.T) {
	tests := []struct {
		name, text, party string
		kind              PartyKind
	}{
		{"defence group",
			"Analysts at the defence group Harlow and the firm Greyfield Labs studied the malware. Harlow said Cobalt Lynx conducted the campaign.",
			"Harlow", PartyUnknown},
		{"media group",
			"The media group Tessaly reported the breach. Tessaly said Cobalt Lynx conducted the campaign.",
			"Tessaly", PartyUnknown},
		{"hacking group",
			"The hacking group Harlow conducted the campaign, Greyfield Labs said.",
			"Harlow", PartyGroup},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// the facts stage types the name an organisation, or a
			// group after "hacking group"
			typed := crosswire.KindOrg
			if tt.kind == PartyGroup {
				typed = crosswire.KindGroup
			}
			ents := append(mentioned([]crosswire.StoryEntity{{Name: tt.party, Kind: typed, Forms: []string{tt.party}}}), recallEntities...)
			inc := extractWith(t, ents, tt.text)
			for _, a := range inc.Attributions {
				if a.Accused.Name == tt.party && a.Accused.Kind != tt.kind {
					t.Errorf("%s accused as %s, want %s", tt.party, a.Accused.Kind, tt.kind)
				}
				if tt.kind != PartyGroup && a.Accused.Name == tt.party {
					t.Errorf("%s read as a culprit: %+v", tt.party, a)
				}
			}
			if tt.kind != PartyGroup && !slices.ContainsFunc(inc.Attributions, func(a Attribution) bool {
				return a.Accused.Name == "Cobalt Lynx" && slices.ContainsFunc(a.Accusers, func(p Party) bool { return p.Name == tt.party })
			}) {
				t.Errorf("want %s attributing the incident to Cobalt Lynx, got %+v", tt.party, inc.Attributions)
			}
			if tt.kind == PartyGroup && !slices.ContainsFunc(inc.Attributions, func(a Attribution) bool { return a.Accused.Name == tt.party }) {
				t.Errorf("the hacking group %s read as no culprit: %+v", tt.party, inc.Attributions)
			}
		})
	}
}

// A threat group said to be based in a state is attributed to the state;
// a company based there, or a group only near the words, is not.
func TestGroupBasedIn(t *testing.T) {
	ents := append(mentioned([]crosswire.StoryEntity{
		{Name: "Sarvonia", Kind: crosswire.KindPlace, Forms: []string{"Sarvonia"}},
	}), recallEntities...)
	tests := []struct {
		name, text string
		want       bool
	}{
		{"group was based in",
			"Greyfield Labs concluded that Cobalt Lynx was based in Sarvonia.", true},
		{"hedged, quoted",
			"Greyfield Labs said Cobalt Lynx is \"highly likely\" to be based in Sarvonia.", true},
		{"anaphor",
			"Cobalt Lynx stole the files. Analysts said the group may be based in Sarvonia.", true},
		{"company based in",
			"Greyfield Labs, which is based in Sarvonia, studied Cobalt Lynx.", false},
		{"another clause",
			"Cobalt Lynx stole files from a shipping firm, which was based in Sarvonia.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inc := extractWith(t, ents, tt.text)
			got := slices.ContainsFunc(inc.Attributions, func(a Attribution) bool {
				return a.Subject != nil && a.Subject.Name == "Cobalt Lynx" && a.Accused.Name == "Sarvonia"
			})
			if got != tt.want {
				t.Errorf("Cobalt Lynx attributed to Sarvonia: %v, want %v (%+v)", got, tt.want, inc.Attributions)
			}
		})
	}
}
