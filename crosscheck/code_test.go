package crosscheck

import (
	"context"
	"testing"

	"crosswire"
)

func TestCodeDiscrepancies(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want int // code discrepancies
	}{
		{"registration with two letters changed",
			"Police found the van, registration R462 KLT, abandoned near the harbour in Vessburg.",
			"Police found the van, registration R462 KTL, abandoned near the harbour in Vessburg.", 1},
		{"flight number one digit apart",
			"Passengers on flight NX4417 were held at the gate for three hours on Monday.",
			"Passengers on flight NX4411 were held at the gate for three hours on Monday.", 1},
		{"same code", "The case, numbered CR-2231, returns to court in March.",
			"The case, numbered CR-2231, returns to court in March.", 0},
		{"a version naming both codes tells two things apart",
			"Flight NX4417 was held at the gate; flight NX4411 left on time.",
			"Flight NX4411 was held at the gate for three hours.", 0},
		{"measures are no codes", "The ferry sailed 10km in 3pm fog near the harbour of Vessburg.",
			"The ferry sailed 12km in 3pm fog near the harbour of Vessburg.", 0},
		{"codes in unrelated sentences", "The model X200 was launched in spring by the firm.",
			"Engineers tested the X201 prototype in the desert heat.", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTwo(t, tc.a, tc.b)
			got := 0
			for _, d := range st.Discrepancies {
				if d.Kind != crosswire.DiscCode {
					continue
				}
				got++
				for _, v := range d.Variants {
					for _, sp := range v.Sources {
						text := tc.a
						if sp.Article == "b" {
							text = tc.b
						}
						if text[sp.Start:sp.End] != sp.Text {
							t.Errorf("span %+v does not match its text", sp)
						}
					}
				}
			}
			if got != tc.want {
				t.Errorf("code discrepancies = %d, want %d (%+v)", got, tc.want, st.Discrepancies)
			}
		})
	}
}

func TestNameVariants(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want int // name discrepancies
	}{
		{"surname one letter apart", "The award went to the writer Ada Quist at a dinner in Vessburg on Friday.",
			"The award went to the writer Ada Quisst at a dinner in Vessburg on Friday.", 1},
		{"given name changed in the same apposition", "The hero Tom Brand (Steve Orwell) and his friend sail to Lorne.",
			"The hero Tom Brand (Simon Orwell) and his friend sail to Lorne.", 1},
		{"two characters of one family", "The film stars Ada Quist, who plays Mara Lind, with the singer.",
			"The film stars Ada Quist, who plays Tova Lind, with the singer.", 0},
		{"a short given name", "Guests included the presenter Dave Orwell at the Vessburg gala.",
			"Guests included the presenter David Orwell at the Vessburg gala.", 0},
		{"a version naming both", "The writer Ada Quist met the writer Ada Quisst in Vessburg.",
			"The writer Ada Quisst met her editor in Vessburg.", 0},
		{"possessive", "The writer Ada Quist's novel won the prize in Vessburg.",
			"The writer Ada Quist won the prize in Vessburg for her novel.", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTwo(t, tc.a, tc.b)
			got := 0
			for _, d := range st.Discrepancies {
				if d.Kind == crosswire.DiscName {
					got++
				}
			}
			if got != tc.want {
				t.Errorf("name discrepancies = %d, want %d (%+v)", got, tc.want, st.Discrepancies)
			}
		})
	}
}

// checkTwo cross-checks an original a and its rewrite b as one story.
func checkTwo(t *testing.T, a, b string) *crosswire.Story {
	t.Helper()
	st := &crosswire.Story{ID: "s", Articles: []crosswire.Article{
		{ID: "a", Text: a, Language: "en", Role: crosswire.RoleOriginal},
		{ID: "b", Text: b, Language: "en", Role: crosswire.RoleRewrite},
	}}
	if err := New().Check(context.Background(), st, map[string][]crosswire.Fact{}); err != nil {
		t.Fatal(err)
	}
	return st
}
