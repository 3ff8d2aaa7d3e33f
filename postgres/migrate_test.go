package postgres

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"crosswire"
	"crosswire/storetest"
)

// unplacedByScan is Unassigned's definition, computed the slow way: the
// stored articles no story holds, by ID.
func unplacedByScan(t *testing.T, s *Store) []string {
	t.Helper()
	rows, err := s.pool.Query(context.Background(), `SELECT a.id FROM articles a
		WHERE NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id) ORDER BY a.id`)
	if err != nil {
		t.Fatal(err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	return ids
}

// unassignedIDs returns Unassigned's article IDs, sorted.
func unassignedIDs(t *testing.T, s *Store) []string {
	t.Helper()
	arts, err := s.Unassigned(context.Background())
	if err != nil {
		t.Fatalf("Unassigned: %v", err)
	}
	ids := []string{}
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	slices.Sort(ids)
	return ids
}

func migrationArticle(id string) crosswire.Article {
	return crosswire.Article{ID: id, Hash: "hash-" + id, Source: id + ".txt", Title: "Ferry aground " + id,
		Outlet: "Harbor Post", Language: "en", Text: "The ferry Albatross ran aground off Cape Wren, report " + id + "."}
}

func migrationStory(id string, articleIDs ...string) crosswire.Story {
	st := crosswire.Story{ID: id, Title: "Ferry aground", Facts: []crosswire.StoryFact{}, Discrepancies: []crosswire.Discrepancy{}}
	for _, a := range articleIDs {
		st.Articles = append(st.Articles, migrationArticle(a))
	}
	return st
}

// dbAt creates a fresh schema with only the first version migrations, as
// an older crosswire would have left it, and returns its DSN and a
// connection to it (closed when the test ends).
func dbAt(t *testing.T, version int) (string, *pgx.Conn) {
	t.Helper()
	ctx := context.Background()
	dsn := schemaDSN(t)
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close(ctx) })
	if err := migrate(ctx, conn, version); err != nil {
		t.Fatalf("migrate to %d: %v", version, err)
	}
	return dsn, conn
}

// TestMigrationIncremental upgrades a version-3 database holding placed
// and unplaced articles to the unplaced table of migration 0004, then
// drives every write that changes placement and checks, after each, that
// Unassigned (read from the table) lists exactly the articles no story
// holds (computed by scanning), and that the analysis generation counts
// the story writes and marks only a Regroup as a full analysis.
func TestMigrationIncremental(t *testing.T) {
	ctx := context.Background()
	// A database at version 3, with stories written the old way: a1 and
	// a2 placed, a3 and a4 not.
	dsn, conn := dbAt(t, 3)
	err := pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
		// The columns of version 3 (no encoding yet) and a story as its
		// code wrote one.
		for _, id := range []string{"a1", "a2", "a3", "a4"} {
			a := migrationArticle(id)
			if _, err := tx.Exec(ctx, `INSERT INTO articles (id, hash, source, url, title, outlet, author,
				published, language, text, removed, role, derived_from, evidence, subheads)
				VALUES ($1, $2, $3, '', $4, $5, '', NULL, $6, $7, '[]', '', NULL, '', 'null')`,
				a.ID, a.Hash, a.Source, a.Title, a.Outlet, a.Language, a.Text); err != nil {
				return err
			}
		}
		if _, err := tx.Exec(ctx, `INSERT INTO stories (id, title, first_seen, last_seen, article_count, discrepancies,
			high_discrepancies, outlets, body) VALUES ('s1', 'Ferry aground', now(), now(), 2, 0, 0, ARRAY['Harbor Post'], '{}')`); err != nil {
			return err
		}
		for i, id := range []string{"a1", "a2"} {
			if _, err := tx.Exec(ctx, `INSERT INTO story_articles (story_id, article_id, role, derived_from, evidence, position)
				VALUES ('s1', $1, '', NULL, '', $2)`, id, i); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatalf("write at version 3: %v", err)
	}

	s := open(t, dsn) // migrates to the latest version
	defer s.Close()
	if v, err := s.SchemaVersion(ctx); err != nil || v < 4 {
		t.Fatalf("SchemaVersion = %d, %v; want at least 4", v, err)
	}

	gen := func() Generation {
		t.Helper()
		g, err := s.Generation(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return g
	}
	full := func(ctx context.Context, arts []crosswire.Article) ([]crosswire.Story, error) {
		// One story per article, as a stand-in for a full analysis.
		var stories []crosswire.Story
		for _, a := range arts {
			st := migrationStory("r-" + a.ID)
			st.Articles = []crosswire.Article{a}
			stories = append(stories, st)
		}
		return stories, nil
	}
	steps := []struct {
		name  string
		write func() error
		// want is the unplaced articles; wantGen the generation after.
		want    []string
		wantGen Generation
	}{
		{"migrated: the unplaced articles are filled in", func() error { return nil },
			[]string{"a3", "a4"}, Generation{Stories: 1, Reconciled: 0, Unplaced: 2}},
		{"a new article is unplaced", func() error {
			_, _, err := s.PutArticle(ctx, migrationArticle("a5"))
			return err
		}, []string{"a3", "a4", "a5"}, Generation{Stories: 1, Reconciled: 0, Unplaced: 3}},
		{"storing it again changes nothing", func() error {
			_, created, err := s.PutArticle(ctx, migrationArticle("a5"))
			if err == nil && created {
				err = fmt.Errorf("stored a5 twice")
			}
			return err
		}, []string{"a3", "a4", "a5"}, Generation{Stories: 1, Reconciled: 0, Unplaced: 3}},
		{"a story places its articles", func() error {
			return s.PutStories(ctx, []crosswire.Story{migrationStory("s2", "a3", "a5")}, nil)
		}, []string{"a4"}, Generation{Stories: 2, Reconciled: 0, Unplaced: 1}},
		{"an article moved between stories stays placed", func() error {
			return s.PutStories(ctx, []crosswire.Story{migrationStory("s1", "a1"), migrationStory("s2", "a2", "a3", "a5")}, nil)
		}, []string{"a4"}, Generation{Stories: 3, Reconciled: 0, Unplaced: 1}},
		{"a removed story's articles are unplaced again", func() error {
			return s.PutStories(ctx, []crosswire.Story{migrationStory("s3", "a3")}, []string{"s2"})
		}, []string{"a2", "a4", "a5"}, Generation{Stories: 4, Reconciled: 0, Unplaced: 3}},
		{"a story that writes a new article places it", func() error {
			return s.PutStories(ctx, []crosswire.Story{migrationStory("s4", "a6", "a2")}, nil)
		}, []string{"a4", "a5"}, Generation{Stories: 5, Reconciled: 0, Unplaced: 2}},
		{"replacing every story unplaces what the new set leaves out", func() error {
			return s.ReplaceStories(ctx, []crosswire.Story{migrationStory("s5", "a1", "a4")})
		}, []string{"a2", "a3", "a5", "a6"}, Generation{Stories: 6, Reconciled: 0, Unplaced: 4}},
		{"a full analysis places everything and is marked", func() error {
			return s.Regroup(ctx, full)
		}, []string{}, Generation{Stories: 7, Reconciled: 7, Unplaced: 0}},
		{"a write after it is not a full analysis", func() error {
			return s.PutStories(ctx, nil, []string{"r-a1"})
		}, []string{"a1"}, Generation{Stories: 8, Reconciled: 7, Unplaced: 1}},
	}
	for _, step := range steps {
		if err := step.write(); err != nil {
			t.Fatalf("%s: %v", step.name, err)
		}
		got, scanned := unassignedIDs(t, s), unplacedByScan(t, s)
		if !slices.Equal(got, step.want) || !slices.Equal(scanned, step.want) {
			t.Errorf("%s: Unassigned = %v, no story holds %v; want %v", step.name, got, scanned, step.want)
		}
		if g := gen(); g != step.wantGen {
			t.Errorf("%s: Generation = %+v, want %+v", step.name, g, step.wantGen)
		}
	}
	if g := gen(); g.Current() || g.FullyAnalysed() {
		t.Errorf("with a1 unplaced, Generation %+v says current %v, fully analysed %v", g, g.Current(), g.FullyAnalysed())
	}
}

// TestUnassignedReadsOnlyUnplaced checks that Unassigned is answered from
// the unplaced table, not by scanning articles: its plan on a store of
// placed articles reads articles through an index only.
func TestUnassignedReadsOnlyUnplaced(t *testing.T) {
	ctx := context.Background()
	s := open(t, schemaDSN(t))
	defer s.Close()
	var stories []crosswire.Story
	for i := range 500 {
		stories = append(stories, migrationStory(fmt.Sprintf("s%d", i), fmt.Sprintf("p%d", i)))
	}
	if err := s.ReplaceStories(ctx, stories); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.PutArticle(ctx, migrationArticle("new")); err != nil {
		t.Fatal(err)
	}
	if _, err := s.pool.Exec(ctx, `ANALYZE`); err != nil {
		t.Fatal(err)
	}
	if got := unassignedIDs(t, s); !slices.Equal(got, []string{"new"}) {
		t.Fatalf("Unassigned = %v, want [new]", got)
	}
	rows, err := s.pool.Query(ctx, `EXPLAIN `+unassignedQuery)
	if err != nil {
		t.Fatal(err)
	}
	lines, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	plan := strings.Join(lines, "\n")
	if strings.Contains(plan, "Seq Scan on articles") {
		t.Errorf("Unassigned scans every article:\n%s", plan)
	}
}

// TestRowsBeforeWireAndReuse: rows written at schema version 6, before
// migration 0007 kept the wire header and reuse, read with them absent.
func TestRowsBeforeWireAndReuse(t *testing.T) {
	ctx := context.Background()
	dsn, conn := dbAt(t, 6)
	a := storetest.OldRow()
	// The columns of version 6 and a story as its code wrote one.
	err := pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `INSERT INTO articles (id, hash, source, url, title, outlet, author,
			published, language, text, removed, role, derived_from, evidence, subheads, encoding)
			VALUES ($1, $2, $3, '', $4, $5, '', NULL, $6, $7, 'null', $8, NULL, '', 'null', '')`,
			a.ID, a.Hash, a.Source, a.Title, a.Outlet, a.Language, a.Text, string(a.Role)); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `INSERT INTO stories (id, title, first_seen, last_seen, article_count, discrepancies,
			high_discrepancies, outlets, body) VALUES ($1, $2, now(), now(), 1, 0, 0, ARRAY['Norpress'],
			'{"facts":[],"discrepancies":[],"entities":[]}')`, storetest.OldStoryID, a.Title); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `INSERT INTO story_articles (story_id, article_id, role, derived_from, evidence, position)
			VALUES ($1, $2, $3, NULL, '', 0)`, storetest.OldStoryID, a.ID, string(a.Role))
		return err
	})
	if err != nil {
		t.Fatalf("write at version 6: %v", err)
	}
	s := open(t, dsn) // migrates to the latest version
	defer s.Close()
	storetest.RowsBeforeWireAndReuse(t, s)
}
