package sqlstore

import (
	"encoding/json"
	"fmt"
	"time"

	"crosswire"
)

// ArticleColumns are the columns of the articles table (aliased a) that
// ScanArticle reads, in its order.
const ArticleColumns = `a.id, a.hash, a.source, a.url, a.title, a.outlet, a.author, a.published,
	a.language, a.text, a.removed, a.role, a.derived_from, a.evidence, a.subheads, a.encoding,
	a.wire, a.reuse, a.published_offset`

// ArticlesQuery selects the ArticleColumns of every stored article, in
// ingest order.
const ArticlesQuery = `SELECT ` + ArticleColumns + ` FROM articles a ORDER BY a.seq`

// MemberColumns are the columns of story_articles (aliased sa) that follow
// ArticleColumns when a story's articles are read: the role, derivation,
// evidence and reuse the story records for each (see CollectMembers).
const MemberColumns = `sa.role, sa.derived_from, sa.evidence, sa.reuse`

// Encoded holds the columns of an article row that are not stored as
// the article holds them: JSON for the slices and the wire header.
type Encoded struct {
	// Removed and Subheads are JSON arrays ("null" for a nil slice).
	Removed, Subheads string
	// Wire is the JSON of Article.Wire, nil (SQL NULL) for an article
	// that is not wire copy.
	Wire *string
	// PublishedOffset is the UTC offset, in seconds east, Article.Published
	// was given in (the published column holds the instant); nil when
	// Published is.
	PublishedOffset *int
}

// EncodeArticle checks that a can be stored (ID and Hash are required)
// and returns the JSON of its removed, subheads and wire columns.
func EncodeArticle(a crosswire.Article) (Encoded, error) {
	if a.Hash == "" || a.ID == "" {
		return Encoded{}, fmt.Errorf("article %q from %s: ID and Hash are required", a.ID, a.Source)
	}
	r, err := json.Marshal(a.Removed)
	if err != nil {
		return Encoded{}, fmt.Errorf("article %s: removed: %w", a.ID, err)
	}
	s, err := json.Marshal(a.Subheads)
	if err != nil {
		return Encoded{}, fmt.Errorf("article %s: subheads: %w", a.ID, err)
	}
	e := Encoded{Removed: string(r), Subheads: string(s)}
	if a.Published != nil {
		_, off := a.Published.Zone()
		e.PublishedOffset = &off
	}
	if a.Wire != nil {
		w, err := json.Marshal(a.Wire)
		if err != nil {
			return Encoded{}, fmt.Errorf("article %s: wire: %w", a.ID, err)
		}
		ws := string(w)
		e.Wire = &ws
	}
	return e, nil
}

// ScanArticle reads the ArticleColumns of one row, then extra. The
// published column is scanned into a T, the dialect's type for a nullable
// time, and published turns that into the article's Published: nil for
// NULL, else the instant, which ScanArticle gives the UTC offset it was
// written with (UTC for a row stored before offsets were kept). A NULL
// wire or reuse column (a row stored before they were kept, or an
// article that is not wire copy or derives from nothing) reads as nil.
func ScanArticle[T any](sc Scanner, published func(T) (*time.Time, error), extra ...any) (crosswire.Article, error) {
	var (
		a                 crosswire.Article
		pub               T
		removed, subheads []byte
		wire              []byte
		role              string
		offset            *int64
	)
	dest := append([]any{&a.ID, &a.Hash, &a.Source, &a.URL, &a.Title, &a.Outlet, &a.Author, &pub,
		&a.Language, &a.Text, &removed, &role, &a.DerivedFrom, &a.Evidence, &subheads, &a.Encoding,
		&wire, &a.Reuse, &offset}, extra...)
	if err := sc.Scan(dest...); err != nil {
		return a, err
	}
	a.Role = crosswire.Role(role)
	p, err := published(pub)
	if err != nil {
		return a, fmt.Errorf("article %s: published: %w", a.ID, err)
	}
	if p != nil && offset != nil && *offset != 0 {
		t := p.In(time.FixedZone("", int(*offset)))
		p = &t
	}
	a.Published = p
	a.PublishedPrecision = crosswire.PublishedPrecisionOf(p)
	if err := json.Unmarshal(removed, &a.Removed); err != nil {
		return a, fmt.Errorf("article %s: removed: %w", a.ID, err)
	}
	if err := json.Unmarshal(subheads, &a.Subheads); err != nil {
		// Rows stored before subheads stayed in the text hold the
		// subhead lines as strings: they are not spans of that text
		// (and are among the row's removals), so none is listed.
		var old []string
		if json.Unmarshal(subheads, &old) != nil {
			return a, fmt.Errorf("article %s: subheads: %w", a.ID, err)
		}
		a.Subheads = nil
	}
	if wire != nil {
		a.Wire = new(crosswire.Wire)
		if err := json.Unmarshal(wire, a.Wire); err != nil {
			return a, fmt.Errorf("article %s: wire: %w", a.ID, err)
		}
	}
	return a, nil
}

// CollectArticles reads every row of rows, which select ArticleColumns,
// with ScanArticle. It returns an empty slice, not nil, for no rows.
func CollectArticles[T any](rows Rows, published func(T) (*time.Time, error)) ([]crosswire.Article, error) {
	return collectArticles(rows, func(sc Scanner) (crosswire.Article, error) {
		return ScanArticle(sc, published)
	})
}

// CollectMembers reads every row of rows, which select ArticleColumns then
// MemberColumns, as the articles of one story. Each article gets the Role,
// DerivedFrom, Evidence and Reuse the story records for it: they win over
// the articles table's copy. It returns an empty slice, not nil, for no
// rows.
func CollectMembers[T any](rows Rows, published func(T) (*time.Time, error)) ([]crosswire.Article, error) {
	return collectArticles(rows, func(sc Scanner) (crosswire.Article, error) {
		var (
			role, evidence string
			derived        *string
			reuse          *float64
		)
		a, err := ScanArticle(sc, published, &role, &derived, &evidence, &reuse)
		if err != nil {
			return a, err
		}
		a.Role, a.DerivedFrom, a.Evidence, a.Reuse = crosswire.Role(role), derived, evidence, reuse
		return a, nil
	})
}

// collectArticles reads every row of rows with scan.
func collectArticles(rows Rows, scan func(Scanner) (crosswire.Article, error)) ([]crosswire.Article, error) {
	arts := []crosswire.Article{}
	for rows.Next() {
		a, err := scan(rows)
		if err != nil {
			return nil, err
		}
		arts = append(arts, a)
	}
	return arts, rows.Err()
}
