package clean

import (
	"context"
	"testing"

	"crosswire"
)

// TestTerminalEscapesRemoved checks that a terminal escape sequence in a
// report (text copied from a coloured terminal log, or planted) goes
// whole: only its ESC byte went, and the rest ("[31m", "]0;title") stayed
// in the text, where "[0m" became a figure of 0 metres. Fictional text.
func TestTerminalEscapesRemoved(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"colour", "The \x1b[1;31mferry\x1b[0m sank.", "The ferry sank."},
		{"clear screen", "The ferry \x1b[2Jsank.", "The ferry sank."},
		{"window title ended by BEL", "The ferry\x1b]0;owned\x07 sank.", "The ferry sank."},
		{"window title ended by ST", "The ferry\x1b]2;owned\x1b\\ sank.", "The ferry sank."},
		{"two-byte escape", "The ferry\x1bc sank.", "The ferry sank."},
		{"lone ESC at the end", "The ferry sank.\x1b", "The ferry sank."},
		{"no escape", "The ferry [2J] sank.", "The ferry [2J] sank."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := normalise(tc.in); got != tc.want {
				t.Errorf("normalise(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
	c := New(Options{Language: fixedLanguage("en")})
	a, err := c.Clean(context.Background(), crosswire.Document{
		Source: "esc.txt", Title: "Harbour \x1b[31mnews\x1b[0m \x1b]0;owned\x07",
		Body: "Mayor Elsa Dunmore said \x1b[2Jon Tuesday that 36 boats sank near Marrowby.\x1b[8m\x1b[0m",
	})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Harbour news" || a.Text != "Mayor Elsa Dunmore said on Tuesday that 36 boats sank near Marrowby." {
		t.Errorf("title %q, text %q", a.Title, a.Text)
	}
}
