package crosscheck

import (
	"reflect"
	"testing"

	"crosswire"
)

func TestAlignSentences(t *testing.T) {
	original := "Inspectors found cracks in 14 pillars of the Oremund pier. The harbour master closed the pier on Friday. Repairs will cost 6 million crowns."
	tests := []struct {
		name  string
		other string
		lang  string
		// want: for each row, the sentence indexes of the other version.
		want [][]int
	}{
		{"copy", original, "en", [][]int{{0}, {1}, {2}}},
		{"reordered rewrite", "Repairs are expected to cost 6 million crowns. Cracks in 41 pillars of the Oremund pier were found by inspectors. On Friday the harbour master shut the pier.",
			"en", [][]int{{1}, {2}, {0}}},
		{"excerpt", "Inspectors found cracks in 14 pillars of the Oremund pier.", "en", [][]int{{0}, nil, nil}},
		{"added sentence gets its own row", "Inspectors found cracks in 14 pillars of the Oremund pier. A local choir sang at the ceremony. The harbour master closed the pier on Friday. Repairs will cost 6 million crowns.",
			"en", [][]int{{0}, {1}, {2}, {3}}},
		{"other language by position", "Tarkastajat löysivät halkeamia. Satamakapteeni sulki laiturin. Korjaukset maksavat paljon.", "fi", [][]int{{0}, {1}, {2}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := []crosswire.Article{{ID: "o", Text: original, Language: "en"}, {ID: "x", Text: tc.other, Language: tc.lang}}
			rows := AlignSentences(arts)
			var got [][]int
			for _, r := range rows {
				got = append(got, r.Cells[1])
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("rows of the other version = %v, want %v", got, tc.want)
			}
			// Every sentence of both versions is shown exactly once.
			for v := range arts {
				seen := map[int]int{}
				for _, r := range rows {
					for _, j := range r.Cells[v] {
						seen[j]++
					}
				}
				for j := range arts[v].Sentences {
					if seen[j] != 1 {
						t.Errorf("version %d sentence %d shown %d times", v, j, seen[j])
					}
				}
			}
		})
	}
}
