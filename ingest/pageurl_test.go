package ingest

import (
	"fmt"
	"testing"
)

// A page's canonical or og:url written relative to the page is resolved
// against the address the page was read from (a fetched URL, a WARC
// record's target); a page read from a file has no address to resolve it
// against, so a relative one is no URL. It was kept as written: the
// report's url of a fetched page read "/news/tram-derails".
func TestPageURLResolved(t *testing.T) {
	page := func(head string) []byte {
		return []byte(fmt.Sprintf(`<html><head><title>Lock gates shut</title>%s</head><body><article><h1>Lock gates shut</h1>`+
			`<p>The fictional Saltmere lock gates were shut on Monday for repairs, the harbour board said.</p>`+
			`<p>Barges will wait at the outer quay until Friday, when the gates reopen.</p></article></body></html>`, head))
	}
	tests := []struct {
		name, source, head, want string
	}{
		{"canonical from the root", "https://herald.example/news/today.html", `<link rel="canonical" href="/news/lock-gates">`, "https://herald.example/news/lock-gates"},
		{"og:url beside the page", "https://herald.example/news/today.html", `<meta property="og:url" content="lock-gates">`, "https://herald.example/news/lock-gates"},
		{"scheme-relative", "https://herald.example/x", `<link rel="canonical" href="//mirror.example/lock">`, "https://mirror.example/lock"},
		{"absolute kept", "https://herald.example/x", `<link rel="canonical" href="https://herald.example/lock">`, "https://herald.example/lock"},
		{"relative in a file", "saved/page.html", `<link rel="canonical" href="/news/lock-gates">`, ""},
		{"not a web address", "https://herald.example/x", `<link rel="canonical" href="javascript:void(0)">`, ""},
		{"none", "https://herald.example/x", ``, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := HTMLDocument(tc.source, page(tc.head), "text/html; charset=utf-8")
			if err != nil {
				t.Fatal(err)
			}
			if doc.URL != tc.want {
				t.Errorf("URL = %q, want %q", doc.URL, tc.want)
			}
		})
	}
}
