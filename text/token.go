package text

import (
	"unicode"
	"unicode/utf8"
)

// Token is one word of a text: a run of letters and digits, lower-cased in
// Term, with its byte offsets (text[Start:End] is the word as written).
type Token struct {
	Term       string
	Start, End int
}

// Tokenizer cuts a text into tokens in text order.
type Tokenizer interface {
	Tokenize(text string) []Token
}

// WordTokenizer is the Tokenizer of words: runs of letters and digits,
// lower-cased. Anything else separates words, apostrophes included
// ("Keller's" gives "keller" and "s"). The zero value is ready to use.
type WordTokenizer struct{}

var _ Tokenizer = WordTokenizer{}

// Tokenize implements Tokenizer.
func (WordTokenizer) Tokenize(text string) []Token {
	return FirstTokens(text, -1)
}

// FirstTokens returns the first limit tokens of text as WordTokenizer cuts
// them (all of them when limit < 0), reading no further than the last: a
// reader that needs a few words after a place asks for them without
// cutting the rest of a long text.
func FirstTokens(text string, limit int) []Token {
	var out []Token
	if limit == 0 {
		return out
	}
	eachWord(text, func(term string, start, end int) bool {
		out = append(out, Token{term, start, end})
		return limit < 0 || len(out) < limit
	})
	return out
}

// Words returns the lower-case words of s, as WordTokenizer cuts them,
// without offsets: the cheap form for comparing bags of words. ASCII
// takes a fast path: it runs on every sentence of every version.
func Words(s string) []string {
	out := make([]string, 0, len(s)/5+1)
	eachWord(s, func(term string, _, _ int) bool { out = append(out, term); return true })
	return out
}

// LastWords returns the last limit words of s (all of them when it has
// fewer), as Words cuts them, reading back from the end of s no further
// than the first of them: a reader that needs a few words before a place
// in a long sentence ("the five words before a figure") asks for them
// without cutting the whole sentence into words, which made a run of
// thousands of figures in one sentence cost the sentence's words for
// each figure.
func LastWords(s string, limit int) []string {
	cut := len(s)
	for range limit {
		i := cut
		for i > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:i])
			if wordRune(r) {
				break
			}
			i -= n
		}
		if i == 0 {
			break
		}
		for i > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:i])
			if !wordRune(r) {
				break
			}
			i -= n
		}
		cut = i
	}
	return Words(s[cut:])
}

// wordRune reports whether r belongs to a word: a letter or a digit. It
// is the one test of eachWord (past its ASCII fast path) and LastWords.
func wordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// eachWord calls fn with every word of s, lower-cased, and its offsets,
// until fn returns false.
func eachWord(s string, fn func(term string, start, end int) bool) {
	buf := make([]byte, 0, 32)
	start := -1
	more := true
	flush := func(end int) {
		if len(buf) > 0 {
			more = fn(string(buf), start, end)
			buf = buf[:0]
		}
		start = -1
	}
	for i := 0; i < len(s) && more; {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
				if start < 0 {
					start = i
				}
				buf = append(buf, c)
			case c >= 'A' && c <= 'Z':
				if start < 0 {
					start = i
				}
				buf = append(buf, c+'a'-'A')
			default:
				flush(i)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if wordRune(r) {
			if start < 0 {
				start = i
			}
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		} else {
			flush(i)
		}
		i += n
	}
	if more {
		flush(len(s))
	}
}
