// Package postgres is crosswire's shared storage backend: a
// crosswire.Store on PostgreSQL, for when several ingest workers and web
// servers on different machines work on one corpus.
//
// It uses github.com/jackc/pgx/v5 directly (not through database/sql) for
// its connection pool (pgxpool), native timestamptz/text[]/bytea mapping
// and batches, which ReplaceStories uses to write thousands of rows in a
// few round trips.
//
// # Concurrent workers
//
// Articles are keyed by content hash (INSERT … ON CONFLICT DO NOTHING on
// the unique hash), so two workers storing the same report store it once,
// and the loser reads back the winner's ID. Stories are computed from all
// articles, so two workers that each store one version of a story and then
// regroup must not leave two one-version stories behind. Regroup makes
// that impossible: it takes a transaction-scoped advisory lock
// (pg_advisory_xact_lock) on a key per schema, then reads the articles,
// groups them and replaces the stories in the same transaction. Regroups
// are serialised, and each reads the articles after the previous one
// committed, so whichever runs last sees every version stored before it
// started and puts them in one story. ReplaceStories takes the same lock,
// so a plain ReplaceStories never interleaves with a Regroup.
package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5/pgxpool"

	"crosswire"
)

// Store is a crosswire.Store on a PostgreSQL database (the tables in the
// first schema of the connection's search_path). It is safe for
// concurrent use.
type Store struct {
	pool *pgxpool.Pool
}

// Check at compile time that Store implements the interface.
var _ crosswire.Store = (*Store)(nil)

// Open connects to the database named by dsn (a postgres:// URL or a
// key=value string, as pgx accepts; pool settings such as pool_max_conns
// may be added) and applies any migration the database lacks.
func Open(ctx context.Context, dsn string) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open postgres %s: %w", cfg.ConnConfig.Host, err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open postgres %s: %w", cfg.ConnConfig.Host, err)
	}
	conn, err := pool.Acquire(ctx)
	if err != nil {
		pool.Close()
		return nil, fmt.Errorf("open postgres %s: %w", cfg.ConnConfig.Host, err)
	}
	err = migrate(ctx, conn.Conn(), len(migrations()))
	conn.Release()
	if err != nil {
		pool.Close()
		return nil, fmt.Errorf("open postgres %s: %w", cfg.ConnConfig.Host, err)
	}
	return &Store{pool: pool}, nil
}

// Close closes the connection pool.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}
