package group

import (
	"strings"
	"testing"

	"crosswire"
)

// Two reports of one fictional event, written separately: the council,
// the levy and the town are in both, with few other anchors in common and
// each report's own words; their headlines tell one who and one what.
const (
	levyTitleA = "Norvik council passes long-delayed harbour levy"
	levyTextA  = "Councillors in Norvik voted 31 to 9 for the levy, which the mayor, Edda Sollin, first proposed in 2019. " +
		"Shipping agents from Tromhavn and Kessel had lobbied against it for months, warning that cargo would move to Hamburg, Rotterdam or Antwerp. " +
		"Lenders in London, Paris and Frankfurt have offered 45 million for the works. " +
		"The money will pay for dredging and a new breakwater, the finance office said, and the first payments fall due in spring. " +
		"Opposition members led by Brenna Falk said the vote had been rushed through before the summer recess, and the Tollund Party promised a review in 2026."
	levyTitleB = "Harbour levy passes in Norvik after years of delay"
	levyTextB  = "Ships calling at Norvik will pay an extra fee per tonne from next year after the town council approved the plan by a wide margin. " +
		"Edda Sollin said the harbour had waited too long for repairs, and a trade group in Oslandia called the charge a tax on exporters. " +
		"Agents in Kessel said they would ask Dunmere's courts to review it; their chairman, Kiri Oda, spoke of 300 jobs. " +
		"Fishing crews are exempt, as they are in Denmark, Norway and Iceland under European Union rules. The port handled 4 million tonnes last year, its busiest since the quay reopened."
)

// The pair above with the mayor's office written as her title, right
// before her name, in both texts.
var (
	titledLevyA = strings.Replace(levyTextA, "the mayor, Edda Sollin,", "mayor Edda Sollin", 1)
	titledLevyB = strings.Replace(levyTextB, "Edda Sollin said", "The harbour's mayor Edda Sollin said", 1)
)

// TestHeadlineRule: the pair above is one event by its headlines; with
// headlines sharing only a name or only words, or leads naming different
// days, it is not.
func TestHeadlineRule(t *testing.T) {
	tests := []struct {
		name           string
		titleA, titleB string
		textB          string
		joined         bool
		// textA, when set, stands for levyTextA
		textA string
	}{
		{"one who, one what", levyTitleA, levyTitleB, levyTextB, true, ""},
		{"only the name in common", levyTitleA, "Norvik ferry timetable changes for winter", levyTextB, false, ""},
		{"only the words in common", "Council passes long-delayed levy", "Harbour levy passes after years of delay", levyTextB, false, ""},
		{"leads name other days", "Norvik council on Monday passes long-delayed harbour levy", "Harbour levy passes in Norvik after years of delay",
			"On Thursday ships calling at Norvik began to pay an extra fee per tonne after the town council approved the plan by a wide margin. " + levyTextB[len("Ships calling at Norvik will pay an extra fee per tonne from next year after the town council approved the plan by a wide margin. "):], false, ""},
		// one who's two days: the headlines share the name and its title,
		// a word both texts write right before the name (headlinesShareTitles)
		{"a name and its title in common", "Norvik mayor Sollin resigns", "Norvik mayor Sollin defends harbour record", titledLevyB, false, titledLevyA},
		{"the same without the title before the name", "Norvik mayor Sollin resigns", "Norvik mayor Sollin defends harbour record", levyTextB, true, ""},
		{"a name, its title and a what in common", "Mayor Edda Sollin wins Norvik harbour levy vote", "Norvik mayor Sollin defends harbour levy", titledLevyB, true, titledLevyA},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			textA := levyTextA
			if tc.textA != "" {
				textA = tc.textA
			}
			a := crosswire.Article{ID: "a", Title: tc.titleA, Text: textA}
			b := crosswire.Article{ID: "b", Title: tc.titleB, Text: tc.textB}
			ix, roots := partitionIndex(t, []crosswire.Article{a, b}, nil)
			_, ps := ix.verify(0, 1)
			joined := roots[0] == roots[1]
			t.Logf("shared %d, rare %d, cosine %.2f, topic %.2f, affair %v, headline cosine %.2f, days %v, by headline %v",
				ps.shared, ps.rare, ps.cosine, ps.topic, ps.affair(), ix.headlineCosine(0, 1, ix.topics.weight), compareDays(ix.leads[0].day, ix.leads[1].day), ps.byHeadline)
			if joined != tc.joined {
				t.Errorf("joined = %v, want %v", joined, tc.joined)
			}
			if tc.joined && !ps.byHeadline {
				t.Errorf("joined, but not by the headline rule")
			}
		})
	}
}
