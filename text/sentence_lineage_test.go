package text

import (
	"slices"
	"testing"
)

// Cases lineage relied on when it had a splitter of its own.
func TestSentencesLineageCases(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"full stops", "The pier closed. Repairs start in May. Nobody was hurt!", []string{"The pier closed.", "Repairs start in May.", "Nobody was hurt!"}},
		{"quotation closes the sentence", `"We will rebuild it." The mayor left.`, []string{`"We will rebuild it."`, "The mayor left."}},
		{"titles and initials", "Mr. Rask met Dr. Lind and J. Oddvik. They agreed.", []string{"Mr. Rask met Dr. Lind and J. Oddvik.", "They agreed."}},
		{"decimal and lower case", "It cost 2.3 million crowns. e.g. more than planned.", []string{"It cost 2.3 million crowns. e.g. more than planned."}},
		{"paragraphs", "First paragraph without a stop\n\nSecond one.", []string{"First paragraph without a stop", "Second one."}},
		{"line break inside a sentence", "The show runs on satellite and\n\ncable channels.", []string{"The show runs on satellite and\n\ncable channels."}},
		{"CJK full stops", "渡轮搁浅。乘客安全。", []string{"渡轮搁浅。", "乘客安全。"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range Sentences("", tc.text) {
				got = append(got, tc.text[s.Start:s.End])
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
