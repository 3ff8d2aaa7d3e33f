// Package feed polls RSS, Atom and JSON Feed URLs (or feeds saved as local
// files) for new reports
// (github.com/mmcdole/gofeed) and reads each new item's page through a
// fetch.Fetcher, so feeds get the same politeness and SSRF protection as
// any URL. Feeds are polled with conditional GETs (ETag, Last-Modified):
// each feed's validators are kept through a ValidatorStore and the items
// already seen through a SeenStore, both in memory unless persistent ones
// are plugged in (crosswire watch keeps both in a file next to the store).
package feed

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/mmcdole/gofeed"

	"crosswire"
	"crosswire/ingest"
	"crosswire/ingest/fetch"
)

// SeenStore remembers which feed items have been read, so a restart does
// not read them again. Keys are the feed URL and the item's GUID (its link
// when it has none).
type SeenStore interface {
	Seen(ctx context.Context, feedURL, guid string) (bool, error)
	MarkSeen(ctx context.Context, feedURL, guid string) error
}

// MemorySeen is a SeenStore in memory: the zero value is ready, and it is
// safe for concurrent use.
type MemorySeen struct {
	mu   sync.Mutex
	seen map[string]bool
}

// Seen reports whether the item was marked.
func (m *MemorySeen) Seen(_ context.Context, feedURL, guid string) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.seen[feedURL+"\x00"+guid], nil
}

// MarkSeen marks the item.
func (m *MemorySeen) MarkSeen(_ context.Context, feedURL, guid string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.seen == nil {
		m.seen = map[string]bool{}
	}
	m.seen[feedURL+"\x00"+guid] = true
	return nil
}

// Validators are the HTTP cache validators of the last version of a feed
// that was read in full, sent back as If-None-Match and If-Modified-Since
// so that an unchanged feed answers 304 Not Modified. Either may be empty;
// the zero value sends an unconditional request.
type Validators struct {
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
}

// ValidatorStore remembers each feed's Validators, so a new process (a
// cron run of watch --once) can poll with a conditional GET instead of
// downloading every feed in full. Keys are the feed URL.
type ValidatorStore interface {
	// Validators returns the feed's validators, the zero value when none
	// are known.
	Validators(ctx context.Context, feedURL string) (Validators, error)
	// SaveValidators replaces the feed's validators.
	SaveValidators(ctx context.Context, feedURL string, v Validators) error
}

// MemoryValidators is a ValidatorStore in memory: the zero value is ready,
// and it is safe for concurrent use.
type MemoryValidators struct {
	mu sync.Mutex
	v  map[string]Validators
}

// Validators returns the feed's saved validators.
func (m *MemoryValidators) Validators(_ context.Context, feedURL string) (Validators, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.v[feedURL], nil
}

// SaveValidators saves the feed's validators.
func (m *MemoryValidators) SaveValidators(_ context.Context, feedURL string, v Validators) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.v == nil {
		m.v = map[string]Validators{}
	}
	m.v[feedURL] = v
	return nil
}

// Poller polls feeds. The zero value is ready to use; keep one Poller for
// the life of a watch so it remembers validators and seen items.
type Poller struct {
	// Fetcher fetches feeds and pages; nil means a default fetch.Fetcher
	// (robots.txt, rate limit, SSRF guard), created on first use.
	Fetcher *fetch.Fetcher
	// Seen remembers read items; nil means an in-memory MemorySeen.
	Seen SeenStore
	// Validators remembers each feed's ETag and Last-Modified; nil means
	// an in-memory MemoryValidators.
	Validators ValidatorStore
	// Logger receives warnings for skips; nil means slog.Default().
	Logger *slog.Logger
	// MaxSize caps a feed document or page; 0 means 10 MiB.
	MaxSize int64
	// FeedText uses the item's own content (content:encoded, else
	// description) instead of fetching its page. A page that cannot be
	// fetched falls back to the item's content anyway when it has at
	// least MinFeedText bytes of text.
	FeedText bool

	once sync.Once
}

// MinFeedText is the least text an item must carry to stand in for its
// page: below it a feed gives a teaser, not the report.
const MinFeedText = 400

// Poll fetches every feed once and returns the documents of the items not
// seen before, oldest first per feed, and the feeds and items it had to
// skip. A feed that has not changed since the last poll (HTTP 304) costs
// one request and yields nothing. A feed's validators are saved only once
// every item of it was read or refused for good, so a feed with an item to
// retry (a page that timed out) is fetched in full next time rather than
// answered 304. The error is the context's.
func (p *Poller) Poll(ctx context.Context, feeds []string) ([]crosswire.Document, []crosswire.Skip, error) {
	var docs []crosswire.Document
	skips, err := p.Walk(ctx, feeds, func(d crosswire.Document) error {
		docs = append(docs, d)
		return nil
	})
	return docs, skips, err
}

// Walk is Poll handing each new document to fn as it is read; an error
// from fn stops the walk (the item is not marked seen).
func (p *Poller) Walk(ctx context.Context, feeds []string, fn func(crosswire.Document) error) ([]crosswire.Skip, error) {
	p.init()
	var skips []crosswire.Skip
	skip := func(source, reason string) {
		// Debug only: the caller lists every skip it returns (the
		// CLI one line each on stderr), as ingest.Reader's are.
		p.logger().Debug("skipped feed input", "source", source, "reason", reason)
		skips = append(skips, crosswire.Skip{Source: source, Reason: reason})
	}
	for _, feedURL := range feeds {
		if err := ctx.Err(); err != nil {
			return skips, err
		}
		if err := p.pollFeed(ctx, feedURL, fn, skip); err != nil {
			return skips, err
		}
	}
	return skips, nil
}

// Watch polls the feeds every interval until ctx is done, handing new
// documents to fn and skips to skipped. It returns ctx's error, or fn's.
func (p *Poller) Watch(ctx context.Context, feeds []string, interval time.Duration, fn func(crosswire.Document) error, skipped func(crosswire.Skip)) error {
	if interval <= 0 {
		interval = 5 * time.Minute
	}
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		skips, err := p.Walk(ctx, feeds, fn)
		for _, s := range skips {
			if skipped != nil {
				skipped(s)
			}
		}
		if err != nil {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

func (p *Poller) init() {
	p.once.Do(func() {
		if p.Fetcher == nil {
			p.Fetcher = &fetch.Fetcher{MaxSize: p.MaxSize, Logger: p.Logger}
		}
		if p.Seen == nil {
			p.Seen = &MemorySeen{}
		}
		if p.Validators == nil {
			p.Validators = &MemoryValidators{}
		}
	})
}

func (p *Poller) logger() *slog.Logger {
	if p.Logger != nil {
		return p.Logger
	}
	return slog.Default()
}

// pollFeed reads one feed; only ctx's and fn's errors are returned.
func (p *Poller) pollFeed(ctx context.Context, feedURL string, fn func(crosswire.Document) error, skip func(string, string)) error {
	v, err := p.Validators.Validators(ctx, feedURL)
	if err != nil {
		p.logger().Warn("validator store: fetching the feed in full", "feed", feedURL, "err", err)
		v = Validators{}
	}
	local := !IsURL(feedURL)
	var page *fetch.Page
	if local {
		var reason string
		if page, reason = p.readFile(feedURL, v); reason != "" {
			skip(feedURL, reason)
			return nil
		}
	} else {
		page, err = p.Fetcher.Fetch(ctx, fetch.Request{URL: feedURL, ETag: v.ETag, LastModified: v.LastModified,
			Accept: "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"})
		if err != nil {
			if cerr := ctx.Err(); cerr != nil {
				return cerr
			}
			skip(feedURL, ingest.FetchReason(err, p.MaxSize))
			return nil
		}
	}
	got := Validators{ETag: page.ETag, LastModified: page.LastModified}
	if page.NotModified {
		p.logger().Debug("feed not modified", "feed", feedURL)
		// A 304 may carry fresher validators for the same version.
		if got != v {
			p.saveValidators(ctx, feedURL, got)
		}
		return nil
	}
	parsed, err := gofeed.NewParser().Parse(strings.NewReader(string(page.Body)))
	if err != nil {
		// A page that reads as a report was given for a feed: say so
		// (only on this failure path is the page read as one).
		if _, reason := ingest.PageDocument(feedURL, page, p.logger()); reason == "" {
			skip(feedURL, ingest.ReasonPageNotFeed)
			return nil
		}
		skip(feedURL, "invalid feed: "+shorten(err.Error()))
		return nil
	}
	items := parsed.Items
	if !local {
		// A relative link in a saved file names no page to fetch.
		resolveLinks(items, firstNonEmpty(page.URL, feedURL))
	}
	pending := false
	// Feeds list newest first; read oldest first so the store and the
	// grouping see reports in publication order.
	for i := len(items) - 1; i >= 0; i-- {
		if err := ctx.Err(); err != nil {
			return err
		}
		retry, err := p.item(ctx, feedURL, parsed, items[i], fn, skip)
		if err != nil {
			return err
		}
		pending = pending || retry
	}
	// Validators are saved only once every item was dealt with: a broken
	// feed, an interrupted read or an item to retry leaves the previous
	// ones, which no longer match, so the feed is fetched in full again.
	if pending {
		p.logger().Debug("feed has items to retry: validators not saved", "feed", feedURL)
	} else if got != v {
		p.saveValidators(ctx, feedURL, got)
	}
	return nil
}

// IsURL reports whether a feed is an http(s) URL; anything else a Poller
// is given is a local file (a saved RSS, Atom or JSON feed).
func IsURL(feed string) bool {
	u, err := url.Parse(feed)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// readFile reads a feed saved as a local file, capped at MaxSize. Its
// modification time and size stand for the validators of a URL: a file
// unchanged since the last poll is not modified and read no further.
func (p *Poller) readFile(path string, v Validators) (*fetch.Page, string) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, "cannot read the feed file: " + shorten(err.Error())
	}
	if !info.Mode().IsRegular() {
		return nil, "not a feed file (a directory or a device)"
	}
	max := p.MaxSize
	if max <= 0 {
		max = ingest.DefaultMaxSize
	}
	if info.Size() > max {
		return nil, fmt.Sprintf("feed file larger than %d bytes (--max-size)", max)
	}
	stamp := fmt.Sprintf("%s %d", info.ModTime().UTC().Format(time.RFC3339Nano), info.Size())
	if v.LastModified == stamp {
		return &fetch.Page{URL: path, StatusCode: 304, NotModified: true, LastModified: stamp}, ""
	}
	body, err := os.ReadFile(path)
	if err != nil {
		return nil, "cannot read the feed file: " + shorten(err.Error())
	}
	return &fetch.Page{URL: path, StatusCode: 200, LastModified: stamp, Body: body}, ""
}

// saveValidators saves a feed's validators; a failure only costs a full
// fetch next time, so it is logged, not returned.
func (p *Poller) saveValidators(ctx context.Context, feedURL string, v Validators) {
	if err := p.Validators.SaveValidators(ctx, feedURL, v); err != nil {
		p.logger().Warn("validator store", "feed", feedURL, "err", err)
	}
}

// item reads one feed item unless it was seen. retry says the item was
// left unmarked to be read again on a later poll.
func (p *Poller) item(ctx context.Context, feedURL string, f *gofeed.Feed, it *gofeed.Item, fn func(crosswire.Document) error, skip func(string, string)) (retry bool, err error) {
	guid := itemKey(it)
	seen, err := p.Seen.Seen(ctx, feedURL, guid)
	if err != nil {
		skip(feedURL, fmt.Sprintf("seen store: %v", err))
		return true, nil
	}
	if seen {
		return false, nil
	}
	source := strings.TrimSpace(it.Link)
	if source == "" {
		source = feedURL + "#" + guid
	}
	doc, reason, transient := p.document(ctx, it, source)
	if err := ctx.Err(); err != nil {
		return false, err
	}
	if reason != "" {
		skip(source, reason)
		if transient {
			return true, nil // try again next poll
		}
	} else {
		if doc.Outlet == "" {
			doc.Outlet = strings.TrimSpace(f.Title)
		}
		if err := fn(doc); err != nil {
			return false, err
		}
	}
	// The item was dealt with even when the mark fails: at worst it is
	// read again after the feed changes, and the store keeps one copy.
	if err := p.Seen.MarkSeen(ctx, feedURL, guid); err != nil {
		p.logger().Warn("seen store", "feed", feedURL, "err", err)
	}
	return false, nil
}

// document builds an item's document: its page (fetched), else its own
// text. transient says a failed fetch may succeed later.
func (p *Poller) document(ctx context.Context, it *gofeed.Item, source string) (doc crosswire.Document, reason string, transient bool) {
	feedText := itemText(it)
	if !p.FeedText && strings.TrimSpace(it.Link) != "" {
		page, err := p.Fetcher.Get(ctx, it.Link)
		if err == nil {
			doc, reason = ingest.PageDocument(source, page, p.logger())
		} else {
			reason, transient = ingest.FetchReason(err, p.MaxSize), isTransient(err)
		}
		if reason != "" && len(feedText) < MinFeedText {
			return doc, reason, transient
		}
		if reason != "" {
			p.logger().Info("page unavailable, using the feed's text", "source", source, "reason", reason)
		}
	}
	if doc.Body == "" {
		if feedText == "" {
			return doc, "feed item without text", false
		}
		doc = crosswire.Document{Source: source, Body: feedText, URL: strings.TrimSpace(it.Link)}
	}
	doc.Title = firstNonEmpty(doc.Title, strings.TrimSpace(it.Title))
	if doc.Author == "" {
		var names []string
		for _, a := range it.Authors {
			if a != nil && strings.TrimSpace(a.Name) != "" {
				names = append(names, strings.TrimSpace(a.Name))
			}
		}
		doc.Author = strings.Join(names, ", ")
	}
	// The feed's date is the publisher's own statement of when the item
	// went out; a page's date may be a last-modified.
	if it.PublishedParsed != nil {
		t := it.PublishedParsed.UTC()
		doc.Published = &t
	} else if doc.Published == nil && it.UpdatedParsed != nil {
		t := it.UpdatedParsed.UTC()
		doc.Published = &t
	}
	return doc, "", false
}

// resolveLinks makes the items' links absolute, resolved against the
// feed's own URL as feed readers do ("/page/one", "two"): a relative link
// names no page crosswire could fetch or cite. A link that does not
// parse is left as written (its fetch says why).
func resolveLinks(items []*gofeed.Item, feedURL string) {
	base, err := url.Parse(feedURL)
	if err != nil {
		return
	}
	for _, it := range items {
		l := strings.TrimSpace(it.Link)
		if l == "" {
			continue
		}
		if u, err := url.Parse(l); err == nil && !u.IsAbs() {
			it.Link = base.ResolveReference(u).String()
		}
	}
}

// itemText is the item's own text: its content, else its description,
// reduced to plain text when it is HTML.
func itemText(it *gofeed.Item) string {
	raw := strings.TrimSpace(firstNonEmpty(it.Content, it.Description))
	if raw == "" {
		return ""
	}
	if strings.Contains(raw, "<") {
		if d, err := ingest.HTMLDocument("", []byte("<html><body><article>"+raw+"</article></body></html>"), "text/html; charset=utf-8"); err == nil {
			return d.Body
		}
	}
	return raw
}

// itemKey identifies an item: its GUID, else its link, else a hash of its
// title and date.
func itemKey(it *gofeed.Item) string {
	if g := strings.TrimSpace(it.GUID); g != "" {
		return g
	}
	if l := strings.TrimSpace(it.Link); l != "" {
		return l
	}
	sum := sha256.Sum256([]byte(it.Title + "\x00" + it.Published + "\x00" + it.Description))
	return "sha256:" + hex.EncodeToString(sum[:12])
}

// isTransient reports fetch failures worth retrying on the next poll:
// timeouts, network errors, 429 and 5xx, and a site whose robots.txt
// could not be read (it may be down: the page is not refused for good).
func isTransient(err error) bool {
	if errors.Is(err, fetch.ErrRobotsUnavailable) {
		return true
	}
	if errors.Is(err, fetch.ErrBlockedAddress) || errors.Is(err, fetch.ErrRobots) ||
		errors.Is(err, fetch.ErrTooLarge) || errors.Is(err, fetch.ErrTooManyRedirects) || errors.Is(err, fetch.ErrScheme) {
		return false
	}
	var se *fetch.StatusError
	if errors.As(err, &se) {
		return se.Code == 429 || se.Code >= 500
	}
	var ne net.Error
	return errors.Is(err, context.DeadlineExceeded) || errors.As(err, &ne)
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func shorten(s string) string {
	if len(s) > 160 {
		return s[:160] + "…"
	}
	return s
}
