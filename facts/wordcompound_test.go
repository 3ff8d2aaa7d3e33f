package facts

import (
	"testing"

	"crosswire"
)

// TestNumberWordCompounds checks how number words join into one figure
// (fictional sentences): a unit after a ten, anything below a hundred
// after "hundred" or a scale; two units or two tens in a row, or two
// units joined by "and", are two figures, never their sum.
func TestNumberWordCompounds(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []float64 // the figures' low values, in order
	}{
		{"a unit after a ten", "Twenty three people were rescued from the Orvik ferry.", []float64{23}},
		{"hundred and fifty", "The Orvik choir sang for two hundred and fifty people.", []float64{250}},
		{"thousand and a unit", "The Tarsk fund has one thousand and six members.", []float64{1006}},
		{"two units", "The Orvik dairy sent two eight churns to the fair.", []float64{2, 8}},
		{"two units joined by and", "The Tarsk yard will launch three and five boats in the spring.", []float64{3, 5}},
		{"two tens", "The Tarsk club had forty fifty members over the years.", []float64{40, 50}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []float64
			for _, f := range extractText(t, c.text, nil) {
				if f.Kind == crosswire.KindNumber {
					got = append(got, f.Number.Low)
				}
			}
			if len(got) != len(c.want) {
				t.Fatalf("figures %v, want %v", got, c.want)
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Errorf("figures %v, want %v", got, c.want)
				}
			}
		})
	}
}
