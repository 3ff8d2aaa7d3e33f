package crosscheck

import (
	"strings"
	"testing"

	"crosswire"
)

// TestAgeOfRelativeByName checks, on fictional versions of one story, that
// a baby's age in months given beside a one-word name the extractor takes
// for no person — after a relation noun ("his son Tam") or before the
// description ("Tam, the … son of") — is compared across versions under
// that name, and not given to another person of the story who shares the
// word (see the case's comment).
func TestAgeOfRelativeByName(t *testing.T) {
	tests := []struct {
		name    string
		a, b    string
		want    int    // age discrepancies
		subject string // of the first, when any
	}{
		{"apposition against a relation noun",
			"The choir will sing for Tam, the five-month-old son of Ivo Strand and Kira Lund, who was named after a poet.",
			"Referring to his brother Ivo's four-month-old son Tam, named after a poet, the singer said he was delighted.",
			1, "age of Tam"},
		{"the same age",
			"The choir will sing for Tam, the five-month-old son of Ivo Strand and Kira Lund, who was named after a poet.",
			"Referring to his brother Ivo's five-month-old son Tam, named after a poet, the singer said he was delighted.",
			0, ""},
		// the relation noun's side resolves the word to the poet, the
		// apposition keeps the name as written: never one key, so no
		// age of the poet is made of the baby's (the comparison is lost)
		{"a person of the story sharing the name",
			"The poet Ada Tam wrote the verse. The choir will sing for Tam, the five-month-old son of Ivo Strand, who was named after the poet.",
			"The poet Ada Tam wrote the verse. Referring to his brother Ivo's four-month-old son Tam, named after the poet, the singer said he was delighted.",
			0, ""},
		{"two children of two names",
			"The choir will sing for Tam, the five-month-old son of Ivo Strand and Kira Lund.",
			"Referring to his brother Ivo's four-month-old son Rafe, the singer said he was delighted.",
			0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, tc.a, tc.b)
			var ages []crosswire.Discrepancy
			for _, d := range findDisc(st, crosswire.DiscNumber) {
				if strings.HasPrefix(d.Subject, "age of") {
					ages = append(ages, d)
				}
			}
			if len(ages) != tc.want {
				t.Fatalf("age discrepancies = %d, want %d:%s", len(ages), tc.want, dump(st))
			}
			if tc.want > 0 && ages[0].Subject != tc.subject {
				t.Errorf("subject = %q, want %q", ages[0].Subject, tc.subject)
			}
		})
	}
}
