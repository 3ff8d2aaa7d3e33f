package goldeval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"crosswire"
	"crosswire/ingest"
)

// Record is one line of a labelled corpus: the document as check reads it,
// its id, story label and raw text.
type Record struct {
	ID      string
	Cluster string
	// Raw is the text field exactly as stored: gold offsets index it.
	Raw string
	Doc crosswire.Document
}

// LoadCorpus reads a JSONL corpus whose lines carry "id", "cluster" and
// the article fields check reads (decoded with ingest.DecodeArticle). The
// document's Source is set to the id so reports can be traced back.
func LoadCorpus(path string) ([]Record, error) {
	return LoadLabelledCorpus(path, nil)
}

// LoadLabelledCorpus reads a JSONL corpus as LoadCorpus does, taking a
// line's story from labels (article id -> story, Gold.Labels) when the
// line has no "cluster"; with labels, a line that has neither is left out
// (a corpus of unlabelled news, of which the gold read some stories).
func LoadLabelledCorpus(path string, labels map[string]string) ([]Record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	defer f.Close()
	return readCorpus(f, path, labels)
}

func readCorpus(r io.Reader, name string, labels map[string]string) ([]Record, error) {
	var out []Record
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	seen := map[string]bool{}
	for line := 1; sc.Scan(); line++ {
		b := sc.Bytes()
		if line == 1 {
			b = ingest.TrimBOM(b)
		}
		if len(b) == 0 {
			continue
		}
		var head struct {
			ID      string `json:"id"`
			Cluster string `json:"cluster"`
			Text    string `json:"text"`
		}
		if err := json.Unmarshal(b, &head); err != nil {
			return nil, fmt.Errorf("corpus %s:%d: %w", name, line, err)
		}
		if head.Cluster == "" && labels != nil {
			if head.Cluster = labels[head.ID]; head.Cluster == "" {
				continue
			}
		}
		if head.ID == "" || head.Cluster == "" {
			return nil, fmt.Errorf("corpus %s:%d: want \"id\" and \"cluster\"", name, line)
		}
		if seen[head.ID] {
			return nil, fmt.Errorf("corpus %s:%d: id %q repeated", name, line, head.ID)
		}
		seen[head.ID] = true
		doc, err := ingest.DecodeArticle(b)
		if err != nil {
			return nil, fmt.Errorf("corpus %s:%d: %w", name, line, err)
		}
		doc.Source = head.ID
		out = append(out, Record{ID: head.ID, Cluster: head.Cluster, Raw: head.Text, Doc: doc})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("corpus %s: %w", name, err)
	}
	return out, nil
}
