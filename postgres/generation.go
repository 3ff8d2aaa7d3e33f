package postgres

import (
	"context"
	"fmt"

	"crosswire"
)

// Generation is where a store's analysis stands
// (crosswire.Generation); the name is kept for this package's callers.
type Generation = crosswire.Generation

// Shared reports true: several processes, on several machines, may
// analyse one PostgreSQL store at once; Exclusive serialises them and
// Generation counts their story writes.
func (s *Store) Shared() bool { return true }

// Generation returns the store's analysis generation (see
// crosswire.Generation).
// It costs one row and a count of the unplaced articles, not a scan of
// the store.
func (s *Store) Generation(ctx context.Context) (Generation, error) {
	var g Generation
	err := s.pool.QueryRow(ctx, `SELECT generation, reconciled, (SELECT count(*) FROM unplaced) FROM analysis_state`).
		Scan(&g.Stories, &g.Reconciled, &g.Unplaced)
	if err != nil {
		return Generation{}, fmt.Errorf("analysis generation: %w", err)
	}
	return g, nil
}

// bumpGeneration counts one story write, in the transaction that writes
// the stories (which holds the stories lock, so bumps never interleave).
// full marks the write as a full analysis of every stored article.
func bumpGeneration(ctx context.Context, q querier, full bool) error {
	set := `generation = generation + 1`
	if full {
		// The right-hand sides read the row as it was: both become
		// the new generation.
		set += `, reconciled = generation + 1`
	}
	if _, err := q.Exec(ctx, `UPDATE analysis_state SET `+set); err != nil {
		return fmt.Errorf("count the story write: %w", err)
	}
	return nil
}
