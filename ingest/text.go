package ingest

import (
	"bytes"
	"log/slog"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"

	"crosswire"
)

// decodeText turns the bytes of a text file into UTF-8. UTF-8 (with or
// without a BOM) is taken as is and UTF-16 with a BOM is converted. Other
// bytes are converted from Windows-1252 only when that is clearly what they
// are (see looksLegacy); otherwise ok is false and the file is skipped as
// invalid UTF-8: guessing wrong would put mojibake into names and quotes,
// which is worse for a fact checker than a visible skip. enc names the
// charset converted from ("utf-16le", "utf-16be", "windows-1252"), ""
// for UTF-8; it becomes the article's Encoding.
func decodeText(data []byte) (text, enc string, ok bool) {
	if bytes.HasPrefix(data, utf8BOM) {
		data = data[len(utf8BOM):]
	}
	if hasUTF16BOM(data) {
		out, err := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewDecoder().Bytes(data)
		if err != nil || !utf8.Valid(out) {
			return "", "", false
		}
		enc = "utf-16le"
		if data[0] == 0xfe {
			enc = "utf-16be"
		}
		return string(out), enc, true
	}
	if utf8.Valid(data) {
		return string(data), "", true
	}
	if looksLegacy(data) {
		out, err := charmap.Windows1252.NewDecoder().Bytes(data)
		if err == nil {
			return string(out), "windows-1252", true
		}
	}
	return "", "", false
}

// looksLegacy reports whether bytes that are not valid UTF-8 are clearly a
// Windows-1252 / Latin-1 text: no valid multi-byte UTF-8 sequence at all
// (a file mixing them is broken UTF-8, not Latin-1), every byte ≥ 0x80 maps
// to a letter or common punctuation, no run of three or more such bytes
// (accented letters come alone or in pairs in Western European words),
// and they make at most 10% of the text.
func looksLegacy(data []byte) bool {
	high, run := 0, 0
	for i := 0; i < len(data); {
		b := data[i]
		if b < 0x80 {
			run = 0
			i++
			continue
		}
		if r, size := utf8.DecodeRune(data[i:]); r != utf8.RuneError && size > 1 {
			return false
		}
		r := charmap.Windows1252.DecodeByte(b)
		if !unicode.IsLetter(r) && !strings.ContainsRune("‘’“”–—…€£¥°©®«»·§¶½¼¾±×÷¡¿", r) {
			return false
		}
		if unicode.IsLetter(r) && !inLatinWord(data, i) {
			return false
		}
		high++
		run++
		if run >= 3 {
			return false
		}
		i++
	}
	return high > 0 && high*10 <= len(data)
}

// standaloneAccented are the accented letters that are words on their
// own in Western European languages (French "à", Italian "è", Spanish
// and Portuguese "ó").
const standaloneAccented = "àáèéìíòóùú"

// inLatinWord reports whether the high byte data[i], read as a
// Windows-1252 letter, sits in a word as an accented letter does: beside
// an ASCII letter of the same word ("café", "Müller"), or alone as one of
// standaloneAccented. Letters with no ASCII letter in their word ("ÿþ",
// "Ã(" from bytes FF FE and C3 28) are broken UTF-8 or binary, not
// Latin-1 text.
func inLatinWord(data []byte, i int) bool {
	isWordByte := func(b byte) bool {
		if b >= 0x80 {
			return unicode.IsLetter(charmap.Windows1252.DecodeByte(b))
		}
		return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '\''
	}
	s, e := i, i+1
	for s > 0 && isWordByte(data[s-1]) {
		s--
	}
	for e < len(data) && isWordByte(data[e]) {
		e++
	}
	for _, b := range data[s:e] {
		if b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' {
			return true
		}
	}
	return e-s == 1 && strings.ContainsRune(standaloneAccented, charmap.Windows1252.DecodeByte(data[i]))
}

// headerKeys maps the keys of a text header, lower-case, to the field they
// set: the names a JSON article's fields go by (one list for both).
var headerKeys = func() map[string]string {
	m := map[string]string{}
	for field, names := range map[string][]string{
		"title": titleFields, "outlet": outletFields, "url": urlFields,
		"published": publishedFields, "language": languageFields, "author": authorFields,
	} {
		for _, n := range names {
			m[strings.ToLower(n)] = field
		}
	}
	return m
}()

// header is the metadata a text file's header block may carry.
type header struct {
	Title, Outlet, URL, Published, Language, Author string
}

func (h *header) set(field, value string) {
	switch field {
	case "title":
		h.Title = value
	case "outlet":
		h.Outlet = value
	case "url":
		h.URL = value
	case "published":
		h.Published = value
	case "language":
		h.Language = value
	case "author":
		h.Author = value
	}
}

// parseHeader splits a text into its header block and body. The header is
// the first block of lines when every one of them is "Key: value", at
// least as many of the keys known as unknown (the unknown ones, a "Desk:"
// or "Slug:" among "Title:" and "Date:", are ignored and listed in
// ignored), and a blank line follows it; otherwise there is no header and
// body is the whole text, so prose that happens to start with "Note: …" is
// never eaten. Markdown front matter between "---" lines is read the same
// way, except that unknown keys are ignored there whatever their number.
func parseHeader(text string) (h header, body string, ok bool) {
	h, body, ok, _ = parseHeaderKeys(text)
	return h, body, ok
}

// parseHeaderKeys is parseHeader with the keys of a header block it
// ignored.
func parseHeaderKeys(text string) (h header, body string, ok bool, ignored []string) {
	text = strings.TrimLeft(text, "\n")
	if fm, rest, found := frontMatter(text); found {
		for _, line := range strings.Split(fm, "\n") {
			if key, value, kv := headerLine(line); kv {
				h.set(key, unquote(value))
			}
		}
		return h, strings.TrimLeft(rest, "\n"), true, nil
	}
	block, rest, found := strings.Cut(text, "\n\n")
	if !found {
		return header{}, text, false, nil
	}
	lines := strings.Split(block, "\n")
	known := 0
	for _, line := range lines {
		key, value, kv := headerLine(line)
		if kv {
			h.set(key, value)
			known++
			continue
		}
		name, isKey := unknownKey(line)
		if !isKey {
			return header{}, text, false, nil
		}
		ignored = append(ignored, name)
	}
	if known < len(ignored) {
		return header{}, text, false, nil
	}
	return h, strings.TrimLeft(rest, "\n"), true, ignored
}

// unknownKey reads a line shaped "Key: value" whose key crosswire does not
// use: one to three words of letters, digits, "-" or "_" at the start of
// the line, and a value.
func unknownKey(line string) (string, bool) {
	key, value, found := strings.Cut(line, ":")
	if !found || strings.TrimSpace(value) == "" || key == "" || key != strings.TrimLeft(key, " \t") {
		return "", false
	}
	words := strings.Fields(key)
	if len(words) == 0 || len(words) > 3 {
		return "", false
	}
	for _, r := range key {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '_' && r != ' ' {
			return "", false
		}
	}
	return strings.TrimSpace(key), true
}

// frontMatter cuts a "---" delimited block off the start of text.
func frontMatter(text string) (fm, rest string, ok bool) {
	if !strings.HasPrefix(text, "---\n") {
		return "", text, false
	}
	inner := text[len("---\n"):]
	end := strings.Index(inner, "\n---")
	if end < 0 {
		return "", text, false
	}
	after := inner[end+len("\n---"):]
	if after != "" && after[0] != '\n' {
		return "", text, false
	}
	return inner[:end], after, true
}

// headerLine parses "Key: value" with a known key.
func headerLine(line string) (field, value string, ok bool) {
	key, value, found := strings.Cut(line, ":")
	if !found {
		return "", "", false
	}
	if strings.HasPrefix(key, " ") || strings.HasPrefix(key, "\t") {
		return "", "", false // indented: prose or a quote, not a header
	}
	field, ok = headerKeys[strings.ToLower(strings.TrimSpace(key))]
	if !ok {
		return "", "", false
	}
	return field, strings.TrimSpace(value), true
}

func unquote(s string) string {
	if len(s) >= 2 && (s[0] == '"' && s[len(s)-1] == '"' || s[0] == '\'' && s[len(s)-1] == '\'') {
		return s[1 : len(s)-1]
	}
	return s
}

// textDocument reads a .txt or .md file: decoding, header, body. reason is
// set when the file must be skipped.
func textDocument(source string, data []byte, log *slog.Logger) (doc crosswire.Document, reason string) {
	if isBinary(data) {
		return doc, binaryReason(data)
	}
	text, enc, ok := decodeText(data)
	if !ok {
		return doc, ReasonInvalidUTF8
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	h, body, _, ignored := parseHeaderKeys(text)
	if len(ignored) > 0 {
		log.Warn("header keys not read", "source", source, "keys", strings.Join(ignored, ", "),
			"read", "Title, Outlet, URL, Published, Language, Author (and their other names)")
	}
	body = strings.TrimSpace(body)
	if body == "" {
		return doc, ReasonEmpty
	}
	doc = crosswire.Document{
		Source:   source,
		Body:     body,
		Title:    h.Title,
		Outlet:   h.Outlet,
		URL:      h.URL,
		Author:   h.Author,
		Language: h.Language,
		Encoding: enc,
	}
	if h.Published != "" {
		doc.Published = ParseDate(h.Published)
		if doc.Published == nil {
			log.Warn("unparseable published date, left empty", "source", source, "published", h.Published)
		}
	}
	return doc, ""
}
