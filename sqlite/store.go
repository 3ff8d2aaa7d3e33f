// Package sqlite is crosswire's embedded storage backend: a crosswire.Store
// on one SQLite file, with no server to run.
//
// It uses modernc.org/sqlite, a translation of SQLite's C source to Go, so
// the crosswire binary stays pure Go and statically linked (no cgo, no
// libsqlite3 at run time). The file is opened in WAL mode so the HTTP
// server's readers never block on, nor are blocked by, the single writer.
// The schema is created and migrated on Open (see migrate.go).
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"time"

	msqlite "modernc.org/sqlite" // also registers the "sqlite" database/sql driver

	"crosswire"
)

// Store is a crosswire.Store on a SQLite database. It is safe for
// concurrent use: writes go through one connection (SQLite allows a single
// writer; queuing them in the pool is cheaper than retrying on
// SQLITE_BUSY), reads through a pool of read-only connections that, in WAL
// mode, see the last committed state without waiting for the writer.
type Store struct {
	// w is the single-connection write pool. r is the read pool; for an
	// in-memory database it is w itself, since every connection to
	// ":memory:" would be a separate, empty database.
	w, r *sql.DB
	// now stamps ingested_at; a field so tests could fix the clock.
	now func() time.Time
}

// Check at compile time that Store implements the interface.
var _ crosswire.Store = (*Store)(nil)

// busyTimeout is how long a connection waits for another process's lock
// (a CLI run next to the server) before failing with SQLITE_BUSY.
const busyTimeout = 10 * time.Second

// Open opens (creating it if needed) the SQLite database at path and
// brings its schema up to date. path is a file name, a "file:" URI, or
// ":memory:" (or "") for a private in-memory database that lives until
// Close. An in-memory database is served by a single connection, readers
// included.
func Open(ctx context.Context, path string) (*Store, error) {
	s := &Store{now: time.Now}
	memory := path == "" || path == ":memory:" ||
		strings.HasPrefix(path, "file:") && (strings.Contains(path, "mode=memory") || strings.HasPrefix(path, "file::memory:"))
	writeParams := []string{
		fmt.Sprintf("_pragma=busy_timeout(%d)", busyTimeout.Milliseconds()),
		"_pragma=foreign_keys(1)",
		"_pragma=journal_mode(WAL)",
		// NORMAL is durable against application crashes in WAL mode and
		// only risks the last transactions on power loss; FULL would
		// fsync on every commit.
		"_pragma=synchronous(NORMAL)",
		// BEGIN IMMEDIATE takes the write lock up front, so a transaction
		// never has to upgrade a read lock (which fails at once with
		// SQLITE_BUSY, whatever the busy timeout, when another process
		// writes).
		"_txlock=immediate",
	}
	if memory {
		if path == "" {
			path = ":memory:"
		}
		writeParams = writeParams[:2] // no WAL for a memory database
	}
	wdsn, err := dsn(path, writeParams)
	if err != nil {
		return nil, err
	}
	s.w, err = sql.Open("sqlite", wdsn)
	if err != nil {
		return nil, fmt.Errorf("open sqlite %s: %w", path, err)
	}
	s.w.SetMaxOpenConns(1)
	s.w.SetMaxIdleConns(1)
	s.w.SetConnMaxLifetime(0)
	s.w.SetConnMaxIdleTime(0)
	// The first connection sets journal_mode=WAL in the file before any
	// reader opens it.
	if err := pingBusy(ctx, s.w); err != nil {
		s.w.Close()
		return nil, fmt.Errorf("open sqlite %s: %w", path, err)
	}
	if memory {
		s.r = s.w
	} else {
		rdsn, err := dsn(path, []string{
			fmt.Sprintf("_pragma=busy_timeout(%d)", busyTimeout.Milliseconds()),
			"_pragma=query_only(1)",
		})
		if err != nil {
			s.w.Close()
			return nil, err
		}
		s.r, err = sql.Open("sqlite", rdsn)
		if err != nil {
			s.w.Close()
			return nil, fmt.Errorf("open sqlite %s: %w", path, err)
		}
		n := max(4, runtime.GOMAXPROCS(0))
		s.r.SetMaxOpenConns(n)
		s.r.SetMaxIdleConns(n)
	}
	if err := migrate(ctx, s.w, len(migrations())); err != nil {
		s.Close()
		return nil, fmt.Errorf("open sqlite %s: %w", path, err)
	}
	return s, nil
}

// pingBusy opens db's first connection, retrying while the file is busy.
// Switching a new file to WAL while another process does the same can
// fail with SQLITE_BUSY at once, without the busy timeout applying (seen
// about once in 200 runs of TestOpenConcurrentOnNewFile).
func pingBusy(ctx context.Context, db *sql.DB) error {
	deadline := time.Now().Add(busyTimeout)
	for wait := 5 * time.Millisecond; ; wait = min(2*wait, 200*time.Millisecond) {
		err := db.PingContext(ctx)
		var se *msqlite.Error
		if err == nil || !errors.As(err, &se) || se.Code()&0xff != sqliteBusy || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
	}
}

// sqliteBusy is SQLITE_BUSY, the primary result code of "database is
// locked".
const sqliteBusy = 5

// dsn appends the driver parameters to path. A plain path keeps its name
// as is (the driver cuts the query off); a "file:" URI gets them added to
// its own query.
func dsn(path string, params []string) (string, error) {
	q := strings.Join(params, "&")
	switch {
	case strings.HasPrefix(path, "file:"):
		if strings.Contains(path, "?") {
			return path + "&" + q, nil
		}
		return path + "?" + q, nil
	case strings.Contains(path, "?"):
		return "", fmt.Errorf("sqlite path %q: a '?' is only allowed in a file: URI", path)
	}
	return path + "?" + q, nil
}

// Close closes the database. Calls after the first are no-ops.
func (s *Store) Close() error {
	var err error
	if s.r != nil && s.r != s.w {
		err = s.r.Close()
	}
	if s.w != nil {
		err = errors.Join(err, s.w.Close())
	}
	return err
}

// timeLayout stores times as fixed-width UTC text, so that SQL compares
// and orders them correctly as strings, with nanosecond precision and
// years 0000–9999.
const timeLayout = "2006-01-02T15:04:05.000000000Z"

func formatTime(t time.Time) string { return t.UTC().Format(timeLayout) }

func parseTime(s string) (time.Time, error) {
	t, err := time.Parse(timeLayout, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("stored time %q: %w", s, err)
	}
	return t, nil
}
