package ingest

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestMarkdownText: a Markdown report is read as the text a reader sees —
// no "#", "**", "[…](url)" or list markers left to become facts or spans —
// while what only looks like syntax (underscores inside words, a lone
// asterisk in a figure) stays as written.
func TestMarkdownText(t *testing.T) {
	tests := []struct {
		name, in, title, text string
	}{
		{"heading is the title", "# Quay reopens in Varholm\n\nThe quay reopened on Friday.", "Quay reopens in Varholm", "The quay reopened on Friday."},
		{"later headings are paragraphs", "The quay reopened.\n\n## What next\n\nRepairs go on.", "", "The quay reopened.\n\nWhat next\n\nRepairs go on."},
		{"closing hashes", "# Quay reopens #\n\nText.", "Quay reopens", "Text."},
		{"links keep their text", "Officials at the [port of Varholm](https://port.example/varholm) said so.", "", "Officials at the port of Varholm said so."},
		{"images and reference definitions go", "The quay. ![the quay](https://img.example/q.jpg)\n\n[1]: https://port.example/", "", "The quay."},
		{"reference links", "The [harbour office][1] agreed.", "", "The harbour office agreed."},
		{"emphasis and code", "The quay **reopened** on *Friday* after `repairs` by __Varholm Works__ ~~today~~.", "", "The quay reopened on Friday after repairs by Varholm Works today."},
		{"underscores inside words stay", "The file harbour_fees_2026 was _published_.", "", "The file harbour_fees_2026 was published."},
		{"a lone asterisk stays", "Costs rose 5 * 3 times, said the board.", "", "Costs rose 5 * 3 times, said the board."},
		{"block quotes", "> \"We are relieved,\" said the harbour master.\n> It took four weeks.", "", "\"We are relieved,\" said the harbour master.\nIt took four weeks."},
		{"list items are paragraphs", "Findings:\n- 40 metres of quay were rebuilt\n* 12 cranes checked\n1. Work ends in May", "", "Findings:\n\n40 metres of quay were rebuilt\n\n12 cranes checked\n\nWork ends in May"},
		{"rules and comments go", "First part.\n\n---\n\n<!-- editor: check figures -->Second part.", "", "First part.\n\nSecond part."},
		{"fenced code kept as written", "Before.\n\n```\nfee_total = **3**\n```\n\nAfter.", "", "Before.\n\nfee_total = **3**\n\nAfter."},
		{"escapes resolved", `Prices fell 3\* percent \[estimate\].`, "", "Prices fell 3* percent [estimate]."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			title, text := markdownText(tc.in)
			if title != tc.title || text != tc.text {
				t.Errorf("markdownText(%q)\n got title %q, text %q\nwant title %q, text %q", tc.in, title, text, tc.title, tc.text)
			}
		})
	}
}

// TestReadMarkdownFile: a .md file is read through markdownText; a Title
// header wins over the opening heading (the headline either way, not
// body text); a Markdown file of syntax alone is
// skipped as empty, and the same text in a .txt file is read as written.
func TestReadMarkdownFile(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"quay.md":   "# Quay reopens in Varholm\n\nThe quay **reopened** on [Friday](https://port.example/).\n",
		"header.md": "Title: Varholm quay\n\n# Quay reopens\n\nThe quay reopened on Friday.\n",
		"only.md":   "![a photo](https://img.example/q.jpg)\n\n---\n",
		"quay.txt":  "The quay **reopened** on Friday.\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r := &Reader{Logger: quiet()}
	tests := []struct {
		file, title, body, skip string
	}{
		{"quay.md", "Quay reopens in Varholm", "The quay reopened on Friday.", ""},
		{"header.md", "Varholm quay", "The quay reopened on Friday.", ""},
		{"only.md", "", "", ReasonEmpty},
		{"quay.txt", "", "The quay **reopened** on Friday.", ""},
	}
	for _, tc := range tests {
		docs, skips := r.Read(context.Background(), []string{filepath.Join(dir, tc.file)})
		switch {
		case tc.skip != "":
			if len(docs) != 0 || len(skips) != 1 || skips[0].Reason != tc.skip {
				t.Errorf("%s: docs %+v, skips %v; want skipped as %q", tc.file, docs, skips, tc.skip)
			}
		case len(docs) != 1 || docs[0].Title != tc.title || docs[0].Body != tc.body:
			t.Errorf("%s: docs %+v, skips %v; want title %q body %q", tc.file, docs, skips, tc.title, tc.body)
		}
	}
}
