package crosscheck

import (
	"fmt"
	"strings"
	"testing"

	"crosswire"
	"crosswire/facts"
)

// TestClaimFigures checks that a claim is not corroborated across
// versions giving its argument different figures (QA: "a barge carrying
// 36 performers sank" was corroborated by a version saying 38): a figure
// inside a participle phrase is no actor, the noun before it is, and a
// claim whose actor is the figure holds only for that figure. A figure in
// one version's claim and none in the other's is no difference. Fictional
// texts.
func TestClaimFigures(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		lemma string
		// the versions of each claim fact of the lemma, in any order
		want []int
	}{
		{"figure in a participle phrase", []string{
			"A raft carrying 36 dancers sank in the Lemmer canal, police said.",
			"A raft carrying 38 dancers sank in the Lemmer canal, police said.",
		}, "sink", []int{2}},
		{"figure as the actor", []string{
			"Some 36 dancers fled the flooded Lemmer hall, police said.",
			"Some 38 dancers fled the flooded Lemmer hall, police said.",
		}, "flee", []int{1, 1}},
		{"a figure in one version only", []string{
			"Ten directors paid 13 million dollars into the relief fund, the filing shows.",
			"The directors paid 13 million dollars into the relief fund, the filing shows.",
		}, "pay", []int{2}},
		{"the same figure", []string{
			"Some 36 dancers fled the flooded Lemmer hall, police said.",
			"About 36 dancers fled the flooded Lemmer hall, according to police.",
		}, "flee", []int{2}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := rewritesOf(tc.texts...)
			extractAndCheck(t, facts.New(), New(), st)
			var got []int
			for _, f := range st.Facts {
				if f.Kind != crosswire.KindClaim || f.Claim == nil || f.Claim.Lemma != tc.lemma {
					continue
				}
				if strings.ContainsAny(f.Claim.Actor, "0123456789") && len(tc.want) == 1 && tc.lemma == "sink" {
					t.Errorf("actor %q: the figure of a participle phrase", f.Claim.Actor)
				}
				got = append(got, f.Support)
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("claim %s supports %v, want %v:%s", tc.lemma, got, tc.want, dump(st))
			}
		})
	}
}
