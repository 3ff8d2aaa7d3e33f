package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"crosswire"
	"crosswire/internal/sqlstore"
)

// articleColumns are the columns sqlstore.ScanArticle reads, in its order.
const articleColumns = sqlstore.ArticleColumns

// querier is what *pgxpool.Pool and pgx.Tx have in common.
type querier interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// insertArticle stores an article unless its hash (or ID) is stored. The
// conflict has no target on purpose: when two sessions insert the same
// content at once, the loser may trip over the winner's ID before its
// hash, and only a target-less DO NOTHING covers both.
const insertArticle = `INSERT INTO articles (id, hash, source, url, title, outlet, author,
	published, language, text, removed, role, derived_from, evidence, subheads, encoding, wire)
	VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
	ON CONFLICT DO NOTHING`

// articleArgs returns the arguments of insertArticle for a.
func articleArgs(a crosswire.Article) ([]any, error) {
	removed, subheads, err := sqlstore.EncodeArticle(a)
	if err != nil {
		return nil, err
	}
	wire, err := sqlstore.EncodeWire(a)
	if err != nil {
		return nil, err
	}
	return []any{a.ID, a.Hash, a.Source, a.URL, a.Title, a.Outlet, a.Author,
		a.Published, a.Language, a.Text, removed, string(a.Role), a.DerivedFrom, a.Evidence, subheads, a.Encoding, wire}, nil
}

// PutArticle stores a, keyed by a.Hash. Storing content whose hash is
// already stored changes nothing and returns the stored ID with created
// false. a.ID and a.Hash must be set.
func (s *Store) PutArticle(ctx context.Context, a crosswire.Article) (string, bool, error) {
	args, err := articleArgs(a)
	if err != nil {
		return "", false, fmt.Errorf("put %w", err)
	}
	tag, err := s.pool.Exec(ctx, insertArticle, args...)
	if err != nil {
		// A new hash with a taken ID: two contents share an ID.
		return "", false, fmt.Errorf("put article %s (hash %s): %w", a.ID, a.Hash, err)
	}
	if tag.RowsAffected() == 1 {
		return a.ID, true, nil
	}
	// A separate statement: its snapshot includes a concurrent insert of
	// the same hash that the INSERT above waited for.
	var id string
	err = s.pool.QueryRow(ctx, `SELECT id FROM articles WHERE hash = $1`, a.Hash).Scan(&id)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", false, fmt.Errorf("put article %s (hash %s): the ID is stored with other content", a.ID, a.Hash)
	}
	if err != nil {
		return "", false, fmt.Errorf("put article %s: look up hash %s: %w", a.ID, a.Hash, err)
	}
	return id, false, nil
}

// Article returns the article with the given ID, or an error wrapping
// crosswire.ErrNotFound. Its Role, DerivedFrom and Evidence are those of
// the last ReplaceStories that placed it in a story.
func (s *Store) Article(ctx context.Context, id string) (crosswire.Article, error) {
	row := s.pool.QueryRow(ctx, `SELECT `+articleColumns+` FROM articles a WHERE a.id = $1`, id)
	a, err := sqlstore.ScanArticle(row, publishedTime)
	if errors.Is(err, pgx.ErrNoRows) {
		return crosswire.Article{}, fmt.Errorf("article %s: %w", id, crosswire.ErrNotFound)
	}
	if err != nil {
		return crosswire.Article{}, fmt.Errorf("article %s: %w", id, err)
	}
	return a, nil
}

// Articles returns every stored article in ingest order.
func (s *Store) Articles(ctx context.Context) ([]crosswire.Article, error) {
	arts, err := queryArticles(ctx, s.pool, sqlstore.ArticlesQuery)
	if err != nil {
		return nil, fmt.Errorf("articles: %w", err)
	}
	return arts, nil
}

// unassignedQuery selects the articles in no story. unplaced, kept by
// triggers (migration 0004), holds just their IDs, so the cost is theirs,
// not a scan of every article and membership.
const unassignedQuery = `SELECT ` + articleColumns + `
	FROM unplaced u JOIN articles a ON a.id = u.article_id ORDER BY a.seq`

// Unassigned returns the stored articles that are in no story, in ingest
// order.
func (s *Store) Unassigned(ctx context.Context) ([]crosswire.Article, error) {
	arts, err := queryArticles(ctx, s.pool, unassignedQuery)
	if err != nil {
		return nil, fmt.Errorf("unassigned articles: %w", err)
	}
	return arts, nil
}

// queryArticles runs a query selecting articleColumns.
func queryArticles(ctx context.Context, q querier, query string) ([]crosswire.Article, error) {
	rows, err := q.Query(ctx, query)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return sqlstore.CollectArticles(rows, publishedTime)
}

// publishedTime reads a published column (timestamptz) as a time in UTC.
func publishedTime(p *time.Time) (*time.Time, error) {
	if p == nil {
		return nil, nil
	}
	t := p.UTC()
	return &t, nil
}
