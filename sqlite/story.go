package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"crosswire"
	"crosswire/internal/sqlstore"
)

// ReplaceStories replaces every stored story with stories, in one
// transaction: readers see either the old set or the new one. An article
// of a story that is not stored yet is stored first (keyed by its hash);
// each article's Role, DerivedFrom, Evidence and Reuse are recorded for
// the story and become those Article returns.
func (s *Store) ReplaceStories(ctx context.Context, stories []crosswire.Story) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("replace stories: %w", err)
	}
	defer tx.Rollback()
	if err := replaceStories(ctx, tx, stories, s.now()); err != nil {
		return fmt.Errorf("replace stories: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("replace stories: commit: %w", err)
	}
	return nil
}

// Regroup recomputes the stories from the stored articles atomically: in
// one write transaction (BEGIN IMMEDIATE, so also against other processes
// on the file) it reads every article, calls group and replaces the
// stories with its result. Writers wait while group runs.
func (s *Store) Regroup(ctx context.Context, group func(ctx context.Context, arts []crosswire.Article) ([]crosswire.Story, error)) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("regroup: %w", err)
	}
	defer tx.Rollback()
	arts, err := queryArticles(ctx, tx, sqlstore.ArticlesQuery)
	if err != nil {
		return fmt.Errorf("regroup: articles: %w", err)
	}
	stories, err := group(ctx, arts)
	if err != nil {
		return fmt.Errorf("regroup: %w", err)
	}
	if err := replaceStories(ctx, tx, stories, s.now()); err != nil {
		return fmt.Errorf("regroup: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("regroup: commit: %w", err)
	}
	return nil
}

// PutStories deletes the stories named in removed and replaces the
// changed ones, by ID, in one transaction; other stories stay as they
// are. Articles and roles are recorded as by ReplaceStories.
func (s *Store) PutStories(ctx context.Context, changed []crosswire.Story, removed []string) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("put stories: %w", err)
	}
	defer tx.Rollback()
	ids := append(slices.Clone(removed), storyIDs(changed)...)
	if err := deleteStories(ctx, tx, ids); err != nil {
		return fmt.Errorf("put stories: %w", err)
	}
	if err := writeStories(ctx, tx, changed, s.now()); err != nil {
		return fmt.Errorf("put stories: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("put stories: commit: %w", err)
	}
	return nil
}

// storyIDs returns the IDs of stories.
func storyIDs(stories []crosswire.Story) []string {
	ids := make([]string, len(stories))
	for i, st := range stories {
		ids[i] = st.ID
	}
	return ids
}

// deleteStories deletes the stories with the given IDs, their
// memberships and their title index entries (found by the stories'
// rowids), each table once with the whole list as a JSON array.
func deleteStories(ctx context.Context, tx *sql.Tx, ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	list, err := json.Marshal(ids)
	if err != nil {
		return err
	}
	for _, stmt := range []string{
		`DELETE FROM story_articles WHERE story_id IN (SELECT value FROM json_each(?))`,
		`DELETE FROM stories_fts WHERE rowid IN (SELECT rowid FROM stories WHERE id IN (SELECT value FROM json_each(?)))`,
		`DELETE FROM stories WHERE id IN (SELECT value FROM json_each(?))`,
	} {
		if _, err := tx.ExecContext(ctx, stmt, string(list)); err != nil {
			return fmt.Errorf("delete %d stories: %w", len(ids), err)
		}
	}
	return nil
}

// StoryIDs maps every article placed in a story to the story's ID.
func (s *Store) StoryIDs(ctx context.Context) (map[string]string, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT article_id, story_id FROM story_articles`)
	if err != nil {
		return nil, fmt.Errorf("story ids: %w", err)
	}
	defer rows.Close()
	m, err := sqlstore.CollectMap[string, string](rows)
	if err != nil {
		return nil, fmt.Errorf("story ids: %w", err)
	}
	return m, nil
}

// replaceStories does the work of ReplaceStories inside tx; now stamps
// the articles it has to store.
func replaceStories(ctx context.Context, tx *sql.Tx, stories []crosswire.Story, now time.Time) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM story_articles`); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM stories`); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM stories_fts`); err != nil {
		return err
	}
	return writeStories(ctx, tx, stories, now)
}

// writeStories inserts stories, none of which is stored, with their
// memberships, title index entries and the roles of their articles,
// storing first any article not stored yet; now stamps those.
func writeStories(ctx context.Context, tx *sql.Tx, stories []crosswire.Story, now time.Time) error {
	// Every story write bounds the id history (sqlstore.HistoryRetention).
	if _, err := tx.ExecContext(ctx, sqlstore.PruneHistorySQLite, now.Add(-sqlstore.HistoryRetention).Unix()); err != nil {
		return fmt.Errorf("prune story history: %w", err)
	}
	// A title index entry shares its story's rowid (migration 0005), so
	// deleteStories finds it without a scan.
	insTitle, err := tx.PrepareContext(ctx, `INSERT INTO stories_fts (rowid, title, story_id) VALUES (?, ?, ?)`)
	if err != nil {
		return err
	}
	defer insTitle.Close()
	insStory, err := tx.PrepareContext(ctx, `INSERT INTO stories (id, title, first_seen, last_seen,
		article_count, discrepancies, high_discrepancies, outlets, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer insStory.Close()
	insMember, err := tx.PrepareContext(ctx, `INSERT INTO story_articles (story_id, article_id, role,
		derived_from, evidence, reuse, position) VALUES (?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer insMember.Close()
	setRole, err := tx.PrepareContext(ctx, `UPDATE articles SET role = ?, derived_from = ?, evidence = ?, reuse = ? WHERE id = ?`)
	if err != nil {
		return err
	}
	defer setRole.Close()

	for _, st := range stories {
		ids := make([]string, len(st.Articles))
		var first, last string
		for i, a := range st.Articles {
			id, _, ingested, err := putArticle(ctx, tx, a, now)
			if err != nil {
				return fmt.Errorf("story %s: %w", st.ID, err)
			}
			ids[i] = id
			seen := ingested
			if a.Published != nil {
				// a date more than a day after the article's ingest
				// orders as the ingest (crosswire.SeenTime)
				at, err := parseTime(ingested)
				if err != nil {
					return fmt.Errorf("story %s: %w", st.ID, err)
				}
				seen = formatTime(crosswire.SeenTime(a.Published, at))
			}
			if first == "" || seen < first {
				first = seen
			}
			if seen > last {
				last = seen
			}
		}
		if first == "" {
			first, last = formatTime(now), formatTime(now)
		}
		outlets, err := json.Marshal(sqlstore.Outlets(st))
		if err != nil {
			return fmt.Errorf("story %s: outlets: %w", st.ID, err)
		}
		body, err := sqlstore.MarshalStoryBody(st)
		if err != nil {
			return fmt.Errorf("story %s: body: %w", st.ID, err)
		}
		res, err := insStory.ExecContext(ctx, st.ID, st.Title, first, last, len(st.Articles),
			len(st.Discrepancies), st.HighDiscrepancies(), string(outlets), string(body))
		if err != nil {
			return fmt.Errorf("story %s: %w", st.ID, err)
		}
		rowid, err := res.LastInsertId()
		if err != nil {
			return fmt.Errorf("story %s: rowid: %w", st.ID, err)
		}
		if _, err := insTitle.ExecContext(ctx, rowid, st.Title, st.ID); err != nil {
			return fmt.Errorf("story %s: title index: %w", st.ID, err)
		}
		for i, a := range st.Articles {
			if _, err := insMember.ExecContext(ctx, st.ID, ids[i], string(a.Role), a.DerivedFrom, a.Evidence, a.Reuse, i); err != nil {
				return fmt.Errorf("story %s: article %s: %w", st.ID, ids[i], err)
			}
			if _, err := setRole.ExecContext(ctx, string(a.Role), a.DerivedFrom, a.Evidence, a.Reuse, ids[i]); err != nil {
				return fmt.Errorf("story %s: article %s: %w", st.ID, ids[i], err)
			}
		}
	}
	return nil
}

// Story returns the story with the given ID with its articles (in the
// order ReplaceStories gave, with the roles grouping gave them), facts and
// discrepancies, or an error wrapping crosswire.ErrNotFound.
func (s *Store) Story(ctx context.Context, id string) (crosswire.Story, error) {
	// One read transaction, so a ReplaceStories committing between the
	// two queries cannot pair one story's body with another's articles.
	tx, err := s.r.BeginTx(ctx, nil)
	if err != nil {
		return crosswire.Story{}, fmt.Errorf("story %s: %w", id, err)
	}
	defer tx.Rollback()
	st := crosswire.Story{ID: id}
	var body []byte
	err = tx.QueryRowContext(ctx, `SELECT title, body FROM stories WHERE id = ?`, id).Scan(&st.Title, &body)
	if errors.Is(err, sql.ErrNoRows) {
		return crosswire.Story{}, fmt.Errorf("story %s: %w", id, crosswire.ErrNotFound)
	}
	if err != nil {
		return crosswire.Story{}, fmt.Errorf("story %s: %w", id, err)
	}
	if err := sqlstore.UnmarshalStoryBody(body, &st); err != nil {
		return crosswire.Story{}, fmt.Errorf("story %s: body: %w", id, err)
	}

	rows, err := tx.QueryContext(ctx, `SELECT `+articleColumns+`, `+sqlstore.MemberColumns+`
		FROM story_articles sa JOIN articles a ON a.id = sa.article_id
		WHERE sa.story_id = ? ORDER BY sa.position`, id)
	if err != nil {
		return crosswire.Story{}, fmt.Errorf("story %s: articles: %w", id, err)
	}
	defer rows.Close()
	// The story's own record of each article's role wins over the
	// articles table's copy.
	if st.Articles, err = sqlstore.CollectMembers(rows, publishedTime); err != nil {
		return crosswire.Story{}, fmt.Errorf("story %s: articles: %w", id, err)
	}
	return st, nil
}

// Successors returns the stories now holding the articles the story id
// held (story_history, migration 0006), excluding id itself.
func (s *Store) Successors(ctx context.Context, id string) ([]string, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT DISTINCT sa.story_id FROM story_history h
		JOIN story_articles sa ON sa.article_id = h.article_id
		WHERE h.story_id = ? AND sa.story_id <> ? ORDER BY sa.story_id`, id, id)
	if err != nil {
		return nil, fmt.Errorf("successors of story %s: %w", id, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var sid string
		if err := rows.Scan(&sid); err != nil {
			return nil, fmt.Errorf("successors of story %s: %w", id, err)
		}
		out = append(out, sid)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("successors of story %s: %w", id, err)
	}
	return out, nil
}

// Stories lists the stories that pass f, newest (by last-seen time)
// first. f.Query is split into terms at every character that is not a
// letter, digit or mark; a story passes when every term begins a word,
// case-insensitively, of its title or of the text of one of its articles
// ("collap" finds "collapsed", "ollaps" does not). A query with no term
// filters nothing. f.Outlet matches outlet names case-insensitively
// (ASCII).
func (s *Store) Stories(ctx context.Context, f crosswire.StoryFilter) ([]crosswire.StorySummary, error) {
	var (
		where []string
		args  []any
	)
	for _, term := range sqlstore.QueryTerms(f.Query) {
		where = append(where, `(s.id IN (SELECT story_id FROM stories_fts WHERE stories_fts MATCH ?)
			OR s.id IN (SELECT sa.story_id FROM story_articles sa JOIN articles a ON a.id = sa.article_id
				WHERE a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)))`)
		args = append(args, ftsPrefix(term), ftsPrefix(term))
	}
	if f.Outlet != "" {
		where = append(where, `EXISTS (SELECT 1 FROM story_articles sa JOIN articles a ON a.id = sa.article_id
			WHERE sa.story_id = s.id AND a.outlet = ? COLLATE NOCASE)`)
		args = append(args, f.Outlet)
	}
	if !f.From.IsZero() {
		where = append(where, `s.last_seen >= ?`)
		args = append(args, formatTime(f.From))
	}
	if !f.To.IsZero() {
		where = append(where, `s.last_seen <= ?`)
		args = append(args, formatTime(f.To))
	}
	q := sqlstore.StoriesQuery(f, where)
	if f.Limit > 0 {
		q += ` LIMIT ?`
		args = append(args, f.Limit)
	}
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("stories: %w", err)
	}
	defer rows.Close()
	list := []crosswire.StorySummary{}
	for rows.Next() {
		var (
			sum                  crosswire.StorySummary
			outlets, first, last string
		)
		if err := rows.Scan(&sum.ID, &sum.Title, &sum.ArticleCount, &outlets, &first, &last, &sum.HighDiscrepancies); err != nil {
			return nil, fmt.Errorf("stories: %w", err)
		}
		if err := json.Unmarshal([]byte(outlets), &sum.Outlets); err != nil {
			return nil, fmt.Errorf("stories: story %s: outlets: %w", sum.ID, err)
		}
		if sum.FirstSeen, err = parseTime(first); err != nil {
			return nil, fmt.Errorf("stories: story %s: %w", sum.ID, err)
		}
		if sum.LastSeen, err = parseTime(last); err != nil {
			return nil, fmt.Errorf("stories: story %s: %w", sum.ID, err)
		}
		list = append(list, sum)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("stories: %w", err)
	}
	return list, nil
}
