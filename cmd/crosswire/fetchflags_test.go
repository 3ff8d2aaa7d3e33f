package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"crosswire"
)

// fictionalPage is an HTML news page about an invented event, long enough
// for extraction and cleaning to keep it.
func fictionalPage(title, town string, n int) string {
	return fmt.Sprintf(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>%[1]s</title></head>
<body><nav><a href="/">Home</a> <a href="/weather">Weather</a></nav><article><h1>%[1]s</h1>
<p>The council of %[2]s voted on Tuesday to close the old ferry pier after engineers found
%[3]d cracked pillars under the landing stage, the harbour master, Ilse Varnholt, said.</p>
<p>"We cannot let passengers walk over a structure that may fail," Varnholt told reporters
outside the town hall. The ferry will berth at the fishing quay until repairs are done.</p>
<p>Repairs are expected to take about %[3]d weeks and to cost the town some 2.4 million
crowns, according to a report presented to the council by the engineering firm Deskel.</p>
<p>Residents of %[2]s said the closure would lengthen their commute to the mainland, and
the ferry operator said it would add two evening crossings while the pier is shut.</p>
</article><footer>Copyright The %[2]s Gazette</footer></body></html>`, title, town, n)
}

// pageServer serves fictional pages on loopback, with a robots.txt that
// closes /members/ to every crawler, and counts the requests it gets.
func pageServer(t *testing.T) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		switch {
		case r.URL.Path == "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /members/\n")
		case strings.HasSuffix(r.URL.Path, ".html"):
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, fictionalPage("Ferry pier in Osterby closed over cracked pillars", "Osterby", 14))
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv, &hits
}

// TestFetchFlags checks the SSRF guard and robots.txt on check and
// ingest: a loopback URL is refused by default, without a single request
// reaching the server, with a message naming the URL and the reason, and
// is read with --allow-private; a page robots.txt closes is read only with
// --ignore-robots.
func TestFetchFlags(t *testing.T) {
	srv, hits := pageServer(t)
	story := srv.URL + "/news/ferry.html"
	members := srv.URL + "/members/ferry.html"
	db := filepath.Join(t.TempDir(), "news.db")
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  []string // substrings of stderr
		wantOut  string   // substring of stdout
		noHits   bool     // the server must not be contacted
	}{
		{"check refuses loopback", []string{"check", story}, 1,
			[]string{"skipped " + story + ": refused: not a public address: 127.0.0.1", "--allow-private"}, "", true},
		{"ingest refuses loopback", []string{"ingest", "--db", db, story}, 1,
			[]string{"skipped " + story + ": refused: not a public address: 127.0.0.1"}, "ingested 0 new articles", true},
		{"check with allow-private", []string{"check", "--allow-private", "--format", "json", story}, 0,
			nil, `"source": "` + story + `"`, false},
		{"robots closes members", []string{"check", "--allow-private", members}, 1,
			[]string{"skipped " + members + ": disallowed by robots.txt", "--ignore-robots"}, "", false},
		{"ignore-robots", []string{"check", "--allow-private", "--ignore-robots", "--format", "json", members}, 0,
			nil, `"source": "` + members + `"`, false},
		{"ingest with allow-private", []string{"ingest", "--allow-private", "--db", db, story}, 0,
			nil, "ingested 1 new article", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := hits.Load()
			out, serr, code := runCLI(t, "", tt.args...)
			if code != tt.wantCode {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, tt.wantCode, serr)
			}
			for _, want := range tt.wantErr {
				if !strings.Contains(serr, want) {
					t.Errorf("stderr lacks %q:\n%s", want, serr)
				}
			}
			if !strings.Contains(out, tt.wantOut) {
				t.Errorf("stdout lacks %q:\n%s", tt.wantOut, out)
			}
			if got := hits.Load() - before; tt.noHits && got != 0 {
				t.Errorf("the server got %d requests despite the guard", got)
			}
			if tt.wantCode == 0 && strings.HasPrefix(out, "{") {
				var r crosswire.Report
				if err := json.Unmarshal([]byte(out), &r); err != nil {
					t.Fatal(err)
				}
				if len(r.Stories) != 1 || !strings.Contains(r.Stories[0].Articles[0].Text, "cracked pillars") {
					t.Errorf("the page's text is not in the report: %+v", r.Stories)
				}
			}
		})
	}
}
