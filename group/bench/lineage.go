package bench

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"crosswire"
	"crosswire/group"
	"crosswire/ingest"
	"crosswire/pipeline"
)

// Derivation classes of the lineage benchmark: how much of a version
// derives from the story's wire copy (the METER corpus's labels).
const (
	Wholly    = "wholly"
	Partially = "partially"
	Non       = "non"
	// LabelSource marks the wire copy itself: not scored.
	LabelSource = "source"
)

// WhollyReuse is the reuse from which a derived version counts as wholly
// derived (the benchmark's mapping, fixed by the issue that set it).
const WhollyReuse = 0.5

// LineageOptions configures RunLineage.
type LineageOptions struct {
	// Input is a JSONL file of articles with "cluster" and "derivation"
	// fields.
	Input string
	// ByCluster gives each labelled cluster to lineage as one story (the
	// gold grouping) instead of grouping the whole input as check does:
	// it measures lineage apart from grouping.
	ByCluster bool
	// Seed splits the clusters into two halves: sorted, shuffled with a
	// PCG seeded (Seed, Seed), the first half is "calibration", the rest
	// "held-out". 0 means 1.
	Seed uint64
	// Background weighs grouping's evidence; nil means the embedded one
	// (group.Options.Background).
	Background *group.Background
}

// ClassScore is precision, recall and F1 of one derivation class.
type ClassScore struct {
	Class     string  `json:"class"`
	Support   int     `json:"support"`
	Predicted int     `json:"predicted"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// LineageScore scores one set of scored texts.
type LineageScore struct {
	Name    string       `json:"name"`
	Stories int          `json:"stories"`
	Texts   int          `json:"texts"`
	Classes []ClassScore `json:"classes"`
	MacroF1 float64      `json:"macro_f1"`
	// Confusion counts label → predicted class.
	Confusion map[string]map[string]int `json:"confusion"`
}

// LineageResult is what RunLineage measures.
type LineageResult struct {
	Input     string `json:"input"`
	Grouping  string `json:"grouping"`
	Seed      uint64 `json:"seed"`
	Articles  int    `json:"articles"`
	Duplicate int    `json:"duplicates"`
	// Scores: all texts, then the calibration and held-out halves.
	Scores []LineageScore `json:"scores"`
	// Roles counts the roles given to scored (non-wire) texts.
	Roles map[string]int `json:"roles"`
	// WireFromClient counts wire texts said to derive from a text that is
	// not wire copy; SameLanguageTranslations counts translations between
	// two texts of one language code.
	WireFromClient           int `json:"wire_from_client"`
	SameLanguageTranslations int `json:"same_language_translations"`
	// Rows are the scored texts, for reading.
	Rows []LineageRow `json:"-"`
}

// LineageRow is one scored text.
type LineageRow struct {
	ID, Cluster, Half, Label, Predicted string
	Role                                crosswire.Role
	Reuse                               float64
	Evidence                            string
}

// labelLine is the part of an input line the benchmark reads besides the
// article.
type labelLine struct {
	ID         json.RawMessage `json:"id"`
	Cluster    json.RawMessage `json:"cluster"`
	Derivation string          `json:"derivation"`
}

// RunLineage reads, cleans and groups the input as check does (or by
// labelled cluster), then scores every text labelled other than "source"
// with the mapping: an independent report, the original, or a text in a
// story without wire copy → non; else reuse ≥ WhollyReuse → wholly, below
// → partially. Wire copy is found by cleaning, from its header.
func RunLineage(ctx context.Context, opts LineageOptions) (LineageResult, error) {
	if opts.Seed == 0 {
		opts.Seed = 1
	}
	run, err := groupLineage(ctx, opts.Input, opts.ByCluster, opts.Background)
	if err != nil {
		return LineageResult{}, err
	}
	labels, stories, dups := run.labels, run.Stories, run.Duplicates
	res := LineageResult{Input: opts.Input, Grouping: "check", Seed: opts.Seed, Articles: run.Articles, Duplicate: len(dups), Roles: map[string]int{}}
	if opts.ByCluster {
		res.Grouping = "by cluster"
	}
	// predictions by source; a duplicate takes its original's
	type pred struct {
		class string
		a     crosswire.Article
	}
	preds := map[string]pred{}
	for _, st := range stories {
		wire := slices.ContainsFunc(st.Articles, func(a crosswire.Article) bool { return a.Wire != nil })
		byID := map[string]*crosswire.Article{}
		for i := range st.Articles {
			byID[st.Articles[i].ID] = &st.Articles[i]
		}
		for _, a := range st.Articles {
			c := Non
			switch {
			case !wire || a.Role == crosswire.RoleOriginal || a.Role == crosswire.RoleIndependent || a.Reuse == nil:
			case *a.Reuse >= WhollyReuse:
				c = Wholly
			default:
				c = Partially
			}
			preds[a.Source] = pred{c, a}
			if a.Wire != nil && a.DerivedFrom != nil {
				if f := byID[*a.DerivedFrom]; f != nil && f.Wire == nil {
					res.WireFromClient++
				}
			}
			if a.Role == crosswire.RoleTranslation && a.DerivedFrom != nil {
				if f := byID[*a.DerivedFrom]; f != nil && f.Language == a.Language && a.Language != "" {
					res.SameLanguageTranslations++
				}
			}
		}
	}
	for _, d := range dups {
		if _, ok := preds[d.Source]; !ok {
			preds[d.Source] = preds[d.SameAs]
		}
	}
	half := halves(labels, opts.Seed)
	sets := []*scorer{newScorer("all"), newScorer("calibration"), newScorer("held-out")}
	lines := make([]int, 0, len(labels))
	for ln := range labels {
		lines = append(lines, ln)
	}
	slices.Sort(lines)
	for _, ln := range lines {
		l := labels[ln]
		if l.derivation == "" || l.derivation == LabelSource {
			continue
		}
		pr, ok := preds[opts.Input+"#"+strconv.Itoa(ln)]
		if !ok {
			continue // not read (no text)
		}
		res.Roles[string(pr.a.Role)]++
		var reuse float64
		if pr.a.Reuse != nil {
			reuse = *pr.a.Reuse
		}
		res.Rows = append(res.Rows, LineageRow{ID: l.id, Cluster: l.cluster, Half: sets[half[l.cluster]].name, Label: l.derivation, Predicted: pr.class, Role: pr.a.Role, Reuse: reuse, Evidence: pr.a.Evidence})
		sets[0].add(l.cluster, l.derivation, pr.class)
		sets[half[l.cluster]].add(l.cluster, l.derivation, pr.class)
	}
	if len(res.Rows) == 0 {
		return res, fmt.Errorf("bench lineage: %s has no line with a derivation label other than %q (wholly, partially, non): nothing to score", opts.Input, LabelSource)
	}
	for _, s := range sets {
		res.Scores = append(res.Scores, s.score())
	}
	return res, nil
}

// halves splits the labelled clusters into the lineage benchmark's two
// halves: sorted, shuffled with a PCG seeded (seed, seed), the first half
// of them is 1 ("calibration"), the rest 2 ("held-out").
func halves(labels map[int]label, seed uint64) map[string]int {
	var clusters []string
	seen := map[string]bool{}
	for _, l := range labels {
		if !seen[l.cluster] {
			seen[l.cluster] = true
			clusters = append(clusters, l.cluster)
		}
	}
	slices.Sort(clusters)
	rng := rand.New(rand.NewPCG(seed, seed))
	rng.Shuffle(len(clusters), func(i, j int) { clusters[i], clusters[j] = clusters[j], clusters[i] })
	half := map[string]int{}
	for i, c := range clusters {
		if i < len(clusters)/2 {
			half[c] = 1
		} else {
			half[c] = 2
		}
	}
	return half
}

// Half is the benchmark half (1 calibration, 2 held-out) of the cluster
// of an article read by the run, with the given seed (0 means 1).
func (r *LineageRun) Half(source string, seed uint64) int {
	if seed == 0 {
		seed = 1
	}
	_, cl, _ := r.Label(source)
	return halves(r.labels, seed)[cl]
}

// LineageRun is a labelled file read, cleaned and grouped with roles.
type LineageRun struct {
	// Stories hold every article kept, with roles.
	Stories []crosswire.Story
	// Duplicates are the inputs dropped as copies of another.
	Duplicates []crosswire.Duplicate
	// Articles is the number of articles read.
	Articles int
	// labels hold each line's id, cluster and derivation, by line.
	labels map[int]label
}

// Label returns the id, cluster and derivation label of the line an
// article (by its source) was read from.
func (r *LineageRun) Label(source string) (id, cluster, derivation string) {
	l := r.labels[lineOf(source)]
	return l.id, l.cluster, l.derivation
}

// GroupLineage reads a JSONL file as check does (ingest, clean, drop
// duplicates) and groups it with roles: the whole file in one run, or,
// with byCluster, each labelled "cluster" as one story.
func GroupLineage(ctx context.Context, path string, byCluster bool) (*LineageRun, error) {
	return groupLineage(ctx, path, byCluster, nil)
}

// groupLineage is GroupLineage with the background grouping weighs
// evidence with (nil: the embedded one).
func groupLineage(ctx context.Context, path string, byCluster bool, bg *group.Background) (*LineageRun, error) {
	labels, err := readLabels(path)
	if err != nil {
		return nil, err
	}
	r := &ingest.Reader{}
	docs, skips := r.Read(ctx, []string{path})
	if len(skips) > 0 {
		return nil, fmt.Errorf("bench lineage: %s: %s", skips[0].Source, skips[0].Reason)
	}
	p := pipeline.New(nil)
	arts, skips := p.Clean(ctx, docs)
	if len(skips) > 0 {
		return nil, fmt.Errorf("bench lineage: %s: %s", skips[0].Source, skips[0].Reason)
	}
	kept, dups := pipeline.Duplicates(arts)
	run := &LineageRun{Duplicates: dups, Articles: len(arts), labels: labels}
	g := group.New(group.Options{Background: bg})
	if !byCluster {
		run.Stories, err = g.Group(ctx, kept)
		return run, err
	}
	// each labelled cluster is one story with all its lines: a text filed
	// under two clusters (a wire take sent under two slugs) is in both
	byCl := map[string][]crosswire.Article{}
	var names []string
	for _, a := range arts {
		c := labels[lineOf(a.Source)].cluster
		if _, ok := byCl[c]; !ok {
			names = append(names, c)
		}
		byCl[c] = append(byCl[c], a)
	}
	for _, c := range names {
		own, _ := pipeline.Duplicates(byCl[c])
		st, err := g.Lineage(ctx, own)
		if err != nil {
			return nil, err
		}
		run.Stories = append(run.Stories, st)
	}
	return run, nil
}

type label struct {
	id, cluster, derivation string
}

// readLabels reads each line's id, cluster and derivation, by line number
// (counted as ingest counts them for FILE#LINE sources).
func readLabels(path string) (map[int]label, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("bench lineage: %w", err)
	}
	defer f.Close()
	out := map[int]label{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for ln := 1; sc.Scan(); ln++ {
		b := sc.Bytes()
		if ln == 1 {
			b = ingest.TrimBOM(b)
		}
		b = bytes.TrimSpace(b)
		if len(b) == 0 {
			continue
		}
		var l labelLine
		if err := json.Unmarshal(b, &l); err != nil {
			return nil, fmt.Errorf("bench lineage: %s:%d: %w", path, ln, err)
		}
		out[ln] = label{id: scalar(l.ID), cluster: scalar(l.Cluster), derivation: strings.ToLower(strings.TrimSpace(l.Derivation))}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("bench lineage: read %s: %w", path, err)
	}
	return out, nil
}

// lineOf is the line number of a FILE#LINE source, 0 when none.
func lineOf(source string) int {
	k := strings.LastIndexByte(source, '#')
	if k < 0 {
		return 0
	}
	n, _ := strconv.Atoi(source[k+1:])
	return n
}

type scorer struct {
	name    string
	stories map[string]bool
	texts   int
	conf    map[string]map[string]int
}

func newScorer(name string) *scorer {
	return &scorer{name: name, stories: map[string]bool{}, conf: map[string]map[string]int{}}
}

func (s *scorer) add(cluster, label, predicted string) {
	s.stories[cluster] = true
	s.texts++
	if s.conf[label] == nil {
		s.conf[label] = map[string]int{}
	}
	s.conf[label][predicted]++
}

func (s *scorer) score() LineageScore {
	out := LineageScore{Name: s.name, Stories: len(s.stories), Texts: s.texts, Confusion: s.conf}
	for _, c := range []string{Wholly, Partially, Non} {
		cs := ClassScore{Class: c}
		for l, row := range s.conf {
			for p, n := range row {
				if l == c {
					cs.Support += n
				}
				if p == c {
					cs.Predicted += n
				}
			}
		}
		tp := s.conf[c][c]
		cs.Precision = ratio(float64(tp), float64(cs.Predicted))
		cs.Recall = ratio(float64(tp), float64(cs.Support))
		cs.F1 = harmonic(cs.Precision, cs.Recall)
		out.Classes = append(out.Classes, cs)
		out.MacroF1 += cs.F1 / 3
	}
	return out
}

// WriteTable writes the result for people.
func (r LineageResult) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "input\t%s\ngrouping\t%s\narticles\t%d (%d duplicates)\n", r.Input, r.Grouping, r.Articles, r.Duplicate)
	fmt.Fprintf(tw, "wire derived from a client\t%d\ntranslations within one language\t%d\n", r.WireFromClient, r.SameLanguageTranslations)
	roles := make([]string, 0, len(r.Roles))
	for k := range r.Roles {
		roles = append(roles, k)
	}
	slices.Sort(roles)
	var rs []string
	for _, k := range roles {
		rs = append(rs, fmt.Sprintf("%s %d", k, r.Roles[k]))
	}
	fmt.Fprintf(tw, "roles of scored texts\t%s\n", strings.Join(rs, ", "))
	for _, s := range r.Scores {
		fmt.Fprintf(tw, "\n%s (%d stories, %d texts)\tmacro-F1 %.3f\n", s.Name, s.Stories, s.Texts, s.MacroF1)
		fmt.Fprintf(tw, "class\tsupport\tpredicted\tprecision\trecall\tF1\n")
		for _, c := range s.Classes {
			fmt.Fprintf(tw, "%s\t%d\t%d\t%.3f\t%.3f\t%.3f\n", c.Class, c.Support, c.Predicted, c.Precision, c.Recall, c.F1)
		}
		fmt.Fprintf(tw, "label \u2192 predicted\t%s\t%s\t%s\n", Wholly, Partially, Non)
		for _, l := range []string{Wholly, Partially, Non} {
			row := s.Confusion[l]
			fmt.Fprintf(tw, "%s\t%d\t%d\t%d\n", l, row[Wholly], row[Partially], row[Non])
		}
	}
	return tw.Flush()
}

// WriteJSON writes the result as one JSON object.
func (r LineageResult) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}
