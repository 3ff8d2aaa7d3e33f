package group

import (
	"cmp"
	"strings"
	"testing"

	"crosswire"
)

func TestQuotedRuns(t *testing.T) {
	tests := []struct {
		name, text string
		want       int // distinct quoted runs
	}{
		{"seven quoted words", `The mayor said: "We will rebuild the harbour this year."`, 1},
		{"nine quoted words", `"We will rebuild the harbour before the winter storms," she said.`, 3},
		{"six quoted words", `"We will rebuild the harbour," she said.`, 0},
		{"unquoted words", "We will rebuild the harbour before the winter storms, she said.", 0},
		{"curly quotes", "“We will rebuild the harbour before the winter storms,” she said.", 3},
		{"a run stops at a sentence", `"We will rebuild it. The harbour will open before the winter storms."`, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := len(quotedRuns(tc.text)); got != tc.want {
				t.Errorf("quotedRuns: %d runs; want %d", got, tc.want)
			}
		})
	}
}

// Two fictional reports of one attack by two outlets, each in its own
// words and order, that quote the firm's statement alike, each cutting it
// where it likes.
const (
	quarnelStatement = "We restored most of our systems from backups overnight and we will not pay the criminals who did this"
	quarnelTitleA    = "Ransomware halts Quarnel Systems plant in Veldor"
	quarnelTextA     = "Ransomware encrypted the servers of Quarnel Systems at its Veldor plant, stopping two assembly lines, the firm said. " +
		"The attackers asked for 40 bitcoin in a note left on every screen. " +
		"“%s,” chief executive Mira Tovan said in a statement. " +
		"Police in Ostmark are investigating, and the firm has called in Harrow Forensics. Customers in Germany, Brazil and Japan were told of delays. " +
		"Quarnel makes pumps for ships and employs 2,300 people across Ostmark and Dallin."
	quarnelTitleB = "Grelk crew hits pump maker; no ransom, says CEO"
	quarnelTextB  = "The Grelk gang has struck again, stopping work at a pump factory run by Quarnel Systems in Veldor. " +
		"The Grelk crew wanted 40 bitcoin. Its boss was defiant: “%s.” " +
		"Researchers at Brightwell Labs have tracked the crew since last spring through its payment addresses, and staff in Kessingby were back at work within a shift. " +
		"Harrow Forensics is helping the firm. The crew has also attacked firms in Canada, Spain and Australia, according to Europol. Dorna Ferries and Talbek Marine were hit by the same crew last year, and analysts at Pellor Group say such crews often come back to victims who refuse to pay."
)

// TestQuoteRule: the pair above is one event by the statement both quote;
// without it, with a stock phrase quoted, with leads that tell other
// events or name other days it is not.
func TestQuoteRule(t *testing.T) {
	quote := func(s string, words int) string { return strings.Join(strings.Fields(s)[:words], " ") }
	tests := []struct {
		name         string
		textA, textB string
		joined       bool
		titleB       string // quarnelTitleB when empty
	}{
		{"one statement quoted alike", strings.Replace(quarnelTextA, "%s", quarnelStatement, 1),
			strings.Replace(quarnelTextB, "%s", "we will not pay the criminals who did this", 1), true, ""},
		{"no statement in common", strings.Replace(quarnelTextA, "%s", quarnelStatement, 1),
			strings.Replace(quarnelTextB, "%s", "Nobody here will hand money to extortionists", 1), false, ""},
		{"a stock phrase in common", strings.Replace(quarnelTextA, "%s", quarnelStatement, 1),
			strings.Replace(quarnelTextB, "%s", quote(quarnelStatement, 6), 1), false, ""},
		{"leads tell other events", strings.Replace(quarnelTextA, "%s", quarnelStatement, 1),
			strings.Replace(strings.Replace(quarnelTextB, "The Grelk gang has struck again, stopping work at a pump factory run by", "A pump factory of", 1), "%s", "we will not pay the criminals who did this", 1), false,
			"Pump maker Quarnel looks to Dallin for growth"},
		{"leads name other days", "On Monday r" + strings.Replace(quarnelTextA, "%s", quarnelStatement, 1)[1:],
			"On Thursday t" + strings.Replace(quarnelTextB, "%s", "we will not pay the criminals who did this", 1)[1:], false, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := crosswire.Article{ID: "a", Title: quarnelTitleA, Text: tc.textA}
			b := crosswire.Article{ID: "b", Title: cmp.Or(tc.titleB, quarnelTitleB), Text: tc.textB}
			ix, roots := partitionIndex(t, []crosswire.Article{a, b}, nil)
			_, ps := ix.verify(0, 1)
			joined := roots[0] == roots[1]
			t.Logf("shared %d, rare %d, cosine %.2f, topic %.2f, days %v, by quote %v",
				ps.shared, ps.rare, ps.cosine, ps.topic, compareDays(ix.leads[0].day, ix.leads[1].day), ps.byQuote)
			if joined != tc.joined {
				t.Errorf("joined = %v, want %v", joined, tc.joined)
			}
			if tc.joined && !ps.byQuote {
				t.Errorf("joined, but not by the quoted-statement rule")
			}
		})
	}
}
