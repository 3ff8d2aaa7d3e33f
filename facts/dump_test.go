package facts

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"os"
	"sort"
	"strconv"
	"testing"
	"time"

	"crosswire"
)

// TestDump prints the facts of the file named by FACTS_DUMP (a development aid;
// skipped otherwise).
func TestDump(t *testing.T) {
	path := os.Getenv("FACTS_DUMP")
	if path == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(path)
	pub := time.Date(2024, 3, 15, 10, 0, 0, 0, time.UTC)
	a := &crosswire.Article{ID: "x", Text: string(b), Published: &pub}
	fs, err := New().Extract(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fs {
		fmt.Printf("%-7s s%-2d %-40q | %q %s\n", f.Kind, f.Sentence, f.Span.Text, f.Value, details(f))
	}
}

// TestLargeArticle checks that extraction stays linear on a 1 MB article
// (run with FACTS_BIG=1).
func TestLargeArticle(t *testing.T) {
	if os.Getenv("FACTS_BIG") == "" {
		t.Skip()
	}
	s := ""
	for len(s) < 1<<20 {
		s += benchArticle() + "\n\n"
	}
	start := time.Now()
	fs := extractText(t, s, nil)
	t.Logf("%d bytes, %d facts in %v", len(s), len(fs), time.Since(start))
}

// TestSample prints, for a precision audit, up to FACTS_PER_KIND (default
// 30) facts of each kind drawn at random from FACTS_N (default 40)
// articles of the JSON Lines corpus named by FACTS_SAMPLE, each with its
// sentence, so a reader can judge them. FACTS_SEED (default 1) fixes both
// draws. A development aid: skipped unless FACTS_SAMPLE is set.
func TestSample(t *testing.T) {
	path := os.Getenv("FACTS_SAMPLE")
	if path == "" {
		t.Skip()
	}
	seed := envInt("FACTS_SEED", 1)
	n := envInt("FACTS_N", 40)
	perKind := envInt("FACTS_PER_KIND", 30)
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("corpus: %v", err)
	}
	defer f.Close()
	var arts []crosswire.Article
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var r struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("corpus line: %v", err)
		}
		arts = append(arts, crosswire.Article{ID: r.ID, Text: r.Text})
	}
	rng := rand.New(rand.NewPCG(uint64(seed), 0))
	rng.Shuffle(len(arts), func(i, j int) { arts[i], arts[j] = arts[j], arts[i] })
	if n < len(arts) {
		arts = arts[:n]
	}
	pub := time.Date(2005, 3, 15, 10, 0, 0, 0, time.UTC)
	type item struct {
		f    crosswire.Fact
		sent string
	}
	byKind := map[crosswire.FactKind][]item{}
	x := New()
	for i := range arts {
		a := &arts[i]
		a.Published = &pub
		fs, err := x.Extract(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		sents := a.Sentences
		for _, f := range fs {
			s := ""
			if f.Sentence < len(sents) {
				s = a.Text[sents[f.Sentence].Start:sents[f.Sentence].End]
			}
			byKind[f.Kind] = append(byKind[f.Kind], item{f, s})
		}
	}
	kinds := []crosswire.FactKind{crosswire.KindPerson, crosswire.KindOrg, crosswire.KindPlace, crosswire.KindGroup,
		crosswire.KindNumber, crosswire.KindDate, crosswire.KindQuote, crosswire.KindClaim}
	for _, k := range kinds {
		items := byKind[k]
		fmt.Printf("=== %s: %d facts in %d articles\n", k, len(items), len(arts))
		// rank by a seeded hash of where each fact is, not by a shuffle:
		// a fact keeps its rank when an extractor change adds or drops
		// others, so audits before and after a change share most items
		rank := func(it item) uint64 {
			h := fnv.New64a()
			fmt.Fprintf(h, "%d|%s|%s|%d", seed, it.f.Kind, it.f.Span.Article, it.f.Span.Start)
			return h.Sum64()
		}
		sort.Slice(items, func(i, j int) bool { return rank(items[i]) < rank(items[j]) })
		if len(items) > perKind {
			items = items[:perKind]
		}
		for i, it := range items {
			fmt.Printf("%2d %s | %s\n     %s\n", i+1, it.f.Span.Article, describe(it.f), normSpace(it.sent))
		}
	}
}

// describe renders one fact for a reader.
func describe(f crosswire.Fact) string {
	return fmt.Sprintf("%q span=%q %s", f.Value, f.Span.Text, details(f))
}

// details renders what a fact holds beyond its value and span: the
// entity's name and role, the number, the period, the quote's speaker or
// the claim's parts.
func details(f crosswire.Fact) string {
	switch {
	case f.Entity != nil:
		return fmt.Sprintf("name=%q role=%q", f.Entity.Name, f.Entity.Role)
	case f.Number != nil:
		return fmt.Sprintf("%+v", *f.Number)
	case f.Period != nil:
		return fmt.Sprintf("%s..%s %s rel=%v ev=%q", f.Period.From.Format("2006-01-02"), f.Period.To.Format("2006-01-02"), f.Period.Granularity, f.Period.Relative, f.Period.Event)
	case f.Quote != nil:
		return fmt.Sprintf("speaker=%q rep=%v", f.Quote.Speaker, f.Quote.Reported)
	case f.Claim != nil:
		return fmt.Sprintf("actor=%q verb=%q target=%q neg=%v", f.Claim.Actor, f.Claim.Verb, f.Claim.Target, f.Claim.Negated)
	}
	return ""
}

// envInt reads an integer environment variable, def when unset or bad.
func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil {
		return v
	}
	return def
}
