package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"crosswire"
	"crosswire/storetest"
)

func TestStoreMemory(t *testing.T) {
	storetest.Run(t, func(t *testing.T) crosswire.Store {
		s, err := Open(context.Background(), ":memory:")
		if err != nil {
			t.Fatalf("Open: %v", err)
		}
		return s
	})
}

func TestStoreMemoryURI(t *testing.T) {
	tests := []struct{ name, path string }{
		{"empty path", ""},
		{"memory URI", "file::memory:"},
		{"named memory URI", "file:crosswire-test?mode=memory"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			s, err := Open(ctx, tc.path)
			if err != nil {
				t.Fatalf("Open(%q): %v", tc.path, err)
			}
			defer s.Close()
			if _, _, err := s.PutArticle(ctx, testArticle("m")); err != nil {
				t.Fatal(err)
			}
			// Reads must see the write: one database, not one per
			// connection.
			for range 8 {
				if _, err := s.Article(ctx, "m"); err != nil {
					t.Fatalf("Article after PutArticle: %v", err)
				}
			}
		})
	}
}

func TestStoreFile(t *testing.T) {
	storetest.Run(t, func(t *testing.T) crosswire.Store {
		s, err := Open(context.Background(), filepath.Join(t.TempDir(), "crosswire.db"))
		if err != nil {
			t.Fatalf("Open: %v", err)
		}
		return s
	})
}

func TestReopen(t *testing.T) {
	storetest.Reopen(t, func(t *testing.T) (crosswire.Store, func(t *testing.T) crosswire.Store) {
		path := filepath.Join(t.TempDir(), "crosswire.db")
		open := func(t *testing.T) crosswire.Store {
			s, err := Open(context.Background(), path)
			if err != nil {
				t.Fatalf("Open %s: %v", path, err)
			}
			return s
		}
		return open(t), open
	})
}

func TestRegroup(t *testing.T) {
	storetest.Regroup(t, func(t *testing.T) (storetest.RegroupStore, func(t *testing.T) storetest.RegroupStore) {
		path := filepath.Join(t.TempDir(), "crosswire.db")
		open := func(t *testing.T) storetest.RegroupStore {
			s, err := Open(context.Background(), path)
			if err != nil {
				t.Fatalf("Open %s: %v", path, err)
			}
			return s
		}
		return open(t), open
	})
}

func TestOpenMigrates(t *testing.T) {
	ctx := context.Background()
	latest := len(migrations())
	tests := []struct {
		name    string
		prepare func(t *testing.T, path string)
	}{
		{"no file", func(t *testing.T, path string) {}},
		{"empty file", func(t *testing.T, path string) {
			if err := os.WriteFile(path, nil, 0o644); err != nil {
				t.Fatal(err)
			}
		}},
		{"database at version 1 with data", func(t *testing.T, path string) {
			s := openAt(t, path, 1)
			putOld(t, s, "old")
			s.Close()
		}},
		{"database at version 2", func(t *testing.T, path string) {
			openAt(t, path, 2).Close()
		}},
		{"database at version 3 (trigram index) with a story", func(t *testing.T, path string) {
			s := openAt(t, path, 3)
			defer s.Close()
			putOld(t, s, "old3")
			// A story as the code of version 3 stored it.
			if _, err := s.w.ExecContext(ctx, `INSERT INTO stories VALUES ('st3', 'Cape Wren light',
				'2031-01-01T00:00:00.000000000Z', '2031-01-01T00:00:00.000000000Z', 1, 0, 0, '[]', '{}');
				INSERT INTO story_articles VALUES ('st3', 'old3', 'original', NULL, '', 0)`); err != nil {
				t.Fatal(err)
			}
		}},
		{"database at version 4 with a story and an article in none", func(t *testing.T, path string) {
			s := openAt(t, path, 4)
			defer s.Close()
			for _, id := range []string{"old3", "loose4"} {
				putOld(t, s, id)
			}
			// A story as the code of version 4 stored it: its title index
			// entry has a rowid of its own.
			if _, err := s.w.ExecContext(ctx, `INSERT INTO stories VALUES ('st3', 'Cape Wren light',
				'2031-01-01T00:00:00.000000000Z', '2031-01-01T00:00:00.000000000Z', 1, 0, 0, '[]', '{}');
				INSERT INTO stories_fts (rowid, title, story_id) VALUES (977, 'Cape Wren light', 'st3');
				INSERT INTO story_articles VALUES ('st3', 'old3', 'original', NULL, '', 0)`); err != nil {
				t.Fatal(err)
			}
		}},
		{"database up to date", func(t *testing.T, path string) {
			s, err := Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			s.Close()
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "crosswire.db")
			tc.prepare(t, path)
			s, err := Open(ctx, path)
			if err != nil {
				t.Fatalf("Open: %v", err)
			}
			defer s.Close()
			v, err := s.SchemaVersion(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if v != latest {
				t.Errorf("SchemaVersion = %d, want %d", v, latest)
			}
			var n int
			if err := s.r.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations`).Scan(&n); err != nil || n != latest {
				t.Errorf("schema_migrations has %d rows (%v), want %d", n, err, latest)
			}
			// The full-text indexes built by later migrations cover rows
			// stored before them.
			if list, err := s.Stories(ctx, crosswire.StoryFilter{Query: "wren"}); err != nil {
				t.Errorf("title query: %v", err)
			} else if len(list) > 0 && list[0].ID != "st3" {
				t.Errorf("title query found %v", list)
			} else if strings.Contains(tc.name, "version 3") && len(list) != 1 {
				t.Errorf("title query on a story stored at version 3 found %d, want 1", len(list))
			}
			if strings.Contains(tc.name, "version 4") {
				// migration 0005: the article in no story is listed, and
				// the migrated title entry goes with its story
				loose, err := s.Unassigned(ctx)
				if err != nil || len(loose) != 1 || loose[0].ID != "loose4" {
					t.Errorf("Unassigned after migrating = %d articles, %v; want loose4", len(loose), err)
				}
				if err := s.PutStories(ctx, nil, []string{"st3"}); err != nil {
					t.Fatal(err)
				}
				if list, err := s.Stories(ctx, crosswire.StoryFilter{Query: "wren"}); err != nil || len(list) != 0 {
					t.Errorf("title query after deleting the migrated story = %v, %v; want none", list, err)
				}
				var n int
				if err := s.r.QueryRowContext(ctx, `SELECT count(*) FROM stories_fts`).Scan(&n); err != nil || n != 0 {
					t.Errorf("title index holds %d entries (%v) after deleting its only story", n, err)
				}
				if loose, err := s.Unassigned(ctx); err != nil || len(loose) != 2 {
					t.Errorf("Unassigned after deleting st3 = %d, %v; want both articles", len(loose), err)
				}
			}
			arts, err := s.Articles(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if len(arts) == 1 {
				if err := s.ReplaceStories(ctx, []crosswire.Story{{ID: "st", Title: "T", Articles: arts}}); err != nil {
					t.Fatal(err)
				}
				list, err := s.Stories(ctx, crosswire.StoryFilter{Query: "lighthouse"})
				if err != nil || len(list) != 1 {
					t.Errorf("query on migrated data = %v, %v; want the story", list, err)
				}
			}
		})
	}
}

func TestOpenConcurrentOnNewFile(t *testing.T) {
	// Two processes (here: two stores) opening one new file must not both
	// apply the migrations.
	path := filepath.Join(t.TempDir(), "crosswire.db")
	errc := make(chan error, 4)
	for range 4 {
		go func() {
			s, err := Open(context.Background(), path)
			if err == nil {
				err = s.Close()
			}
			errc <- err
		}()
	}
	for range 4 {
		if err := <-errc; err != nil {
			t.Errorf("Open: %v", err)
		}
	}
}

func TestOpenBadPath(t *testing.T) {
	tests := []struct {
		name, path string
	}{
		{"directory missing", filepath.Join(t.TempDir(), "no", "such", "dir", "x.db")},
		{"question mark without file: URI", "odd?name.db"},
		{"not a database", writeFile(t, "this is not a SQLite database, just some words that go on")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Open(context.Background(), tc.path)
			if err == nil {
				s.Close()
				t.Fatalf("Open(%q) succeeded", tc.path)
			}
		})
	}
}

func TestSignatures(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, id := range []string{"a", "b"} {
		if _, _, err := s.PutArticle(ctx, testArticle(id)); err != nil {
			t.Fatal(err)
		}
	}
	puts := []struct {
		id, kind string
		blob     []byte
	}{
		{"a", "minhash", []byte{1, 2, 3}},
		{"b", "minhash", []byte{4}},
		{"a", "anchors", []byte("keller|norland")},
		{"a", "minhash", []byte{9, 9}}, // replaces
		{"b", "anchors", nil},
	}
	for _, p := range puts {
		if err := s.PutSignature(ctx, p.id, p.kind, p.blob); err != nil {
			t.Fatalf("PutSignature(%s, %s): %v", p.id, p.kind, err)
		}
	}
	if err := s.PutSignature(ctx, "missing", "minhash", []byte{1}); err == nil {
		t.Error("PutSignature for an unknown article succeeded")
	}
	tests := []struct {
		kind string
		want map[string]string
	}{
		{"minhash", map[string]string{"a": "\x09\x09", "b": "\x04"}},
		{"anchors", map[string]string{"a": "keller|norland", "b": ""}},
		{"none", map[string]string{}},
	}
	for _, tc := range tests {
		t.Run(tc.kind, func(t *testing.T) {
			got, err := s.Signatures(ctx, tc.kind)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tc.want) {
				t.Errorf("Signatures(%s) = %d entries, want %d", tc.kind, len(got), len(tc.want))
			}
			for id, w := range tc.want {
				if string(got[id]) != w {
					t.Errorf("Signatures(%s)[%s] = %q, want %q", tc.kind, id, got[id], w)
				}
			}
		})
	}
}

func TestErrorsWrapped(t *testing.T) {
	s, err := Open(context.Background(), ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	_, err = s.Story(context.Background(), "nope")
	if !errors.Is(err, crosswire.ErrNotFound) || err.Error() != "story nope: not found" {
		t.Errorf("Story error = %q, want %q wrapping ErrNotFound", err, "story nope: not found")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := s.PutArticle(ctx, testArticle("x")); !errors.Is(err, context.Canceled) {
		t.Errorf("PutArticle on a cancelled context: %v, want context.Canceled", err)
	}
}

// openAt creates a database at path with only the first version
// migrations, as an older crosswire would have left it.
func openAt(t *testing.T, path string, version int) *Store {
	t.Helper()
	w, err := dsn(path, []string{"_pragma=foreign_keys(1)", "_pragma=journal_mode(WAL)", "_txlock=immediate"})
	if err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", w)
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	if err := migrate(context.Background(), db, version); err != nil {
		t.Fatalf("migrate to %d: %v", version, err)
	}
	return &Store{w: db, r: db, now: time.Now}
}

// putOld stores testArticle(id) as the code of the first schema versions
// did (the columns of migration 0001).
func putOld(t *testing.T, s *Store, id string) {
	t.Helper()
	a := testArticle(id)
	if _, err := s.w.ExecContext(context.Background(), `INSERT INTO articles (id, hash, source, url, title, outlet, author,
		published, language, text, removed, role, derived_from, evidence, subheads, ingested_at)
		VALUES (?, ?, ?, '', ?, ?, '', NULL, ?, ?, '[]', '', NULL, '', 'null', '2031-01-01T00:00:00.000000000Z')`,
		a.ID, a.Hash, a.Source, a.Title, a.Outlet, a.Language, a.Text); err != nil {
		t.Fatalf("put %s at an old schema version: %v", id, err)
	}
}

func testArticle(id string) crosswire.Article {
	return crosswire.Article{
		ID: id, Hash: "hash-" + id, Source: id + ".txt", Title: "Lighthouse relit",
		Outlet: "Harbor Post", Language: "en",
		Text: fmt.Sprintf("The old lighthouse at Cape Wren was relit on Sunday (%s).", id),
	}
}

func writeFile(t *testing.T, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "notadb")
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestRowsBeforeWireAndReuse: rows written at schema version 7, before
// migration 0008 kept the wire header and reuse, read with them absent.
func TestRowsBeforeWireAndReuse(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "crosswire.db")
	old := openAt(t, path, 7)
	a := storetest.OldRow()
	// The columns of version 7 and a story as its code wrote one.
	for _, w := range []struct {
		stmt string
		args []any
	}{
		{`INSERT INTO articles (id, hash, source, url, title, outlet, author, published, language, text,
			removed, role, derived_from, evidence, subheads, ingested_at, encoding)
			VALUES (?, ?, ?, '', ?, ?, '', NULL, ?, ?, 'null', 'original', NULL, '', 'null', '2031-01-01T00:00:00.000000000Z', '')`,
			[]any{a.ID, a.Hash, a.Source, a.Title, a.Outlet, a.Language, a.Text}},
		{`INSERT INTO stories VALUES (?, ?, '2031-01-01T00:00:00.000000000Z', '2031-01-01T00:00:00.000000000Z', 1, 0, 0, '[]',
			'{"facts":[],"discrepancies":[],"entities":[]}')`, []any{storetest.OldStoryID, a.Title}},
		{`INSERT INTO story_articles VALUES (?, ?, 'original', NULL, '', 0)`, []any{storetest.OldStoryID, a.ID}},
	} {
		if _, err := old.w.ExecContext(ctx, w.stmt, w.args...); err != nil {
			t.Fatalf("write at version 7: %v", err)
		}
	}
	old.Close()
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer s.Close()
	storetest.RowsBeforeWireAndReuse(t, s)
}
