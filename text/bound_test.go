package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestRunOnSentencesBounded: a run of text without full stops or line
// breaks is cut into sentences of at most MaxSentence bytes, on a space
// when there is one, on a character boundary always; every byte of content
// is in some sentence; a real sentence is found whole.
func TestRunOnSentencesBounded(t *testing.T) {
	tests := []struct {
		name string
		text string
	}{
		{"words", strings.Repeat("word ", 2000)},
		{"no spaces", strings.Repeat("é", 3000)},
		{"one sentence among run-ons", strings.Repeat("word ", 900) + ". The pier closed on Monday. " + strings.Repeat("term ", 900)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ss := Sentences("a", tc.text)
			covered := 0
			for _, s := range ss {
				if s.End-s.Start > MaxSentence {
					t.Errorf("sentence of %d bytes > %d", s.End-s.Start, MaxSentence)
				}
				if !utf8.ValidString(s.Text) || !ValidSpan(tc.text, s) {
					t.Errorf("sentence [%d,%d) is not a valid span", s.Start, s.End)
				}
				covered += len(strings.Fields(s.Text))
			}
			if want := len(strings.Fields(tc.text)); covered < want {
				t.Errorf("sentences hold %d words of %d", covered, want)
			}
		})
	}
	ss := Sentences("a", "First one. The pier closed on Monday. Last one.")
	if len(ss) != 3 || ss[1].Text != "The pier closed on Monday." {
		t.Errorf("sentences %+v", ss)
	}
}
