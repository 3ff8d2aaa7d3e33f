package ingest

import (
	"bytes"
	"os"
	"testing"
)

func TestProgressSilentOffTerminal(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "stderr")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for name, w := range map[string]any{"file": f, "buffer": &bytes.Buffer{}, "nil": nil} {
		var p *Progress
		switch w := w.(type) {
		case *os.File:
			p = NewProgress(w, 100, "x")
		case *bytes.Buffer:
			p = NewProgress(w, 100, "x")
		default:
			p = NewProgress(nil, 100, "x")
		}
		if p != nil {
			t.Errorf("%s: progress shown on a non-terminal", name)
		}
		// A nil *Progress is safe to use.
		p.SetBytes(10)
		p.Record()
		p.Finish()
	}
	if info, _ := f.Stat(); info.Size() != 0 {
		t.Errorf("wrote %d bytes to a non-terminal", info.Size())
	}
}
