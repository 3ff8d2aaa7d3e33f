package bench

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/cespare/xxhash/v2"
)

// TestWordSources: each kind of word-frequency file is read into the
// background with its words' shares of the articles; a bad file is an
// error.
func TestWordSources(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	corpus := write("c.jsonl", `{"id":"1","text":"A harbour fine."}`+"\n"+`{"id":"2","text":"A tanker spill."}`+"\n"+`{"id":"3","text":"A port."}`+"\n"+`{"id":"4","text":"A ship."}`+"\n")
	idf := write("idf.txt", "港口 0.6931471805599453\n油轮 13.9\n")
	list := write("common.txt", "dengan\nyang\n")
	iso := write("stop.json", `{"ms":["dengan"],"xx":["zzz"]}`)
	df := func(t *testing.T, w string, src WordSource) int {
		t.Helper()
		bg, err := BuildBackground(context.Background(), []string{corpus}, nil, "test", src)
		if err != nil {
			t.Fatal(err)
		}
		return bg.WordDF(uint32(xxhash.Sum64String(w)))
	}
	tests := []struct {
		name string
		src  WordSource
		word string
		want int
	}{
		{"idf half", WordSource{Path: idf, IDF: true}, "港口", 2},       // e^-ln 2 = ½ of 4
		{"idf rare", WordSource{Path: idf, IDF: true}, "油轮", 1},       // at least 1
		{"list", WordSource{Path: list}, "yang", 1},                   // ¼ of 4
		{"json lang", WordSource{Path: iso, Lang: "ms"}, "dengan", 1}, // ¼ of 4
		{"json other lang", WordSource{Path: iso, Lang: "ms"}, "zzz", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := df(t, tc.word, tc.src); got != tc.want {
				t.Errorf("df(%q) = %d, want %d", tc.word, got, tc.want)
			}
		})
	}
	for _, bad := range []WordSource{
		{Path: write("bad.txt", "港口 x\n"), IDF: true},
		{Path: iso, Lang: "fr"},
		{Path: filepath.Join(dir, "absent.txt")},
	} {
		if _, err := BuildBackground(context.Background(), []string{corpus}, nil, "test", bad); err == nil {
			t.Errorf("%+v: no error", bad)
		}
	}
}
