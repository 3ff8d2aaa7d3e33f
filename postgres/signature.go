package postgres

import (
	"context"
	"fmt"

	"crosswire/internal/sqlstore"
)

// PutSignature stores (or replaces) the grouping signature of one kind for
// an article, so the group index can be rebuilt without recomputing it.
// The article must be stored.
func (s *Store) PutSignature(ctx context.Context, articleID, kind string, blob []byte) error {
	if blob == nil {
		blob = []byte{}
	}
	if _, err := s.pool.Exec(ctx, `INSERT INTO signatures (article_id, kind, blob) VALUES ($1, $2, $3)
		ON CONFLICT (kind, article_id) DO UPDATE SET blob = excluded.blob`, articleID, kind, blob); err != nil {
		return fmt.Errorf("put %s signature of article %s: %w", kind, articleID, err)
	}
	return nil
}

// Signatures returns every stored signature of the given kind, by article
// ID.
func (s *Store) Signatures(ctx context.Context, kind string) (map[string][]byte, error) {
	rows, err := s.pool.Query(ctx, `SELECT article_id, blob FROM signatures WHERE kind = $1`, kind)
	if err != nil {
		return nil, fmt.Errorf("%s signatures: %w", kind, err)
	}
	defer rows.Close()
	sigs, err := sqlstore.CollectMap[string, []byte](rows)
	if err != nil {
		return nil, fmt.Errorf("%s signatures: %w", kind, err)
	}
	return sigs, nil
}
