package sqlite

// ftsPrefix is the FTS5 query for "a word that begins with term". term, one
// of sqlstore.QueryTerms, holds only letters, digits and marks, so it
// needs no quoting inside the phrase.
func ftsPrefix(term string) string { return `"` + term + `"*` }
