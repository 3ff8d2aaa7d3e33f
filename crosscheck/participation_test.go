package crosscheck

import (
	"strings"
	"testing"

	"crosswire"
)

// TestParticipation checks that a named participant one version says will
// not take part and another lists among the guests, or says might take
// part, is a claim discrepancy, and that versions agreeing, a version
// saying both, a relative clause about the past and "not … until" are not
// (fictional text).
func TestParticipation(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  crosswire.Severity // "" for none
	}{
		{
			name: "not appearing vs listed among the guests",
			texts: []string{
				"The host said she drew up a list of stars to meet for the show, although the actor Ivo Strand will not be appearing.",
				"The host has picked some of her guests, including film star Ivo Strand, for the show.",
			},
			want: crosswire.SeverityMedium,
		},
		{
			name: "not involved vs might appear",
			texts: []string{
				"The host said her Harbour Group colleagues might also put in an appearance on the show.",
				"The host says the Harbour Group are not involved in the show.",
			},
			want: crosswire.SeverityLow,
		},
		{
			name: "both appear",
			texts: []string{
				"The host said the actor Ivo Strand will be appearing on the show.",
				"The host has picked some of her guests, including film star Ivo Strand, for the show.",
			},
		},
		{
			name: "a version saying both",
			texts: []string{
				"The host said the actor Ivo Strand will not be appearing on the show. Guests including Ivo Strand were asked last year.",
				"The host has picked some of her guests, including film star Ivo Strand, for the show.",
			},
		},
		{
			name: "two events named two ways",
			texts: []string{
				"The family said Ivo Strand will not be attending the funeral in Ostrby.",
				"The family said Ivo Strand attended the hearing in Ostrby.",
			},
			want: crosswire.SeverityLow,
		},
		{
			name: "a clause about the past",
			texts: []string{
				"The host said the actor Ivo Strand, who never appeared on the show, sent flowers.",
				"The host has picked some of her guests, including film star Ivo Strand, for the show.",
			},
		},
		{
			name: "joined by someone else",
			texts: []string{
				"The host said the actor Ivo Strand will not be joined by his brother on the show.",
				"The host has picked some of her guests, including film star Ivo Strand, for the show.",
			},
		},
		{
			name: "not until",
			texts: []string{
				"The host said the actor Ivo Strand will not appear until the spring on the show.",
				"The host has picked some of her guests, including film star Ivo Strand, for the show.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, tc.texts...)
			var got crosswire.Severity
			for _, d := range st.Discrepancies {
				if d.Kind == crosswire.DiscClaim && strings.HasSuffix(d.Subject, "takes part") {
					got = d.Severity
				}
			}
			if got != tc.want {
				t.Errorf("participation discrepancy %q, want %q; %s", got, tc.want, dump(st))
			}
		})
	}
}
