package clean

import (
	"strings"
	"unicode"

	"crosswire/text"
)

// vocabulary decides which words of a text are content words: those that
// are not function words (text.StopWord).
type vocabulary struct{}

func newVocabulary() vocabulary { return vocabulary{} }

// contentWords returns the lower-cased content words of s: letter or digit
// runs of at least four characters that are not stopwords, and every number
// (digits), since a shared figure ties text to the article as firmly as a
// shared name.
func (v vocabulary) contentWords(s string) map[string]bool {
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		lw := strings.ToLower(w)
		digits := strings.IndexFunc(lw, unicode.IsDigit) >= 0
		if text.StopWord(lw) || (!digits && len([]rune(lw)) < 4) {
			continue
		}
		words[lw] = true
	}
	return words
}

// sharesContent reports whether s has a content word in common with the
// vocabulary of the article.
func (v vocabulary) sharesContent(s string, article map[string]bool) bool {
	for w := range v.contentWords(s) {
		if article[w] {
			return true
		}
	}
	return false
}
