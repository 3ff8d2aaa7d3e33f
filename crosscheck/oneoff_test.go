package crosscheck

import (
	"strings"
	"testing"

	"crosswire"
)

// TestOneOffSpellings: a version writing a firm's name three times and,
// once, one letter off, while another version writes the name, has
// slipped (name, low); not when it writes the other form as often, or the
// name too few times to tell, when another version writes the odd form,
// when no other version names it, nor for a word inside a longer name,
// a word run into the name, or the name's plural.
func TestOneOffSpellings(t *testing.T) {
	const other = "The Keldmoor plant in Vessburg closed on Monday without warning, workers said."
	tests := []struct {
		name, a, b string
		want       bool // a low name discrepancy Keldmoor / the odd form
		odd        string
	}{
		{"a letter dropped once", "Keldmoor shut its plant in Vessburg on Monday. Workers said Keldmoor gave no warning. " +
			"A union official said Keldmor had broken its promise. Keldmoor declined to comment.", other, true, "Keldmor"},
		{"two letters swapped once", "Keldmoor shut its plant in Vessburg on Monday. Workers said Keldmoor gave no warning. " +
			"A union official said Kledmoor had broken its promise. Keldmoor declined to comment.", other, true, "Kledmoor"},
		{"both forms written twice", "Keldmoor shut its plant in Vessburg on Monday. Keldmor owns the land. " +
			"A union official said Keldmor had broken its promise. Keldmoor declined to comment.", other, false, ""},
		{"the name written twice", "Keldmoor shut its plant in Vessburg on Monday. " +
			"A union official said Keldmor had broken its promise. Keldmoor declined to comment.", other, false, ""},
		{"another version writes the odd form", "Keldmoor shut its plant in Vessburg on Monday. Workers said Keldmoor gave no warning. " +
			"A union official said Keldmor had broken its promise. Keldmoor declined to comment.",
			other + " Keldmor, a supplier, lost its contract.", false, ""},
		{"no other version names it", "Keldmoor shut its plant in Vessburg on Monday. Workers said Keldmoor gave no warning. " +
			"A union official said Keldmor had broken its promise. Keldmoor declined to comment.",
			"The plant in Vessburg closed on Monday without warning, workers said.", false, ""},
		{"inside a longer name", "Keldmoor shut its plant in Vessburg on Monday. Workers said Keldmoor gave no warning. " +
			"The union official Ada Keldmor Finch said the firm had broken its promise. Keldmoor declined to comment.", other, false, ""},
		{"a word run into the name", "Keldmoor shut its plant in Vessburg on Monday. Workers said Keldmoor gave no warning. " +
			"A union official said Keldmoorhas broken its promise. Keldmoor declined to comment.", other, false, ""},
		{"the plural", "Keldmoor shut its plant in Vessburg on Monday. Workers said Keldmoor gave no warning. " +
			"A union official said the Keldmoors had broken their promise. Keldmoor declined to comment.", other, false, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTwo(t, tc.a, tc.b)
			var found []string
			for _, d := range st.Discrepancies {
				if d.Kind != crosswire.DiscName {
					continue
				}
				var vs []string
				for _, v := range d.Variants {
					vs = append(vs, v.Value)
				}
				found = append(found, string(d.Severity)+" "+strings.Join(vs, "/"))
			}
			want := 0
			if tc.want {
				want = 1
				if len(found) == 1 && found[0] != "low Keldmoor/"+tc.odd {
					t.Errorf("reported %q, want low Keldmoor/%s", found[0], tc.odd)
				}
			}
			if len(found) != want {
				t.Errorf("name discrepancies %q, want %d", found, want)
			}
		})
	}
}
