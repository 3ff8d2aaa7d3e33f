package crosscheck

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"crosswire"
	"crosswire/facts"
)

// BenchmarkCheck measures the Checker alone on a story of n versions made
// from the example corpus's articles (facts extracted beforehand).
func BenchmarkCheck(b *testing.B) {
	dir := filepath.Join("..", "examples")
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(names) == 0 {
		b.Skip("no example corpus")
	}
	x := facts.New()
	for _, n := range []int{5, 18, 72} {
		st := &crosswire.Story{ID: "bench"}
		fm := map[string][]crosswire.Fact{}
		for i := 0; i < n; i++ {
			raw, err := os.ReadFile(names[i%len(names)])
			if err != nil {
				b.Fatal(err)
			}
			a := crosswire.Article{ID: fmt.Sprintf("a%d", i), Text: string(raw), Role: crosswire.RoleRewrite}
			fs, err := x.Extract(context.Background(), &a)
			if err != nil {
				b.Fatal(err)
			}
			st.Articles = append(st.Articles, a)
			fm[a.ID] = fs
		}
		c := New()
		b.Run(fmt.Sprintf("versions=%d", n), func(b *testing.B) {
			for b.Loop() {
				s := *st
				if err := c.Check(context.Background(), &s, fm); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
