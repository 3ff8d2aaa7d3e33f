package goldeval

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"sort"
	"strconv"
	"strings"

	"crosswire"
	"crosswire/pipeline"
)

// Mode says how the corpus's stories are given to the pipeline.
type Mode string

// Modes of a run.
const (
	// ModeGold gives every labelled story's versions as one story (the
	// grouper only sets roles): extraction and cross-check measured apart
	// from grouping.
	ModeGold Mode = "gold"
	// ModeAlone runs the whole pipeline once per labelled story, with only
	// that story's files.
	ModeAlone Mode = "alone"
	// ModeTogether runs the whole pipeline once over the whole corpus.
	ModeTogether Mode = "together"
)

// Modes are every mode, in report order.
var Modes = []Mode{ModeGold, ModeAlone, ModeTogether}

// ParseMode reads a mode name ("by-cluster" is a synonym of "gold").
func ParseMode(s string) (Mode, error) {
	switch s {
	case "gold", "by-cluster":
		return ModeGold, nil
	case "alone":
		return ModeAlone, nil
	case "together":
		return ModeTogether, nil
	}
	return "", fmt.Errorf("mode %q: want gold (by-cluster), alone or together", s)
}

// Options configure Run.
type Options struct {
	Gold   *Gold
	Corpus []Record
	// Modes to run; empty means every mode.
	Modes []Mode
	// Judged are read verdicts on reported discrepancies: precision is
	// computed over the high and medium reports they cover.
	Judged *Judgements
	// Pipeline to run; nil means pipeline.New with a discarding logger.
	Pipeline *pipeline.Pipeline
	// Show, when set, receives a reading aid: every high and medium
	// report and every missed gold item with the words of its spans.
	Show io.Writer
}

// SpanRef locates a span in a corpus article both ways: raw offsets (the
// corpus's text field, what the gold uses) and clean offsets (what
// crosswire reports).
type SpanRef struct {
	Article    string `json:"article"`
	Start      int    `json:"start"`
	End        int    `json:"end"`
	CleanStart int    `json:"clean_start"`
	CleanEnd   int    `json:"clean_end"`
	// Mapped says how the span was carried between the texts: exact,
	// loose or unmapped.
	Mapped string `json:"mapped"`
}

// ReportVariant is one value of a reported discrepancy with its spans.
type ReportVariant struct {
	Spans []SpanRef `json:"spans"`
}

// Report is one discrepancy crosswire reported, located in the corpus.
type Report struct {
	// Key identifies the report across runs: kind and raw spans.
	Key      string          `json:"key"`
	Stories  []string        `json:"stories"`
	Kind     string          `json:"kind"`
	Severity string          `json:"severity"`
	Variants []ReportVariant `json:"variants"`
	// Gold is the id of the gold item the report matched, if any.
	Gold string `json:"gold,omitempty"`
	// Verdict is "true" or "false" when a judgement covers the report.
	Verdict string `json:"verdict,omitempty"`

	subject string
}

// KindRecall is the recall of one gold kind.
type KindRecall struct {
	Gold    int `json:"gold"`
	Matched int `json:"matched"`
}

// ModeResult is what one mode measured.
type ModeResult struct {
	Mode Mode `json:"mode"`
	// Stories is the number of stories crosswire formed.
	Stories int `json:"stories"`
	// Matched gold items (by a report of any severity), and recall.
	Matched int     `json:"matched"`
	Recall  float64 `json:"recall"`
	// MatchedHighMedium counts gold items matched by a high or medium
	// report.
	MatchedHighMedium int                    `json:"matched_high_medium"`
	RecallHighMedium  float64                `json:"recall_high_medium"`
	ByKind            map[string]*KindRecall `json:"by_kind"`
	Missed            []string               `json:"missed"`
	// Reported counts discrepancies by severity over every story.
	Reported map[string]int `json:"reported"`
	// HighMedium lists every high or medium report over every story.
	HighMedium []Report `json:"high_medium"`
	// Judged high/medium reports, how many true, and precision over them;
	// Unjudged is how many were not covered by a judgement.
	Judged    int     `json:"judged"`
	True      int     `json:"true"`
	Unjudged  int     `json:"unjudged"`
	Precision float64 `json:"precision"`

	all []Report
}

// Result is the outcome of Run.
type Result struct {
	GoldItems int `json:"gold_items"`
	GoldSpans int `json:"gold_spans"`
	// SpansMapped counts gold spans by how they were carried onto clean
	// text (exact, loose, unmapped); unmapped spans cannot be matched.
	SpansMapped map[string]int `json:"spans_mapped"`
	// UnmappedSpans names them ("M07 B article").
	UnmappedSpans []string     `json:"unmapped_spans,omitempty"`
	Modes         []ModeResult `json:"modes"`
}

// corpusRun holds the cleaned corpus and the span maps.
type corpusRun struct {
	opt      Options
	p        *pipeline.Pipeline
	arts     []crosswire.Article           // cleaned, corpus order
	byID     map[string]*crosswire.Article // article ID -> article
	rec      map[string]*Record            // source (corpus id) -> record
	fwd, rev map[string]*spanMapper        // by corpus id: raw->clean, clean->raw
	clusters []string                      // in corpus order
	gold     map[string][]goldSpan         // by corpus id
}

// goldSpan is one gold variant carried onto clean text.
type goldSpan struct {
	item       int
	value      string
	start, end int // clean offsets
}

// Run cleans the corpus once, carries the gold spans onto clean text and
// runs each mode.
func Run(ctx context.Context, opt Options) (*Result, error) {
	if opt.Gold == nil || len(opt.Corpus) == 0 {
		return nil, fmt.Errorf("goldeval: a gold and a corpus are needed")
	}
	p := opt.Pipeline
	if p == nil {
		p = pipeline.New(slog.New(slog.DiscardHandler))
	}
	r := &corpusRun{opt: opt, p: p, byID: map[string]*crosswire.Article{}, rec: map[string]*Record{},
		fwd: map[string]*spanMapper{}, rev: map[string]*spanMapper{}, gold: map[string][]goldSpan{}}
	docs := make([]crosswire.Document, len(opt.Corpus))
	seenCluster := map[string]bool{}
	for i := range opt.Corpus {
		rc := &opt.Corpus[i]
		docs[i] = rc.Doc
		r.rec[rc.ID] = rc
		if !seenCluster[rc.Cluster] {
			seenCluster[rc.Cluster] = true
			r.clusters = append(r.clusters, rc.Cluster)
		}
	}
	arts, skips := p.Clean(ctx, docs)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	r.arts = arts
	for i := range r.arts {
		a := &r.arts[i]
		r.byID[a.ID] = a
		raw := r.rec[a.Source].Raw
		r.fwd[a.Source] = newSpanMapper(raw, a.Text)
		r.rev[a.Source] = newSpanMapper(a.Text, raw)
	}
	res := &Result{GoldItems: len(opt.Gold.Items), SpansMapped: map[string]int{}}
	skipped := map[string]bool{}
	for _, s := range skips {
		skipped[s.Source] = true
	}
	for i, it := range opt.Gold.Items {
		for _, v := range it.Variants {
			res.GoldSpans++
			m := r.fwd[v.Article]
			if m == nil {
				res.SpansMapped[MapNone]++
				res.UnmappedSpans = append(res.UnmappedSpans, it.ID+" "+v.Value+" "+v.Article+" (not cleaned)")
				continue
			}
			s, e, how := m.Map(v.Start, v.End)
			res.SpansMapped[how]++
			if how == MapNone {
				res.UnmappedSpans = append(res.UnmappedSpans, it.ID+" "+v.Value+" "+v.Article)
				continue
			}
			r.gold[v.Article] = append(r.gold[v.Article], goldSpan{item: i, value: v.Value, start: s, end: e})
		}
	}
	modes := opt.Modes
	if len(modes) == 0 {
		modes = Modes
	}
	for _, m := range modes {
		mr, err := r.runMode(ctx, m)
		if err != nil {
			return nil, err
		}
		res.Modes = append(res.Modes, *mr)
	}
	return res, nil
}

// articlesOf returns the cleaned articles of one labelled story.
func (r *corpusRun) articlesOf(cluster string) []crosswire.Article {
	var out []crosswire.Article
	for _, a := range r.arts {
		if r.rec[a.Source].Cluster == cluster {
			out = append(out, a)
		}
	}
	return out
}

func (r *corpusRun) runMode(ctx context.Context, m Mode) (*ModeResult, error) {
	var stories []crosswire.Story
	switch m {
	case ModeGold:
		for _, c := range r.clusters {
			st, err := r.goldStory(ctx, c)
			if err != nil {
				return nil, err
			}
			stories = append(stories, st)
		}
	case ModeAlone:
		for _, c := range r.clusters {
			ss, err := r.p.Analyze(ctx, r.articlesOf(c))
			if err != nil {
				return nil, fmt.Errorf("story %s: %w", c, err)
			}
			stories = append(stories, ss...)
		}
	case ModeTogether:
		ss, err := r.p.Analyze(ctx, r.arts)
		if err != nil {
			return nil, err
		}
		stories = ss
	default:
		return nil, fmt.Errorf("goldeval: unknown mode %q", m)
	}
	mr := &ModeResult{Mode: m, Stories: len(stories), Reported: map[string]int{}, ByKind: map[string]*KindRecall{}}
	for i := range stories {
		for _, d := range stories[i].Discrepancies {
			rep := r.locate(d)
			mr.Reported[rep.Severity]++
			mr.all = append(mr.all, rep)
		}
	}
	r.match(mr)
	for _, rep := range mr.all {
		if rep.Severity != string(crosswire.SeverityHigh) && rep.Severity != string(crosswire.SeverityMedium) {
			continue
		}
		if v, ok := r.opt.Judged.verdict(rep); ok {
			rep.Verdict = v
			mr.Judged++
			if v == VerdictTrue {
				mr.True++
			}
		} else {
			mr.Unjudged++
		}
		mr.HighMedium = append(mr.HighMedium, rep)
	}
	if mr.Judged > 0 {
		mr.Precision = float64(mr.True) / float64(mr.Judged)
	}
	if r.opt.Show != nil {
		r.show(r.opt.Show, mr)
	}
	return mr, nil
}

// goldStory checks one labelled story's versions as one story: the
// grouper still sets roles and lineage within each group it forms, and
// the groups are then joined.
func (r *corpusRun) goldStory(ctx context.Context, cluster string) (crosswire.Story, error) {
	arts := pipeline.Dedupe(r.articlesOf(cluster))
	parts, err := r.p.Grouper.Group(ctx, arts)
	if err != nil {
		return crosswire.Story{}, fmt.Errorf("group %s: %w", cluster, err)
	}
	st := crosswire.Story{ID: cluster}
	for _, p := range parts {
		if st.Title == "" {
			st.Title = p.Title
		}
		st.Articles = append(st.Articles, p.Articles...)
	}
	if err := r.p.CheckStory(ctx, &st); err != nil {
		return crosswire.Story{}, err
	}
	return st, nil
}

// locate carries a discrepancy's clean spans back to raw offsets.
func (r *corpusRun) locate(d crosswire.Discrepancy) Report {
	rep := Report{Kind: string(d.Kind), Severity: string(d.Severity), subject: d.Subject}
	clusters := map[string]bool{}
	for _, v := range d.Variants {
		var rv ReportVariant
		for _, sp := range v.Sources {
			a := r.byID[sp.Article]
			if a == nil {
				continue
			}
			ref := SpanRef{Article: a.Source, CleanStart: sp.Start, CleanEnd: sp.End}
			ref.Start, ref.End, ref.Mapped = r.rev[a.Source].Map(sp.Start, sp.End)
			clusters[r.rec[a.Source].Cluster] = true
			rv.Spans = append(rv.Spans, ref)
		}
		rep.Variants = append(rep.Variants, rv)
	}
	for c := range clusters {
		rep.Stories = append(rep.Stories, c)
	}
	sort.Strings(rep.Stories)
	rep.Key = reportKey(rep.Kind, rep.Variants)
	return rep
}

// reportKey is kind and every raw span, sorted: stable across cleaning
// and grouping changes that leave the report's spans as they were.
func reportKey(kind string, vs []ReportVariant) string {
	var parts []string
	for _, v := range vs {
		for _, s := range v.Spans {
			parts = append(parts, s.Article+":"+strconv.Itoa(s.Start)+"-"+strconv.Itoa(s.End))
		}
	}
	sort.Strings(parts)
	return kind + "|" + strings.Join(parts, "|")
}

// covers reports whether report rep can stand for gold item i: two of its
// variants have spans overlapping gold spans of item i with different
// values.
func (r *corpusRun) covers(rep *Report, item int) bool {
	letters := func(sp SpanRef) map[string]bool {
		out := map[string]bool{}
		for _, g := range r.gold[sp.Article] {
			if g.item == item && sp.CleanStart < g.end && g.start < sp.CleanEnd {
				out[g.value] = true
			}
		}
		return out
	}
	vl := make([]map[string]bool, len(rep.Variants))
	for i, v := range rep.Variants {
		vl[i] = map[string]bool{}
		for _, sp := range v.Spans {
			for l := range letters(sp) {
				vl[i][l] = true
			}
		}
	}
	for i := range vl {
		for j := i + 1; j < len(vl); j++ {
			for a := range vl[i] {
				for b := range vl[j] {
					if a != b {
						return true
					}
				}
			}
		}
	}
	return false
}

// match pairs reports with gold items (each at most once, as many pairs
// as possible: augmenting paths), preferring high and medium reports.
func (r *corpusRun) match(mr *ModeResult) {
	items := r.opt.Gold.Items
	cand := make([][]int, len(items))
	for i := range items {
		for j := range mr.all {
			if r.covers(&mr.all[j], i) {
				cand[i] = append(cand[i], j)
			}
		}
		// high and medium reports first, so a match is credited to them
		// when possible.
		sort.SliceStable(cand[i], func(a, b int) bool {
			return sevRank(mr.all[cand[i][a]].Severity) < sevRank(mr.all[cand[i][b]].Severity)
		})
	}
	owner := make([]int, len(mr.all))
	for j := range owner {
		owner[j] = -1
	}
	var try func(i int, seen []bool) bool
	try = func(i int, seen []bool) bool {
		for _, j := range cand[i] {
			if seen[j] {
				continue
			}
			seen[j] = true
			if owner[j] < 0 || try(owner[j], seen) {
				owner[j] = i
				return true
			}
		}
		return false
	}
	for i := range items {
		try(i, make([]bool, len(mr.all)))
	}
	got := make([]int, len(items))
	for i := range got {
		got[i] = -1
	}
	for j, i := range owner {
		if i >= 0 {
			got[i] = j
			mr.all[j].Gold = items[i].ID
		}
	}
	for i, it := range items {
		k := mr.ByKind[it.Kind]
		if k == nil {
			k = &KindRecall{}
			mr.ByKind[it.Kind] = k
		}
		k.Gold++
		if got[i] < 0 {
			mr.Missed = append(mr.Missed, it.ID)
			continue
		}
		k.Matched++
		mr.Matched++
		if sevRank(mr.all[got[i]].Severity) < 2 {
			mr.MatchedHighMedium++
		}
	}
	if len(items) > 0 {
		mr.Recall = float64(mr.Matched) / float64(len(items))
		mr.RecallHighMedium = float64(mr.MatchedHighMedium) / float64(len(items))
	}
}

func sevRank(s string) int {
	switch s {
	case string(crosswire.SeverityHigh):
		return 0
	case string(crosswire.SeverityMedium):
		return 1
	}
	return 2
}
