package clean

import (
	"regexp"
	"strings"

	"crosswire"
)

// editorNote is the label an editor puts on an insert, in its common
// spellings ("editor's note", "Ed. note", "ed.", "note from the editor").
const editorNote = `(?:editor['’]?s?['’]?\s+note|ed(?:itor)?\.?\s+note|note\s+(?:from|of)\s+the\s+editor|ed\.)`

// editorInsert matches an inline insert: "(the NCSA is …, editor's note)",
// "(Editor's note: …)", "[Editor's note: …]", "[… – Ed.]". The insert is
// bracketed and labelled, so removing it never cuts into the reporter's
// sentence around it.
var editorInsert = regexp.MustCompile(`(?i)` +
	`\([^()]{1,400}?[,;–—-]?\s*` + editorNote + `\)` +
	`|\((?:` + editorNote + `\s*[:–—-]|` + advisoryLabel + `\s*(?::|\s[–—-]\s))[^()]{1,400}\)` +
	`|\([^()]{1,400}?[,;–—-]\s*(?:ndlr|n\.d\.l\.r\.?)\)` +
	`|\[[^\[\]]{0,600}?` + editorNote + `[^\[\]]{0,600}\]`)

// editorParagraph matches a paragraph that is an editor's note in full
// ("Editor's note: this article was updated to …", "Eds: Updates with
// …", "NDLR : …").
var editorParagraph = regexp.MustCompile(`(?i)^[(\[]?\s*(?:` + editorNote + `\s*[:–—-]|` + advisoryLabel + `\s*(?::|\s[–—-]\s))`)

// advisoryLabel is the label agencies put on an advisory to editors in
// their copy: AP's "Eds:", "Editors:", French "NDLR", "Note aux
// rédactions". It is read only before a colon or dash opening a
// paragraph or a bracket, where it cannot be a word of a sentence.
const advisoryLabel = `(?:eds|editors|ndlr|n\.d\.l\.r\.?|note\s+aux\s+rédactions?|note\s+à\s+la\s+rédaction)`

// stripEditorInserts removes editor's inserts inside paragraphs and whole
// editor's-note paragraphs, and records them.
func stripEditorInserts(paras []string, removed *[]crosswire.Removal) []string {
	out := paras[:0]
	for _, p := range paras {
		if editorParagraph.MatchString(p) {
			*removed = append(*removed, crosswire.Removal{Text: p, Reason: crosswire.ReasonEditorInsert})
			continue
		}
		if !mayHaveEditorNote(p) {
			out = append(out, p)
			continue
		}
		// All inserts are found in the paragraph as written, so every
		// recorded insert is text of the input.
		locs := editorInsert.FindAllStringIndex(p, -1)
		for i := len(locs) - 1; i >= 0; i-- {
			loc := locs[i]
			*removed = append(*removed, crosswire.Removal{Text: p[loc[0]:loc[1]], Reason: crosswire.ReasonEditorInsert})
			p = joinAround(p[:loc[0]], p[loc[1]:])
		}
		// Removals are recorded in reading order.
		n := len(*removed)
		for i, j := n-len(locs), n-1; i < j; i, j = i+1, j-1 {
			(*removed)[i], (*removed)[j] = (*removed)[j], (*removed)[i]
		}
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// mayHaveEditorNote is a cheap filter run before editorInsert, whose
// bounded repetitions make it costly on every paragraph: every label
// editorNote matches contains "editor", "ed." or "ed note", and every
// advisoryLabel opens the paragraph or a bracket ("Eds", "(Eds") or holds
// "ndlr", "n.d.l.r" or "rédaction".
func mayHaveEditorNote(p string) bool {
	l := strings.ToLower(p)
	return strings.Contains(l, "editor") || strings.Contains(l, "ed.") || strings.Contains(l, "ed note") ||
		strings.HasPrefix(l, "eds") || strings.HasPrefix(l, "[eds") || strings.Contains(l, "(eds") ||
		strings.Contains(l, "ndlr") || strings.Contains(l, "n.d.l.r") || strings.Contains(l, "rédaction")
}
