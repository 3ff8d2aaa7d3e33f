package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

func (a *app) migrateCmd() *cobra.Command {
	var db string
	c := &cobra.Command{
		Use:   "migrate [--db DSN]",
		Short: "Create or upgrade the store's schema and print its version",
		Long: `migrate applies every schema migration the store lacks and prints the schema version.
Every command that opens a store migrates it too, so this is optional; run it as a
deployment step before starting workers and servers on a shared PostgreSQL database, so
a failing migration stops the deployment rather than the first worker. Workers starting
together apply each migration once (PostgreSQL: an advisory lock; SQLite: a write
transaction).`,
		Example: `  crosswire migrate --db postgres://crosswire@db.internal/news
  CROSSWIRE_DB=postgres://crosswire@db.internal/news crosswire migrate
  crosswire migrate --db news.db`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			dsn := dbFlag(db, defaultDB)
			st, err := openStore(ctx, dsn)
			if err != nil {
				return err
			}
			defer st.Close()
			v, err := st.SchemaVersion(ctx)
			if err != nil {
				return fmt.Errorf("migrate %s: %w", redact(dsn), err)
			}
			fmt.Fprintf(a.stdout, "%s: schema version %d\n", redact(dsn), v)
			return nil
		},
	}
	c.Flags().StringVar(&db, "db", "", "store: SQLite file or postgres:// URL (default crosswire.db, or $CROSSWIRE_DB)")
	return c
}
