package postgres

import (
	"context"
	"fmt"
)

// analysisLock is the session advisory lock key serialising analyses of
// the current schema's stories across processes (see Exclusive). It is
// not the stories lock that ReplaceStories, PutStories and Regroup take
// per transaction, so an analysis holding it can still write stories.
const analysisLock = `hashtextextended('crosswire.analysis.' || current_schema(), 0)`

// Exclusive runs fn while holding the store's analysis lock, a PostgreSQL
// session advisory lock on a connection of its own: of all the processes
// calling Exclusive on one database (ingest workers on several machines),
// one at a time runs fn. An incremental analysis that reloads the stored
// state, places the articles no story holds yet and writes the stories
// they touch must run under it: two such analyses at once would each
// place their own new version of a story without seeing the other's, and
// leave the story split. The lock is released when fn returns, and by
// the server if the process dies (its connection closes), so a killed
// worker never leaves the store locked.
func (s *Store) Exclusive(ctx context.Context, fn func(ctx context.Context) error) (err error) {
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("analysis lock: %w", err)
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock(`+analysisLock+`)`); err != nil {
		return fmt.Errorf("analysis lock: %w", err)
	}
	defer func() {
		// A cancelled ctx must not leave the lock on a pooled connection.
		if _, uerr := conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock(`+analysisLock+`)`); uerr != nil {
			conn.Conn().Close(context.WithoutCancel(ctx)) // closing the session releases the lock
			if err == nil {
				err = fmt.Errorf("analysis unlock: %w", uerr)
			}
		}
	}()
	return fn(ctx)
}
