package main

import (
	"context"
	"fmt"
	"strings"

	"crosswire"
	"crosswire/pipeline"
	"crosswire/sqlite"
)

// defaultDB is the store used by ingest, stories and show without --db.
const defaultDB = "crosswire.db"

// openStore opens the store a --db value names: a postgres:// URL or a
// SQLite file path.
func openStore(ctx context.Context, dsn string) (crosswire.Store, error) {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		return nil, &usageError{fmt.Errorf("--db %s: PostgreSQL support is not built yet", redact(dsn))}
	}
	st, err := sqlite.Open(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", dsn, err)
	}
	return st, nil
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

// regroup recomputes every story from the stored articles and stores them.
func regroup(ctx context.Context, p *pipeline.Pipeline, st crosswire.Store) ([]crosswire.Story, error) {
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
