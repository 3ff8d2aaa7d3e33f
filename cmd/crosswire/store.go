package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
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
	if err := storePathProblem(dsn); err != nil {
		return nil, err
	}
	st, err := sqlite.Open(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", dsn, err)
	}
	return st, nil
}

// storePathProblem names what keeps a SQLite store file path from being
// opened or created, where SQLite would only say "unable to open database
// file": a directory given as the store, or a parent directory that does
// not exist. nil for anything else (PostgreSQL, a memory or file: DSN).
// Commands that read their inputs before opening the store call it first,
// so a mistyped --db fails before the reading, not after.
func storePathProblem(path string) error {
	if isPostgres(path) || path == "" || path == ":memory:" || strings.HasPrefix(path, "file:") {
		return nil
	}
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return &exitError{code: exitUsage, msg: fmt.Sprintf("store %s is a directory: give --db a SQLite file (e.g. %s)", path, filepath.Join(path, defaultDB))}
	}
	dir := filepath.Dir(path)
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return &exitError{code: exitUsage, msg: fmt.Sprintf("store %s: no directory %s to keep it in (create it first)", path, dir)}
	}
	return nil
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
