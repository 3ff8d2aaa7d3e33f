package crosscheck

import (
	"testing"

	"crosswire"
)

// TestReportedStance checks a speaker's stance on a proposition told in
// reported speech (fictional text): the same speaker's stance on the same
// clause turned from positive to negative across two versions — by a
// negation or by the opposite stance word — is a high claim or quote
// discrepancy; the same stance told directly by one version and
// indirectly by another is none.
func TestReportedStance(t *testing.T) {
	const lead = "OSTBY, March 4 - Norland's Prime Minister Harald Eikvang spoke to reporters in Ostby on Tuesday about the attacks on three telephone companies.\n\n"
	const tail = "\n\nVestmark's embassy in Ostby rejected the accusation as baseless."
	tests := []struct {
		name string
		a, b string
		want bool   // a high/medium claim or quote discrepancy
		x, y string // words of its two variants, when wanted
	}{
		{"said confident / said not confident",
			"Eikvang said he was confident that the Vestmark service was behind the attacks.",
			"Eikvang said he was not confident that the Vestmark service was behind the attacks.",
			true, "confident", "not confident"},
		{"convinced / doubtful",
			"Eikvang said he was convinced that the Vestmark service was behind the attacks.",
			"Eikvang said he was doubtful that the Vestmark service was behind the attacks.",
			true, "convinced", "doubtful"},
		{"believes / doubts",
			"Eikvang believes that the Vestmark service was behind the attacks, his office said.",
			"Eikvang doubts that the Vestmark service was behind the attacks, his office said.",
			true, "believes", "doubts"},
		{"that-less clause",
			"Eikvang was sure the Vestmark service was behind the attacks.",
			"Eikvang said he was not sure the Vestmark service was behind the attacks.",
			true, "sure", "not sure"},
		{"stance adjective without a speech verb",
			"Eikvang was sure that the Vestmark service was behind the attacks.",
			"Eikvang was not sure that the Vestmark service was behind the attacks.",
			true, "sure", "not sure"},
		{"direct quote against the same words reported",
			`"We are confident that the Vestmark service is behind these attacks," Eikvang said.`,
			"Eikvang said he was confident that the Vestmark service was behind the attacks.",
			false, "", ""},
		{"same stance in other words",
			"Eikvang said he was confident that the Vestmark service was behind the attacks.",
			"Eikvang said he was convinced that the Vestmark service was behind the attacks.",
			false, "", ""},
		{"opposite stances of two speakers",
			"Eikvang said he was confident that the Vestmark service was behind the attacks.",
			"Eikvang said he was confident that the Vestmark service was behind the attacks. The opposition leader Mira Tollefsen said she was not confident that the Vestmark service was behind the attacks.",
			false, "", ""},
		{"stance on two different propositions",
			"Eikvang said he was confident that the Vestmark service was behind the attacks.",
			"Eikvang said he was not confident that the stolen records would be recovered soon.",
			false, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, lead+tc.a+tail, lead+tc.b+tail)
			var got *crosswire.Discrepancy
			for i, d := range st.Discrepancies {
				if (d.Kind == crosswire.DiscClaim || d.Kind == crosswire.DiscQuote) && d.Severity != crosswire.SeverityLow {
					got = &st.Discrepancies[i]
					break
				}
			}
			if !tc.want {
				if got != nil {
					t.Errorf("unexpected %s/%s discrepancy; got %s", got.Kind, got.Severity, dump(st))
				}
				return
			}
			if got == nil || got.Severity != crosswire.SeverityHigh || !variantHolds(*got, tc.x) || !variantHolds(*got, tc.y) {
				t.Errorf("want a high claim/quote discrepancy %q vs %q; got %s", tc.x, tc.y, dump(st))
			}
		})
	}
}
