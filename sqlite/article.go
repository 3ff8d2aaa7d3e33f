package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"crosswire"
	"crosswire/internal/sqlstore"
)

// articleColumns are the columns sqlstore.ScanArticle reads, in its order.
const articleColumns = sqlstore.ArticleColumns

// querier is what *sql.DB and *sql.Tx have in common.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// PutArticle stores a, keyed by a.Hash. Storing content whose hash is
// already stored changes nothing and returns the stored ID with created
// false. a.ID and a.Hash must be set.
func (s *Store) PutArticle(ctx context.Context, a crosswire.Article) (string, bool, error) {
	id, created, _, err := putArticle(ctx, s.w, a, s.now())
	return id, created, err
}

// putArticle inserts a unless its hash is stored and returns the stored
// ID and ingest time.
func putArticle(ctx context.Context, q querier, a crosswire.Article, now time.Time) (id string, created bool, ingested string, err error) {
	removed, subheads, err := sqlstore.EncodeArticle(a)
	if err != nil {
		return "", false, "", fmt.Errorf("put %w", err)
	}
	wire, err := sqlstore.EncodeWire(a)
	if err != nil {
		return "", false, "", fmt.Errorf("put %w", err)
	}
	var published *string
	if a.Published != nil {
		if y := a.Published.UTC().Year(); y < 0 || y > 9999 {
			return "", false, "", fmt.Errorf("put article %s: published year %d out of range", a.ID, y)
		}
		p := formatTime(*a.Published)
		published = &p
	}
	ingested = formatTime(now)
	res, err := q.ExecContext(ctx, `INSERT INTO articles (id, hash, source, url, title, outlet, author,
		published, language, text, removed, role, derived_from, evidence, subheads, ingested_at, encoding, wire)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT DO NOTHING`,
		a.ID, a.Hash, a.Source, a.URL, a.Title, a.Outlet, a.Author,
		published, a.Language, a.Text, removed, string(a.Role), a.DerivedFrom, a.Evidence, subheads, ingested, a.Encoding, wire)
	if err != nil {
		return "", false, "", fmt.Errorf("put article %s (hash %s): %w", a.ID, a.Hash, err)
	}
	if n, err := res.RowsAffected(); err == nil && n == 1 {
		return a.ID, true, ingested, nil
	}
	err = q.QueryRowContext(ctx, `SELECT id, ingested_at FROM articles WHERE hash = ?`, a.Hash).Scan(&id, &ingested)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, "", fmt.Errorf("put article %s (hash %s): the ID is stored with other content", a.ID, a.Hash)
	}
	if err != nil {
		return "", false, "", fmt.Errorf("put article %s: look up hash %s: %w", a.ID, a.Hash, err)
	}
	return id, false, ingested, nil
}

// Article returns the article with the given ID, or an error wrapping
// crosswire.ErrNotFound. Its Role, DerivedFrom and Evidence are those of
// the last ReplaceStories that placed it in a story.
func (s *Store) Article(ctx context.Context, id string) (crosswire.Article, error) {
	row := s.r.QueryRowContext(ctx, `SELECT `+articleColumns+` FROM articles a WHERE a.id = ?`, id)
	a, err := sqlstore.ScanArticle(row, publishedTime)
	if errors.Is(err, sql.ErrNoRows) {
		return crosswire.Article{}, fmt.Errorf("article %s: %w", id, crosswire.ErrNotFound)
	}
	if err != nil {
		return crosswire.Article{}, fmt.Errorf("article %s: %w", id, err)
	}
	return a, nil
}

// Articles returns every stored article in ingest order.
func (s *Store) Articles(ctx context.Context) ([]crosswire.Article, error) {
	arts, err := queryArticles(ctx, s.r, sqlstore.ArticlesQuery)
	if err != nil {
		return nil, fmt.Errorf("articles: %w", err)
	}
	return arts, nil
}

// Unassigned returns the stored articles that are in no story, in ingest
// order.
func (s *Store) Unassigned(ctx context.Context) ([]crosswire.Article, error) {
	// unplaced (migration 0005, kept by triggers) lists them, so this
	// costs what they are, not what the store holds. CROSS JOIN makes
	// SQLite read unplaced first; left to itself it would scan articles
	// in seq order to save the sort.
	arts, err := queryArticles(ctx, s.r, `SELECT `+articleColumns+` FROM unplaced u
		CROSS JOIN articles a ON a.id = u.article_id ORDER BY a.seq`)
	if err != nil {
		return nil, fmt.Errorf("unassigned articles: %w", err)
	}
	return arts, nil
}

// queryArticles runs a query selecting articleColumns.
func queryArticles(ctx context.Context, q querier, query string) ([]crosswire.Article, error) {
	rows, err := q.QueryContext(ctx, query)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return sqlstore.CollectArticles(rows, publishedTime)
}

// publishedTime reads a published column: NULL or a time in timeLayout.
func publishedTime(s sql.NullString) (*time.Time, error) {
	if !s.Valid {
		return nil, nil
	}
	t, err := parseTime(s.String)
	if err != nil {
		return nil, err
	}
	return &t, nil
}
