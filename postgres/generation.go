package postgres

import (
	"context"
	"fmt"
)

// Generation is where a store's analysis stands, read in one snapshot.
// Ingest workers on several machines take turns at the analysis (see
// Exclusive); Generation lets each tell, with one cheap query, whether
// anything changed since it last looked.
type Generation struct {
	// Stories counts the story writes since the schema was created:
	// every PutStories, ReplaceStories and Regroup adds one, in the
	// transaction that writes the stories. An in-memory grouping state
	// loaded (or last written) at Stories = n is still the stored one as
	// long as Stories is n: no process wrote stories since.
	Stories int64
	// Reconciled is the value of Stories the last full analysis
	// (Regroup) wrote, 0 before the first one. With Reconciled ==
	// Stories and no Unplaced article, the stored stories are those of a
	// full analysis of every stored article, and another full analysis
	// would write the same.
	Reconciled int64
	// Unplaced is the number of stored articles in no story: what
	// Unassigned would return, counted without reading them.
	Unplaced int64
}

// Current reports whether every stored article is in a story.
func (g Generation) Current() bool { return g.Unplaced == 0 }

// FullyAnalysed reports whether the stored stories are those the last
// full analysis wrote, with every article since placed by it: nothing was
// written or stored since the last Regroup.
func (g Generation) FullyAnalysed() bool {
	return g.Unplaced == 0 && g.Reconciled == g.Stories
}

// Generation returns the store's analysis generation (see Generation).
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
