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
	`|\(` + editorNote + `\s*[:–—-][^()]{1,400}\)` +
	`|\[[^\[\]]{0,600}?` + editorNote + `[^\[\]]{0,600}\]`)

// editorParagraph matches a paragraph that is an editor's note in full
// ("Editor's note: this article was updated to …").
var editorParagraph = regexp.MustCompile(`(?i)^[(\[]?\s*` + editorNote + `\s*[:–—-]`)

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
// editorNote matches contains "editor", "ed." or "ed note".
func mayHaveEditorNote(p string) bool {
	l := strings.ToLower(p)
	return strings.Contains(l, "editor") || strings.Contains(l, "ed.") || strings.Contains(l, "ed note")
}
