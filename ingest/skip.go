package ingest

import "fmt"

// Skip reasons. They appear in reports and on stderr; callers may compare
// against them. A size cap reason is built by tooLarge ("larger than 10 MiB
// cap") and JSON errors carry the decoder's message after "invalid JSON: ".
const (
	ReasonNotFound    = "no such file"
	ReasonEmpty       = "empty"
	ReasonBinary      = "binary file"
	ReasonInvalidUTF8 = "invalid UTF-8"
	// ReasonLoneSurrogate: JSON text escapes half a UTF-16 surrogate pair
	// (\uD800–\uDFFF alone), which is no character.
	ReasonLoneSurrogate = "invalid UTF-8: a lone surrogate escape (\\uD800–\\uDFFF) in the JSON"
	ReasonNoText        = "JSON without text"
	ReasonNoMainText    = "no readable text in HTML"
	ReasonNoPages       = "no HTML pages in archive"
	ReasonFeed          = "a news feed, not a report: 'crosswire watch FEED_URL' reads its items"
	ReasonXML           = "XML that is neither a page nor a feed"
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
