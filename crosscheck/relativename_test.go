package crosscheck

import (
	"strings"
	"testing"

	"crosswire"
)

// TestRelativeIsNoSpelling checks that a relative sharing a person's
// surname, named in full beside her by one version, is not shown as a
// spelling of her name when another version misspells it (fictional
// reports), and that the misspelling is still reported.
func TestRelativeIsNoSpelling(t *testing.T) {
	tests := []struct {
		name     string
		texts    []string
		want     bool   // a name discrepancy
		notSide  string // a value no side may show
		wantSide string // a value one side must show
	}{
		{"father beside a misspelt daughter", []string{
			"The singer Ada Quist opened the Velmora festival on Friday. Ms Quist sang for an hour.",
			"Ms Quist, 33, opened the Velmora festival on Friday. Ms Quist said it was a joy.",
			"The singer Ada Quisst opened the Velmora festival on Friday, to loud cheers. Ms Quisst, 33, sang for an hour.",
			"Ada Quist, 33, opened the Velmora festival on Friday. With her father-in-law Ivo Quist, who was delighted, she sang for an hour.",
			"Ada Quist opened the Velmora festival on Friday. Quist's father, Ivo, said he was proud.",
		}, true, "Ivo Quist", "Ada Quisst"},
		{"father beside her, no misspelling", []string{
			"The singer Ada Quist opened the Velmora festival on Friday. Ms Quist sang for an hour.",
			"Ada Quist opened the Velmora festival on Friday with her father-in-law Ivo Quist watching.",
		}, false, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, tc.texts...)
			ds := findDisc(st, crosswire.DiscName)
			if (len(ds) > 0) != tc.want {
				t.Fatalf("name discrepancies %d, want %v:%s", len(ds), tc.want, dump(st))
			}
			var vals []string
			for _, d := range ds {
				for _, v := range d.Variants {
					vals = append(vals, v.Value)
				}
			}
			all := strings.Join(vals, "|")
			if tc.notSide != "" && strings.Contains(all, tc.notSide) {
				t.Errorf("variants %q show %q:%s", all, tc.notSide, dump(st))
			}
			if tc.wantSide != "" && !strings.Contains(all, tc.wantSide) {
				t.Errorf("variants %q lack %q:%s", all, tc.wantSide, dump(st))
			}
		})
	}
}
