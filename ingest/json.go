package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"crosswire"
)

// Field names read from a JSON article, first match wins. Unknown fields are
// ignored.
var (
	textFields      = []string{"text", "body", "content", "article", "full_text"}
	htmlFields      = []string{"html"}
	titleFields     = []string{"title", "headline"}
	urlFields       = []string{"url", "link", "canonical_url"}
	outletFields    = []string{"outlet", "source", "site", "site_name", "publisher"}
	publishedFields = []string{"published", "published_at", "publishedAt", "date", "datetime", "pubdate"}
	languageFields  = []string{"language", "lang"}
	authorFields    = []string{"author", "authors", "byline"}
)

// TextFieldNames are the fields an article's text is read from, in the
// order tried: the text under its names, then an HTML page. A fresh slice
// on every call.
func TextFieldNames() []string {
	return append(slices.Clone(textFields), htmlFields...)
}

// jsonArticle decodes one article object. It returns the document (Source
// to be set by the caller), or a skip reason. A published value that is
// no date is left out with a warning.
func jsonArticle(data []byte, log *slog.Logger, where string) (crosswire.Document, string) {
	doc, badDate, reason := decodeArticle(data, log, where)
	if badDate != "" {
		log.Warn("unparseable published date, left empty", "source", where, "published", badDate)
	}
	return doc, reason
}

// decodeArticle is jsonArticle with the published value it could not
// read returned rather than logged.
func decodeArticle(data []byte, log *slog.Logger, where string) (doc crosswire.Document, badDate, reason string) {
	if LoneSurrogate(data) {
		return crosswire.Document{}, "", ReasonLoneSurrogate
	}
	var obj map[string]json.RawMessage
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&obj); err != nil {
		return crosswire.Document{}, "", "invalid JSON: " + jsonError(err)
	}
	if obj == nil {
		return crosswire.Document{}, "", "invalid JSON: not an object"
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return crosswire.Document{}, "", "invalid JSON: data after the object"
	}
	return articleFromObject(obj, log, where)
}

// ReadArticle is DecodeArticle that also returns a published value it
// could not read as a date ("" when there is none or it was read), for
// a caller that refuses such an article rather than keep it undated (the
// HTTP API, which has no stderr to warn on). With an error, doc holds the
// fields read from an object that has no text (its url, to name it).
func ReadArticle(data []byte) (doc crosswire.Document, badDate string, err error) {
	doc, badDate, reason := decodeArticle(data, slog.New(slog.DiscardHandler), "")
	if reason != "" {
		return doc, "", errors.New(reason)
	}
	return doc, badDate, nil
}

// DecodeArticle decodes one JSON article object as the JSON and JSONL
// inputs of check and ingest are read: the text, title, URL, outlet,
// language, author and publication time under their usual field names
// (text/body/content…, headline, published/date/pubdate… in many date
// forms or Unix seconds), the text extracted from an "html" field when
// there is no plain text. The error says why the object is not an article
// (invalid JSON, no text); unknown fields are ignored.
func DecodeArticle(data []byte) (crosswire.Document, error) {
	doc, _, err := ReadArticle(data)
	if err != nil {
		return crosswire.Document{}, err
	}
	return doc, nil
}

// articleFromObject maps the fields of one decoded article.
func articleFromObject(obj map[string]json.RawMessage, log *slog.Logger, where string) (doc crosswire.Document, badDate, reason string) {
	doc = crosswire.Document{
		Title:    stringField(obj, titleFields),
		URL:      stringField(obj, urlFields),
		Outlet:   stringField(obj, outletFields),
		Language: stringField(obj, languageFields),
		Author:   stringField(obj, authorFields),
	}
	doc.Body = strings.TrimSpace(joinedField(obj, textFields, "\n\n"))
	if doc.Body == "" {
		if page := stringField(obj, htmlFields); strings.TrimSpace(page) != "" {
			h, reason := htmlDocument(where, []byte(page), "text/html; charset=utf-8", log)
			if reason != "" {
				return crosswire.Document{}, "", reason
			}
			doc.Body = h.Body
			doc.Title = firstNonEmpty(doc.Title, h.Title)
			doc.Outlet = firstNonEmpty(doc.Outlet, h.Outlet)
			doc.Author = firstNonEmpty(doc.Author, h.Author)
			doc.Language = firstNonEmpty(doc.Language, h.Language)
			doc.URL = firstNonEmpty(doc.URL, h.URL)
			doc.Published = h.Published
		}
	}
	if doc.Body == "" {
		if key, kind := fieldKind(obj, textFields); kind != "" && kind != "string" && kind != "array" && kind != "null" {
			// As the API words it: the field is there, holding no text.
			return doc, "", fmt.Sprintf("invalid JSON: field %q must be a string, not %s", key, kind)
		}
		return doc, "", ReasonNoText // its other fields still name it
	}
	if raw, ok := firstField(obj, publishedFields); ok {
		if t, text := jsonTime(raw); t != nil {
			doc.Published = t
		} else {
			badDate = text
		}
	}
	return doc, badDate, ""
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func firstField(obj map[string]json.RawMessage, names []string) (json.RawMessage, bool) {
	_, raw, ok := namedField(obj, names)
	return raw, ok
}

// namedField is firstField with the key it was found under.
func namedField(obj map[string]json.RawMessage, names []string) (string, json.RawMessage, bool) {
	for _, n := range names {
		if raw, ok := obj[n]; ok && string(raw) != "null" {
			return n, raw, true
		}
	}
	// Keys are matched case-insensitively as a fallback ("Title", "URL").
	for k, raw := range obj {
		for _, n := range names {
			if strings.EqualFold(k, n) && string(raw) != "null" {
				return k, raw, true
			}
		}
	}
	return "", nil, false
}

// fieldKind is the key and JSON type (string, number, boolean, object,
// array) of the first of names obj holds; "" when it holds none.
func fieldKind(obj map[string]json.RawMessage, names []string) (key, kind string) {
	key, raw, ok := namedField(obj, names)
	if !ok {
		return "", ""
	}
	switch b := bytes.TrimSpace(raw); {
	case len(b) == 0:
		return key, ""
	case b[0] == '"':
		return key, "string"
	case b[0] == '{':
		return key, "object"
	case b[0] == '[':
		return key, "array"
	case b[0] == 't' || b[0] == 'f':
		return key, "boolean"
	case b[0] == 'n':
		return key, "null"
	}
	return key, "number"
}

// stringField reads a string field; an array of strings or of {"name"}
// objects (authors) is joined with ", "; an object with a name ("source":
// {"name": …} in news API dumps) gives the name; numbers and other types
// count as absent.
func stringField(obj map[string]json.RawMessage, names []string) string {
	return joinedField(obj, names, ", ")
}

// joinedField is stringField with the items of a list joined by sep: the
// paragraphs of a text given as a list are paragraphs ("\n\n"), not a
// list of names.
func joinedField(obj map[string]json.RawMessage, names []string, sep string) string {
	raw, ok := firstField(obj, names)
	if !ok {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return strings.TrimSpace(s)
	}
	var list []any
	if json.Unmarshal(raw, &list) == nil {
		var parts []string
		for _, v := range list {
			switch v := v.(type) {
			case string:
				parts = append(parts, strings.TrimSpace(v))
			case map[string]any:
				if name, ok := v["name"].(string); ok {
					parts = append(parts, strings.TrimSpace(name))
				}
			}
		}
		return strings.Join(parts, sep)
	}
	var named struct {
		Name string `json:"name"`
	}
	if json.Unmarshal(raw, &named) == nil {
		return strings.TrimSpace(named.Name)
	}
	return ""
}

// jsonTime reads a published value: a date string in one of dateLayouts or
// Unix seconds (or milliseconds) after the epoch, to the year 9999; 0 is
// no date (what dumps write for none). It returns the text it could not
// parse.
func jsonTime(raw json.RawMessage) (*time.Time, string) {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		if t := ParseDate(s); t != nil {
			return t, ""
		}
		return nil, s
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		if secs, err := strconv.ParseInt(n.String(), 10, 64); err == nil {
			if secs == 0 {
				return nil, "" // the epoch: what dumps write for no date
			}
			if secs > 1e11 { // milliseconds
				secs /= 1000
			}
			// The years every other form allows (ParseDate); before the
			// epoch is no web article's date.
			if t := time.Unix(secs, 0).UTC(); secs > 0 && t.Year() <= 9999 {
				return &t, ""
			}
		}
		return nil, n.String()
	}
	return nil, string(raw)
}

// jsonError shortens a decoder error for a skip reason.
func jsonError(err error) string {
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		return fmt.Sprintf("%v at byte %d", syn, syn.Offset)
	}
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		return "not an object"
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return "unexpected end of input"
	}
	return err.Error()
}

// looksLikeArticle reports whether a .json file found in a directory is
// meant as a report: an array, or an object with at least one of the
// article fields (text, title, url… or their aliases). Anything else is
// some other data file and is left out of the walk.
func looksLikeArticle(data []byte) bool {
	trimmed := bytes.TrimSpace(TrimBOM(data))
	if len(trimmed) == 0 || trimmed[0] != '{' {
		return true // arrays, and broken files, are read (and reported)
	}
	var obj map[string]json.RawMessage
	if json.Unmarshal(trimmed, &obj) != nil {
		return true
	}
	if isArticleObject(obj) {
		return true
	}
	_, ok := articleList(obj)
	return ok
}

// isArticleObject reports whether a decoded object has one of the fields
// an article is known by (text, html, title, url).
func isArticleObject(obj map[string]json.RawMessage) bool {
	for _, names := range [][]string{textFields, htmlFields, titleFields, urlFields} {
		if _, ok := firstField(obj, names); ok {
			return true
		}
	}
	return false
}

// listFields are the keys under which an answer of a news API, or a dump,
// keeps its articles ({"status": "ok", "articles": […]}).
var listFields = []string{"articles", "items", "results", "data", "entries", "documents", "stories"}

// ArticleList returns the items of data when it is a JSON object that
// keeps its articles in a list (a news API's answer, {"articles": […]}),
// as a .json input of check is read; false for anything else.
func ArticleList(data []byte) ([]json.RawMessage, bool) {
	var obj map[string]json.RawMessage
	if json.Unmarshal(data, &obj) != nil || obj == nil {
		return nil, false
	}
	return articleList(obj)
}

// articleList is the array of articles an object holds under one of
// listFields, when the object is no article itself and at least one item
// of the array is one.
func articleList(obj map[string]json.RawMessage) ([]json.RawMessage, bool) {
	if isArticleObject(obj) {
		return nil, false
	}
	raw, ok := firstField(obj, listFields)
	if !ok {
		return nil, false
	}
	var items []json.RawMessage
	if json.Unmarshal(raw, &items) != nil {
		return nil, false
	}
	for _, it := range items {
		var o map[string]json.RawMessage
		if json.Unmarshal(it, &o) == nil && isArticleObject(o) {
			return items, true
		}
	}
	return nil, false
}

// jsonContent reads a .json input: one article object, or an array of
// them (each named like a JSONL line, by url else FILE#N), bare or under
// a key of an object (articleList).
func (w *walker) jsonContent(source string, data []byte) error {
	// JSON is UTF-8 (RFC 8259), as JSONL lines are: bytes that are not
	// are skipped, not guessed at; UTF-16 with a BOM is converted.
	text, enc, ok := decodeText(data)
	if !ok || enc == "windows-1252" {
		w.skip(source, ReasonInvalidUTF8)
		return nil
	}
	trimmed := strings.TrimSpace(text)
	if trimmed == "" {
		w.skip(source, ReasonEmpty)
		return nil
	}
	var items []json.RawMessage
	if trimmed[0] == '{' {
		// An object holding its articles in a list (a news API's
		// answer) is read as the list.
		items, _ = ArticleList([]byte(trimmed))
	}
	if trimmed[0] != '[' && items == nil {
		doc, reason := jsonArticle([]byte(trimmed), w.log, source)
		if reason != "" {
			w.skip(source, reason)
			return nil
		}
		doc.Source = source
		return w.emit(fileEncoding(doc, enc))
	}
	if items == nil {
		if err := json.Unmarshal([]byte(trimmed), &items); err != nil {
			w.skip(source, "invalid JSON: "+jsonError(err))
			return nil
		}
	}
	if len(items) == 0 {
		w.skip(source, ReasonEmpty)
		return nil
	}
	for i, item := range items {
		where := fmt.Sprintf("%s#%d", source, i+1)
		doc, reason := jsonArticle(item, w.log, where)
		if reason != "" {
			w.skip(where, reason)
			continue
		}
		doc.Source = firstNonEmpty(doc.URL, where)
		if err := w.emit(fileEncoding(doc, enc)); err != nil {
			return err
		}
	}
	return nil
}

// fileEncoding gives doc the encoding its file was decoded from
// ("utf-16le"), unless an HTML field of its own declared one.
func fileEncoding(doc crosswire.Document, enc string) crosswire.Document {
	if doc.Encoding == "" {
		doc.Encoding = enc
	}
	return doc
}

// jsonlFile streams a .jsonl file line by line: memory is bounded by one
// line (at most MaxSize), whatever the file's size.
func (w *walker) jsonlFile(path, source string) error {
	f, err := os.Open(path)
	if err != nil {
		w.skip(source, statReason(err))
		return nil
	}
	defer f.Close()
	var size int64
	if info, err := f.Stat(); err == nil {
		size = info.Size()
	}
	cr := &countingReader{r: f}
	w.bar = NewProgress(w.r.Progress, size, source)
	w.counted = cr
	defer func() {
		w.bar.Finish()
		w.bar, w.counted = nil, nil
	}()
	return w.jsonlStream(source, cr)
}

// countingReader counts the bytes read through it, for progress.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// jsonlStream reads one article a line. A bad line is skipped as
// SOURCE#LINE (1-based) and the others are read; blank lines are ignored.
// A line over MaxSize is skipped without being held in memory.
func (w *walker) jsonlStream(source string, r io.Reader) error {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(8192)
	if isBinary(head) {
		w.skip(source, binaryReason(head))
		return nil
	}
	// A UTF-16 file (with a BOM, as Windows tools save it) is decoded as
	// it streams; its articles say so in Encoding.
	enc := ""
	if hasUTF16BOM(head) {
		enc = "utf-16le"
		if head[0] == 0xfe {
			enc = "utf-16be"
		}
		br = bufio.NewReaderSize(transform.NewReader(br, xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewDecoder()), 64<<10)
	}
	lineNo, nonBlank := 0, 0
	for {
		if err := w.ctx.Err(); err != nil {
			return err
		}
		line, tooLong, err := readLine(br, w.max)
		if errors.Is(err, io.EOF) && len(line) == 0 && !tooLong {
			break
		}
		lineNo++
		where := fmt.Sprintf("%s#%d", source, lineNo)
		if err != nil && !errors.Is(err, io.EOF) {
			w.skip(where, fmt.Sprintf("read error: %v", err))
			return nil
		}
		if lineNo == 1 {
			line = TrimBOM(line)
		}
		switch {
		case tooLong:
			nonBlank++
			w.skip(where, tooLarge(w.max))
		case len(bytes.TrimSpace(line)) == 0:
			// A blank line separates nothing: ignore it.
		case !utf8.Valid(line):
			nonBlank++
			w.skip(where, ReasonInvalidUTF8)
		default:
			nonBlank++
			doc, reason := jsonArticle(line, w.log, where)
			if reason != "" {
				w.skip(where, reason)
				break
			}
			doc.Source = firstNonEmpty(doc.URL, where)
			if ferr := w.emit(fileEncoding(doc, enc)); ferr != nil {
				return ferr
			}
		}
		if w.bar != nil {
			w.bar.Record()
			w.bar.SetBytes(w.counted.n)
		}
		if err != nil {
			break
		}
	}
	if nonBlank == 0 {
		w.skip(source, ReasonEmpty)
	}
	return nil
}

// readLine reads one line without its newline. A line longer than max is
// consumed to its end and reported as tooLong with no data, so the next
// line is read normally. err is io.EOF after the last line.
func readLine(br *bufio.Reader, max int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(line)+len(chunk)) > max+1 { // +1: the newline
				tooLong = true
				line = nil
			} else {
				line = append(line, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		line = bytes.TrimSuffix(line, []byte("\n"))
		line = bytes.TrimSuffix(line, []byte("\r"))
		if err == nil {
			return line, tooLong, nil
		}
		return line, tooLong, err
	}
}
