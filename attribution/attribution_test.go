package attribution

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"crosswire"
)

// render writes a claim compactly: "kind by: subject -> accused [victims]".
func render(c Claim) string {
	var b strings.Builder
	b.WriteString(string(c.Kind))
	if c.By != nil {
		b.WriteString(" " + c.By.Name)
	}
	b.WriteString(":")
	if c.Subject != nil {
		b.WriteString(" " + c.Subject.Name + " ->")
	}
	var acc []string
	for _, p := range c.Accused {
		a := p.Name + "/" + string(p.Kind)
		if p.State != "" {
			a += "@" + p.State
		}
		acc = append(acc, a)
	}
	if len(acc) > 0 {
		b.WriteString(" " + strings.Join(acc, ", "))
	}
	if len(c.Victims) > 0 {
		var v []string
		for _, p := range c.Victims {
			v = append(v, p.Name)
		}
		b.WriteString(" [" + strings.Join(v, ", ") + "]")
	}
	return b.String()
}

func extract(t *testing.T, texts ...string) *Incident {
	t.Helper()
	s := crosswire.Story{ID: "s"}
	for i, text := range texts {
		s.Articles = append(s.Articles, crosswire.Article{ID: string(rune('a' + i)), Text: text, Role: crosswire.RoleRewrite})
	}
	inc, err := New().Extract(context.Background(), &s)
	if err != nil {
		t.Fatal(err)
	}
	return inc
}

// extractWith reads a one-article story whose names the given resolved
// entities type, as the pipeline's facts stage does.
func extractWith(t *testing.T, entities []crosswire.StoryEntity, text string) *Incident {
	t.Helper()
	s := crosswire.Story{ID: "s", Entities: entities,
		Articles: []crosswire.Article{{ID: "a", Text: text, Role: crosswire.RoleOriginal}}}
	inc, err := New().Extract(context.Background(), &s)
	if err != nil {
		t.Fatal(err)
	}
	return inc
}

// All text below is invented for these tests.
func TestClaims(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // rendered claims that must be among the extracted ones
	}{
		{"attributed to, with a vendor code name",
			"The Cyber Security Centre attributed the breach of the Harbour Authority to APT41.",
			[]string{"attribution Cyber Security Centre: APT41/group [Harbour Authority]"}},
		{"blamed for, group known as",
			"Officials at the Interior Ministry blamed a hacking group known as Silent Ferret for the intrusion.",
			[]string{"attribution Interior Ministry: Silent Ferret/group"}},
		{"blamed on",
			"Kestria's government blamed the attack on Velvet Spider.",
			[]string{"attribution Kestria: Velvet Spider/group"}},
		{"metal-first group name and said was behind",
			"Investigators said Cobalt Lynx was behind the phishing campaign against Orvelle University.",
			[]string{"attribution: Cobalt Lynx/group [Orvelle University]"}},
		{"responsible for, crew-shaped name",
			"According to the firm Redwall Labs, the Midnight Team was responsible for the theft of customer data.",
			[]string{"attribution Redwall Labs: Midnight Team/group"}},
		{"group run by a service of a state, via anaphora",
			"The agency linked the intrusion to Amber Quill and said the group is run by Dravia's Military Intelligence Service.",
			[]string{"attribution: Amber Quill/group", "attribution: Amber Quill -> Military Intelligence Service/service@Dravia"}},
		{"accused X of running Y",
			"Lunaria has accused Sarvonia's State Security Bureau of running Grey Kite.",
			[]string{"attribution Lunaria: Grey Kite -> State Security Bureau/service@Sarvonia"}},
		{"held responsible",
			"The council held Unit 4471 responsible for the sabotage.",
			[]string{"attribution: Unit 4471/unit"}},
		{"denial by a state",
			"Sarvonia's foreign ministry denied the allegations.",
			[]string{"denial Sarvonia:"}},
		{"denial by a spokesman speaks for the denying state",
			"Sarvonia's embassy rejected the claims. \"This is slander,\" spokesman Ivo Marsk said.",
			[]string{"denial Sarvonia:"}},
		{"indictment then sanctions on the same men",
			"The Justice Department indicted two officers, including Captain Rolf Denner, on hacking charges. The Treasury placed the two men and Blue Ember Holdings on its sanctions list.",
			[]string{"indictment Justice Department: Rolf Denner/person", "sanction Treasury: Rolf Denner/person, Blue Ember Holdings/company"}},
		{"summoned ambassador",
			"The Foreign Office summoned Sarvonia's ambassador on Friday.",
			[]string{"summons Foreign Office: Sarvonia/state"}},
		{"acronym resolves to the full name",
			"The National Cyber Defence Office (NCDO) blamed Tin Marten for the hack. The NCDO said Tin Marten was backed by Dravia.",
			[]string{"attribution National Cyber Defence Office: Tin Marten/group", "attribution National Cyber Defence Office: Tin Marten -> Dravia/state"}},
		{"denial of another state's accusations",
			"Sarvonia rejected Kestria's accusations as fabricated.",
			[]string{"denial Sarvonia:"}},
		{"dismissing an official is not a denial",
			"Prime Minister Ada Rusk dismissed the deputy minister over the contract, and the ministry denied nothing.",
			nil},
		{"a group targeting victims, in a sentence that attributes nothing",
			"Since last spring, Cobalt Lynx has been targeting think tanks, journalists and the Harbour Authority.",
			[]string{"target: Cobalt Lynx/group [think tanks, journalists, Harbour Authority]"}},
		{"a victim breached by a group, passive",
			"A number of Vessic shipping firms were breached by APT88 in March.",
			[]string{"target: APT88/group [Vessic shipping firms]"}},
		{"victims listed without their attacker",
			"Other victims included regional newspapers and two universities.",
			[]string{"target: [newspapers, universities]"}},
		{"a company hitting nothing is no culprit",
			"Harlow Security is attacking the problem with new tools.",
			nil},
		{"held responsible for a duty is not an attribution",
			"He said the Treasury has a director responsible for ensuring the data is protected.",
			nil},
		{"the subject of an active sanction imposes it",
			"The Treasury placed sanctions on Blue Ember Holdings.",
			[]string{"sanction Treasury: Blue Ember Holdings/company"}},
		{"two accusers joined by and",
			"Harlow Security and Brightline Labs said APT88 conducted the intrusion.",
			[]string{"attribution Harlow Security: APT88/group", "attribution Brightline Labs: APT88/group"}},
		{"the author of a report describing a group",
			"Harlow Security released a report naming Cobalt Lynx, a suspected Chinese hacking group.",
			[]string{"attribution Harlow Security: Cobalt Lynx -> China/state"}},
		{"a group described by a report, and attributed in an apposition",
			"The e-mail uses a technique that a Harlow Security report linked last week to Cobalt Lynx, an ongoing espionage campaign frequently attributed to Russian intelligence operations.",
			[]string{"attribution Harlow Security: Cobalt Lynx/group", "attribution Harlow Security: Cobalt Lynx -> Russia/state"}},
		{"a state's adjective before a common noun names no party",
			"Two Italian siblings stand accused of having spied on politicians.",
			nil},
		{"the speaker of a reported clause is not who hit the victims",
			"Unit 42 said the attacks had targeted banks in the region.",
			nil},
		{"sharing responsibility names no culprit",
			"Harlow believes others should share responsibility for the attack.",
			nil},
		{"a participle after a noun: the speaker makes the attribution",
			"Ada Vell, head of research at Harlow Security, told the Post that Cobalt Lynx, a group tied to the Foreign Intelligence Directorate, was behind the leak.",
			[]string{"attribution Harlow Security: Cobalt Lynx -> Foreign Intelligence Directorate/service"}},
		{"denying it was behind",
			"The Estmark government has denied it was behind any such attacks.",
			[]string{"denial Estmark:"}},
		{"infrastructure tied to a state does not attribute the group",
			"Harlow Security said Cobalt Lynx uses infrastructure tied to Estmark.",
			nil},
		{"a group's known targets",
			"Cobalt Lynx is a threat actor whose known targets include military personnel, government officials and think tanks.",
			[]string{"target: [military personnel, government officials, think tanks]"}},
		{"a victim list past an acronym in brackets, a state's government as written",
			"Since May, Cobalt Lynx has been targeting the Harbour Authority (HA), the Ministry of Trade and the Chinese government.",
			[]string{"target: Cobalt Lynx/group [Harbour Authority, Ministry of Trade, Chinese government]"}},
		{"hacked into",
			"Last year, Cobalt Lynx hacked into the Harbour Authority's database.",
			[]string{"target: Cobalt Lynx/group [Harbour Authority]"}},
		{"the author of a report, written with its acronym",
			"Last year the National Cyber Centre (NCC) released a report naming Cobalt Lynx, a suspected Chinese hacking group.",
			[]string{"attribution National Cyber Centre: Cobalt Lynx -> China/state"}},
		{"a list of accusers: each makes the attribution",
			"Norland, Estmark and Dravia on Monday accused Cobalt Lynx of breaking into the Harbour Authority.",
			[]string{"attribution Norland: Cobalt Lynx/group", "attribution Estmark: Cobalt Lynx/group", "attribution Dravia: Cobalt Lynx/group"}},
		{"places after a preposition are no accusers",
			"After intrusions in Norland, Estmark and Dravia, investigators blamed Cobalt Lynx.",
			[]string{"attribution: Cobalt Lynx/group [Norland, Estmark, Dravia]"}},
		{"named as the culprit",
			"The Cyber Security Centre named Cobalt Lynx, a little-known group, as the culprit behind the breach.",
			[]string{"attribution Cyber Security Centre: Cobalt Lynx/group"}},
		{"blamed X for the incident, on behalf of a sponsor",
			"The Cyber Security Centre blamed Cobalt Lynx for the breach, saying the group acts on behalf of Dravia's Signals Bureau.",
			[]string{"attribution Cyber Security Centre: Cobalt Lynx/group"}},
		{"led X and Y to conclude: both speak",
			"Timing evidence led Harlow Security and Redwall Labs to conclude that Cobalt Lynx was based in Dravia.",
			[]string{"attribution Harlow Security: Cobalt Lynx -> Dravia/state", "attribution Redwall Labs: Cobalt Lynx -> Dravia/state"}},
		{"a denial in the passive",
			"The agency blamed Cobalt Lynx for the breach. This was denied by Estmark.",
			[]string{"denial Estmark:"}},
		{"earlier attacks a relative clause links are not the story's",
			"Harlow Security saw a likeness between Cobalt Lynx's tools and previous attacks that have been linked to Estmark.",
			nil},
		{"a named victim among the targets",
			"Officials said the Harbour Authority was among the targets of the phishing campaign.",
			[]string{"target: [Harbour Authority]"}},
		{"indicted officers of a service: the authority blames the service",
			"The Justice Department indicted two GRU officers, Anton Velkov and Oleg Marin, over the breach.",
			[]string{"indictment Justice Department: Anton Velkov/person, Oleg Marin/person", "attribution Justice Department: GRU/service"}},
		{"affiliated with, in the claim of a possessive author",
			"Harlow Security's earlier claim that Cobalt Lynx is affiliated with the Signals Directorate was disputed.",
			[]string{"attribution Harlow Security: Cobalt Lynx -> Signals Directorate/government"}},
		{"a false flag is no culprit; a curly possessive qualifies the victim",
			"Cobalt Lynx, posing as the “Night Wardens”, attacked Estmark’s Harbour Authority.",
			[]string{"target: Cobalt Lynx/group [Harbour Authority]"}},
		{"a bracketed pointer to another article is no claim",
			"Investigators are still at work (see Report: Norland Links Cobalt Lynx to Estmark, Imposes Sanctions).",
			nil},
		{"the agents of a passive verb of discovery, and their partner",
			"Cobalt Lynx ran the phishing campaign. The group was discovered by Redwall Labs and Harlow Security, working alongside the National Cyber Centre.",
			[]string{"attribution Redwall Labs: Cobalt Lynx/group", "attribution Harlow Security: Cobalt Lynx/group", "attribution National Cyber Centre: Cobalt Lynx/group"}},
		{"identifying something of a group is not identifying the group",
			"Researchers at Redwall Labs helped identify Cobalt Lynx's servers in 2015.",
			nil},
		{"'the firms' are the companies listed last; 'link X with Y'",
			"The findings add to work released by organisations including Redwall, Quorix and Harlow Security. The firms continue to link Cobalt Lynx with the Signals Directorate.",
			[]string{"attribution Redwall: Cobalt Lynx -> Signals Directorate/government", "attribution Quorix: Cobalt Lynx -> Signals Directorate/government", "attribution Harlow Security: Cobalt Lynx -> Signals Directorate/government"}},
		{"a relational victim with its complement, IT an acronym",
			"Cobalt Lynx has been targeting providers of managed IT services as a way into their clients.",
			[]string{"target: Cobalt Lynx/group [providers of managed IT services]"}},
		{"a generic victim with a vague word names nobody",
			"Cobalt Lynx has been targeting certain organisations.",
			nil},
		{"whom something is told is no speaker",
			"Redwall Labs told the Courier that Cobalt Lynx was behind the breach.",
			[]string{"attribution Redwall Labs: Cobalt Lynx/group"}},
		{"a denied event is not an attribution",
			"The agency did not attribute the outage to any group.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			inc := extract(t, tc.text)
			var got []string
			for _, c := range inc.Claims {
				got = append(got, render(c))
			}
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %q\ngot %q", w, got)
				}
			}
			if tc.want == nil && len(got) > 0 {
				t.Errorf("want no claims, got %q", got)
			}
		})
	}
}

// Every span must be the exact bytes of the article it names.
func TestSpansPointIntoText(t *testing.T) {
	s := kalderaStory(t)
	inc, err := New().Extract(context.Background(), &s)
	if err != nil {
		t.Fatal(err)
	}
	text := map[string]string{}
	for _, a := range s.Articles {
		text[a.ID] = a.Text
	}
	check := func(what string, sp crosswire.Span) {
		t.Helper()
		if sp.Start < 0 || sp.End > len(text[sp.Article]) || sp.Start > sp.End || text[sp.Article][sp.Start:sp.End] != sp.Text {
			t.Errorf("%s: span %+v is not article text", what, sp)
		}
	}
	for _, c := range inc.Claims {
		check("claim", c.Span)
		check("trigger", c.Trigger)
		for _, p := range append(append([]Party(nil), c.Accused...), c.Victims...) {
			check(p.Name, p.Span)
		}
		if c.By != nil {
			check(c.By.Name, c.By.Span)
		}
		for _, a := range c.Actions {
			check(a.Name, a.Span)
		}
	}
	if len(inc.Claims) < 10 {
		t.Errorf("only %d claims", len(inc.Claims))
	}
}

func kalderaStory(t *testing.T) crosswire.Story {
	t.Helper()
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	wire := "wire"
	return crosswire.Story{ID: "kaldera", Articles: []crosswire.Article{
		{ID: "wire", Text: read("kaldera-wire.txt"), Role: crosswire.RoleOriginal},
		{ID: "copy", Text: read("kaldera-wire.txt"), Role: crosswire.RoleCopy, DerivedFrom: &wire},
		{ID: "copy-of-copy", Text: read("kaldera-wire.txt"), Role: crosswire.RoleCopy, DerivedFrom: ptr("copy")},
		{ID: "rewrite", Text: read("kaldera-rewrite.txt"), Role: crosswire.RoleRewrite, DerivedFrom: &wire},
		{ID: "firm", Text: read("kaldera-contested.txt"), Role: crosswire.RoleRewrite},
	}}
}

func ptr(s string) *string { return &s }

func TestAlignment(t *testing.T) {
	s := kalderaStory(t)
	inc, err := New().Extract(context.Background(), &s)
	if err != nil {
		t.Fatal(err)
	}
	find := func(subject, accused string) *Attribution {
		for i, a := range inc.Attributions {
			if subjectKey(a.Subject) == nameKey(subject) && a.Accused.Key() == nameKey(accused) {
				return &inc.Attributions[i]
			}
		}
		return nil
	}
	tests := []struct {
		name              string
		subject, accused  string
		support           int
		contested, denied bool
	}{
		// wire and its copies count once: wire, rewrite, firm
		{"incident to group", "", "Ashen Mantis", 3, false, false},
		{"group to the service the wire names", "Ashen Mantis", "General Intelligence Service", 2, true, true},
		{"group to the service the firm names", "Ashen Mantis", "Foreign Intelligence Service", 1, true, false},
		// a structure edge ("Morvania's General Intelligence Service")
		// says what the service is: the denial of the accusations does
		// not dispute it (it contests the group's edge to the service)
		{"service to its state", "General Intelligence Service", "Morvania", 2, false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := find(tc.subject, tc.accused)
			if a == nil {
				t.Fatalf("no attribution %q → %q", tc.subject, tc.accused)
			}
			if a.Support != tc.support || a.Contested() != tc.contested || (len(a.DeniedBy) > 0) != tc.denied {
				t.Errorf("support %d contested %v denied %v, want %d %v %v", a.Support, a.Contested(), a.DeniedBy, tc.support, tc.contested, tc.denied)
			}
		})
	}
	t.Run("responses", func(t *testing.T) {
		var got []string
		for _, r := range inc.Responses {
			got = append(got, string(r.Kind)+" "+r.By.Name+" → "+r.Target.Name+" "+string(rune('0'+r.Support)))
		}
		for _, w := range []string{
			"indictment Office of the State Prosecutor → Leon Varga 2",
			"sanction Foreign Ministry → Leon Varga 2",
			"sanction Foreign Ministry → Grey Orchard Trading 2",
			"summons Foreign Ministry → Morvania 1",
		} {
			if !slices.Contains(got, w) {
				t.Errorf("missing %q in %q", w, got)
			}
		}
	})
	t.Run("victim", func(t *testing.T) {
		if len(inc.Targets) != 1 || inc.Targets[0].Victim.Key() != nameKey("Ministry of Energy") || inc.Targets[0].Support != 3 {
			t.Errorf("targets %+v", inc.Targets)
		}
	})
}

// Versions that name different culprits contest each other; a version
// naming both does not.
func TestRivalCulprits(t *testing.T) {
	tests := []struct {
		name     string
		versions []string
		rivals   map[string]bool // accused → contested
	}{
		{"two versions, two groups",
			[]string{"The Cyber Centre blamed APT88 for the breach of the Port Authority.",
				"Harlow Security said the breach of the Port Authority was carried out by Rust Spider."},
			map[string]bool{"APT88": true, "Rust Spider": true}},
		{"one version names both, another one of them",
			[]string{"The Cyber Centre blamed APT88 and said Rust Spider was behind the breach.",
				"The Cyber Centre blamed APT88 for the breach."},
			map[string]bool{"APT88": false, "Rust Spider": false}},
		{"agreeing versions",
			[]string{"The Cyber Centre blamed APT88 for the breach.", "APT88 was behind the breach, the Cyber Centre said."},
			map[string]bool{"APT88": false}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			inc := extract(t, tc.versions...)
			got := map[string]bool{}
			for _, a := range inc.Attributions {
				if a.Subject == nil {
					got[a.Accused.Name] = a.Contested()
				}
			}
			for acc, contested := range tc.rivals {
				c, ok := got[acc]
				if !ok || c != contested {
					t.Errorf("%s: found %v contested %v, want contested %v (all: %v)", acc, ok, c, contested, got)
				}
			}
		})
	}
}

// The story's resolved entities type the names once: attribution reads
// their kinds and forms instead of typing the names again.
func TestEntities(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		entities []crosswire.StoryEntity
		want     []string // rendered claims that must be among the extracted ones
		not      []string // rendered claims that must not be
	}{
		{"a person is no threat group",
			"The agency blamed Ada Rusk for the hack of the Harbour Authority.",
			[]crosswire.StoryEntity{{Kind: crosswire.KindPerson, Name: "Ada Rusk", Forms: []string{"Ada Rusk"}, Mentions: make([]crosswire.Span, 1)}},
			nil, []string{"attribution: Ada Rusk/group"}},
		{"a name ATT&CK knows is a group even where the entities call it a person",
			"Harlow Security said Pawn Storm breached the Harbour Authority.",
			[]crosswire.StoryEntity{{Kind: crosswire.KindPerson, Name: "Pawn Storm", Forms: []string{"Pawn Storm"}, Mentions: make([]crosswire.Span, 1)}},
			[]string{"attribution Harlow Security: Pawn Storm/group"}, nil},
		{"a misspelt form is the entity's canonical name",
			"The Justice Department indicted Captain Rolf Denner. The Treasury sanctioned Rolf Dener.",
			[]crosswire.StoryEntity{{Kind: crosswire.KindPerson, Name: "Rolf Denner", Forms: []string{"Rolf Denner", "Rolf Dener"}, Mentions: make([]crosswire.Span, 2)}},
			[]string{"indictment Justice Department: Rolf Denner/person", "sanction Treasury: Rolf Denner/person"}, nil},
		{"a name typed a group by one version and a person by others is a group",
			"The Cyber Defence Agency blamed a hacking group known as Ashen Mantis for the breach.",
			[]crosswire.StoryEntity{
				{Kind: crosswire.KindGroup, Name: "Ashen Mantis", Forms: []string{"Ashen Mantis"}, Mentions: make([]crosswire.Span, 1)},
				{Kind: crosswire.KindPerson, Name: "Ashen Mantis", Forms: []string{"Ashen Mantis"}, Mentions: make([]crosswire.Span, 2)}},
			[]string{"attribution Cyber Defence Agency: Ashen Mantis/group"}, nil},
		{"a tool is no threat group",
			"Harlow Security said the Cobalt Lynx ransomware hit the Harbour Authority.",
			nil, nil, []string{"attribution Harlow Security: Cobalt Lynx/group", "target: Cobalt Lynx/group [Harbour Authority]"}},
		{"where a group is based is not who backs it",
			"The Vessburg-based Cobalt Lynx group breached the port.",
			nil, []string{"target: Cobalt Lynx/group [port]"}, []string{"attribution: Cobalt Lynx -> Vessburg/state"}},
		{"a company the entities hold is no state",
			"While the update fixes many flaws, Harlow is blaming third-party components for the outage.",
			[]crosswire.StoryEntity{{Kind: crosswire.KindOrg, Name: "Harlow", Forms: []string{"Harlow"}, Mentions: make([]crosswire.Span, 1)}},
			nil, []string{"attribution: Harlow/state"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			inc := extractWith(t, tc.entities, tc.text)
			var got []string
			for _, c := range inc.Claims {
				got = append(got, render(c))
			}
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %q\ngot %q", w, got)
				}
			}
			for _, n := range tc.not {
				if slices.Contains(got, n) {
					t.Errorf("unwanted %q", n)
				}
			}
		})
	}
}

// A group news names without its trailing "Group" is the ATT&CK group of
// that name.
func TestShortGroupName(t *testing.T) {
	inc := extract(t, "The hacking group Lazarus breached the Harbour Authority, Harlow Security said.")
	for _, c := range inc.Claims {
		for _, p := range c.Accused {
			if p.Key() == nameKey("Lazarus") {
				if p.Attack == nil || p.Attack.Name != "Lazarus Group" {
					t.Errorf("Lazarus resolves to %+v, want ATT&CK's Lazarus Group", p.Attack)
				}
				return
			}
		}
	}
	t.Errorf("no claim names Lazarus: %+v", inc.Claims)
}

// The short form of a group the story also writes in full ("the Lazarus
// Group" … "reused by Lazarus") is the group, even when the entities type
// the short form a place (a word that is also a town's name).
func TestShortGroupNameTypedPlace(t *testing.T) {
	es := []crosswire.StoryEntity{
		{ID: "e1", Kind: crosswire.KindGroup, Name: "Lazarus Group", Forms: []string{"Lazarus Group"}},
		{ID: "e2", Kind: crosswire.KindPlace, Name: "Lazarus", Forms: []string{"Lazarus"}},
		{ID: "e3", Kind: crosswire.KindOrg, Name: "Harlow Security", Forms: []string{"Harlow Security"}},
	}
	inc := extractWith(t, es, "The phishing campaign is the work of the Lazarus Group, analysts say. Harlow Security said the code was reused by Lazarus.")
	for _, c := range inc.Claims {
		if c.Kind != ClaimAttribution || c.By == nil || c.By.Name != "Harlow Security" {
			continue
		}
		for _, p := range c.Accused {
			if p.Attack != nil && p.Attack.Name == "Lazarus Group" {
				return
			}
		}
	}
	t.Errorf("Harlow Security does not attribute the incident to ATT&CK's Lazarus Group: %+v", inc.Claims)
}

// A state denying contests the attribution of a group to the service the
// story says is the state's (here by the service's description).
func TestDenialOfTheRunner(t *testing.T) {
	inc := extract(t, "Harlow Security said Cobalt Lynx is run by the Foreign Intelligence Directorate, the Russian intelligence service. "+
		"Russia denied it was behind the attacks.")
	found := false
	for _, a := range inc.Attributions {
		if a.Subject != nil && a.Subject.Name == "Cobalt Lynx" {
			found = true
			if len(a.DeniedBy) == 0 {
				t.Errorf("%s -> %s not contested by Russia's denial", a.Subject.Name, a.Accused.Name)
			}
		}
	}
	if !found {
		t.Fatalf("no attribution of Cobalt Lynx: %+v", inc.Attributions)
	}
}

// An indictment blames the service its defendants are written as officers
// of, and only that: agents of another body named away from them are the
// investigators. The text is invented.
func TestIndictedOfficers(t *testing.T) {
	tests := []struct {
		name, text string
		blamed     string // the attribution claim's accused; "" for none
	}{
		{"officers of a service", "The Justice Department indicted two officers of the GRU, Anton Velkov and Oleg Marin, over the breach.", "GRU"},
		{"investigators away from the defendant", "The Justice Department indicted Anton Velkov, a software engineer from Marlow, after FBI agents searched his home.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			blamed := ""
			indicted := false
			for _, c := range extract(t, tc.text).Claims {
				switch c.Kind {
				case ClaimAttribution:
					blamed = c.Accused[0].Name
				case ClaimIndictment:
					indicted = true
				}
			}
			if !indicted || blamed != tc.blamed {
				t.Errorf("indicted %v, blamed %q; want an indictment, blamed %q", indicted, blamed, tc.blamed)
			}
		})
	}
}

// A one-word name is the company the story writes with it and company
// head words only, when exactly one such name is written.
func TestShortForms(t *testing.T) {
	tests := []struct {
		name  string
		names []string
		want  map[string]string
	}{
		{"one long form", []string{"Redwall", "Redwall Labs", "Harlow Security"}, map[string]string{"Redwall": "Redwall Labs", "Harlow": "Harlow Security"}},
		{"two long forms: none", []string{"Redwall Labs", "Redwall Systems"}, map[string]string{}},
		{"not only head words", []string{"Redwall Harbour Authority"}, map[string]string{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := shortForms(tc.names)
			if len(got) != len(tc.want) {
				t.Fatalf("shortForms(%q) = %v, want %v", tc.names, got, tc.want)
			}
			for k, v := range tc.want {
				if got[k] != v {
					t.Errorf("shortForms(%q)[%q] = %q, want %q", tc.names, k, got[k], v)
				}
			}
		})
	}
}

// A state's place entity as the subject of an accusation speaks for its
// government ("The attack, which the U.S. has blamed on …").
func TestPlaceStateAccuses(t *testing.T) {
	es := []crosswire.StoryEntity{
		{ID: "e1", Kind: crosswire.KindPlace, Name: "U.S.", Forms: []string{"U.S."}},
		{ID: "e2", Kind: crosswire.KindPlace, Name: "North Korea", Forms: []string{"North Korea"}},
	}
	inc := extractWith(t, es, "The ransomware attack, which the U.S. has blamed on North Korea, shut down hospitals.")
	for _, c := range inc.Claims {
		if c.Kind == ClaimAttribution && c.By != nil && c.By.Name == "United States" {
			return
		}
	}
	var got []string
	for _, c := range inc.Claims {
		got = append(got, render(c))
	}
	t.Errorf("the United States makes no attribution: %q", got)
}
