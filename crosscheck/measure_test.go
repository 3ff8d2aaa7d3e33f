package crosscheck

import (
	"testing"

	"crosswire"
)

// TestSpeedsTimesAndWrittenValues checks, on fictional versions of one
// story, that a speed is compared as one unit and headed by what moves,
// that the time of day of one event is one slot, and that each variant
// carries the words the versions wrote while its value stays normalised.
func TestSpeedsTimesAndWrittenValues(t *testing.T) {
	tests := []struct {
		name              string
		texts             []string
		subject           string
		values, written   []string
		wantNoDiscrepancy bool
	}{
		{
			name: "speed written two ways",
			texts: []string{
				"The Lindorm ferry was travelling at 62 kilometres an hour when it struck the Kelvara pier, the harbour office said.",
				"The Lindorm ferry was travelling at 72 km/h when it struck the Kelvara pier, the harbour office said.",
			},
			subject: "speed of the ferry",
			values:  []string{"62 km/h", "72 km/h"},
			written: []string{"62 kilometres an hour", "72 km/h"},
		},
		{
			name: "same speed in two spellings",
			texts: []string{
				"The Lindorm ferry was travelling at 62 kilometres an hour when it struck the Kelvara pier.",
				"The Lindorm ferry was travelling at 62 km/h when it struck the Kelvara pier.",
			},
			wantNoDiscrepancy: true,
		},
		{
			name: "time of day of one event",
			texts: []string{
				"Fourteen wagons of a Vestline train left the tracks near Ostrby at 04:40 on Tuesday, the rescue service said.",
				"Fourteen wagons of a Vestline train left the tracks near Ostrby at 04:40 on Tuesday, the rescue service said.",
				"Fourteen wagons of a Vestline train left the tracks near Ostrby at 05:40 on Tuesday, the rescue service said.",
			},
			subject: "time of day",
			values:  []string{"04:40", "05:40"},
			written: []string{"04:40", "05:40"},
		},
		{
			name: "same time on two clocks",
			texts: []string{
				"The Vestline train left the tracks near Ostrby at 04:40 on Tuesday, the rescue service said.",
				"The Vestline train left the tracks near Ostrby at 4.40am on Tuesday, the rescue service said.",
			},
			wantNoDiscrepancy: true,
		},
		{
			name: "start and end of one fire",
			texts: []string{
				"A fire broke out at the Ostrby sawmill at 04:40 on Tuesday, the rescue service said. Nobody was hurt.",
				"Firefighters had the blaze at the Ostrby sawmill under control by 07:10 on Tuesday, the rescue service said. Nobody was hurt.",
			},
			wantNoDiscrepancy: true,
		},
		{
			name: "two times in both versions",
			texts: []string{
				"A fire broke out at the Ostrby sawmill at 04:40 and firefighters put it out at 07:10, the rescue service said.",
				"Firefighters put out the fire at the Ostrby sawmill at 07:10; it had broken out at 04:40, the rescue service said.",
			},
			wantNoDiscrepancy: true,
		},
		{
			name: "count written in words",
			texts: []string{
				"Fourteen wagons of a Vestline train left the tracks near Ostrby, the rescue service said.",
				"Sixteen wagons of a Vestline train left the tracks near Ostrby, the rescue service said.",
			},
			values:  []string{"14 wagon", "16 wagon"},
			written: []string{"Fourteen wagons", "Sixteen wagons"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, tc.texts...)
			ds := findDisc(st, crosswire.DiscNumber)
			if tc.wantNoDiscrepancy {
				if len(ds) > 0 {
					t.Fatalf("want no number discrepancy, got %s", dump(st))
				}
				return
			}
			if len(ds) != 1 {
				t.Fatalf("want one number discrepancy, got %d: %s", len(ds), dump(st))
			}
			d := ds[0]
			if tc.subject != "" && d.Subject != tc.subject {
				t.Errorf("subject %q, want %q", d.Subject, tc.subject)
			}
			if d.Severity != crosswire.SeverityHigh {
				t.Errorf("severity %s, want high", d.Severity)
			}
			var values, written []string
			for _, v := range d.Variants {
				values = append(values, v.Value)
				written = append(written, v.Shown())
			}
			if !sameSet(values, tc.values) || !sameSet(written, tc.written) {
				t.Errorf("values %q shown %q, want %q shown %q", values, written, tc.values, tc.written)
			}
		})
	}
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	n := map[string]int{}
	for _, x := range a {
		n[x]++
	}
	for _, x := range b {
		n[x]--
	}
	for _, c := range n {
		if c != 0 {
			return false
		}
	}
	return true
}
