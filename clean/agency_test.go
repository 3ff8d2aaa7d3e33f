package clean_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"crosswire"
	"crosswire/clean"
	"crosswire/facts"
)

// Fictional agency copy of a fictional agency (NPX, Norpress) in the
// conventions of the major agencies, without a transmission header: slug
// lines, version lines and prefixes, advisories, dateline credits,
// bylines and copyright lines. Every piece of furniture must become
// metadata and never text or a fact.
func TestAgencyFurniture(t *testing.T) {
	const (
		en1 = "Ferry crews walked out at Vessburg harbour on Tuesday, stranding about 400 passengers, the Seafarers' Union said."
		en2 = "Union official Mira Holt said talks with Kessel Lines had broken down over pay."
		fr1 = "Les équipages des ferries ont cessé le travail mardi dans le port de Vessburg, laissant quelque 400 passagers à quai, selon le syndicat des marins."
	)
	cases := []struct {
		name    string
		doc     crosswire.Document
		text    string
		title   string
		author  string
		wire    *crosswire.Wire
		removed []string // texts of the removals, in order
		// furniture must not be in the clean text nor in any fact
		furniture []string
	}{
		{
			name: "slug line with an ordinal version, advisory, byline, credit, copyright notice",
			doc: crosswire.Document{Body: "BC-Vessland-Ferry-Strike,1st Ld-Writethru\n\nFerry strike strands 400 at Vessburg\n\n" +
				"Eds: UPDATES with union statement.\n\nBy Ada Vell, NPX Business Writer\n\nVESSBURG (NPX) — " + en1 + "\n\n" + en2 + "\n\n" +
				"Copyright 2026 NPX. All rights reserved. This material may not be published, broadcast, rewritten or redistributed."},
			text:   en1 + "\n\n" + en2,
			title:  "Ferry strike strands 400 at Vessburg",
			author: "Ada Vell",
			wire:   &crosswire.Wire{Slug: "Vessland-Ferry-Strike", Version: "1st ld writethru", Agency: "NPX"},
			removed: []string{"BC-Vessland-Ferry-Strike,1st Ld-Writethru", "Eds: UPDATES with union statement.", "By Ada Vell, NPX Business Writer", "VESSBURG (NPX) —",
				"Copyright 2026 NPX. All rights reserved. This material may not be published, broadcast, rewritten or redistributed."},
			furniture: []string{"Writethru", "1st", "BC-", "UPDATES", "Copyright", "2026"},
		},
		{
			name: "version prefix on the title, advisory, dated credit, reporting credit",
			doc: crosswire.Document{Title: "CORRECTED-UPDATE 2-Kessel Lines cuts forecast as ferry strike bites",
				Body: "(Adds union comment in paragraph 2)\n\nVESSBURG, March 3 (Norpress) - " + en1 + "\n\n" + en2 + "\n\n(Reporting by Ada Vell; Editing by Tor Lund)"},
			text:      en1 + "\n\n" + en2,
			title:     "Kessel Lines cuts forecast as ferry strike bites",
			wire:      &crosswire.Wire{Version: "corrected update 2", Agency: "Norpress"},
			removed:   []string{"(Adds union comment in paragraph 2)", "VESSBURG, March 3 (Norpress) -", "(Reporting by Ada Vell; Editing by Tor Lund)"},
			furniture: []string{"UPDATE", "CORRECTED", "paragraph 2", "Reporting by"},
		},
		{
			name: "French copy: slug with a French ordinal, Par byline, French date, © line",
			doc: crosswire.Document{Language: "fr", Body: "Vessland-grève-transports,2e LEAD\n\nLa grève des ferries s'étend à Vessburg\n\n" +
				"Par Ada VELL\n\nVESSBURG, 3 mars 2026 (NPX) - " + fr1 + "\n\nbur-av/tl\n\n© 2026 NPX"},
			text:      fr1,
			title:     "La grève des ferries s'étend à Vessburg",
			author:    "Ada VELL",
			wire:      &crosswire.Wire{Slug: "Vessland-grève-transports", Version: "2e lead", Agency: "NPX"},
			removed:   []string{"Vessland-grève-transports,2e LEAD", "Par Ada VELL", "VESSBURG, 3 mars 2026 (NPX) -", "bur-av/tl", "© 2026 NPX"},
			furniture: []string{"LEAD", "2e", "© ", "3 mars 2026", "av/tl"},
		},
		{
			name: "machine translation of French copy: translated service label, title-case credit",
			doc: crosswire.Document{Body: "Vessland-strike-transport, GENERAL PAPER\n\nFerry strike spreads to Vessburg\n\n" +
				"By Ada VELL\n\nVessburg (NPX) - " + en1 + "\n\n" + en2 + " © 2026 NPX"},
			text:      en1 + "\n\n" + en2,
			title:     "Ferry strike spreads to Vessburg",
			author:    "Ada VELL",
			wire:      &crosswire.Wire{Slug: "Vessland-strike-transport", Version: "general paper", Agency: "NPX"},
			removed:   []string{"Vessland-strike-transport, GENERAL PAPER", "By Ada VELL", "Vessburg (NPX) -", "© 2026 NPX"},
			furniture: []string{"GENERAL PAPER", "©"},
		},
		{
			name:      "priority line before the headline, French version line after it",
			doc:       crosswire.Document{Body: "URGENT\n\nFerry strike ends at Vessburg\n\nMISE À JOUR\n\n(NPX) - " + en1},
			text:      en1,
			title:     "Ferry strike ends at Vessburg",
			wire:      &crosswire.Wire{Version: "urgent", Agency: "NPX"},
			removed:   []string{"URGENT", "MISE À JOUR", "(NPX) -"},
			furniture: []string{"URGENT", "MISE"},
		},
		{
			name:      "slug line and a byline naming the agency, no credit",
			doc:       crosswire.Document{Body: "Vessland-ferry-strike,Sub\n\nFerry strike ends\n\nBy Ada Vell, NPX Business Writer\n\n" + en1},
			text:      en1,
			title:     "Ferry strike ends",
			author:    "Ada Vell",
			wire:      &crosswire.Wire{Slug: "Vessland-ferry-strike", Version: "sub", Agency: "NPX"},
			removed:   []string{"Vessland-ferry-strike,Sub", "By Ada Vell, NPX Business Writer"},
			furniture: []string{"Business Writer"},
		},
		{
			name:      "byline in capitals with the job on its own line, agency named in full",
			doc:       crosswire.Document{Title: "Ferry strike", Body: "By ADA VELL, Norpress Associated Press\n\nNPX Business Writer\n\nVESSBURG — " + en1},
			text:      en1,
			title:     "Ferry strike",
			author:    "ADA VELL",
			wire:      nil,
			removed:   []string{"By ADA VELL, Norpress Associated Press", "NPX Business Writer", "VESSBURG —"},
			furniture: []string{"Writer"},
		},
		{
			name:  "a job line is read only under a byline",
			doc:   crosswire.Document{Title: "Ferry strike", Body: "Harbour Correspondent\n\n" + en1},
			text:  "Harbour Correspondent\n\n" + en1,
			title: "Ferry strike",
		},
		{
			name:    "a byline naming a place is no agency",
			doc:     crosswire.Document{Title: "Ferry strike", Body: "By Ada Vell, Vessburg\n\n" + en1},
			text:    en1,
			title:   "Ferry strike",
			author:  "Ada Vell",
			removed: []string{"By Ada Vell, Vessburg"},
		},
		{
			name:      "a credit in lower case with a regional service, a credit line in double brackets",
			doc:       crosswire.Document{Title: "Ferry strike", Body: "Vessburg (npx/reg) - " + en1 + "\n\n" + en2 + "\n\n((Reporting by Ada Vell; Editing by Tor Lund))"},
			text:      en1 + "\n\n" + en2,
			title:     "Ferry strike",
			wire:      &crosswire.Wire{Agency: "npx/reg"},
			removed:   []string{"Vessburg (npx/reg) -", "((Reporting by Ada Vell; Editing by Tor Lund))"},
			furniture: []string{"(npx", "Reporting"},
		},
		{
			name:      "French editors' note",
			doc:       crosswire.Document{Title: "Grève", Language: "fr", Body: fr1 + "\n\nNDLR : cette dépêche remplace la précédente."},
			text:      fr1,
			title:     "Grève",
			removed:   []string{"NDLR : cette dépêche remplace la précédente."},
			furniture: []string{"NDLR"},
		},
		// Newspaper text: none of it is furniture.
		{
			name:  "a hyphenated first line, a capitalised title and a hyphen after a place are text",
			doc:   crosswire.Document{Title: "COVID-19 cases fall at Vessburg", Body: "Strike-hit ferry-firm\n\nVessburg - " + en1 + "\n\n" + en2},
			text:  "Strike-hit ferry-firm\n\nVessburg - " + en1 + "\n\n" + en2,
			title: "COVID-19 cases fall at Vessburg",
		},
		{
			name:  "a bracketed phrase after a place is no credit",
			doc:   crosswire.Document{Title: "Ferry strike", Body: "Vessburg (and the islands) - " + en1},
			text:  "Vessburg (and the islands) - " + en1,
			title: "Ferry strike",
		},
		{
			name:  "a title in capitals that is no version, sentences that open with labels",
			doc:   crosswire.Document{Title: "EXCLUSIVE-Kessel Lines to sell ferries", Body: "Editors-in-chief of three papers met the union. The update came late.\n\n" + en1 + " The strike (and the feds) went on."},
			text:  "Editors-in-chief of three papers met the union. The update came late.\n\n" + en1 + " The strike (and the feds) went on.",
			title: "EXCLUSIVE-Kessel Lines to sell ferries",
		},
	}
	c := clean.New(clean.Options{Language: stated("en")})
	x := facts.New()
	ctx := context.Background()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tc.doc.Source = "test"
			a, err := c.Clean(ctx, tc.doc)
			if err != nil {
				t.Fatalf("Clean: %v", err)
			}
			if a.Text != tc.text {
				t.Errorf("text:\n got %q\nwant %q", a.Text, tc.text)
			}
			if a.Title != tc.title || a.Author != tc.author {
				t.Errorf("title, author = %q, %q; want %q, %q", a.Title, a.Author, tc.title, tc.author)
			}
			if a.Outlet != "" {
				t.Errorf("outlet = %q: a credit or byline must not name the outlet", a.Outlet)
			}
			switch {
			case (a.Wire == nil) != (tc.wire == nil):
				t.Errorf("wire = %+v, want %+v", a.Wire, tc.wire)
			case a.Wire != nil && *a.Wire != *tc.wire:
				t.Errorf("wire:\n got %+v\nwant %+v", *a.Wire, *tc.wire)
			}
			var got []string
			for _, r := range a.Removed {
				got = append(got, r.Text)
			}
			if strings.Join(got, "|") != strings.Join(tc.removed, "|") {
				t.Errorf("removed:\n got %q\nwant %q", got, tc.removed)
			}
			fs, err := x.Extract(ctx, &a)
			if err != nil {
				t.Fatalf("extract: %v", err)
			}
			for _, tok := range tc.furniture {
				if strings.Contains(a.Text, tok) {
					t.Errorf("furniture %q left in the text", tok)
				}
				for _, f := range fs {
					if strings.Contains(f.Span.Text, tok) {
						t.Errorf("%s fact %q holds furniture %q", f.Kind, f.Span.Text, tok)
					}
				}
			}
		})
	}
}

// TestForeignStamps reads French and German publication stamps opening
// the body of agency copy: cut as metadata, the day into Published.
func TestForeignStamps(t *testing.T) {
	const fr1 = "Les équipages des ferries ont cessé le travail mardi dans le port de Vessburg, selon le syndicat des marins."
	cases := []struct {
		body, stamp string
		day         string
	}{
		{"Publié le 3 mars 2026 à 14h32\n\n" + fr1, "Publié le 3 mars 2026 à 14h32", "2026-03-03"},
		{"Mis à jour le mardi 1er juillet 2025 à 9 h 05\n\n" + fr1, "Mis à jour le mardi 1er juillet 2025 à 9 h 05", "2025-07-01"},
		{"Publié le 12 juin 2024\n\n" + fr1, "Publié le 12 juin 2024", "2024-06-12"},
		{"Veröffentlicht am 2026-03-03 14:32\n\n" + fr1, "Veröffentlicht am 2026-03-03 14:32", "2026-03-03"},
	}
	c := clean.New(clean.Options{Language: stated("fr")})
	for _, tc := range cases {
		t.Run(tc.stamp, func(t *testing.T) {
			a, err := c.Clean(context.Background(), crosswire.Document{Source: "test", Title: "Grève", Body: tc.body})
			if err != nil {
				t.Fatal(err)
			}
			if a.Text != fr1 {
				t.Errorf("text = %q, want %q", a.Text, fr1)
			}
			if len(a.Removed) != 1 || a.Removed[0].Text != tc.stamp || a.Removed[0].Reason != crosswire.ReasonMetadata {
				t.Errorf("removed = %+v, want the stamp %q", a.Removed, tc.stamp)
			}
			if a.Published == nil || a.Published.Format(time.DateOnly) != tc.day {
				t.Errorf("published = %v, want %s", a.Published, tc.day)
			}
		})
	}
}

// stated is a LanguageDetector that answers one language.
type stated string

func (s stated) Detect(string) string { return string(s) }
