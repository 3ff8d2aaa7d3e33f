// Package sqlstore holds what crosswire's two SQL backends, sqlite and
// postgres, do alike: encoding and decoding the rows of articles and
// stories (JSON columns, the role a story gives each article), collecting
// query results, and running the numbered schema migrations.
//
// It knows no SQL dialect and no driver. Each backend keeps its own SQL,
// its placeholders and its driver calls, and hands rows to this package
// through Scanner and Rows, which *sql.Row, *sql.Rows, pgx.Row and
// pgx.Rows all satisfy. Where the dialects store a value in different
// types (a nullable time is text in SQLite, timestamptz in PostgreSQL),
// the backend says how to read it.
package sqlstore
