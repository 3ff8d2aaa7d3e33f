package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"

	"crosswire/internal/sqlstore"
)

// The schema is a numbered list of SQL files, NNNN_name.sql, applied in
// order; schema_migrations records the ones a database has. Files are
// append-only: a released migration is never edited, a change is a new
// file.
//
//go:embed migrations/*.sql
var migrationFiles embed.FS

// migrations returns the embedded migrations in version order. The files
// are compiled in, so a malformed name is a programming error caught by
// the tests; it panics rather than letting Open limp on.
func migrations() []sqlstore.Migration {
	ms, err := sqlstore.ReadMigrations(migrationFiles, "migrations")
	if err != nil {
		panic(fmt.Sprintf("sqlite: %v", err))
	}
	return ms
}

// migrate applies the first upTo migrations that db lacks, each in its own
// transaction with its schema_migrations row. db's transactions are BEGIN
// IMMEDIATE, so two processes opening the same new file do not both apply
// a migration: the second waits for the write lock, then finds the row.
func migrate(ctx context.Context, db *sql.DB, upTo int) error {
	return sqlstore.Migrate(ctx, migrations()[:upTo], func(ctx context.Context, fn func(sqlstore.MigrationTx) error) error {
		return inMigrationTx(ctx, db, fn)
	})
}

// inMigrationTx runs fn in an IMMEDIATE transaction on db and commits it
// when fn succeeds. Everything, creating schema_migrations included,
// happens inside the transaction: an autocommit statement that reads the
// schema and then writes would fail at once with SQLITE_BUSY, without
// waiting, when another connection committed in between.
func inMigrationTx(ctx context.Context, db *sql.DB, fn func(sqlstore.MigrationTx) error) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TEXT NOT NULL
	)`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	if err := fn(migrationTx{tx}); err != nil {
		return err
	}
	return tx.Commit()
}

// migrationTx is a sqlstore.MigrationTx in SQLite's dialect.
type migrationTx struct{ tx *sql.Tx }

// Applied reports whether schema_migrations lists version.
func (m migrationTx) Applied(ctx context.Context, version int) (bool, error) {
	var n int
	if err := m.tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, version).Scan(&n); err != nil {
		return false, err
	}
	return n > 0, nil
}

// Exec runs the statements of a migration file.
func (m migrationTx) Exec(ctx context.Context, script string) error {
	_, err := m.tx.ExecContext(ctx, script)
	return err
}

// Record adds mig to schema_migrations, stamped with the current time.
func (m migrationTx) Record(ctx context.Context, mig sqlstore.Migration) error {
	_, err := m.tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at)
		VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`, mig.Version, mig.Name)
	return err
}

// SchemaVersion returns the highest migration applied to the database.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v sql.NullInt64
	if err := s.r.QueryRowContext(ctx, `SELECT max(version) FROM schema_migrations`).Scan(&v); err != nil {
		return 0, fmt.Errorf("schema version: %w", err)
	}
	return int(v.Int64), nil
}
