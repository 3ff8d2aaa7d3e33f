package main

import (
	"log/slog"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"crosswire"
	"crosswire/ingest/fetch"
)

// fetchOptions are the flags that govern how check, ingest and watch fetch
// http(s) inputs. The defaults are the careful ones: robots.txt respected,
// non-public addresses refused (SSRF protection), one request a second to
// a host.
type fetchOptions struct {
	ignoreRobots bool
	allowPrivate bool
	rateLimit    time.Duration
}

// bind registers the fetch flags on c.
func (o *fetchOptions) bind(c *cobra.Command) {
	c.Flags().BoolVar(&o.ignoreRobots, "ignore-robots", false,
		"fetch pages even where the site's robots.txt disallows crosswire")
	c.Flags().BoolVar(&o.allowPrivate, "allow-private", false,
		"allow fetching from loopback, private, link-local and cloud-metadata addresses\n(refused by default so a URL cannot make crosswire reach internal services)")
	c.Flags().DurationVar(&o.rateLimit, "rate-limit", fetch.DefaultRateLimit,
		"least time between two requests to one host (0: no limit; a longer robots.txt Crawl-delay wins)")
}

// fetcher returns a fetch.Fetcher with these options, a body cap of
// maxSize bytes and log for its debug lines. Share it for a whole run so
// its robots.txt cache and rate limits hold across inputs.
func (o fetchOptions) fetcher(maxSize int64, log *slog.Logger) *fetch.Fetcher {
	rate := o.rateLimit
	if rate <= 0 {
		rate = -1 // fetch.Fetcher: negative means no limit, zero the default
	}
	return &fetch.Fetcher{
		MaxSize:      maxSize,
		Logger:       log,
		IgnoreRobots: o.ignoreRobots,
		AllowPrivate: o.allowPrivate,
		RateLimit:    rate,
	}
}

// fetchHints returns one line per fetch flag that would have let a skipped
// input through, so a refusal tells the user how to override it.
func fetchHints(skipped []crosswire.Skip) []string {
	var private, robots, unavailable bool
	for _, s := range skipped {
		private = private || strings.Contains(s.Reason, fetch.ErrBlockedAddress.Error())
		// a robots.txt that could not be read asks nothing: the site
		// may be down, and the hint says so
		if strings.Contains(s.Reason, fetch.ErrRobotsUnavailable.Error()) {
			unavailable = true
		} else {
			robots = robots || strings.Contains(s.Reason, fetch.ErrRobots.Error())
		}
	}
	var hints []string
	if private {
		hints = append(hints, "hint: loopback, private, link-local and metadata addresses are refused; --allow-private fetches from them (only for hosts you trust)")
	}
	if robots {
		hints = append(hints, "hint: the site's robots.txt asks crosswire not to fetch these pages; --ignore-robots overrides it")
	}
	if unavailable {
		hints = append(hints, "hint: the site's robots.txt could not be read (the site may be down), so its pages were not fetched; try again later, or --ignore-robots")
	}
	return hints
}
