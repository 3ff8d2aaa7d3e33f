package ingest

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"crosswire"
	"crosswire/ingest/fetch"
)

// TestFetchReasons: a URL that cannot be read is skipped with a reason a
// reader can act on — the cause, once, not the chain "fetch failed: fetch
// URL: dial tcp ADDR: connect: …" — and a robots.txt that could not be
// read is said so, with why, never as "disallowed by robots.txt" (session
// 19 QA: a site that did not answer was reported as disallowing the page).
func TestFetchReasons(t *testing.T) {
	closed := closedAddr(t)
	down := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		fmt.Fprint(w, "ok")
	}))
	defer down.Close()
	// a site that takes the request and never answers (robots.txt first)
	silent := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	}))
	defer silent.Close()
	tests := []struct {
		name string
		arg  string
		want string
	}{
		{"closed port", "http://" + closed + "/story", "cannot connect to " + closed + ": connection refused"},
		{"unknown host", "http://no-such-host.invalid/story", "no such host: no-such-host.invalid"},
		{"bad URL", "http://quay harbour/story", `invalid URL: invalid character " " in host name`},
		// nothing was disallowed: the site may be down
		{"robots.txt 503", down.URL + "/story", "robots.txt unavailable: HTTP 503 Service Unavailable"},
		{"robots.txt never answers", silent.URL + "/story", "robots.txt unavailable: timed out"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := &fetch.Fetcher{AllowPrivate: true, RateLimit: -1, Timeout: 5 * time.Second, Logger: quiet()}
			r := &Reader{Fetcher: f, Logger: quiet()}
			docs, skips := r.Read(context.Background(), []string{tc.arg})
			want := []crosswire.Skip{{Source: tc.arg, Reason: tc.want}}
			if len(docs) != 0 || !equalSkips(skips, want) {
				t.Errorf("docs %d, skips %v; want %v", len(docs), skips, want)
			}
		})
	}
}

// closedAddr is a loopback address nothing listens on.
func closedAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return addr
}

// TestOtherSchemes: an argument that is a URL of a scheme crosswire does
// not fetch is skipped as such, not as a missing file; a file whose name
// merely looks like one is still read.
func TestOtherSchemes(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		arg, want string
	}{
		{"ftp://archive.example/quay.txt", fetch.ErrScheme.Error()},
		{"file:///srv/reports/quay.txt", fetch.ErrScheme.Error()},
		{"s3+https://bucket/quay.txt", fetch.ErrScheme.Error()},
		{filepath.Join(dir, "quay.txt"), ReasonNotFound},
		{"3d://quay.txt", ReasonNotFound},
	}
	for _, tc := range tests {
		_, skips := (&Reader{Logger: quiet()}).Read(context.Background(), []string{tc.arg})
		if want := []crosswire.Skip{{Source: tc.arg, Reason: tc.want}}; !equalSkips(skips, want) {
			t.Errorf("%s: skips %v, want %v", tc.arg, skips, want)
		}
	}
	if err := os.MkdirAll(filepath.Join(dir, "ftp:"), 0o755); err != nil {
		t.Fatal(err)
	}
	odd := filepath.Join(dir, "ftp:", "quay.txt")
	if err := os.WriteFile(odd, []byte("The quay in Varholm reopened on Friday."), 0o644); err != nil {
		t.Fatal(err)
	}
	if docs, skips := (&Reader{Logger: quiet()}).Read(context.Background(), []string{odd}); len(docs) != 1 || len(skips) != 0 {
		t.Errorf("file under a directory named ftp: — docs %d, skips %v", len(docs), skips)
	}
}
