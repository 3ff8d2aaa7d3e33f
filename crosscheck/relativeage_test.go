package crosscheck

import (
	"strings"
	"testing"

	"crosswire"
)

// TestRelativesAndBabiesAges checks ages given after a relation noun ("her
// 10-year-old daughter Mira Holt") and ages in months (fictional reports):
// they are the named person's, compared with the other versions' ages of
// that person; a baby's months are not years.
func TestRelativesAndBabiesAges(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want string // a variant value of the age discrepancy, "" for none
	}{
		{"a daughter's age after the noun",
			"The ferry captain Ada Holt said her 10-year-old daughter Mira Holt was rescued near Velmora.",
			"Mira Holt, 11, was rescued near Velmora, the ferry captain Ada Holt said.",
			"11"},
		{"the same age",
			"The ferry captain Ada Holt said her 10-year-old daughter Mira Holt was rescued near Velmora.",
			"Mira Holt, 10, was rescued near Velmora, the ferry captain Ada Holt said.",
			""},
		{"a baby's months",
			"The ferry captain Ada Holt said her four-month-old son Daniel Holt was rescued near Velmora.",
			"Rescuers found Daniel Holt, the five-month-old grandson of the ferry captain, near Velmora.",
			"5 months"},
		{"months against years",
			"The ferry captain Ada Holt said her 12-month-old son Daniel Holt was rescued near Velmora.",
			"Rescuers found Daniel Holt, the one-year-old grandson of the ferry captain, near Velmora.",
			""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, tc.a, tc.b)
			var vals []string
			for _, d := range findDisc(st, crosswire.DiscNumber) {
				if !strings.HasPrefix(d.Subject, "age of") {
					continue
				}
				for _, v := range d.Variants {
					vals = append(vals, v.Value)
				}
			}
			switch {
			case tc.want == "" && len(vals) > 0:
				t.Errorf("age discrepancy %q, want none:%s", vals, dump(st))
			case tc.want != "" && !strings.Contains("|"+strings.Join(vals, "|")+"|", "|"+tc.want+"|"):
				t.Errorf("age variants %q, want one %q:%s", vals, tc.want, dump(st))
			}
		})
	}
}
