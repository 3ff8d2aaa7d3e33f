package eval

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	n := 60
	if testing.Short() {
		n = 20
	}
	if v, err := strconv.Atoi(os.Getenv("CROSSCHECK_EVAL_N")); err == nil && v > 0 {
		n = v
	}
	res, err := Run(t.Context(), Options{Articles: n})
	if err != nil {
		t.Fatal(err)
	}
	if testing.Verbose() {
		if err := res.WriteText(os.Stdout); err != nil {
			t.Fatal(err)
		}
	}
	if res.Stories != n && res.Corpus != "examples" {
		t.Errorf("stories = %d, want %d", res.Stories, n)
	}
	for _, k := range Drifts {
		if res.Kinds[k].Planted == 0 {
			t.Errorf("no %s drift planted", k)
		}
	}
}

func TestExampleBases(t *testing.T) {
	bases, name, err := exampleBases(10)
	if err != nil {
		t.Fatal(err)
	}
	if name != "examples" || len(bases) != 10 {
		t.Errorf("got %d bases from %q", len(bases), name)
	}
	for _, b := range bases {
		if b.text == "" || strings.HasPrefix(b.text, "Title:") {
			t.Errorf("base %s: header not stripped or empty", b.id)
		}
	}
	if _, err := Run(t.Context(), Options{Corpus: "does-not-exist.jsonl"}); err == nil {
		t.Error("missing corpus: no error")
	}
}

func TestVocabulary(t *testing.T) {
	v, err := loadVocabulary()
	if err != nil {
		t.Fatal(err)
	}
	if len(v.surnames) < 10 || len(v.opposed) < 5 || len(v.evaluative) < 10 {
		t.Errorf("word lists too small: %d surnames, %d opposed, %d evaluative", len(v.surnames), len(v.opposed), len(v.evaluative))
	}
}
