package postgres

import (
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"

	"crosswire"
	"crosswire/servicetest"
	"crosswire/storetest"
)

// testDSN returns the database named by CROSSWIRE_TEST_POSTGRES, or skips
// the test when it is not set.
func testDSN(t testing.TB) string {
	t.Helper()
	return servicetest.PostgresDSN(t)
}

// schemaDSN creates a fresh schema for one test, dropped when it ends, and
// returns a DSN with that schema as its search_path.
func schemaDSN(t testing.TB) string {
	t.Helper()
	return servicetest.PostgresSchema(t)
}

func open(t *testing.T, dsn string) *Store {
	t.Helper()
	s, err := Open(context.Background(), dsn)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	return s
}

func TestStore(t *testing.T) {
	testDSN(t)
	storetest.Run(t, func(t *testing.T) crosswire.Store { return open(t, schemaDSN(t)) })
}

func TestReopen(t *testing.T) {
	testDSN(t)
	storetest.Reopen(t, func(t *testing.T) (crosswire.Store, func(t *testing.T) crosswire.Store) {
		dsn := schemaDSN(t)
		return open(t, dsn), func(t *testing.T) crosswire.Store { return open(t, dsn) }
	})
}

func TestRegroup(t *testing.T) {
	testDSN(t)
	storetest.Regroup(t, func(t *testing.T) (storetest.RegroupStore, func(t *testing.T) storetest.RegroupStore) {
		dsn := schemaDSN(t)
		return open(t, dsn), func(t *testing.T) storetest.RegroupStore { return open(t, dsn) }
	})
}

func TestMigrate(t *testing.T) {
	ctx := context.Background()
	dsn := schemaDSN(t)
	latest := len(migrations())
	tests := []struct {
		name    string
		prepare func(t *testing.T)
	}{
		{"empty schema", func(t *testing.T) {}},
		{"at version 1", func(t *testing.T) {
			conn, err := pgx.Connect(ctx, dsn)
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close(ctx)
			if err := migrate(ctx, conn, 1); err != nil {
				t.Fatal(err)
			}
		}},
		{"up to date", func(t *testing.T) {
			if err := Migrate(ctx, dsn); err != nil {
				t.Fatal(err)
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			conn, err := pgx.Connect(ctx, dsn)
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close(ctx)
			// Start from an empty schema: tables, trigger functions and all.
			var schema string
			if err := conn.QueryRow(ctx, `SELECT current_schema()`).Scan(&schema); err != nil {
				t.Fatal(err)
			}
			if _, err := conn.Exec(ctx, `DROP SCHEMA `+pgx.Identifier{schema}.Sanitize()+` CASCADE;
				CREATE SCHEMA `+pgx.Identifier{schema}.Sanitize()); err != nil {
				t.Fatal(err)
			}
			tc.prepare(t)
			if err := Migrate(ctx, dsn); err != nil {
				t.Fatalf("Migrate: %v", err)
			}
			s := open(t, dsn)
			defer s.Close()
			v, err := s.SchemaVersion(ctx)
			if err != nil || v != latest {
				t.Errorf("SchemaVersion = %d, %v; want %d", v, err, latest)
			}
		})
	}
}

func TestMigrateConcurrent(t *testing.T) {
	// Workers starting together on an empty schema: each migration is
	// applied once, nobody fails.
	dsn := schemaDSN(t)
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := Open(context.Background(), dsn)
			if err != nil {
				errs <- err
				return
			}
			s.Close()
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("Open: %v", err)
	}
}

func TestOpenErrors(t *testing.T) {
	dsn := testDSN(t)
	tests := []struct{ name, dsn string }{
		{"bad DSN", "postgres://%zz"},
		{"schema that does not exist", servicetest.WithParam(t, dsn, "search_path", "crosswire_no_such_schema")},
		{"nothing listening", "postgres://postgres@127.0.0.1:1/test?sslmode=disable&connect_timeout=2"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Open(context.Background(), tc.dsn)
			if err == nil {
				s.Close()
				t.Fatalf("Open(%q) succeeded", tc.dsn)
			}
		})
	}
}

func TestSignatures(t *testing.T) {
	ctx := context.Background()
	s := open(t, schemaDSN(t))
	defer s.Close()
	a := crosswire.Article{ID: "a", Hash: "ha", Title: "Lighthouse relit", Text: "The lighthouse at Cape Wren was relit."}
	if _, _, err := s.PutArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	for _, blob := range [][]byte{{1, 2, 3}, {7}} {
		if err := s.PutSignature(ctx, "a", "minhash", blob); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.PutSignature(ctx, "missing", "minhash", []byte{1}); err == nil {
		t.Error("PutSignature for an unknown article succeeded")
	}
	got, err := s.Signatures(ctx, "minhash")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || string(got["a"]) != "\x07" {
		t.Errorf("Signatures = %v, want a: [7]", got)
	}
}

func TestNotFoundWrapped(t *testing.T) {
	s := open(t, schemaDSN(t))
	defer s.Close()
	_, err := s.Story(context.Background(), "nope")
	if !errors.Is(err, crosswire.ErrNotFound) || err.Error() != "story nope: not found" {
		t.Errorf("Story error = %q, want %q wrapping ErrNotFound", err, "story nope: not found")
	}
}
