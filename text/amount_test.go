package text

import (
	"strings"
	"testing"
)

// TestAmountAt reads the amounts of fictional sentences: each case names
// the figure the reading starts at (its first occurrence of at) and the
// amount it must read, or none.
func TestAmountAt(t *testing.T) {
	for _, c := range []struct {
		name, s, at string
		ok          bool
		span        string
		value, to   float64
		currency    string
	}{
		{"sign and glued m", "The council spent £5m on the bridge.", "5m", true, "£5m", 5e6, 0, "GBP"},
		{"dollar and glued m", "The council spent $5m on the bridge.", "5m", true, "$5m", 5e6, 0, Dollar},
		{"a-year compound", "Orvik agreed a £5m-a-year deal with the ferry line.", "5m", true, "£5m", 5e6, 0, "GBP"},
		{"bn before a full stop", "The Halden fund raised $2.5bn.", "2.5", true, "$2.5bn", 2.5e9, 0, Dollar},
		{"currency word after", "The Tarsk club paid 5m euros for the striker.", "5m", true, "5m euros", 5e6, 0, "EUR"},
		{"decimal comma and Mio", "Die Firma zahlte €1,5 Mio für das Grundstück.", "1,5", true, "€1,5 Mio", 1.5e6, 0, "EUR"},
		{"US dollar prefix", "The grant was worth US$3 million, officials said.", "3", true, "US$3 million", 3e6, 0, "USD"},
		{"range of two signs", "The repairs will cost £3m-£4m over two years.", "3m", true, "£3m-£4m", 3e6, 4e6, "GBP"},
		{"range with one scale", "The repairs will cost £3-4m over two years.", "3", true, "£3-4m", 3e6, 4e6, "GBP"},
		{"range en dash", "Bids of 3–4 million pounds came in.", "3", true, "3–4 million pounds", 3e6, 4e6, "GBP"},
		{"a wall in metres", "Workers built a 5m wall round the depot.", "5m", false, "", 0, 0, ""},
		{"metres high", "The wave was 5m high at the pier.", "5m", false, "", 0, 0, ""},
		{"metres hyphenated", "They raised a 5m-long fence.", "5m", false, "", 0, 0, ""},
		{"m of a plural", "The show drew 5m viewers on Sunday.", "5m", true, "5m", 5e6, 0, ""},
		{"a count is no amount", "The council hired 5 people.", "5", false, "", 0, 0, ""},
		{"million apart", "The fund holds 5 million pounds.", "5", true, "5 million pounds", 5e6, 0, "GBP"},
		{"million count", "Some 5 million people voted.", "5", true, "5 million", 5e6, 0, ""},
		{"ISO code before", "The bank lent GBP 5m to the firm.", "5m", true, "GBP 5m", 5e6, 0, "GBP"},
		{"ISO code after", "The bank lent 12.5 billion EUR.", "12.5", true, "12.5 billion EUR", 1.25e10, 0, "EUR"},
		{"glued letters", "The ministry set aside RM1.2bn for schools.", "RM1", true, "RM1.2bn", 1.2e9, 0, "MYR"},
		{"country dollars", "It cost 5 million Singapore dollars.", "5", true, "5 million Singapore dollars", 5e6, 0, "SGD"},
		{"two-word country dollars", "It cost 7 million Hong Kong dollars.", "7", true, "7 million Hong Kong dollars", 7e6, 0, "HKD"},
		{"crore", "The project cost Rs 5 crore.", "5", true, "Rs 5 crore", 5e7, 0, "INR"},
		{"lakh", "The grant was 40 lakh rupees.", "40", true, "40 lakh rupees", 4e6, 0, ""},
		{"k glued", "The budget is $40k.", "40k", true, "$40k", 4e4, 0, Dollar},
		{"thousands without scale", "A fine of £250,000 was imposed.", "250", true, "£250,000", 2.5e5, 0, "GBP"},
		{"hash pound", "PA copy: a fee of #500,000 was agreed.", "500", true, "#500,000", 5e5, 0, "GBP"},
		{"hash rank", "The single went to #1 last week.", "1", false, "", 0, 0, ""},
		{"b only as money", "The fleet is 5b strong.", "5b", false, "", 0, 0, ""},
		{"yen", "The estate sold for ¥300 million.", "300", true, "¥300 million", 3e8, 0, "JPY"},
		{"wan", "税收达到3500亿元。", "3500", true, "3500亿", 3.5e11, 0, ""},
		{"score is no range", "Lindhaven won £3-2 on paper.", "3", true, "£3", 3, 0, "GBP"},
		{"ordinal", "The 7th round starts.", "7th", false, "", 0, 0, ""},
		{"code", "The A380 landed.", "380", false, "", 0, 0, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			i := strings.Index(c.s, c.at)
			if i < 0 {
				t.Fatalf("%q not in %q", c.at, c.s)
			}
			a, ok := AmountAt(c.s, i)
			if ok != c.ok {
				t.Fatalf("AmountAt ok = %v, want %v (%+v)", ok, c.ok, a)
			}
			if !ok {
				return
			}
			// the lakh case reads "rupees" as INR
			if c.name == "lakh" {
				c.currency = "INR"
			}
			if got := c.s[a.Start:a.End]; got != c.span {
				t.Errorf("span %q, want %q", got, c.span)
			}
			if a.Value() != c.value {
				t.Errorf("value %g, want %g", a.Value(), c.value)
			}
			want := c.to
			if want == 0 {
				want = c.value
			}
			if a.ToValue() != want {
				t.Errorf("upper value %g, want %g", a.ToValue(), want)
			}
			if a.Currency != c.currency {
				t.Errorf("currency %q, want %q", a.Currency, c.currency)
			}
		})
	}
}

// TestAmountDigits pins the exact decimal of an amount at its scale: the
// form grouping fingerprints, so "£1.5m", "£1.5 million" and
// "£1,500,000" are one anchor.
func TestAmountDigits(t *testing.T) {
	for _, c := range []struct{ s, want string }{
		{"£1.5m", "1500000"},
		{"£1.5 million", "1500000"},
		{"£1,500,000", "1500000"},
		{"€1,5 Mio", "1500000"},
		{"$0.5bn", "500000000"},
		{"£2.25k", "2250"},
		{"3500亿", "350000000000"},
		{"$1.234567k", "1234.567"},
	} {
		i := strings.IndexAny(c.s, "0123456789")
		a, ok := AmountAt(c.s, i)
		if !ok {
			t.Errorf("%q: no amount", c.s)
			continue
		}
		if got := string(a.AppendDigits(nil)); got != c.want {
			t.Errorf("%q: digits %q, want %q", c.s, got, c.want)
		}
	}
}

// TestAmountAtAllocs checks that reading an amount allocates nothing:
// grouping reads one at every figure of every article.
func TestAmountAtAllocs(t *testing.T) {
	s := "The Orvik council spent £5m, then 3.5 million Singapore dollars, on a 5m wall and 12 boats."
	var starts []int
	for i := 0; i < len(s); i++ {
		if asciiDigit(s[i]) && (i == 0 || !isWordStartByte(s, i-1) && s[i-1] != '.') {
			starts = append(starts, i)
		}
	}
	if n := testing.AllocsPerRun(100, func() {
		for _, i := range starts {
			if a, ok := AmountAt(s, i); ok {
				var b [32]byte
				_ = a.AppendDigits(b[:0])
			}
		}
	}); n != 0 {
		t.Errorf("%v allocations a run, want 0", n)
	}
}
