package group

import "testing"

// TestOtherDays checks when two leads, and two stories' leads, name
// different days — the guard of the story-rarity pass (storyrare.go).
func TestOtherDays(t *testing.T) {
	day := func(wd, md uint16) leadDay { return leadDay(wd<<leadDateBits | md) }
	tests := []struct {
		name string
		a, b []leadDay
		want bool
	}{
		{"no days", nil, nil, false},
		{"one story names none", []leadDay{day(2, 0)}, nil, false},
		{"same weekday", []leadDay{day(2, 0)}, []leadDay{day(2, 0)}, false},
		{"other weekday", []leadDay{day(2, 0)}, []leadDay{day(4, 0)}, true},
		{"dates win over weekdays", []leadDay{day(2, 920)}, []leadDay{day(4, 920)}, false},
		{"other date", []leadDay{day(0, 920)}, []leadDay{day(0, 921)}, true},
		{"a date and a weekday say nothing of each other", []leadDay{day(0, 920)}, []leadDay{day(3, 0)}, false},
		{"one shared day among others", []leadDay{day(2, 0), day(3, 0)}, []leadDay{day(3, 0), day(5, 0)}, false},
		{"none shared", []leadDay{day(1, 0), day(2, 0)}, []leadDay{day(4, 0), day(5, 0)}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := otherDays(tc.a, tc.b); got != tc.want {
				t.Errorf("otherDays(%v, %v) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
			if len(tc.a) == 1 && len(tc.b) == 1 {
				if got := otherDay(tc.a[0], tc.b[0]); got != tc.want {
					t.Errorf("otherDay(%v, %v) = %v, want %v", tc.a[0], tc.b[0], got, tc.want)
				}
			}
		})
	}
}
