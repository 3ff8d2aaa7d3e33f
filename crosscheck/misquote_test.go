package crosscheck

import (
	"strings"
	"testing"

	"crosswire"
	"crosswire/facts"
)

// TestMisquotedWord checks one speaker's quotation given word for word by
// two versions but for one content word (fictional): a misquote, MEDIUM.
// A cut quotation is none; a rewording of several words, a spelling of
// two house styles, a typing slip, a contraction, a number written two
// ways and a translation's wording stay LOW; a turned meaning stays HIGH.
func TestMisquotedWord(t *testing.T) {
	const lead = `The ferry line to Osterby will stop in June, its owner said on Monday. `
	tests := []struct {
		name string
		a, b string
		want crosswire.Severity // of the quote discrepancy; "" = none
	}{
		{"one word changed",
			lead + `"We have run this crossing for forty winters and the islanders have been wonderful to us," said Petra Lund, the owner.`,
			lead + `"We have run this crossing for forty winters and the islanders have been generous to us," said Petra Lund, the owner.`,
			crosswire.SeverityMedium},
		{"one word changed, the quotation cut",
			lead + `"The fuel bills doubled. We have run this crossing for forty winters and the islanders have been wonderful to us," said Petra Lund.`,
			lead + `"We have run this crossing for forty winters and the islanders have been generous to us," said Petra Lund.`,
			crosswire.SeverityMedium},
		{"one word changed before the quotation's last word",
			lead + `"The islanders gave us forty good winters and a thousand fond memories," said Petra Lund.`,
			lead + `"The islanders gave us forty good winters and a thousand warm memories," said Petra Lund.`,
			crosswire.SeverityMedium},
		{"two rewordings parting at a cut",
			lead + `"The islanders gave us forty good winters and a thousand fond memories of the harbour," said Petra Lund.`,
			lead + `"The islanders gave us forty good winters and a few of them came to wave," said Petra Lund.`,
			crosswire.SeverityLow},
		{"one word changed, one version naming the speaker by a title alone",
			lead + `"We have run this crossing for forty winters and the islanders have been wonderful to us," the spokeswoman said.`,
			lead + `"We have run this crossing for forty winters and the islanders have been generous to us," said Petra Lund.`,
			crosswire.SeverityMedium},
		{"one word changed, two people",
			lead + `"We have run this crossing for forty winters and the islanders have been wonderful to us," said Petra Lund.`,
			lead + `"We have run this crossing for forty winters and the islanders have been generous to us," said Tobias Wren.`,
			""},
		{"a cut, no word changed",
			lead + `"The fuel bills doubled. We have run this crossing for forty winters and the islanders have been wonderful to us," said Petra Lund.`,
			lead + `"We have run this crossing for forty winters and the islanders have been wonderful to us," said Petra Lund.`,
			""},
		{"several words reworded",
			lead + `"We have run this crossing for forty winters and the islanders have been wonderful to us," said Petra Lund.`,
			lead + `"We have sailed this route for forty years and the island folk have been wonderful to us," said Petra Lund.`,
			crosswire.SeverityLow},
		{"two house styles of one word",
			lead + `"We could not organise a buyer for the boat in time, and the islanders have been wonderful to us," said Petra Lund.`,
			lead + `"We could not organize a buyer for the boat in time, and the islanders have been wonderful to us," said Petra Lund.`,
			crosswire.SeverityLow},
		{"a typing slip",
			lead + `"We have run this crossing for forty winters and the islanders have been wonderful to us," said Petra Lund.`,
			lead + `"We have run this crossing for forty wintres and the islanders have been wonderful to us," said Petra Lund.`,
			crosswire.SeverityLow},
		{"a contraction",
			lead + `"It is the hardest thing I have done and the islanders have been wonderful to us," said Petra Lund.`,
			lead + `"It's the hardest thing I have done and the islanders have been wonderful to us," said Petra Lund.`,
			crosswire.SeverityLow},
		{"a number written two ways",
			lead + `"We have run this crossing for 40 winters and the islanders have been wonderful to us," said Petra Lund.`,
			lead + `"We have run this crossing for forty winters and the islanders have been wonderful to us," said Petra Lund.`,
			crosswire.SeverityLow},
		{"a meaning turned stays high",
			lead + `"We have run this crossing for forty winters and the islanders have been wonderful to us," said Petra Lund.`,
			lead + `"We have run this crossing for forty winters and the islanders have been terrible to us," said Petra Lund.`,
			crosswire.SeverityHigh},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, tc.a, tc.b)
			if got := quoteSeverity(st); got != tc.want {
				t.Errorf("quote discrepancy %q, want %q:%s", got, tc.want, dump(st))
			}
		})
	}

	t.Run("a translation's wording", func(t *testing.T) {
		from := "report-1"
		st := &crosswire.Story{ID: "story", Articles: []crosswire.Article{
			{ID: "report-1", Outlet: "a", Language: "en", Role: crosswire.RoleOriginal,
				Text: lead + `"We have run this crossing for forty winters and the islanders have been wonderful to us," said Petra Lund.`},
			{ID: "report-2", Outlet: "b", Language: "en", Role: crosswire.RoleTranslation, DerivedFrom: &from,
				Text: lead + `"We have run this crossing for forty winters and the islanders have been generous to us," said Petra Lund.`},
		}}
		extractAndCheck(t, facts.New(), New(), st)
		if got := quoteSeverity(st); got != crosswire.SeverityLow {
			t.Errorf("quote discrepancy %q, want low:%s", got, dump(st))
		}
	})
}

// quoteSeverity is the highest severity of a story's discrepancies of
// one quotation's words, "" when it has none.
func quoteSeverity(st *crosswire.Story) crosswire.Severity {
	rank := map[crosswire.Severity]int{crosswire.SeverityLow: 1, crosswire.SeverityMedium: 2, crosswire.SeverityHigh: 3}
	var got crosswire.Severity
	for _, d := range st.Discrepancies {
		// "speaker of …" is one quotation given to two people (TestQuoteSpeakers)
		if d.Kind == crosswire.DiscQuote && !strings.HasPrefix(d.Subject, "speaker of") && rank[d.Severity] > rank[got] {
			got = d.Severity
		}
	}
	return got
}
