package main

import (
	"context"
	"fmt"
	"strings"

	"crosswire"
	"crosswire/pipeline"
	"crosswire/postgres"
	"crosswire/sqlite"
)

// defaultDB is the store used by ingest, stories and show without --db.
const defaultDB = "crosswire.db"

// openStore opens the store a --db value names: a postgres:// URL (the
// schema is migrated on open) or a SQLite file path.
func openStore(ctx context.Context, dsn string) (crosswire.Store, error) {
	if isPostgres(dsn) {
		st, err := postgres.Open(ctx, dsn)
		if err != nil {
			return nil, fmt.Errorf("open store %s: %w", redact(dsn), err)
		}
		return st, nil
	}
	st, err := sqlite.Open(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", dsn, err)
	}
	return st, nil
}

// isPostgres reports whether a --db value names a PostgreSQL database.
func isPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// redact hides a password in a database URL for messages.
func redact(dsn string) string {
	at := strings.LastIndex(dsn, "@")
	scheme := strings.Index(dsn, "://")
	if at < 0 || scheme < 0 {
		return dsn
	}
	return dsn[:scheme+3] + "…" + dsn[at:]
}

// storeArticles keeps the articles; it returns the set of their IDs and
// how many were new.
func storeArticles(ctx context.Context, st crosswire.Store, arts []crosswire.Article) (map[string]bool, int, error) {
	ids := make(map[string]bool, len(arts))
	created := 0
	for _, a := range arts {
		id, isNew, err := st.PutArticle(ctx, a)
		if err != nil {
			return nil, created, fmt.Errorf("store %s: %w", a.Source, err)
		}
		ids[id] = true
		if isNew {
			created++
		}
	}
	return ids, created, nil
}

// regrouper is a store that recomputes its stories atomically: it reads
// every article and replaces the stories with group's result in one
// transaction, under a lock other processes on the same store respect.
// Both sqlite.Store (a write transaction on the file) and postgres.Store
// (an advisory lock) are; with it, two processes that each store a version
// of one story and regroup end with one story holding both, because the
// second regroup reads the first one's article.
type regrouper interface {
	Regroup(ctx context.Context, group func(ctx context.Context, arts []crosswire.Article) ([]crosswire.Story, error)) error
}

// regroup recomputes every story from the stored articles and stores
// them, atomically when the store can (see regrouper), and under the
// analysis lock of a shared store (see exclusive).
func regroup(ctx context.Context, p *pipeline.Pipeline, st crosswire.Store) ([]crosswire.Story, error) {
	if rg, ok := st.(regrouper); ok {
		var stories []crosswire.Story
		err := exclusive(ctx, st, func(ctx context.Context) error {
			return rg.Regroup(ctx, func(ctx context.Context, arts []crosswire.Article) ([]crosswire.Story, error) {
				var err error
				stories, err = p.Analyze(ctx, arts)
				return stories, err
			})
		})
		if err != nil {
			return nil, err
		}
		return stories, nil
	}
	arts, err := st.Articles(ctx)
	if err != nil {
		return nil, fmt.Errorf("read stored articles: %w", err)
	}
	stories, err := p.Analyze(ctx, arts)
	if err != nil {
		return nil, err
	}
	if err := st.ReplaceStories(ctx, stories); err != nil {
		return nil, fmt.Errorf("store stories: %w", err)
	}
	return stories, nil
}

// exclusiver is a store several processes share that serialises their
// analyses: postgres.Store, whose Exclusive holds an advisory lock.
type exclusiver interface {
	Exclusive(ctx context.Context, fn func(ctx context.Context) error) error
}

// exclusive runs fn under the store's analysis lock when it is shared
// (see exclusiver), else just runs it.
func exclusive(ctx context.Context, st crosswire.Store, fn func(ctx context.Context) error) error {
	if ex, ok := st.(exclusiver); ok {
		return ex.Exclusive(ctx, fn)
	}
	return fn(ctx)
}

// syncStories places the stored articles that no story holds yet (the
// incremental analysis `crosswire ingest` and the workers share). On a
// shared store it runs under the analysis lock and first reloads inc's
// state from the store, so it builds on what other processes placed: two
// workers that each stored a version of one story end with one story,
// whichever analyses first. current is true when no article needed
// placing, and nothing was done.
func syncStories(ctx context.Context, inc *pipeline.Incremental, st crosswire.Store) (u pipeline.Update, current bool, err error) {
	_, shared := st.(exclusiver)
	err = exclusive(ctx, st, func(ctx context.Context) error {
		if current, err = storiesCurrent(ctx, st); err != nil || current {
			return err
		}
		if shared {
			if err := inc.Load(ctx); err != nil {
				return err
			}
		}
		u, err = inc.Sync(ctx)
		return err
	})
	return u, current, err
}

// storiesCurrent reports whether every stored article is in a story. It
// is one snapshot: when it says so, every article stored before the
// call was placed by an analysis that read it.
func storiesCurrent(ctx context.Context, st crosswire.Store) (bool, error) {
	arts, err := st.Unassigned(ctx)
	if err != nil {
		return false, fmt.Errorf("articles in no story: %w", err)
	}
	return len(arts) == 0, nil
}

// lockedSync is the web server's incremental analysis: syncStories, so a
// server on a shared store analyses under the same lock as the workers
// and other servers.
type lockedSync struct {
	inc *pipeline.Incremental
	st  crosswire.Store
}

// Sync places the stored articles no story holds yet.
func (l lockedSync) Sync(ctx context.Context) (pipeline.Update, error) {
	u, _, err := syncStories(ctx, l.inc, l.st)
	return u, err
}
