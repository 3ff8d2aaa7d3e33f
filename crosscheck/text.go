package crosscheck

import (
	"crosswire/facts"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosswire"
	"crosswire/text"
)

// sentenceRange returns the byte range of the sentences of sents (an
// article's, see text.Of) holding [start, end): from the start of the
// sentence holding start to the end of the one holding end, so a quote
// that runs over several sentences keeps all of them.
func sentenceRange(sents []crosswire.Span, start, end int) (int, int) {
	if len(sents) == 0 {
		return start, end
	}
	a := sents[text.SentenceAt(sents, start)]
	b := sents[text.SentenceAt(sents, max(start, end-1))]
	return min(a.Start, start), max(b.End, end)
}

// setOf returns the set of the whitespace-separated words of s.
func setOf(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// stem is a crude English suffix stripper, enough to let "evacuated" meet
// "evacuation" and "servers" meet "server" when comparing contexts. A
// Porter stemmer would be more faithful; the threshold-based alignment it
// feeds does not need it.
func stem(w string) string {
	if b, ok := facts.BaseForm(w); ok {
		// an irregular verb form meets its base: "took", "taken" → "take"
		w = b
	}
	if len(w) <= 4 {
		return w
	}
	for _, suf := range []string{"ations", "ation", "ings", "ing", "ied", "ies", "ed", "es", "ly", "s"} {
		if suf == "ing" && len(w) == 6 && strings.HasSuffix(w, suf) && !strings.ContainsRune("aeiouyw", rune(w[2])) {
			return w[:3] + "e" // "making" meets "make", "taking" "take"
		}
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 4 {
			w = w[:len(w)-len(suf)]
			break
		}
	}
	// "evacuat" / "evacuate" → "evacuat"
	w = strings.TrimSuffix(w, "e")
	return w
}

// contentSet returns the stemmed content words of s.
func contentSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range text.Words(s) {
		if text.StopWord(w) || isNumeric(w) {
			continue
		}
		m[stem(w)] = true
	}
	return m
}

func isNumeric(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return w != ""
}

// overlap is the overlap coefficient |A∩B| / min(|A|,|B|), 0 when either
// is empty. It suits contexts of different lengths better than Jaccard:
// a rewrite's shorter sentence still aligns with the original's long one.
func overlap(a, b map[string]bool) float64 { return overlapOf(shared(a, b), a, b) }

// overlapOf is overlap given n = shared(a, b).
func overlapOf(n int, a, b map[string]bool) float64 { return overlapN(n, len(a), len(b)) }

// overlapN is the overlap coefficient of n shared words between sets of
// la and lb words.
func overlapN(n, la, lb int) float64 {
	if la == 0 || lb == 0 {
		return 0
	}
	return float64(n) / float64(min(la, lb))
}

// dice is the Sørensen–Dice coefficient 2|A∩B| / (|A|+|B|).
func dice(a, b map[string]bool) float64 { return diceOf(shared(a, b), a, b) }

// diceOf is dice given n = shared(a, b).
func diceOf(n int, a, b map[string]bool) float64 { return diceN(n, len(a), len(b)) }

// diceN is the Sørensen–Dice coefficient of n shared words between sets
// of la and lb words.
func diceN(n, la, lb int) float64 {
	if la+lb == 0 {
		return 0
	}
	return 2 * float64(n) / float64(la+lb)
}

// without returns a copy of a without the words of b.
func without(a map[string]bool, drop ...string) map[string]bool {
	m := make(map[string]bool, len(a))
	for w := range a {
		m[w] = true
	}
	for _, d := range drop {
		for _, w := range text.Words(d) {
			delete(m, stem(w))
		}
	}
	return m
}

// truncate shortens s to at most n runes, adding an ellipsis.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n])) + "…"
}

// localWindow is how many words on each side of a span make its local
// context.
const localWindow = 5

// localContext returns the stemmed content words among the localWindow
// words before start and after end, within the sentence [s, e).
func localContext(t string, s, e, start, end int) map[string]bool {
	s, e = min(s, start), max(e, end)
	// only the window's words are read: a sentence of thousands of
	// figures ("3 - 2 - 1 - …", no full stop up to text.MaxSentence) cut
	// whole into words for each figure allocated ≈ 6 KB an input byte
	words := text.LastWords(t[s:start], localWindow)
	for _, tok := range text.FirstTokens(t[end:e], localWindow) {
		words = append(words, tok.Term)
	}
	m := map[string]bool{}
	for _, w := range words {
		if text.StopWord(w) || isNumeric(w) {
			continue
		}
		m[stem(w)] = true
	}
	return m
}

// wordList returns the words of a set as their numbers in ids (a word
// not yet in it is numbered next), sorted, never nil: the set's form for
// sharedSorted.
func wordList(ids map[string]uint32, a map[string]bool) []uint32 {
	out := make([]uint32, 0, len(a))
	for w := range a {
		id, ok := ids[w]
		if !ok {
			id = uint32(len(ids))
			ids[w] = id
		}
		out = append(out, id)
	}
	slices.Sort(out)
	return out
}

// sharedSorted counts the words in both sorted lists of distinct word
// numbers (wordList, one table): shared of the two sets, by one merge.
func sharedSorted(a, b []uint32) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// shared counts the words in both sets.
func shared(a, b map[string]bool) int {
	if len(b) < len(a) {
		a, b = b, a
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n
}

// firstLanguageArticles returns the story's articles in the language of
// its first one (or of an unknown one), in story order: the checks that
// read English words compare only these.
func (w *work) firstLanguageArticles() []*crosswire.Article {
	var out []*crosswire.Article
	for i := range w.story.Articles {
		if a := &w.story.Articles[i]; sameLanguage(a, &w.story.Articles[0]) {
			out = append(out, a)
		}
	}
	return out
}

// letterRuns returns the byte ranges of the runs of letters of t, a run
// also taking in the characters of joiners after its first letter
// ("'-": "O'Neill", "Smith-Jones" are one word each).
func letterRuns(t, joiners string) [][2]int {
	var out [][2]int
	for i := 0; i < len(t); {
		r, n := utf8.DecodeRuneInString(t[i:])
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		j := i
		for j < len(t) {
			r, n := utf8.DecodeRuneInString(t[j:])
			if !unicode.IsLetter(r) && !strings.ContainsRune(joiners, r) {
				break
			}
			j += n
		}
		out = append(out, [2]int{i, j})
		i = j
	}
	return out
}
