package crosscheck

import (
	"context"
	"errors"
	"strings"
	"testing"

	"crosswire"
)

// TestDiscrepancyFound checks that each kind of planted contradiction is
// found, with its kind, severity, subject and the spans of both sides.
func TestDiscrepancyFound(t *testing.T) {
	cases := []struct {
		name     string
		vs       []version
		kind     crosswire.DiscrepancyKind
		severity crosswire.Severity
		subject  string   // substring of the subject
		values   []string // every variant value, in any order
	}{
		{
			name: "misspelt name", kind: crosswire.DiscName, severity: crosswire.SeverityHigh, subject: "name of the",
			values: []string{"Dana Keller", "Dana Kellner"},
			vs: []version{
				{id: "a", text: "Deputy Interior Minister Dana Keller resigned on Monday. Keller denied any wrongdoing.", facts: []factSpec{person("Dana Keller", "Dana Keller", "Deputy Interior Minister"), person("Keller", "Keller", "")}},
				{id: "b", role: crosswire.RoleRewrite, from: "a", text: "Dana Kellner, the deputy interior minister, stepped down on Monday. Kellner rejected the accusations.", facts: []factSpec{person("Dana Kellner", "Dana Kellner", "deputy interior minister"), person("Kellner", "Kellner", "")}},
			},
		},
		{
			name: "misspelt surname without title", kind: crosswire.DiscName, severity: crosswire.SeverityHigh, subject: "Hanne Rostad",
			values: []string{"Hanne Rostad", "Hanne Rostadt"},
			vs: []version{
				{id: "a", text: "The engineer Hanne Rostad inspected the dam before it failed.", facts: []factSpec{person("Hanne Rostad", "Hanne Rostad", "")}},
				{id: "b", role: crosswire.RoleRewrite, text: "Engineer Hanne Rostadt had inspected the dam before the failure.", facts: []factSpec{person("Hanne Rostadt", "Hanne Rostadt", "")}},
			},
		},
		{
			name: "different portfolio", kind: crosswire.DiscRole, severity: crosswire.SeverityHigh, subject: "role of Dana Keller",
			values: []string{"Deputy Interior Minister", "Deputy Justice Minister"},
			vs: []version{
				{id: "a", text: "Deputy Interior Minister Dana Keller signed the contract.", facts: []factSpec{person("Dana Keller", "Dana Keller", "Deputy Interior Minister")}},
				{id: "b", role: crosswire.RoleRewrite, text: "Deputy Justice Minister Dana Keller signed the deal.", facts: []factSpec{person("Dana Keller", "Dana Keller", "Deputy Justice Minister")}},
			},
		},
		{
			name: "rank dropped", kind: crosswire.DiscRole, severity: crosswire.SeverityMedium, subject: "Ines Farrow",
			values: []string{"Director", "Deputy Director"},
			vs: []version{
				{id: "a", text: "Director Ines Farrow presented the findings.", facts: []factSpec{person("Ines Farrow", "Ines Farrow", "Director")}},
				{id: "b", role: crosswire.RoleRewrite, text: "Deputy Director Ines Farrow presented the report.", facts: []factSpec{person("Ines Farrow", "Ines Farrow", "Deputy Director")}},
			},
		},
		{
			name: "figure changed", kind: crosswire.DiscNumber, severity: crosswire.SeverityHigh, subject: "people evacuated",
			values: []string{"5,000 people", "500 people"},
			vs: []version{
				{id: "a", text: "Officials said 5,000 people were evacuated from the valley.", facts: []factSpec{num("5,000 people", 5000, 0, "", "people")}},
				{id: "b", role: crosswire.RoleTranslation, text: "Officials have said that 500 people were evacuated from the valley.", facts: []factSpec{num("500 people", 500, 0, "", "people")}},
			},
		},
		{
			name: "vague figure contradicts", kind: crosswire.DiscNumber, severity: crosswire.SeverityHigh, subject: "people",
			values: []string{"More than 1,000 people", "Tens of thousands of people"},
			vs: []version{
				{id: "a", text: "More than 1,000 people were evacuated from the valley.", facts: []factSpec{num("More than 1,000 people", 1000, 0, "more than", "people")}},
				{id: "b", role: crosswire.RoleRewrite, text: "Tens of thousands of people were evacuated from the valley.", facts: []factSpec{num("Tens of thousands of people", 10000, 99999, "", "people")}},
			},
		},
		{
			name: "period shifted", kind: crosswire.DiscDate, severity: crosswire.SeverityHigh, subject: "period of the intrusions",
			values: []string{"2017 to 2018", "2016 and 2017"},
			vs: []version{
				{id: "a", text: "The intrusions lasted from 2017 to 2018, the agency said.", facts: []factSpec{date("2017 to 2018", "2017-01-01", "2018-12-31", "year", "intrusions")}},
				{id: "b", role: crosswire.RoleTranslation, text: "The intrusions took place in 2016 and 2017, said the agency.", facts: []factSpec{date("2016 and 2017", "2016-01-01", "2017-12-31", "year", "intrusions")}},
			},
		},
		{
			name: "month shifted without event", kind: crosswire.DiscDate, severity: crosswire.SeverityHigh, subject: "month (contract signed)",
			values: []string{"September 2021", "September 2020"},
			vs: []version{
				{id: "a", text: "The contract was signed in September 2021 by the ministry.", facts: []factSpec{date("September 2021", "2021-09-01", "2021-09-30", "month", "")}},
				{id: "b", role: crosswire.RoleTranslation, text: "The contract has been signed in September 2020 by the ministry.", facts: []factSpec{date("September 2020", "2020-09-01", "2020-09-30", "month", "")}},
			},
		},
		{
			name: "quote evaluation flipped", kind: crosswire.DiscQuote, severity: crosswire.SeverityHigh, subject: "quote by Mara Lind",
			values: []string{"The inquiry is an encouraging sign for our democracy", "The inquiry is an error for our democracy"},
			vs: []version{
				{id: "a", text: `"The inquiry is an encouraging sign for our democracy," said Mara Lind.`, facts: []factSpec{person("Mara Lind", "Mara Lind", ""), quote("The inquiry is an encouraging sign for our democracy", "Mara Lind")}},
				{id: "b", role: crosswire.RoleTranslation, text: `"The inquiry is an error for our democracy," has declared Mara Lind.`, facts: []factSpec{person("Mara Lind", "Mara Lind", ""), quote("The inquiry is an error for our democracy", "Mara Lind")}},
			},
		},
		{
			name: "quote negation added", kind: crosswire.DiscQuote, severity: crosswire.SeverityHigh, subject: "Ivo Petran",
			vs: []version{
				{id: "a", text: `"We will rebuild the bridge this year," the mayor Ivo Petran said.`, facts: []factSpec{person("Ivo Petran", "Ivo Petran", "mayor"), quote("We will rebuild the bridge this year", "Ivo Petran")}},
				{id: "b", role: crosswire.RoleRewrite, text: `"We will not rebuild the bridge this year," said Ivo Petran, the mayor.`, facts: []factSpec{person("Ivo Petran", "Ivo Petran", "mayor"), quote("We will not rebuild the bridge this year", "Ivo Petran")}},
			},
		},
		{
			name: "quote reworded", kind: crosswire.DiscQuote, severity: crosswire.SeverityLow, subject: "quote by Tomas Lind",
			vs: []version{
				{id: "a", text: `"We will not leave a single family without a roof," Tomas Lind said.`, facts: []factSpec{person("Tomas Lind", "Tomas Lind", ""), quote("We will not leave a single family without a roof", "Tomas Lind")}},
				{id: "b", role: crosswire.RoleTranslation, text: `"We will leave no family without a roof," said Tomas Lind.`, facts: []factSpec{person("Tomas Lind", "Tomas Lind", ""), quote("We will leave no family without a roof", "Tomas Lind")}},
			},
		},
		{
			name: "outcome negated", kind: crosswire.DiscOutcome, severity: crosswire.SeverityHigh, subject: "network",
			vs: []version{
				{id: "a", text: "The hackers breached the ministry network in March.", facts: []factSpec{claim("breached the ministry network", "The hackers", "breach", "the ministry network", false)}},
				{id: "b", role: crosswire.RoleRewrite, text: "The hackers did not breach the ministry network in March.", facts: []factSpec{claim("did not breach the ministry network", "The hackers", "breach", "the ministry network", true)}},
			},
		},
		{
			name: "outcome opposed verbs", kind: crosswire.DiscOutcome, severity: crosswire.SeverityHigh, subject: "officer",
			vs: []version{
				{id: "a", text: "The court convicted the officer on Friday.", facts: []factSpec{claim("convicted the officer", "The court", "convict", "the officer", false)}},
				{id: "b", role: crosswire.RoleRewrite, text: "The court acquitted the officer on Friday.", facts: []factSpec{claim("acquitted the officer", "The court", "acquit", "the officer", false)}},
			},
		},
		{
			name: "stance reversed", kind: crosswire.DiscClaim, severity: crosswire.SeverityHigh, subject: "ministry",
			vs: []version{
				{id: "a", text: "The ministry confirmed the breach on Tuesday.", facts: []factSpec{org("The ministry", "ministry"), claim("confirmed the breach", "The ministry", "confirm", "the breach", false)}},
				{id: "b", role: crosswire.RoleRewrite, text: "The ministry denied the breach on Tuesday.", facts: []factSpec{org("The ministry", "ministry"), claim("denied the breach", "The ministry", "deny", "the breach", false)}},
			},
		},
		{
			name: "different actor", kind: crosswire.DiscClaim, severity: crosswire.SeverityHigh, subject: "who breach",
			vs: []version{
				{id: "a", text: "Glass Heron breached the trade ministry, the agency said.", facts: []factSpec{group("Glass Heron", "Glass Heron"), claim("breached the trade ministry", "Glass Heron", "breach", "the trade ministry", false)}},
				{id: "b", role: crosswire.RoleRewrite, text: "Copper Moth breached the trade ministry, the agency said.", facts: []factSpec{group("Copper Moth", "Copper Moth"), claim("breached the trade ministry", "Copper Moth", "breach", "the trade ministry", false)}},
			},
		},
		{
			name: "subhead contradicts body", kind: crosswire.DiscInternal, severity: crosswire.SeverityHigh, subject: "subhead",
			vs: []version{
				{id: "a", subs: []string{"Tens of thousands of people evacuated"}, text: "More than 1,000 people were evacuated on Sunday, the police said.", facts: []factSpec{num("More than 1,000 people", 1000, 0, "more than", "people")}},
			},
		},
		{
			name: "one version states two figures", kind: crosswire.DiscInternal, severity: crosswire.SeverityMedium, subject: "within one version",
			vs: []version{
				{id: "a", text: "Rescuers said 40 people were evacuated from the flooded valley on Sunday. Police later said 400 people were evacuated from the flooded valley on Sunday.", facts: []factSpec{num("40 people", 40, 0, "", "people"), num("400 people", 400, 0, "", "people")}},
			},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d, st := firstDiscrepancy(t, tc.kind, tc.vs...)
			if d.Severity != tc.severity {
				t.Errorf("severity = %s, want %s;%s", d.Severity, tc.severity, dump(st))
			}
			if !strings.Contains(d.Subject, tc.subject) {
				t.Errorf("subject = %q, want it to contain %q", d.Subject, tc.subject)
			}
			if tc.values != nil {
				got := map[string]bool{}
				for _, v := range d.Variants {
					got[v.Value] = true
				}
				for _, v := range tc.values {
					if !got[v] {
						t.Errorf("variant %q missing;%s", v, dump(st))
					}
				}
			}
			if d.Score <= 0 {
				t.Errorf("score = %v, want > 0", d.Score)
			}
			for _, f := range st.Facts {
				if f.Status == crosswire.StatusConflicting {
					return
				}
			}
			if tc.severity == crosswire.SeverityHigh && tc.kind != crosswire.DiscInternal {
				t.Errorf("no conflicting fact for a high discrepancy: %+v", st.Facts)
			}
		})
	}
}

// TestParaphraseNotFlagged checks that paraphrases of one fact are not
// reported as contradictions (at most a low quote rewording).
func TestParaphraseNotFlagged(t *testing.T) {
	cases := []struct {
		name string
		vs   []version
		// maxLowQuotes is how many low quote discrepancies are tolerated.
		lowQuoteOK bool
	}{
		{name: "acronym and long form", vs: []version{
			{id: "a", text: "The National Cyber Security Agency (NCSA) blamed Glass Heron.", facts: []factSpec{org("National Cyber Security Agency", "National Cyber Security Agency"), org("NCSA", "NCSA")}},
			{id: "b", role: crosswire.RoleRewrite, text: "The NCSA said Glass Heron was behind it.", facts: []factSpec{org("NCSA", "NCSA")}},
		}},
		{name: "reordered organisation name", vs: []version{
			{id: "a", text: "The Office of the Prosecutor General charged her.", facts: []factSpec{org("Office of the Prosecutor General", "Office of the Prosecutor General")}},
			{id: "b", role: crosswire.RoleRewrite, text: "The Prosecutor General's Office brought charges.", facts: []factSpec{org("Prosecutor General's Office", "Prosecutor General's Office")}},
		}},
		{name: "demonym and country", vs: []version{
			{id: "a", text: "She is the first Norlandic government member to be charged.", facts: []factSpec{group("Norlandic", "Norlandic")}},
			{id: "b", role: crosswire.RoleRewrite, text: "She is the first member of a Norland government to face charges.", facts: []factSpec{place("Norland", "Norland")}},
		}},
		{name: "nine-year and nine years", vs: []version{
			{id: "a", text: "She faces up to nine years in prison if convicted.", facts: []factSpec{num("up to nine years", 9, 0, "up to", "year")}},
			{id: "b", role: crosswire.RoleRewrite, text: "If convicted she faces a nine-year prison term.", facts: []factSpec{num("nine-year", 9, 0, "", "year")}},
		}},
		{name: "digits and words", vs: []version{
			{id: "a", text: "Investigators searched 7 regional police stations on Wednesday.", facts: []factSpec{num("7 regional police stations", 7, 0, "", "station")}},
			{id: "b", role: crosswire.RoleRewrite, text: "On Wednesday investigators searched seven regional police stations.", facts: []factSpec{num("seven regional police stations", 7, 0, "", "station")}},
		}},
		{name: "more than and over", vs: []version{
			{id: "a", text: "More than 5,000 people were evacuated from the valley.", facts: []factSpec{num("More than 5,000 people", 5000, 0, "more than", "people")}},
			{id: "b", role: crosswire.RoleRewrite, text: "Over 5,000 residents were evacuated from the valley.", facts: []factSpec{num("Over 5,000 residents", 5000, 0, "over", "resident")}},
		}},
		{name: "about and exact", vs: []version{
			{id: "a", text: "About 5,000 households lost power on Saturday.", facts: []factSpec{num("About 5,000 households", 5000, 0, "about", "household")}},
			{id: "b", role: crosswire.RoleRewrite, text: "On Saturday 5,000 households lost power.", facts: []factSpec{num("5,000 households", 5000, 0, "", "household")}},
		}},
		{name: "rounded figure", vs: []version{
			{id: "a", text: "Profits rose to 1.13bn crowns in the year.", facts: []factSpec{num("1.13bn crowns", 1.13e9, 0, "", "crown")}},
			{id: "b", role: crosswire.RoleRewrite, text: "Profits rose to 1.1bn crowns over the year.", facts: []factSpec{num("1.1bn crowns", 1.1e9, 0, "", "crown")}},
		}},
		{name: "overlapping ranges", vs: []version{
			{id: "a", text: "Between 200 and 300 soldiers were deployed to the border.", facts: []factSpec{num("Between 200 and 300 soldiers", 200, 300, "", "soldier")}},
			{id: "b", role: crosswire.RoleRewrite, text: "Some 250 to 350 soldiers were deployed to the border.", facts: []factSpec{num("250 to 350 soldiers", 250, 350, "", "soldier")}},
		}},
		{name: "detail in one version only", vs: []version{
			{id: "a", text: "Keller was dismissed on Thursday.", facts: []factSpec{person("Keller", "Dana Keller", "")}},
			{id: "b", role: crosswire.RoleRewrite, text: "Keller, who had worked at the ministry for 16 years, lost her post on Thursday.", facts: []factSpec{person("Keller", "Dana Keller", ""), num("16 years", 16, 0, "", "year")}},
		}},
		{name: "different figures of different things", vs: []version{
			{id: "a", text: "Floods killed 14 people in the town.", facts: []factSpec{num("14 people", 14, 0, "", "people")}},
			{id: "b", role: crosswire.RoleRewrite, text: "About 2,300 people were forced from their homes.", facts: []factSpec{num("2,300 people", 2300, 0, "about", "people")}},
		}},
		{name: "title reordered", vs: []version{
			{id: "a", text: "Interior Minister Sofia Lenz ordered a review.", facts: []factSpec{person("Sofia Lenz", "Sofia Lenz", "Interior Minister")}},
			{id: "b", role: crosswire.RoleRewrite, text: "Sofia Lenz, the Minister of the Interior, ordered a review.", facts: []factSpec{person("Sofia Lenz", "Sofia Lenz", "Minister of the Interior")}},
		}},
		{name: "title shortened", vs: []version{
			{id: "a", text: "Deputy Interior Minister Dana Keller was dismissed.", facts: []factSpec{person("Dana Keller", "Dana Keller", "Deputy Interior Minister")}},
			{id: "b", role: crosswire.RoleRewrite, text: "Deputy Minister Dana Keller was dismissed.", facts: []factSpec{person("Dana Keller", "Dana Keller", "Deputy Minister")}},
		}},
		{name: "different people", vs: []version{
			{id: "a", text: "Dana Keller was dismissed on Thursday.", facts: []factSpec{person("Dana Keller", "Dana Keller", "")}},
			{id: "b", role: crosswire.RoleRewrite, text: "Tom Brandt welcomed the dismissal on Thursday.", facts: []factSpec{person("Tom Brandt", "Tom Brandt", "")}},
		}},
		{name: "year and day within it", vs: []version{
			{id: "a", text: "The contract was signed in 2019 by the ministry.", facts: []factSpec{date("2019", "2019-01-01", "2019-12-31", "year", "contract")}},
			{id: "b", role: crosswire.RoleRewrite, text: "The contract was signed on March 4, 2019 by the ministry.", facts: []factSpec{date("March 4, 2019", "2019-03-04", "2019-03-04", "day", "contract")}},
		}},
		{name: "evening and night", vs: []version{
			{id: "a", text: "The dam burst on Sunday evening after days of rain.", facts: []factSpec{date("Sunday evening", "2024-06-09", "2024-06-09", "day", "")}},
			{id: "b", role: crosswire.RoleRewrite, text: "The dam gave way on Sunday night after days of rain.", facts: []factSpec{date("Sunday night", "2024-06-09", "2024-06-09", "day", "")}},
		}},
		{name: "translated quote keeps meaning", lowQuoteOK: true, vs: []version{
			{id: "a", text: `"We will not leave a single family without a roof," Tomas Lind said.`, facts: []factSpec{person("Tomas Lind", "Tomas Lind", ""), quote("We will not leave a single family without a roof", "Tomas Lind")}},
			{id: "b", role: crosswire.RoleTranslation, text: `"We will leave no family without a roof," said Tomas Lind.`, facts: []factSpec{person("Tomas Lind", "Tomas Lind", ""), quote("We will leave no family without a roof", "Tomas Lind")}},
		}},
		{name: "shortened quote", vs: []version{
			{id: "a", text: `"The agency acted quickly and the damage is limited," Ines Farrow said.`, facts: []factSpec{person("Ines Farrow", "Ines Farrow", ""), quote("The agency acted quickly and the damage is limited", "Ines Farrow")}},
			{id: "b", role: crosswire.RoleExcerpt, text: `Ines Farrow said "the damage is limited".`, facts: []factSpec{person("Ines Farrow", "Ines Farrow", ""), quote("the damage is limited", "Ines Farrow")}},
		}},
		{name: "copy repeats its original", vs: []version{
			{id: "a", text: "Officials said 5,000 people were evacuated.", facts: []factSpec{num("5,000 people", 5000, 0, "", "people")}},
			{id: "c", role: crosswire.RoleCopy, from: "a", text: "Officials said 5,000 people were evacuated.", facts: []factSpec{num("5,000 people", 5000, 0, "", "people")}},
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			st, facts := build(t, tc.vs...)
			check(t, st, facts)
			for _, d := range st.Discrepancies {
				if tc.lowQuoteOK && d.Kind == crosswire.DiscQuote && d.Severity == crosswire.SeverityLow {
					continue
				}
				t.Errorf("flagged a paraphrase:%s", dump(st))
				break
			}
			for _, f := range st.Facts {
				if f.Status == crosswire.StatusConflicting {
					t.Errorf("fact %s %q is conflicting", f.Kind, f.Value)
				}
			}
		})
	}
}

// TestSupportCountsIndependentVersions checks that copies and excerpts
// count with what they derive from, through chains, while rewrites count
// on their own.
func TestSupportCountsIndependentVersions(t *testing.T) {
	text := "Officials said 5,000 people were evacuated from Tarsk."
	fs := []factSpec{num("5,000 people", 5000, 0, "", "people"), place("Tarsk", "Tarsk")}
	st, facts := build(t,
		version{id: "a", text: text, facts: fs},
		version{id: "c1", role: crosswire.RoleCopy, from: "a", text: text, facts: fs},
		version{id: "c2", role: crosswire.RoleExcerpt, from: "c1", text: text, facts: fs},
		version{id: "r", role: crosswire.RoleRewrite, from: "a", text: "About 5,000 people had to leave Tarsk, officials said.", facts: []factSpec{num("About 5,000 people", 5000, 0, "about", "people")}},
	)
	check(t, st, facts)
	want := map[crosswire.FactKind]struct {
		support int
		status  crosswire.Status
		sources int
	}{
		crosswire.KindNumber: {2, crosswire.StatusCorroborated, 4},
		crosswire.KindPlace:  {1, crosswire.StatusUnique, 3},
	}
	for _, f := range st.Facts {
		w, ok := want[f.Kind]
		if !ok {
			t.Errorf("unexpected fact %+v", f)
			continue
		}
		if f.Support != w.support || f.Status != w.status || len(f.Sources) != w.sources {
			t.Errorf("%s %q: support %d status %s sources %d, want %d %s %d", f.Kind, f.Value, f.Support, f.Status, len(f.Sources), w.support, w.status, w.sources)
		}
		delete(want, f.Kind)
	}
	if len(want) > 0 {
		t.Errorf("facts missing: %v", want)
	}
}

// TestEntitiesResolved checks the clusters exported for the report: one
// entity per agency with all its forms, misspellings merged and flagged.
func TestEntitiesResolved(t *testing.T) {
	st, facts := build(t,
		version{id: "a", text: "The National Cyber Security Agency (NCSA) said Dana Keller was informed. Keller declined to comment.", facts: []factSpec{org("National Cyber Security Agency", "National Cyber Security Agency"), org("NCSA", "NCSA"),
			person("Dana Keller", "Dana Keller", ""), person("Keller", "Keller", "")}},
		version{id: "b", role: crosswire.RoleRewrite, text: "The NCSA said Dana Kellner knew.", facts: []factSpec{org("NCSA", "NCSA"), person("Dana Kellner", "Dana Kellner", "")}},
	)
	an, err := New().Analyze(t.Context(), st, facts)
	if err != nil {
		t.Fatal(err)
	}
	if len(an.Entities) != 2 {
		t.Fatalf("got %d entities, want 2: %+v", len(an.Entities), an.Entities)
	}
	for _, e := range an.Entities {
		switch e.Kind {
		case crosswire.KindOrg:
			if e.Name != "National Cyber Security Agency" || len(e.Forms) != 2 || e.Support != 2 {
				t.Errorf("agency = %+v", e)
			}
		case crosswire.KindPerson:
			if e.Name != "Dana Keller" || !e.Misspelt || e.Support != 2 || len(e.Mentions) != 3 {
				t.Errorf("person = %+v", e)
			}
		}
	}
}

// TestRanking checks the order: a high discrepancy in the lead outranks a
// low one, and the score formula rewards early position.
func TestRanking(t *testing.T) {
	st, facts := build(t,
		version{id: "a", text: `Officials said 5,000 people were evacuated. Later that day, nothing happened. "We will not leave a single family without a roof," Tomas Lind said.`, facts: []factSpec{num("5,000 people", 5000, 0, "", "people"), person("Tomas Lind", "Tomas Lind", ""), quote("We will not leave a single family without a roof", "Tomas Lind")}},
		version{id: "b", role: crosswire.RoleRewrite, text: `Officials said 500 people were evacuated. Later that day, nothing happened. "We will leave no family without a roof," Tomas Lind said.`, facts: []factSpec{num("500 people", 500, 0, "", "people"), person("Tomas Lind", "Tomas Lind", ""), quote("We will leave no family without a roof", "Tomas Lind")}},
	)
	check(t, st, facts)
	if len(st.Discrepancies) != 2 {
		t.Fatalf("got:%s", dump(st))
	}
	if st.Discrepancies[0].Kind != crosswire.DiscNumber || st.Discrepancies[1].Kind != crosswire.DiscQuote {
		t.Errorf("order:%s", dump(st))
	}
	if st.Discrepancies[0].Score <= st.Discrepancies[1].Score {
		t.Errorf("scores %v <= %v", st.Discrepancies[0].Score, st.Discrepancies[1].Score)
	}
}

// TestBadSpansIgnored checks that facts whose span does not match the
// article text are dropped rather than reported.
func TestBadSpansIgnored(t *testing.T) {
	st, facts := build(t,
		version{id: "a", text: "Officials said 5,000 people were evacuated.", facts: []factSpec{num("5,000 people", 5000, 0, "", "people")}},
		version{id: "b", text: "Officials said 500 people were evacuated.", facts: []factSpec{num("500 people", 500, 0, "", "people")}},
	)
	facts["b"][0].Span.Start++
	check(t, st, facts)
	if len(st.Discrepancies) != 0 {
		t.Errorf("got:%s", dump(st))
	}
}

func TestSameWording(t *testing.T) {
	cases := []struct {
		name, a, b string
		want       bool
	}{
		{"identical", "We will rebuild it.", "We will rebuild it", true},
		{"cut", "We will rebuild it, and soon.", "we will rebuild it", true},
		{"sentence left out", "It was temporary. We have not threatened anyone. We asked them to move.", "It was temporary. We asked them to move.", true},
		{"reworded", "We will rebuild it.", "We shall rebuild it.", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := sameWording(tc.a, tc.b); got != tc.want {
				t.Errorf("sameWording = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestCopyThatChanged checks that a "copy" that changed its original is
// still reported, though it adds no support.
func TestCopyThatChanged(t *testing.T) {
	st, facts := build(t,
		version{id: "a", text: "Officials said 5,000 people were evacuated. Mayor Dana Keller spoke.", facts: []factSpec{num("5,000 people", 5000, 0, "", "people"), person("Dana Keller", "Dana Keller", "Mayor")}},
		version{id: "c", role: crosswire.RoleCopy, from: "a", text: "Officials said 500 people were evacuated. Mayor Dana Kellner spoke.", facts: []factSpec{num("500 people", 500, 0, "", "people"), person("Dana Kellner", "Dana Kellner", "Mayor")}},
	)
	check(t, st, facts)
	for _, k := range []crosswire.DiscrepancyKind{crosswire.DiscNumber, crosswire.DiscName} {
		if len(findDisc(st, k)) != 1 {
			t.Errorf("want one %s discrepancy;%s", k, dump(st))
		}
	}
}

// TestDegenerateInputs checks that odd inputs give empty results, not
// errors or panics.
func TestDegenerateInputs(t *testing.T) {
	cases := []struct {
		name  string
		story *crosswire.Story
		facts map[string][]crosswire.Fact
	}{
		{"no articles", &crosswire.Story{ID: "s"}, nil},
		{"no facts", &crosswire.Story{ID: "s", Articles: []crosswire.Article{{ID: "a", Text: "Nothing here."}}}, nil},
		{"facts of unknown article", &crosswire.Story{ID: "s", Articles: []crosswire.Article{{ID: "a", Text: "x"}}},
			map[string][]crosswire.Fact{"b": {{Kind: crosswire.KindPerson, Span: crosswire.Span{Article: "b", Text: "x", End: 1}, Entity: &crosswire.Entity{Name: "x"}}}}},
		{"facts without details", &crosswire.Story{ID: "s", Articles: []crosswire.Article{{ID: "a", Text: "Dana said 5 things."}}},
			map[string][]crosswire.Fact{"a": {
				{Kind: crosswire.KindPerson, Span: crosswire.Span{Article: "a", Text: "Dana", End: 4}},
				{Kind: crosswire.KindNumber, Span: crosswire.Span{Article: "a", Text: "5", Start: 10, End: 11}},
				{Kind: crosswire.KindDate, Span: crosswire.Span{Article: "a", Text: "5", Start: 10, End: 11}},
				{Kind: crosswire.KindQuote, Span: crosswire.Span{Article: "a", Text: "5", Start: 10, End: 11}},
				{Kind: crosswire.KindClaim, Span: crosswire.Span{Article: "a", Text: "said", Start: 5, End: 9}},
			}}},
		{"derived from itself", &crosswire.Story{ID: "s", Articles: []crosswire.Article{{ID: "a", Text: "x", Role: crosswire.RoleCopy, DerivedFrom: ptr("a")}}}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			check(t, tc.story, tc.facts)
			if len(tc.story.Discrepancies) != 0 {
				t.Errorf("got:%s", dump(tc.story))
			}
		})
	}
	if err := New().Check(t.Context(), nil, nil); err == nil {
		t.Error("nil story: no error")
	}
}

func ptr(s string) *string { return &s }

// TestCancelled checks that a cancelled context stops the check.
func TestCancelled(t *testing.T) {
	st, facts := build(t, version{id: "a", text: "Officials said 5,000 people left.", facts: []factSpec{num("5,000 people", 5000, 0, "", "people")}})
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if err := New().Check(ctx, st, facts); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

// TestFiguresOfDifferentDays checks that figures stated for different
// dates are not compared.
func TestFiguresOfDifferentDays(t *testing.T) {
	st, facts := build(t,
		version{id: "a", text: "The index rose 200 points on March 4, 2024, traders said.", facts: []factSpec{num("200 points", 200, 0, "", "point"), date("March 4, 2024", "2024-03-04", "2024-03-04", "day", "")}},
		version{id: "b", role: crosswire.RoleRewrite, text: "The index rose 313 points on March 8, 2024, traders said.", facts: []factSpec{num("313 points", 313, 0, "", "point"), date("March 8, 2024", "2024-03-08", "2024-03-08", "day", "")}},
	)
	check(t, st, facts)
	if ds := findDisc(st, crosswire.DiscNumber); len(ds) != 0 {
		t.Errorf("figures of different days compared:%s", dump(st))
	}
}
