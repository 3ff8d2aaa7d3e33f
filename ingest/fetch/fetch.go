// Package fetch gets web pages for ingest, carefully: a timeout on every
// step, a size cap on bodies, at most five redirects, an honest User-Agent,
// robots.txt respected, a per-host rate limit, and refusal to connect to
// loopback, private, link-local, multicast, unspecified and cloud metadata
// addresses. The address check runs when the connection is dialled
// (net.Dialer.Control), after DNS resolution, so a name that resolves to a
// private address, a DNS rebinding between check and use, and a redirect to
// an internal host are all refused the same way.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net"
	"net/http"
	"net/url"
	"sync"
	"time"
)

// UserAgent identifies crosswire to the sites it fetches.
const UserAgent = "crosswire/0.1 (+https://example.invalid/crosswire)"

// Defaults used when a Fetcher field is zero.
const (
	DefaultTimeout      = 30 * time.Second
	DefaultMaxSize      = 10 << 20
	DefaultMaxRedirects = 5
	DefaultRateLimit    = time.Second
)

// Errors a fetch can fail with; callers branch on them with errors.Is.
var (
	// ErrBlockedAddress: the host resolves to an address that is not
	// public (loopback, private, link-local, metadata…) and AllowPrivate
	// is false.
	ErrBlockedAddress = errors.New("refused: not a public address")
	// ErrRobots: the site's robots.txt disallows the URL for crosswire.
	ErrRobots = errors.New("disallowed by robots.txt")
	// ErrRobotsUnavailable: the site's robots.txt could not be read (a
	// server error, no answer in time), so the host is treated as closed
	// for now (Fetcher.RobotsRetry), not as disallowing the URL. An error
	// wrapping it wraps ErrRobots too.
	ErrRobotsUnavailable = errors.New("robots.txt unavailable")
	// ErrTooLarge: the body is over MaxSize.
	ErrTooLarge = errors.New("body larger than the size cap")
	// ErrTooManyRedirects: more than MaxRedirects redirects, or a loop.
	ErrTooManyRedirects = errors.New("too many redirects")
	// ErrScheme: the URL is not http or https.
	ErrScheme = errors.New("only http and https URLs can be fetched")
)

// StatusError is a response with a status other than 2xx (or 304 for a
// conditional request).
type StatusError struct {
	URL  string
	Code int
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("HTTP %d %s", e.Code, http.StatusText(e.Code))
}

// Page is a fetched response.
type Page struct {
	// URL is the final URL, after redirects.
	URL string
	// StatusCode is 200 (or another 2xx), or 304 when NotModified.
	StatusCode int
	// ContentType is the Content-Type header, charset included.
	ContentType string
	// ETag and LastModified are the validators to send back on the next
	// conditional request.
	ETag, LastModified string
	// NotModified is true when a conditional request got 304; Body is
	// then empty.
	NotModified bool
	// Body is the response body, decompressed, at most MaxSize bytes.
	Body []byte
}

// MediaType is the page's media type without parameters ("text/html").
func (p *Page) MediaType() string {
	mt, _, _ := mime.ParseMediaType(p.ContentType)
	return mt
}

// Request is a fetch with optional validators for a conditional GET.
type Request struct {
	URL string
	// ETag and LastModified, when set, are sent as If-None-Match and
	// If-Modified-Since; a 304 answer comes back as Page.NotModified.
	ETag, LastModified string
	// Accept overrides the Accept header.
	Accept string
}

// Fetcher fetches pages. The zero value is ready to use with the defaults
// above; a Fetcher is safe for concurrent use and keeps its robots.txt
// cache and rate-limit state for its lifetime, so share one.
type Fetcher struct {
	// Timeout bounds a whole request: connect, headers and body. Zero
	// means DefaultTimeout.
	Timeout time.Duration
	// MaxSize caps a body in bytes (after decompression); zero means
	// DefaultMaxSize.
	MaxSize int64
	// MaxRedirects caps the redirects followed; zero means
	// DefaultMaxRedirects, negative means none.
	MaxRedirects int
	// UserAgent overrides the User-Agent header; empty means UserAgent.
	UserAgent string
	// IgnoreRobots skips the robots.txt check.
	IgnoreRobots bool
	// AllowPrivate permits loopback, private and other non-public
	// addresses (tests, intranet use).
	AllowPrivate bool
	// RateLimit is the least time between two page requests to one host
	// (the robots.txt request does not count); zero means DefaultRateLimit,
	// negative means no limit. A larger robots.txt Crawl-delay (up to a
	// minute) wins.
	RateLimit time.Duration
	// RobotsRetry is how long a robots.txt that could not be read keeps
	// its host closed before it is asked for again: long enough that one
	// run does not wait on a dead site for every URL, short enough that a
	// long-running fetcher (watch) reads the site once it is back. Zero
	// means DefaultRobotsRetry, negative asks again at every request.
	RobotsRetry time.Duration
	// Logger receives debug lines; nil means slog.Default().
	Logger *slog.Logger
	// Transport, when set, replaces the built-in transport (and with it
	// the dial-time address check). For tests.
	Transport http.RoundTripper

	once   sync.Once
	client *http.Client

	mu     sync.Mutex
	next   map[string]time.Time // host → earliest time of the next request
	robots map[string]*robotsEntry
}

// Get fetches rawURL.
func (f *Fetcher) Get(ctx context.Context, rawURL string) (*Page, error) {
	return f.Fetch(ctx, Request{URL: rawURL})
}

// Fetch performs req. It fails with ErrScheme, ErrRobots,
// ErrBlockedAddress, ErrTooManyRedirects, ErrTooLarge, a *StatusError or a
// network error (a timeout satisfies errors.Is(err,
// context.DeadlineExceeded) or net.Error.Timeout()), each wrapped with the
// URL.
func (f *Fetcher) Fetch(ctx context.Context, req Request) (*Page, error) {
	f.init()
	u, err := url.Parse(req.URL)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", req.URL, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return nil, fmt.Errorf("fetch %s: %w", req.URL, ErrScheme)
	}
	if err := f.allowed(ctx, u); err != nil {
		return nil, fmt.Errorf("fetch %s: %w", req.URL, err)
	}
	if err := f.wait(ctx, u.Host); err != nil {
		return nil, fmt.Errorf("fetch %s: %w", req.URL, err)
	}
	ctx, cancel := context.WithTimeout(ctx, f.timeout())
	defer cancel()
	hreq, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", req.URL, err)
	}
	hreq.Header.Set("User-Agent", f.userAgent())
	accept := req.Accept
	if accept == "" {
		accept = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5"
	}
	hreq.Header.Set("Accept", accept)
	if req.ETag != "" {
		hreq.Header.Set("If-None-Match", req.ETag)
	}
	if req.LastModified != "" {
		hreq.Header.Set("If-Modified-Since", req.LastModified)
	}
	resp, err := f.client.Do(hreq)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", req.URL, unwrapURLError(err))
	}
	defer resp.Body.Close()
	page := &Page{
		URL:          resp.Request.URL.String(),
		StatusCode:   resp.StatusCode,
		ContentType:  resp.Header.Get("Content-Type"),
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
	}
	if resp.StatusCode == http.StatusNotModified && (req.ETag != "" || req.LastModified != "") {
		page.NotModified = true
		page.ETag = firstNonEmpty(page.ETag, req.ETag)
		page.LastModified = firstNonEmpty(page.LastModified, req.LastModified)
		return page, nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("fetch %s: %w", req.URL, &StatusError{URL: page.URL, Code: resp.StatusCode})
	}
	max := f.maxSize()
	if resp.ContentLength > max {
		return nil, fmt.Errorf("fetch %s: %w", req.URL, ErrTooLarge)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		return nil, fmt.Errorf("fetch %s: read body: %w", req.URL, unwrapURLError(err))
	}
	if int64(len(body)) > max {
		return nil, fmt.Errorf("fetch %s: %w", req.URL, ErrTooLarge)
	}
	page.Body = body
	return page, nil
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// unwrapURLError drops the *url.Error layer so the message names the URL
// once.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

func (f *Fetcher) init() {
	f.once.Do(func() {
		f.next = map[string]time.Time{}
		f.robots = map[string]*robotsEntry{}
		transport := f.Transport
		if transport == nil {
			transport = f.newTransport()
		}
		f.client = &http.Client{
			Transport:     transport,
			CheckRedirect: f.checkRedirect,
		}
	})
}

// newTransport is an http.Transport whose every connection goes through
// the address guard. No proxy is used: with a proxy the guard would check
// the proxy's address, not the site's.
func (f *Fetcher) newTransport() *http.Transport {
	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	if !f.AllowPrivate {
		dialer.Control = guardControl
	}
	return &http.Transport{
		Proxy:                 nil,
		DialContext:           dialer.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          32,
		IdleConnTimeout:       60 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: 20 * time.Second,
		ExpectContinueTimeout: time.Second,
	}
}

// checkRedirect caps redirects, refuses loops and non-http schemes, and
// checks robots.txt for the new location.
func (f *Fetcher) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > f.maxRedirects() {
		return ErrTooManyRedirects
	}
	for _, v := range via {
		if v.URL.String() == req.URL.String() {
			return fmt.Errorf("%w: loop back to %s", ErrTooManyRedirects, req.URL)
		}
	}
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return ErrScheme
	}
	req.Header.Set("User-Agent", f.userAgent())
	return f.allowed(req.Context(), req.URL)
}

func (f *Fetcher) timeout() time.Duration {
	if f.Timeout > 0 {
		return f.Timeout
	}
	return DefaultTimeout
}

func (f *Fetcher) maxSize() int64 {
	if f.MaxSize > 0 {
		return f.MaxSize
	}
	return DefaultMaxSize
}

func (f *Fetcher) maxRedirects() int {
	switch {
	case f.MaxRedirects > 0:
		return f.MaxRedirects
	case f.MaxRedirects < 0:
		return 0
	}
	return DefaultMaxRedirects
}

func (f *Fetcher) userAgent() string {
	if f.UserAgent != "" {
		return f.UserAgent
	}
	return UserAgent
}

func (f *Fetcher) logger() *slog.Logger {
	if f.Logger != nil {
		return f.Logger
	}
	return slog.Default()
}

func (f *Fetcher) rateLimit() time.Duration {
	switch {
	case f.RateLimit > 0:
		return f.RateLimit
	case f.RateLimit < 0:
		return 0
	}
	return DefaultRateLimit
}

// wait blocks until host may be requested again and books the next slot.
func (f *Fetcher) wait(ctx context.Context, host string) error {
	interval := f.rateLimit()
	f.mu.Lock()
	for _, scheme := range []string{"https://", "http://"} {
		if r := f.robots[scheme+host]; r != nil && r.known() && r.delay > interval {
			interval = r.delay
		}
	}
	now := time.Now()
	at := f.next[host]
	if at.Before(now) {
		at = now
	}
	f.next[host] = at.Add(interval)
	f.mu.Unlock()
	d := time.Until(at)
	if d <= 0 {
		return ctx.Err()
	}
	f.logger().Debug("rate limit", "host", host, "wait", d)
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
