package bench

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"

	"crosswire/group"
)

// CommonShare is the share of documents a word of a list of a language's
// most frequent words is taken to be in: a quarter, far above the 5 % at
// which a word weighs nothing (commonFraction), so that it stays common
// pooled with a collection of up to four times the background's size in
// that language, above which the collection's own counts decide.
const CommonShare = 0.25

// WordSource is a word-frequency file read into a background besides the
// articles (group.BackgroundBuilder.AddWordShare).
type WordSource struct {
	// Path is the file.
	Path string
	// IDF, when true, reads lines "word idf" (jieba's analyse/idf.txt:
	// idf = ln(N/df), so the word's share of documents is e^−idf); else
	// the file lists common words, one a line, or is a JSON object of
	// lists by language (stopwords-iso.json) of which Lang is read, each
	// taken to be in CommonShare of documents.
	IDF bool
	// Lang is the language read from a JSON object of lists.
	Lang string
}

// addWordSource reads src into bb.
func addWordSource(bb *group.BackgroundBuilder, src WordSource) error {
	data, err := os.ReadFile(src.Path)
	if err != nil {
		return fmt.Errorf("bench background: %w", err)
	}
	switch {
	case src.IDF:
		sc := bufio.NewScanner(strings.NewReader(string(data)))
		for line := 1; sc.Scan(); line++ {
			f := strings.Fields(sc.Text())
			if len(f) == 0 {
				continue
			}
			if len(f) != 2 {
				return fmt.Errorf("bench background: %s:%d: want \"word idf\"", src.Path, line)
			}
			idf, err := strconv.ParseFloat(f[1], 64)
			if err != nil || idf < 0 {
				return fmt.Errorf("bench background: %s:%d: bad idf %q", src.Path, line, f[1])
			}
			bb.AddWordShare(strings.ToLower(f[0]), math.Exp(-idf))
		}
	case strings.HasSuffix(src.Path, ".json"):
		var lists map[string][]string
		if err := json.Unmarshal(data, &lists); err != nil {
			return fmt.Errorf("bench background: %s: %w", src.Path, err)
		}
		words, ok := lists[src.Lang]
		if !ok {
			return fmt.Errorf("bench background: %s: no list for language %q", src.Path, src.Lang)
		}
		for _, w := range words {
			bb.AddWordShare(strings.ToLower(w), CommonShare)
		}
	default:
		for _, w := range strings.Fields(string(data)) {
			bb.AddWordShare(strings.ToLower(w), CommonShare)
		}
	}
	return nil
}
