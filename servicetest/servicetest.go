// Package servicetest gives tests the services of crosswire's "more than one
// machine" layout: a PostgreSQL schema of the test's own and a NATS server
// with JetStream. PostgreSQL is the database CROSSWIRE_TEST_POSTGRES names
// (.ci/run provides one); without it the test is skipped with a message.
// NATS is the server CROSSWIRE_TEST_NATS names, else one embedded in the
// test process. Only tests import this package.
package servicetest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/nats-io/nats-server/v2/server"
)

// PostgresDSN returns the database CROSSWIRE_TEST_POSTGRES names, or skips
// the test when it is not set.
func PostgresDSN(tb testing.TB) string {
	tb.Helper()
	dsn := os.Getenv("CROSSWIRE_TEST_POSTGRES")
	if dsn == "" {
		tb.Skip("CROSSWIRE_TEST_POSTGRES not set (e.g. postgres://postgres@127.0.0.1:5432/test?sslmode=disable; .ci/run sets it): skipping the PostgreSQL test")
	}
	return dsn
}

// PostgresSchema creates a fresh schema in the CROSSWIRE_TEST_POSTGRES
// database, dropped when the test ends, and returns a DSN with it as the
// search_path, so concurrent tests on one database never see each other's
// tables. It skips the test when CROSSWIRE_TEST_POSTGRES is not set.
func PostgresSchema(tb testing.TB) string {
	tb.Helper()
	dsn := PostgresDSN(tb)
	ctx := context.Background()
	schema := "crosswire_test_" + RandomHex(6)
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		tb.Fatalf("connect to CROSSWIRE_TEST_POSTGRES: %v", err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `CREATE SCHEMA `+schema); err != nil {
		tb.Fatalf("create schema %s: %v", schema, err)
	}
	tb.Cleanup(func() {
		conn, err := pgx.Connect(ctx, dsn)
		if err != nil {
			tb.Errorf("connect for cleanup: %v", err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, `DROP SCHEMA `+schema+` CASCADE`); err != nil {
			tb.Errorf("drop schema %s: %v", schema, err)
		}
	})
	return WithParam(tb, dsn, "search_path", schema)
}

// WithParam adds a connection parameter to a postgres:// URL or a
// key=value DSN.
func WithParam(tb testing.TB, dsn, key, value string) string {
	tb.Helper()
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		u, err := url.Parse(dsn)
		if err != nil {
			tb.Fatalf("parse DSN: %v", err)
		}
		q := u.Query()
		q.Set(key, value)
		u.RawQuery = q.Encode()
		return u.String()
	}
	return dsn + " " + key + "=" + value
}

// NATS returns the URL of a NATS server with JetStream: the one
// CROSSWIRE_TEST_NATS names, else one embedded in the test process on a
// random loopback port (JetStream in a temp dir), shut down when the test
// ends.
func NATS(tb testing.TB) string {
	tb.Helper()
	if u := os.Getenv("CROSSWIRE_TEST_NATS"); u != "" {
		return u
	}
	srv, err := server.NewServer(&server.Options{
		Host: "127.0.0.1", Port: -1, JetStream: true, StoreDir: tb.TempDir(), NoLog: true, NoSigs: true,
	})
	if err != nil {
		tb.Fatalf("embedded NATS server: %v", err)
	}
	srv.Start()
	tb.Cleanup(srv.Shutdown)
	if !srv.ReadyForConnections(10 * time.Second) {
		tb.Fatal("embedded NATS server not ready")
	}
	return srv.ClientURL()
}

// RandomHex returns n random bytes in hex: a name no other test run uses.
func RandomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}
