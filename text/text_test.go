package text

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"crosswire"
)

func texts(text string, rs []Range) []string {
	var out []string
	for _, r := range rs {
		out = append(out, text[r.Start:r.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"full stops", "The dam held. Water rose 2 m. Nobody was hurt.",
			[]string{"The dam held.", "Water rose 2 m.", "Nobody was hurt."}},
		{"abbreviations and initials", "Mr. Brandt met Dr. Ivo K. Lund at 5 p.m. on Jan. 4. They spoke.",
			[]string{"Mr. Brandt met Dr. Ivo K. Lund at 5 p.m. on Jan. 4.", "They spoke."}},
		{"closing quote belongs to its sentence", `"It is safe." Brandt left. ‘Never.’ He smiled.`,
			[]string{`"It is safe."`, "Brandt left.", "‘Never.’", "He smiled."}},
		{"question inside a quote then the speaker", `"Is it safe?" he asked. She nodded.`,
			[]string{`"Is it safe?" he asked.`, "She nodded."}},
		{"wire quote marks", "Lund said: ``We are ready.'' The vote follows.",
			[]string{"Lund said: ``We are ready.''", "The vote follows."}},
		{"hard wrap is not a sentence end", "The council of Vessburg voted on\nTuesday to close the bridge\nfor a month.",
			[]string{"The council of Vessburg voted on\nTuesday to close the bridge\nfor a month."}},
		{"blank line ends a sentence", "A river rose\n\nThe town flooded.", []string{"A river rose", "The town flooded."}},
		{"blank line with spaces", "A river rose\n  \t\nThe town flooded.", []string{"A river rose", "The town flooded."}},
		{"wire paragraph marks", "Brandt said the quay was safe and would reopen\nsoon.<\n\u0019``We are ready,'' he said\nto reporters.<\n\u0019end<",
			[]string{"Brandt said the quay was safe and would reopen\nsoon.", "``We are ready,'' he said\nto reporters.", "end"}},
		{"wire mark without a full stop", "the quay stays shut<\n\u0019Workers were sent home.<",
			[]string{"the quay stays shut", "Workers were sent home."}},
		{"wire marks after joined lines", "The quay is shut.< Workers left.< ``It hurts,'' one said.<",
			[]string{"The quay is shut.", "Workers left.", "``It hurts,'' one said."}},
		{"capital headline line", "QUAY SHUT AFTER STORM\nThe harbour master closed the quay at Port Ellis on\nTuesday.",
			[]string{"QUAY SHUT AFTER STORM", "The harbour master closed the quay at Port Ellis on\nTuesday."}},
		{"short headline line", "Searches in two cities\nPolice searched eleven flats in Vessburg and Lindhaven on Monday.",
			[]string{"Searches in two cities", "Police searched eleven flats in Vessburg and Lindhaven on Monday."}},
		{"capitalised word ending a wrapped line", "The cat sat. The Dog\nwent home quietly after the long rain of the day.",
			[]string{"The cat sat.", "The Dog\nwent home quietly after the long rain of the day."}},
		{"lower-case next word", "It rose 5 p.c. from last year. Prices fell.", []string{"It rose 5 p.c. from last year.", "Prices fell."}},
		{"scripts without spaces", "大坝守住了。没有人受伤。", []string{"大坝守住了。", "没有人受伤。"}},
		{"wire mark on a line of its own", "She said: ``It was back.\n<\n\u0019``It is early.''<\n",
			[]string{"She said: ``It was back.", "``It is early.''"}},
		{"wire mark after joined lines and a space", "She said: ``It was back. < ``It is early.'' <",
			[]string{"She said: ``It was back.", "``It is early.''"}},
		{"less-than in prose is not a mark", "Turnout was < 40 percent. It fell.", []string{"Turnout was < 40 percent.", "It fell."}},
		{"empty", "", nil},
		{"blank", "  ", nil},
		{"decimal", "It rose 3.5 percent. Prices fell.", []string{"It rose 3.5 percent.", "Prices fell."}},
		{"quote then speaker then quote", `"We won," he said. "It was hard." She agreed.`, []string{`"We won," he said.`, `"It was hard."`, "She agreed."}},
		{"spaced initials", "J. R. Holm spoke. Then he left.", []string{"J. R. Holm spoke.", "Then he left."}},
		{"only marks", "\u0019<\n\n", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := texts(tc.text, Splitter{}.Segment(tc.text))
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Segment(%q)\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"blank lines", "One.\n\nTwo\nwrapped.\n \nThree.", []string{"One.", "Two\nwrapped.", "Three."}},
		{"wire", "\u0019One line\nwrapped.<\n\u0019Two.<\n", []string{"One line\nwrapped.", "Two."}},
		{"joined wire", "One.< Two.< Three", []string{"One.", "Two.", "Three"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := texts(tc.text, Paragraphs(tc.text)); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Paragraphs(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestSentencesSpansAndOf(t *testing.T) {
	a := &crosswire.Article{ID: "a1", Text: "The quay is shut. Workers left.\n\nIt rained."}
	sents := Of(a)
	if len(sents) != 3 || &a.Sentences[0] != &sents[0] {
		t.Fatalf("Of = %+v, want 3 sentences kept in the article", sents)
	}
	for _, s := range sents {
		if !ValidSpan(a.Text, s) || s.Article != "a1" {
			t.Errorf("sentence %+v is not a span of the text", s)
		}
	}
	for _, tc := range []struct {
		pos, want int
	}{{0, 0}, {16, 0}, {17, 0}, {18, 1}, {40, 2}, {100, 2}} {
		if got := SentenceAt(sents, tc.pos); got != tc.want {
			t.Errorf("SentenceAt(%d) = %d, want %d", tc.pos, got, tc.want)
		}
	}
}

func TestTokens(t *testing.T) {
	text := "Keller's 5,000 Élan—ok"
	got := WordTokenizer{}.Tokenize(text)
	want := []Token{{"keller", 0, 6}, {"s", 7, 8}, {"5", 9, 10}, {"000", 11, 14}, {"élan", 15, 20}, {"ok", 23, 25}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Tokenize = %+v, want %+v", got, want)
	}
	if w := Words(text); !reflect.DeepEqual(w, []string{"keller", "s", "5", "000", "élan", "ok"}) {
		t.Errorf("Words = %q", w)
	}
	if !StopWord("the") || StopWord("dam") {
		t.Error("StopWord: the is a function word, dam is not")
	}
}

func TestNameKey(t *testing.T) {
	tests := []struct {
		name, a, b string
		org        bool
	}{
		{"head of x", "Ministry of Trade", "Trade Ministry", true},
		{"possessive office", "Office of the Prosecutor General", "Prosecutor General's Office", true},
		{"determiner and case", "The Vessburg  Herald", "vessburg herald", true},
		{"honorific of a person", "Dr. Dana Keller", "Dana Keller", false},
		{"curly apostrophe", "Ivo O’Neill", "Ivo O'Neill", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if ka, kb := NameKey(tc.a, tc.org), NameKey(tc.b, tc.org); ka != kb {
				t.Errorf("NameKey(%q) = %q, NameKey(%q) = %q: want one key", tc.a, ka, tc.b, kb)
			}
		})
	}
	if k := NameKey("Ministry of Trade", true); k != "trade ministry" {
		t.Errorf("NameKey(Ministry of Trade) = %q, want trade ministry", k)
	}
	if NameKey("Bank of Norland", false) == NameKey("Norland Bank", false) {
		t.Error("a name that is not an organisation's is not reordered")
	}
}

func TestValidSpan(t *testing.T) {
	text := "Zoë left."
	tests := []struct {
		name string
		sp   crosswire.Span
		want bool
	}{
		{"exact", crosswire.Span{Text: "Zoë", Start: 0, End: 4}, true},
		{"text differs", crosswire.Span{Text: "Zoe", Start: 0, End: 4}, false},
		{"inside a character", crosswire.Span{Text: text[0:3], Start: 0, End: 3}, false},
		{"empty", crosswire.Span{Text: "", Start: 2, End: 2}, false},
		{"out of range", crosswire.Span{Text: "x", Start: 9, End: 11}, false},
		{"negative", crosswire.Span{Text: "x", Start: -1, End: 0}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := ValidSpan(text, tc.sp); got != tc.want {
				t.Errorf("ValidSpan(%+v) = %v, want %v", tc.sp, got, tc.want)
			}
		})
	}
}

// TestFirstTokens: FirstTokens gives the first limit tokens Tokenize gives,
// all of them for a negative limit, none for zero.
func TestFirstTokens(t *testing.T) {
	long := strings.Repeat("who had won their tickets ", 10000)
	all := WordTokenizer{}.Tokenize(long)
	tests := []struct {
		name  string
		s     string
		limit int
		want  int
	}{
		{"fewer words than the limit", "who had won their tickets", 24, 5},
		{"a text without end", long, 24, 24},
		{"a last word cut by the limit", "a b c", 2, 2},
		{"a word at the very end", "a b c", 3, 3},
		{"no limit", long, -1, len(all)},
		{"zero", "a b", 0, 0},
		{"non-ASCII words", "Zoë’s café déjà vu", 3, 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := FirstTokens(tc.s, tc.limit)
			if len(got) != tc.want {
				t.Fatalf("%d tokens, want %d", len(got), tc.want)
			}
			ref := WordTokenizer{}.Tokenize(tc.s)
			for i := range got {
				if got[i] != ref[i] {
					t.Errorf("token %d = %+v, Tokenize gives %+v", i, got[i], ref[i])
				}
			}
		})
	}
}

// TestLastWords: LastWords gives the last limit words Words gives, all of
// them when there are fewer, none for zero, and allocates for the words it
// returns, not for the text before them.
func TestLastWords(t *testing.T) {
	long := strings.Repeat("3 - 2 - ", 10000)
	tests := []struct {
		name  string
		s     string
		limit int
		want  int
	}{
		{"fewer words than the limit", "who had won", 5, 3},
		{"a text without start", long, 5, 5},
		{"separators after the last word", "a b c -- ", 2, 2},
		{"zero", "a b", 0, 0},
		{"non-ASCII words", "Zoë’s café déjà vu", 3, 3},
		{"invalid bytes", "a\xffb\xe2\x82 c", 2, 2},
		{"empty", "", 5, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := LastWords(tc.s, tc.limit)
			if len(got) != tc.want {
				t.Fatalf("%d words %q, want %d", len(got), got, tc.want)
			}
			ref := Words(tc.s)
			if !slices.Equal(got, ref[len(ref)-len(got):]) {
				t.Errorf("%q, Words ends with %q", got, ref[len(ref)-len(got):])
			}
		})
	}
	if a := testing.AllocsPerRun(10, func() { LastWords(long, 5) }); a > 10 {
		t.Errorf("%.0f allocations for 5 words of a long text: it reads the whole text", a)
	}
}
