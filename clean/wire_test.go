package clean

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"crosswire"
)

// Fictional wire copy of a fictional agency (Norpress) in the shape of a
// UK wire: header block, "<" paragraph ends, U+0019 paragraph starts,
// hard-wrapped lines, backquote quotes, a closing line.
const (
	wireRule1 = "  --------------------------------------------------------------\n\n"
	wireRule2 = "  --------------------------------------------------------------\n"

	wireFirstTake = wireRule1 + wireRule1 +
		"              16:54 01/03/00: Page 1 (UUU) NEWS Harbour\n" + wireRule2 +
		"FERRY STRIKE CLOSES VESSBURG HARBOUR _ UNION<\n" +
		"\x19By Ada Vell and Tor Lund, Norpress News<\n" +
		"\x19Ferry crews walked out at Vessburg harbour today, stranding about 400\n" +
		"passengers, the Seafarers' Union said.<\n" +
		"\x19Union official Mira Holt said: ``We gave the operator every chance.''<\n" +
		"\x19mf<\n\x19\n"

	wireSecondTake = wireRule1 + wireRule1 +
		"              17:20 01/03/00: Page 2 (UUU) NEWS Harbour\n" + wireRule2 +
		"(reopens)<\n" +
		"\x19The operator, Kessel Lines, said talks would resume on Friday.<\n" +
		"\x19A spokesman said: ``We regret the disruption to `our' passengers.''<\n" +
		"\x19ends jd\n"

	wireNewLead = wireRule1 +
		"              09:05 14/07/99: Page 1 (UUU) NEWS Harbour New Lead\n" + wireRule2 +
		"(with pictures)<\n" +
		"\x19STRIKE ENDS AT VESSBURG<\n" +
		"\x19By Ada Vell, Harbour Correspondent, Norpress News.<\n" +
		"\x19The ferry strike at Vessburg harbour ended this morning after talks\n" +
		"overnight, the Seafarers' Union said.<\n" +
		"\x19ENDS<\n"
)

func TestWireCopy(t *testing.T) {
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Fatal(err)
	}
	at := func(y int, m time.Month, d, hh, mm int) *time.Time {
		v := time.Date(y, m, d, hh, mm, 0, 0, london)
		return &v
	}
	published := time.Date(2000, 3, 2, 8, 0, 0, 0, time.UTC)
	cases := []struct {
		name    string
		doc     crosswire.Document
		text    string
		title   string
		author  string
		outlet  string
		pub     *time.Time
		wire    *crosswire.Wire
		removed []crosswire.Removal
	}{
		{
			name:   "first take",
			doc:    crosswire.Document{Body: wireFirstTake},
			text:   "Ferry crews walked out at Vessburg harbour today, stranding about 400 passengers, the Seafarers' Union said.\n\nUnion official Mira Holt said: “We gave the operator every chance.”",
			title:  "FERRY STRIKE CLOSES VESSBURG HARBOUR – UNION",
			author: "Ada Vell and Tor Lund", outlet: "Norpress",
			pub:  at(2000, 3, 1, 16, 54),
			wire: &crosswire.Wire{Slug: "Harbour", Page: 1, Desk: "NEWS", Priority: "UUU", Agency: "Norpress", Filed: at(2000, 3, 1, 16, 54), More: true},
			removed: []crosswire.Removal{
				rm(crosswire.ReasonMetadata, "16:54 01/03/00: Page 1 (UUU) NEWS Harbour"),
				rm(crosswire.ReasonMetadata, "By Ada Vell and Tor Lund, Norpress News"),
				rm(crosswire.ReasonMetadata, "mf"),
			},
		},
		{
			name: "continuation page",
			doc:  crosswire.Document{Body: wireSecondTake},
			text: "The operator, Kessel Lines, said talks would resume on Friday.\n\nA spokesman said: “We regret the disruption to ‘our' passengers.”",
			pub:  at(2000, 3, 1, 17, 20),
			wire: &crosswire.Wire{Slug: "Harbour", Page: 2, Desk: "NEWS", Priority: "UUU", Filed: at(2000, 3, 1, 17, 20)},
			removed: []crosswire.Removal{
				rm(crosswire.ReasonMetadata, "17:20 01/03/00: Page 2 (UUU) NEWS Harbour"),
				rm(crosswire.ReasonMetadata, "(reopens)"),
				rm(crosswire.ReasonMetadata, "ends jd"),
			},
		},
		{
			name:   "new lead in summer time, byline with a job title",
			doc:    crosswire.Document{Body: wireNewLead},
			text:   "The ferry strike at Vessburg harbour ended this morning after talks overnight, the Seafarers' Union said.",
			title:  "STRIKE ENDS AT VESSBURG",
			author: "Ada Vell", outlet: "Norpress",
			pub:  at(1999, 7, 14, 9, 5),
			wire: &crosswire.Wire{Slug: "Harbour", Version: "new lead", Page: 1, Desk: "NEWS", Priority: "UUU", Agency: "Norpress", Filed: at(1999, 7, 14, 9, 5)},
			removed: []crosswire.Removal{
				rm(crosswire.ReasonMetadata, "09:05 14/07/99: Page 1 (UUU) NEWS Harbour New Lead"),
				rm(crosswire.ReasonMetadata, "(with pictures)"),
				rm(crosswire.ReasonMetadata, "By Ada Vell, Harbour Correspondent, Norpress News."),
				rm(crosswire.ReasonMetadata, "ENDS"),
			},
		},
		{
			name:   "input metadata wins",
			doc:    crosswire.Document{Body: wireFirstTake, Title: "Ferry strike", Outlet: "Vessburg Post", Author: "Desk", Published: &published},
			text:   "Ferry crews walked out at Vessburg harbour today, stranding about 400 passengers, the Seafarers' Union said.\n\nUnion official Mira Holt said: “We gave the operator every chance.”",
			title:  "Ferry strike",
			author: "Desk", outlet: "Vessburg Post",
			pub:  &published,
			wire: &crosswire.Wire{Slug: "Harbour", Page: 1, Desk: "NEWS", Priority: "UUU", Agency: "Norpress", Filed: at(2000, 3, 1, 16, 54), More: true},
			removed: []crosswire.Removal{
				rm(crosswire.ReasonMetadata, "FERRY STRIKE CLOSES VESSBURG HARBOUR _ UNION"),
				rm(crosswire.ReasonMetadata, "16:54 01/03/00: Page 1 (UUU) NEWS Harbour"),
				rm(crosswire.ReasonMetadata, "By Ada Vell and Tor Lund, Norpress News"),
				rm(crosswire.ReasonMetadata, "mf"),
			},
		},
		{
			name:    "stamp with a zone, no markers, rules",
			doc:     crosswire.Document{Body: "==========\n03/01/2000 16:54 GMT Page 3 NEWS Harbour Correction\n==========\n\n" + para1 + "\n\n" + para2 + "\n\nENDS"},
			text:    para1 + "\n\n" + para2,
			pub:     func() *time.Time { v := time.Date(2000, 1, 3, 16, 54, 0, 0, time.UTC); return &v }(),
			wire:    &crosswire.Wire{Slug: "Harbour", Version: "correction", Page: 3, Desk: "NEWS", Filed: func() *time.Time { v := time.Date(2000, 1, 3, 16, 54, 0, 0, time.UTC); return &v }()},
			removed: []crosswire.Removal{rm(crosswire.ReasonMetadata, "03/01/2000 16:54 GMT Page 3 NEWS Harbour Correction"), rm(crosswire.ReasonMetadata, "ENDS")},
		},
		{
			name:    "page and slug on their own line between the stamp and a rule",
			doc:     crosswire.Document{Body: "==========\n16:54 01/03/00\nPage 2 NEWS Harbour\n==========\n" + para1 + "\n\n" + para2},
			text:    para1 + "\n\n" + para2,
			pub:     at(2000, 3, 1, 16, 54),
			wire:    &crosswire.Wire{Slug: "Harbour", Page: 2, Desk: "NEWS", Filed: at(2000, 3, 1, 16, 54)},
			removed: []crosswire.Removal{rm(crosswire.ReasonMetadata, "16:54 01/03/00"), rm(crosswire.ReasonMetadata, "Page 2 NEWS Harbour")},
		},
		{
			name:   "no rules, no marks: stamp with a page, headline, byline",
			doc:    crosswire.Document{Body: "16:54 01/03/00: Page 1 NEWS Harbour\n\nSTRIKE AT VESSBURG\n\nBy Ada Vell, Norpress News\n\n" + para1},
			text:   para1,
			title:  "STRIKE AT VESSBURG",
			author: "Ada Vell", outlet: "Norpress",
			pub:     at(2000, 3, 1, 16, 54),
			wire:    &crosswire.Wire{Slug: "Harbour", Page: 1, Desk: "NEWS", Agency: "Norpress", Filed: at(2000, 3, 1, 16, 54)},
			removed: []crosswire.Removal{rm(crosswire.ReasonMetadata, "16:54 01/03/00: Page 1 NEWS Harbour"), rm(crosswire.ReasonMetadata, "By Ada Vell, Norpress News")},
		},
		{
			// a take whose marks were lost on its headline and byline
			// lines: without a break they ran into the first paragraph,
			// and the byline's agency became a fact
			name: "marked copy, headline and byline without marks",
			doc: crosswire.Document{Body: "16:54 01/03/00: Page 2 (HHH) NEWS Harbour\n----------------------------------------\n" +
				"CRANE FALLS AT OSTRAVEL DOCKS\nBy Tomas Reeve, Norpress News\n" +
				"A dockside crane fell at Ostravel this afternoon, injuring four\nworkers, the harbour authority said.<\n" +
				"The crane had been inspected in January, harbour master Ingrid Falk said.<\n" +
				"``We are shocked,'' she said.<\nENDS\n"},
			text:   "A dockside crane fell at Ostravel this afternoon, injuring four workers, the harbour authority said.\n\nThe crane had been inspected in January, harbour master Ingrid Falk said.\n\n“We are shocked,” she said.",
			title:  "CRANE FALLS AT OSTRAVEL DOCKS",
			author: "Tomas Reeve", outlet: "Norpress",
			pub:  at(2000, 3, 1, 16, 54),
			wire: &crosswire.Wire{Slug: "Harbour", Page: 2, Desk: "NEWS", Priority: "HHH", Agency: "Norpress", Filed: at(2000, 3, 1, 16, 54)},
			removed: []crosswire.Removal{
				rm(crosswire.ReasonMetadata, "16:54 01/03/00: Page 2 (HHH) NEWS Harbour"),
				rm(crosswire.ReasonMetadata, "By Tomas Reeve, Norpress News"),
				rm(crosswire.ReasonMetadata, "ENDS"),
			},
		},
		{
			name: "marked copy, headline without its mark, no byline",
			doc: crosswire.Document{Body: "16:54 01/03/00: Page 1 (HHH) NEWS Harbour\n----------------------------------------\n" +
				"CRANE FALLS AT OSTRAVEL DOCKS\n" +
				"A dockside crane fell at Ostravel this afternoon, injuring four\nworkers, the harbour authority said.<\n" +
				"The crane had been inspected in January.<\n" +
				"``We are shocked,'' she said.<\nENDS\n"},
			text:  "A dockside crane fell at Ostravel this afternoon, injuring four workers, the harbour authority said.\n\nThe crane had been inspected in January.\n\n“We are shocked,” she said.",
			title: "CRANE FALLS AT OSTRAVEL DOCKS",
			pub:   at(2000, 3, 1, 16, 54),
			wire:  &crosswire.Wire{Slug: "Harbour", Page: 1, Desk: "NEWS", Priority: "HHH", Filed: at(2000, 3, 1, 16, 54)},
			removed: []crosswire.Removal{
				rm(crosswire.ReasonMetadata, "16:54 01/03/00: Page 1 (HHH) NEWS Harbour"),
				rm(crosswire.ReasonMetadata, "ENDS"),
			},
		},
		{
			// a hard-wrapped body paragraph whose line opens with "By"
			// stays whole: only the opening lines are read as a byline
			name: "marked copy, a body line opening with By",
			doc: crosswire.Document{Body: "16:54 01/03/00: Page 2 (HHH) NEWS Harbour\n----------------------------------------\n" +
				"CRANE FALLS AT OSTRAVEL DOCKS<\nBy Tomas Reeve, Norpress News<\n" +
				"A dockside crane fell at Ostravel this afternoon, injuring four workers.<\n" +
				"The inquiry will be led\nBy Judge Mara Quist, Ostravel Court\nand report in May.<\n" +
				"``We are shocked,'' she said.<\nENDS\n"},
			text:   "A dockside crane fell at Ostravel this afternoon, injuring four workers.\n\nThe inquiry will be led By Judge Mara Quist, Ostravel Court and report in May.\n\n“We are shocked,” she said.",
			title:  "CRANE FALLS AT OSTRAVEL DOCKS",
			author: "Tomas Reeve", outlet: "Norpress",
			pub:  at(2000, 3, 1, 16, 54),
			wire: &crosswire.Wire{Slug: "Harbour", Page: 2, Desk: "NEWS", Priority: "HHH", Agency: "Norpress", Filed: at(2000, 3, 1, 16, 54)},
			removed: []crosswire.Removal{
				rm(crosswire.ReasonMetadata, "16:54 01/03/00: Page 2 (HHH) NEWS Harbour"),
				rm(crosswire.ReasonMetadata, "By Tomas Reeve, Norpress News"),
				rm(crosswire.ReasonMetadata, "ENDS"),
			},
		},
		{
			name:    "newspaper article with a byline and clock times is not wire copy",
			doc:     crosswire.Document{Body: "By Jane Roe, Vessburg Post\n\nThe 16:54 ferry left at 17:20 on 01/03/00, the operator said.\n\n" + para2},
			text:    "The 16:54 ferry left at 17:20 on 01/03/00, the operator said.\n\n" + para2,
			author:  "Jane Roe",
			removed: []crosswire.Removal{rm(crosswire.ReasonMetadata, "By Jane Roe, Vessburg Post")},
		},
		{
			name: "a stamp line alone is not wire copy",
			doc:  crosswire.Document{Body: "16:54 01/03/00: the ferry left late.\n\n" + para2},
			text: "16:54 01/03/00: the ferry left late.\n\n" + para2,
		},
	}
	c := New(Options{Language: fixedLanguage("en")})
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tc.doc.Source = "test"
			a, err := c.Clean(context.Background(), tc.doc)
			if err != nil {
				t.Fatalf("Clean: %v", err)
			}
			if a.Text != tc.text {
				t.Errorf("text:\n got %q\nwant %q", a.Text, tc.text)
			}
			if a.Title != tc.title || a.Author != tc.author || a.Outlet != tc.outlet {
				t.Errorf("title, author, outlet = %q, %q, %q; want %q, %q, %q", a.Title, a.Author, a.Outlet, tc.title, tc.author, tc.outlet)
			}
			if !sameTime(a.Published, tc.pub) {
				t.Errorf("published = %v, want %v", a.Published, tc.pub)
			}
			if (a.Wire == nil) != (tc.wire == nil) {
				t.Fatalf("wire = %+v, want %+v", a.Wire, tc.wire)
			}
			if a.Wire != nil {
				got, want := *a.Wire, *tc.wire
				if !sameTime(got.Filed, want.Filed) {
					t.Errorf("filed = %v, want %v", got.Filed, want.Filed)
				}
				got.Filed, want.Filed = nil, nil
				if got != want {
					t.Errorf("wire:\n got %+v\nwant %+v", got, want)
				}
			}
			want := append([]crosswire.Removal{}, tc.removed...)
			for i := range want {
				// a take's closing lines are cut at the end of the text
				if isClosingLine(want[i].Text) {
					want[i].Start, want[i].End = len(a.Text), len(a.Text)
				}
			}
			// The header is cut at the start of the clean text, closing
			// lines at its end.
			for i := range want {
				if i > 0 && want[i].Start == 0 && isClosingLine(want[i].Text) {
					want[i].Start, want[i].End = len(a.Text), len(a.Text)
				}
			}
			if !reflect.DeepEqual(a.Removed, want) {
				t.Errorf("removed:\n got %+v\nwant %+v", a.Removed, want)
			}
		})
	}
}

func sameTime(a, b *time.Time) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Equal(*b)
}

func TestWireStampZone(t *testing.T) {
	c := New(Options{Language: fixedLanguage("en")})
	cases := []struct {
		name, line string
		utc        string
	}{
		{"winter is GMT", "23:19 27/01/00", "2000-01-27T23:19:00Z"},
		{"summer is BST", "16:29 14/07/99", "1999-07-14T15:29:00Z"},
		{"the day before the clocks go back", "12:00 30/10/99", "1999-10-30T11:00:00Z"},
		{"the day the clocks go back", "12:00 31/10/99", "1999-10-31T12:00:00Z"},
		{"stated zone wins", "16:29 GMT 14/07/99", "1999-07-14T16:29:00Z"},
		{"numeric offset", "16:29 +02:00 14/07/1999", "1999-07-14T14:29:00Z"},
		{"month first when the day cannot be a month", "08:00 12/25/99", "1999-12-25T08:00:00Z"},
		{"date then time", "14/07/1999 16:29", "1999-07-14T15:29:00Z"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, _, ok := c.wireStamp(tc.line)
			if !ok {
				t.Fatalf("no stamp in %q", tc.line)
			}
			if s := got.UTC().Format(time.RFC3339); s != tc.utc {
				t.Errorf("%q = %s, want %s", tc.line, s, tc.utc)
			}
		})
	}
	for _, bad := range []string{"25:10 01/03/00", "10:10 31/02/00", "10:10 13/13/00", "Page 1 10:10"} {
		if _, _, ok := c.wireStamp(bad); ok {
			t.Errorf("%q read as a stamp", bad)
		}
	}
}

func TestWireHeaderFields(t *testing.T) {
	cases := []struct {
		name, rest string
		want       crosswire.Wire
	}{
		{"page, code, desk, slug", "Page 2 (UUU) NEWS Harbour", crosswire.Wire{Page: 2, Priority: "UUU", Desk: "NEWS", Slug: "Harbour"}},
		{"two-word slug", "Page 1 (UUU) ARTS Harbour Profile", crosswire.Wire{Page: 1, Priority: "UUU", Desk: "ARTS", Slug: "Harbour Profile"}},
		{"version word", "Page 1 (UUU) NEWS Harbour Substitute", crosswire.Wire{Page: 1, Priority: "UUU", Desk: "NEWS", Slug: "Harbour", Version: "substitute"}},
		{"two version words", "NEWS Harbour Night Lead", crosswire.Wire{Desk: "NEWS", Slug: "Harbour", Version: "night lead"}},
		{"a slug of one version word stays a slug", "NEWS Update", crosswire.Wire{Desk: "NEWS", Slug: "Update"}},
		{"ordinal lead with a write-through", "NEWS Harbour 2nd Ld-Writethru", crosswire.Wire{Desk: "NEWS", Slug: "Harbour", Version: "2nd ld writethru"}},
		{"ordinal run into the version word", "NEWS Harbour 1stLd-Writethru", crosswire.Wire{Desk: "NEWS", Slug: "Harbour", Version: "1st ld writethru"}},
		{"version after a comma", "NEWS Harbour,2ndlead", crosswire.Wire{Desk: "NEWS", Slug: "Harbour", Version: "2nd lead"}},
		{"numbered update", "NEWS Harbour Update 2", crosswire.Wire{Desk: "NEWS", Slug: "Harbour", Version: "update 2"}},
		{"French version words", "NEWS Harbour Mise à jour", crosswire.Wire{Desk: "NEWS", Slug: "Harbour", Version: "mise à jour"}},
		{"a number in a slug is no version", "NEWS Harbour 2", crosswire.Wire{Desk: "NEWS", Slug: "Harbour 2"}},
		{"a sidebar's kind is part of its slug", "NEWS Harbour Factfile", crosswire.Wire{Desk: "NEWS", Slug: "Harbour Factfile"}},
		{"nothing", "", crosswire.Wire{}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var w crosswire.Wire
			parseWireHeader(tc.rest, &w)
			if w != tc.want {
				t.Errorf("parseWireHeader(%q) = %+v, want %+v", tc.rest, w, tc.want)
			}
		})
	}
}

func TestWireVersion(t *testing.T) {
	cases := []struct {
		in, want string
		ok       bool
	}{
		{"Substitute", "substitute", true},
		{"New Lead", "new lead", true},
		{"1st Ld-Writethru", "1st ld writethru", true},
		{"2nd Ld", "2nd ld", true},
		{"2ndlead", "2nd lead", true},
		{"3rd LEAD", "3rd lead", true},
		{"UPDATE 2", "update 2", true},
		{"CORRECTED-UPDATE 1", "corrected update 1", true},
		{"REFILE", "refile", true},
		{"RPT", "rpt", true},
		{"Write-Thru", "writethru", true},
		{"URGENT", "urgent", true},
		{"Bulletin", "bulletin", true},
		{"Kill", "kill", true},
		{"Withdrawn", "withdrawn", true},
		{"Repetition", "repetition", true},
		{"1ère LEAD", "1ère lead", true},
		{"2e LEAD", "2e lead", true},
		{"2eLEAD", "2e lead", true},
		{"MISE À JOUR", "mise à jour", true},
		{"CORRIGÉ", "corrigé", true},
		{"PAPIER GÉNÉRAL", "papier général", true},
		{"GENERAL PAPER", "general paper", true},
		{"Eil", "eil", true},
		{"2. Zusammenfassung", "2 zusammenfassung", true},
		// not versions
		{"2", "", false},
		{"1st", "", false},
		{"New", "", false},
		{"Profile", "", false},
		{"Factfile", "", false},
		{"General", "", false},
		{"Lead singer quits", "", false},
		{"Update on the strike", "", false},
		{"", "", false},
	}
	for _, tc := range cases {
		t.Run(tc.in, func(t *testing.T) {
			got, ok := wireVersion(tc.in)
			if got != tc.want || ok != tc.ok {
				t.Errorf("wireVersion(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestStripHeadlineVersion(t *testing.T) {
	cases := []struct{ in, title, version string }{
		{"UPDATE 2-Kessel Lines cuts forecast", "Kessel Lines cuts forecast", "update 2"},
		{"CORRECTED-UPDATE 1-Kessel Lines cuts forecast", "Kessel Lines cuts forecast", "corrected update 1"},
		{"REFILE-Ferry strike ends", "Ferry strike ends", "refile"},
		{"RPT-Ferry strike ends", "Ferry strike ends", "rpt"},
		{"URGENT - Ferry strike ends", "Ferry strike ends", "urgent"},
		{"EXCLUSIVE-Kessel Lines to sell ferries", "EXCLUSIVE-Kessel Lines to sell ferries", ""},
		{"COVID-19 cases fall", "COVID-19 cases fall", ""},
		{"UK-Vessland talks stall", "UK-Vessland talks stall", ""},
		{"Update-to-date ferries", "Update-to-date ferries", ""},
		{"UPDATE-", "UPDATE-", ""},
	}
	for _, tc := range cases {
		t.Run(tc.in, func(t *testing.T) {
			title, version := stripHeadlineVersion(tc.in)
			if title != tc.title || version != tc.version {
				t.Errorf("stripHeadlineVersion(%q) = %q, %q; want %q, %q", tc.in, title, version, tc.title, tc.version)
			}
		})
	}
}

// isClosingLine reports whether a removal is a take's closing line (the
// "more follows" and end marks of the test takes).
func isClosingLine(s string) bool {
	switch strings.ToLower(strings.Fields(s + " x")[0]) {
	case "ends", "mf", "more", "end":
		return true
	}
	return false
}

// BenchmarkCleanWire measures cleaning one take of wire copy (ns/op is
// per take), the header read included.
func BenchmarkCleanWire(b *testing.B) {
	c := New(Options{Language: fixedLanguage("en")})
	docs := []crosswire.Document{{Source: "1", Body: wireFirstTake}, {Source: "2", Body: wireSecondTake}, {Source: "3", Body: wireNewLead}}
	ctx := context.Background()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := c.Clean(ctx, docs[i%len(docs)]); err != nil {
			b.Fatal(err)
		}
	}
}

// TestWireHeaderOrder reads fictional takes whose header is written in
// another order than stamp first (the catchline above the stamp) or
// without a stamp (a copy saved without its transmission time): the
// header becomes metadata, never the title or the text; a newspaper
// article whose first line names a page is no wire copy.
func TestWireHeaderOrder(t *testing.T) {
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Fatal(err)
	}
	filed := time.Date(2000, 3, 1, 17, 20, 0, 0, london)
	body := "(reopens)<\n" +
		"\x19The operator, Kessel Lines, said talks would resume on Friday.<\n" +
		"\x19A spokesman said: ``We regret the disruption.''<\n" +
		"\x19ends jd\n"
	plainBody := "The operator, Kessel Lines, said talks would resume on Friday.\n\n" +
		"Pilots at the Orrin ferry terminal joined the stoppage at noon.\n\nend\n"
	text := "The operator, Kessel Lines, said talks would resume on Friday.\n\nA spokesman said: “We regret the disruption.”"
	cases := []struct {
		name  string
		body  string
		title string
		text  string
		wire  *crosswire.Wire
	}{
		{
			name: "catchline above the stamp",
			body: "NEWS Harbour Substitute\n17:20 01/03/00: Page 2 (UUU)\n" + wireRule2 + body,
			text: text,
			wire: &crosswire.Wire{Slug: "Harbour", Version: "substitute", Page: 2, Desk: "NEWS", Priority: "UUU", Filed: &filed},
		},
		{
			name: "page line above the stamp, no rules",
			body: "Page 2 (UUU) NEWS Harbour\n17:20 01/03/00\n" + body,
			text: text,
			wire: &crosswire.Wire{Slug: "Harbour", Page: 2, Desk: "NEWS", Priority: "UUU", Filed: &filed},
		},
		{
			name: "stampless header between rules",
			body: wireRule1 + "          Page 2 (UUU) NEWS Harbour Substitute\n" + wireRule2 + body,
			text: text,
			wire: &crosswire.Wire{Slug: "Harbour", Version: "substitute", Page: 2, Desk: "NEWS", Priority: "UUU"},
		},
		{
			name: "stampless header with a desk and no code, unmarked paragraphs",
			body: "NEWS Harbour Page 3\n\n" + plainBody,
			text: "The operator, Kessel Lines, said talks would resume on Friday.\n\nPilots at the Orrin ferry terminal joined the stoppage at noon.",
			wire: &crosswire.Wire{Slug: "Harbour", Page: 3, Desk: "NEWS"},
		},
		{
			name:  "a headline naming a page is no header",
			body:  "Page three model weds in Orrin\n\n" + plainBody,
			title: "Page three model weds in Orrin",
			text:  "The operator, Kessel Lines, said talks would resume on Friday.\n\nPilots at the Orrin ferry terminal joined the stoppage at noon.\n\nend",
		},
		{
			name:  "a capitals headline with a page number and no other wire signal",
			body:  "ORRIN Page 3 Gallery\n\nThe gallery in Orrin reopened on Friday after a year of repairs.\n",
			title: "ORRIN Page 3 Gallery",
			text:  "The gallery in Orrin reopened on Friday after a year of repairs.",
		},
	}
	c := New(Options{})
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := c.Clean(context.Background(), crosswire.Document{Body: tc.body})
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tc.title {
				t.Errorf("title %q, want %q", a.Title, tc.title)
			}
			if a.Text != tc.text {
				t.Errorf("text %q, want %q", a.Text, tc.text)
			}
			switch {
			case tc.wire == nil && a.Wire != nil:
				t.Errorf("read as wire copy: %+v", *a.Wire)
			case tc.wire != nil && a.Wire == nil:
				t.Errorf("not read as wire copy")
			case tc.wire != nil:
				got, want := *a.Wire, *tc.wire
				if (got.Filed == nil) != (want.Filed == nil) || got.Filed != nil && !got.Filed.Equal(*want.Filed) {
					t.Errorf("filed %v, want %v", got.Filed, want.Filed)
				}
				got.Filed, want.Filed, got.More = nil, nil, false
				if !reflect.DeepEqual(got, want) {
					t.Errorf("wire %+v, want %+v", got, want)
				}
			}
		})
	}
}
