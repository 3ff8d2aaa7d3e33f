package crosscheck

import (
	"testing"

	"crosswire"
)

// TestNowAge checks that "Now 59, …" opening a sentence is the age of the
// article's main person when it is plainly one person, and of no one
// when two people are named as often (fictional text).
func TestNowAge(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  bool
	}{
		{
			name: "main person",
			texts: []string{
				"The singer Tomas Brekke, 57, returned to the Harbour Hall in Ostrby last night. Brekke played for two hours. Brekke thanked the crowd.",
				"Tomas Brekke came back to the Harbour Hall in Ostrby last night. Brekke first played there in 1965. So did his band. Brekke thanked the crowd. Now 59, and with his voice intact, he played for two hours.",
			},
			want: true,
		},
		{
			name: "looks younger than his years",
			texts: []string{
				"Tomas Brekke came back to the Harbour Hall in Ostrby last night. Brekke first played there in 1965. Brekke thanked the crowd. Now 59, and with his voice intact, he played for two hours.",
				"Tomas Brekke returned to the Harbour Hall in Ostrby last night. Brekke played for two hours and he looked a decade younger than his 57 years.",
			},
			want: true,
		},
		{
			name: "years of service are no age",
			texts: []string{
				"Tomas Brekke came back to the Harbour Hall in Ostrby last night. Brekke first played there in 1965. Brekke thanked the crowd. Now 59, and with his voice intact, he played for two hours.",
				"Tomas Brekke returned to the Harbour Hall in Ostrby last night. Brekke played for two hours, longer than his 57 years of touring had taught him to.",
			},
			want: false,
		},
		{
			name: "two people as often",
			texts: []string{
				"The singer Tomas Brekke, 57, returned to the Harbour Hall in Ostrby last night with Anna Lind. Brekke played for two hours.",
				"Tomas Brekke and Anna Lind came back to the Harbour Hall in Ostrby last night. Lind first played there in 1965. So did Brekke. Now 59, and with his voice intact, he played for two hours.",
			},
			want: false,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, tc.texts...)
			got := false
			for _, d := range st.Discrepancies {
				if d.Severity == crosswire.SeverityLow {
					continue
				}
				for _, v := range d.Variants {
					if v.Value == "59" || v.Shown() == "59" {
						got = true
					}
				}
			}
			if got != tc.want {
				t.Errorf("59 reported as an age conflict: %v, want %v; %s", got, tc.want, dump(st))
			}
		})
	}
}
