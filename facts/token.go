package facts

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word, number or punctuation mark of an article's text with
// its byte offsets. Possessive "'s" is split off its word so "Keller's"
// yields "Keller" and "'s"; hyphens, en dashes, decimal points, thousands
// separators and internal apostrophes stay inside a token ("twenty-three",
// "2017–18", "5,000", "O'Neill").
type token struct {
	text       string
	lower      string
	start, end int
	sent       int
	word       bool // starts with a letter or digit
	cap        bool // starts with an upper-case letter
	upper      bool // every letter is upper case and there are at least two
	digit      bool // starts with a digit
}

// abbrevRe matches dotted abbreviations such as "U.S." or "e.g." at the
// start of a string.
var abbrevRe = regexp.MustCompile(`^(?:\pL\.){2,}`)

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isDash(r rune) bool { return r == '-' || r == '–' || r == '‐' || r == '‑' }

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// tokenize splits text into tokens. It never fails and every token's
// offsets satisfy text[start:end] == text.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/5)
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) || r == utf8.RuneError && size <= 1 {
			i += max(size, 1)
			continue
		}
		if !isWordRune(r) {
			toks = append(toks, newToken(text, i, i+size))
			i += size
			continue
		}
		if i+size < len(text) && text[i+size] == '.' {
			if m := abbrevRe.FindStringIndex(text[i:]); m != nil {
				toks = append(toks, newToken(text, i, i+m[1]))
				i += m[1]
				continue
			}
		}
		j := i + size
		prev := r
		for j < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if isWordRune(r2) {
				prev = r2
				j += s2
				continue
			}
			if j+s2 >= len(text) {
				break
			}
			r3, s3 := utf8.DecodeRuneInString(text[j+s2:])
			joined := false
			switch {
			case isDash(r2):
				joined = isWordRune(prev) && isWordRune(r3)
			case r2 == '.':
				joined = unicode.IsDigit(prev) && unicode.IsDigit(r3)
			case r2 == ',':
				// thousands separator: digit , ddd (not followed by a digit)
				if unicode.IsDigit(prev) && j+s2+3 <= len(text) && allDigits(text[j+s2:j+s2+3]) {
					k := j + s2 + 3
					joined = k == len(text) || !unicode.IsDigit(rune(text[k]))
				}
			case isApostrophe(r2):
				if unicode.IsLetter(prev) && unicode.IsLetter(r3) {
					// split possessive 's, keep o'clock, don't, O'Neill
					rest := text[j+s2+s3:]
					rr, _ := utf8.DecodeRuneInString(rest)
					possessive := (r3 == 's' || r3 == 'S') && (rest == "" || !unicode.IsLetter(rr))
					joined = !possessive
				}
			}
			if !joined {
				break
			}
			prev = r3
			j += s2 + s3
		}
		toks = append(toks, newToken(text, i, j))
		i = j
		// possessive 's
		if i < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[i:])
			if isApostrophe(r2) && i+s2 < len(text) && (text[i+s2] == 's' || text[i+s2] == 'S') {
				k := i + s2 + 1
				rr, _ := utf8.DecodeRuneInString(text[k:])
				if k == len(text) || !unicode.IsLetter(rr) {
					toks = append(toks, newToken(text, i, k))
					i = k
				}
			}
		}
	}
	return toks
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func newToken(text string, start, end int) token {
	t := token{text: text[start:end], start: start, end: end}
	t.lower = strings.ToLower(t.text)
	r, _ := utf8.DecodeRuneInString(t.text)
	t.word = isWordRune(r)
	t.cap = unicode.IsUpper(r)
	t.digit = unicode.IsDigit(r)
	letters, uppers := 0, 0
	for _, c := range t.text {
		if unicode.IsLetter(c) {
			letters++
			if unicode.IsUpper(c) {
				uppers++
			}
		}
	}
	t.upper = letters >= 2 && letters == uppers
	return t
}
