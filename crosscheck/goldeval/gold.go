// Package goldeval measures the cross-check against a gold list of real
// discrepancies read by hand (crosscheck/testdata/gold/meter-drift.json):
// it runs the real pipeline (clean, group, facts, cross-check, as check
// does) over a JSONL corpus, carries the gold's raw-text spans onto the
// clean text crosswire reports in, and matches reported discrepancies to
// gold items. It backs `crosswire bench drift` and the recall test.
package goldeval

import (
	"encoding/json"
	"fmt"
	"os"
)

// Gold is a frozen list of the discrepancies a careful reader found in
// the stories of a corpus.
type Gold struct {
	Corpus  string      `json:"corpus"`
	Offsets string      `json:"offsets"`
	Order   string      `json:"order"`
	Stories []GoldStory `json:"stories_read"`
	Items   []Item      `json:"items"`
	// Rejected are borderline differences the reader judged not to be
	// discrepancies.
	Rejected []Rejected `json:"rejected"`
}

// GoldStory is one story the reader read in full.
type GoldStory struct {
	Cluster       string `json:"cluster"`
	Articles      int    `json:"articles"`
	Discrepancies int    `json:"discrepancies"`
	// IDs are the story's articles when the corpus carries no story
	// labels (CASIE): the gold then labels them (see Gold.Labels).
	IDs []string `json:"ids,omitempty"`
}

// Item is one real discrepancy: two or more versions giving different
// values (letters A, B, C…) for one slot of one subject.
type Item struct {
	ID       string        `json:"id"`
	Story    string        `json:"story"`
	Kind     string        `json:"kind"`
	Subject  string        `json:"subject"`
	Severity string        `json:"severity"`
	Variants []GoldVariant `json:"variants"`
	Note     string        `json:"note"`
}

// GoldVariant is where one article states one value: byte offsets into
// the UTF-8 raw text of the corpus line (before cleaning), end exclusive.
type GoldVariant struct {
	Value   string `json:"value"`
	Article string `json:"article"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

// Rejected is a borderline difference the reader judged compatible.
type Rejected struct {
	Story    string   `json:"story"`
	Articles []string `json:"articles"`
	Why      string   `json:"why"`
}

// Labels maps the article ids the gold's stories list to their story;
// nil when no story lists its ids (the corpus carries the labels).
func (g *Gold) Labels() map[string]string {
	var out map[string]string
	for _, s := range g.Stories {
		for _, id := range s.IDs {
			if out == nil {
				out = map[string]string{}
			}
			out[id] = s.Cluster
		}
	}
	return out
}

// LoadGold reads a gold file and checks that every item has at least two
// distinct values.
func LoadGold(path string) (*Gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("gold: %w", err)
	}
	var g Gold
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("gold %s: %w", path, err)
	}
	for _, it := range g.Items {
		vals := map[string]bool{}
		for _, v := range it.Variants {
			if v.Start < 0 || v.End <= v.Start {
				return nil, fmt.Errorf("gold %s: item %s: bad span %d-%d", path, it.ID, v.Start, v.End)
			}
			vals[v.Value] = true
		}
		if len(vals) < 2 {
			return nil, fmt.Errorf("gold %s: item %s has fewer than two values", path, it.ID)
		}
	}
	return &g, nil
}
