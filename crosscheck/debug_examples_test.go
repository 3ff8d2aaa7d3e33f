//go:build examples

package crosscheck

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crosswire/facts"
)

// TestDumpFacts prints the facts of the example files named in
// CROSSCHECK_DUMP (comma-separated) of the kinds in CROSSCHECK_KINDS.
func TestDumpFacts(t *testing.T) {
	files := os.Getenv("CROSSCHECK_DUMP")
	if files == "" {
		t.Skip("CROSSCHECK_DUMP not set")
	}
	kinds := os.Getenv("CROSSCHECK_KINDS")
	x := facts.New()
	for _, f := range strings.Split(files, ",") {
		a := readExample(t, filepath.Join("..", "examples"), f)
		fs, err := x.Extract(context.Background(), &a)
		if err != nil {
			t.Fatal(err)
		}
		for _, fc := range fs {
			if kinds != "" && !strings.Contains(kinds, string(fc.Kind)) {
				continue
			}
			d := ""
			switch {
			case fc.Entity != nil:
				d = fmt.Sprintf("%+v", *fc.Entity)
			case fc.Number != nil:
				d = fmt.Sprintf("%+v", *fc.Number)
			case fc.Period != nil:
				d = fmt.Sprintf("%s..%s %s rel=%v ev=%q", fc.Period.From.Format("2006-01-02"), fc.Period.To.Format("2006-01-02"), fc.Period.Granularity, fc.Period.Relative, fc.Period.Event)
			case fc.Quote != nil:
				d = fmt.Sprintf("%+v", *fc.Quote)
			case fc.Claim != nil:
				d = fmt.Sprintf("%+v", *fc.Claim)
			}
			fmt.Printf("%s\t%s\t%q\t%q\t%s\n", f, fc.Kind, fc.Value, fc.Span.Text, d)
		}
	}
}
