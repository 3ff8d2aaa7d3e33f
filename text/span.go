package text

import (
	"unicode/utf8"

	"crosswire"
)

// ValidSpan reports whether sp is an exact span of text: in range, not
// empty, on character boundaries, and text[sp.Start:sp.End] == sp.Text.
// Every stage that reads spans it did not make (crosscheck from facts,
// the web UI and STIX from a store) checks them with it and leaves out a
// span that does not fit rather than show the wrong words.
func ValidSpan(text string, sp crosswire.Span) bool {
	if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
		return false
	}
	if text[sp.Start:sp.End] != sp.Text {
		return false
	}
	return utf8.RuneStart(text[sp.Start]) && (sp.End == len(text) || utf8.RuneStart(text[sp.End]))
}
