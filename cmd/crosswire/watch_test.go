package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"crosswire/ingest/feed"
	"crosswire/sqlite"
)

// newsFeed is a fictional outlet on loopback: an RSS feed whose items can
// be added between polls and the items' pages. The feed sends an ETag and
// a Last-Modified that change with its items (unless noETag or
// noLastModified) and answers a matching conditional request with 304,
// judging If-None-Match before If-Modified-Since as RFC 9110 says. It
// counts the requests of each path and records each feed request's
// conditional headers.
type newsFeed struct {
	srv   *httptest.Server
	mu    sync.Mutex
	items []string // slugs, oldest first
	hits  map[string]int
	// noETag and noLastModified leave out a validator.
	noETag, noLastModified bool
	// conds holds "If-None-Match|If-Modified-Since" per feed request.
	conds []string
	// notModified counts the feed requests answered 304.
	notModified int
}

func newNewsFeed(t *testing.T, slugs ...string) *newsFeed {
	t.Helper()
	f := &newsFeed{items: slugs, hits: map[string]int{}}
	f.srv = httptest.NewServer(f)
	t.Cleanup(f.srv.Close)
	return f
}

func (f *newsFeed) add(slug string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.items = append(f.items, slug)
}

func (f *newsFeed) hitsOf(path string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.hits[path]
}

func (f *newsFeed) url() string { return f.srv.URL + "/rss.xml" }

// stats returns the conditional headers of each feed request so far and
// the number answered 304.
func (f *newsFeed) stats() (conds []string, notModified int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.conds...), f.notModified
}

func (f *newsFeed) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	f.hits[r.URL.Path]++
	items := append([]string(nil), f.items...)
	f.mu.Unlock()
	switch {
	case r.URL.Path == "/rss.xml":
		f.mu.Lock()
		etag, lastMod := fmt.Sprintf(`"%d"`, len(items)), lastModifiedOf(len(items))
		if f.noETag {
			etag = ""
		}
		if f.noLastModified {
			lastMod = ""
		}
		inm, ims := r.Header.Get("If-None-Match"), r.Header.Get("If-Modified-Since")
		f.conds = append(f.conds, inm+"|"+ims)
		notModified := inm != "" && inm == etag || inm == "" && ims != "" && ims == lastMod
		if notModified {
			f.notModified++
		}
		f.mu.Unlock()
		if notModified {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		if etag != "" {
			w.Header().Set("ETag", etag)
		}
		if lastMod != "" {
			w.Header().Set("Last-Modified", lastMod)
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		var b strings.Builder
		b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Osterby Gazette</title><link>http://` + r.Host + `/</link>`)
		for i := len(items) - 1; i >= 0; i-- { // newest first, as feeds list
			fmt.Fprintf(&b, `<item><title>Story %[1]s</title><guid>tag:gazette.example,2026:%[1]s</guid><link>http://%[2]s/news/%[1]s.html</link><pubDate>Tue, 03 Mar 2026 0%[3]d:00:00 GMT</pubDate></item>`,
				items[i], r.Host, i%10)
		}
		b.WriteString(`</channel></rss>`)
		fmt.Fprint(w, b.String())
	case strings.HasPrefix(r.URL.Path, "/news/"):
		slug := strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, "/news/"), ".html")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		// Each slug is a different town and figure, so each page is its
		// own article, the same on every fetch.
		town := strings.ToUpper(slug[:1]) + slug[1:]
		fmt.Fprint(w, fictionalPage("Pier closed in "+town, town, 10+len(slug)))
	default:
		http.NotFound(w, r)
	}
}

// storedSources lists the sources of the articles in the store at db.
func storedSources(t *testing.T, db string) []string {
	t.Helper()
	st, err := sqlite.Open(t.Context(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	arts, err := st.Articles(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, a := range arts {
		out = append(out, a.Source)
	}
	sort.Strings(out)
	return out
}

// TestWatchOnce polls a feed twice with --once: the first run stores each
// item's page; the second, with the feed state kept next to the store,
// gets a 304 for the feed, fetches no page again and stores nothing.
func TestWatchOnce(t *testing.T) {
	feed := newNewsFeed(t, "osterby", "kallvik")
	db := filepath.Join(t.TempDir(), "news.db")
	args := []string{"watch", "--once", "--allow-private", "--rate-limit", "0", "--db", db, feed.url()}

	out, serr, code := runCLI(t, "", args...)
	if code != 0 {
		t.Fatalf("first run: exit %d; stderr:\n%s", code, serr)
	}
	if want := "watch: 2 new articles (0 already stored, 0 skipped) from 1 feed; the store holds"; !strings.HasPrefix(out, want) {
		t.Errorf("first run: stdout %q, want prefix %q", out, want)
	}
	want := []string{feed.srv.URL + "/news/kallvik.html", feed.srv.URL + "/news/osterby.html"}
	if got := storedSources(t, db); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("stored %v, want %v", got, want)
	}
	state, err := os.ReadFile(db + stateSuffix)
	if err != nil {
		t.Fatalf("no feed state next to the store: %v", err)
	}
	if n, v := seenLines(db), strings.Count(string(state), `"validators":{"etag":"\"2\""`); n != 2 || v != 1 {
		t.Errorf("feed state has %d items and %d validators lines, want 2 and 1:\n%s", n, v, state)
	}

	out, serr, code = runCLI(t, "", args...)
	if code != 0 {
		t.Fatalf("second run: exit %d; stderr:\n%s", code, serr)
	}
	if want := "watch: 0 new articles (0 already stored, 0 skipped) from 1 feed; the store holds 1 story\n"; out != want {
		t.Errorf("second run: stdout %q, want %q", out, want)
	}
	for _, p := range []string{"/news/osterby.html", "/news/kallvik.html"} {
		if n := feed.hitsOf(p); n != 1 {
			t.Errorf("%s fetched %d times over two runs, want 1", p, n)
		}
	}
	if conds, notMod := feed.stats(); len(conds) != 2 || conds[1] == "|" || notMod != 1 {
		t.Errorf("feed requests with conditional headers %q, %d answered 304; want 2, the second conditional and answered 304", conds, notMod)
	}
}

// TestWatchOnceConditionalGet runs watch --once as cron would, four
// times, against feeds sending an ETag, a Last-Modified or both: each run
// after the first sends the validators the one before saved, and gets a
// 304 unless the feed changed; then only the new item's page is fetched.
func TestWatchOnceConditionalGet(t *testing.T) {
	tests := []struct {
		name                   string
		noETag, noLastModified bool
		// cond renders the conditional headers sent for a feed of n
		// items.
		cond func(n int) string
	}{
		{"etag", false, true, func(n int) string { return fmt.Sprintf(`"%d"|`, n) }},
		{"last-modified", true, false, func(n int) string { return "|" + lastModifiedOf(n) }},
		{"both", false, false, func(n int) string { return fmt.Sprintf(`"%d"|%s`, n, lastModifiedOf(n)) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			feed := newNewsFeed(t, "osterby")
			feed.noETag, feed.noLastModified = tt.noETag, tt.noLastModified
			db := filepath.Join(t.TempDir(), "news.db")
			args := []string{"watch", "--once", "--allow-private", "--rate-limit", "0", "--db", db, feed.url()}
			runs := []struct {
				before  func()
				wantOut string
			}{
				{nil, "watch: 1 new article "},
				{nil, "watch: 0 new articles "},
				{func() { feed.add("kallvik") }, "watch: 1 new article "},
				{nil, "watch: 0 new articles "},
			}
			for i, r := range runs {
				if r.before != nil {
					r.before()
				}
				out, serr, code := runCLI(t, "", args...)
				if code != 0 {
					t.Fatalf("run %d: exit %d; stderr:\n%s", i+1, code, serr)
				}
				if !strings.HasPrefix(out, r.wantOut) {
					t.Errorf("run %d: stdout %q, want prefix %q", i+1, out, r.wantOut)
				}
			}
			conds, notMod := feed.stats()
			want := []string{"|", tt.cond(1), tt.cond(1), tt.cond(2)}
			if strings.Join(conds, " ") != strings.Join(want, " ") {
				t.Errorf("conditional headers per run = %q, want %q", conds, want)
			}
			if notMod != 2 {
				t.Errorf("%d feed requests answered 304, want 2 (runs 2 and 4)", notMod)
			}
			for _, p := range []string{"/news/osterby.html", "/news/kallvik.html"} {
				if n := feed.hitsOf(p); n != 1 {
					t.Errorf("%s fetched %d times over four runs, want 1", p, n)
				}
			}
		})
	}
}

// lastModifiedOf is newsFeed's Last-Modified for a feed of n items.
func lastModifiedOf(n int) string {
	return time.Date(2026, 3, 3, 8, n, 0, 0, time.UTC).Format(http.TimeFormat)
}

// TestWatchKeepsGoing watches a feed continuously: an item added while it
// watches is fetched and stored on a later poll, unchanged polls get 304,
// and cancelling (Ctrl-C) ends the run with status 0.
func TestWatchKeepsGoing(t *testing.T) {
	feed := newNewsFeed(t, "osterby")
	db := filepath.Join(t.TempDir(), "news.db")
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	type result struct {
		out, serr string
		code      int
	}
	done := make(chan result, 1)
	go func() {
		out, serr, code := runCLIContext(t, ctx, "watch", "--interval", "50ms", "--allow-private", "--rate-limit", "0", "--db", db, feed.url())
		done <- result{out, serr, code}
	}()
	waitFor(t, "the first item stored", func() bool { return seenLines(db) >= 1 })
	feed.add("kallvik")
	waitFor(t, "the added item stored", func() bool { return seenLines(db) >= 2 })
	waitFor(t, "an unchanged poll answered 304", func() bool {
		feed.mu.Lock()
		defer feed.mu.Unlock()
		return feed.notModified >= 2
	})
	cancel()
	var r result
	select {
	case r = <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("watch did not stop after cancellation")
	}
	if r.code != 0 {
		t.Fatalf("exit %d; stderr:\n%s", r.code, r.serr)
	}
	if !strings.Contains(r.out, "watch stopped: 2 new articles stored") {
		t.Errorf("stdout lacks the closing line:\n%s", r.out)
	}
	if got := storedSources(t, db); len(got) != 2 {
		t.Errorf("stored %v, want both items", got)
	}
	if n := feed.hitsOf("/news/osterby.html"); n != 1 {
		t.Errorf("the first item was fetched %d times, want 1", n)
	}
}

// TestWatchFeedsAndRefusals covers --feeds files and what watch refuses.
func TestWatchFeedsAndRefusals(t *testing.T) {
	a := newNewsFeed(t, "osterby")
	b := newNewsFeed(t, "kallvik")
	dir := t.TempDir()
	list := filepath.Join(dir, "feeds.txt")
	content := "# Osterby Gazette\n" + a.url() + "   # the harbour beat\n\n  \t\n" + b.url() + "\n" + a.url() + "\n"
	if err := os.WriteFile(list, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.txt")
	if err := os.WriteFile(bad, []byte("# comment\nftp://gazette.example/rss\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantOut  string
		wantErr  string
	}{
		{"feeds file", []string{"watch", "--once", "--allow-private", "--rate-limit", "0", "--feeds", list}, 0,
			"watch: 2 new articles (0 already stored, 0 skipped) from 2 feeds", ""},
		{"loopback refused by default", []string{"watch", "--once", a.url()}, 1,
			"watch: 0 new articles (0 already stored, 1 skipped) from 1 feed",
			"refused: not a public address: 127.0.0.1"},
		{"no feed", []string{"watch", "--once"}, 2, "", "crosswire watch: no feed to poll"},
		{"missing feeds file", []string{"watch", "--feeds", filepath.Join(dir, "none.txt")}, 2, "", "none.txt"},
		{"not a URL in the file", []string{"watch", "--feeds", bad}, 2, "", `bad.txt:2: feed "ftp://gazette.example/rss" is not an http(s) URL`},
		{"zero interval", []string{"watch", "--interval", "0s", a.url()}, 2, "", "--interval"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "news.db")
			out, serr, code := runCLI(t, "", append(tt.args, "--db", db)...)
			if code != tt.wantCode {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, tt.wantCode, serr)
			}
			if !strings.Contains(out, tt.wantOut) {
				t.Errorf("stdout lacks %q:\n%s", tt.wantOut, out)
			}
			if !strings.Contains(serr, tt.wantErr) {
				t.Errorf("stderr lacks %q:\n%s", tt.wantErr, serr)
			}
			if tt.wantErr != "" && strings.Count(serr, tt.wantErr) != 1 {
				// each skip one line, not a log line and a list line
				t.Errorf("stderr says %q %d times:\n%s", tt.wantErr, strings.Count(serr, tt.wantErr), serr)
			}
		})
	}
}

// runCLIContext is runCLI under ctx, for commands that run until
// cancelled.
func runCLIContext(t *testing.T, ctx context.Context, args ...string) (string, string, int) {
	t.Helper()
	dir := t.TempDir()
	inF, err := os.Open(os.DevNull)
	if err != nil {
		t.Error(err)
		return "", "", -1
	}
	defer inF.Close()
	outF, _ := os.Create(filepath.Join(dir, "stdout"))
	errF, _ := os.Create(filepath.Join(dir, "stderr"))
	code := run(ctx, args, inF, outF, errF)
	outF.Close()
	errF.Close()
	out, _ := os.ReadFile(filepath.Join(dir, "stdout"))
	serr, _ := os.ReadFile(filepath.Join(dir, "stderr"))
	return string(out), string(serr), code
}

// stateSuffix names the feed state file next to a SQLite store.
const stateSuffix = feed.StateFileSuffix

// seenLines counts the item lines (not the validators lines) in the feed
// state next to db.
func seenLines(db string) int {
	return itemLines(db + stateSuffix)
}

// itemLines counts the item lines in the feed state file at path.
func itemLines(path string) int {
	data, _ := os.ReadFile(path)
	return strings.Count(string(data), `"guid":`)
}

// waitFor polls cond for up to ten seconds.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestWatchStateFlag keeps the feed state where --state says and reads
// the feed list from stdin with --feeds -.
func TestWatchStateFlag(t *testing.T) {
	feed := newNewsFeed(t, "osterby")
	dir := t.TempDir()
	db, state := filepath.Join(dir, "news.db"), filepath.Join(dir, "state", "feeds.jsonl")
	if err := os.Mkdir(filepath.Dir(state), 0o755); err != nil {
		t.Fatal(err)
	}
	for run := 1; run <= 2; run++ {
		out, serr, code := runCLI(t, "# from stdin\n"+feed.url()+"\n", "watch", "--once", "--allow-private", "--rate-limit", "0",
			"--db", db, "--state", state, "--feeds", "-")
		if code != 0 {
			t.Fatalf("run %d: exit %d; stderr:\n%s", run, code, serr)
		}
		want := map[int]string{1: "watch: 1 new article ", 2: "watch: 0 new articles "}[run]
		if !strings.HasPrefix(out, want) {
			t.Errorf("run %d: stdout %q, want prefix %q", run, out, want)
		}
	}
	if seenLines(db) != 0 {
		t.Error("state written next to the store despite --state")
	}
	if data, err := os.ReadFile(state); err != nil || itemLines(state) != 1 || !strings.Contains(string(data), `"validators":`) {
		t.Errorf("state file: %v, want one item and the feed's validators:\n%s", err, data)
	}
	if n := feed.hitsOf("/news/osterby.html"); n != 1 {
		t.Errorf("page fetched %d times over two runs, want 1", n)
	}
}
