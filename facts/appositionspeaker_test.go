package facts

import (
	"testing"

	"crosswire"
)

// TestAppositionSpeaker checks that a quotation's speaker named before an
// apposition set off by commas ("<Name>, the fair's organiser, said") is
// the name — not a name inside the apposition, not nobody — on fictional
// sentences, and that a list of names or a title-led subject is read as
// before.
func TestAppositionSpeaker(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"a description that is no title",
			`The Lornby fair opens in May. Dora Quill, the fair's organiser, said: "The fair will be the biggest gathering of its kind this decade."`,
			"Dora Quill"},
		{"a name inside the apposition",
			`The Lornby fair opens in May. Dora Quill, the fair's organiser and Harbour Aid veteran, said: "The fair will be the biggest gathering of its kind."`,
			"Dora Quill"},
		{"an apposition with no article, after a run-on",
			`The money will feed the hungry Dora Quill, creator of the Lornby fair, said: "The fair will be the biggest gathering of its kind."`,
			"Dora Quill"},
		{"after the quotation",
			`"The fair will be the biggest gathering of its kind," Dora Quill, the fair's organiser, said.`,
			"Dora Quill"},
		{"a titled person as before",
			`"We disagree on the budget," Aldo Brenn, the prime minister, said.`,
			"Aldo Brenn"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			qs := ofKind(extractText(t, tc.text, nil), crosswire.KindQuote)
			if len(qs) == 0 {
				t.Fatal("no quote")
			}
			if got := qs[0].Quote.Speaker; got != tc.want {
				t.Errorf("speaker = %q, want %q", got, tc.want)
			}
		})
	}
}
