package ingest

import (
	"bytes"
	"compress/gzip"
	"io"
	"mime"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// inputFormat is how the bytes of an input are read.
type inputFormat int

const (
	formatUnknown inputFormat = iota
	formatText
	formatMarkdown
	formatHTML
	formatJSON
	formatJSONL
	formatWARC
	formatWARCGz
	formatBinary
	formatFeed // RSS, Atom, JSON Feed: read with package feed
	formatXML  // other XML: not a report format
)

// Extensions are the file name endings a directory walk reads (formatOf
// knows each): the list the walk's note of files left out gives, and the
// web upload form offers.
var Extensions = []string{".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".json", ".jsonl", ".ndjson", ".warc", ".warc.gz"}

// formatOf picks the format from a file name's extension.
func formatOf(name string) inputFormat {
	lower := strings.ToLower(name)
	if strings.HasSuffix(lower, ".warc.gz") {
		return formatWARCGz
	}
	switch filepath.Ext(lower) {
	case ".txt", ".text":
		return formatText
	case ".md", ".markdown":
		return formatMarkdown
	case ".html", ".htm", ".xhtml":
		return formatHTML
	case ".json":
		return formatJSON
	case ".jsonl", ".ndjson":
		return formatJSONL
	case ".warc":
		return formatWARC
	}
	return formatUnknown
}

// formatOfMedia picks the format from a Content-Type header.
func formatOfMedia(contentType string) inputFormat {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return formatUnknown
	}
	switch mt {
	case "text/html", "application/xhtml+xml":
		return formatHTML
	case "text/plain":
		return formatText
	case "text/markdown":
		return formatMarkdown
	case "application/json":
		return formatJSON
	case "application/x-ndjson", "application/jsonl", "application/x-jsonlines":
		return formatJSONL
	case "application/rss+xml", "application/atom+xml", "application/feed+json", "application/rdf+xml":
		return formatFeed
	}
	return formatUnknown
}

// sniff guesses the format of an input with no telling name (stdin, a file
// without a known extension): binary, a JSON object or array, JSONL (one
// object per line), HTML, else text.
func sniff(data []byte) inputFormat {
	if isBinary(data) {
		return formatBinary
	}
	s := bytes.TrimSpace(bytes.TrimPrefix(data, utf8BOM))
	switch {
	case len(s) == 0:
		return formatText
	case s[0] == '[':
		return formatJSON
	case s[0] == '{':
		// One object, possibly pretty-printed, or one object a line.
		first, rest, _ := bytes.Cut(s, []byte("\n"))
		first = bytes.TrimSpace(first)
		rest = bytes.TrimSpace(rest)
		if len(rest) > 0 && first[len(first)-1] == '}' && rest[0] == '{' {
			return formatJSONL
		}
		return formatJSON
	}
	head := s
	if len(head) > 1024 {
		head = head[:1024]
	}
	lower := bytes.ToLower(head)
	if bytes.HasPrefix(lower, []byte("<?xml")) || bytes.HasPrefix(lower, []byte("<rss")) || bytes.HasPrefix(lower, []byte("<feed")) {
		for _, marker := range []string{"<rss", "<feed", "<rdf:rdf"} {
			if bytes.Contains(lower, []byte(marker)) {
				return formatFeed
			}
		}
		if !bytes.Contains(lower, []byte("<html")) {
			return formatXML
		}
	}
	for _, marker := range []string{"<!doctype html", "<html", "<head", "<body", "<article", "<p>", "<div", "<meta", "<title"} {
		if bytes.Contains(lower, []byte(marker)) {
			return formatHTML
		}
	}
	return formatText
}

// startsHTMLDocument reports whether data opens as an HTML document does
// ("<!DOCTYPE html", "<html"), however its server labelled it: a text
// article never begins with the markup of a page.
func startsHTMLDocument(data []byte) bool {
	s := bytes.TrimSpace(bytes.TrimPrefix(data, utf8BOM))
	if len(s) > 16 {
		s = s[:16]
	}
	s = bytes.ToLower(s)
	return bytes.HasPrefix(s, []byte("<!doctype html")) || bytes.HasPrefix(s, []byte("<html"))
}

// isWARC reports whether head, the first bytes of an input, opens a WARC
// archive: a "WARC/1." version line, plain or as the start of a gzip
// member. Stdin and files named under another extension are read by it.
func isWARC(head []byte) bool {
	magic := []byte("WARC/1.")
	if bytes.HasPrefix(head, magic) {
		return true
	}
	if len(head) < 2 || head[0] != 0x1f || head[1] != 0x8b {
		return false
	}
	zr, err := gzip.NewReader(bytes.NewReader(head))
	if err != nil {
		return false
	}
	got := make([]byte, len(magic))
	n, _ := io.ReadFull(zr, got)
	return bytes.Equal(got[:n], magic)
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// TrimBOM returns a file's first line without the UTF-8 byte-order mark
// Windows tools write before it, as every reader of crosswire's skips it.
func TrimBOM(firstLine []byte) []byte {
	return bytes.TrimPrefix(firstLine, utf8BOM)
}

// isBinary reports whether data looks like a binary file rather than text:
// a NUL byte in the first 8 KiB (text in UTF-16 is recognised by its BOM
// before this check), or more than 10% of control characters other than
// whitespace. It looks at the head only, so a large file costs no more than
// a small one.
func isBinary(data []byte) bool {
	if hasUTF16BOM(data) {
		return false
	}
	if isPDF(data) {
		return true // text objects at its head, binary streams after
	}
	head := data
	if len(head) > 8192 {
		head = head[:8192]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	control := 0
	for _, b := range head {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != '\v' && b != 0x1b {
			control++
		}
	}
	if len(head) > 0 && control*10 > len(head) {
		return true
	}
	// Mostly invalid UTF-8 that is not a legacy single-byte text either
	// (compressed data, images without NULs in the head).
	if !utf8.Valid(head) {
		bad := 0
		for i := 0; i < len(head); {
			r, size := utf8.DecodeRune(head[i:])
			if r == utf8.RuneError && size == 1 {
				bad++
			}
			i += size
		}
		if bad*3 > len(head) && !looksLegacy(head) {
			return true
		}
	}
	return false
}

func hasUTF16BOM(data []byte) bool {
	return len(data) >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF))
}
