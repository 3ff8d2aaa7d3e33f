package crosscheck

import (
	"testing"

	"crosswire"
	"crosswire/facts"
)

// checkPair checks two versions of one story, the second given role and
// derived from the first (fictional text).
func checkPair(t *testing.T, a, b string, role crosswire.Role) *crosswire.Story {
	t.Helper()
	first := "report-1"
	st := &crosswire.Story{ID: "story", Articles: []crosswire.Article{
		{ID: first, Outlet: "wire", Language: "en", Text: a, Role: crosswire.RoleOriginal},
		{ID: "report-2", Outlet: "other", Language: "en", Text: b, Role: role, DerivedFrom: &first},
	}}
	extractAndCheck(t, facts.New(), New(), st)
	assertSpans(t, st)
	return st
}

// severityOf returns the severity of the story's first discrepancy of
// kind k, "" when there is none.
func severityOf(st *crosswire.Story, k crosswire.DiscrepancyKind) crosswire.Severity {
	for _, d := range st.Discrepancies {
		if d.Kind == k {
			return d.Severity
		}
	}
	return ""
}

// TestTranslationNoise checks what a round trip through another language
// does to names, titles and quotes and is no change of fact (fictional
// text): a possessive run into a surname, a peer's title rendered as a
// common noun, a portfolio's words rendered by another sense (low between
// a translation and its source, high between two reports), "former"
// rendered "previous", a negation moved into the quotation marks (other
// words, low). A surname spelt otherwise, a negation added, or a title
// changed between two rewrites is still told, high.
func TestTranslationNoise(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		role crosswire.Role
		kind crosswire.DiscrepancyKind
		want crosswire.Severity // "" = none of kind
	}{
		{"possessive run into a surname",
			"The regatta ended on Sunday.\n\nIt was Ines Marrowdale's boat that reached the island first. Marrowdale later praised the crew.",
			"The regatta ended at Sunday.\n\nIt was Ines Marrowdaleha boat that reached the island first. Marrowdale later praised the crew.",
			crosswire.RoleTranslation, crosswire.DiscName, ""},
		{"possessive run into a surname, one sentence",
			"The dispute over Ines Marrowdale's new licence went on for a week, the port said.",
			"The dispute over Ines Marrowdaleha new licence went on for a week, the port said.",
			crosswire.RoleTranslation, crosswire.DiscName, ""},
		{"one letter more is another name",
			"The dispute over Ines Marrowdale's new licence went on for a week, the port said.",
			"The dispute over Ines Marrowdalex new licence went on for a week, the port said.",
			crosswire.RoleTranslation, crosswire.DiscName, crosswire.SeverityMedium},
		{"a surname spelt otherwise",
			"Orvik won on Saturday. Striker Tomas Kellander scored a late header. Kellander said he was delighted.",
			"Orvik won on Saturday. Striker Tomas Kelander scored a late header. Kelander said he was delighted.",
			crosswire.RoleTranslation, crosswire.DiscName, crosswire.SeverityHigh},
		{"a peer's title rendered as a noun",
			"The mill reopened in May. Speaking to farmers, Lady Crannoch, who owns the estate, promised new jobs for the valley.",
			"The mill reopened at May. Speaking to farmers, Woman Crannoch, who owns the estate, promised new jobs for the valley.",
			crosswire.RoleTranslation, crosswire.DiscName, ""},
		{"an organisation's name reordered, British and American spelling",
			"Grain prices rose after the Northern Grain Organization cut its quotas in June.",
			"Grain prices rose after the Organisation of Northern Grain cut its quotas at June.",
			crosswire.RoleTranslation, crosswire.DiscName, ""},
		{"a portfolio rendered by another sense, translation",
			"The pier will be rebuilt by autumn, said Mara Quist, director of the Velden Harbour Trust.",
			"The pier will be rebuilt for autumn, said Mara Quist, director of the confidence of Velden Harbour.",
			crosswire.RoleTranslation, crosswire.DiscRole, crosswire.SeverityLow},
		{"a portfolio changed, rewrite",
			"The pier will be rebuilt by autumn, said Mara Quist, director of the Velden Harbour Trust.",
			"The pier will be rebuilt for autumn, said Mara Quist, director of the confidence of Velden Harbour.",
			crosswire.RoleRewrite, crosswire.DiscRole, crosswire.SeverityHigh},
		{"former rendered previous",
			"The new fish market was opened on Friday by former harbour councillor Ivo Brandt.",
			"The new fish market was opened at Friday by previous councillor Ivo Brandt.",
			crosswire.RoleTranslation, crosswire.DiscRole, ""},
		{"a negation moved into the quotation marks",
			`Ferry chief Ada Vell said the timetable was not "fit for the islanders who travel to the mainland in winter" and would change.`,
			`Ferry chief Ada Vell said the timetable "was not fit for the islanders who travel to the mainland at winter" and would change.`,
			crosswire.RoleTranslation, crosswire.DiscQuote, crosswire.SeverityLow},
		{"a negation added inside the quotation marks",
			`Ferry chief Ada Vell said the timetable was "fit for the islanders who travel to the mainland in winter" and would change.`,
			`Ferry chief Ada Vell said the timetable "was not fit for the islanders who travel to the mainland at winter" and would change.`,
			crosswire.RoleTranslation, crosswire.DiscQuote, crosswire.SeverityHigh},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkPair(t, tc.a, tc.b, tc.role)
			if got := severityOf(st, tc.kind); got != tc.want {
				t.Errorf("%s discrepancy severity %q, want %q:%s", tc.kind, got, tc.want, dump(st))
			}
		})
	}
}
