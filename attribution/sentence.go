package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentence is a byte range of an article's clean text.
type sentence struct {
	Start, End int
}

// abbreviations that end in a full stop without ending a sentence. Titles
// matter most here: "Col. Dana Reis" must stay one sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "col": true,
	"lt": true, "maj": true, "capt": true, "cpt": true, "sgt": true, "adm": true, "gov": true,
	"sen": true, "rep": true, "st": true, "jr": true, "sr": true, "inc": true, "ltd": true,
	"corp": true, "co": true, "no": true, "vs": true, "etc": true, "approx": true, "dept": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "u.s": true, "u.k": true,
	"e.g": true, "i.e": true,
}

// sentences splits text at sentence ends (. ! ? followed by space and an
// upper-case letter, a digit or an opening quote) and at blank lines. It is a
// deliberately small rule set: attribution statements are long declarative
// sentences, and a missed split only merges two sentences, which the
// clause-bounded patterns tolerate.
func sentences(text string) []sentence {
	var out []sentence
	start := 0
	add := func(end int) {
		s, e := start, end
		for s < e && isSpace(text[s]) {
			s++
		}
		for e > s && isSpace(text[e-1]) {
			e--
		}
		if e > s {
			out = append(out, sentence{s, e})
		}
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '\n' && i+1 < len(text) && text[i+1] == '\n' {
			add(i)
			start = i + 1
			continue
		}
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		// closing quotes and brackets belong to the sentence they end
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if r == '"' || r == '”' || r == '’' || r == '\'' || r == ')' {
				j += n
				continue
			}
			break
		}
		if j >= len(text) || !isSpace(text[j]) {
			continue
		}
		k := j
		for k < len(text) && isSpace(text[k]) {
			k++
		}
		if k >= len(text) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '"' && r != '“' && r != '‘' {
			continue
		}
		if c == '.' && isAbbrevBefore(text, i) {
			continue
		}
		add(j)
		start = j
	}
	add(len(text))
	return out
}

// isAbbrevBefore reports whether the full stop at i ends an abbreviation or
// an initial ("J. Smith").
func isAbbrevBefore(text string, i int) bool {
	b := i
	for b > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:b])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		b -= n
	}
	word := strings.ToLower(text[b:i])
	if abbreviations[word] {
		return true
	}
	return utf8.RuneCountInString(word) == 1 && unicode.IsUpper([]rune(text[b:i])[0])
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }
