package text

import (
	"strings"
	"unicode/utf8"
)

// wireStart is the control character Press Association style wire copy
// puts at the start of a paragraph (U+0019).
const wireStart = '\u0019'

// wireEnd is the character wire copy puts at the end of each paragraph,
// at the end of its last line.
const wireEnd = '<'

// Paragraphs returns the paragraphs of text, in order, trimmed of white
// space and paragraph marks, none empty. A paragraph ends at
//
//   - a blank line (a line holding only white space);
//   - a wire paragraph end: "<" right after a word or punctuation mark
//     and followed by white space or the end of the text (wire copy ends
//     each paragraph's last line with it; cleaning may have joined the
//     lines, so "< " inside a line counts too);
//   - a wire paragraph start: U+0019.
//
// A single line break is not a paragraph break: hard-wrapped lines of one
// paragraph stay together (headline lines end their sentence; see
// Splitter).
func Paragraphs(text string) []Range {
	var out []Range
	add := func(s, e int) {
		s, e = trim(text, s, e)
		if e > s {
			out = append(out, Range{s, e})
		}
	}
	s := 0
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == '\n':
			// a blank line: the next line holds only spaces or tabs
			j := i + 1
			for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
				j++
			}
			if j < len(text) && text[j] == '\n' {
				add(s, i)
				s, i = j+1, j+1
				continue
			}
			i++
		case c == wireEnd && wireEndAt(text, i):
			add(s, i)
			s, i = i+1, i+1
		case c == byte(wireStart):
			add(s, i)
			s, i = i+1, i+1
		default:
			i++
		}
	}
	add(s, len(text))
	return out
}

// wireEndAt reports whether the "<" at text[i] is a wire paragraph end:
// followed by white space or the end of the text, and either right after
// a character that is not white space ("…said.<"), or ending its line (a
// line of its own: "…said.\n<\n"), or after white space that follows a
// sentence's end ("…said. < ", where cleaning joined the lines). A "<"
// between words or figures ("turnout < 40") is not a mark.
func wireEndAt(text string, i int) bool {
	if i+1 < len(text) {
		n := text[i+1]
		if n != ' ' && n != '\n' && n != '\t' && n != '\r' && n != byte(wireStart) {
			return false
		}
	}
	if i == 0 {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(text[:i])
	if p == '<' {
		return false
	}
	if p != ' ' && p != '\n' && p != '\t' {
		return true
	}
	rest := strings.TrimLeft(text[i+1:], " \t\r")
	if rest == "" || rest[0] == '\n' || rest[0] == byte(wireStart) {
		return true
	}
	before := strings.TrimRight(text[:i], " \t\r\n")
	last, _ := utf8.DecodeLastRuneInString(before)
	return last == '.' || last == '!' || last == '?' || last == '…' || isClosing(last)
}
