package group

import (
	"os"
	"path/filepath"
	"testing"
)

func orderTau(a, b []uint32) (float64, int) {
	pos := map[uint32]int{}
	for i, x := range b {
		if _, ok := pos[x]; !ok {
			pos[x] = i
		}
	}
	seen := map[uint32]bool{}
	var seq []int
	for _, x := range a {
		if seen[x] {
			continue
		}
		seen[x] = true
		if p, ok := pos[x]; ok {
			seq = append(seq, p)
		}
	}
	conc, disc := 0, 0
	for i := range seq {
		for j := i + 1; j < len(seq); j++ {
			if seq[i] < seq[j] {
				conc++
			} else if seq[i] > seq[j] {
				disc++
			}
		}
	}
	if conc+disc == 0 {
		return 0, len(seq)
	}
	return float64(conc-disc) / float64(conc+disc), len(seq)
}

func TestDiag(t *testing.T) {
	if os.Getenv("DIAG") == "" {
		t.Skip()
	}
	dir := filepath.Join("..", "examples")
	for _, st := range []string{"norland-minister", "tarsk-dam", "glass-heron"} {
		w := readExample(t, filepath.Join(dir, st+"-wire.txt"))
		var s scratch
		wa := anchors(s.tokenize(w.Text), nil, nil)
		wp := profile(w.Text)
		for _, v := range []string{"rewrite", "translation", "excerpt"} {
			x := readExample(t, filepath.Join(dir, st+"-"+v+".txt"))
			var s2 scratch
			xa := anchors(s2.tokenize(x.Text), nil, nil)
			tau, n := orderTau(xa, wa)
			t.Logf("%s %s tau=%.2f n=%d profile=%.2f len=%d/%d", st, v, tau, n, profileOverlap(profile(x.Text), wp), len(x.Text), len(w.Text))
		}
	}
}

func quoteStats(text string) (quotes []uint32, sents int) {
	var s scratch
	toks := s.tokenize(text)
	for _, t := range toks {
		if t.sentStart {
			sents++
		}
	}
	for _, a := range anchorsKind(toks, anchorQuote) {
		quotes = append(quotes, a)
	}
	return
}

func anchorsKind(toks []token, kind byte) []uint32 {
	var out []uint32
	qs := -1
	for i, t := range toks {
		if t.quote > 0 {
			qs = i
		}
		if t.quote < 0 && qs >= 0 {
			if i-qs+1 >= 4 {
				out = append(out, anchorFPHash(kind, shingleHash(toks[qs:i+1])))
			}
			qs = -1
		}
	}
	return out
}

func TestDiag2(t *testing.T) {
	if os.Getenv("DIAG") == "" {
		t.Skip()
	}
	dir := filepath.Join("..", "examples")
	for _, st := range []string{"norland-minister", "tarsk-dam", "glass-heron"} {
		w := readExample(t, filepath.Join(dir, st+"-wire.txt"))
		wq, ws := quoteStats(w.Text)
		for _, v := range []string{"rewrite", "translation", "excerpt"} {
			x := readExample(t, filepath.Join(dir, st+"-"+v+".txt"))
			xq, xs := quoteStats(x.Text)
			sh := 0
			for _, q := range xq {
				for _, p := range wq {
					if p == q {
						sh++
					}
				}
			}
			t.Logf("%s %s quotes %d/%d shared %d sents %d/%d", st, v, len(xq), len(wq), sh, xs, ws)
		}
	}
}
