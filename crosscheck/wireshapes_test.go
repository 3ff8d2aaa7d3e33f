package crosscheck

import (
	"testing"

	"crosswire"
)

// TestWireCopyShapes checks the drifts issue 16 lists from wire stories
// and the papers' versions of them (court copy), in fictional words: each
// is reported as what it is at medium severity or above, and the look-
// alikes are not.
func TestWireCopyShapes(t *testing.T) {
	const lead = "A teenage driver who killed a pensioner in Ashford was sentenced yesterday.\n\n"
	tests := []struct {
		name string
		a, b string
		kind crosswire.DiscrepancyKind // "" = no high/medium discrepancy
		x, y string
	}{
		{"a speed, approximate and exact",
			"The car was travelling at about 50mph when it hit the pensioner, the court heard.",
			"The car was travelling at 70mph when it hit the pensioner, the court heard.",
			crosswire.DiscNumber, "about 50mph", "70mph"},
		{"an unnamed boy's age",
			"The 15-year-old boy, who cannot be named, admitted causing death by dangerous driving.",
			"The 14-year-old boy, who cannot be named, admitted causing death by dangerous driving.",
			crosswire.DiscNumber, "15-year-old", "14-year-old"},
		{"an unnamed boy's age after the victim's",
			"The pensioner, Ada Quist, 81, died in hospital. The 15-year-old boy, who cannot be named, admitted causing death by dangerous driving.",
			"The pensioner, Ada Quist, 81, died in hospital. The 14-year-old boy, who cannot be named, admitted causing death by dangerous driving.",
			crosswire.DiscNumber, "15-year-old", "14-year-old"},
		{"a witness's surname corrected",
			"Mr Les Blackworth, the victim's neighbour, called an ambulance.",
			"Mr Les Blackfield, the victim's neighbour, called an ambulance.",
			crosswire.DiscName, "Les Blackworth", "Les Blackfield"},
		{"a detective with two first names",
			"Detective Inspector John Marsh said the family was relieved.",
			"Detective Inspector Jim Marsh said the family was relieved.",
			crosswire.DiscName, "John Marsh", "Jim Marsh"},
		{"a father's age told with his changed name",
			"The victim's father, Peter Quist, 58, said he was relieved.",
			"The victim's father, Paul Quist, 56, said he was relieved.",
			crosswire.DiscNumber, "58", "56"},
		{"two people's ages in one sentence",
			"The victim's parents, Peter Quist, 58, and Eva Quist, 56, said they were relieved.",
			"The victim's parents, Peter Quist, 58, and Eva Quist, 56, said they were relieved.",
			"", "", ""},
		{"a venue: magistrates' or coroner's court of one town",
			"Tom Hale, 23, appeared at Ashford Magistrates' Court on Monday.",
			"Tom Hale, 23, appeared at Ashford Coroner's Court on Monday.",
			crosswire.DiscClaim, "Ashford Magistrates' Court", "Ashford Coroner's Court"},
		{"a registration two letters apart",
			"Police traced the car, registration R472 KLM, to a garage in Ashford.",
			"Police traced the car, registration R472 KWM, to a garage in Ashford.",
			crosswire.DiscCode, "R472 KLM", "R472 KWM"},
		{"a defendant's age a year apart",
			"Tom Hale, 23, of Ashford, was jailed for six years.",
			"Tom Hale, 24, of Ashford, was jailed for six years.",
			crosswire.DiscNumber, "23", "24"},
		{"previous convictions",
			"Hale had 12 previous convictions, the court heard.",
			"Hale had 14 previous convictions, the court heard.",
			crosswire.DiscNumber, "12", "14"},
		{"convicted or cleared of one charge",
			"Hale was convicted of the burglary in Ashford.",
			"Hale was cleared of the burglary in Ashford.",
			crosswire.DiscOutcome, "convicted", "cleared"},
		{"convicted and cleared of two charges",
			"Hale was convicted of burglary. He was cleared of assault.",
			"Hale was convicted of burglary and cleared of assault.",
			"", "", ""},
		{"a short form of one detective's given name",
			"Detective Inspector David Marsh said the family was relieved.",
			"Detective Inspector Dave Marsh said the family was relieved.",
			"", "", ""},
		{"two boys of two ages in one version",
			"The 15-year-old boy and a 12-year-old boy were in the car, the court heard.",
			"The 14-year-old boy was driving, the court heard.",
			"", "", ""},
		{"a quote and its paraphrase in reported speech",
			`"We will not reopen the road before Wednesday evening," Detective Inspector John Marsh said.`,
			"Detective Inspector John Marsh said the road would stay closed until Wednesday evening.",
			"", "", ""},
		{"a possibility told two ways",
			`"I cannot rule out that the driver made a mistake," Detective Inspector John Marsh said.`,
			"Detective Inspector John Marsh said the driver may have made a mistake.",
			"", "", ""},
		{"the age of the star named before",
			"Actress Ada Quist is to marry. The 30-year-old star met her fiance in Ashford.",
			"Actress Ada Quist is to marry. The 31-year-old star met her fiance in Ashford.",
			crosswire.DiscNumber, "30-year-old", "31-year-old"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, lead+tc.a, lead+tc.b)
			if tc.kind == "" {
				wantQuiet(t, st)
				return
			}
			wantDiscrepancy(t, st, []crosswire.DiscrepancyKind{tc.kind}, crosswire.SeverityMedium, tc.x, tc.y)
		})
	}
}

// TestRepeatedFigureListedOnce checks that a figure one version states
// twice, and the others once, is one corroborated fact, not also a unique
// one (issue 16: "312 people" listed twice).
func TestRepeatedFigureListedOnce(t *testing.T) {
	st := checkTexts(t,
		"VARNE (Norpress) - The ferry Nordlys with 312 people on board ran aground off Varne on Tuesday, the harbour master said. All 312 people were safe.",
		"The ferry Nordlys ran aground off Varne on Tuesday with 312 people on board. The port said all were safe.",
		"A ferry carrying 312 people ran aground off Varne on Tuesday. The port said nobody was hurt.")
	var got []crosswire.StoryFact
	for _, f := range st.Facts {
		if f.Kind == crosswire.KindNumber && f.Value == "312 people" {
			got = append(got, f)
		}
	}
	if len(got) != 1 || got[0].Status != crosswire.StatusCorroborated || got[0].Support != 3 {
		t.Errorf("facts of 312 people = %+v; want one, corroborated by 3", got)
	}
}

// TestTitleCorroboratedOnlyByItsVersions checks that a person's fact
// carries a title only when every version naming the person gives it:
// "Erik Solberg, director" is not corroborated by two versions when one
// of them does not call him director (issue 16).
func TestTitleCorroboratedOnlyByItsVersions(t *testing.T) {
	tests := []struct {
		name string
		b    string
		want string
	}{
		{"one version without the title", "The ferry Nordlys ran aground off Varne on Tuesday, Erik Solberg said.", "Erik Solberg"},
		{"both with the title", "The ferry Nordlys ran aground off Varne on Tuesday, port director Erik Solberg said.", "Erik Solberg, port director"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, "VARNE (Norpress) - The ferry Nordlys ran aground off Varne on Tuesday, port director Erik Solberg said.", tc.b)
			for _, f := range st.Facts {
				if f.Kind == crosswire.KindPerson {
					if f.Value != tc.want || f.Support != 2 {
						t.Errorf("person fact %q support %d; want %q, 2", f.Value, f.Support, tc.want)
					}
					return
				}
			}
			t.Errorf("no person fact; got %+v", st.Facts)
		})
	}
}
