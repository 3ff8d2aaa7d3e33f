package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// normalise returns s as valid NFC UTF-8 with "\n" line endings, every other
// kind of space turned into a plain space and control characters dropped.
// Quotation marks and dashes are left as written.
func normalise(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				i++
			}
			b.WriteByte('\n')
		case r == '\n' || r == '\u2028' || r == '\u2029' || r == '\u0085':
			b.WriteByte('\n')
		case r == 0x1b:
			// a terminal escape sequence goes whole, not only its ESC
			i += escapeLen(s[i:])
		case r == '\u200b' || r == '\ufeff' || r == '\u00ad':
			// zero-width space, byte-order mark, soft hyphen: invisible.
		case unicode.IsSpace(r):
			b.WriteByte(' ')
		case unicode.IsControl(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// maxEscapeLen bounds the bytes an escape sequence is read over: an ESC
// followed by no terminator that near loses only itself.
const maxEscapeLen = 256

// escapeLen returns the length of the rest of the terminal escape sequence
// whose ESC byte came just before s: a control sequence ("[1;31m": CSI
// parameters, intermediates, a final byte), an operating-system command
// ("]0;title" ended by BEL or ESC \\), or one byte of a two-byte escape.
// A sequence cut short, or longer than maxEscapeLen, is 0: only the ESC
// goes.
func escapeLen(s string) int {
	if s == "" {
		return 0
	}
	switch s[0] {
	case '[':
		for i := 1; i < len(s) && i < maxEscapeLen; i++ {
			switch c := s[i]; {
			case c >= 0x20 && c <= 0x3f: // parameters and intermediates
			case c >= 0x40 && c <= 0x7e:
				return i + 1
			default:
				return 0
			}
		}
	case ']':
		for i := 1; i < len(s) && i < maxEscapeLen; i++ {
			switch {
			case s[i] == 0x07:
				return i + 1
			case s[i] == 0x1b && i+1 < len(s) && s[i+1] == '\\':
				return i + 2
			}
		}
	default:
		if s[0] >= 0x40 && s[0] <= 0x7e {
			return 1
		}
	}
	return 0
}

// collapseSpaces trims s and replaces every run of spaces with one space.
func collapseSpaces(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// paragraphs splits normalised text into paragraphs with collapsed spaces.
// Blank lines separate blocks; inside a block, lines are joined as one
// hard-wrapped paragraph unless they look like separate paragraphs (see
// splitBlock). Empty paragraphs are dropped.
func paragraphs(s string) []string {
	var out []string
	var block []string
	flush := func() {
		out = append(out, splitBlock(block)...)
		block = block[:0]
	}
	for _, line := range strings.Split(s, "\n") {
		line = collapseSpaces(line)
		if line == "" {
			if len(block) > 0 {
				flush()
			}
			continue
		}
		block = append(block, line)
	}
	if len(block) > 0 {
		flush()
	}
	return out
}

// splitBlock decides where the paragraph breaks are in a block of lines with
// no blank line between them. Text extracted from HTML puts one paragraph on
// each line, most of them ending a sentence; hard-wrapped text has lines of
// similar length that end mid-sentence. In wrapped text a line much shorter
// than the block's longest ends a paragraph (or is a heading), the classic
// signal used by text-reflow tools.
func splitBlock(lines []string) []string {
	if len(lines) == 1 {
		return []string{lines[0]}
	}
	ends, maxLen := 0, 0
	for i, l := range lines {
		if i < len(lines)-1 && endsSentence(l) {
			ends++
		}
		if n := utf8.RuneCountInString(l); n > maxLen {
			maxLen = n
		}
	}
	if 2*ends >= len(lines)-1 {
		return append([]string(nil), lines...)
	}
	var out []string
	var cur strings.Builder
	cur.WriteString(lines[0])
	for i := 1; i < len(lines); i++ {
		prev := lines[i-1]
		n := utf8.RuneCountInString(prev)
		brk := (endsSentence(prev) && 10*n < 8*maxLen) ||
			(!endsSentence(prev) && 10*n < 6*maxLen && startsUpper(prev) && wordCount(prev) <= maxSubheadWords)
		if brk {
			out = append(out, cur.String())
			cur.Reset()
		} else {
			cur.WriteByte(' ')
		}
		cur.WriteString(lines[i])
	}
	return append(out, cur.String())
}

// endsSentence reports whether s ends with sentence-final punctuation,
// possibly followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’»)]")
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', '…', '。', '！', '？':
		return true
	}
	return false
}

// startsUpper reports whether s starts with an upper-case letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// wordCount counts space-separated words.
func wordCount(s string) int {
	return len(strings.Fields(s))
}

// hasSpace reports whether s contains a space, which text in scripts written
// without spaces (Chinese, Japanese, Thai) does not.
func hasSpace(s string) bool {
	return strings.IndexByte(s, ' ') >= 0
}

// joinAround joins the text left and right of a removed piece with one
// space, or none when right starts with punctuation that attaches to the
// word before it.
func joinAround(left, right string) string {
	left = strings.TrimRight(left, " ")
	right = strings.TrimLeft(right, " ")
	if left == "" || right == "" {
		return left + right
	}
	r, _ := utf8.DecodeRuneInString(right)
	if strings.ContainsRune(",.;:!?)]”’", r) {
		return left + right
	}
	return left + " " + right
}
