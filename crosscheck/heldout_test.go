package crosscheck

import (
	"regexp"
	"testing"

	"crosswire"
)

// The tests of this file are the shapes issue 16 quotes from held-out
// real text (the three versions of a cyberattack attribution story, and
// five outlets' reports of one event), written again in fictional words
// of their own: each drift is reported as what it is, each false
// positive is not.

// TestAttributionShapes checks each drift of a cyberattack attribution
// story told in other words than TestAttributionDrift: a head of
// government's surname two letters apart, her verdict on the attribution
// turned, two year spans of one campaign, an intrusion that got in or was
// stopped, and one stolen object's noun changed.
func TestAttributionShapes(t *testing.T) {
	const lead = "VARNE, June 12 (Kestpress) - Kestria's government said on Thursday that a hacking group run by Ostmark's foreign intelligence service had targeted the country's energy grid operators.\n\n"
	const tail = "\n\nOstmark's foreign ministry dismissed the accusation as slander."
	tests := []struct {
		name  string
		a, b  string
		kinds []crosswire.DiscrepancyKind // any of them; nil = no high/medium discrepancy at all
		sev   crosswire.Severity          // the least severity wanted
		x, y  string                      // words of two variants
	}{
		{"surname two letters apart",
			"Chancellor Ilse Brannstock told parliament in Varne that the evidence was strong. Brannstock did not name the companies.",
			"Chancellor Ilse Brennstack told parliament in Varne that the evidence was strong. Brennstack did not name the companies.",
			[]crosswire.DiscrepancyKind{crosswire.DiscName}, crosswire.SeverityMedium, "Brannstock", "Brennstack"},
		{"surname two letters apart, the title after the name",
			"Ilse Brannstock, Kestria's chancellor, told parliament in Varne that the evidence was strong.",
			"Ilse Brennstack, Kestria's chancellor, told parliament in Varne that the evidence was strong.",
			[]crosswire.DiscrepancyKind{crosswire.DiscName}, crosswire.SeverityMedium, "Brannstock", "Brennstack"},
		{"verdict: no doubt / doubted",
			"Chancellor Ilse Brannstock said she had no doubt that the Ostmark service was behind the intrusions.",
			"Chancellor Ilse Brannstock said she doubted that the Ostmark service was behind the intrusions.",
			[]crosswire.DiscrepancyKind{crosswire.DiscQuote, crosswire.DiscClaim}, crosswire.SeverityHigh, "no doubt", "doubted"},
		{"verdict: believed / did not believe",
			"Chancellor Ilse Brannstock said she believed the Ostmark service was behind the intrusions.",
			"Chancellor Ilse Brannstock said she did not believe the Ostmark service was behind the intrusions.",
			[]crosswire.DiscrepancyKind{crosswire.DiscQuote, crosswire.DiscClaim}, crosswire.SeverityHigh, "believed", "did not believe"},
		{"verdict: convinced / not convinced, direct quote",
			`"I am convinced that the Ostmark service carried out these intrusions," Brannstock said.`,
			`"I am not convinced that the Ostmark service carried out these intrusions," Brannstock said.`,
			[]crosswire.DiscrepancyKind{crosswire.DiscQuote, crosswire.DiscClaim}, crosswire.SeverityHigh, "convinced", "not convinced"},
		{"period: between / from … to",
			"The intrusions took place between 2019 and 2021, the grid regulator said.",
			"The intrusions took place from 2018 to 2021, the grid regulator said.",
			[]crosswire.DiscrepancyKind{crosswire.DiscDate}, crosswire.SeverityMedium, "2019", "2018"},
		{"outcome: breached / repelled",
			"An attack on the network of the Varne water utility in March breached its defences, the regulator said.",
			"An attack on the network of the Varne water utility in March was repelled, the regulator said.",
			[]crosswire.DiscrepancyKind{crosswire.DiscOutcome}, crosswire.SeverityHigh, "breached", "was repelled"},
		{"outcome: succeeded / failed",
			"An attempt to enter the control systems of the Varne water utility succeeded, the regulator said.",
			"An attempt to enter the control systems of the Varne water utility failed, the regulator said.",
			[]crosswire.DiscrepancyKind{crosswire.DiscOutcome}, crosswire.SeverityHigh, "succeeded", "failed"},
		{"object: call records / call recordings",
			"The group stole call records of several hundred engineers, the regulator said.",
			"The group stole call recordings of several hundred engineers, the regulator said.",
			[]crosswire.DiscrepancyKind{crosswire.DiscClaim}, crosswire.SeverityMedium, "records", "recordings"},
		{"verdict: conclusive / inconclusive, reported",
			"Chancellor Ilse Brannstock said the evidence against Ostmark was conclusive.",
			"Chancellor Ilse Brannstock said the evidence against Ostmark was inconclusive.",
			[]crosswire.DiscrepancyKind{crosswire.DiscQuote, crosswire.DiscClaim}, crosswire.SeverityHigh, "conclusive", "inconclusive"},
		{"period: a dash / from … to",
			"The intrusions took place in 2019-2021, the grid regulator said.",
			"The intrusions took place from 2018 to 2021, the grid regulator said.",
			[]crosswire.DiscrepancyKind{crosswire.DiscDate}, crosswire.SeverityMedium, "2019-2021", "2018"},
		{"outcome: managed to / failed to",
			"The hackers managed to break into the network of the Varne water utility.",
			"The hackers failed to break into the network of the Varne water utility.",
			[]crosswire.DiscrepancyKind{crosswire.DiscOutcome}, crosswire.SeverityHigh, "managed", "failed"},
		{"outcome: succeeded / was thwarted",
			"An attempt to penetrate the Varne water utility succeeded, the regulator said.",
			"An attempt to penetrate the Varne water utility was thwarted, the regulator said.",
			[]crosswire.DiscrepancyKind{crosswire.DiscOutcome}, crosswire.SeverityHigh, "succeeded", "was thwarted"},
		{"one span's ends in other words",
			"The intrusions took place from 2019 to 2021, the grid regulator said.",
			"The intrusions took place between 2019 and 2021, the grid regulator said.",
			nil, "", "", ""},
		{"a season within a span",
			"The intrusions began in the summer of 2019, the grid regulator said.",
			"The intrusions began between 2019 and 2021, the grid regulator said.",
			nil, "", "", ""},
		{"a verb and its prefixed other verb",
			`"The engineers covered the breach," the grid regulator said.`,
			`"The engineers discovered the breach," the grid regulator said.`,
			nil, "", "", ""},
		{"the same in other words",
			"The intrusions took place between 2019 and 2021, the grid regulator said. The group stole call records of engineers.",
			"The grid regulator said the intrusions took place between 2019 and 2021. Call records of engineers were stolen by the group.",
			nil, "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, lead+tc.a+tail, lead+tc.b+tail)
			if tc.kinds == nil {
				wantQuiet(t, st)
				return
			}
			wantDiscrepancy(t, st, tc.kinds, tc.sev, tc.x, tc.y)
		})
	}
}

// wantQuiet fails the test for each high or medium discrepancy of st.
func wantQuiet(t *testing.T, st *crosswire.Story) {
	t.Helper()
	for _, d := range st.Discrepancies {
		if d.Severity != crosswire.SeverityLow {
			t.Errorf("unexpected %s/%s discrepancy; got %s", d.Kind, d.Severity, dump(st))
		}
	}
}

// wantDiscrepancy fails the test unless st has a discrepancy of one of
// kinds, at severity sev or above, with variants holding words x and y.
func wantDiscrepancy(t *testing.T, st *crosswire.Story, kinds []crosswire.DiscrepancyKind, sev crosswire.Severity, x, y string) {
	t.Helper()
	for _, d := range st.Discrepancies {
		if hasKind(kinds, d.Kind) && severityWeight[d.Severity] >= severityWeight[sev] && variantHasWords(d, x) && variantHasWords(d, y) {
			return
		}
	}
	t.Errorf("no %v discrepancy at %s or above, %q vs %q; got %s", kinds, sev, x, y, dump(st))
}

// variantHasWords reports whether a variant of d holds words, whole
// (punctuation around them allowed: "Brannstock," holds Brannstock).
func variantHasWords(d crosswire.Discrepancy, words string) bool {
	re := regexp.MustCompile(`(^|[^\pL\pN])` + regexp.QuoteMeta(words) + `($|[^\pL\pN])`)
	for _, v := range d.Variants {
		for _, sp := range v.Sources {
			if re.MatchString(sp.Text) {
				return true
			}
		}
	}
	return false
}
