package web

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"crosswire"
	"crosswire/examples"
	"crosswire/ingest"
	"crosswire/pipeline"
	"crosswire/sqlite"
)

// testServer is a server on the real pipeline and an in-memory SQLite
// store, served by httptest on a loopback port.
type testServer struct {
	*Server
	URL   string
	store crosswire.Store
	hs    *httptest.Server
}

func quietLog() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func newTestServer(t *testing.T, edit ...func(*Options)) *testServer {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, ":memory:")
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	log := quietLog()
	p := pipeline.New(log)
	inc, err := pipeline.NewIncremental(p, st)
	if err != nil {
		t.Fatalf("incremental analysis: %v", err)
	}
	o := Options{
		Store: st, Engine: p, Updater: inc, Reader: &ingest.Reader{Logger: log},
		Debounce: 10 * time.Millisecond, MaxDelay: 100 * time.Millisecond, Log: log,
	}
	for _, e := range edit {
		e(&o)
	}
	s, err := New(ctx, o)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	hs := httptest.NewServer(s.Handler())
	t.Cleanup(func() {
		hs.Close()
		s.Close()
		st.Close()
	})
	return &testServer{Server: s, URL: hs.URL, store: st, hs: hs}
}

// settle waits for the background analysis.
func (ts *testServer) settle(t *testing.T) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := ts.Settle(ctx); err != nil {
		t.Fatalf("Settle: %v", err)
	}
}

// loadExamples ingests the example corpus the way `crosswire demo` reads
// it and waits for the analysis.
func (ts *testServer) loadExamples(t *testing.T) {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(filepath.Join(dir, "examples"), examples.FS); err != nil {
		t.Fatalf("unpack examples: %v", err)
	}
	r := &ingest.Reader{Logger: quietLog()}
	docs, skipped := r.Read(context.Background(), []string{filepath.Join(dir, "examples")})
	if len(skipped) > 0 {
		t.Fatalf("examples skipped: %v", skipped)
	}
	for i := range docs {
		docs[i].Source = filepath.ToSlash(strings.TrimPrefix(docs[i].Source, dir+string(filepath.Separator)))
	}
	if _, err := ts.ingest(context.Background(), docs, nil); err != nil {
		t.Fatalf("ingest examples: %v", err)
	}
	ts.settle(t)
}

// do sends a request and returns the response with its body read.
func do(t *testing.T, method, url, ctype, body string, hdr ...string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("read body: %v", err)
	}
	return resp, string(data)
}
