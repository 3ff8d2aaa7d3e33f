package ingest

import (
	"bytes"
	"fmt"
)

// Skip reasons. They appear in reports and on stderr; callers may compare
// against them. A size cap reason is built by tooLarge ("larger than 10 MiB
// cap") and JSON errors carry the decoder's message after "invalid JSON: ".
const (
	ReasonNotFound    = "no such file"
	ReasonEmpty       = "empty"
	ReasonBinary      = "binary file"
	ReasonInvalidUTF8 = "invalid UTF-8"
	// ReasonUTF16NoBOM: text in UTF-16 without the byte-order mark that
	// says so (one byte in two a NUL): read only with a BOM, never
	// guessed.
	// ReasonPDF: a PDF document (it opens with "%PDF-"), whatever its
	// name or Content-Type.
	ReasonPDF        = "a PDF document: crosswire reads text, Markdown, HTML, JSON and WARC; save the report's text first"
	ReasonUTF16NoBOM = "UTF-16 without a byte-order mark: save it as UTF-8, or as UTF-16 with a BOM"
	// ReasonOtherCharset: text in a multi-byte character set other than
	// UTF-8 (mostly not UTF-8, yet no NUL or control byte: not binary).
	ReasonOtherCharset = "text in a character set other than UTF-8 (Shift_JIS, GBK, Big5, EUC-KR…?): save it as UTF-8"
	// ReasonLoneSurrogate: JSON text escapes half a UTF-16 surrogate pair
	// (\uD800–\uDFFF alone), which is no character.
	ReasonLoneSurrogate = "invalid UTF-8: a lone surrogate escape (\\uD800–\\uDFFF) in the JSON"
	ReasonNoText        = "JSON without text"
	ReasonNoMainText    = "no readable text in HTML"
	// ReasonScriptedPage: a page whose body holds scripts and links but
	// no text: its text is built by JavaScript in a browser.
	ReasonScriptedPage = "no readable text in HTML, only links and scripts: its text may be built by JavaScript (save the page from a browser, or give its text)"
	ReasonNoPages      = "no HTML pages in archive"
	ReasonFeed         = "a news feed, not a report: 'crosswire watch FEED' (its URL or this file) reads its items"
	ReasonXML          = "XML that is neither a page nor a feed"
	// ReasonNotPage: a feed item's link answered with data (JSON, an
	// archive…) rather than a page holding one report.
	ReasonNotPage = "not a report page (HTML, text or Markdown)"
	// ReasonPageNotFeed: a report page was given where a feed was wanted.
	ReasonPageNotFeed = "a report page, not a feed: 'crosswire check URL' reads it"
)

// tooLarge is the reason for an input over the size cap.
func tooLarge(max int64) string {
	return fmt.Sprintf("larger than %s cap", FormatSize(max))
}

// FormatSize writes a byte count with binary units: 10 MiB, 512 KiB, 1.5 GiB.
func FormatSize(n int64) string {
	units := []string{"bytes", "KiB", "MiB", "GiB", "TiB"}
	v := float64(n)
	i := 0
	for v >= 1024 && i < len(units)-1 {
		v /= 1024
		i++
	}
	if n == 1 {
		return "1 byte"
	}
	if i == 0 {
		return fmt.Sprintf("%d bytes", n)
	}
	if v == float64(int64(v)) {
		return fmt.Sprintf("%d %s", int64(v), units[i])
	}
	return fmt.Sprintf("%.1f %s", v, units[i])
}

// binaryReason is the skip reason for data isBinary refuses: most often
// "binary file", but a text in UTF-16 without its byte-order mark says
// so, since the user can fix that.
func binaryReason(data []byte) string {
	if isPDF(data) {
		return ReasonPDF
	}
	if utf16NoBOM(data) {
		return ReasonUTF16NoBOM
	}
	if otherCharsetText(data) {
		return ReasonOtherCharset
	}
	return ReasonBinary
}

// otherCharsetText reports whether data refused as binary for its invalid
// UTF-8 is rather a text in a multi-byte legacy character set
// (Shift_JIS, GBK, Big5, EUC-KR): no NUL and no control byte but white
// space and ESC in its head, and a byte above 0x7F. Binary data has both
// (an image's or an archive's header, a NUL a 256 bytes of compressed
// data); such a text has neither, and its user can save it as UTF-8.
func otherCharsetText(data []byte) bool {
	head := data[:min(len(data), 8192)]
	high := false
	for _, b := range head {
		switch {
		case b >= 0x80:
			high = true
		case b == 0x7f, b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != '\v' && b != 0x1b:
			return false
		}
	}
	return high
}

// utf16NoBOM reports whether data reads as UTF-16 text without a BOM
// (utf16Order).
func utf16NoBOM(data []byte) bool {
	_, ok := utf16Order(data)
	return ok
}

// utf16Order reports whether data reads as UTF-16 text without a BOM, and
// in which byte order: in its head, seven pairs of bytes in ten have a NUL
// on one side (the high byte of a Latin character) and the other side of
// those pairs is a printable character or a line break, never a NUL.
// Binary data does not look so (a run of NULs fails the second side), so
// the guess is safe for text in Latin scripts, the text a news report in
// UTF-16 mostly is; other scripts are refused as binary still.
func utf16Order(data []byte) (littleEndian, ok bool) {
	head := data[:min(len(data), 8192)&^1]
	n := len(head) / 2
	if n < 4 {
		return false, false
	}
	printable := func(b byte) bool { return b >= 0x20 || b == '\n' || b == '\r' || b == '\t' }
	for _, hi := range []int{1, 0} { // little-endian: the high byte second
		latin, good := 0, 0
		for i := 0; i+1 < len(head); i += 2 {
			h, l := head[i+hi], head[i+1-hi]
			if h == 0 {
				latin++
				if printable(l) && l != 0 {
					good++
				}
			}
		}
		if latin*10 >= n*7 && good*20 >= latin*19 {
			return hi == 1, true
		}
	}
	return false, false
}

// withUTF16BOM returns data with the byte-order mark its UTF-16 text was
// saved without (utf16Order), so the readers that decode UTF-16 by its BOM
// read it; other data is returned as it is.
func withUTF16BOM(data []byte) ([]byte, bool) {
	if hasUTF16BOM(data) {
		return data, false
	}
	le, ok := utf16Order(data)
	if !ok {
		return data, false
	}
	bom := []byte{0xFE, 0xFF}
	if le {
		bom = []byte{0xFF, 0xFE}
	}
	return append(bom, data...), true
}

// isPDF reports whether data is a PDF document: it opens with "%PDF-"
// (after blank space at most, as readers allow).
func isPDF(data []byte) bool {
	return bytes.HasPrefix(bytes.TrimLeft(data[:min(len(data), 1024)], " \t\r\n"), []byte("%PDF-"))
}
