package fetch

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// robotsEntry is the parsed robots.txt of one host: the rules of the group
// that applies to crosswire.
type robotsEntry struct {
	ready chan struct{} // closed once rules are known
	rules []robotsRule
	delay time.Duration
	// denyAll is set when robots.txt could not be read because of a
	// server error: the site is treated as closed for this run.
	denyAll bool
	// err is why robots.txt could not be read.
	err error
	// failed is when robots.txt could not be read (denyAll): the entry
	// is asked for again once RobotsRetry has passed.
	failed time.Time
}

// DefaultRobotsRetry is how long a robots.txt that could not be read
// keeps its host closed (Fetcher.RobotsRetry): a minute, under watch's
// shortest sensible interval between polls.
const DefaultRobotsRetry = time.Minute

// stale reports whether an entry whose robots.txt could not be read is
// due to be asked for again.
func (f *Fetcher) stale(e *robotsEntry) bool {
	if !e.known() || !e.denyAll {
		return false
	}
	retry := f.RobotsRetry
	if retry == 0 {
		retry = DefaultRobotsRetry
	}
	return retry < 0 || time.Since(e.failed) >= retry
}

// known reports whether the entry is loaded (its fields may be read).
func (e *robotsEntry) known() bool {
	select {
	case <-e.ready:
		return true
	default:
		return false
	}
}

// RobotsUnavailableError is the refusal of a URL whose site's robots.txt
// could not be read (a server error, no answer in time): the site may be
// down, and the URL is not fetched for now (Fetcher.RobotsRetry). It is
// ErrRobotsUnavailable and ErrRobots to errors.Is; Err says why the
// robots.txt could not be read, for a reason such as ingest.FetchReason.
type RobotsUnavailableError struct {
	Err error
}

func (e *RobotsUnavailableError) Error() string {
	return fmt.Sprintf("%v (%v: %v)", ErrRobots, ErrRobotsUnavailable, e.Err)
}

// Is makes the error ErrRobotsUnavailable and ErrRobots.
func (e *RobotsUnavailableError) Is(target error) bool {
	return target == ErrRobotsUnavailable || target == ErrRobots
}

// Unwrap returns why the robots.txt could not be read.
func (e *RobotsUnavailableError) Unwrap() error { return e.Err }

type robotsRule struct {
	allow bool
	path  string
}

// allowed checks u against its host's robots.txt, fetching and caching it
// on first use. Missing robots.txt (4xx) allows everything; a server error
// or an unreachable robots.txt disallows the host, as the large search
// engines' crawlers do, because the site may be down or deliberately closed.
func (f *Fetcher) allowed(ctx context.Context, u *url.URL) error {
	if f.IgnoreRobots {
		return nil
	}
	key := u.Scheme + "://" + u.Host
	f.mu.Lock()
	entry, ok := f.robots[key]
	if !ok || f.stale(entry) {
		entry = &robotsEntry{ready: make(chan struct{})}
		f.robots[key] = entry
		f.mu.Unlock()
		f.loadRobots(ctx, key, entry)
		if entry.denyAll {
			entry.failed = time.Now()
		}
		close(entry.ready)
	} else {
		f.mu.Unlock()
		select {
		case <-entry.ready:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	if entry.denyAll {
		// An address refused, a name that does not resolve or a host
		// that does not answer is the page's failure too: say so, not
		// "robots.txt".
		var dnsErr *net.DNSError
		var opErr *net.OpError
		if errors.Is(entry.err, ErrBlockedAddress) || errors.As(entry.err, &dnsErr) || errors.As(entry.err, &opErr) && opErr.Op == "dial" {
			return entry.err
		}
		return &RobotsUnavailableError{Err: entry.err}
	}
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	if !robotsAllows(entry.rules, path) {
		return ErrRobots
	}
	return nil
}

func (f *Fetcher) loadRobots(ctx context.Context, base string, entry *robotsEntry) {
	// robots.txt does not wait for a rate-limit slot: one small request
	// before the first page of a host is the norm, and making it wait
	// would delay every one-off `crosswire check URL` by RateLimit.
	ctx, cancel := context.WithTimeout(ctx, min(f.timeout(), 15*time.Second))
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+"/robots.txt", nil)
	if err != nil {
		entry.denyAll, entry.err = true, err
		return
	}
	req.Header.Set("User-Agent", f.userAgent())
	// robots.txt redirects are followed by the client (with the guard);
	// its own robots check is skipped by the robotsRequest marker.
	resp, err := f.robotsClient().Do(req)
	if err != nil {
		f.logger().Debug("robots.txt unreachable", "site", base, "err", err)
		entry.denyAll, entry.err = true, unwrapURLError(err)
		return
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode >= 500:
		entry.denyAll, entry.err = true, &StatusError{URL: base + "/robots.txt", Code: resp.StatusCode}
		return
	case resp.StatusCode >= 400:
		return // no robots.txt: everything allowed
	case resp.StatusCode >= 300:
		return
	}
	entry.rules, entry.delay = parseRobots(io.LimitReader(resp.Body, 512<<10), agentToken(f.userAgent()))
}

// robotsClient is the fetcher's client without the robots check on
// redirects (robots.txt itself is always allowed).
func (f *Fetcher) robotsClient() *http.Client {
	return &http.Client{
		Transport: f.client.Transport,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > f.maxRedirects() {
				return ErrTooManyRedirects
			}
			return nil
		},
	}
}

// agentToken is the product token robots.txt groups are matched against
// ("crosswire" for "crosswire/0.1 (+…)").
func agentToken(ua string) string {
	tok, _, _ := strings.Cut(ua, "/")
	tok, _, _ = strings.Cut(tok, " ")
	return strings.ToLower(tok)
}

// parseRobots reads robots.txt (RFC 9309) and returns the rules of the
// group for agent, else of the "*" group, and its Crawl-delay (capped at a
// minute).
func parseRobots(r io.Reader, agent string) ([]robotsRule, time.Duration) {
	type group struct {
		agents []string
		rules  []robotsRule
		delay  time.Duration
	}
	var groups []*group
	var cur *group
	lastWasAgent := false
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 64<<10)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		key = strings.ToLower(strings.TrimSpace(key))
		value = strings.TrimSpace(value)
		switch key {
		case "user-agent":
			if !lastWasAgent || cur == nil {
				cur = &group{}
				groups = append(groups, cur)
			}
			cur.agents = append(cur.agents, strings.ToLower(value))
			lastWasAgent = true
			continue
		case "allow", "disallow":
			if cur != nil && value != "" {
				cur.rules = append(cur.rules, robotsRule{allow: key == "allow", path: value})
			}
		case "crawl-delay":
			if cur != nil {
				if secs, err := strconv.ParseFloat(value, 64); err == nil && secs > 0 {
					cur.delay = min(time.Duration(secs*float64(time.Second)), time.Minute)
				}
			}
		}
		lastWasAgent = false
	}
	var star, mine *group
	for _, g := range groups {
		for _, a := range g.agents {
			switch {
			case a == "*":
				if star == nil {
					star = g
				}
			case a == agent || strings.Contains(agent, a) && a != "":
				if mine == nil {
					mine = g
				}
			}
		}
	}
	if mine == nil {
		mine = star
	}
	if mine == nil {
		return nil, 0
	}
	return mine.rules, mine.delay
}

// robotsAllows applies the longest matching rule; Allow wins a tie; no
// matching rule allows.
func robotsAllows(rules []robotsRule, path string) bool {
	best, allow := -1, true
	for _, r := range rules {
		if n := robotsMatch(r.path, path); n >= 0 && (n > best || n == best && r.allow) {
			best, allow = n, r.allow
		}
	}
	return allow
}

// robotsMatch returns the length of pattern when it matches the start of
// path ("*" any run, trailing "$" end of path), else -1.
func robotsMatch(pattern, path string) int {
	anchored := strings.HasSuffix(pattern, "$")
	p := strings.TrimSuffix(pattern, "$")
	if matchFrom(p, path, anchored) {
		return len(pattern)
	}
	return -1
}

func matchFrom(p, s string, anchored bool) bool {
	for {
		star := strings.IndexByte(p, '*')
		if star < 0 {
			if anchored {
				return s == p
			}
			return strings.HasPrefix(s, p)
		}
		if !strings.HasPrefix(s, p[:star]) {
			return false
		}
		s = s[star:]
		p = p[star+1:]
		if p == "" {
			return true
		}
		for i := 0; i <= len(s); i++ {
			if matchFrom(p, s[i:], anchored) {
				return true
			}
		}
		return false
	}
}
