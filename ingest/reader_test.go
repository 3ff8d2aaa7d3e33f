package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"crosswire"
)

// quiet is a logger that drops everything, for tests.
func quiet() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// write creates dir/name with content and returns its path.
func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func day(s string) *time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return &t
}

const bridgeBody = "Heavy rain closed the Mill Street bridge in Eastvale on Tuesday, officials said.\n\nAbout 40 residents were moved to the school hall."

const budgetPage = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Council approves budget | Northport Daily</title>
<meta property="og:site_name" content="Northport Daily"><meta name="author" content="Rina Solberg">
<meta property="article:published_time" content="2026-02-10T08:30:00Z">
<link rel="canonical" href="https://northport.example/budget"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Council approves budget</h1>
<p>The Northport city council approved a budget of 12 million crowns on Monday after a four-hour debate that ran late into the evening.</p>
<p>Mayor Tomas Vik said the plan would fund two new schools and repair the harbour wall, which was damaged in last winter's storms.</p>
<p>Opposition members voted against the plan, arguing that the harbour repairs should have been put out to tender first.</p>
</article><footer>Copyright Northport Daily. <a href="/privacy">Privacy</a></footer></body></html>`

func TestReadFormats(t *testing.T) {
	tests := []struct {
		name, file, content string
		want                []crosswire.Document // Source is filled in from the file when empty
	}{
		{
			name: "txt with header", file: "bridge.txt",
			content: "Title: Flood closes bridge\nOutlet: Eastvale Courier\nURL: https://courier.example/bridge\nPublished: 2026-03-04\nLanguage: en\nAuthor: Ola Berg\n\n" + bridgeBody + "\n",
			want: []crosswire.Document{{Body: bridgeBody, Title: "Flood closes bridge", Outlet: "Eastvale Courier",
				URL: "https://courier.example/bridge", Language: "en", Author: "Ola Berg", Published: day("2026-03-04T00:00:00Z")}},
		},
		{
			name: "header keys any case, RFC 3339", file: "case.txt",
			content: "TITLE: Flood\npublished: 2026-03-04T10:15:00+01:00\n\nBody text.",
			want:    []crosswire.Document{{Body: "Body text.", Title: "Flood", Published: day("2026-03-04T10:15:00+01:00")}},
		},
		{
			name: "header date in the wire stamp's form", file: "stamp.txt",
			content: "Title: Crane falls at Ostravel yard\nPublished: 16:54 01/03/00\n\nBody text.",
			want:    []crosswire.Document{{Body: "Body text.", Title: "Crane falls at Ostravel yard", Published: day("2000-03-01T16:54:00Z")}},
		},
		{
			name: "prose is not a header", file: "prose.txt",
			content: "Note: the bridge was closed.\nIt reopened later.\n\nSecond paragraph.",
			want:    []crosswire.Document{{Body: "Note: the bridge was closed.\nIt reopened later.\n\nSecond paragraph."}},
		},
		{
			// A header with a key crosswire does not use among keys it
			// does is still a header: the unknown line is ignored. The
			// whole block was read as prose and became the title.
			name: "header with an unknown key", file: "unknown.txt",
			content: "Title: Ferry late\nDate: 2026-03-04\nSource: Kessel Post\nDesk: Harbour\nByline: Ada Vell\n\nThe ferry was late.",
			want:    []crosswire.Document{{Body: "The ferry was late.", Title: "Ferry late", Outlet: "Kessel Post", Author: "Ada Vell", Published: day("2026-03-04T00:00:00Z")}},
		},
		{
			// Lines shaped like keys with none crosswire knows are prose.
			name: "unknown keys alone are prose", file: "notes.txt",
			content: "Update: the bridge reopened.\nNote: traffic is slow.\n\nSecond paragraph.",
			want:    []crosswire.Document{{Body: "Update: the bridge reopened.\nNote: traffic is slow.\n\nSecond paragraph."}},
		},
		{
			name: "unparseable date kept nil", file: "baddate.txt",
			content: "Title: Flood\nPublished: sometime last week\n\nBody text.",
			want:    []crosswire.Document{{Body: "Body text.", Title: "Flood"}},
		},
		{
			name: "CRLF and BOM", file: "crlf.txt",
			content: "\ufeffTitle: Flood\r\n\r\nLine one.\r\nLine two.\r\n",
			want:    []crosswire.Document{{Body: "Line one.\nLine two.", Title: "Flood"}},
		},
		{
			name: "markdown with header", file: "story.md",
			content: "Title: Flood\nOutlet: Courier\n\n# Flood\n\nHeavy rain.",
			want:    []crosswire.Document{{Body: "Heavy rain.", Title: "Flood", Outlet: "Courier"}},
		},
		{
			name: "markdown front matter", file: "front.md",
			content: "---\ntitle: \"Flood\"\ntags: weather\nauthor: Ola Berg\n---\n\nHeavy rain.",
			want:    []crosswire.Document{{Body: "Heavy rain.", Title: "Flood", Author: "Ola Berg"}},
		},
		{
			name: "Windows-1252 text converted", file: "latin.txt",
			content: "Caf\xe9 owners in S\xe3o Bento said the \x93new\x94 rules were unfair.",
			want:    []crosswire.Document{{Body: "Café owners in São Bento said the “new” rules were unfair.", Encoding: "windows-1252"}},
		},
		{
			name: "html", file: "budget.html", content: budgetPage,
			want: []crosswire.Document{{
				Body: "The Northport city council approved a budget of 12 million crowns on Monday after a four-hour debate that ran late into the evening.\n\n" +
					"Mayor Tomas Vik said the plan would fund two new schools and repair the harbour wall, which was damaged in last winter's storms.\n\n" +
					"Opposition members voted against the plan, arguing that the harbour repairs should have been put out to tender first.",
				Title: "Council approves budget", Outlet: "Northport Daily", Author: "Rina Solberg",
				URL: "https://northport.example/budget", Language: "en", Published: day("2026-02-10T08:30:00Z"),
			}},
		},
		{
			name: "html meta charset", file: "latin.htm",
			content: "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><title>Caf\xe9s</title></head><body><article><p>Caf\xe9 owners in S\xe3o Bento protested against the new harbour fees on Monday.</p></article></body></html>",
			want:    []crosswire.Document{{Title: "Cafés", Body: "Café owners in São Bento protested against the new harbour fees on Monday.", Encoding: "windows-1252"}},
		},
		{
			name: "html declared UTF-8 with a stray byte says so", file: "stray.html",
			content: "<html><head><meta charset=\"utf-8\"><title>Harbour</title></head><body><article><p>" + strings.Repeat("The harbour board met on Monday to discuss the new ferry timetable for the islands. ", 20) + "Its chair said \xff nothing.</p></article></body></html>",
			want: []crosswire.Document{{Title: "Harbour", Encoding: "utf-8, 1 invalid byte replaced",
				Body: strings.Repeat("The harbour board met on Monday to discuss the new ferry timetable for the islands. ", 20) + "Its chair said \uFFFD nothing."}},
		},
		{
			name: "UTF-16 json names its encoding", file: "utf16.json",
			content: utf16LE(`{"title":"Flood","text":"Heavy rain."}`),
			want:    []crosswire.Document{{Body: "Heavy rain.", Title: "Flood", Encoding: "utf-16le"}},
		},
		{
			name: "json article", file: "one.json",
			content: `{"title":"Flood","body":"Heavy rain.","outlet":"Courier","published":"2026-03-04","authors":["Ola Berg","Kim Lund"],"extra":{"x":1}}`,
			want:    []crosswire.Document{{Body: "Heavy rain.", Title: "Flood", Outlet: "Courier", Author: "Ola Berg, Kim Lund", Published: day("2026-03-04T00:00:00Z")}},
		},
		{
			// A text given as a list of paragraphs keeps them paragraphs:
			// it was joined with ", " as a list of authors is ("said.,
			// Passengers …": one paragraph, a comma after the full stop).
			name: "json text as a list of paragraphs", file: "paras.json",
			content: `{"title":"Ferry","text":["The ferry was late on Monday.","Passengers waited until the evening."],"authors":["Ola Berg","Kim Lund"]}`,
			want:    []crosswire.Document{{Body: "The ferry was late on Monday.\n\nPassengers waited until the evening.", Title: "Ferry", Author: "Ola Berg, Kim Lund"}},
		},
		{
			// Unix seconds and milliseconds are dates; 0, the epoch many
			// dumps write for "unknown", and values outside the years
			// every other form allows (1000–9999) are none: 0 made an
			// article of 1970 the earliest, the original of its story.
			name: "jsonl Unix times", file: "unix.jsonl",
			content: `{"text":"One.","published":1793000000}` + "\n" + `{"text":"Two.","published":1793000000000}` + "\n" +
				`{"text":"Three.","published":0}` + "\n" + `{"text":"Four.","published":-86400}` + "\n" + `{"text":"Five.","published":999999999999999999}` + "\n",
			want: []crosswire.Document{
				{Source: "@#1", Body: "One.", Published: day("2026-10-26T07:33:20Z")},
				{Source: "@#2", Body: "Two.", Published: day("2026-10-26T07:33:20Z")},
				{Source: "@#3", Body: "Three."}, {Source: "@#4", Body: "Four."}, {Source: "@#5", Body: "Five."},
			},
		},
		{
			// A news API's answer keeps its articles under a key; its
			// date is "publishedAt". The file was skipped as "JSON
			// without text" (and left out of a directory walk).
			name: "json articles under a key", file: "answer.json",
			content: `{"status":"ok","totalResults":2,"articles":[{"source":{"id":null,"name":"Courier"},"author":"Ola Berg","title":"Flood","url":"https://courier.example/1","publishedAt":"2026-03-04T10:00:00Z","content":"Heavy rain."}]}`,
			want:    []crosswire.Document{{Source: "https://courier.example/1", URL: "https://courier.example/1", Title: "Flood", Outlet: "Courier", Author: "Ola Berg", Body: "Heavy rain.", Published: day("2026-03-04T10:00:00Z")}},
		},
		{
			name: "json array", file: "many.json",
			content: `[{"text":"One."},{"text":"Two.","url":"https://courier.example/2"}]`,
			want:    []crosswire.Document{{Source: "@#1", Body: "One."}, {Source: "https://courier.example/2", URL: "https://courier.example/2", Body: "Two."}},
		},
		{
			name: "UTF-16 jsonl is decoded and names its encoding", file: "utf16.jsonl",
			content: utf16LE("{\"text\":\"One.\"}\r\n{\"text\":\"Two.\"}\r\n"),
			want: []crosswire.Document{
				{Source: "@#1", Body: "One.", Encoding: "utf-16le"},
				{Source: "@#2", Body: "Two.", Encoding: "utf-16le"},
			},
		},
		{
			name: "jsonl", file: "feed.jsonl",
			content: "{\"text\":\"One.\",\"title\":\"T1\",\"language\":\"en\",\"id\":\"a1\"}\n\n{\"content\":\"Two.\",\"url\":\"https://courier.example/2\",\"published\":\"2026-03-04T10:00:00Z\"}\n",
			want: []crosswire.Document{
				{Source: "@#1", Body: "One.", Title: "T1", Language: "en"},
				{Source: "https://courier.example/2", URL: "https://courier.example/2", Body: "Two.", Published: day("2026-03-04T10:00:00Z")},
			},
		},
		{
			// Wire copy keeps its transmission marks (U+0019, "<") and
			// header for clean to read; it is text, not binary.
			name: "wire copy txt kept as written", file: "take.txt",
			content: "  ----------\n   16:54 01/03/00: Page 1 (UUU) NEWS Harbour\n  ----------\nFERRY STRIKE<\n\x19By Ada Vell, Norpress News<\n\x19Ferry crews walked\nout today.<\n\x19ENDS\n",
			want:    []crosswire.Document{{Body: "----------\n   16:54 01/03/00: Page 1 (UUU) NEWS Harbour\n  ----------\nFERRY STRIKE<\n\x19By Ada Vell, Norpress News<\n\x19Ferry crews walked\nout today.<\n\x19ENDS"}},
		},
		{
			name: "jsonl wire copy with its outlet", file: "wire.jsonl",
			content: `{"id":"w1","outlet":"Norpress","text":"  16:54 01/03/00: Page 2 (UUU) NEWS Harbour<\n\u0019Talks resume on Friday.<"}` + "\n",
			want:    []crosswire.Document{{Source: "@#1", Outlet: "Norpress", Body: "16:54 01/03/00: Page 2 (UUU) NEWS Harbour<\n\x19Talks resume on Friday.<"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := write(t, t.TempDir(), tc.file, tc.content)
			r := &Reader{Logger: quiet()}
			docs, skips := r.Read(context.Background(), []string{path})
			if len(skips) != 0 {
				t.Fatalf("skips = %v", skips)
			}
			if len(docs) != len(tc.want) {
				t.Fatalf("got %d documents, want %d: %+v", len(docs), len(tc.want), docs)
			}
			for i, want := range tc.want {
				switch {
				case want.Source == "":
					want.Source = path
				case strings.HasPrefix(want.Source, "@"):
					want.Source = path + want.Source[1:]
				}
				assertDoc(t, docs[i], want)
			}
		})
	}
}

func assertDoc(t *testing.T, got, want crosswire.Document) {
	t.Helper()
	gp, wp := got.Published, want.Published
	got.Published, want.Published = nil, nil
	if got != want {
		t.Errorf("document\n got  %+v\n want %+v", got, want)
	}
	if (gp == nil) != (wp == nil) || gp != nil && !gp.Equal(*wp) {
		t.Errorf("published = %v, want %v", gp, wp)
	}
}

// skipWant is an expected skip; "@" in Source stands for the file's path.
type skipWant struct{ Source, Reason string }

func TestReadBadInputs(t *testing.T) {
	big := strings.Repeat("word ", 300)
	tests := []struct {
		name, file, content string
		max                 int64
		wantSkips           []skipWant // "@" is the file's path
		wantDocs            int
	}{
		{name: "empty file", file: "e.txt", content: "", wantSkips: []skipWant{{"@", ReasonEmpty}}},
		{name: "blank file", file: "b.txt", content: " \n\n\t\n", wantSkips: []skipWant{{"@", ReasonEmpty}}},
		{name: "header only", file: "h.txt", content: "Title: x\n\n", wantSkips: []skipWant{{"@", ReasonEmpty}}},
		{name: "binary NUL", file: "bin.txt", content: "PK\x03\x04\x00\x00data", wantSkips: []skipWant{{"@", ReasonBinary}}},
		{name: "binary controls", file: "ctl.md", content: strings.Repeat("\x01\x02\x03ab", 50), wantSkips: []skipWant{{"@", ReasonBinary}}},
		{name: "binary html", file: "img.html", content: "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", wantSkips: []skipWant{{"@", ReasonBinary}}},
		// UTF-16 without a byte-order mark was "binary file", which told
		// the user nothing they could act on; then (session 18) a skip
		// naming it; now (session 20) it is read, as its BOM would have it
		{name: "UTF-16LE without BOM", file: "w.txt", content: utf16Bytes("Ferry crews walked out at Vessburg harbour today.", false), wantDocs: 1},
		{name: "UTF-16BE without BOM", file: "w.md", content: utf16Bytes("Ferry crews walked out at Vessburg harbour today.", true), wantDocs: 1},
		{name: "JSON in UTF-16 without BOM", file: "w.json", content: utf16Bytes(`{"text":"Ferry crews walked out."}`, false), wantDocs: 1},
		// session 19 QA: a text in a legacy multi-byte character set
		// was "binary file", as if it were an image
		{name: "Shift_JIS text", file: "sj.txt", content: "\x8d\x60\x82\xc5\x89\xce\x8d\xd0\x82\xaa\x94\xad\x90\xb6\x82\xb5\x82\xbd\x81\x42\n", wantSkips: []skipWant{{"@", ReasonOtherCharset}}},
		{name: "GBK text with ASCII figures", file: "gb.md", content: "\xb8\xdb\xbf\xda\xb7\xa2\xc9\xfa\xbb\xf0\xd4\xd6 2026\xc4\xea\xa1\xa3\r\n", wantSkips: []skipWant{{"@", ReasonOtherCharset}}},
		{name: "NULs every other byte of binary data", file: "z.txt", content: strings.Repeat("\x01\x00\x02\x00", 40), wantSkips: []skipWant{{"@", ReasonBinary}}},
		// a PDF named as an argument or fetched: it was "invalid UTF-8"
		// (or "binary file"), which did not say what to do
		{name: "PDF", file: "report.pdf", content: "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", wantSkips: []skipWant{{"@", ReasonPDF}}},
		{name: "PDF named .txt", file: "report.txt", content: "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", wantSkips: []skipWant{{"@", ReasonPDF}}},
		{name: "broken UTF-8", file: "u.txt", content: "Valid “quotes” then a cut \xe2\x80 sequence.", wantSkips: []skipWant{{"@", ReasonInvalidUTF8}}},
		{name: "not clearly Latin-1", file: "l.txt", content: "bad \xff\xfe\xfd bytes", wantSkips: []skipWant{{"@", ReasonInvalidUTF8}}},
		{name: "stray bytes in English are not Latin-1", file: "s.txt", content: "The minister said \xff\xfe the budget \xc3\x28 would rise.", wantSkips: []skipWant{{"@", ReasonInvalidUTF8}}},
		{name: "json in Latin-1", file: "l.json", content: "{\"text\":\"Caf\xe9 owners met.\"}", wantSkips: []skipWant{{"@", ReasonInvalidUTF8}}},
		{name: "too large", file: "big.txt", content: big, max: 1024, wantSkips: []skipWant{{"@", "larger than 1 KiB cap"}}},
		{name: "json without text", file: "n.json", content: `{"title":"x"}`, wantSkips: []skipWant{{"@", ReasonNoText}}},
		// A text field holding no text says what it holds (it was "JSON
		// without text", as if the field were missing), as the API does.
		{name: "json text a number", file: "num.json", content: `{"text":12}`, wantSkips: []skipWant{{"@", `invalid JSON: field "text" must be a string, not number`}}},
		{name: "json body an object", file: "obj.json", content: `{"body":{"p":"x"}}`, wantSkips: []skipWant{{"@", `invalid JSON: field "body" must be a string, not object`}}},
		{name: "json text empty", file: "emp.json", content: `{"text":"  "}`, wantSkips: []skipWant{{"@", ReasonNoText}}},
		{name: "json not an object", file: "s.json", content: `"just a string"`, wantSkips: []skipWant{{"@", "invalid JSON: not an object"}}},
		{name: "json truncated", file: "t.json", content: `{"text":"abc`, wantSkips: []skipWant{{"@", "invalid JSON: unexpected end of input"}}},
		{name: "json trailing data", file: "tr.json", content: `{"text":"a"} {"text":"b"}`, wantSkips: []skipWant{{"@", "invalid JSON: data after the object"}}},
		{name: "jsonl bad lines", file: "f.jsonl",
			content:   "{\"text\":\"ok one\"}\n{broken\n[1,2]\n{\"title\":\"no text\"}\n{\"text\":\"ok two\"}",
			wantSkips: []skipWant{{"@#2", "invalid JSON: invalid character 'b' looking for beginning of object key string at byte 2"}, {"@#3", "invalid JSON: not an object"}, {"@#4", ReasonNoText}},
			wantDocs:  2},
		{name: "jsonl enormous line", file: "l.jsonl", max: 1024,
			content:   "{\"text\":\"" + big + "\"}\n{\"text\":\"short\"}\n",
			wantSkips: []skipWant{{"@#1", "larger than 1 KiB cap"}}, wantDocs: 1},
		{name: "jsonl invalid UTF-8 line", file: "u.jsonl",
			content:   "{\"text\":\"caf\xe9\"}\n{\"text\":\"fine\"}\n",
			wantSkips: []skipWant{{"@#1", ReasonInvalidUTF8}}, wantDocs: 1},
		{name: "jsonl empty", file: "e.jsonl", content: "\n\n", wantSkips: []skipWant{{"@", ReasonEmpty}}},
		{name: "html without text", file: "x.html", content: "<html><head><title>t</title></head><body><script>var a=1</script></body></html>",
			wantSkips: []skipWant{{"@", ReasonScriptedPage}}},
		{name: "html with an empty body", file: "z.html", content: "<html><head><title>t</title></head><body> </body></html>",
			wantSkips: []skipWant{{"@", ReasonNoMainText}}},
		{name: "html declared UTF-8 but broken", file: "y.html", content: "<html><head><meta charset=\"utf-8\"></head><body><p>cut \xe2\x80 here \xe2\x80\x9c ok</p></body></html>",
			wantSkips: []skipWant{{"@", ReasonInvalidUTF8}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := write(t, t.TempDir(), tc.file, tc.content)
			var logs bytes.Buffer
			r := &Reader{MaxSize: tc.max, Logger: slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))}
			docs, skips := r.Read(context.Background(), []string{path})
			if len(docs) != tc.wantDocs {
				t.Errorf("got %d documents, want %d: %+v", len(docs), tc.wantDocs, docs)
			}
			var want []crosswire.Skip
			for _, s := range tc.wantSkips {
				want = append(want, crosswire.Skip{Source: strings.Replace(s.Source, "@", path, 1), Reason: s.Reason})
			}
			if !equalSkips(skips, want) {
				t.Errorf("skips\n got  %v\n want %v", skips, want)
			}
			// Each skip is logged once, at Debug: the caller lists the
			// skips (the CLI one line each), so a warning would be a
			// second line for the same input.
			if n := strings.Count(logs.String(), "level=DEBUG msg=\"skipped input\""); n != len(want) || strings.Contains(logs.String(), "level=WARN") {
				t.Errorf("logged %d skip lines at Debug, want %d and no warning:\n%s", n, len(want), logs.String())
			}
		})
	}
}

func equalSkips(a, b []crosswire.Skip) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestReadMissingAndMixed(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "good.txt", "A report.")
	r := &Reader{Logger: quiet()}
	docs, skips := r.Read(context.Background(), []string{filepath.Join(dir, "missing.txt"), good, filepath.Join(dir, "gone")})
	if len(docs) != 1 || docs[0].Source != good {
		t.Errorf("docs = %+v, want the good file only", docs)
	}
	want := []crosswire.Skip{{Source: filepath.Join(dir, "missing.txt"), Reason: ReasonNotFound}, {Source: filepath.Join(dir, "gone"), Reason: ReasonNotFound}}
	if !equalSkips(skips, want) {
		t.Errorf("skips = %v, want %v", skips, want)
	}
}

func TestReadDirectory(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "b.txt", "Report B.")
	write(t, dir, "a.md", "Report A.")
	write(t, dir, "sub/c.json", `{"text":"Report C."}`)
	write(t, dir, "sub/d.jsonl", "{\"text\":\"Report D.\"}\n")
	write(t, dir, "sub/page.HTML", budgetPage)
	write(t, dir, ".hidden.txt", "hidden")
	write(t, dir, ".git/config.txt", "hidden dir")
	write(t, dir, "notes.docx", "unknown extension")
	write(t, dir, "image.png", "\x89PNG\x00")
	write(t, dir, "empty.txt", "")
	write(t, dir, "README.md", "# About this corpus")
	write(t, dir, "sub/LICENSE.txt", "licence text")
	write(t, dir, "expected.json", `{"stories":[{"name":"x"}]}`)
	write(t, dir, "sub/notext.json", `{"title":"an article without text"}`)

	// The directory argument is kept as given (here relative).
	t.Chdir(dir)
	var notes []string
	r := &Reader{Logger: quiet(), Note: func(msg string) { notes = append(notes, msg) }}
	docs, skips := r.Read(context.Background(), []string{"."})
	// Files left out for their extension are summed up in one note, the
	// JSON files that hold no article in another (session 19 QA: they
	// were left out without a word).
	if len(notes) != 2 || !strings.HasPrefix(notes[0], "ignored 2 files by extension under .: 1 .docx, 1 .png") ||
		!strings.HasPrefix(notes[1], "left out 1 JSON file under . as no article (no field text, body") || !strings.Contains(notes[1], "): expected.json (") {
		t.Errorf("notes = %q, want one summing up the .docx and the .png, one naming expected.json", notes)
	}
	var sources []string
	for _, d := range docs {
		sources = append(sources, d.Source)
	}
	want := []string{"a.md", "b.txt", "sub/c.json", "sub/d.jsonl#1", "sub/page.HTML"}
	if strings.Join(sources, ",") != strings.Join(want, ",") {
		t.Errorf("sources = %v, want %v", sources, want)
	}
	// README/LICENSE and a JSON data file are left out; a JSON article
	// without text is still reported.
	if !equalSkips(skips, []crosswire.Skip{{Source: "empty.txt", Reason: ReasonEmpty}, {Source: "sub/notext.json", Reason: ReasonNoText}}) {
		t.Errorf("skips = %v", skips)
	}

	docs, _ = r.Read(context.Background(), []string{"sub/"})
	if len(docs) != 3 || docs[0].Source != filepath.Join("sub/", "c.json") {
		t.Errorf("sub/ sources = %+v", docs)
	}
}

func TestReadStdin(t *testing.T) {
	tests := []struct {
		name, in string
		want     []crosswire.Document
		skips    []crosswire.Skip
	}{
		{name: "text with header", in: "Title: Flood\n\nHeavy rain.", want: []crosswire.Document{{Source: "-", Title: "Flood", Body: "Heavy rain."}}},
		{name: "json object", in: "  {\n \"text\": \"Heavy rain.\",\n \"title\": \"Flood\"\n}\n", want: []crosswire.Document{{Source: "-", Title: "Flood", Body: "Heavy rain."}}},
		{name: "json array", in: `[{"text":"One."},{"text":"Two."}]`, want: []crosswire.Document{{Source: "-#1", Body: "One."}, {Source: "-#2", Body: "Two."}}},
		{name: "jsonl", in: "{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n", want: []crosswire.Document{{Source: "-#1", Body: "One."}, {Source: "-#2", Body: "Two."}}},
		{name: "html", in: "<html><body><p>Heavy rain closed the bridge.</p></body></html>", want: []crosswire.Document{{Source: "-", Body: "Heavy rain closed the bridge."}}},
		{name: "empty", in: "", skips: []crosswire.Skip{{Source: "-", Reason: ReasonEmpty}}},
		{name: "binary", in: "\x00\x01\x02", skips: []crosswire.Skip{{Source: "-", Reason: ReasonBinary}}},
		{name: "atom feed", in: "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title></feed>", skips: []crosswire.Skip{{Source: "-", Reason: ReasonFeed}}},
		{name: "other XML", in: "<?xml version=\"1.0\"?>\n<catalog><book/></catalog>", skips: []crosswire.Skip{{Source: "-", Reason: ReasonXML}}},
		{name: "too large", in: strings.Repeat("x", 2048), skips: []crosswire.Skip{{Source: "-", Reason: "larger than 1 KiB cap"}}},
		{name: "jsonl larger than the cap is streamed", in: strings.Repeat("{\"text\":\"Line of a long feed.\"}\n", 100),
			want: func() []crosswire.Document {
				var out []crosswire.Document
				for i := 1; i <= 100; i++ {
					out = append(out, crosswire.Document{Source: fmt.Sprintf("-#%d", i), Body: "Line of a long feed."})
				}
				return out
			}()},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := &Reader{MaxSize: 1024, Stdin: strings.NewReader(tc.in), Logger: quiet()}
			docs, skips := r.Read(context.Background(), []string{"-"})
			if len(docs) != len(tc.want) {
				t.Fatalf("docs = %+v, want %d", docs, len(tc.want))
			}
			for i := range tc.want {
				assertDoc(t, docs[i], tc.want[i])
			}
			if !equalSkips(skips, tc.skips) {
				t.Errorf("skips = %v, want %v", skips, tc.skips)
			}
		})
	}
}

func TestWalkStopsOnError(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", "One.")
	write(t, dir, "b.txt", "Two.")
	stop := errors.New("stop")
	r := &Reader{Logger: quiet()}
	n := 0
	_, err := r.Walk(context.Background(), []string{dir}, func(crosswire.Document) error {
		n++
		return stop
	})
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("err = %v after %d documents, want stop after 1", err, n)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = r.Walk(ctx, []string{dir}, func(crosswire.Document) error { return nil })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled walk err = %v", err)
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string // RFC 3339, "" for nil
	}{
		{"2026-03-04", "2026-03-04T00:00:00Z"},
		{"2026-03-04T10:15:00Z", "2026-03-04T10:15:00Z"},
		{"2026-03-04T10:15:00+02:00", "2026-03-04T10:15:00+02:00"},
		{"2026-03-04 10:15", "2026-03-04T10:15:00Z"},
		{"2026-03-04 10:15:00 UTC", "2026-03-04T10:15:00Z"},
		{"Wed, 04 Mar 2026 10:15:00 +0000", "2026-03-04T10:15:00Z"},
		{"March 4, 2026", "2026-03-04T00:00:00Z"},
		{"4 March 2026", "2026-03-04T00:00:00Z"},
		{"Mar 4, 2026", "2026-03-04T00:00:00Z"},
		{"2026/03/04", "2026-03-04T00:00:00Z"},
		// A one-digit day with a time, in words or with dots (left
		// undated with a warning: only "02 Jan" and a bare "2.1.2006"
		// were read).
		{"3 Nov 2026 08:40 GMT", "2026-11-03T08:40:00Z"},
		{"3 Nov 2026 08:40", "2026-11-03T08:40:00Z"},
		{"3.11.2026 08:40", "2026-11-03T08:40:00Z"},
		{"03.11.2026 08:40", "2026-11-03T08:40:00Z"},
		// Year first with a one-digit month or day is still year,
		// month, day (a corpus dump writes "2017-02-3").
		{"2026-11-3", "2026-11-03T00:00:00Z"},
		{"2026-3-04", "2026-03-04T00:00:00Z"},
		{"2026/3/4", "2026-03-04T00:00:00Z"},
		{"2026-13-4", ""},
		// Day and month in slashes are either order: no date.
		{"03/11/2026", ""},
		{"yesterday", ""},
		{"", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got := ParseDate(tc.in)
			switch {
			case tc.want == "" && got != nil:
				t.Errorf("ParseDate(%q) = %v, want nil", tc.in, got)
			case tc.want != "" && (got == nil || !got.Equal(*day(tc.want))):
				t.Errorf("ParseDate(%q) = %v, want %s", tc.in, got, tc.want)
			}
		})
	}
}

func TestFormatSize(t *testing.T) {
	for in, want := range map[int64]string{10 << 20: "10 MiB", 1024: "1 KiB", 1536: "1.5 KiB", 100: "100 bytes", 1 << 30: "1 GiB", 1: "1 byte"} {
		if got := FormatSize(in); got != want {
			t.Errorf("FormatSize(%d) = %q, want %q", in, got, want)
		}
	}
}

// utf16LE encodes s as UTF-16LE with a BOM, as Windows tools save text.
func utf16LE(s string) string {
	b := []byte{0xff, 0xfe}
	for _, r := range utf16.Encode([]rune(s)) {
		b = append(b, byte(r), byte(r>>8))
	}
	return string(b)
}

// Every extension Extensions names is one formatOf reads, and the other
// way round for the common ones: the list the walk's note and the web
// upload form give cannot drift from what is read.
func TestExtensionsAreRead(t *testing.T) {
	for _, ext := range Extensions {
		if formatOf("story"+ext) == formatUnknown {
			t.Errorf("Extensions lists %s, which formatOf does not read", ext)
		}
	}
	listed := map[string]bool{}
	for _, ext := range Extensions {
		listed[ext] = true
	}
	for _, ext := range []string{".txt", ".md", ".html", ".json", ".jsonl", ".warc", ".warc.gz", ".csv", ".doc"} {
		if read := formatOf("story"+ext) != formatUnknown; read != listed[ext] {
			t.Errorf("%s: read %v, listed %v", ext, read, listed[ext])
		}
	}
}

// utf16Bytes encodes s (ASCII) as UTF-16 without a byte-order mark.
func utf16Bytes(s string, bigEndian bool) string {
	var b strings.Builder
	for _, c := range []byte(s) {
		if bigEndian {
			b.WriteByte(0)
			b.WriteByte(c)
		} else {
			b.WriteByte(c)
			b.WriteByte(0)
		}
	}
	return b.String()
}

// TestUTF16WithoutBOMText checks that text saved as UTF-16 without its
// byte-order mark is read in the right byte order, word for word, with its
// encoding named (fictional text).
func TestUTF16WithoutBOMText(t *testing.T) {
	const body = "Ferry crews walked out at Vessburg harbour today.\nThe strike ends on Friday."
	for _, tc := range []struct {
		name string
		big  bool
		enc  string
	}{{"little-endian", false, "utf-16le"}, {"big-endian", true, "utf-16be"}} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "w.txt")
			if err := os.WriteFile(path, []byte(utf16Bytes(body, tc.big)), 0o644); err != nil {
				t.Fatal(err)
			}
			docs, skips := (&Reader{}).Read(context.Background(), []string{path})
			if len(skips) != 0 || len(docs) != 1 {
				t.Fatalf("docs %d, skips %v; want one document", len(docs), skips)
			}
			if !strings.Contains(docs[0].Body, "Vessburg harbour") || !strings.Contains(docs[0].Body, "ends on Friday") {
				t.Errorf("body %q, want the text decoded", docs[0].Body)
			}
			if docs[0].Encoding != tc.enc {
				t.Errorf("encoding %q, want %q", docs[0].Encoding, tc.enc)
			}
		})
	}
}
