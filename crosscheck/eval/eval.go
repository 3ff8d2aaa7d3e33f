// Package eval measures crosscheck on planted drift: it takes real
// articles, makes a second version of each with known changes — drifts the
// engine must report (a misspelt name, a changed title, figure, year or
// quote, an event told the other way round, who did it, a subhead that
// contradicts its body) and paraphrases it must not report (digits and
// words, equivalent qualifiers, rounding, acronyms, reordered names and
// titles, demonyms, reworded quotes, a detail only one version gives) —
// runs extraction and the Checker on each pair, and prints precision and
// recall per kind.
//
// Its vocabulary (names, titles, antonyms, synonyms, misspelling rules) is
// its own: words/*.txt and words/*.tsv, embedded here and never read by the
// engine, so the engine is measured on words it was not written for.
//
// The base articles are the BBC News corpus in ../shared/data when present
// (read at run time, never copied), else the example corpus's originals.
package eval

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"crosswire"
	"crosswire/crosscheck"
	"crosswire/examples"
	"crosswire/facts"
)

// Options configure a Run. The zero value runs on the default corpus.
type Options struct {
	// Corpus is a JSONL file of articles ({"id", "title", "text"} a
	// line); ExamplesCorpus uses the embedded example corpus; "" uses
	// DefaultCorpus when it exists, else the embedded example corpus.
	Corpus string
	// Articles caps how many base articles are used (0: 300).
	Articles int
	// Seed makes the planting reproducible (0: 1).
	Seed int64
	// Extractor and Checker are the engine under test (nil: facts.New()
	// and crosscheck.New()).
	Extractor crosswire.Extractor
	Checker   crosswire.Checker
}

// ExamplesCorpus, as Options.Corpus, names the example corpus built into
// the binary.
const ExamplesCorpus = "examples"

// DefaultCorpus is the BBC News corpus, looked for in a shared/data
// directory of the working directory or any directory above it (the
// repository sits beside ../shared).
const DefaultCorpus = "shared/data/bbc-news-2225.jsonl"

// findDefaultCorpus returns the path of DefaultCorpus, or "".
func findDefaultCorpus() string {
	d, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(d, filepath.FromSlash(DefaultCorpus))
		if _, err := os.Stat(p); err == nil {
			return p
		}
		up := filepath.Dir(d)
		if up == d {
			return ""
		}
		d = up
	}
}

// KindResult is the score of one drift kind.
type KindResult struct {
	// Precision is the share of the engine's high and medium
	// discrepancies of this kind that match a planted drift (0 when it
	// reported none).
	Precision float64 `json:"precision"`
	// Recall is the share of planted drifts of this kind found.
	Recall  float64 `json:"recall"`
	Planted int     `json:"planted"`
	Found   int     `json:"found"`
	// Reported counts the high and medium discrepancies of this kind.
	Reported int `json:"reported"`
	// RealPlanted and RealFound count the drifts planted in the base
	// article's own sentences (the rest are in inserted template
	// sentences, an easier setting).
	RealPlanted int `json:"real_planted"`
	RealFound   int `json:"real_found"`
}

// TrapResult is the score of one paraphrase trap: how often a high or
// medium discrepancy covered it.
type TrapResult struct {
	Planted int     `json:"planted"`
	Flagged int     `json:"flagged"`
	Rate    float64 `json:"flag_rate"`
}

// Result is the outcome of a Run.
type Result struct {
	Kinds map[string]KindResult `json:"kinds"`
	Traps map[string]TrapResult `json:"traps"`
	// Stories is the number of generated stories; Corpus names the base
	// articles used.
	Stories int    `json:"stories"`
	Corpus  string `json:"corpus"`
	Seed    int64  `json:"seed"`
	// Elapsed is the wall time of the run.
	Elapsed string `json:"elapsed"`
	// Unmatched samples high and medium discrepancies that match no
	// planted drift (false positives, or real inconsistencies of the base
	// articles), and Missed samples drifts not found; at most 40 each.
	Unmatched []string `json:"unmatched,omitempty"`
	Missed    []string `json:"missed,omitempty"`
}

// baseArticle is a real article to plant into.
type baseArticle struct {
	id, title, text string
}

// Run generates the planted stories, runs the engine on them and scores
// it. It stops early with ctx's error when ctx is cancelled.
func Run(ctx context.Context, o Options) (Result, error) {
	start := time.Now()
	if o.Articles <= 0 {
		o.Articles = 300
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.Extractor == nil {
		o.Extractor = facts.New()
	}
	if o.Checker == nil {
		o.Checker = crosscheck.New()
	}
	v, err := loadVocabulary()
	if err != nil {
		return Result{}, err
	}
	bases, corpus, err := loadBases(o.Corpus, o.Articles)
	if err != nil {
		return Result{}, err
	}
	g := &generator{rng: rand.New(rand.NewSource(o.Seed)), v: v}
	sc := newScore()
	// Each base article yields one story per drift kind it can take (in
	// rotation, so every kind is planted about equally often), each with
	// three traps beside the drift; every third story is traps only.
	di, ti := 0, 0
	stories := 0
	for i, b := range bases {
		if err := ctx.Err(); err != nil {
			return Result{}, fmt.Errorf("eval: %w", err)
		}
		p := &plan{}
		g.used = nil
		if i%3 != 2 {
			for tries := 0; tries < len(Drifts); tries++ {
				k := Drifts[di%len(Drifts)]
				di++
				if planters[k](g, b.text, p) {
					break
				}
			}
		}
		for n, tries := 0, 0; n < 3 && tries < len(Traps); tries++ {
			k := Traps[ti%len(Traps)]
			ti++
			if planters[k](g, b.text, p) {
				n++
			}
		}
		st, err := buildStory(b, p)
		if err != nil {
			return Result{}, err
		}
		fm := map[string][]crosswire.Fact{}
		for j := range st.Articles {
			fs, err := o.Extractor.Extract(ctx, &st.Articles[j])
			if err != nil {
				return Result{}, fmt.Errorf("eval: extract %s: %w", st.Articles[j].ID, err)
			}
			fm[st.Articles[j].ID] = fs
		}
		if err := o.Checker.Check(ctx, st, fm); err != nil {
			return Result{}, fmt.Errorf("eval: check %s: %w", st.ID, err)
		}
		sc.add(st, p)
		stories++
	}
	res := sc.result()
	res.Stories, res.Corpus, res.Seed = stories, corpus, o.Seed
	res.Elapsed = time.Since(start).Round(time.Millisecond).String()
	return res, nil
}

// buildStory makes the two versions of a planned story: A, the original
// with shared insertions, and B, a rewrite derived from A.
func buildStory(b baseArticle, p *plan) (*crosswire.Story, error) {
	ta, tb := p.build(b.text)
	// No publication date: the base articles' own dates are unknown, and
	// resolving "last year" against a made-up one would plant dates.
	aID, bID := "a-"+b.id, "b-"+b.id
	a := crosswire.Article{ID: aID, Source: aID, Title: b.title, Outlet: "Base Wire", Language: "en", Text: ta, Role: crosswire.RoleOriginal}
	bb := crosswire.Article{ID: bID, Source: bID, Title: b.title, Outlet: "Rewrite Daily", Language: "en", Text: tb, Role: crosswire.RoleRewrite, DerivedFrom: &aID}
	if p.subhead != "" {
		// The subhead is a paragraph of B's text, listed as a span as
		// cleaning lists it. It goes last so the planted offsets of B's
		// body stay as built.
		tb += "\n\n"
		bb.Text = tb + p.subhead
		bb.Subheads = []crosswire.Span{{Article: bID, Text: p.subhead, Start: len(tb), End: len(tb) + len(p.subhead)}}
	}
	return &crosswire.Story{ID: "eval-" + b.id, Title: b.title, Articles: []crosswire.Article{a, bb}}, nil
}

// loadBases reads up to n base articles.
func loadBases(path string, n int) ([]baseArticle, string, error) {
	if path == "" {
		path = findDefaultCorpus()
	}
	if path == "" || path == ExamplesCorpus {
		return exampleBases(n)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, "", fmt.Errorf("eval corpus: %w", err)
	}
	defer f.Close()
	var out []baseArticle
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for line := 1; sc.Scan() && len(out) < n; line++ {
		var r struct {
			ID    string `json:"id"`
			Title string `json:"title"`
			Text  string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, "", fmt.Errorf("eval corpus %s:%d: %w", path, line, err)
		}
		if strings.TrimSpace(r.Text) == "" {
			continue
		}
		if r.ID == "" {
			r.ID = fmt.Sprintf("line%d", line)
		}
		out = append(out, baseArticle{id: r.ID, title: r.Title, text: r.Text})
	}
	if err := sc.Err(); err != nil {
		return nil, "", fmt.Errorf("eval corpus %s: %w", path, err)
	}
	if len(out) == 0 {
		return nil, "", fmt.Errorf("eval corpus %s: no articles", path)
	}
	return out, filepath.Base(path), nil
}

// exampleBases uses the example corpus's originals (and unrelated
// articles) as bases, cycling through them up to n stories.
func exampleBases(n int) ([]baseArticle, string, error) {
	names, err := fs.Glob(examples.FS, "*.txt")
	if err != nil {
		return nil, "", fmt.Errorf("eval: example corpus: %w", err)
	}
	var src []baseArticle
	for _, name := range names {
		if !strings.HasSuffix(name, "-wire.txt") && !strings.HasPrefix(name, "unrelated-") {
			continue
		}
		b, err := fs.ReadFile(examples.FS, name)
		if err != nil {
			return nil, "", fmt.Errorf("eval: example %s: %w", name, err)
		}
		s := string(b)
		if head, body, ok := strings.Cut(s, "\n\n"); ok && strings.Contains(strings.SplitN(head, "\n", 2)[0], ": ") {
			s = body
		}
		src = append(src, baseArticle{id: strings.TrimSuffix(name, ".txt"), title: name, text: s})
	}
	if len(src) == 0 {
		return nil, "", fmt.Errorf("eval: example corpus is empty")
	}
	if n > 40 {
		n = 40
	}
	var out []baseArticle
	for i := 0; i < n; i++ {
		b := src[i%len(src)]
		b.id = fmt.Sprintf("%s-%d", b.id, i/len(src))
		out = append(out, b)
	}
	return out, "examples", nil
}

// score accumulates the matching of reported discrepancies to plants.
type score struct {
	unmatched, missed                 []string
	planted, found, reported, matched map[string]int
	realPlanted, realFound            map[string]int
	trapPlanted, trapFlagged          map[string]int
}

func newScore() *score {
	return &score{planted: map[string]int{}, found: map[string]int{}, reported: map[string]int{}, matched: map[string]int{},
		realPlanted: map[string]int{}, realFound: map[string]int{},
		trapPlanted: map[string]int{}, trapFlagged: map[string]int{}}
}

// accepts reports whether a discrepancy of kind got may report a drift of
// kind want: who-did-what and what-happened are close enough to count
// either way.
func accepts(want string, got crosswire.DiscrepancyKind) bool {
	if string(got) == want {
		return true
	}
	return (want == DriftClaim || want == DriftOutcome) && (got == crosswire.DiscClaim || got == crosswire.DiscOutcome)
}

// covers reports whether d has a source in article id overlapping one of
// the ranges.
func covers(d crosswire.Discrepancy, id string, rs [][2]int) bool {
	for _, v := range d.Variants {
		for _, sp := range v.Sources {
			if sp.Article != id {
				continue
			}
			for _, r := range rs {
				if sp.Start < r[1] && r[0] < sp.End {
					return true
				}
			}
		}
	}
	return false
}

// hasSubheadSource reports whether d has a source in one of a's subheads.
func hasSubheadSource(d crosswire.Discrepancy, a *crosswire.Article) bool {
	rs := make([][2]int, len(a.Subheads))
	for i, sh := range a.Subheads {
		rs[i] = [2]int{sh.Start, sh.End}
	}
	return covers(d, a.ID, rs)
}

func (s *score) add(st *crosswire.Story, p *plan) {
	aID, bID := st.Articles[0].ID, st.Articles[1].ID
	used := map[int]bool{}
	for _, pl := range p.plants {
		if pl.trap {
			s.trapPlanted[pl.kind]++
			for _, d := range st.Discrepancies {
				if d.Severity == crosswire.SeverityLow {
					continue
				}
				if covers(d, aID, pl.inA) || covers(d, bID, pl.inB) {
					s.trapFlagged[pl.kind]++
					break
				}
			}
			continue
		}
		s.planted[pl.kind]++
		if pl.real {
			s.realPlanted[pl.kind]++
		}
		for i, d := range st.Discrepancies {
			if d.Severity == crosswire.SeverityLow || !accepts(pl.kind, d.Kind) {
				continue
			}
			var ok bool
			if pl.subhead {
				ok = covers(d, bID, pl.inB) || hasSubheadSource(d, &st.Articles[1])
			} else {
				ok = covers(d, aID, pl.inA) && covers(d, bID, pl.inB)
			}
			if ok {
				used[i] = true
				s.found[pl.kind]++
				if pl.real {
					s.realFound[pl.kind]++
				}
				pl.found = true
				break
			}
		}
		if !pl.found && len(s.missed) < 40 {
			s.missed = append(s.missed, fmt.Sprintf("%s: %s: A %q B %q", st.ID, pl.kind, excerpt(st.Articles[0].Text, pl.inA), excerpt(st.Articles[1].Text, pl.inB)))
		}
	}
	for i, d := range st.Discrepancies {
		if d.Severity == crosswire.SeverityLow {
			continue
		}
		s.reported[string(d.Kind)]++
		if used[i] {
			s.matched[string(d.Kind)]++
		} else if len(s.unmatched) < 40 {
			var vs []string
			for _, v := range d.Variants {
				vs = append(vs, fmt.Sprintf("%q", v.Value))
			}
			s.unmatched = append(s.unmatched, fmt.Sprintf("%s: %s/%s %s: %s", st.ID, d.Kind, d.Severity, d.Subject, strings.Join(vs, " vs ")))
		}
	}
}

// excerpt returns the text of the first range, or "".
func excerpt(text string, rs [][2]int) string {
	if len(rs) == 0 || rs[0][0] < 0 || rs[0][1] > len(text) {
		return ""
	}
	return text[rs[0][0]:rs[0][1]]
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return math.Round(float64(a)/float64(b)*1000) / 1000
}

func (s *score) result() Result {
	r := Result{Kinds: map[string]KindResult{}, Traps: map[string]TrapResult{}, Unmatched: s.unmatched, Missed: s.missed}
	kinds := map[string]bool{}
	for _, k := range Drifts {
		kinds[k] = true
	}
	for k := range s.reported {
		kinds[k] = true
	}
	for k := range kinds {
		r.Kinds[k] = KindResult{
			Precision: ratio(s.matched[k], s.reported[k]),
			Recall:    ratio(s.found[k], s.planted[k]),
			Planted:   s.planted[k], Found: s.found[k], Reported: s.reported[k],
			RealPlanted: s.realPlanted[k], RealFound: s.realFound[k],
		}
	}
	for _, k := range Traps {
		r.Traps[k] = TrapResult{Planted: s.trapPlanted[k], Flagged: s.trapFlagged[k], Rate: ratio(s.trapFlagged[k], s.trapPlanted[k])}
	}
	return r
}

// WriteText prints a result as a table, one kind a line.
func (r Result) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "planted-drift evaluation: %d stories from %s (seed %d, %s)\n\n", r.Stories, r.Corpus, r.Seed, r.Elapsed)
	fmt.Fprintf(&b, "%-10s %8s %8s %8s %8s %9s %12s\n", "kind", "planted", "found", "recall", "reported", "precision", "real found")
	ks := make([]string, 0, len(r.Kinds))
	for k := range r.Kinds {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		x := r.Kinds[k]
		fmt.Fprintf(&b, "%-10s %8d %8d %8.3f %8d %9.3f %12s\n", k, x.Planted, x.Found, x.Recall, x.Reported, x.Precision, fmt.Sprintf("%d/%d", x.RealFound, x.RealPlanted))
	}
	fmt.Fprintf(&b, "\n%-14s %8s %8s %9s\n", "trap", "planted", "flagged", "flag rate")
	for _, k := range Traps {
		x := r.Traps[k]
		fmt.Fprintf(&b, "%-14s %8d %8d %9.3f\n", k, x.Planted, x.Flagged, x.Rate)
	}
	if len(r.Unmatched) > 0 {
		b.WriteString("\nunmatched high/medium discrepancies (sample):\n")
		for _, u := range r.Unmatched {
			b.WriteString("  " + u + "\n")
		}
	}
	if len(r.Missed) > 0 {
		b.WriteString("\nmissed drifts (sample):\n")
		for _, u := range r.Missed {
			b.WriteString("  " + u + "\n")
		}
	}
	_, err := w.Write([]byte(b.String()))
	return err
}
