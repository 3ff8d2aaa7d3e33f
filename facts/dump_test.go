package facts

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"crosswire"
)

// TestDump prints the facts of the file named by FACTS_DUMP (a development aid;
// skipped otherwise).
func TestDump(t *testing.T) {
	path := os.Getenv("FACTS_DUMP")
	if path == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(path)
	pub := time.Date(2024, 3, 15, 10, 0, 0, 0, time.UTC)
	a := &crosswire.Article{ID: "x", Text: string(b), Published: &pub}
	fs, err := New().Extract(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fs {
		extra := ""
		switch {
		case f.Entity != nil:
			extra = fmt.Sprintf("name=%q role=%q", f.Entity.Name, f.Entity.Role)
		case f.Number != nil:
			extra = fmt.Sprintf("%+v", *f.Number)
		case f.Period != nil:
			extra = fmt.Sprintf("%s..%s %s rel=%v ev=%q", f.Period.From.Format("2006-01-02"), f.Period.To.Format("2006-01-02"), f.Period.Granularity, f.Period.Relative, f.Period.Event)
		case f.Quote != nil:
			extra = fmt.Sprintf("speaker=%q rep=%v", f.Quote.Speaker, f.Quote.Reported)
		case f.Claim != nil:
			extra = fmt.Sprintf("%+v", *f.Claim)
		}
		fmt.Printf("%-7s s%-2d %-40q | %q %s\n", f.Kind, f.Sentence, f.Span.Text, f.Value, extra)
	}
}

// TestLargeArticle checks that extraction stays linear on a 1 MB article
// (run with FACTS_BIG=1).
func TestLargeArticle(t *testing.T) {
	if os.Getenv("FACTS_BIG") == "" {
		t.Skip()
	}
	s := ""
	for len(s) < 1<<20 {
		s += benchArticle() + "\n\n"
	}
	start := time.Now()
	fs := extractText(t, s, nil)
	t.Logf("%d bytes, %d facts in %v", len(s), len(fs), time.Since(start))
}
