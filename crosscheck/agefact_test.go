package crosscheck

import (
	"strings"
	"testing"

	"crosswire"
)

// TestAgreedAgeIsAFact checks that an age the versions agree on is listed
// as a fact of the story, about its person, whichever way each version
// writes it ("Ivo Lund, 41," / "the 41-year-old"); that "the N-year-old"
// after someone speaking of another ("his agent Ada Quist said the
// 41-year-old …") is not the speaker's age; and that differing ages stay
// a conflict (fictional text).
func TestAgreedAgeIsAFact(t *testing.T) {
	tests := []struct {
		name   string
		texts  []string
		about  string
		value  string
		status crosswire.Status
		notFor string // no age fact may be about this person
	}{
		{
			name: "apposition and year-old agree",
			texts: []string{
				"Film actor Ivo Lund has entered a clinic in Vell. Lund, 41, will stay for a month, his agent Ada Quist said.",
				"Ivo Lund is being treated at a clinic in Vell. The 41-year-old was admitted at the weekend.",
			},
			about: "age of Ivo Lund", value: "41", status: crosswire.StatusCorroborated,
		},
		{
			name: "the speaker is not the year-old",
			texts: []string{
				"Ivo Lund has entered a clinic in Vell. His agent Ada Quist said the 41-year-old would stay for a month.",
				"Ivo Lund, 41, is being treated at a clinic in Vell, his agent Ada Quist confirmed.",
			},
			about: "age of Ivo Lund", value: "41", status: crosswire.StatusCorroborated, notFor: "Ada Quist",
		},
		{
			name: "one version alone",
			texts: []string{
				"Ivo Lund, 41, has entered a clinic in Vell.",
				"Ivo Lund has entered a clinic in Vell, his agent said.",
			},
			about: "age of Ivo Lund", value: "41", status: crosswire.StatusUnique,
		},
		{
			name: "ages differ",
			texts: []string{
				"Ivo Lund, 41, has entered a clinic in Vell.",
				"Ivo Lund, 44, has entered a clinic in Vell.",
			},
			about: "age of Ivo Lund", value: "41", status: crosswire.StatusConflicting,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, tc.texts...)
			found := false
			var ages []string
			for _, f := range st.Facts {
				if f.About == "" {
					continue
				}
				ages = append(ages, f.About+"="+f.Value+"/"+string(f.Status))
				if tc.notFor != "" && strings.Contains(f.About, tc.notFor) {
					t.Errorf("age given to the speaker: %s = %s", f.About, f.Value)
				}
				if f.About == tc.about && f.Value == tc.value && f.Kind == crosswire.KindNumber {
					found = true
					if f.Status != tc.status {
						t.Errorf("%s %s: status %s, want %s", f.About, f.Value, f.Status, tc.status)
					}
				}
			}
			if !found {
				t.Errorf("no fact %q = %s; ages: %v; %s", tc.about, tc.value, ages, dump(st))
			}
		})
	}
}

// TestReportedFact checks that a story's quotation fact says whether it is
// reported speech (every source without quotation marks) or a quotation
// (fictional text).
func TestReportedFact(t *testing.T) {
	st := checkTexts(t,
		"The mill in Vell will close in May, the owner Ada Quist said in a statement.",
		`Ada Quist, who owns the mill in Vell, said: "We have no choice."`)
	var reported, quoted bool
	for _, f := range st.Facts {
		if f.Kind != crosswire.KindQuote {
			continue
		}
		switch f.Value {
		case "The mill in Vell will close in May":
			reported = f.Reported
		case "We have no choice":
			quoted = !f.Reported
		}
	}
	if !reported || !quoted {
		t.Errorf("reported speech marked %v, quotation unmarked %v; want both; %s", reported, quoted, dump(st))
	}
}
