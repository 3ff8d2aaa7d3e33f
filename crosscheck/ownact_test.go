package crosscheck

import (
	"testing"

	"crosswire"
)

// TestOwnActDates: a day the narrator's "we" wrote or reported on is the
// outlet's own act, no value of the story's event another version dates;
// not when "we" is a speaker's inside a quotation, when the verb is not
// one of telling or publishing, or when the date belongs to a later
// clause.
func TestOwnActDates(t *testing.T) {
	const other = "The Brindle Mail phishing wave against thousands of users was on 2 May 2017, the firm said."
	tests := []struct {
		name, a string
		want    int // date discrepancies
	}{
		{"the outlet's earlier article", "On 3 May 2017 we wrote about the Brindle Mail phishing wave against thousands of users.", 0},
		{"an adverb between", "On 3 May 2017 we also wrote about the Brindle Mail phishing wave against thousands of users.", 0},
		{"a speaker's we", `The firm said: "On 3 May 2017 we wrote about the Brindle Mail phishing wave against thousands of users."`, 1},
		{"a verb of no telling", "On 3 May 2017 we saw the Brindle Mail phishing wave against thousands of users.", 1},
		{"the date of a later clause", "We wrote last spring that such attacks would come, and the Brindle Mail phishing wave against thousands of users was on 3 May 2017.", 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, tc.a, other)
			if got := kindCount(st, crosswire.DiscDate); got != tc.want {
				t.Errorf("date discrepancies %d, want %d (%+v)", got, tc.want, st.Discrepancies)
			}
		})
	}
}
