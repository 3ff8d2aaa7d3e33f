package ingest

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"crosswire"
	"crosswire/ingest/fetch"
)

func TestReadURL(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nDisallow: /members/\n")
	})
	mux.HandleFunc("/budget", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, budgetPage)
	})
	mux.HandleFunc("/latin", func(w http.ResponseWriter, r *http.Request) {
		// The header's charset decides; the page has no meta charset.
		w.Header().Set("Content-Type", "text/html; charset=iso-8859-1")
		fmt.Fprint(w, "<html><body><article><p>Caf\xe9 owners in S\xe3o Bento protested on Monday against the new harbour fees.</p></article></body></html>")
	})
	mux.HandleFunc("/plain.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=windows-1252")
		fmt.Fprint(w, "Title: Fees\n\n\x93Too high\x94, said the owners.")
	})
	mux.HandleFunc("/feed.jsonl", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/x-ndjson")
		fmt.Fprint(w, "{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n")
	})
	mux.HandleFunc("/rss", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/xml") // sniffed as a feed
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>`)
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/budget", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/members/x", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "secret") })
	mux.HandleFunc("/missing", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, strings.Repeat("<p>x</p>", 1000)) })
	srv := httptest.NewServer(mux)
	defer srv.Close()

	f := &fetch.Fetcher{AllowPrivate: true, RateLimit: -1, Timeout: 2 * time.Second, MaxSize: 4096, Logger: quiet()}
	r := &Reader{MaxSize: 4096, Fetcher: f, Logger: quiet()}
	args := []string{srv.URL + "/budget", srv.URL + "/latin", srv.URL + "/plain.txt", srv.URL + "/feed.jsonl", srv.URL + "/moved",
		srv.URL + "/members/x", srv.URL + "/missing", srv.URL + "/big", srv.URL + "/rss"}
	docs, skips := r.Read(context.Background(), args)
	want := []crosswire.Document{
		{Source: args[0], URL: "https://northport.example/budget", Title: "Council approves budget"},
		{Source: args[1], URL: srv.URL + "/latin", Body: "Café owners in São Bento protested on Monday against the new harbour fees."},
		{Source: args[2], URL: srv.URL + "/plain.txt", Title: "Fees", Body: "“Too high”, said the owners."},
		{Source: args[3] + "#1", Body: "One."},
		{Source: args[3] + "#2", Body: "Two."},
		{Source: args[4], URL: "https://northport.example/budget", Title: "Council approves budget"},
	}
	if len(docs) != len(want) {
		t.Fatalf("docs = %+v", docs)
	}
	for i, w := range want {
		d := docs[i]
		if d.Source != w.Source || d.URL != w.URL || d.Title != w.Title || (w.Body != "" && d.Body != w.Body) || d.HTML {
			t.Errorf("doc %d = %+v\nwant %+v", i, d, w)
		}
	}
	wantSkips := []crosswire.Skip{
		{Source: args[5], Reason: "disallowed by robots.txt"},
		{Source: args[6], Reason: "HTTP 404 Not Found"},
		{Source: args[7], Reason: "larger than 4 KiB cap"},
		{Source: args[8], Reason: ReasonFeed},
	}
	if !equalSkips(skips, wantSkips) {
		t.Errorf("skips = %v, want %v", skips, wantSkips)
	}
}

func TestReadURLRefusesLoopbackByDefault(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "<p>internal</p>") }))
	defer srv.Close()
	r := &Reader{Logger: quiet(), Fetcher: &fetch.Fetcher{IgnoreRobots: true, RateLimit: -1, Logger: quiet()}}
	docs, skips := r.Read(context.Background(), []string{srv.URL + "/admin"})
	if len(docs) != 0 || len(skips) != 1 || !strings.HasPrefix(skips[0].Reason, "refused: not a public address: 127.0.0.1") {
		t.Errorf("docs = %v, skips = %v", docs, skips)
	}
	// The zero Reader builds a default fetcher, robots.txt and guard on.
	docs, skips = (&Reader{Logger: quiet()}).Read(context.Background(), []string{srv.URL + "/admin"})
	if len(docs) != 0 || len(skips) != 1 || !strings.HasPrefix(skips[0].Reason, "refused: not a public address") {
		t.Errorf("zero reader: docs = %v, skips = %v", docs, skips)
	}
}

// A page served as text/plain that is an HTML document (a server's wrong
// type) is read as the page it is: its markup was kept as the article's
// text ("<!DOCTYPE html><html><head><title>…"), tags and scripts and all,
// and facts were read from it. A text that only mentions a tag is text.
func TestURLHTMLServedAsText(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", http.NotFound)
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, "\n  "+budgetPage)
	})
	mux.HandleFunc("/note", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, "The Northport web office said its new page starts with <html> and loads in 2 seconds.")
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	r := &Reader{Logger: quiet(), Fetcher: &fetch.Fetcher{AllowPrivate: true, RateLimit: -1, Timeout: 5 * time.Second, Logger: quiet()}}
	docs, skips := r.Read(context.Background(), []string{srv.URL + "/page", srv.URL + "/note"})
	if len(docs) != 2 || len(skips) != 0 {
		t.Fatalf("docs %d, skips %v", len(docs), skips)
	}
	if docs[0].Title != "Council approves budget" || strings.Contains(docs[0].Body, "<") || !strings.HasPrefix(docs[0].Body, "The Northport city council approved") {
		t.Errorf("HTML served as text: title %q, body %.120q", docs[0].Title, docs[0].Body)
	}
	if !strings.Contains(docs[1].Body, "starts with <html> and loads") {
		t.Errorf("a text mentioning a tag: body %q", docs[1].Body)
	}
}
