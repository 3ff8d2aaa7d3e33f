package crosscheck

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"crosswire"
	"crosswire/facts"
)

func exploreRun(t *testing.T, texts []string) (time.Duration, time.Duration, uint64) {
	x := facts.New()
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	st := crosswire.Story{ID: "s"}
	fs := map[string][]crosswire.Fact{}
	t0 := time.Now()
	for i, tx := range texts {
		a := crosswire.Article{ID: fmt.Sprint("a", i), Hash: fmt.Sprint("h", i), Language: "en", Text: tx, Role: crosswire.RoleOriginal}
		f, err := x.Extract(context.Background(), &a)
		if err != nil {
			t.Fatal(err)
		}
		st.Articles = append(st.Articles, a)
		fs[a.ID] = f
	}
	d1 := time.Since(t0)
	t1 := time.Now()
	if err := New().Check(context.Background(), &st, fs); err != nil {
		t.Fatal(err)
	}
	d2 := time.Since(t1)
	runtime.ReadMemStats(&m1)
	return d1, d2, (m1.TotalAlloc - m0.TotalAlloc) >> 20
}

func TestZZExplorePatho(t *testing.T) {
	if os.Getenv("PATHO") == "" {
		t.Skip()
	}
	words := []string{"harbour", "Keller", "said", "the", "boats", "Varga", "council", "bridge", "who", "or", "so", "km", "miles", "The", "Queen", "she", "according", "to"}
	gens := map[string]func(n int) []string{
		"oneline": func(n int) []string { // n KB
			var b strings.Builder
			for i := 0; b.Len() < n*1024; i++ {
				b.WriteString(words[(i*7+i/3)%len(words)])
				b.WriteByte(' ')
			}
			return []string{b.String()}
		},
		"dashes": func(n int) []string { // n*1000 numbers
			var b strings.Builder
			for i := range n * 1000 {
				if i > 0 {
					b.WriteByte('-')
				}
				fmt.Fprint(&b, i%97)
			}
			return []string{b.String()}
		},
		"spaceddashes": func(n int) []string {
			var b strings.Builder
			b.WriteString("Harwick Town beat Selby Rovers ")
			for i := range n * 1000 {
				if i > 0 {
					b.WriteString(" - ")
				}
				fmt.Fprint(&b, i%9)
			}
			return []string{b.String()}
		},
		"saidX": func(n int) []string { // n*500 clauses
			var b strings.Builder
			for i := range n * 500 {
				fmt.Fprintf(&b, "the pier will open, said Dana Kel%c%c, ", 'a'+rune(i%26), 'a'+rune(i/26%26))
			}
			return []string{b.String()}
		},
		"quotes2": func(n int) []string { // n*100 quotes per version
			var v [2]strings.Builder
			for i := range n * 100 {
				for j := range 2 {
					sp := []string{"Dana Keller", "Ivo Hale"}[(i+j)%2]
					fmt.Fprintf(&v[j], "\"The pier will open again in May,\" said %s. ", sp)
				}
			}
			return []string{v[0].String(), v[1].String()}
		},
		"units": func(n int) []string { // n*20 versions
			us := []string{"miles", "km", "kilometres", "metres", "feet", "yards", "kg", "pounds", "tonnes", "litres", "gallons", "mph", "km/h"}
			var out []string
			for i := range n * 20 {
				out = append(out, fmt.Sprintf("Dana Keller of Orvik Lines said the storm moved %d %s inland on Monday. Police said 40 who were hurt were taken to hospital.", 3+i%50, us[i%len(us)]))
			}
			return out
		},
		"who": func(n int) []string {
			var b strings.Builder
			for i := range n * 500 {
				fmt.Fprintf(&b, "Of the %d who were hurt, %d or so were taken to hospital, and %d who fled ", 40+i%30, 20+i%10, 5+i%7)
			}
			return []string{b.String(), strings.ReplaceAll(b.String(), "4", "5")}
		},
		"queen": func(n int) []string {
			var b strings.Builder
			for range n * 500 {
				b.WriteString("Coach Emil Varga left. The Queen presented the cup and she said it was fine, she added, and according to Dr Ivo Hale, head of the hospital, she ")
			}
			return []string{b.String()}
		},
	}
	only := os.Getenv("PATHO")
	for name, g := range gens {
		if only != "all" && only != name {
			continue
		}
		for _, n := range sizes() {
			tx := g(n)
			sz := 0
			for _, s := range tx {
				sz += len(s)
			}
			d1, d2, mb := exploreRun(t, tx)
			t.Logf("%s n=%d bytes=%d extract=%v check=%v alloc=%dMB", name, n, sz, d1, d2, mb)
		}
	}
}

func sizes() []int {
	if s := os.Getenv("PATHON"); s != "" {
		var a, b int
		fmt.Sscan(s, &a, &b)
		return []int{a, b}
	}
	return []int{16, 64}
}
