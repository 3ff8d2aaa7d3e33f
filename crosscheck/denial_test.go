package crosscheck

import (
	"testing"

	"crosswire"
)

// TestDeniedAssertion checks a plan one version asserts ("the new harbour
// ferry service will start in May") while another reports it denied
// ("reports that … have been denied", "denied claims that …"), fictional
// text: a claim discrepancy, medium. The asserted thing must be the
// subject of "will" (a sentence merely naming the denial's words after
// another verb is no assertion), the assertion unhedged and unnegated,
// and neither version may tell both.
func TestDeniedAssertion(t *testing.T) {
	const lead = `Osterby council met on Monday to discuss the island's transport. `
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"a plan asserted, reports of it denied",
			lead + `The council's new harbour ferry service, which has been planned since spring, will start in May.`,
			lead + `Suggestions that the council would launch a new ferry service from the harbour have been denied by the mayor.`,
			true},
		{"denied claims that …",
			lead + `The council's new harbour ferry service, which has been planned since spring, will start in May.`,
			lead + `The mayor denied claims that a new ferry service would run from the harbour this year.`,
			true},
		{"the words after another verb",
			lead + `Islanders will argue that a new ferry service from the harbour is long overdue.`,
			lead + `Suggestions that the council would launch a new ferry service from the harbour have been denied by the mayor.`,
			false},
		{"the shared words in an aside before will",
			lead + `The island's budget, as the mayor and the council have said of the harbour ferry service, will be set in May.`,
			lead + `Suggestions that the council would launch a new ferry service from the harbour have been denied by the mayor.`,
			false},
		{"the assertion hedged",
			lead + `The council's new harbour ferry service would probably start in May, if funding is found.`,
			lead + `Suggestions that the council would launch a new ferry service from the harbour have been denied by the mayor.`,
			false},
		{"the assertion negated",
			lead + `The council's new harbour ferry service will not start this year.`,
			lead + `Suggestions that the council would launch a new ferry service from the harbour have been denied by the mayor.`,
			false},
		{"one version tells both",
			lead + `The council's new harbour ferry service will start in May. Suggestions that the council would launch a new ferry service from the harbour had been denied in March.`,
			lead + `Suggestions that the council would launch a new ferry service from the harbour have been denied by the mayor.`,
			false},
		{"another thing denied",
			lead + `The council's new harbour ferry service will start in May.`,
			lead + `Reports that the mayor will resign over the bridge tolls have been denied by her office.`,
			false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, tc.a, tc.b)
			got := false
			for _, d := range st.Discrepancies {
				if d.Kind == crosswire.DiscClaim && d.Severity == crosswire.SeverityMedium {
					got = true
				}
			}
			if got != tc.want {
				t.Errorf("denied assertion %v, want %v:%s", got, tc.want, dump(st))
			}
		})
	}
}
