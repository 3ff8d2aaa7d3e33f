package main

import (
	"context"
	"fmt"
	"log/slog"
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
	state, err := os.ReadFile(db + seenFileSuffix)
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
			"skipped " + a.url() + ": refused: not a public address: 127.0.0.1"},
		{"no feed", []string{"watch", "--once"}, 2, "", "no feed to poll"},
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

// seenLines counts the item lines (not the validators lines) in the feed
// state next to db.
func seenLines(db string) int {
	return itemLines(db + seenFileSuffix)
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

// TestWatchSeenFile checks the feed state file: marks survive a reopen, a line
// torn by a crash is ignored and does not swallow the next mark, and
// nothing is written for an item already marked.
func TestWatchSeenFile(t *testing.T) {
	const feedURL = "https://gazette.example/rss.xml"
	tests := []struct {
		name     string
		existing string
		wantSeen []string
		wantNot  []string
	}{
		{"new file", "", nil, []string{"g1"}},
		{"kept marks", `{"feed":"` + feedURL + `","guid":"g1","seen":"2026-03-03T08:00:00Z"}` + "\n", []string{"g1"}, []string{"g2"}},
		{"torn last line", `{"feed":"` + feedURL + `","guid":"g1","seen":"2026-03-03T08:00:00Z"}` + "\n" + `{"feed":"` + feedURL + `","gu`,
			[]string{"g1"}, []string{"g2"}},
		{"other feed", `{"feed":"https://courier.example/atom.xml","guid":"g1","seen":"2026-03-03T08:00:00Z"}` + "\n", nil, []string{"g1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := t.Context()
			path := filepath.Join(t.TempDir(), "news.db"+seenFileSuffix)
			if tt.existing != "" {
				if err := os.WriteFile(path, []byte(tt.existing), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			s, err := openSeenFile(path, slog.New(slog.DiscardHandler))
			if err != nil {
				t.Fatal(err)
			}
			for _, g := range tt.wantSeen {
				if ok, _ := s.Seen(ctx, feedURL, g); !ok {
					t.Errorf("%s not seen", g)
				}
			}
			for _, g := range tt.wantNot {
				if ok, _ := s.Seen(ctx, feedURL, g); ok {
					t.Errorf("%s seen", g)
				}
			}
			for range 2 {
				if err := s.MarkSeen(ctx, feedURL, "g9"); err != nil {
					t.Fatal(err)
				}
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			data, _ := os.ReadFile(path)
			if n := strings.Count(string(data), `"guid":"g9"`); n != 1 {
				t.Errorf("g9 written %d times:\n%s", n, data)
			}
			again, err := openSeenFile(path, slog.New(slog.DiscardHandler))
			if err != nil {
				t.Fatal(err)
			}
			defer again.Close()
			for _, g := range append(tt.wantSeen, "g9") {
				if ok, _ := again.Seen(ctx, feedURL, g); !ok {
					t.Errorf("after reopening, %s not seen:\n%s", g, data)
				}
			}
		})
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

// stateItem and stateValidators render lines of a feed state file.
func stateItem(feedURL, guid string) string {
	return `{"feed":"` + feedURL + `","guid":"` + guid + `","seen":"2026-03-03T08:00:00Z"}` + "\n"
}

func stateValidators(feedURL, etag string) string {
	return `{"feed":"` + feedURL + `","validators":{"etag":"` + etag + `"},"saved":"2026-03-03T08:00:00Z"}` + "\n"
}

// TestWatchSeenFileCompaction opens state files holding superseded lines with
// small bounds (3 items a feed; a rewrite once 2 lines are superseded and
// they are at least half the file): due files are rewritten with the live
// lines only, keeping their permissions; others are left as they are; and
// only the newest items of a feed are remembered either way.
func TestWatchSeenFileCompaction(t *testing.T) {
	const a, b = "https://gazette.example/rss.xml", "https://courier.example/atom.xml"
	items := func(feedURL string, guids ...string) string {
		var sb strings.Builder
		for _, g := range guids {
			sb.WriteString(stateItem(feedURL, g))
		}
		return sb.String()
	}
	tests := []struct {
		name      string
		existing  string
		wantFile  string // "" means unchanged
		wantSeen  map[string][]string
		wantNot   map[string][]string
		wantETags map[string]string
	}{
		{"repeated marks", items(a, "g1", "g1", "g1", "g2"), items(a, "g1", "g2"),
			map[string][]string{a: {"g1", "g2"}}, nil, nil},
		{"few superseded lines left as they are", items(a, "g1", "g1", "g2", "g3"), "",
			map[string][]string{a: {"g1", "g2", "g3"}}, nil, nil},
		{"replaced validators", stateValidators(a, "v1") + stateValidators(a, "v2") + items(a, "g1") + stateValidators(a, "v3"),
			items(a, "g1") + stateValidators(a, "v3"),
			map[string][]string{a: {"g1"}}, nil, map[string]string{a: "v3", b: ""}},
		{"newest items per feed, not yet due", items(a, "g1", "g2", "g3", "g4", "g5") + items(b, "h1"), "",
			map[string][]string{a: {"g3", "g4", "g5"}, b: {"h1"}}, map[string][]string{a: {"g1", "g2"}, b: {"g1"}}, nil},
		{"newest items per feed, due", items(a, "g1", "g2", "g3", "g4") + items(b, "h1") + items(a, "g5", "g6", "g7", "g8", "g9"),
			items(b, "h1") + items(a, "g7", "g8", "g9"),
			map[string][]string{a: {"g7", "g8", "g9"}, b: {"h1"}}, map[string][]string{a: {"g1", "g6"}}, nil},
		{"unreadable and torn lines", "not json\n" + `{"feed":"` + a + `"}` + "\n" + items(a, "g1") + `{"feed":"` + a + `","gu`,
			items(a, "g1"), map[string][]string{a: {"g1"}}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := t.Context()
			path := filepath.Join(t.TempDir(), "news.db"+seenFileSuffix)
			if err := os.WriteFile(path, []byte(tt.existing), 0o640); err != nil {
				t.Fatal(err)
			}
			lim := seenLimits{perFeed: 3, minDead: 2}
			check := func(when string, s *seenFile) {
				t.Helper()
				for feedURL, guids := range tt.wantSeen {
					for _, g := range guids {
						if ok, _ := s.Seen(ctx, feedURL, g); !ok {
							t.Errorf("%s: %s %s not seen", when, feedURL, g)
						}
					}
				}
				for feedURL, guids := range tt.wantNot {
					for _, g := range guids {
						if ok, _ := s.Seen(ctx, feedURL, g); ok {
							t.Errorf("%s: %s %s seen", when, feedURL, g)
						}
					}
				}
				for feedURL, etag := range tt.wantETags {
					if v, _ := s.Validators(ctx, feedURL); v.ETag != etag || v.LastModified != "" {
						t.Errorf("%s: %s validators %+v, want ETag %q", when, feedURL, v, etag)
					}
				}
			}
			s, err := openSeenFileLimits(path, slog.New(slog.DiscardHandler), lim)
			if err != nil {
				t.Fatal(err)
			}
			check("opened", s)
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			want := tt.wantFile
			if want == "" {
				want = tt.existing
				if !strings.HasSuffix(want, "\n") {
					want += "\n"
				}
			}
			got, _ := os.ReadFile(path)
			if string(got) != want {
				t.Errorf("file after open:\n%s\nwant:\n%s", got, want)
			}
			if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o640 {
				t.Errorf("file mode after open: %v, %v; want 0640", fi.Mode().Perm(), err)
			}
			again, err := openSeenFileLimits(path, slog.New(slog.DiscardHandler), lim)
			if err != nil {
				t.Fatal(err)
			}
			defer again.Close()
			check("reopened", again)
		})
	}
}

// TestWatchSeenFileCompactsWhileWatching marks more items and saves more
// validators than the bounds keep, through one open file as a long watch
// does: memory and file stay bounded, and a reopen sees the newest state.
func TestWatchSeenFileCompactsWhileWatching(t *testing.T) {
	const feedURL = "https://gazette.example/rss.xml"
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "news.db"+seenFileSuffix)
	s, err := openSeenFileLimits(path, slog.New(slog.DiscardHandler), seenLimits{perFeed: 2, minDead: 2})
	if err != nil {
		t.Fatal(err)
	}
	maxLines := 0
	for i := 1; i <= 8; i++ {
		if err := s.MarkSeen(ctx, feedURL, fmt.Sprintf("g%d", i)); err != nil {
			t.Fatal(err)
		}
		if err := s.SaveValidators(ctx, feedURL, feed.Validators{ETag: fmt.Sprintf(`"v%d"`, i)}); err != nil {
			t.Fatal(err)
		}
		data, _ := os.ReadFile(path)
		maxLines = max(maxLines, strings.Count(string(data), "\n"))
	}
	// Live: 2 items and 1 validators line; a rewrite comes once 3 are
	// superseded.
	if maxLines > 5 {
		t.Errorf("the file reached %d lines, want at most 5", maxLines)
	}
	if len(s.feeds[feedURL].order) != 2 {
		t.Errorf("%d items in memory, want 2", len(s.feeds[feedURL].order))
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	again, err := openSeenFileLimits(path, slog.New(slog.DiscardHandler), seenLimits{perFeed: 2, minDead: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	for g, want := range map[string]bool{"g1": false, "g6": false, "g7": true, "g8": true} {
		if ok, _ := again.Seen(ctx, feedURL, g); ok != want {
			t.Errorf("after reopening, %s seen = %v, want %v", g, ok, want)
		}
	}
	if v, _ := again.Validators(ctx, feedURL); v.ETag != `"v8"` {
		t.Errorf("after reopening, validators %+v, want the last saved", v)
	}
}

// TestWatchSeenFileDefaultBounds opens a state file with watch's own bounds
// holding more than maxSeenPerFeed items of one feed: it keeps the newest
// maxSeenPerFeed, and rewrites the file once the superseded lines are due.
func TestWatchSeenFileDefaultBounds(t *testing.T) {
	const feedURL = "https://gazette.example/rss.xml"
	tests := []struct {
		name      string
		marks     int
		wantLines int
	}{
		{"a few over the bound: not rewritten", maxSeenPerFeed + 50, maxSeenPerFeed + 50},
		{"twice the bound: rewritten", 2*maxSeenPerFeed + compactMinDead, maxSeenPerFeed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := t.Context()
			path := filepath.Join(t.TempDir(), "news.db"+seenFileSuffix)
			var sb strings.Builder
			for i := range tt.marks {
				sb.WriteString(stateItem(feedURL, fmt.Sprintf("g%d", i)))
			}
			if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
				t.Fatal(err)
			}
			s, err := openSeenFile(path, slog.New(slog.DiscardHandler))
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			oldest := tt.marks - maxSeenPerFeed
			for i, want := range map[int]bool{0: false, oldest - 1: false, oldest: true, tt.marks - 1: true} {
				if ok, _ := s.Seen(ctx, feedURL, fmt.Sprintf("g%d", i)); ok != want {
					t.Errorf("g%d seen = %v, want %v", i, ok, want)
				}
			}
			if n := itemLines(path); n != tt.wantLines {
				t.Errorf("the file holds %d lines, want %d", n, tt.wantLines)
			}
		})
	}
}
