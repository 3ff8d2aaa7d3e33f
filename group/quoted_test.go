package group

import (
	"cmp"
	"slices"
	"strings"
	"testing"
	"time"

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
	// the Grelk report with a lead that names no event class, the
	// statement after its first LeadTokens words
	noEventB := strings.Replace(strings.Replace(quarnelTextB,
		"The Grelk gang has struck again, stopping work at a pump factory run by Quarnel Systems in Veldor. The Grelk crew wanted 40 bitcoin. Its boss was defiant:",
		"Mira Tovan, chief executive of Quarnel Systems in Veldor, had a short answer for the Grelk crew and its note asking for 40 bitcoin, "+
			"which the staff of the firm's works and its offices in the old harbour quarter of the town found that morning. She wrote:", 1),
		"%s", "we will not pay the criminals who did this", 1)
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
		// a lead that names no event says nothing either way, as
		// copyEdges reads it (leadsOtherEvent): the statement decides,
		// when nothing tells another occasion (occasionApart: here the
		// headlines share the firm and the place)
		{"a lead naming no event", strings.Replace(quarnelTextA, "%s", quarnelStatement, 1), noEventB, true,
			"Quarnel Systems will not pay the Grelk crew in Veldor"},
		// … and when the headlines share nothing (headlinesApart)
		{"a lead naming no event, headlines apart", strings.Replace(quarnelTextA, "%s", quarnelStatement, 1), noEventB, false, ""},
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

// TestQuotedRunsAgainstRuns: the words of one sentence inside quotation
// marks make the runs that the same words outside them make as narrative
// runs (one walk for both, scratch.sentenceRuns), and a text without
// quotation marks has no quoted runs.
func TestQuotedRunsAgainstRuns(t *testing.T) {
	for _, sentence := range []string{
		"the ferry to Kessingby will run again from the first of May",
		"we restored most of our systems overnight and will not pay",
		"the harbour will open before the winter storms",
	} {
		t.Run(sentence, func(t *testing.T) {
			plain := NewFingerprint(&crosswire.Article{ID: "p", Text: sentence}).runs
			if len(plain) == 0 {
				t.Fatal("no narrative runs in the fictional sentence")
			}
			if got := quotedRuns(sentence); len(got) != 0 {
				t.Errorf("quotedRuns without quotation marks = %d runs, want 0", len(got))
			}
			for _, q := range []string{`"` + sentence + `"`, "“" + sentence + "”", "«" + sentence + "»"} {
				if got := quotedRuns(q); !slices.Equal(got, plain) {
					t.Errorf("quotedRuns(%q) = %v, want the narrative runs %v", q, got, plain)
				}
			}
		})
	}
}

// TestQuotedRunsLongTexts reads texts of repeated quotation marks and
// quotations, megabytes long: they end, with the runs they write.
func TestQuotedRunsLongTexts(t *testing.T) {
	const n = 4 << 20 // bytes
	fill := func(unit string) string { return strings.Repeat(unit, n/len(unit)) }
	eight := quotedRuns(`"we will rebuild the harbour before the winter"`)
	if len(eight) != 2 {
		t.Fatalf("eight quoted words: %d runs, want 2", len(eight))
	}
	for _, tc := range []struct {
		name string
		text string
		want []uint32
	}{
		{"straight quotation marks", fill(`"`), nil},
		{"curly quotation marks", fill("“”"), nil},
		{"openings only", fill("“"), nil},
		{"one word quoted, again and again", fill(`"we" `), nil},
		{"openings before every word", fill("“we "), nil},
		{"one quotation, again and again", fill(`"we will rebuild the harbour before the winter" `), eight},
		{"one unclosed quotation of one word, again and again", "“" + fill("we "), []uint32{quotedRuns("“we we we we we we we")[0]}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := quotedRuns(tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("quotedRuns = %v, want %v", got[:min(len(got), 5)], tc.want)
			}
		})
	}
}

// FuzzQuotedRuns feeds arbitrary text to quotedRuns: no panic, sorted
// distinct runs, none from a text without quotation marks.
func FuzzQuotedRuns(f *testing.F) {
	for _, s := range []string{`"a b c d e f g h"`, "“a b c d e f g”", `""""`, "«» „“ 「」", "\"a\" \"b\" “c", "a b c d e f g h"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got := quotedRuns(text)
		if !slices.IsSorted(got) || len(slices.Compact(slices.Clone(got))) != len(got) {
			t.Fatalf("quotedRuns(%q) = %v: not sorted and distinct", text, got)
		}
		if len(got) > 0 && !strings.ContainsAny(text, "\"“«„「『") {
			t.Fatalf("quotedRuns(%q) = %d runs without a quotation mark", text, len(got))
		}
	})
}

// TestJoinLoneQuoted joins two articles the pairwise pass left alone
// along their late pair (a quoted statement) before the story cores, when
// the pair is not both dated; not an article already in a story, not a
// dated pair (a lone article whose better partner is in a story joins
// its lone one). The
// articles are fictional and unrelated; stories and late pairs are set by
// hand.
func TestJoinLoneQuoted(t *testing.T) {
	arts := unrelatedArticles()[:5]
	e := func(a, b uint32, cos float64) anchorEdge { return anchorEdge{a: a, b: b, cos: cos} }
	tests := []struct {
		name  string
		late  []anchorEdge
		dated []int       // articles with a publication time
		story bool        // articles 3 and 4 are one story before the pass
		want  [][2]uint32 // pairs in one story after the pass
		apart [][2]uint32 // pairs in two
	}{
		{"two lone undated articles", []anchorEdge{e(0, 1, 0.3)}, nil, false, [][2]uint32{{0, 1}}, nil},
		{"one of them dated", []anchorEdge{e(0, 1, 0.3)}, []int{0}, false, [][2]uint32{{0, 1}}, nil},
		{"both dated: left to the last pass", []anchorEdge{e(0, 1, 0.3)}, []int{0, 1}, false, nil, [][2]uint32{{0, 1}}},
		{"the other in a story: left to the last pass", []anchorEdge{e(0, 3, 0.3)}, nil, true, nil, [][2]uint32{{0, 3}}},
		{"a better partner in a story: the lone one", []anchorEdge{e(2, 3, 0.5), e(2, 0, 0.3)}, nil, true, [][2]uint32{{0, 2}}, [][2]uint32{{2, 3}}},
	}
	day := time.Date(2031, 3, 4, 9, 0, 0, 0, time.UTC)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			batch := slices.Clone(arts)
			for _, i := range tc.dated {
				batch[i].Published = &day
			}
			ix, roots := partitionIndex(t, batch, nil)
			if len(slices.Compact(slices.Sorted(slices.Values(roots)))) != len(arts) {
				t.Fatal("premise: the articles are not each alone")
			}
			if tc.story {
				ix.union(3, 4)
			}
			ix.quotedEdges = tc.late
			ix.joinLoneQuoted()
			for _, p := range tc.want {
				if ix.find(p[0]) != ix.find(p[1]) {
					t.Errorf("%s and %s apart, want one story", arts[p[0]].ID, arts[p[1]].ID)
				}
			}
			for _, p := range tc.apart {
				if ix.find(p[0]) == ix.find(p[1]) {
					t.Errorf("%s and %s in one story, want apart", arts[p[0]].ID, arts[p[1]].ID)
				}
			}
		})
	}
}

// TestQuotedRunsWithoutOpeningMark checks quotedRuns' cheap refusal: a
// text with no opening quotation mark has no quoted run when tokenized
// either, and a text with one keeps its runs.
func TestQuotedRunsWithoutOpeningMark(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool // quoted runs expected
	}{
		{"no marks", "The harbour board of Velmora closed the north pier on Tuesday after the storm damaged its old wooden frame.", false},
		{"closing mark only", "The harbour board of Velmora closed the north pier on Tuesday after the storm damaged its frame” and left.", false},
		{"apostrophes", "The board's chair said the pier's frame wasn't safe for the ferries of the coming winter season.", false},
		{"straight quotes", `The chair said "the north pier will stay closed until the new frame is built by spring" on Tuesday.`, true},
		{"curly quotes", "The chair said “the north pier will stay closed until the new frame is built by spring” on Tuesday.", true},
		{"guillemets", "The chair said « the north pier will stay closed until the new frame is built by spring » on Tuesday.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &scratch{}
			tokenized := s.sentenceRuns(s.appendTokens(nil, tt.text), true, nil)
			if got := hasOpeningQuote(tt.text); !got && len(tokenized) > 0 {
				t.Errorf("no opening mark read, but the tokenizer finds %d quoted runs", len(tokenized))
			}
			if got := len(quotedRuns(tt.text)) > 0; got != tt.want {
				t.Errorf("quotedRuns found runs %v, want %v", got, tt.want)
			}
		})
	}
}

// TestUnquotedSeqRunsEveryWindow checks the one-pass unquotedSeqRuns
// against reading each window of k words: the same runs, in order.
func TestUnquotedSeqRunsEveryWindow(t *testing.T) {
	tests := []struct {
		name   string
		quoted string // one letter a word: q quoted, . not
		k      int
	}{
		{"none quoted", "..........", 7},
		{"all quoted", "qqqqqqqqqq", 7},
		{"quote in the middle", "........q........", 7},
		{"short", "......", 7},
		{"exact", ".......", 7},
		{"alternating", ".q.q.q.q", 1},
		{"runs of four", "....q....qq.....", 4},
		{"empty", "", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			seq := make([]uint64, len(tt.quoted))
			quoted := make([]bool, len(tt.quoted))
			for i := range seq {
				seq[i], quoted[i] = uint64(i*7919+1), tt.quoted[i] == 'q'
			}
			var want, got []uint64
			for j := 0; j+tt.k <= len(seq); j++ {
				if !slices.Contains(quoted[j:j+tt.k], true) {
					want = append(want, runHash(seq[j:j+tt.k]))
				}
			}
			unquotedSeqRuns(seq, quoted, tt.k, func(h uint64) bool { got = append(got, h); return true })
			if !slices.Equal(got, want) {
				t.Errorf("got %d runs %v, want %d %v", len(got), got, len(want), want)
			}
		})
	}
}
