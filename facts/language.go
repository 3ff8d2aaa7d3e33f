package facts

import (
	"strings"
	"unicode"

	"crosswire"
)

// isEnglish reports whether the extractor's English rules apply to
// article a. Every rule of this package (capitalised names, title words,
// counted nouns, verbs of speech, the event lexicon) reads English: run on
// Malay or Chinese they produce facts that look English and are not
// ("10 minit", "HANYA" as an organisation), which the cross-check would
// then align with the English versions of the story. So an article whose
// Language names another language yields no facts.
//
// When Language is empty the text decides: a text mostly written in a
// non-Latin script is not English, and a Latin-script text is English when
// at least one word in eight is an English function word (English prose
// runs at 40–50 %, Malay and Indonesian well under 5 % since their
// function words — "yang", "dan", "di" — are not English ones). Texts too
// short to tell are taken as English.
func (x *Extractor) isEnglish(a *crosswire.Article) bool {
	if lang := strings.ToLower(strings.TrimSpace(a.Language)); lang != "" {
		return lang == "en" || strings.HasPrefix(lang, "en-") || strings.HasPrefix(lang, "en_")
	}
	text := a.Text
	if len(text) > 4096 {
		text = text[:4096]
	}
	latin, other := 0, 0
	for _, r := range text {
		switch {
		case !unicode.IsLetter(r):
		case unicode.Is(unicode.Latin, r):
			latin++
		default:
			other++
		}
	}
	if other > latin {
		return false
	}
	words, function := 0, 0
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		words++
		if x.function[strings.ToLower(w)] {
			function++
		}
	}
	if words < 20 {
		return true
	}
	return function*8 >= words
}
