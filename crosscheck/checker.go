// Package crosscheck lays the versions of a story side by side. From the
// facts each version states it works out which facts the versions agree on
// (and how many independent versions state them), which a single version
// adds, and where the versions contradict each other: a misspelt name, a
// changed title, a different figure or date, a quote whose meaning was
// turned, an event told the other way round, or a version contradicting
// itself. Each contradiction is a crosswire.Discrepancy whose variants quote
// the exact words of their sources, ranked by how much it matters.
//
// The work is in stages, one file each:
//
//   - version.go: copies collapse into what they copy, so support counts
//     independent versions;
//   - entity.go: one canonical Entity per person, organisation, place or
//     group, with every surface form (acronyms, reordered names, demonyms,
//     misspellings);
//   - role.go, number.go, date.go, quote.go, claim.go, internal.go: aligning
//     one kind of fact across versions and deciding which differences are
//     paraphrase and which are contradictions;
//   - score.go: severity and ranking;
//   - explain.go: the aligned sentences behind a discrepancy, word-diffed.
package crosscheck

import (
	"context"
	"fmt"
	"sort"

	"crosswire"
)

// EventLexicon says whether two event verbs (base forms) state
// incompatible outcomes of the same event ("breach" and "repel", "confirm"
// and "deny"). The facts package owns the event vocabulary; crosscheck
// falls back on a small built-in list when none is given.
type EventLexicon interface {
	Opposed(a, b string) bool
}

// Options tune a Checker. The zero value is ready to use.
type Options struct {
	// Lexicon decides which event verbs are opposed; nil uses the
	// built-in list of general English event antonyms.
	Lexicon EventLexicon
}

// Checker aligns the facts of a story's versions and finds their
// discrepancies. It implements crosswire.Checker and is safe for
// concurrent use: it keeps no state between calls.
type Checker struct {
	lex EventLexicon
}

// New returns a Checker with the default options.
func New() *Checker { return NewWithOptions(Options{}) }

// NewWithOptions returns a Checker with the given options.
func NewWithOptions(o Options) *Checker {
	lex := o.Lexicon
	if lex == nil {
		lex = builtinLexicon{}
	}
	return &Checker{lex: lex}
}

var _ crosswire.Checker = (*Checker)(nil)

// Analysis is everything the Checker works out for one story: the resolved
// entities (for the report and the web UI), the aligned facts and the
// discrepancies, most consequential first.
type Analysis struct {
	Entities      []Entity
	Facts         []crosswire.StoryFact
	Discrepancies []crosswire.Discrepancy
}

// Check fills story.Facts and story.Discrepancies. facts maps article ID to
// the facts the extractor found in that article; facts whose span does not
// match their article's text are ignored (and logged by nobody: they are
// the extractor's bug, and crosscheck never shows a span it cannot trust).
func (c *Checker) Check(ctx context.Context, story *crosswire.Story, facts map[string][]crosswire.Fact) error {
	an, err := c.Analyze(ctx, story, facts)
	if err != nil {
		return err
	}
	story.Facts = an.Facts
	story.Discrepancies = an.Discrepancies
	return nil
}

// Analyze is Check returning the full Analysis without touching story.
func (c *Checker) Analyze(ctx context.Context, story *crosswire.Story, facts map[string][]crosswire.Fact) (*Analysis, error) {
	if story == nil {
		return nil, fmt.Errorf("crosscheck: nil story")
	}
	w := newWork(story, facts, c.lex)
	steps := []struct {
		name string
		run  func()
	}{
		{"entities", w.resolveEntities},
		{"names", w.checkNames},
		{"roles", w.checkRoles},
		{"numbers", w.checkNumbers},
		{"dates", w.checkDates},
		{"quotes", w.checkQuotes},
		{"claims", w.checkClaims},
		{"internal", w.checkInternal},
	}
	for _, s := range steps {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("crosscheck story %s: %s: %w", story.ID, s.name, err)
		}
		s.run()
	}
	an := &Analysis{Entities: w.exportEntities()}
	an.Facts = w.storyFacts()
	an.Discrepancies = w.rankedDiscrepancies()
	return an, nil
}

// mention is one fact of one article with what alignment needs about it.
type mention struct {
	idx     int // index in work.mentions
	fact    crosswire.Fact
	art     *crosswire.Article
	version string // ID of the version (copy chains collapsed)
	// sentence is the text of the sentence holding the span, and ctx its
	// stemmed content words.
	sentence  string
	sentStart int
	ctx       map[string]bool
	// local holds the content words near the span (localWindow words on
	// each side within the sentence): it tells apart two figures of one
	// sentence ("14 people were killed and 2,300 were forced from their
	// homes").
	local         map[string]bool
	entity        int // index of the resolved entity, -1 when none
	sentenceIndex int
}

// work is the state of one Analyze call.
type work struct {
	story    *crosswire.Story
	lex      EventLexicon
	arts     map[string]*crosswire.Article
	order    map[string]int // article ID → position in story.Articles
	version  map[string]string
	mentions []*mention
	byKind   map[crosswire.FactKind][]*mention

	entities []*entityCluster
	// slots are aligned facts: groups of mentions stating the same fact,
	// split into compatible variants.
	slots []*slot
	discs []*finding
}

func newWork(story *crosswire.Story, facts map[string][]crosswire.Fact, lex EventLexicon) *work {
	w := &work{
		story:   story,
		lex:     lex,
		arts:    make(map[string]*crosswire.Article, len(story.Articles)),
		order:   make(map[string]int, len(story.Articles)),
		version: versions(story.Articles),
		byKind:  make(map[crosswire.FactKind][]*mention),
	}
	for i := range story.Articles {
		a := &story.Articles[i]
		w.arts[a.ID] = a
		w.order[a.ID] = i
	}
	// Iterate articles in story order so results do not depend on map order.
	for i := range story.Articles {
		a := &story.Articles[i]
		for _, f := range facts[a.ID] {
			if f.Span.Article == "" {
				f.Span.Article = a.ID
			}
			if f.Span.Article != a.ID || !validSpan(a.Text, f.Span) {
				continue
			}
			if f.Entity != nil && f.Entity.RoleSpan != nil && !validSpan(a.Text, *f.Entity.RoleSpan) {
				e := *f.Entity
				e.RoleSpan = nil
				f.Entity = &e
			}
			s, e := sentenceBounds(a.Text, f.Span.Start, f.Span.End)
			m := &mention{
				idx:           len(w.mentions),
				fact:          f,
				art:           a,
				version:       w.version[a.ID],
				sentence:      a.Text[s:e],
				sentStart:     s,
				entity:        -1,
				sentenceIndex: f.Sentence,
			}
			m.ctx = contentSet(m.sentence)
			m.local = localContext(a.Text, s, e, f.Span.Start, f.Span.End)
			w.mentions = append(w.mentions, m)
			w.byKind[f.Kind] = append(w.byKind[f.Kind], m)
		}
	}
	return w
}

// versionsOf returns the distinct versions of the mentions, sorted.
func versionsOf(ms []*mention) []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range ms {
		if !seen[m.version] {
			seen[m.version] = true
			out = append(out, m.version)
		}
	}
	sort.Strings(out)
	return out
}

// spansOf returns one span per article of the mentions (the first in text
// order), articles in story order.
func (w *work) spansOf(ms []*mention) []crosswire.Span {
	first := map[string]crosswire.Span{}
	for _, m := range ms {
		sp, ok := first[m.art.ID]
		if !ok || m.fact.Span.Start < sp.Start {
			first[m.art.ID] = m.fact.Span
		}
	}
	out := make([]crosswire.Span, 0, len(first))
	for _, sp := range first {
		out = append(out, sp)
	}
	sort.Slice(out, func(i, j int) bool {
		oi, oj := w.order[out[i].Article], w.order[out[j].Article]
		if oi != oj {
			return oi < oj
		}
		return out[i].Start < out[j].Start
	})
	return out
}
