package facts_test

import (
	"context"
	"strings"
	"testing"

	"crosswire"
	"crosswire/facts"
)

// TestAmountFacts checks the number facts of amounts, read by the text
// layer (text.AmountAt) and carried into facts, on fictional sentences:
// the span is the amount as written, the value is at its scale and the
// unit is its currency; a length in metres is not a sum. A fact's span
// may begin earlier, at what the figure counts ("fee of #500,000").
func TestAmountFacts(t *testing.T) {
	for _, c := range []struct {
		name, text, span string
		low, high        float64
		unit             string
	}{
		{"a-year compound", "The Orvik council agreed a £5m-a-year deal with the ferry line.", "£5m", 5e6, 5e6, "GBP"},
		{"bn before a full stop", "The Halden fund raised $2.5bn.", "$2.5bn", 2.5e9, 2.5e9, facts.Dollar},
		{"currency word after", "The Tarsk club paid 5m euros for the striker.", "5m euros", 5e6, 5e6, "EUR"},
		{"US dollars", "The grant was worth US$3 million, officials said.", "US$3 million", 3e6, 3e6, "USD"},
		{"range", "The repairs at Kestrel Point will cost £3m-£4m over two years.", "£3m-£4m", 3e6, 4e6, "GBP"},
		{"range with one scale", "The repairs at Kestrel Point will cost £3-4m over two years.", "£3-4m", 3e6, 4e6, "GBP"},
		{"a wall in metres", "Workers built a 5m wall round the Orvik depot.", "5m", 5, 5, "m"},
		{"crore", "The Lindhaven project cost Rs 5 crore.", "Rs 5 crore", 5e7, 5e7, "INR"},
		{"glued currency letters", "The ministry set aside RM1.2bn for schools.", "RM1.2bn", 1.2e9, 1.2e9, "MYR"},
		{"range between two amounts", "The repairs at Kestrel Point will cost between £3m and £4m.", "between £3m and £4m", 3e6, 4e6, "GBP"},
		{"range to an amount", "The Orvik fares rose from £3m to £4m last year.", "£3m to £4m", 3e6, 4e6, "GBP"},
		{"hash pound of wire copy", "The Orvik council agreed a fee of #500,000 for the work.", "#500,000", 5e5, 5e5, "GBP"},
	} {
		t.Run(c.name, func(t *testing.T) {
			fs, err := facts.New().Extract(context.Background(), &crosswire.Article{ID: "a", Text: c.text})
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range fs {
				if f.Kind != crosswire.KindNumber || !strings.HasSuffix(f.Span.Text, c.span) {
					continue
				}
				if n := f.Number; n.Low != c.low || n.High != c.high || n.Unit != c.unit {
					t.Errorf("%q: %g–%g %q, want %g–%g %q", c.span, n.Low, n.High, n.Unit, c.low, c.high, c.unit)
				}
				return
			}
			var got []string
			for _, f := range fs {
				if f.Kind == crosswire.KindNumber {
					got = append(got, f.Span.Text)
				}
			}
			t.Errorf("no number fact %q; numbers %q", c.span, got)
		})
	}
}

// TestAmountLabels checks what an amount is the value of when the words
// before it say so apart from the figure, on fictional sentences: a
// valuation ("damage estimated at £5m", "put the damage at £5 million",
// "the deal was valued at $3bn") gives the noun as Counted and leaves the
// span on the amount alone, the label belonging to the subject; a verb
// leading the phrase ("caused damage") is no part of it; a figure that is
// no amount after "the <noun> at" counts nothing ("the gate at 5"), nor
// does a noun after a preposition or a relative pronoun ("against the
// dollar at $0.14", "which the insurer put at $640m").
func TestAmountLabels(t *testing.T) {
	for _, c := range []struct {
		name, text, span, counted string
	}{
		{"verb then valuation", "A fire on Monday caused damage estimated at £5m, the county said.", "£5m", "damage"},
		{"put the noun at", "The county put the damage at £5 million on Tuesday.", "£5 million", "damage"},
		{"passive valuation", "The deal was valued at $3bn by analysts.", "$3bn", "deal"},
		{"two-word subject", "Officials put the repair bill at £2m.", "£2m", "repair bill"},
		{"of keeps its phrase", "The Orvik council agreed a fee of £5m for the work.", "fee of £5m", "fee"},
		{"no amount after the noun", "Crowds waited at the gate at 5 for the Brannock parade.", "5", ""},
		{"a preposition's object", "The Orvik krone traded against the dollar at $0.14 on Friday.", "$0.14", ""},
		{"a relative clause's subject", "The losses, which the insurer put at $640m, grew.", "$640m", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			fs, err := facts.New().Extract(context.Background(), &crosswire.Article{ID: "a", Text: c.text})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range fs {
				if f.Kind != crosswire.KindNumber {
					continue
				}
				if f.Span.Text == c.span {
					if f.Number.Counted != c.counted {
						t.Errorf("%q counts %q, want %q", c.span, f.Number.Counted, c.counted)
					}
					return
				}
				got = append(got, f.Span.Text)
			}
			t.Errorf("no number fact spanning %q; numbers %q", c.span, got)
		})
	}
}
