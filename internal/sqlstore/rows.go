package sqlstore

// Scanner is one row of a query result: *sql.Row, *sql.Rows, pgx.Row and
// pgx.Rows are all Scanners.
type Scanner interface {
	Scan(dest ...any) error
}

// Rows is a query result read row by row, as *sql.Rows and pgx.Rows give
// it. Closing it is left to whoever ran the query, since the two close
// differently.
type Rows interface {
	Scanner
	Next() bool
	Err() error
}

// CollectMap reads every row of rows, each of two columns, into a map from
// the first column to the second.
func CollectMap[K comparable, V any](rows Rows) (map[K]V, error) {
	m := map[K]V{}
	for rows.Next() {
		var (
			k K
			v V
		)
		if err := rows.Scan(&k, &v); err != nil {
			return nil, err
		}
		m[k] = v
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return m, nil
}
