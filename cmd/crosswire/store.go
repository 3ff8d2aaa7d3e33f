package main

import (
	"context"
	"fmt"
	"strings"

	"crosswire"
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
