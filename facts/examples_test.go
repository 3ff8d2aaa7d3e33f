package facts

import (
	"context"
	"crosswire/examples"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"crosswire"
)

const examplesDir = "../examples"

var headerLineRe = regexp.MustCompile(`^[A-Za-z][A-Za-z-]*: .*$`)

// readExample returns an example file's body (after the header block when
// every header line is "Key: value") and its Published time.
func readExample(t testing.TB, name string) (string, *time.Time) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(examplesDir, name))
	if err != nil {
		t.Fatalf("read example: %v", err)
	}
	text := string(b)
	head, body, ok := strings.Cut(text, "\n\n")
	if !ok {
		return text, nil
	}
	var pub *time.Time
	for _, line := range strings.Split(head, "\n") {
		if !headerLineRe.MatchString(line) {
			return text, nil
		}
		k, v, _ := strings.Cut(line, ": ")
		if strings.EqualFold(k, "Published") {
			if p, err := time.Parse(time.RFC3339, strings.TrimSpace(v)); err == nil {
				pub = &p
			}
		}
	}
	return body, pub
}

// kindsFor maps a planted discrepancy kind to the fact kinds that must
// cover its text.
func kindsFor(kind string) []crosswire.FactKind {
	switch kind {
	case "name", "role":
		return []crosswire.FactKind{crosswire.KindPerson}
	case "number":
		return []crosswire.FactKind{crosswire.KindNumber}
	case "date":
		return []crosswire.FactKind{crosswire.KindDate}
	case "quote":
		return []crosswire.FactKind{crosswire.KindQuote}
	case "claim", "outcome":
		return []crosswire.FactKind{crosswire.KindClaim}
	case "org":
		return []crosswire.FactKind{crosswire.KindOrg}
	case "place":
		return []crosswire.FactKind{crosswire.KindPlace}
	}
	return nil
}

// TestExamplesCoverConflicts checks that the text of every variant of every
// conflict planted in the example corpus is overlapped by a fact span of
// the right kind in its file.
func TestExamplesCoverConflicts(t *testing.T) {
	if _, err := os.Stat(filepath.Join(examplesDir, "DONE")); err != nil {
		t.Skip("example corpus not ready")
	}
	exp, err := examples.LoadKey()
	if err != nil {
		t.Fatal(err)
	}
	x := New()
	cache := map[string][]crosswire.Fact{}
	bodies := map[string]string{}
	// Traps are differences that are not conflicts ("nine years" vs
	// "nine-year"); crosscheck can only reconcile them when both sides are
	// facts of the right kind, so they are checked the same way.
	for _, tr := range exp.Traps {
		if kindsFor(tr.Kind) == nil {
			continue
		}
		c := examples.KeyConflict{Story: "trap:" + tr.Story, Kind: tr.Kind, Variants: tr.Texts}
		exp.Conflicts = append(exp.Conflicts, c)
	}
	for _, c := range exp.Conflicts {
		kinds := kindsFor(c.Kind)
		for _, v := range c.Variants {
			t.Run(c.Story+"/"+c.Kind+"/"+v.File+"/"+v.Text, func(t *testing.T) {
				if kinds == nil {
					t.Skipf("kind %q not extracted", c.Kind)
				}
				fs, ok := cache[v.File]
				body := bodies[v.File]
				if !ok {
					var pub *time.Time
					body, pub = readExample(t, v.File)
					a := &crosswire.Article{ID: v.File, Text: body, Published: pub}
					fs, err = x.Extract(context.Background(), a)
					if err != nil {
						t.Fatal(err)
					}
					checkSpans(t, a, fs)
					cache[v.File], bodies[v.File] = fs, body
				}
				var occ [][2]int
				for off := 0; ; {
					i := strings.Index(body[off:], v.Text)
					if i < 0 {
						break
					}
					occ = append(occ, [2]int{off + i, off + i + len(v.Text)})
					off += i + len(v.Text)
				}
				if len(occ) == 0 {
					t.Fatalf("variant text not found in %s", v.File)
				}
				for _, f := range fs {
					for _, k := range kinds {
						if f.Kind != k {
							continue
						}
						for _, o := range occ {
							if f.Span.Start < o[1] && o[0] < f.Span.End {
								return
							}
						}
					}
				}
				var near []string
				for _, f := range fs {
					for _, o := range occ {
						if f.Span.Start < o[1]+40 && o[0]-40 < f.Span.End {
							near = append(near, string(f.Kind)+":"+f.Span.Text)
						}
					}
				}
				t.Errorf("no %v fact overlaps %q; facts nearby: %q", kinds, v.Text, near)
			})
		}
	}
}
