package sqlite

import (
	"context"
	"fmt"

	"crosswire"
)

// Shared reports false: a SQLite file is analysed by one process at a
// time (a server, a worker or an ingest run on its machine), so its
// analyses need no lock and it does not count its story writes. Regroup
// is still atomic against other processes on the file.
func (s *Store) Shared() bool { return false }

// Exclusive runs fn: there is no other analysing process to wait for
// (see Shared).
func (s *Store) Exclusive(ctx context.Context, fn func(ctx context.Context) error) error {
	return fn(ctx)
}

// Generation returns the number of stored articles in no story
// (Unplaced, counted without reading them); Stories and Reconciled are 0,
// as the store does not count its story writes (see Shared).
func (s *Store) Generation(ctx context.Context) (crosswire.Generation, error) {
	var g crosswire.Generation
	err := s.r.QueryRowContext(ctx, `SELECT count(*) FROM unplaced u
		CROSS JOIN articles a ON a.id = u.article_id`).Scan(&g.Unplaced)
	if err != nil {
		return crosswire.Generation{}, fmt.Errorf("analysis generation: %w", err)
	}
	return g, nil
}
