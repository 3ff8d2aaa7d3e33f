package clean

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"crosswire"
)

// fixedLanguage is a LanguageDetector for tests that do not test detection.
type fixedLanguage string

func (f fixedLanguage) Detect(string) string { return string(f) }

func cleanBody(t *testing.T, body string) crosswire.Article {
	t.Helper()
	a, err := New(Options{Language: fixedLanguage("en")}).Clean(context.Background(), crosswire.Document{Source: "test", Title: "Test", Body: body})
	if err != nil {
		t.Fatalf("Clean: %v", err)
	}
	return a
}

// ruleCase is one case of a boilerplate rule: the body, the clean text
// wanted and the removals wanted in the order the cleaner records them.
type ruleCase struct {
	name    string
	body    string
	text    string
	removed []crosswire.Removal
}

func runRuleCases(t *testing.T, cases []ruleCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := cleanBody(t, tc.body)
			if a.Text != tc.text {
				t.Errorf("text:\n got %q\nwant %q", a.Text, tc.text)
			}
			want := tc.removed
			if want == nil {
				want = []crosswire.Removal{}
			}
			got := make([]crosswire.Removal, len(a.Removed))
			for i, r := range a.Removed {
				if r.Start != r.End || r.Start < 0 || r.End > len(a.Text) {
					t.Errorf("removal %q placed at %d–%d in a text of %d bytes", r.Text, r.Start, r.End, len(a.Text))
				}
				got[i] = crosswire.Removal{Text: r.Text, Reason: r.Reason}
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("removed:\n got %+v\nwant %+v", got, want)
			}
		})
	}
}

func rm(reason, text string) crosswire.Removal { return crosswire.Removal{Text: text, Reason: reason} }

// datelineCase is the case of a body that opens with line, a dateline, then
// para1: the cleaner removes the dateline and keeps the paragraph.
func datelineCase(name, line string) ruleCase {
	return ruleCase{name: name, body: line + " " + para1, text: para1, removed: []crosswire.Removal{rm(crosswire.ReasonDateline, line)}}
}

const (
	para1 = "The Varn bridge in Ostmark reopened on Tuesday after a nine-month repair, the city council said."
	para2 = "About 40,000 vehicles cross the Varn bridge every day, council engineer Ola Brekke said."
	para3 = "Repairs cost 12 million crowns, paid from the Ostmark transport budget."
)

func TestWhitespaceAndUnicode(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "CRLF and runs of spaces", body: "The  Varn bridge\r\nreopened   on Tuesday.\r\n\r\n\r\nIt cost 12 million crowns.\r\n",
			text: "The Varn bridge reopened on Tuesday.\n\nIt cost 12 million crowns."},
		{name: "NFC", body: "Cafe\u0301 owner Zoe\u0308 Lind said so.", text: "Café owner Zoë Lind said so."},
		{name: "quotes kept as written", body: "“We will rebuild,” she said. 'Yes' he said.", text: "“We will rebuild,” she said. 'Yes' he said."},
		{name: "odd spaces and invisible characters", body: "The\u00a0bridge\treopened\u200b on\u2009Tuesday.\ufeff", text: "The bridge reopened on Tuesday."},
		{name: "one paragraph per line", body: para1 + "\n" + para2 + "\n" + para3, text: para1 + "\n\n" + para2 + "\n\n" + para3},
		{name: "hard-wrapped paragraph joined", body: "The Varn bridge in Ostmark reopened on Tuesday after a\nnine-month repair, the city council said on its website\nand in a statement to the press.",
			text: "The Varn bridge in Ostmark reopened on Tuesday after a nine-month repair, the city council said on its website and in a statement to the press."},
		{name: "invalid UTF-8 replaced", body: "Caf\xe9 owner said so.", text: "Caf\uFFFD owner said so."},
	})
}

func TestMetadata(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "date glued to dateline", body: "date 2024-03-14 Vessburg — " + para1 + "\n\n" + para2,
			text:    para1 + "\n\n" + para2,
			removed: []crosswire.Removal{rm(crosswire.ReasonMetadata, "date 2024-03-14"), rm(crosswire.ReasonDateline, "Vessburg —")}},
		{name: "published line", body: "Published: 14 March 2024, 10:32 GMT\n\n" + para1,
			text: para1, removed: []crosswire.Removal{rm(crosswire.ReasonMetadata, "Published: 14 March 2024, 10:32 GMT")}},
		{name: "updated stamp with time glued", body: "Updated 2024-06-09 05:55 " + para1,
			text: para1, removed: []crosswire.Removal{rm(crosswire.ReasonMetadata, "Updated 2024-06-09 05:55")}},
		{name: "published and updated", body: "Published March 3, 2024 | Updated March 4, 2024\n\n" + para1,
			text: para1, removed: []crosswire.Removal{rm(crosswire.ReasonMetadata, "Published March 3, 2024"), rm(crosswire.ReasonMetadata, "Updated March 4, 2024")}},
		{name: "byline paragraph", body: "By Mira Holt\n\n" + para1, text: para1, removed: []crosswire.Removal{rm(crosswire.ReasonMetadata, "By Mira Holt")}},
		{name: "sentence starting with a keyword kept", body: "Updated figures show 40,000 vehicles a day.\n\n" + para1,
			text: "Updated figures show 40,000 vehicles a day.\n\n" + para1},
		{name: "date in the middle kept", body: para1 + " The date 2024-03-14 was set.", text: para1 + " The date 2024-03-14 was set."},
	})
}

func TestDateline(t *testing.T) {
	runRuleCases(t, []ruleCase{
		datelineCase("capitals, date and agency", "VESSBURG, March 14 (Norpress) —"),
		datelineCase("capitals and date", "KESSEL, July 12 —"),
		datelineCase("two-word place, day first", "PORT SELM, 3 May 2024 (Capital Wire) –"),
		datelineCase("capitals and colon", "SINGAPORE:"),
		datelineCase("capitals and hyphen", "VESSBURG (Norpress) -"),
		datelineCase("title case with long dash", "Vessburg —"),
		{name: "title case with colon is a sentence", body: "Brenner: the law applies to all.", text: "Brenner: the law applies to all."},
		{name: "title case with hyphen is a sentence", body: "Keller - a former MP - denied it.", text: "Keller - a former MP - denied it."},
		{name: "dash then lower case is a sentence", body: "Norland — or at least its capital — voted no.", text: "Norland — or at least its capital — voted no."},
		{name: "only at the start", body: para1 + "\n\nVESSBURG, March 14 (Norpress) — " + para2, text: para1 + "\n\nVESSBURG, March 14 (Norpress) — " + para2},
	})
}

func TestAgencyTag(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "slash tag", body: para1 + "\n\n" + para2 + " /NORPRESS", text: para1 + "\n\n" + para2,
			removed: []crosswire.Removal{rm(crosswire.ReasonAgencyTag, "/NORPRESS")}},
		{name: "parenthesised agency", body: para1 + "\n\n" + para2 + " (Norpress)", text: para1 + "\n\n" + para2,
			removed: []crosswire.Removal{rm(crosswire.ReasonAgencyTag, "(Norpress)")}},
		{name: "dash agency", body: para1 + "\n\n" + para2 + " — Capital Wire", text: para1 + "\n\n" + para2,
			removed: []crosswire.Removal{rm(crosswire.ReasonAgencyTag, "— Capital Wire")}},
		{name: "tag paragraph", body: para1 + "\n\n" + para2 + "\n\n/BNA", text: para1 + "\n\n" + para2,
			removed: []crosswire.Removal{rm(crosswire.ReasonAgencyTag, "/BNA")}},
		{name: "copyright line", body: para1 + "\n\n© 2024 Norpress", text: para1,
			removed: []crosswire.Removal{rm(crosswire.ReasonAgencyTag, "© 2024 Norpress")}},
		{name: "acronym inside the sentence kept", body: para1 + " It was built by the agency (NCSA).", text: para1 + " It was built by the agency (NCSA)."},
		{name: "tag only at the end", body: para1 + " /NORPRESS\n\n" + para2, text: para1 + " /NORPRESS\n\n" + para2},
	})
}

func TestEditorInsert(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "comma editor's note", body: "Prosecutor General Ruth Amsel (she was appointed in 2020, editor's note) said 14 homes were searched.",
			text:    "Prosecutor General Ruth Amsel said 14 homes were searched.",
			removed: []crosswire.Removal{rm(crosswire.ReasonEditorInsert, "(she was appointed in 2020, editor's note)")}},
		{name: "before a comma", body: "Rain fell since Wednesday (the Vell is a long river, editor’s note), the institute said.",
			text:    "Rain fell since Wednesday, the institute said.",
			removed: []crosswire.Removal{rm(crosswire.ReasonEditorInsert, "(the Vell is a long river, editor’s note)")}},
		{name: "bracketed label first", body: "The council [Editor's note: the council has 31 members] voted on Monday.",
			text:    "The council voted on Monday.",
			removed: []crosswire.Removal{rm(crosswire.ReasonEditorInsert, "[Editor's note: the council has 31 members]")}},
		{name: "parenthesised label first", body: "The council (Ed. note: it has 31 members) voted on Monday.",
			text:    "The council voted on Monday.",
			removed: []crosswire.Removal{rm(crosswire.ReasonEditorInsert, "(Ed. note: it has 31 members)")}},
		{name: "whole paragraph", body: para1 + "\n\nEditor's note: this story was updated to correct the cost.\n\n" + para3,
			text:    para1 + "\n\n" + para3,
			removed: []crosswire.Removal{rm(crosswire.ReasonEditorInsert, "Editor's note: this story was updated to correct the cost.")}},
		{name: "ordinary parenthesis kept", body: "The National Cyber Security Agency (NCSA) said so (on Tuesday).",
			text: "The National Cyber Security Agency (NCSA) said so (on Tuesday)."},
	})
}

func TestSubhead(t *testing.T) {
	tests := []struct {
		name, body, text string
		subheads         []string
	}{
		{name: "between paragraphs", body: para1 + "\n\nSearches in two cities\n\n" + para2,
			text: para1 + "\n\nSearches in two cities\n\n" + para2, subheads: []string{"Searches in two cities"}},
		{name: "single newlines", body: para1 + "\nSearches in two cities\n" + para2 + "\n" + para3,
			text: para1 + "\n\nSearches in two cities\n\n" + para2 + "\n\n" + para3, subheads: []string{"Searches in two cities"}},
		{name: "two subheads", body: para1 + "\n\nSearches in two cities\n\n" + para2 + "\n\nReaction\n\n" + para3,
			text: para1 + "\n\nSearches in two cities\n\n" + para2 + "\n\nReaction\n\n" + para3, subheads: []string{"Searches in two cities", "Reaction"}},
		{name: "short sentence", body: para1 + "\n\nNobody was hurt.\n\n" + para2, text: para1 + "\n\nNobody was hurt.\n\n" + para2},
		{name: "lead-in to a quote", body: para1 + "\n\nBrekke said:\n\n\"It is safe.\"", text: para1 + "\n\nBrekke said:\n\n\"It is safe.\""},
		{name: "quoted line", body: para1 + "\n\n\"Never again\"\n\n" + para2, text: para1 + "\n\n\"Never again\"\n\n" + para2},
		{name: "last line", body: para1 + "\n\n" + para2 + "\n\nMore to follow", text: para1 + "\n\n" + para2 + "\n\nMore to follow"},
		{name: "long line without a full stop", body: para1 + "\n\nThe council said the bridge would stay open to lorries under 7.5 tonnes and buses\n\n" + para2,
			text: para1 + "\n\nThe council said the bridge would stay open to lorries under 7.5 tonnes and buses\n\n" + para2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := cleanBody(t, tc.body)
			if a.Text != tc.text {
				t.Errorf("text:\n got %q\nwant %q", a.Text, tc.text)
			}
			if len(a.Removed) != 0 {
				t.Errorf("removed %+v, want nothing", a.Removed)
			}
			var got []string
			for _, sp := range a.Subheads {
				if sp.Article != a.ID || a.Text[sp.Start:sp.End] != sp.Text {
					t.Errorf("subhead span %+v is not a span of the text", sp)
				}
				got = append(got, sp.Text)
			}
			if !reflect.DeepEqual(got, tc.subheads) {
				t.Errorf("subheads %q, want %q", got, tc.subheads)
			}
		})
	}
}

// TestRemovalOffsets checks that every removal records the offset of the
// clean text it was cut from.
func TestRemovalOffsets(t *testing.T) {
	tests := []struct {
		name string
		body string
		// before is the clean text before each cut, in reading order.
		before []string
	}{
		{name: "dateline at the start", body: "VESSBURG, March 14 (Norpress) — " + para1, before: []string{""}},
		{name: "editor insert inside a paragraph", body: "The mayor (she was appointed in 2020, editor's note) said so.\n\n" + para2,
			before: []string{"The mayor "}},
		{name: "agency tag at the end", body: para1 + "\n\n" + para2 + " /NORPRESS", before: []string{para1 + "\n\n" + para2}},
		{name: "metadata then dateline", body: "date 2024-03-14\n\nVessburg — " + para1, before: []string{"", ""}},
		{name: "same words cut twice", body: "By Mira Holt\n\n" + para1 + " (Ed. note: it has 31 members)\n\n" + para2 + " (Ed. note: it has 31 members)",
			before: []string{"", para1, para1 + "\n\n" + para2}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := cleanBody(t, tc.body)
			if len(a.Removed) != len(tc.before) {
				t.Fatalf("removed %+v, want %d removals", a.Removed, len(tc.before))
			}
			for i, r := range a.Removed {
				if r.Start != r.End || r.Start != len(tc.before[i]) || !strings.HasPrefix(a.Text, tc.before[i]) {
					t.Errorf("removal %q at %d–%d, want at %d (after %q) in %q", r.Text, r.Start, r.End, len(tc.before[i]), tc.before[i], a.Text)
				}
			}
		})
	}
}

func TestBioAndSpam(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "bio and spam at the end", body: para1 + "\n\n" + para2 + "\n\nLena Marsh is a freelance writer who loves gardening and jazz.\n\nFollow us for daily crypto tips at https://t.me/example",
			text: para1 + "\n\n" + para2,
			removed: []crosswire.Removal{rm(crosswire.ReasonBio, "Lena Marsh is a freelance writer who loves gardening and jazz."),
				rm(crosswire.ReasonSpam, "Follow us for daily crypto tips at https://t.me/example")}},
		{name: "casino promotion", body: para1 + "\n\nSubscribe now and win a free spin at Lucky Casino: www.lucky.example",
			text: para1, removed: []crosswire.Removal{rm(crosswire.ReasonSpam, "Subscribe now and win a free spin at Lucky Casino: www.lucky.example")}},
		{name: "credit line", body: para1 + "\n\n(Reporting by Mira Holt; Editing by Tom Eriksen)",
			text: para1, removed: []crosswire.Removal{rm(crosswire.ReasonBio, "(Reporting by Mira Holt; Editing by Tom Eriksen)")}},
		{name: "bio sharing a name kept", body: para1 + "\n\nOla Brekke is the engineer who signed off the Varn repairs.",
			text: para1 + "\n\nOla Brekke is the engineer who signed off the Varn repairs."},
		{name: "link sharing a number kept", body: para1 + "\n\nThe 12 million crowns budget is published at https://ostmark.example/budget",
			text: para1 + "\n\nThe 12 million crowns budget is published at https://ostmark.example/budget"},
		{name: "cryptocurrency in reporting kept", body: para1 + "\n\nPolice traced the cryptocurrency wallets the gang uses in Ostmark.",
			text: para1 + "\n\nPolice traced the cryptocurrency wallets the gang uses in Ostmark."},
		{name: "not at the end kept", body: para1 + "\n\nFollow us for daily crypto tips at https://t.me/example\n\n" + para2,
			text: para1 + "\n\nFollow us for daily crypto tips at https://t.me/example\n\n" + para2},
		{name: "tag before bio", body: para1 + "\n\n" + para2 + " /NORPRESS\n\nJane Roe writes about chess and opera.",
			text:    para1 + "\n\n" + para2,
			removed: []crosswire.Removal{rm(crosswire.ReasonAgencyTag, "/NORPRESS"), rm(crosswire.ReasonBio, "Jane Roe writes about chess and opera.")}},
	})
}

func TestTitleAndOutlet(t *testing.T) {
	c := New(Options{Language: fixedLanguage("en")})
	cases := []struct {
		name       string
		doc        crosswire.Document
		title      string
		outlet     string
		textPrefix string
		removed    int
	}{
		{name: "title from the document, repeated headline dropped",
			doc:   crosswire.Document{Title: "Varn bridge reopens", Outlet: "Norpress", Body: "Varn bridge reopens\n\n" + para1},
			title: "Varn bridge reopens", outlet: "Norpress", textPrefix: para1},
		{name: "headline run into the dateline",
			doc:   crosswire.Document{Title: "Varn bridge reopens", Body: "Varn bridge reopens OSTMARK, May 3 (Norpress) — " + para1},
			title: "Varn bridge reopens", outlet: "", textPrefix: para1, removed: 1},
		{name: "lead opening with the headline's words kept",
			doc:   crosswire.Document{Title: "Harbour strike ends", Body: "Harbour strike ends After talks, the union said 12 days were enough."},
			title: "Harbour strike ends", outlet: "", textPrefix: "Harbour strike ends After talks"},
		{name: "headline from the first line",
			doc:   crosswire.Document{URL: "https://www.ostmark-daily.example/news/1", Body: "Varn bridge reopens after repair\n\n" + para1},
			title: "Varn bridge reopens after repair", outlet: "ostmark-daily.example", textPrefix: para1},
		{name: "first sentence is not a headline",
			doc:   crosswire.Document{Body: para1 + "\n\n" + para2},
			title: "", outlet: "", textPrefix: para1},
		{name: "single paragraph keeps its text",
			doc:   crosswire.Document{Body: "Varn bridge reopens"},
			title: "", outlet: "", textPrefix: "Varn bridge reopens"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := c.Clean(context.Background(), tc.doc)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tc.title || a.Outlet != tc.outlet || !strings.HasPrefix(a.Text, tc.textPrefix) {
				t.Errorf("got title %q outlet %q text %q; want %q, %q, %q…", a.Title, a.Outlet, a.Text, tc.title, tc.outlet, tc.textPrefix)
			}
			if len(a.Removed) != tc.removed {
				t.Errorf("removed %+v, want %d removals (the title is not one)", a.Removed, tc.removed)
			}
		})
	}
}

func TestMetadataCarriedOver(t *testing.T) {
	pub := time.Date(2024, 3, 14, 9, 30, 0, 0, time.UTC)
	doc := crosswire.Document{Source: "a.txt", URL: "https://norpress.example/a", Title: "T", Outlet: "Norpress", Author: "Mira Holt", Language: "en-GB", Published: &pub, Body: para1}
	a, err := New(Options{Language: fixedLanguage("xx")}).Clean(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	hash := ContentHash(doc)
	if a.Source != "a.txt" || a.URL != doc.URL || a.Author != "Mira Holt" || a.Published != &pub || a.Language != "en" || a.Hash != hash || a.ID != hash[:16] {
		t.Errorf("metadata not carried over: %+v", a)
	}
	if a.Removed == nil {
		t.Error("Removed is nil; the report contract wants an array")
	}
}

func TestContentHash(t *testing.T) {
	base := crosswire.Document{Outlet: "Norpress", URL: "https://norpress.example/a", Title: "T", Body: "Body.", Source: "a.txt", Language: "en"}
	h := ContentHash(base)
	if len(h) != 64 || strings.Trim(h, "0123456789abcdef") != "" {
		t.Fatalf("not hex SHA-256: %q", h)
	}
	same := base
	same.Source, same.Language = "elsewhere/a.txt", "de"
	if ContentHash(same) != h {
		t.Error("hash depends on the source path or language")
	}
	for name, d := range map[string]crosswire.Document{
		"outlet": {Outlet: "Norpres", URL: base.URL, Title: base.Title, Body: base.Body},
		"url":    {Outlet: base.Outlet, URL: base.URL + "?x", Title: base.Title, Body: base.Body},
		"title":  {Outlet: base.Outlet, URL: base.URL, Title: "T2", Body: base.Body},
		"body":   {Outlet: base.Outlet, URL: base.URL, Title: base.Title, Body: "Body!"},
		"shift":  {Outlet: base.Outlet, URL: base.URL, Title: base.Title + "B", Body: "ody."},
	} {
		if ContentHash(d) == h {
			t.Errorf("changing the %s keeps the hash", name)
		}
	}
}

func TestEmpty(t *testing.T) {
	c := New(Options{})
	for name, body := range map[string]string{"empty": "", "spaces": " \n\n\t ", "only a dateline": "VESSBURG, March 14 (Norpress) — ",
		// session 19 QA: punctuation alone was an article, a story of
		// its own with nothing in it
		"only full stops": "...", "only marks": "— * —\n\n? !"} {
		t.Run(name, func(t *testing.T) {
			_, err := c.Clean(context.Background(), crosswire.Document{Source: "x", Body: body})
			if !errors.Is(err, ErrEmpty) {
				t.Errorf("err = %v, want ErrEmpty", err)
			}
		})
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := c.Clean(ctx, crosswire.Document{Body: para1}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: err = %v", err)
	}
}

func TestLanguage(t *testing.T) {
	cases := []struct {
		name, text, want string
	}{
		{"english", "The Varn bridge in Ostmark reopened on Tuesday after a nine-month repair, the city council said. About 40,000 vehicles cross it every day, and the work cost 12 million crowns.", "en"},
		{"malay", "Jambatan Varn di Ostmark dibuka semula pada hari Selasa selepas kerja pembaikan selama sembilan bulan, kata majlis bandar. Beliau berkata kerajaan akan membayar kos itu kerana jambatan itu penting bagi penduduk.", "ms"},
		{"indonesian", "Jembatan Varn di Ostmark dibuka kembali pada hari Selasa setelah perbaikan selama sembilan bulan, kata dewan kota. Pemerintah mengatakan bahwa biaya tersebut akan dibayar karena jembatan itu penting bagi warga.", "id"},
		{"chinese", "奥斯特马克的瓦恩大桥在经过九个月的维修后于周二重新开放，市议会表示。每天约有四万辆汽车通过这座桥。", "zh"},
		{"no letters", "12 345 — 67", ""},
	}
	w := Whatlang{}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := w.Detect(tc.text); got != tc.want {
				t.Errorf("Detect = %q, want %q", got, tc.want)
			}
		})
	}
	t.Run("stated language kept", func(t *testing.T) {
		a, err := New(Options{}).Clean(context.Background(), crosswire.Document{Language: "MS", Body: cases[0].text})
		if err != nil || a.Language != "ms" {
			t.Errorf("language %q, err %v; want the stated ms", a.Language, err)
		}
	})
}

func TestPublishedFromStamp(t *testing.T) {
	c := New(Options{Language: fixedLanguage("en")})
	given := time.Date(2024, 3, 15, 7, 40, 0, 0, time.UTC)
	cases := []struct {
		name      string
		published *time.Time
		body      string
		want      string
	}{
		{"iso date", nil, "date 2024-03-14 Vessburg — " + para1, "2024-03-14"},
		{"day month year", nil, "Published: 14 March 2024, 10:32 GMT\n\n" + para1, "2024-03-14"},
		{"month day year", nil, "Updated Sept. 3, 2024 " + para1, "2024-09-03"},
		{"input time wins", &given, "date 2024-03-14 " + para1, "2024-03-15"},
		{"no stamp", nil, para1, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := c.Clean(context.Background(), crosswire.Document{Body: tc.body, Published: tc.published})
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if a.Published != nil {
				got = a.Published.Format("2006-01-02")
			}
			if got != tc.want {
				t.Errorf("published %q, want %q", got, tc.want)
			}
		})
	}
}

// TestSentencesComputedOnce checks that cleaning hands on the article's
// sentences: spans of its text, in order, the subhead one of its own.
func TestSentencesComputedOnce(t *testing.T) {
	a := cleanBody(t, para1+"\n\nSearches in two cities\n\n"+para2)
	if len(a.Sentences) < 3 {
		t.Fatalf("sentences %+v, want at least 3", a.Sentences)
	}
	end, sub := 0, false
	for _, s := range a.Sentences {
		if s.Article != a.ID || s.Start < end || a.Text[s.Start:s.End] != s.Text {
			t.Errorf("sentence %+v is not the next span of the text", s)
		}
		end = s.End
		sub = sub || s.Text == "Searches in two cities"
	}
	if !sub {
		t.Errorf("the subhead is not a sentence of its own: %+v", a.Sentences)
	}
}
