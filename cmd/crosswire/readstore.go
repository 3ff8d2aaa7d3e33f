package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"crosswire"
)

// openExistingStore opens the store of a reading command (stories, show,
// export): a SQLite file that does not exist is an error naming it (exit
// 2), never a new empty store; only writing commands create one.
func openExistingStore(ctx context.Context, dsn string) (crosswire.Store, error) {
	if !isPostgres(dsn) && dsn != ":memory:" && !strings.HasPrefix(dsn, "file:") {
		if _, err := os.Stat(dsn); errors.Is(err, fs.ErrNotExist) {
			return nil, &exitError{code: exitUsage, msg: fmt.Sprintf("no store at %s: give --db (or $CROSSWIRE_DB) the store 'crosswire ingest' or 'crosswire serve' wrote", dsn)}
		}
	}
	return openStore(ctx, dsn)
}
