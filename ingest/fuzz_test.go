package ingest

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"crosswire"
)

// FuzzParseHeader checks the header parser never panics, never invents
// text, and that the body it returns is a suffix of the input.
func FuzzParseHeader(f *testing.F) {
	for _, seed := range []string{
		"Title: Flood\nOutlet: Courier\n\nBody.",
		"Note: prose\n\nBody.",
		"---\ntitle: x\n---\nBody",
		"---\n---",
		"Title:\n\n",
		"\n\n\nTitle: a\n\nb",
		"Published: 2026-13-45\n\nb",
		"title: a\r\n\r\nb",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in string) {
		h, body, ok := parseHeader(in)
		if !strings.HasSuffix(in, body) {
			t.Fatalf("body %q is not a suffix of the input %q", body, in)
		}
		if !ok && h != (header{}) {
			t.Fatalf("no header but fields set: %+v", h)
		}
		for _, v := range []string{h.Title, h.Outlet, h.URL, h.Published, h.Language, h.Author} {
			if strings.Contains(v, "\n") {
				t.Fatalf("header value %q spans lines", v)
			}
		}
		ParseDate(h.Published)
	})
}

// FuzzJSONL checks that any JSONL input yields documents and skips without
// panicking, that every non-blank line is accounted for, and that every
// document has text and a source.
func FuzzJSONL(f *testing.F) {
	for _, seed := range []string{
		"{\"text\":\"a\"}\n{\"text\":\"b\",\"url\":\"https://x.example/\"}\n",
		"{bad\n\n{\"title\":\"t\"}",
		"[1]\n\"s\"\nnull\n{\"text\":1}",
		"{\"text\":\"a\",\"published\":1700000000}",
		"{\"text\":\"a\",\"author\":[{\"name\":\"K\"}],\"source\":{\"name\":\"C\"}}",
		"{\"html\":\"<p>Heavy rain.</p>\"}",
		"\xef\xbb\xbf{\"text\":\"bom\"}",
		"{\"text\":\"caf\xe9\"}",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in string) {
		r := &Reader{MaxSize: 256, Logger: quiet()}
		w := &walker{r: r, ctx: context.Background(), log: r.Logger, max: 256}
		var docs []crosswire.Document
		w.fn = func(d crosswire.Document) error {
			docs = append(docs, d)
			return nil
		}
		if err := w.jsonlStream("f.jsonl", strings.NewReader(in)); err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			if strings.TrimSpace(d.Body) == "" || d.Source == "" {
				t.Fatalf("document without body or source: %+v", d)
			}
			if !utf8.ValidString(d.Body) {
				t.Fatalf("invalid UTF-8 body %q", d.Body)
			}
		}
		nonBlank := 0
		if !isBinary([]byte(in)) {
			for _, line := range strings.Split(in, "\n") {
				if strings.TrimSpace(strings.TrimPrefix(line, "\ufeff")) != "" {
					nonBlank++
				}
			}
			if nonBlank > 0 && len(docs)+len(w.skips) != nonBlank {
				t.Fatalf("%d non-blank lines but %d documents and %d skips: %v", nonBlank, len(docs), len(w.skips), w.skips)
			}
		}
	})
}

// FuzzHTMLDocument checks that no page makes extraction panic, and that a
// document, when there is one, is valid UTF-8 plain text with a body.
func FuzzHTMLDocument(f *testing.F) {
	for _, seed := range []string{
		budgetPage,
		"<html><body><p>short</p></body></html>",
		"<p>caf\xe9</p>",
		"<meta charset=utf-16><p>x</p>",
		"<table><tr><td><article><h1>t</h1><p>" + strings.Repeat("word ", 80) + "</p>",
		"\xff\xfe<\x00p\x00>\x00",
		"<script type=application/ld+json>{\"articleBody\":\"" + strings.Repeat("text ", 30) + "\"}</script>",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, page []byte) {
		doc, reason := htmlDocument("p", page, "", quiet())
		if reason != "" {
			return
		}
		if strings.TrimSpace(doc.Body) == "" || doc.HTML || !utf8.ValidString(doc.Body) || !utf8.ValidString(doc.Title) {
			t.Fatalf("bad document %+v", doc)
		}
	})
}

// FuzzStreamText: the streaming reader of oversized pages never panics,
// returns valid UTF-8 paragraphs without page furniture markup, and
// reads the same body as any page of the same text would.
func FuzzStreamText(f *testing.F) {
	for _, seed := range []string{
		manyElements(50),
		"<p>one<b>two</b></p><nav><p>menu</p></nav><p>three</p>",
		"<script><p>x</p></script><p>y",
		"<title>a</title><h1>b<h1>c</h1><meta name=author content=d>",
		"<svg><svg></svg><p>z</p></svg><p>w</p>",
		"<br/><hr><img src=x><p>q</p>",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, page string) {
		if !utf8.ValidString(page) {
			return // the decoder's job, before streamText
		}
		paras, meta := streamText(page)
		for _, p := range paras {
			if p == "" || !utf8.ValidString(p) || p != collapseSpace(p) {
				t.Fatalf("bad paragraph %q", p)
			}
		}
		if !utf8.ValidString(meta.Title) || !utf8.ValidString(meta.Author) {
			t.Fatalf("bad metadata %+v", meta)
		}
	})
}
