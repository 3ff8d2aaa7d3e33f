package crosscheck

import (
	"testing"

	"crosswire"
	"crosswire/facts"
)

// TestCountedThings checks that two independent reports' counts of one
// counted thing, told in sentences sharing few words, are one fact
// (fictional texts): each report's one count of the thing, or the first
// count beside one named party, or a large count and the one value of the
// other report agreeing with it. Agreeing values are corroborated, a
// bound is read as a range ("340 villages" / "more than 340 villages"
// agree, "240 flaws" / "over 250 vulnerabilities" do not), and nouns of
// one kind (flaws / vulnerabilities, variants / versions) count one
// thing. Counts an order of magnitude apart, and counts beside different
// people, are two facts.
func TestCountedThings(t *testing.T) {
	for _, c := range []struct {
		name     string
		texts    []string
		a, b     string // a discrepancy between values a and b, of severity want
		want     crosswire.Severity
		agreeing string // a value that must be corroborated ("" none)
	}{
		{"flaws and vulnerabilities, one below the other's bound", []string{
			"Harbour pilots in Tarsk rely on the Quill chart viewer. Its maker, Velkor Labs, said its spring release corrects 240 flaws, and students at Orvik college reported 12 of them.\nThe 12 flaws from Orvik are rated severe.",
			"According to Velkor Labs, over 250 vulnerabilities were closed in the newest Quill release.",
		}, "240 flaw", "more than 250 vulnerability", crosswire.SeverityMedium, ""},
		{"a count and more than it agree", []string{
			"Road crews cleared the Brelmoor storm damage in 340 villages, the county said.",
			"Volunteers joined crews in more than 340 villages as the Brelmoor storm moved north.",
		}, "", "", "", "340 village"},
		{"variants and versions", []string{
			"A catalogue kept by the Oskel herbarium lists over 410 variants of the Fenmoth rose.",
			"Growers in Lindhaven now sell about 610 versions of the flower, their guild says.\nThe count rose from 90 variants a decade before.",
		}, "more than 410 variant", "about 610 version", crosswire.SeverityMedium, ""},
		{"two counts an order of magnitude apart are two facts", []string{
			"The Marlow exchange said 300 wallets were emptied during the night.",
			"Marlow keeps 9,000 wallets for its customers, its annual report says.",
		}, "300 wallet", "9000 wallet", "", ""},
		{"a person's age at two moments is no count", []string{
			"By the age of 15 the Orvik harpist had played in forty countries.",
			"The Orvik harpist recorded her first album at the age of 13.",
		}, "15 age", "13 age", "", ""},
		{"other people's counts are two facts", []string{
			"Orvik striker Ivo Marsh has scored 12 goals this season.",
			"Tarsk forward Dana Keller has 19 goals after a strong spring.",
		}, "12 goal", "19 goal", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			st := storyOf(c.texts...)
			extractAndCheck(t, facts.New(), New(), &st)
			assertSpans(t, &st)
			if c.a != "" || c.want != "" {
				if got := discWithValues(&st, crosswire.DiscNumber, c.a, c.b); got != c.want {
					t.Errorf("number discrepancy %s/%s: severity %q, want %q; got:%s", c.a, c.b, got, c.want, dump(&st))
				}
			}
			if c.agreeing != "" {
				ok := false
				for _, f := range st.Facts {
					if f.Kind == crosswire.KindNumber && f.Value == c.agreeing && f.Status == crosswire.StatusCorroborated {
						ok = true
					}
				}
				if !ok {
					t.Errorf("%s not corroborated; got:%s", c.agreeing, dump(&st))
				}
			}
		})
	}
}

// TestLowerBoundReach checks how far "more than N" reaches when compared
// with another figure (fictional values): a bound of three digits or more
// reaches one step of its leading digit ("more than 400" is not "about
// 600"), a small bound twice itself, and a figure at the bound agrees.
func TestLowerBoundReach(t *testing.T) {
	n := func(lo float64, qual string) *crosswire.Number {
		return &crosswire.Number{Low: lo, High: lo, Qualifier: qual}
	}
	for _, c := range []struct {
		name  string
		a, b  *crosswire.Number
		agree bool
	}{
		{"more than 400 / about 600", n(400, "more than"), n(600, "about"), false},
		{"more than 400 / 450", n(400, "more than"), n(450, ""), true},
		{"more than 150 / 150", n(150, "more than"), n(150, ""), true},
		{"more than 118 / 116", n(118, "more than"), n(116, ""), false},
		{"more than 1,000 / 1,800", n(1000, "more than"), n(1800, ""), true},
		{"more than 1,000 / 2,500", n(1000, "more than"), n(2500, ""), false},
		{"more than 10 / 15", n(10, "more than"), n(15, ""), true},
		{"at least 200,000 / 280,000", n(200000, "at least"), n(280000, ""), true},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := numbersAgree(c.a, c.b); got != c.agree {
				t.Errorf("numbersAgree = %v, want %v", got, c.agree)
			}
		})
	}
}
