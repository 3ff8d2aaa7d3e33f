package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Content farms close an article with a stock author bio: a string of
// self-descriptions, often in quotes ("Coffee fanatic. Lifelong web
// nerd. Friendly music evangelist."), or a first-person line ("I'm a
// writer who loves…"). Its shape is a list of short descriptive fragments
// with no verb, pronoun or figure: what a sentence of reporting never is.
// Like every trailer rule, it is applied only at the end of the body and
// only when the paragraph shares no content word with the article (see
// stripTrailer), so a closing list that names the story's people or
// figures stays.

// firstPersonBio matches the opening of a first-person bio: the writer
// saying what they are ("I'm a …", "I am an …", "My name is …"). A quote
// at the end of a story ("I've been trying since…") does not match.
var firstPersonBio = regexp.MustCompile(`^(?:(?:I['’]m|I\s+am)\s+(?:a|an)\s|My\s+name\s+is\s)`)

// bioNamePrefix matches the author's name written before a quoted bio
// ("Ada Vell “Coffee fanatic. …”", "Ada Vell: …").
var bioNamePrefix = regexp.MustCompile(`^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,3}(?:\s*[:—–-]\s*|\s+)["“«]`)

// Limits on a list of self-descriptions: at least minBioFragments
// fragments of at most maxBioFragmentWords words each ("Subtly charming pop
// culture zombie fanatic" is six).
const (
	minBioFragments     = 3
	maxBioFragmentWords = 6
)

// selfDescription reports whether p, its enclosing quotes aside, is a
// first-person bio line or a list of self-descriptions.
func selfDescription(p string) bool {
	if m := bioNamePrefix.FindStringIndex(p); m != nil {
		p = p[m[1]:]
	}
	p = strings.TrimSpace(strings.Trim(p, "\"'“”‘’«» "))
	if firstPersonBio.MatchString(p) {
		return true
	}
	fragments := strings.FieldsFunc(p, func(r rune) bool { return strings.ContainsRune(".!;|•·,", r) })
	if len(fragments) < minBioFragments {
		return false
	}
	described, single := 0, 0
	for _, f := range fragments {
		words := strings.Fields(f)
		if len(words) == 0 || len(words) > maxBioFragmentWords || strings.IndexFunc(f, unicode.IsDigit) >= 0 {
			return false
		}
		lower := false
		for i, w := range words {
			if sentenceWord(strings.ToLower(strings.Trim(w, "\"'“”‘’()"))) {
				return false
			}
			lower = lower || (i > 0 && startsLower(w))
		}
		switch {
		case lower:
			described++
		case len(words) == 1:
			single++
		}
	}
	// A list of descriptions, not of names: most fragments of more than
	// one word carry a word in lower case ("coffee fanatic", not "Ada
	// Vell"). A one-word fragment ("Thinker.", "Oslo.") is capitalised
	// as a sentence start whatever it is, so it tells neither; at least
	// two fragments must be descriptions.
	return described >= 2 && 2*described >= len(fragments)-single
}

// bylineName reports whether p is only a person's name (two to four
// capitalised words, "By" before them allowed): the author's name that
// content farms print on its own line next to the bio.
func bylineName(p string) bool {
	p = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(p), "By "))
	words := strings.Fields(p)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsAny(w, ".!?,;:\"“”0123456789") && !initial(w) {
			return false
		}
	}
	return true
}

// initial reports whether w is a name's initial ("J.").
func initial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && w[n:] == "."
}

// sentenceWord reports whether w (lower case) is a pronoun, article-less
// auxiliary or reporting verb: words a sentence of reporting is built
// with and a list of self-descriptions is not.
func sentenceWord(w string) bool {
	switch w {
	case "he", "she", "they", "it", "we", "you", "this", "that", "these", "those", "there", "is", "was",
		"are", "were", "has", "have", "had", "will", "would", "said", "says", "told", "did", "does", "not":
		return true
	}
	return false
}

// startsLower reports whether s starts with a lower-case letter.
func startsLower(s string) bool {
	for _, r := range s {
		return unicode.IsLower(r)
	}
	return false
}
