package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"crosswire"
	"crosswire/text"
)

// ferryWire and ferryDesk are two fictional versions of one story, three
// paragraphs each, that disagree on the injured.
const (
	ferryWire = "Ferry runs aground off Varnholm\n\nThe ferry Morrow Light ran aground in fog off Varnholm on Tuesday, the coastguard said.\n\nAbout 27 passengers were injured and taken to hospital in Selby, officials said."
	ferryDesk = "Varnholm ferry accident\n\nThe Morrow Light struck rocks off Varnholm on Tuesday.\n\nSome 31 passengers were injured, the harbour office said."
)

func spanOf(t *testing.T, id, text, s string) crosswire.Span {
	t.Helper()
	i := strings.Index(text, s)
	if i < 0 {
		t.Fatalf("%q not in %q", s, text)
	}
	return crosswire.Span{Article: id, Text: s, Start: i, End: i + len(s)}
}

// ferryReport is the fictional ferry story: one number discrepancy, one
// corroborated place, unique facts of several kinds (claims among them),
// the desk version read from stdin.
func ferryReport(t *testing.T, stdinSource string, nUniqueDates int) *crosswire.Report {
	t.Helper()
	wire := "w1"
	facts := []crosswire.StoryFact{
		{Kind: crosswire.KindClaim, Value: "ferry run aground", Status: crosswire.StatusUnique, Support: 1,
			Sources: []crosswire.Span{spanOf(t, "w1", ferryWire, "ran aground")}},
		{Kind: crosswire.KindPlace, Value: "Selby", Status: crosswire.StatusUnique, Support: 1,
			Sources: []crosswire.Span{spanOf(t, "w1", ferryWire, "Selby")}},
		{Kind: crosswire.KindPlace, Value: "Varnholm", Status: crosswire.StatusCorroborated, Support: 2,
			Sources: []crosswire.Span{spanOf(t, "w1", ferryWire, "Varnholm"), spanOf(t, "d1", ferryDesk, "Varnholm")}},
		{Kind: crosswire.KindClaim, Value: "Morrow Light strike rock", Status: crosswire.StatusUnique, Support: 1,
			Sources: []crosswire.Span{spanOf(t, "d1", ferryDesk, "struck rocks")}},
	}
	for i := range nUniqueDates {
		facts = append(facts, crosswire.StoryFact{Kind: crosswire.KindDate, Value: fmt.Sprintf("2031-05-%02d", i+1), Status: crosswire.StatusUnique, Support: 1,
			Sources: []crosswire.Span{spanOf(t, "w1", ferryWire, "Tuesday")}})
	}
	return &crosswire.Report{
		Stories: []crosswire.Story{{
			ID: "s1", Title: "Ferry runs aground off Varnholm",
			Articles: []crosswire.Article{
				{ID: "w1", Source: "ferry-wire.txt", Outlet: "Norpress", Text: ferryWire, Role: crosswire.RoleOriginal},
				{ID: "d1", Source: stdinSource, Text: ferryDesk, Role: crosswire.RoleRewrite, DerivedFrom: &wire, Evidence: "shares the names"},
			},
			Facts: facts,
			Discrepancies: []crosswire.Discrepancy{{
				Kind: crosswire.DiscNumber, Severity: crosswire.SeverityHigh, Subject: "number of passengers injured",
				Variants: []crosswire.Variant{
					{Value: "27", Sources: []crosswire.Span{spanOf(t, "w1", ferryWire, "27")}},
					{Value: "31", Sources: []crosswire.Span{spanOf(t, "d1", ferryDesk, "31")}},
				},
			}},
		}},
		Duplicates: []crosswire.Duplicate{{Source: stdinSource, SameAs: "ferry-wire.txt"}},
		Skipped:    []crosswire.Skip{{Source: stdinSource, Reason: "empty"}},
	}
}

func render(t *testing.T, format string, r *crosswire.Report, opt Options) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, format, r, opt); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// TestSourcesReadAsPlaces: a source is the version's name, its paragraph
// and the words around it, never a byte offset; JSON keeps the offsets.
func TestSourcesReadAsPlaces(t *testing.T) {
	for _, tc := range []struct {
		name, format string
		want         []string
	}{
		{"text", FormatText, []string{
			`“27” — ferry-wire.txt, paragraph 3: "About 27 passengers were injured…"`,
			`“31” — stdin, paragraph 3: "Some 31 passengers were injured,…"`,
			`unique       place   Selby — only in ferry-wire.txt, paragraph 3: "…and taken to hospital in Selby, officials said."`,
		}},
		{"markdown", FormatMarkdown, []string{
			"  - `“27”` — ferry-wire.txt, paragraph 3: \"About 27 passengers",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := render(t, tc.format, ferryReport(t, "-", 0), Options{})
			outputHas(t, out, tc.want, nil)
			if strings.Contains(out, "@") {
				t.Errorf("output still shows a byte offset:\n%s", out)
			}
		})
	}
	t.Run("json keeps offsets", func(t *testing.T) {
		var back crosswire.Report
		if err := json.Unmarshal([]byte(render(t, FormatJSON, ferryReport(t, "-", 0), Options{})), &back); err != nil {
			t.Fatal(err)
		}
		sp := back.Stories[0].Discrepancies[0].Variants[0].Sources[0]
		if sp.Start != strings.Index(ferryWire, "27") || sp.End != sp.Start+2 {
			t.Errorf("JSON span offsets changed: %+v", sp)
		}
	})
}

// TestVariantSourcesFoldCopies: versions quoting the same words share one
// line; a version quoting other words gets its own "also" line.
func TestVariantSourcesFoldCopies(t *testing.T) {
	r := ferryReport(t, "desk.txt", 0)
	s := &r.Stories[0]
	copyText := ferryWire
	moved := "Update\n\nAbout 27 passengers were injured and taken to hospital in Selby, officials said."
	s.Articles = append(s.Articles,
		crosswire.Article{ID: "c1", Source: "copy.txt", Text: copyText, Role: crosswire.RoleCopy},
		crosswire.Article{ID: "c2", Source: "brief.txt", Text: "27 passengers hurt.", Role: crosswire.RoleExcerpt},
		crosswire.Article{ID: "c3", Source: "update.txt", Text: moved, Role: crosswire.RoleExcerpt})
	s.Discrepancies[0].Variants[0].Sources = append(s.Discrepancies[0].Variants[0].Sources,
		spanOf(t, "c1", copyText, "27"), spanOf(t, "c2", "27 passengers hurt.", "27"))
	out := render(t, FormatText, r, Options{})
	outputHas(t, out, []string{
		`“27” — ferry-wire.txt, copy.txt, paragraph 3: "About 27 passengers`,
		`          also brief.txt, paragraph 1: "27 passengers hurt."`,
	}, nil)
	s.Discrepancies[0].Variants[0].Sources = append(s.Discrepancies[0].Variants[0].Sources, spanOf(t, "c3", moved, "27"))
	outputHas(t, render(t, FormatText, r, Options{}), []string{
		`“27” — ferry-wire.txt, paragraph 3; copy.txt, paragraph 3; update.txt, paragraph 2: "About 27 passengers`,
	}, nil)
}

// TestContextOf: the quoted context is cut at spaces inside the
// paragraph, with "…" only where text was cut.
func TestContextOf(t *testing.T) {
	long := "The harbour master, who has worked on the Varnholm quays for thirty-one years and seen four ferries lost, said the fog was the thickest she remembered."
	for _, tc := range []struct {
		name, text, span, want string
	}{
		{"whole short paragraph", "Nobody died.", "Nobody", "Nobody died."},
		{"cut both sides", long, "four ferries", "…thirty-one years and seen four ferries lost, said the fog was the…"},
		{"at paragraph start", long, "The harbour master", "The harbour master, who has worked on the…"},
		{"longer span, fewer words around", long, "who has worked on the Varnholm quays for thirty", "…master, who has worked on the Varnholm quays for thirty-one years and…"},
		{"long span shows its start", long, long[4:120], "…harbour master, who has worked on the Varnholm quays for thirty-one…"},
		{"multibyte text", "Überfahrt nach Ålesund: 27 Verletzte, sagte die Küstenwache heute früh in Ålesund.", "27", "Überfahrt nach Ålesund: 27 Verletzte, sagte die…"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := strings.Index(tc.text, tc.span)
			got := contextOf(tc.text, s, s+len(tc.span), text.Range{Start: 0, End: len(tc.text)})
			if got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestFactsOrderAndAllFacts: discrepancies, then corroborated facts
// (here repeated: the desk version rewrites the wire), then unique ones; unique claims are left out with a note unless AllFacts,
// which also lifts the cap.
func TestFactsOrderAndAllFacts(t *testing.T) {
	for _, tc := range []struct {
		name     string
		opt      Options
		want     []string
		wantNot  []string
		inOrder  []string
		nDates   int
		maxFacts int
	}{
		{
			name:    "default leaves out unique claims",
			nDates:  2,
			want:    []string{"not listed: 2 unique claims", "--all-facts lists them", "unique       place   Selby"},
			wantNot: []string{"ran aground —", "struck rocks —"},
			inOrder: []string{"Discrepancies (1)", "repeated     place   Varnholm", "unique       place   Selby"},
		},
		{
			name:    "all facts lists claims, uncapped",
			opt:     Options{AllFacts: true, MaxFacts: 3},
			nDates:  20,
			want:    []string{"unique       claim   ran aground", "unique       claim   struck rocks", "2031-05-20"},
			wantNot: []string{"not listed", "more unique"},
			inOrder: []string{"Discrepancies (1)", "repeated     place   Varnholm", "unique       claim   ran aground"},
		},
		{
			name:    "cap says how to see the rest",
			opt:     Options{MaxFacts: 3},
			nDates:  5,
			want:    []string{"… 3 more unique (--all-facts lists every fact)"},
			wantNot: []string{"2031-05-05"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := render(t, FormatText, ferryReport(t, "desk.txt", tc.nDates), tc.opt)
			outputHas(t, out, tc.want, tc.wantNot)
			last := -1
			for _, w := range tc.inOrder {
				i := strings.Index(out, w)
				if i <= last {
					t.Errorf("%q out of order (at %d, previous at %d):\n%s", w, i, last, out)
				}
				last = i
			}
		})
	}
}

// TestStdinNamed: stdin reads as "stdin" (or the name given) in text and
// Markdown — versions, sources, derivation, duplicates, skips — and stays
// "-" in JSON.
func TestStdinNamed(t *testing.T) {
	for _, tc := range []struct {
		name, format, source, stdinName string
		want                            []string
	}{
		{"text default", FormatText, "-", "", []string{"rewrite     stdin", "— stdin, paragraph 3:", "stdin: same content as ferry-wire.txt", "stdin: empty"}},
		{"text named", FormatText, "-", "desk-copy.txt", []string{"rewrite     desk-copy.txt", "— desk-copy.txt, paragraph 3:"}},
		{"jsonl line from stdin", FormatText, "-#4", "", []string{"rewrite     stdin#4", "stdin#4: empty"}},
		{"markdown", FormatMarkdown, "-", "", []string{"- rewrite     stdin", "— stdin, paragraph 3:"}},
		{"json keeps -", FormatJSON, "-", "desk-copy.txt", []string{`"source": "-"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := render(t, tc.format, ferryReport(t, tc.source, 0), Options{StdinName: tc.stdinName})
			outputHas(t, out, tc.want, nil)
			if tc.format == FormatJSON {
				return
			}
			for _, bad := range []string{"rewrite     -", "— -,", " -: ", "-#"} {
				if strings.Contains(out, bad) {
					t.Errorf("stdin still shown as - (%q):\n%s", bad, out)
				}
			}
		})
	}
}

// outputHas fails the test for each of want missing from out and each of
// wantNot in it.
func outputHas(t *testing.T, out string, want, wantNot []string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
	for _, w := range wantNot {
		if strings.Contains(out, w) {
			t.Errorf("output has %q:\n%s", w, out)
		}
	}
}

// TestClaimAsWritten: a claim reads as the version wrote it; a one-word
// span, or one that does not fit its article, keeps the lemmas.
func TestClaimAsWritten(t *testing.T) {
	r := ferryReport(t, "desk.txt", 0)
	loc := newLocator(&r.Stories[0], "", nil)
	for _, tc := range []struct {
		name string
		span crosswire.Span
		want string
	}{
		{"clause as written", spanOf(t, "w1", ferryWire, "The ferry Morrow Light ran aground"), "The ferry Morrow Light ran aground"},
		{"white space folded", spanOf(t, "w1", ferryWire, "coastguard said.\n\nAbout 27 passengers"), "coastguard said. About 27 passengers"},
		{"one word keeps lemmas", spanOf(t, "w1", ferryWire, "ran"), "ferry run aground"},
		{"span off its text keeps lemmas", crosswire.Span{Article: "w1", Text: "sank at once", Start: 4, End: 16}, "ferry run aground"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := crosswire.StoryFact{Kind: crosswire.KindClaim, Value: "ferry run aground", Sources: []crosswire.Span{tc.span}}
			if got := factValue(f, loc); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestDerivationInWords: a derived version's relation reads as words
// built from its role, reuse and publication time.
func TestDerivationInWords(t *testing.T) {
	// half past the hour: exactly midnight UTC is a day without a time of
	// day (crosswire.DayOnly), not the instant this test means
	at := func(h int) *time.Time { x := time.Date(2031, 5, 6, h, 30, 0, 0, time.UTC); return &x }
	reuse := func(r float64) *float64 { return &r }
	wireSrc := &crosswire.Article{ID: "w", Wire: &crosswire.Wire{}, Published: at(2)}
	paper := &crosswire.Article{ID: "p", Published: at(1)}
	for _, tc := range []struct {
		name string
		a    crosswire.Article
		src  *crosswire.Article
		want string
	}{
		{"rewrite of wire copy", crosswire.Article{Role: crosswire.RoleRewrite, Reuse: reuse(0.33), Published: at(19)}, wireSrc,
			"reworded: 33% of its sentences are taken from the wire copy, published 17h later"},
		{"copy, no time", crosswire.Article{Role: crosswire.RoleCopy, Reuse: reuse(0.96)}, paper,
			"a copy: 96% of its sentences are taken from it"},
		{"excerpt published earlier", crosswire.Article{Role: crosswire.RoleExcerpt, Reuse: reuse(1), Published: at(0)}, paper,
			"an excerpt: 100% of its sentences are taken from it, published 1h earlier"},
		{"translation", crosswire.Article{Role: crosswire.RoleTranslation, Reuse: reuse(0.8)}, paper,
			"a translation: 80% of its sentences line up with it in names, figures and order"},
		{"nothing reused", crosswire.Article{Role: crosswire.RoleRewrite, Reuse: reuse(0)}, paper,
			"reworded: none of its sentences is taken from it"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := derivationWords(&tc.a, tc.src); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}
