package crosscheck

import (
	"testing"

	"crosswire"
)

// TestOwnedMoney checks, on fictional versions of one story, that the
// amounts two versions give as one person's money — "his £7 million
// fortune", "Quist earned around £8 million" — are compared though their
// sentences share no verb nor any other word, and reported low when they
// disagree; and that a price, a rate of pay, a conversion or another
// person's money is not.
func TestOwnedMoney(t *testing.T) {
	const lead = "Guitarist Rob Quist has left the Tarvens after nine years, the band said on Monday. "
	tests := []struct {
		name    string
		a, b    string
		subject string // the low number report's heading; "" for none
	}{
		{"a fortune against earnings",
			lead + "With his £7 million Tarvens fortune he plans to open a sailing school.",
			lead + "Over those years Quist earned around £8 million from ten albums.",
			"money of Quist"},
		{"one sum told two ways",
			lead + "With his £7 million Tarvens fortune he plans to open a sailing school.",
			lead + "Over those years Quist earned about £7 million from ten albums.",
			""},
		{"a rate of pay",
			lead + "With his £7 million Tarvens fortune he plans to open a sailing school.",
			lead + "Over those years Quist earned £700,000 a year from ten albums.",
			""},
		{"the price of a home",
			lead + "He moved into his £450,000 home near the coast in March.",
			lead + "Over those years Quist earned around £8 million from ten albums.",
			""},
		{"a sum in another currency",
			lead + "With his £7 million Tarvens fortune he plans to open a sailing school.",
			lead + "Over those years Quist earned around $12 million from ten albums.",
			""},
		{"another person's money",
			lead + "With his £7 million Tarvens fortune he plans to open a sailing school.",
			lead + "Over those years drummer Lena Vosk earned around £8 million from ten albums.",
			""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, tc.a, tc.b)
			var got string
			for _, d := range findDisc(st, crosswire.DiscNumber) {
				if d.Severity == crosswire.SeverityLow {
					got = d.Subject
				}
			}
			if got != tc.subject {
				t.Errorf("low number report %q, want %q:%s", got, tc.subject, dump(st))
			}
		})
	}
}
