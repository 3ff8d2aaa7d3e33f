package sqlstore

import (
	"encoding/json"
	"sort"
	"strings"
	"time"
	"unicode"

	"crosswire"
)

// HistoryRetention is how long story_history keeps a story id's
// memberships after they were retired (the story gained a version,
// merged, split or was re-analysed under another id): an old link keeps
// leading to the stories that now hold its articles for this long, then
// answers 404. Every story write deletes the rows retired longer ago, so
// the table stays the size of the current memberships plus the churn of
// the retention period (SQLite migration 0009, PostgreSQL 0008).
const HistoryRetention = 90 * 24 * time.Hour

// PruneHistorySQLite and PruneHistoryPostgres are the statements that delete the
// story_history rows retired before a cutoff: Unix seconds for SQLite,
// a number of seconds before now() for PostgreSQL.
const (
	PruneHistorySQLite   = `DELETE FROM story_history WHERE retired_at IS NOT NULL AND retired_at < ?`
	PruneHistoryPostgres = `DELETE FROM story_history WHERE retired_at < now() - make_interval(secs => $1)`
)

// storyBody is the JSON kept in stories.body: what a story holds besides
// its articles.
type storyBody struct {
	Facts         []crosswire.StoryFact   `json:"facts"`
	Discrepancies []crosswire.Discrepancy `json:"discrepancies"`
	// Entities were added later: a body stored before has none and
	// loads with nil Entities.
	Entities []crosswire.StoryEntity `json:"entities"`
	// Related (issue 14): the related story IDs as of the grouping that
	// wrote the story; absent in older bodies.
	Related []string `json:"related,omitempty"`
	// Notes (issue 19): where analysis capped its work on the story;
	// absent in older bodies, which read with nil Notes.
	Notes []string `json:"notes,omitempty"`
}

// MarshalStoryBody returns the JSON kept in stories.body for st: its
// facts, discrepancies, entities, related stories and notes.
func MarshalStoryBody(st crosswire.Story) ([]byte, error) {
	return json.Marshal(storyBody{Facts: st.Facts, Discrepancies: st.Discrepancies, Entities: st.Entities,
		Related: st.Related, Notes: st.Notes})
}

// UnmarshalStoryBody sets the facts, discrepancies, entities, related
// stories and notes of st from data, a stories.body. A body stored before
// one of the later parts was kept leaves that part of st nil.
func UnmarshalStoryBody(data []byte, st *crosswire.Story) error {
	var b storyBody
	if err := json.Unmarshal(data, &b); err != nil {
		return err
	}
	st.Facts, st.Discrepancies, st.Entities, st.Related, st.Notes = b.Facts, b.Discrepancies, b.Entities, b.Related, b.Notes
	return nil
}

// Outlets returns the outlets of st's articles, each once, sorted: the
// stories.outlets column. It is empty, not nil, when no article names
// one.
func Outlets(st crosswire.Story) []string {
	seen := map[string]bool{}
	for _, a := range st.Articles {
		if a.Outlet != "" {
			seen[a.Outlet] = true
		}
	}
	list := make([]string, 0, len(seen))
	for o := range seen {
		list = append(list, o)
	}
	sort.Strings(list)
	return list
}

// StoriesQuery returns the query for the summaries of the stories
// (aliased s) that meet every condition in where and, when f.Conflicts is
// set, have a discrepancy: newest (by last_seen) first, ties by ID. The
// columns are s.id, s.title, s.article_count, s.outlets, s.first_seen,
// s.last_seen and s.high_discrepancies. A LIMIT, in the dialect's
// placeholders, is left to the caller.
func StoriesQuery(f crosswire.StoryFilter, where []string) string {
	if f.Conflicts {
		where = append(where, `s.discrepancies > 0`)
	}
	q := `SELECT s.id, s.title, s.article_count, s.outlets, s.first_seen, s.last_seen, s.high_discrepancies FROM stories s`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	return q + ` ORDER BY s.last_seen DESC, s.id`
}

// QueryTerms splits a story query into the terms every matching story
// must contain: the runs of letters, digits and marks, the same split
// SQLite's unicode61 full-text tokenizer makes. Punctuation only separates
// terms, so "Port-Ellis" is two terms and "— %" none. A term holds no
// regex metacharacter and needs no quoting inside an FTS5 phrase.
func QueryTerms(q string) []string {
	return strings.FieldsFunc(q, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r) && !unicode.IsMark(r)
	})
}
