// Package pipeline composes crosswire's stages — clean, group, facts,
// crosscheck — into one run. It is the only package that knows every stage;
// the CLI and the HTTP service both go through it, so they give the same
// answers for the same articles.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sort"

	"crosswire"
	"crosswire/clean"
	"crosswire/crosscheck"
	"crosswire/facts"
	"crosswire/group"
)

// Pipeline runs the stages after ingest. Each stage is an interface so a
// better implementation can replace one without touching its neighbours.
type Pipeline struct {
	Cleaner   crosswire.Cleaner
	Grouper   crosswire.Grouper
	Extractor crosswire.Extractor
	Checker   crosswire.Checker
	Log       *slog.Logger
}

// New returns a pipeline with the default stage implementations.
func New(log *slog.Logger) *Pipeline {
	if log == nil {
		log = slog.Default()
	}
	return &Pipeline{
		Cleaner:   clean.New(clean.Options{Log: log}),
		Grouper:   group.New(group.Options{}),
		Extractor: facts.New(),
		Checker:   crosscheck.New(),
		Log:       log,
	}
}

// Clean cleans every document. A document the cleaner rejects becomes a
// Skip naming its source; the others are returned in input order.
func (p *Pipeline) Clean(ctx context.Context, docs []crosswire.Document) ([]crosswire.Article, []crosswire.Skip) {
	arts := make([]crosswire.Article, 0, len(docs))
	var skipped []crosswire.Skip
	for _, d := range docs {
		if ctx.Err() != nil {
			skipped = append(skipped, crosswire.Skip{Source: d.Source, Reason: "interrupted: " + ctx.Err().Error()})
			continue
		}
		a, err := p.Cleaner.Clean(ctx, d)
		if err != nil {
			reason := err.Error()
			if errors.Is(err, clean.ErrEmpty) {
				// the skip names the source: not "clean SOURCE: …" again
				reason = clean.ErrEmpty.Error()
			}
			p.Log.Debug("skipped", "source", d.Source, "reason", reason)
			skipped = append(skipped, crosswire.Skip{Source: d.Source, Reason: reason})
			continue
		}
		arts = append(arts, a)
	}
	return arts, skipped
}

// Dedupe drops articles whose content hash was already seen, keeping the
// first. Reading the same file twice must not make it its own copy.
func Dedupe(arts []crosswire.Article) []crosswire.Article {
	kept, _ := Duplicates(arts)
	return kept
}

// Duplicates splits the articles into those analysed — the first of each
// content hash, in input order — and the duplicates dropped, each named
// with the source it repeats, so the report can list them. An input given
// twice (one source, one content) is one input and is not listed.
func Duplicates(arts []crosswire.Article) ([]crosswire.Article, []crosswire.Duplicate) {
	first := make(map[string]string, len(arts)) // hash → source kept
	listed := make(map[crosswire.Duplicate]bool)
	out := arts[:0:0]
	var dups []crosswire.Duplicate
	for _, a := range arts {
		src, seen := first[a.Hash]
		if !seen {
			first[a.Hash] = a.Source
			out = append(out, a)
			continue
		}
		d := crosswire.Duplicate{Source: a.Source, SameAs: src}
		if a.Source == src || listed[d] {
			continue
		}
		listed[d] = true
		dups = append(dups, d)
	}
	return out, dups
}

// Analyze groups the articles into stories, extracts every article's facts
// and cross-checks each story. Stories come back most-discrepant first,
// then by size, then by ID, so the order is stable.
func (p *Pipeline) Analyze(ctx context.Context, arts []crosswire.Article) ([]crosswire.Story, error) {
	arts = Dedupe(arts)
	stories, err := p.Grouper.Group(ctx, arts)
	if err != nil {
		return nil, fmt.Errorf("group: %w", err)
	}
	for i := range stories {
		if err := p.CheckStory(ctx, &stories[i]); err != nil {
			return nil, err
		}
	}
	SortStories(stories)
	return stories, nil
}

// CheckStory extracts the facts of every version of an already grouped
// story and cross-checks them, filling the story's Facts and
// Discrepancies (never nil). Full and incremental analysis both go through
// it; evaluations that supply their own grouping call it directly.
func (p *Pipeline) CheckStory(ctx context.Context, st *crosswire.Story) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	facts := make(map[string][]crosswire.Fact, len(st.Articles))
	for j := range st.Articles {
		a := &st.Articles[j]
		fs, err := p.Extractor.Extract(ctx, a)
		if err != nil {
			return fmt.Errorf("facts of %s: %w", a.Source, err)
		}
		facts[a.ID] = fs
	}
	if err := p.Checker.Check(ctx, st, facts); err != nil {
		return fmt.Errorf("cross-check story %s: %w", st.ID, err)
	}
	if st.Facts == nil {
		st.Facts = []crosswire.StoryFact{}
	}
	if st.Discrepancies == nil {
		st.Discrepancies = []crosswire.Discrepancy{}
	}
	return nil
}

// SortStories orders stories for display: more high-severity
// discrepancies first, then more versions, then by ID.
func SortStories(stories []crosswire.Story) {
	sort.SliceStable(stories, func(i, j int) bool {
		hi, hj := stories[i].HighDiscrepancies(), stories[j].HighDiscrepancies()
		if hi != hj {
			return hi > hj
		}
		if len(stories[i].Articles) != len(stories[j].Articles) {
			return len(stories[i].Articles) > len(stories[j].Articles)
		}
		return stories[i].ID < stories[j].ID
	})
}
