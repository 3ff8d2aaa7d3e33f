package sqlite

import (
	"strings"
	"unicode"
)

// queryTerms splits a story query into the terms every matching story
// must contain: the runs of letters, digits and marks, the same split the
// unicode61 full-text tokenizer makes. Punctuation only separates terms,
// so "Port-Ellis" is two terms and "— %" none.
func queryTerms(q string) []string {
	return strings.FieldsFunc(q, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r) && !unicode.IsMark(r)
	})
}

// ftsPrefix is the FTS5 query for "a word that begins with term". term
// holds only letters, digits and marks, so it needs no quoting inside the
// phrase.
func ftsPrefix(term string) string { return `"` + term + `"*` }
