package crosscheck

import (
	"testing"

	"crosswire"
)

// TestSubjectHeadings checks that discrepancy subjects read as headings
// made of the fact's own words (issue 20 item 3): no "number of people
// ran", "number of passengers three" or "period of the inspect".
func TestSubjectHeadings(t *testing.T) {
	tests := []struct {
		name string
		kind crosswire.DiscrepancyKind
		vs   []version
		want string
	}{
		{"participle after the counted noun", crosswire.DiscNumber, []version{
			{id: "a", text: "The coastguard said 27 passengers were injured when the ferry struck the pier.", facts: []factSpec{num("27 passengers", 27, 0, "", "passenger")}},
			{id: "b", role: crosswire.RoleRewrite, text: "The coastguard said 17 passengers were injured when the ferry struck the pier.", facts: []factSpec{num("17 passengers", 17, 0, "", "passenger")}},
		}, "passengers injured"},
		{"a figure in words is no part of the heading", crosswire.DiscNumber, []version{
			{id: "a", text: "The ferry carried 300 passengers three hours late into the harbour.", facts: []factSpec{num("300 passengers", 300, 0, "", "passenger")}},
			{id: "b", role: crosswire.RoleRewrite, text: "The ferry carried 250 passengers three hours late into the harbour.", facts: []factSpec{num("250 passengers", 250, 0, "", "passenger")}},
		}, "number of passengers"},
		{"a finite verb after the counted noun", crosswire.DiscNumber, []version{
			{id: "a", text: "Organisers said 5,000 people ran through the old town.", facts: []factSpec{num("5,000 people", 5000, 0, "", "people")}},
			{id: "b", role: crosswire.RoleRewrite, text: "Organisers said 500 people ran through the old town.", facts: []factSpec{num("500 people", 500, 0, "", "people")}},
		}, "people who ran"},
		{"a word past the figure's clause is no part of the heading", crosswire.DiscNumber, []version{
			{id: "a", text: "The tram left the rails on Tuesday, injuring 13 people, the city's transport office said.", facts: []factSpec{num("13 people", 13, 0, "", "people")}},
			{id: "b", role: crosswire.RoleCopy, text: "The tram left the rails on Tuesday, injuring 12 people, the city's transport office said.", facts: []factSpec{num("12 people", 12, 0, "", "people")}},
		}, "number of people"},
		{"a participle after a comma is no part of the heading", crosswire.DiscNumber, []version{
			{id: "a", text: "The storm damaged 40 homes, flooded roads and felled trees across Varnland.", facts: []factSpec{num("40 homes", 40, 0, "", "home")}},
			{id: "b", role: crosswire.RoleRewrite, text: "The storm damaged 60 homes, flooded roads and felled trees across Varnland.", facts: []factSpec{num("60 homes", 60, 0, "", "home")}},
		}, "number of homes"},
		{"an infinitive after the counted noun", crosswire.DiscNumber, []version{
			{id: "a", text: "Ada Quist beat dozens of young hopefuls to win the part in the Vessport play.", facts: []factSpec{num("dozens of young hopefuls", 24, 0, "", "hopeful")}},
			{id: "b", role: crosswire.RoleRewrite, text: "Ada Quist beat hundreds of young hopefuls to win the part in the Vessport play.", facts: []factSpec{num("hundreds of young hopefuls", 200, 0, "", "hopeful")}},
		}, "number of hopefuls"},
		{"a preposition after a length of time", crosswire.DiscNumber, []version{
			{id: "a", text: "Dana Keller spent 11 years in prison before the appeal.", facts: []factSpec{num("11 years", 11, 0, "", "year")}},
			{id: "b", role: crosswire.RoleRewrite, text: "Dana Keller spent 12 years in prison before the appeal.", facts: []factSpec{num("12 years", 12, 0, "", "year")}},
		}, "years in prison"},
		{"an amount after a form of cost", crosswire.DiscNumber, []version{
			{id: "a", text: "The bridge will cost £42 million and is due to open in March.", facts: []factSpec{{kind: crosswire.KindNumber, at: "£42 million", low: 42e6, high: 42e6, unit: "GBP"}}},
			{id: "b", role: crosswire.RoleRewrite, text: "The bridge will cost £24 million and is due to open in March.", facts: []factSpec{{kind: crosswire.KindNumber, at: "£24 million", low: 24e6, high: 24e6, unit: "GBP"}}},
		}, "cost"},
		{"a measure in two units", crosswire.DiscNumber, []version{
			{id: "a", text: "The ferry hit a sandbank 3 miles from the harbour.", facts: []factSpec{{kind: crosswire.KindNumber, at: "3 miles", low: 3, high: 3, unit: "mi"}}},
			{id: "b", role: crosswire.RoleRewrite, text: "The ferry hit a sandbank 8 km from the harbour.", facts: []factSpec{{kind: crosswire.KindNumber, at: "8 km", low: 8, high: 8, unit: "km"}}},
		}, "length (mi, km)"},
		{"an event verb's lemma made its noun", crosswire.DiscDate, []version{
			{id: "a", text: "Inspectors inspected the ferry on 3 May 2024, the harbour office said.", facts: []factSpec{date("3 May 2024", "2024-05-03", "2024-05-03", "day", "inspect")}},
			{id: "b", role: crosswire.RoleRewrite, text: "Inspectors inspected the ferry on 5 May 2024, the harbour office said.", facts: []factSpec{date("5 May 2024", "2024-05-05", "2024-05-05", "day", "inspect")}},
		}, "date of the inspection"},
		{"a noun as written stays", crosswire.DiscDate, []version{
			{id: "a", text: "The election of 2019 was close, the commission said.", facts: []factSpec{date("2019", "2019-01-01", "2019-12-31", "year", "election")}},
			{id: "b", role: crosswire.RoleRewrite, text: "The election of 2018 was close, the commission said.", facts: []factSpec{date("2018", "2018-01-01", "2018-12-31", "year", "election")}},
		}, "year of the election"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if d, _ := firstDiscrepancy(t, tc.kind, tc.vs...); d.Subject != tc.want {
				t.Errorf("subject = %q, want %q", d.Subject, tc.want)
			}
		})
	}
}

// TestNominal checks the noun made of an event verb's lemma.
func TestNominal(t *testing.T) {
	for lemma, want := range map[string]string{
		"inspect": "inspection", "evacuate": "evacuation", "die": "death", "sink": "sinking", "stop": "stopping",
		"privatise": "privatisation", "notify": "notification", "close": "closure", "attack": "attack", "open": "opening",
	} {
		if got := nominal(lemma); got != want {
			t.Errorf("nominal(%q) = %q, want %q", lemma, got, want)
		}
	}
}
