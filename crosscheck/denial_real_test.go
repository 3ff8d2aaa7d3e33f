package crosscheck

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crosswire"
)

// TestDeniedAssertionsUnrelated measures the denied-assertion rule where
// every report is false: each article of a real corpus that reports a
// denial is checked with every other article of its section (the BBC
// news set's categories: stories of one beat that a grouping mistake
// could join), so any plan it finds asserted is another story's. Skips
// when the corpus is absent.
func TestDeniedAssertionsUnrelated(t *testing.T) {
	path := filepath.Join("..", "..", "shared", "data", "bbc-news-2225.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("no real corpus: %v", err)
	}
	defer f.Close()
	bySection := map[string][]crosswire.Article{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var r struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		sec := strings.Split(r.ID, "-")[1] // bbc-<section>-<n>
		bySection[sec] = append(bySection[sec], crosswire.Article{ID: r.ID, Text: r.Text, Language: "en", Role: crosswire.RoleRewrite})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	deniers, pairs, found := 0, 0, 0
	for _, arts := range bySection {
		for i := range arts {
			if !writesDenial(&arts[i]) {
				continue
			}
			deniers++
			for j := range arts {
				if i == j {
					continue
				}
				st := &crosswire.Story{ID: "pair", Articles: []crosswire.Article{arts[i], arts[j]}}
				w := newWork(st, nil, nil)
				w.checkDeniedAssertions()
				pairs++
				for _, d := range w.discs {
					found++
					t.Logf("false: %s / %s: %s %q / %q", arts[i].ID, arts[j].ID, d.subject, d.sides[0].spans[0].Text, d.sides[1].spans[0].Text)
				}
			}
		}
	}
	t.Logf("%d articles reporting a denial, %d pairs with another article of their section, %d denied assertions (all false)", deniers, pairs, found)
	if deniers == 0 {
		t.Fatal("no denial read in the corpus")
	}
	if found > 0 {
		t.Errorf("%d denied assertions across unrelated stories, want 0", found)
	}
}

// writesDenial reports whether an article holds a sentence the
// denied-assertion rule reads as a denial.
func writesDenial(a *crosswire.Article) bool {
	for _, re := range denialPatterns {
		if re.MatchString(a.Text) {
			return true
		}
	}
	return false
}
