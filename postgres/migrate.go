package postgres

import (
	"context"
	"embed"
	"fmt"

	"github.com/jackc/pgx/v5"

	"crosswire/internal/sqlstore"
)

// The schema is a numbered list of SQL files, NNNN_name.sql, applied in
// order; schema_migrations records the ones a database has. Files are
// append-only: a released migration is never edited.
//
//go:embed migrations/*.sql
var migrationFiles embed.FS

// migrations returns the embedded migrations in version order. They are
// compiled in, so a malformed name is a programming error the tests catch.
func migrations() []sqlstore.Migration {
	ms, err := sqlstore.ReadMigrations(migrationFiles, "migrations")
	if err != nil {
		panic(fmt.Sprintf("postgres: %v", err))
	}
	return ms
}

// Migrate connects to dsn and applies the migrations the database lacks,
// for a deployment step (`crosswire migrate`) that runs before workers
// start. Open does the same, so calling it is optional.
func Migrate(ctx context.Context, dsn string) error {
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	defer conn.Close(context.Background())
	if err := migrate(ctx, conn, len(migrations())); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	return nil
}

// migrate applies the first upTo migrations the database lacks, each in
// its own transaction (PostgreSQL DDL is transactional, so a failed
// migration leaves nothing behind). A session advisory lock keyed on the
// schema makes workers starting together apply each migration once.
func migrate(ctx context.Context, conn *pgx.Conn, upTo int) (err error) {
	const lockKey = `hashtextextended('crosswire.migrate.' || current_schema(), 0)`
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock(`+lockKey+`)`); err != nil {
		return fmt.Errorf("lock: %w", err)
	}
	defer func() {
		// A cancelled ctx must not keep the lock on a pooled connection.
		if _, uerr := conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock(`+lockKey+`)`); uerr != nil && err == nil {
			err = fmt.Errorf("unlock: %w", uerr)
		}
	}()
	var schema *string
	if err := conn.QueryRow(ctx, `SELECT current_schema()`).Scan(&schema); err != nil {
		return fmt.Errorf("current schema: %w", err)
	}
	if schema == nil {
		return fmt.Errorf("no schema to create tables in: the search_path names none that exists")
	}
	if _, err := conn.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    integer PRIMARY KEY,
		name       text NOT NULL,
		applied_at timestamptz NOT NULL DEFAULT now()
	)`); err != nil {
		return fmt.Errorf("create schema_migrations in %s: %w", *schema, err)
	}
	err = sqlstore.Migrate(ctx, migrations()[:upTo], func(ctx context.Context, fn func(sqlstore.MigrationTx) error) error {
		return pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error { return fn(migrationTx{tx}) })
	})
	if err != nil {
		return fmt.Errorf("schema %s: %w", *schema, err)
	}
	return nil
}

// migrationTx is a sqlstore.MigrationTx in PostgreSQL's dialect.
type migrationTx struct{ tx pgx.Tx }

// Applied reports whether schema_migrations lists version.
func (m migrationTx) Applied(ctx context.Context, version int) (bool, error) {
	var done bool
	err := m.tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM schema_migrations WHERE version = $1)`, version).Scan(&done)
	return done, err
}

// Exec runs the statements of a migration file, with the simple protocol,
// which allows several statements in one call.
func (m migrationTx) Exec(ctx context.Context, script string) error {
	_, err := m.tx.Exec(ctx, script, pgx.QueryExecModeSimpleProtocol)
	return err
}

// Record adds mig to schema_migrations; applied_at defaults to now().
func (m migrationTx) Record(ctx context.Context, mig sqlstore.Migration) error {
	_, err := m.tx.Exec(ctx, `INSERT INTO schema_migrations (version, name) VALUES ($1, $2)`, mig.Version, mig.Name)
	return err
}

// SchemaVersion returns the highest migration applied to the database.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v *int
	if err := s.pool.QueryRow(ctx, `SELECT max(version) FROM schema_migrations`).Scan(&v); err != nil {
		return 0, fmt.Errorf("schema version: %w", err)
	}
	if v == nil {
		return 0, nil
	}
	return *v, nil
}
