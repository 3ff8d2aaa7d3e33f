package clean

import (
	"strings"
	"unicode"
)

// vocabulary decides which words of a text are content words.
type vocabulary struct {
	// stop holds English function words and reporting verbs: sharing them
	// says nothing about whether two pieces of text are about the same
	// thing.
	stop map[string]bool
}

func newVocabulary() vocabulary {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		a about above after again against all also am an and any are around as at be because been
		before being below between both but by can could did do does doing down during each either
		even ever every few for from further had has have having he her here hers herself him himself
		his how however i if in into is it its itself just like many may me might more most much must
		my myself never no nor not now of off on once one only or other our ours ourselves out over own
		per same she should since so some still such than that the their theirs them themselves then
		there these they this those though through to too under until up upon us very was we were what
		when where whether which while who whom whose why will with within without would yet you your
		yours yourself said says say told tell according new also mr mrs ms dr`) {
		m[w] = true
	}
	return vocabulary{stop: m}
}

// contentWords returns the lower-cased content words of s: letter or digit
// runs of at least four characters that are not stopwords, and every number
// (digits), since a shared figure ties text to the article as firmly as a
// shared name.
func (v vocabulary) contentWords(s string) map[string]bool {
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		lw := strings.ToLower(w)
		digits := strings.IndexFunc(lw, unicode.IsDigit) >= 0
		if v.stop[lw] || (!digits && len([]rune(lw)) < 4) {
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
