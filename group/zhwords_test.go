package group

import (
	"slices"
	"strings"
	"testing"

	"crosswire"
)

// TestAppendCJKWords: forward maximum matching takes the longest known
// word at each character and skips a character that starts none.
func TestAppendCJKWords(t *testing.T) {
	dict := []string{"政府", "政府部门", "经济", "经济政策", "政策", "宣布"}
	var known dfTable
	for _, w := range dict {
		known.keys = append(known.keys, wordHash(w))
		known.df = append(known.df, 1)
	}
	slices.Sort(known.keys)
	known.index()
	tests := []struct {
		text string
		want []string
	}{
		{"政府部门宣布经济政策", []string{"政府部门", "宣布", "经济政策"}},
		{"政府今天宣布", []string{"政府", "宣布"}},
		{"的了在", nil},
		{"政", nil},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			var s scratch
			toks := s.appendTokens(nil, tc.text)
			got := appendCJKWords(nil, toks, &known, nil)
			var want []uint32
			for _, w := range tc.want {
				want = append(want, wordHash(w))
			}
			if !slices.Equal(got, want) {
				t.Errorf("words of %q = %v, want the hashes of %q %v", tc.text, got, tc.want, want)
			}
		})
	}
}

// TestShippedWords: the shipped background reads Chinese text as words it
// knows, weighs Chinese and Malay function words as common, and event
// words as not.
func TestShippedWords(t *testing.T) {
	bg := DefaultBackground()
	common := func(w string) bool { return float64(bg.WordDF(wordHash(w))) > commonFraction*float64(bg.Docs) }
	tests := []struct {
		word         string
		known, isCom bool
	}{
		{"一个", true, true},   // "a", "one"
		{"经济", true, false},  // "economy"
		{"地震", true, false},  // "earthquake"
		{"yang", true, true}, // Malay "which"
		{"dan", true, true},  // Malay "and"
		{"the", true, true},  // English, counted on articles
		{"tanker", true, false},
	}
	for _, tc := range tests {
		t.Run(tc.word, func(t *testing.T) {
			if got := bg.WordDF(wordHash(tc.word)) > 0; got != tc.known {
				t.Errorf("known %v, want %v", got, tc.known)
			}
			if got := common(tc.word); got != tc.isCom {
				t.Errorf("common %v (df %d of %d), want %v", got, bg.WordDF(wordHash(tc.word)), bg.Docs, tc.isCom)
			}
		})
	}
	var s scratch
	s.fingerprint(&crosswire.Article{ID: "zh", Text: "政府宣布新的经济政策。"})
	words, _ := topicWords(s.tokens, nil)
	for _, w := range []string{"政府", "宣布", "经济", "政策"} {
		if _, ok := slices.BinarySearch(words, wordHash(w)); !ok {
			t.Errorf("topic words of a Chinese sentence lack %q", w)
		}
	}
}

// TestAddWordShare: a source's word gets share·Docs articles (at least
// one), unless the articles hold it in at least sourceYields of them; a
// Chinese word segmentation cannot find is not added.
func TestAddWordShare(t *testing.T) {
	bb := NewBackgroundBuilder()
	for i := range 200 {
		text := "the harbour fined a tanker"
		if i == 0 {
			text += " di"
		}
		bb.Add(&crosswire.Article{ID: string(rune('A' + i)), Text: text})
	}
	bb.AddWordShare("harbour", 0.25) // the articles' word: their count stands
	bb.AddWordShare("di", 0.25)      // a borrowing one of them holds
	bb.AddWordShare("dengan", 0.25)  // a word they never hold
	bb.AddWordShare("地震", 1e-6)      // rarer than one in the background
	bb.AddWordShare("中华人民共和国", 0.5)  // longer than MaxCJKWord
	b := bb.Background("test")
	tests := []struct {
		word string
		df   int
	}{
		{"harbour", 200}, {"di", 50}, {"dengan", 50}, {"地震", 1}, {"中华人民共和国", 0},
	}
	for _, tc := range tests {
		if got := b.WordDF(wordHash(tc.word)); got != tc.df {
			t.Errorf("df(%q) = %d, want %d", tc.word, got, tc.df)
		}
	}
}

// BenchmarkDecodeBackground: decoding the shipped background, done once on
// first use.
func BenchmarkDecodeBackground(b *testing.B) {
	for b.Loop() {
		if _, err := DecodeBackground(backgroundData); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTopicWordsChinese: reading a Chinese text's words (fictional).
func BenchmarkTopicWordsChinese(b *testing.B) {
	var s scratch
	text := strings.Repeat("政府今天宣布新的经济政策，将于明年实施，以帮助中小企业。", 20)
	s.fingerprint(&crosswire.Article{ID: "zh", Text: text})
	DefaultBackground()
	var buf []uint32
	for b.Loop() {
		_, buf = topicWords(s.tokens, buf)
	}
}

// BenchmarkTopicWordsScript: reading the words of a long text of
// characters drawn at random from the 2,000 code points from U+4E00 in
// words of one to three characters (as the reprint benchmark's script
// versions are written): mostly characters that start no known word, and
// a text too long for the dictionary's probed entries to stay cached.
func BenchmarkTopicWordsScript(b *testing.B) {
	var s scratch
	s.fingerprint(&crosswire.Article{ID: "zh", Text: pseudoScript(1, 40000)})
	DefaultBackground()
	var buf []uint32
	for b.Loop() {
		_, buf = topicWords(s.tokens, buf)
	}
}

// pseudoScript returns words words of one to three characters from the
// 2,000 code points from U+4E00, a full stop after every twelfth.
func pseudoScript(seed uint64, words int) string {
	var sb strings.Builder
	x := seed
	for w := range words {
		x = x*6364136223846793005 + 1442695040888963407
		for i := range 1 + int(x>>60)%3 {
			sb.WriteRune(rune(0x4e00 + (x>>(10*i+2))%2000))
		}
		if w%12 == 11 {
			sb.WriteRune('。')
		}
	}
	return sb.String()
}
