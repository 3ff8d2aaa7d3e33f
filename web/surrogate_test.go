package web

import (
	"strings"
	"testing"
)

// An API item whose JSON escapes half a surrogate pair is skipped with its
// index and reason; the other items are kept.
func TestDecodeArticlesLoneSurrogate(t *testing.T) {
	body := `[{"text":"The harbour of Vessburg reopened on Monday."},{"text":"bad \ud800 half"}]`
	kept, skipped, err := decodeArticles([]byte(body), false)
	if err != nil {
		t.Fatal(err)
	}
	if len(kept) != 1 || len(skipped) != 1 || skipped[0].Source != "api#2" || !strings.Contains(skipped[0].Reason, "surrogate") {
		t.Errorf("kept %d, skipped %+v: want item 2 skipped for its lone surrogate", len(kept), skipped)
	}
}
