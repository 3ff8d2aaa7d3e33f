package main

import (
	"context"
	"log/slog"
	"os"

	"crosswire"
	"crosswire/ingest"
	"crosswire/ingest/feed"
	"crosswire/ingest/fetch"
)

// readFeedInputs reads the items of the inputs the reader set aside as news
// feeds (a feed is no report, but its items are): a feed saved as a file
// gives its items' own text (content, else description: what the file
// holds, read offline), a feed named by URL its items' pages, as watch
// reads them (the item's text when a page cannot be fetched and the item
// carries enough of it). It returns the items' documents and the skips
// left: the others, and the feeds' items that could not be read. A feed
// that yields nothing keeps its own skip, so the user is told why.
func readFeedInputs(ctx context.Context, skipped []crosswire.Skip, fetcher *fetch.Fetcher, maxSize int64, log *slog.Logger) ([]crosswire.Document, []crosswire.Skip) {
	var docs []crosswire.Document
	var rest []crosswire.Skip
	for _, s := range skipped {
		if s.Reason != ingest.ReasonFeed || ctx.Err() != nil || !feed.IsURL(s.Source) && !isFile(s.Source) {
			// (stdin's feed has been read already and cannot be again)
			rest = append(rest, s)
			continue
		}
		p := &feed.Poller{Fetcher: fetcher, Logger: log, MaxSize: maxSize, FeedText: !feed.IsURL(s.Source)}
		items, itemSkips, err := p.Poll(ctx, []string{s.Source})
		if err != nil || len(items) == 0 {
			rest = append(rest, s)
		}
		docs = append(docs, items...)
		rest = append(rest, itemSkips...)
	}
	return docs, rest
}

// isFile reports whether path names a regular file.
func isFile(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().IsRegular()
}
