package clean

import (
	"context"
	"io"
	"log/slog"
	"testing"

	"crosswire"
)

// TestStatedLanguage: a language stated in a header or a JSON field the
// way people write it — a tag, a three-letter code, the language's name —
// becomes its ISO 639-1 code; anything else is detected from the text,
// never kept as written (an article stated "English" next to its "en"
// copy would otherwise read as a translation of it).
func TestStatedLanguage(t *testing.T) {
	tests := []struct {
		stated, want string
	}{
		{"en", "en"},
		{"EN", "en"},
		{"en-GB", "en"},
		{"zh_Hans", "zh"},
		{"eng", "en"},
		{"fra", "fr"},
		{"English", "en"},
		{" french ", "fr"},
		{"Spanish", "es"},
		{"", "detected"},
		{"klingon", "detected"},
		{"xx", "detected"},
		{"und", "detected"},
	}
	c := New(Options{Language: fixedLanguage("detected"), Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	for _, tc := range tests {
		doc := crosswire.Document{Source: "ferry.txt", Language: tc.stated,
			Body: "The ferry from Oremund to Lask was delayed by four hours on Monday after a storm, the port authority said."}
		a, err := c.Clean(context.Background(), doc)
		if err != nil {
			t.Fatalf("%q: %v", tc.stated, err)
		}
		if a.Language != tc.want {
			t.Errorf("stated %q: language %q, want %q", tc.stated, a.Language, tc.want)
		}
	}
}
