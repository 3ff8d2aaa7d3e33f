package ingest

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// comparisonEntry is one page of go-trafilatura's comparison benchmark:
// snippets its main text must contain and snippets it must not.
type comparisonEntry struct {
	File          string
	With, Without []string
}

// loadComparison reads the benchmark's answer key from the go-trafilatura
// module in the module cache (scripts/comparison/data.go, a Go map
// literal) without copying any of it into this repository.
func loadComparison(t *testing.T) (dir string, entries []comparisonEntry) {
	t.Helper()
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/markusmobius/go-trafilatura").Output()
	if err != nil {
		t.Skipf("go-trafilatura module not found: %v", err)
	}
	dir = strings.TrimSpace(string(out))
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, filepath.Join(dir, "scripts", "comparison", "data.go"), nil, 0)
	if err != nil {
		t.Skipf("comparison data not available: %v", err)
	}
	ast.Inspect(f, func(n ast.Node) bool {
		lit, ok := n.(*ast.CompositeLit)
		if !ok {
			return true
		}
		if id, ok := lit.Type.(*ast.Ident); !ok || id.Name != "ComparisonEntry" {
			if _, isMap := lit.Type.(*ast.MapType); isMap {
				for _, elt := range lit.Elts {
					kv := elt.(*ast.KeyValueExpr)
					if e, ok := entryOf(kv.Value); ok {
						entries = append(entries, e)
					}
				}
				return false
			}
			return true
		}
		return true
	})
	return dir, entries
}

func entryOf(x ast.Expr) (comparisonEntry, bool) {
	lit, ok := x.(*ast.CompositeLit)
	if !ok {
		return comparisonEntry{}, false
	}
	var e comparisonEntry
	for _, elt := range lit.Elts {
		kv := elt.(*ast.KeyValueExpr)
		switch kv.Key.(*ast.Ident).Name {
		case "File":
			e.File, _ = strconv.Unquote(kv.Value.(*ast.BasicLit).Value)
		case "With":
			e.With = stringList(kv.Value)
		case "Without":
			e.Without = stringList(kv.Value)
		}
	}
	return e, e.File != ""
}

func stringList(x ast.Expr) []string {
	lit, ok := x.(*ast.CompositeLit)
	if !ok {
		return nil
	}
	var out []string
	for _, elt := range lit.Elts {
		if b, ok := elt.(*ast.BasicLit); ok {
			if s, err := strconv.Unquote(b.Value); err == nil {
				out = append(out, s)
			}
		}
	}
	return out
}

// TestExtractionRealWorld scores the extractors on go-trafilatura's
// comparison benchmark (~960 real web pages with snippets that must and
// must not be in the main text; precision = found wanted / (found wanted +
// found unwanted), recall = found wanted / all wanted), with the same
// scoring as the library's scripts/comparison. The pages ship inside the
// module (test-files/), so nothing is downloaded; it takes a minute, so it
// runs only with CROSSWIRE_REALWORLD=1.
func TestExtractionRealWorld(t *testing.T) {
	if os.Getenv("CROSSWIRE_REALWORLD") == "" {
		t.Skip("set CROSSWIRE_REALWORLD=1 to run the real-page extraction benchmark")
	}
	dir, entries := loadComparison(t)
	if len(entries) == 0 {
		t.Skip("no comparison entries")
	}
	type tally struct {
		tp, fn, fp, tn int
		elapsed        time.Duration
	}
	extractors := qualityExtractors(t)
	tallies := make([]tally, len(extractors))
	var mu sync.Mutex
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	pages := 0
	for _, e := range entries {
		page, err := os.ReadFile(filepath.Join(dir, "test-files", "comparison", e.File))
		if err != nil {
			page, err = os.ReadFile(filepath.Join(dir, "test-files", "mock", e.File))
		}
		if err != nil {
			continue
		}
		pages++
		for i, ex := range extractors {
			wg.Add(1)
			sem <- struct{}{}
			go func() {
				defer func() { <-sem; wg.Done() }()
				start := time.Now()
				out := collapseSpace(ex.run(page))
				d := time.Since(start)
				var tl tally
				tl.elapsed = d
				for _, s := range e.With {
					if out != "" && strings.Contains(out, collapseSpace(s)) {
						tl.tp++
					} else {
						tl.fn++
					}
				}
				for _, s := range e.Without {
					if out != "" && strings.Contains(out, collapseSpace(s)) {
						tl.fp++
					} else {
						tl.tn++
					}
				}
				mu.Lock()
				tallies[i].tp += tl.tp
				tallies[i].fn += tl.fn
				tallies[i].fp += tl.fp
				tallies[i].tn += tl.tn
				tallies[i].elapsed += tl.elapsed
				mu.Unlock()
			}()
		}
	}
	wg.Wait()
	t.Logf("%d pages", pages)
	for i, ex := range extractors {
		tl := tallies[i]
		p := ratio(tl.tp, tl.tp+tl.fp)
		r := ratio(tl.tp, tl.tp+tl.fn)
		f := ratio(2*tl.tp, 2*tl.tp+tl.fp+tl.fn)
		t.Logf("%-66s P=%.3f R=%.3f F1=%.3f  %v/page", ex.name, p, r, f, (tl.elapsed / time.Duration(pages)).Round(10*time.Microsecond))
	}
}
