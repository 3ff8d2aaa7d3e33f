package text

import "testing"

func TestPivotYear(t *testing.T) {
	cases := []struct {
		name         string
		yy, ref, out int
	}{
		{"last century", 99, 2026, 1999},
		{"this century", 0, 2026, 2000},
		{"this year", 26, 2026, 2026},
		{"next year", 27, 2026, 2027},
		{"two years ahead is the last century", 28, 2026, 1928},
		{"late in a century", 5, 2098, 2105 - 100},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := pivotYear(tc.yy, tc.ref); got != tc.out {
				t.Errorf("pivotYear(%d, %d) = %d, want %d", tc.yy, tc.ref, got, tc.out)
			}
		})
	}
}
