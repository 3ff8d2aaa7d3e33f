package feed

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"crosswire"
	"crosswire/ingest"
	"crosswire/ingest/fetch"
)

func quiet() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func article(title, text string) string {
	return fmt.Sprintf("<html><head><title>%s</title></head><body><article><h1>%s</h1><p>%s</p></article></body></html>", title, title, text)
}

// feedServer serves an RSS feed whose items can be changed between polls,
// honouring If-None-Match, plus the items' pages.
type feedServer struct {
	mu       sync.Mutex
	items    []string // RSS <item> elements, newest first
	version  int
	requests atomic.Int32
	notMod   atomic.Int32
}

func (s *feedServer) setItems(items ...string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.items = items
	s.version++
}

func (s *feedServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/robots.txt":
		http.NotFound(w, r)
	case "/rss.xml":
		s.requests.Add(1)
		s.mu.Lock()
		etag := fmt.Sprintf(`"v%d"`, s.version)
		body := `<?xml version="1.0"?><rss version="2.0"><channel><title>Northport Daily</title><link>https://northport.example/</link>` +
			strings.Join(s.items, "") + `</channel></rss>`
		s.mu.Unlock()
		if r.Header.Get("If-None-Match") == etag {
			s.notMod.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, body)
	case "/atom.xml":
		w.Header().Set("Content-Type", "application/atom+xml")
		fmt.Fprintf(w, `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Kessling Courier</title>
<entry><title>Ferry cut</title><id>tag:courier.example,2026:1</id><link href="http://%s/page/ferry"/><updated>2026-03-04T09:00:00Z</updated><author><name>Ola Berg</name></author></entry></feed>`, r.Host)
	case "/feed.json":
		w.Header().Set("Content-Type", "application/feed+json")
		fmt.Fprintf(w, `{"version":"https://jsonfeed.org/version/1.1","title":"Vellmar Today","items":[{"id":"j1","url":"http://%s/page/json","title":"Budget passes","date_published":"2026-03-05T07:00:00Z"}]}`, r.Host)
	case "/broken.xml":
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Broken<item><title>x</ti`)
	default:
		if strings.HasPrefix(r.URL.Path, "/page/") {
			name := strings.TrimPrefix(r.URL.Path, "/page/")
			if name == "gone" || name == "gone-long" {
				http.Error(w, "gone", http.StatusGone)
				return
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, article("Story "+name, fmt.Sprintf("The full report %s from Northport, where the council met on Monday to discuss the harbour wall.", name)))
			return
		}
		http.NotFound(w, r)
	}
}

func rssItem(base, name, pub, desc string) string {
	return fmt.Sprintf(`<item><title>Story %s</title><link>%s/page/%s</link><guid>%s-guid</guid><pubDate>%s</pubDate><description>%s</description></item>`,
		name, base, name, name, pub, desc)
}

func newPoller() *Poller {
	return &Poller{
		Fetcher: &fetch.Fetcher{AllowPrivate: true, RateLimit: -1, Timeout: 2 * time.Second, Logger: quiet()},
		Logger:  quiet(),
	}
}

func sources(docs []crosswire.Document) []string {
	var out []string
	for _, d := range docs {
		out = append(out, d.Source)
	}
	return out
}

func TestPollNewItemsAndConditionalGet(t *testing.T) {
	fs := &feedServer{}
	srv := httptest.NewServer(fs)
	defer srv.Close()
	base := srv.URL
	fs.setItems(rssItem(base, "b", "Wed, 04 Mar 2026 11:00:00 +0000", "Second."), rssItem(base, "a", "Wed, 04 Mar 2026 10:00:00 +0000", "First."))
	p := newPoller()
	ctx := context.Background()
	feedURL := base + "/rss.xml"

	docs, skips, err := p.Poll(ctx, []string{feedURL})
	if err != nil || len(skips) != 0 {
		t.Fatalf("poll 1: err %v, skips %v", err, skips)
	}
	if got := sources(docs); strings.Join(got, " ") != base+"/page/a "+base+"/page/b" {
		t.Fatalf("poll 1 sources = %v (want oldest first)", got)
	}
	d := docs[0]
	if d.Title != "Story a" || d.Outlet != "Northport Daily" || d.Published == nil ||
		!d.Published.Equal(time.Date(2026, 3, 4, 10, 0, 0, 0, time.UTC)) || !strings.Contains(d.Body, "The full report a") || d.HTML {
		t.Errorf("doc = %+v", d)
	}

	// Unchanged feed: a 304, nothing new.
	docs, skips, _ = p.Poll(ctx, []string{feedURL})
	if len(docs) != 0 || len(skips) != 0 || fs.notMod.Load() != 1 {
		t.Fatalf("poll 2: docs %v, skips %v, 304s %d", sources(docs), skips, fs.notMod.Load())
	}

	// A new item: only it is read.
	fs.setItems(rssItem(base, "c", "Wed, 04 Mar 2026 12:00:00 +0000", "Third."),
		rssItem(base, "b", "Wed, 04 Mar 2026 11:00:00 +0000", "Second."), rssItem(base, "a", "Wed, 04 Mar 2026 10:00:00 +0000", "First."))
	docs, _, _ = p.Poll(ctx, []string{feedURL})
	if got := sources(docs); len(got) != 1 || got[0] != base+"/page/c" {
		t.Fatalf("poll 3 sources = %v", got)
	}

	// A persistent store shared by a new poller: nothing is read twice.
	seen := &MemorySeen{}
	p1 := newPoller()
	p1.Seen = seen
	p1.Poll(ctx, []string{feedURL})
	p2 := newPoller()
	p2.Seen = seen
	if docs, _, _ := p2.Poll(ctx, []string{feedURL}); len(docs) != 0 {
		t.Errorf("restarted poller read %v again", sources(docs))
	}
}

func TestPollFormatsAndFailures(t *testing.T) {
	fs := &feedServer{}
	srv := httptest.NewServer(fs)
	defer srv.Close()
	base := srv.URL
	long := strings.Repeat("The full text of the item is in the feed itself, long enough to stand for the page. ", 6)
	fs.setItems(
		rssItem(base, "gone", "Wed, 04 Mar 2026 10:00:00 +0000", "Teaser only."),
		rssItem(base, "gone-long", "Wed, 04 Mar 2026 10:00:00 +0000", long),
	)
	p := newPoller()
	feeds := []string{base + "/atom.xml", base + "/feed.json", base + "/broken.xml", base + "/rss.xml", base + "/missing.xml"}
	docs, skips, err := p.Poll(context.Background(), feeds)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(sources(docs), " "); got != base+"/page/ferry "+base+"/page/json "+base+"/page/gone-long" {
		t.Errorf("sources = %v", got)
	}
	if len(docs) == 3 {
		if docs[0].Author != "Ola Berg" || docs[0].Outlet != "Kessling Courier" {
			t.Errorf("atom doc = %+v", docs[0])
		}
		if !strings.HasPrefix(docs[2].Body, "The full text of the item") {
			t.Errorf("feed-text fallback body = %q", docs[2].Body)
		}
	}
	var reasons []string
	for _, s := range skips {
		reasons = append(reasons, s.Source+" → "+s.Reason)
	}
	want := []string{
		base + "/broken.xml → invalid feed",
		base + "/page/gone → HTTP 410 Gone",
		base + "/missing.xml → HTTP 404 Not Found",
	}
	if len(reasons) != len(want) {
		t.Fatalf("skips = %q", reasons)
	}
	for i := range want {
		if !strings.HasPrefix(reasons[i], want[i]) {
			t.Errorf("skip %d = %q, want %q…", i, reasons[i], want[i])
		}
	}
}

func TestWatchStops(t *testing.T) {
	fs := &feedServer{}
	srv := httptest.NewServer(fs)
	defer srv.Close()
	fs.setItems(rssItem(srv.URL, "a", "Wed, 04 Mar 2026 10:00:00 +0000", "First."))
	p := newPoller()
	ctx, cancel := context.WithCancel(context.Background())
	var got []string
	// The item arrives once; polls go on until the context ends.
	time.AfterFunc(300*time.Millisecond, cancel)
	err := p.Watch(ctx, []string{srv.URL + "/rss.xml"}, 20*time.Millisecond, func(d crosswire.Document) error {
		got = append(got, d.Source)
		return nil
	}, nil)
	if err != context.Canceled || len(got) != 1 || fs.requests.Load() < 3 {
		t.Errorf("err = %v, docs = %v, feed requests = %d", err, got, fs.requests.Load())
	}
}

// condServer is a one-item RSS feed that sends the validators its mode
// names, answers 304 to a matching conditional request (If-None-Match
// first, as RFC 9110 says), and records each feed request's conditional
// headers. Its page answers 503 while failPage is set.
type condServer struct {
	etag, lastModified string
	mu                 sync.Mutex
	conds              []string // "If-None-Match|If-Modified-Since" per feed request
	notMod             int
	pageHits           int
	failPage           bool
}

func (s *condServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch r.URL.Path {
	case "/rss.xml":
		inm, ims := r.Header.Get("If-None-Match"), r.Header.Get("If-Modified-Since")
		s.conds = append(s.conds, inm+"|"+ims)
		if (inm != "" && inm == s.etag) || (inm == "" && ims != "" && ims == s.lastModified) {
			s.notMod++
			w.WriteHeader(http.StatusNotModified)
			return
		}
		if s.etag != "" {
			w.Header().Set("ETag", s.etag)
		}
		if s.lastModified != "" {
			w.Header().Set("Last-Modified", s.lastModified)
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Northport Daily</title>`+
			rssItem("http://"+r.Host, "a", "Wed, 04 Mar 2026 10:00:00 +0000", "First.")+`</channel></rss>`)
	case "/page/a":
		s.pageHits++
		if s.failPage {
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, article("Story a", "The full report a from Northport, where the council met on Monday to discuss the harbour wall."))
	default:
		http.NotFound(w, r)
	}
}

func (s *condServer) snapshot() (conds []string, notMod, pageHits int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.conds...), s.notMod, s.pageHits
}

// failingValidators is a ValidatorStore that cannot read or write.
type failingValidators struct{}

func (failingValidators) Validators(context.Context, string) (Validators, error) {
	return Validators{}, fmt.Errorf("validators unavailable")
}

func (failingValidators) SaveValidators(context.Context, string, Validators) error {
	return fmt.Errorf("validators unavailable")
}

// TestFeedValidatorStoreAcrossPollers plays two runs of a cron job: two
// Pollers sharing only their SeenStore and ValidatorStore. The second
// sends the first one's validators and gets a 304.
func TestFeedValidatorStoreAcrossPollers(t *testing.T) {
	const lm = "Wed, 04 Mar 2026 10:30:00 GMT"
	tests := []struct {
		name       string
		etag, lm   string
		store      ValidatorStore
		wantSecond string // conditional headers of the second request
		wantNotMod int
		wantSaved  Validators
	}{
		{"etag", `"v1"`, "", &MemoryValidators{}, `"v1"|`, 1, Validators{ETag: `"v1"`}},
		{"last-modified", "", lm, &MemoryValidators{}, "|" + lm, 1, Validators{LastModified: lm}},
		{"both", `"v1"`, lm, &MemoryValidators{}, `"v1"|` + lm, 1, Validators{ETag: `"v1"`, LastModified: lm}},
		{"no validators sent", "", "", &MemoryValidators{}, "|", 0, Validators{}},
		{"store failing: full fetch", `"v1"`, lm, failingValidators{}, "|", 0, Validators{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := &condServer{etag: tt.etag, lastModified: tt.lm}
			srv := httptest.NewServer(cs)
			defer srv.Close()
			ctx := t.Context()
			feedURL := srv.URL + "/rss.xml"
			seen := &MemorySeen{}
			for run := 1; run <= 2; run++ {
				p := newPoller()
				p.Seen, p.Validators = seen, tt.store
				docs, skips, err := p.Poll(ctx, []string{feedURL})
				if err != nil || len(skips) != 0 {
					t.Fatalf("run %d: err %v, skips %v", run, err, skips)
				}
				if want := map[int]int{1: 1, 2: 0}[run]; len(docs) != want {
					t.Errorf("run %d: %d documents, want %d", run, len(docs), want)
				}
			}
			conds, notMod, pageHits := cs.snapshot()
			if len(conds) != 2 || conds[0] != "|" || conds[1] != tt.wantSecond {
				t.Errorf("conditional headers per request = %q, want [\"|\" %q]", conds, tt.wantSecond)
			}
			if notMod != tt.wantNotMod || pageHits != 1 {
				t.Errorf("304s %d (want %d), page fetched %d times (want 1)", notMod, tt.wantNotMod, pageHits)
			}
			if got, err := tt.store.Validators(ctx, feedURL); err == nil && got != tt.wantSaved {
				t.Errorf("saved validators %+v, want %+v", got, tt.wantSaved)
			}
		})
	}
}

// TestFeedValidatorsWaitForRetries checks that a feed whose item must be
// retried (its page answered 503) keeps no validators: the next poll
// fetches the feed in full and reads the item, and only then does an
// unchanged feed answer 304.
func TestFeedValidatorsWaitForRetries(t *testing.T) {
	cs := &condServer{etag: `"v1"`, failPage: true}
	srv := httptest.NewServer(cs)
	defer srv.Close()
	ctx := t.Context()
	feedURL := srv.URL + "/rss.xml"
	store := &MemoryValidators{}
	p := newPoller()
	p.Validators = store

	docs, skips, _ := p.Poll(ctx, []string{feedURL})
	if len(docs) != 0 || len(skips) != 1 || !strings.Contains(skips[0].Reason, "503") {
		t.Fatalf("poll 1: docs %v, skips %v; want the 503 page skipped", sources(docs), skips)
	}
	if v, _ := store.Validators(ctx, feedURL); v != (Validators{}) {
		t.Errorf("validators saved with an item to retry: %+v", v)
	}
	cs.mu.Lock()
	cs.failPage = false
	cs.mu.Unlock()
	if docs, _, _ := p.Poll(ctx, []string{feedURL}); len(docs) != 1 {
		t.Fatalf("poll 2: docs %v, want the retried item", sources(docs))
	}
	if docs, _, _ := p.Poll(ctx, []string{feedURL}); len(docs) != 0 {
		t.Fatalf("poll 3: docs %v, want none", sources(docs))
	}
	conds, notMod, pageHits := cs.snapshot()
	if want := []string{"|", "|", `"v1"|`}; strings.Join(conds, " ") != strings.Join(want, " ") {
		t.Errorf("conditional headers per request = %q, want %q", conds, want)
	}
	if notMod != 1 || pageHits != 2 {
		t.Errorf("304s %d (want 1), page fetched %d times (want 2)", notMod, pageHits)
	}
}

// An item's link is read as a report page only when it is one: an item
// that links back to its feed, to other XML, to JSON or to an image is
// skipped with the reason (it used to be read as HTML: the feed's own XML
// became an article), and a plain-text page is read as text.
func TestItemLinkNotAReportPage(t *testing.T) {
	mux := http.NewServeMux()
	var base string
	mux.HandleFunc("/robots.txt", http.NotFound)
	mux.HandleFunc("/loop.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		item := func(name, link string) string {
			return fmt.Sprintf(`<item><title>%s</title><link>%s%s</link><guid>%s</guid><description>Short.</description></item>`, name, base, link, name)
		}
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Loop Gazette</title><link>`+base+`/</link>`+
			item("self", "/loop.xml")+item("data", "/data.xml")+item("json", "/data.json")+item("photo", "/photo.png")+item("plain", "/plain")+
			`</channel></rss>`)
	})
	mux.HandleFunc("/data.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/xml")
		fmt.Fprint(w, `<?xml version="1.0"?><catalogue><entry>Harbour wall, Northport</entry></catalogue>`)
	})
	mux.HandleFunc("/data.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"rows":[1,2,3]}`)
	})
	mux.HandleFunc("/photo.png", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"))
	})
	mux.HandleFunc("/plain", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, "The Northport council voted on Monday to rebuild the harbour wall for 2.4 million crowns.")
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	base = srv.URL

	docs, skips, err := newPoller().Poll(context.Background(), []string{base + "/loop.xml"})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || docs[0].Source != base+"/plain" || !strings.HasPrefix(docs[0].Body, "The Northport council voted") {
		t.Errorf("docs = %v, want the plain-text page only", sources(docs))
	}
	want := map[string]string{
		base + "/loop.xml":  ingest.ReasonFeed,
		base + "/data.xml":  ingest.ReasonXML,
		base + "/data.json": ingest.ReasonNotPage,
		base + "/photo.png": ingest.ReasonBinary,
	}
	got := map[string]string{}
	for _, s := range skips {
		got[s.Source] = s.Reason
	}
	for src, reason := range want {
		if got[src] != reason {
			t.Errorf("skip of %s = %q, want %q", src, got[src], reason)
		}
	}
	if len(skips) != len(want) {
		t.Errorf("skips = %v", skips)
	}
}

// A report page given as a feed is named for what it is, with the command
// that reads it, rather than "invalid feed: failed to detect feed type";
// a broken feed is still an invalid feed.
func TestReportPageGivenAsFeed(t *testing.T) {
	fs := &feedServer{}
	srv := httptest.NewServer(fs)
	defer srv.Close()
	_, skips, err := newPoller().Poll(context.Background(), []string{srv.URL + "/page/harbour", srv.URL + "/broken.xml"})
	if err != nil {
		t.Fatal(err)
	}
	if len(skips) != 2 {
		t.Fatalf("skips = %v", skips)
	}
	if skips[0].Reason != ingest.ReasonPageNotFeed {
		t.Errorf("page as feed: reason %q, want %q", skips[0].Reason, ingest.ReasonPageNotFeed)
	}
	if !strings.HasPrefix(skips[1].Reason, "invalid feed") {
		t.Errorf("broken feed: reason %q", skips[1].Reason)
	}
}

// An item's link relative to its feed ("/page/one", "two") is read at the
// address a feed reader resolves it to, against the feed's URL (after
// redirects); it was skipped as "only http and https URLs can be fetched"
// (named "/page/one"), or with --feed-text kept under a source and URL
// that name no page.
func TestRelativeItemLinks(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", http.NotFound)
	mux.HandleFunc("/news/rss.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Saltmere Herald</title><link>/</link>`+
			`<item><title>One</title><link>/page/one</link><guid>one</guid><description>The Saltmere lock gates were shut on Monday for repairs.</description></item>`+
			`<item><title>Two</title><link>two</link><guid>two</guid><description>The Saltmere ferry ran late on Tuesday after fog.</description></item>`+
			`</channel></rss>`)
	})
	mux.HandleFunc("/old-feed", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/news/rss.xml", http.StatusMovedPermanently)
	})
	page := func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, article("Page "+r.URL.Path, "The full report from Saltmere, where the harbour board met on Monday to discuss the lock gates."))
	}
	mux.HandleFunc("/page/one", page)
	mux.HandleFunc("/news/two", page)
	srv := httptest.NewServer(mux)
	defer srv.Close()

	for _, feedText := range []bool{false, true} {
		p := newPoller()
		p.FeedText = feedText
		docs, skips, err := p.Poll(context.Background(), []string{srv.URL + "/old-feed"})
		if err != nil {
			t.Fatal(err)
		}
		want := []string{srv.URL + "/news/two", srv.URL + "/page/one"}
		if len(skips) != 0 || strings.Join(sources(docs), " ") != strings.Join(want, " ") {
			t.Errorf("feed text %v: docs %v, skips %v; want %v", feedText, sources(docs), skips, want)
		}
		for _, d := range docs {
			if d.URL != d.Source {
				t.Errorf("feed text %v: %s has URL %q", feedText, d.Source, d.URL)
			}
		}
	}
}

// TestRobotsUnavailableRetried checks that an item whose page's site could
// not give its robots.txt (HTTP 503: the site may be down) is tried again
// on the next poll, as a page answering 503 is, rather than remembered as
// refused for good: it used to be marked read, and the next polls and
// runs never fetched it, without a word. The feed is on another host
// than its pages, as feeds often are.
func TestRobotsUnavailableRetried(t *testing.T) {
	var down atomic.Bool
	down.Store(true)
	pages := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			if down.Load() {
				http.Error(w, "busy", http.StatusServiceUnavailable)
				return
			}
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, article("Story a", "The full report a from Northport, where the council met on Monday to discuss the harbour wall."))
	}))
	defer pages.Close()
	feeds := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/rss.xml" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Northport Daily</title>`+
			rssItem(pages.URL, "a", "Wed, 04 Mar 2026 10:00:00 +0000", "First.")+`</channel></rss>`)
	}))
	defer feeds.Close()
	ctx := t.Context()
	p := newPoller()
	p.Fetcher.RobotsRetry = -1 // ask again at once: no waiting in a test

	docs, skips, _ := p.Poll(ctx, []string{feeds.URL + "/rss.xml"})
	if len(docs) != 0 || len(skips) != 1 || !strings.Contains(skips[0].Reason, "robots.txt unavailable") {
		t.Fatalf("poll 1: docs %v, skips %v; want the item skipped, robots.txt unavailable", sources(docs), skips)
	}
	down.Store(false)
	docs, skips, _ = p.Poll(ctx, []string{feeds.URL + "/rss.xml"})
	if len(docs) != 1 || len(skips) != 0 {
		t.Fatalf("poll 2: docs %v, skips %v; want the item fetched now that robots.txt answers", sources(docs), skips)
	}
}
