package facts

import (
	"testing"

	"crosswire"
)

// TestLoneNameAndWorkTitle checks two causes of a lone given name going
// to the wrong person: a work's title introduced by a naming word after a
// work noun ("a show called X") taken for a person whose surname is the
// word, and a word that is the given name of one person and the
// (apparent) surname of another resolved to the weaker of the two. want
// maps a span to the value of its person fact, "-" when it must be no
// person; a lone name of the second person is checked after the after
// text.
func TestLoneNameAndWorkTitle(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string
	}{
		{"a show called X is a title",
			"Mayor Tam Oswin was honoured on Sunday. He soon had his own show called Hey Tam. In 1984 Tam hosted a quiz.",
			map[string]string{"Hey Tam": "-", "Tam": "Tam Oswin"}},
		{"a series, entitled X, is a title",
			"Mayor Ria Moss fronted a new series, entitled Oda Vance, in May. Moss said it was her best work.",
			map[string]string{"Oda Vance": "-", "Moss": "Ria Moss"}},
		{"an album named in quotation marks is a title",
			`Singer Lux Arden released an album named "Coro Blake" last year. Arden toured in June.`,
			map[string]string{"Coro Blake": "-"}},
		{"a man called X is still a person",
			"A man called Ivo Strand phoned the station. Strand said he had seen the fire.",
			map[string]string{"Ivo Strand": "Ivo Strand", "Strand": "Ivo Strand"}},
		{"given name of the titled person, surname of a plain one",
			"Mayor Tam Oswin was honoured on Sunday. Oswin wept. Dee Tam said the plaque was overdue. Later Tam thanked the crowd.",
			map[string]string{"Dee Tam": "Dee Tam", "Tam": "Tam Oswin"}},
		{"given name of the most named person, surname of another",
			"Tam Oswin was honoured on Sunday. Tam Oswin wept. Crowds cheered Tam Oswin. Dee Tam said the plaque was overdue. Later Tam thanked the crowd.",
			map[string]string{"Tam": "Tam Oswin"}},
		{"neither firmer: left alone",
			"Tam Oswin was honoured on Sunday. Dee Tam said the plaque was overdue. Later Tam thanked the crowd.",
			map[string]string{"Tam": "Tam"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := map[string]string{}
			for _, f := range ofKind(extractText(t, tc.text, nil), crosswire.KindPerson) {
				got[f.Span.Text] = f.Value // the last mention of a span
			}
			for span, want := range tc.want {
				v, ok := got[span]
				switch {
				case want == "-" && ok:
					t.Errorf("%q is a person (%q), want none; persons %v", span, v, got)
				case want != "-" && v != want:
					t.Errorf("%q resolved to %q, want %q; persons %v", span, v, want, got)
				}
			}
		})
	}
}
