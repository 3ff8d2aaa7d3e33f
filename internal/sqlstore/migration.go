package sqlstore

import (
	"cmp"
	"context"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
)

// Migration is one numbered schema change, read from the file
// NNNN_name.sql. A database's schema_migrations table lists the
// migrations it has.
type Migration struct {
	Version int
	Name    string
	SQL     string
}

// ReadMigrations returns the migrations in directory dir of fsys (a
// backend's embedded files), in version order. Every file there must be
// named NNNN_name.sql.
func ReadMigrations(fsys fs.FS, dir string) ([]Migration, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("read migrations: %w", err)
	}
	var ms []Migration
	for _, e := range entries {
		num, name, ok := strings.Cut(strings.TrimSuffix(e.Name(), ".sql"), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("migration file %q is not NNNN_name.sql", e.Name())
		}
		b, err := fs.ReadFile(fsys, path.Join(dir, e.Name()))
		if err != nil {
			return nil, fmt.Errorf("read migration %s: %w", e.Name(), err)
		}
		ms = append(ms, Migration{Version: v, Name: name, SQL: string(b)})
	}
	slices.SortFunc(ms, func(a, b Migration) int { return cmp.Compare(a.Version, b.Version) })
	return ms, nil
}

// MigrationTx is the transaction one migration is applied in. A backend
// implements it with its dialect's SQL for the schema_migrations table.
type MigrationTx interface {
	// Applied reports whether schema_migrations lists version.
	Applied(ctx context.Context, version int) (bool, error)
	// Exec runs the statements of a migration file.
	Exec(ctx context.Context, script string) error
	// Record adds m to schema_migrations.
	Record(ctx context.Context, m Migration) error
}

// Migrate applies, in order, each of ms that schema_migrations does not
// list, together with its schema_migrations row. inTx runs fn in a new
// transaction of its own, committing it when fn returns nil and rolling
// it back otherwise, so a failed migration leaves nothing behind (where
// the dialect's DDL is transactional) and one that another process
// applied meanwhile is found and skipped.
func Migrate(ctx context.Context, ms []Migration, inTx func(ctx context.Context, fn func(MigrationTx) error) error) error {
	for _, m := range ms {
		err := inTx(ctx, func(tx MigrationTx) error {
			done, err := tx.Applied(ctx, m.Version)
			if err != nil || done {
				return err
			}
			if err := tx.Exec(ctx, m.SQL); err != nil {
				return err
			}
			return tx.Record(ctx, m)
		})
		if err != nil {
			return fmt.Errorf("migration %04d_%s: %w", m.Version, m.Name, err)
		}
	}
	return nil
}
