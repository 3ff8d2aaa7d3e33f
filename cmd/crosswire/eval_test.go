package main

import (
	"encoding/json"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"crosswire/crosscheck/eval"
)

// TestEvalJSONOnExamples runs `crosswire eval --json` on the embedded
// examples (--input examples, so the BBC corpus is not used even when
// present) and checks the contract of the output.
func TestEvalJSONOnExamples(t *testing.T) {
	out, serr, code := runCLI(t, "", "eval", "--input", "examples", "--json", "--n", "24", "--seed", "3")
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, serr)
	}
	var res struct {
		Kinds map[string]struct {
			Precision *float64 `json:"precision"`
			Recall    *float64 `json:"recall"`
			Planted   *int     `json:"planted"`
			Found     int      `json:"found"`
		} `json:"kinds"`
		Traps   map[string]json.RawMessage `json:"traps"`
		Corpus  string                     `json:"corpus"`
		Stories int                        `json:"stories"`
		Seed    int64                      `json:"seed"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	if res.Corpus != "examples" || res.Stories != 24 || res.Seed != 3 {
		t.Errorf("corpus %q, %d stories, seed %d; want examples, 24, 3", res.Corpus, res.Stories, res.Seed)
	}
	planted := 0
	for _, kind := range eval.Drifts {
		k, ok := res.Kinds[kind]
		if !ok {
			t.Errorf("kinds.%s missing", kind)
			continue
		}
		if k.Precision == nil || k.Recall == nil || k.Planted == nil {
			t.Errorf("kinds.%s lacks precision, recall or planted: %s", kind, out)
			continue
		}
		if *k.Precision < 0 || *k.Precision > 1 || *k.Recall < 0 || *k.Recall > 1 {
			t.Errorf("kinds.%s: precision %v, recall %v outside [0, 1]", kind, *k.Precision, *k.Recall)
		}
		if *k.Planted == 0 || k.Found > *k.Planted {
			t.Errorf("kinds.%s: planted %d, found %d", kind, *k.Planted, k.Found)
		}
		planted += *k.Planted
	}
	if planted < len(eval.Drifts) {
		t.Errorf("only %d drifts planted", planted)
	}
	if len(res.Traps) != len(eval.Traps) {
		t.Errorf("%d traps reported, want %d", len(res.Traps), len(eval.Traps))
	}

	// The same seed plants the same drifts.
	again, _, _ := runCLI(t, "", "eval", "--input", "examples", "--json", "--n", "24", "--seed", "3")
	if kindsOf(t, again) != kindsOf(t, out) {
		t.Error("two runs with one seed scored differently")
	}
}

func kindsOf(t *testing.T, out string) string {
	t.Helper()
	var v struct {
		Kinds json.RawMessage `json:"kinds"`
	}
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatal(err)
	}
	return string(v.Kinds)
}

func TestEvalTextAndUsage(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantOut  string
		wantErr  string
	}{
		{"table", []string{"eval", "--input", "examples", "--n", "8"}, 0, "planted-drift evaluation: 8 stories from examples (seed 1", ""},
		{"missing input", []string{"eval", "--input", "no-such.jsonl"}, 1, "", "no-such.jsonl"},
		{"zero articles", []string{"eval", "--n", "0"}, 2, "", "--n 0"},
		{"no arguments", []string{"eval", "extra"}, 2, "", `takes no arguments, got "extra"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, serr, code := runCLI(t, "", tt.args...)
			if code != tt.wantCode {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, tt.wantCode, serr)
			}
			if !strings.Contains(out, tt.wantOut) {
				t.Errorf("stdout lacks %q:\n%s", tt.wantOut, out)
			}
			if !strings.Contains(serr, tt.wantErr) {
				t.Errorf("stderr lacks %q:\n%s", tt.wantErr, serr)
			}
		})
	}
}

// TestEvalGeneratorOutsideEngine holds the evaluation to the rule
// that it is not circular: the drift generator and its word lists
// (package crosscheck/eval) are imported by no code of the engine, only by
// this command and by tests. Since package main cannot be imported, no
// engine package can reach the generator.
func TestEvalGeneratorOutsideEngine(t *testing.T) {
	const evalPkg = "crosswire/crosscheck/eval"
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	checked := 0
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if rel != "." && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata" || d.Name() == "vendor") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(rel, ".go") || strings.HasSuffix(rel, "_test.go") ||
			strings.HasPrefix(rel, "crosscheck/eval/") || strings.HasPrefix(rel, "cmd/crosswire/") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		checked++
		for _, imp := range f.Imports {
			if p, _ := strconv.Unquote(imp.Path.Value); p == evalPkg || strings.HasPrefix(p, evalPkg+"/") {
				t.Errorf("%s imports %s: the engine must not see the evaluation's generator", rel, p)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 20 {
		t.Fatalf("only %d source files checked: wrong root %s?", checked, root)
	}
}
