package crosscheck

import (
	"testing"

	"crosswire"
)

// TestOwnedMoney checks, on fictional versions of one story, that the
// amounts two versions give as one person's money — "his £5 million
// fortune", "Quist earned around £6 million" — are compared though their
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
			lead + "He is spending £400,000 of his £5 million Tarvens fortune on a studio at his farm.",
			lead + "Quist earned around £6 million of the £30 million the band made from records and tours.",
			"money of Quist"},
		{"one sum told two ways",
			lead + "He is spending £400,000 of his £5 million Tarvens fortune on a studio at his farm.",
			lead + "Quist earned about £5 million of the £30 million the band made from records and tours.",
			""},
		{"a rate of pay",
			lead + "He is spending £400,000 of his £5 million Tarvens fortune on a studio at his farm.",
			lead + "Quist earned £600,000 a year from records and tours.",
			""},
		{"the price of a home",
			lead + "He moved into his £600,000 home near the coast in March.",
			lead + "Quist earned around £6 million of the £30 million the band made from records and tours.",
			""},
		{"a sum in another currency",
			lead + "He is spending £400,000 of his £5 million Tarvens fortune on a studio at his farm.",
			lead + "Quist earned around $9 million of the $50 million the band made from records and tours.",
			""},
		{"another person's money",
			lead + "He is spending £400,000 of his £5 million Tarvens fortune on a studio at his farm.",
			lead + "Drummer Lena Vosk earned around £6 million of the £30 million the band made from records and tours.",
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
