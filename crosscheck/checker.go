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
//   - version.go: copies and excerpts collapse into what they derive from,
//     so support counts independent versions;
//   - align.go: which mentions of different versions state one fact
//     (mutual best match on sentence and local context);
//   - entity.go: one canonical Entity per person, organisation, place or
//     group, with every surface form (acronyms, reordered names, demonyms,
//     misspellings);
//   - role.go, number.go, date.go, quote.go, claim.go, internal.go: aligning
//     one kind of fact across versions and deciding which differences are
//     paraphrase and which are contradictions;
//   - frame.go: what makes two figures the figure of one fact (qualifier
//     words, time, direction of change, a total against its parts, the
//     currency), so that independent reports of one event, which count
//     many things, are not read as contradicting each other;
//   - polarity.go: the small evaluation/negation lexicon for quotes;
//   - score.go: severity, ranking and the aligned StoryFacts;
//   - explain.go: the aligned sentences behind a discrepancy, word-diffed.
package crosscheck

import (
	"context"
	"fmt"
	"log/slog"
	"sort"
	"strconv"

	"crosswire"
	"crosswire/facts"
	"crosswire/text"
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
	// Lexicon decides which event verbs are opposed; nil uses the facts
	// package's event lexicon (the one the extractor lemmatises claims
	// with), or the built-in list of general English event antonyms if
	// that cannot be loaded.
	Lexicon EventLexicon
	// Log receives a warning for facts whose span does not match their
	// article; nil means slog.Default().
	Log *slog.Logger
}

// Checker aligns the facts of a story's versions and finds their
// discrepancies. It implements crosswire.Checker and is safe for
// concurrent use: it keeps no state between calls.
type Checker struct {
	lex EventLexicon
	log *slog.Logger
}

// New returns a Checker with the default options.
func New() *Checker { return NewWithOptions(Options{}) }

// NewWithOptions returns a Checker with the given options.
func NewWithOptions(o Options) *Checker {
	lex := o.Lexicon
	if lex == nil {
		if fl, err := facts.NewLexicon(); err == nil {
			lex = fl
		} else {
			lex = builtinLexicon{}
		}
	}
	log := o.Log
	if log == nil {
		log = slog.Default()
	}
	return &Checker{lex: lex, log: log}
}

var _ crosswire.Checker = (*Checker)(nil)

// Analysis is everything the Checker works out for one story: the resolved
// entities, the aligned facts and the discrepancies, most consequential
// first. Facts about an entity and discrepancies concerning one carry its
// ID.
type Analysis struct {
	Entities      []Entity
	Facts         []crosswire.StoryFact
	Discrepancies []crosswire.Discrepancy
	// Notes say where analysis capped its work (see Story.Notes).
	Notes []string
}

// Check fills story.Entities, story.Facts and story.Discrepancies. facts
// maps article ID to the facts the extractor found in that article; facts
// whose span does not match their article's text are left out with a
// warning: crosscheck never shows a span it cannot trust.
func (c *Checker) Check(ctx context.Context, story *crosswire.Story, facts map[string][]crosswire.Fact) error {
	an, err := c.Analyze(ctx, story, facts)
	if err != nil {
		return err
	}
	story.Entities = an.Entities
	story.Facts = an.Facts
	story.Discrepancies = an.Discrepancies
	story.Notes = an.Notes
	return nil
}

// Analyze is Check returning the full Analysis without touching story.
func (c *Checker) Analyze(ctx context.Context, story *crosswire.Story, facts map[string][]crosswire.Fact) (*Analysis, error) {
	if story == nil {
		return nil, fmt.Errorf("crosscheck: nil story")
	}
	w := newWork(story, facts, c.lex)
	w.ctx = ctx
	if w.badSpans > 0 {
		c.log.Warn("facts with spans that do not match their article were ignored", "story", story.ID, "facts", w.badSpans)
	}
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
		{"denied assertions", w.checkDeniedAssertions},
		{"codes", w.checkCodes},
		{"name variants", w.checkNameVariants},
		{"one-off spellings", w.checkOneOffSpellings},
		{"names run together", w.checkJoinedNames},
		{"title variants", w.checkTitleVariants},
		{"quoted names", w.checkQuotedNames},
		{"participation", w.checkParticipation},
		{"site relations", w.checkSiteRelations},
		{"gendered nouns", w.checkGenderedNouns},
		{"superlatives", w.checkSuperlatives},
		{"copula superlatives", w.checkCopulaSuperlatives},
		{"worn colours", w.checkWornColours},
		{"event places", w.checkEventPlaces},
		{"facility places", w.checkFacilityPlaces},
		{"relatives' names", w.checkRelativeNames},
		{"internal", w.checkInternal},
		{"limits", w.noteCaps},
	}
	for _, s := range steps {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("crosscheck story %s: %s: %w", story.ID, s.name, err)
		}
		s.run()
		// A step whose long loop saw the context end stopped early.
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("crosscheck story %s: %s: %w", story.ID, s.name, err)
		}
	}
	an := &Analysis{Entities: w.exportEntities()}
	an.Facts = w.storyFacts()
	an.Discrepancies = w.rankedDiscrepancies()
	w.linkEntities(an.Facts, an.Discrepancies)
	an.Notes = w.notes
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
	local map[string]bool
	// Contexts derived from ctx and local for one kind of fact, computed
	// once (alignment compares every pair).
	kctx, klocal map[string]bool
	// kctxW and klocalW are a figure's kctx and klocal as sorted lists of
	// word numbers (figureWords, numbered in ids, the Analyze call's
	// table), and ival its interval (mentionInterval): alignment compares
	// every pair of a key's figures, and a merge of two sorted lists
	// counts shared words faster than map lookups.
	kctxW, klocalW []uint32
	ids            map[string]uint32
	ival           *[2]float64
	// skey caches sentenceKey (differentTimes reads it for every pair).
	skey          string
	entity        int // index of the resolved entity, -1 when none
	sentenceIndex int
	// dated caches datedEvent (noun, verb), the noun's stem and "base"
	// when the verb is written in its base form, read on first use.
	dated *[4]string
}

// work is the state of one Analyze call.
type work struct {
	story   *crosswire.Story
	lex     EventLexicon
	arts    map[string]*crosswire.Article
	order   map[string]int // article ID → position in story.Articles
	version map[string]string
	// lineage maps article IDs to the first version of their lineage
	// (lineages): what independent support counts.
	lineage  map[string]string
	mentions []*mention
	byKind   map[crosswire.FactKind][]*mention

	entities []*entityCluster
	badSpans int
	// sentDates holds the periods stated in each sentence ("ID:start").
	sentDates map[string][]*crosswire.Period
	// wordIDs numbers the words of figures' contexts (figureWords).
	wordIDs     map[string]uint32
	entityCache map[string]int      // name → entityOf result
	tokenCache  map[string][]string // name → orgTokens
	// slots are aligned facts: groups of mentions stating the same fact,
	// split into compatible variants.
	slots []*slot
	discs []*finding
	// notes say where a cap (limits.go) left work undone.
	notes []string
	// namePairsTried counts the pairs of name mentions checkNameVariants
	// compared: its work, read by the tests.
	namePairsTried int
	// ctx is the Analyze call's context: long loops stop when it ends
	// (see stopped).
	ctx context.Context
	// formIndex maps lower-cased entity forms to entities, built when
	// there are too many entities to scan (limits.go).
	formIndex map[string]int
	// sentDateValues holds the date values stated in each sentence
	// ("ID:start"), built on first use by differentDates.
	sentDateValues map[string][]string
	// sentPeople holds the resolved people named in each sentence
	// ("ID:start"), built on first use by samePerson.
	sentPeople map[string][]int
	// argCache holds sameArgument's reading of each distinct claim
	// argument, built on first use.
	argCache map[string]argument
}

func newWork(story *crosswire.Story, facts map[string][]crosswire.Fact, lex EventLexicon) *work {
	w := &work{
		story:   story,
		lex:     lex,
		arts:    make(map[string]*crosswire.Article, len(story.Articles)),
		order:   make(map[string]int, len(story.Articles)),
		version: versions(story.Articles),
		lineage: lineages(story.Articles),
		byKind:  make(map[crosswire.FactKind][]*mention),

		entityCache: map[string]int{},
		tokenCache:  map[string][]string{},
		wordIDs:     map[string]uint32{},
	}
	for i := range story.Articles {
		a := &story.Articles[i]
		w.arts[a.ID] = a
		w.order[a.ID] = i
	}
	// Iterate articles in story order so results do not depend on map order.
	// Sentence contexts are shared by the facts of one sentence (and
	// never modified).
	sentCtx := map[string]map[string]bool{}
	for i := range story.Articles {
		a := &story.Articles[i]
		sents := text.Of(a)
		for _, f := range facts[a.ID] {
			if f.Span.Article == "" {
				f.Span.Article = a.ID
			}
			if f.Span.Article != a.ID || !text.ValidSpan(a.Text, f.Span) {
				w.badSpans++
				continue
			}
			if inSubhead(a, f.Span) {
				// A subhead summarises its body: its figure is checked
				// against the body (checkInternal), not aligned with the
				// other versions' facts as a statement of its own.
				continue
			}
			if f.Entity != nil && f.Entity.RoleSpan != nil && !text.ValidSpan(a.Text, *f.Entity.RoleSpan) {
				e := *f.Entity
				e.RoleSpan = nil
				f.Entity = &e
			}
			// The fact's sentence as the text layer cut it (the one
			// facts numbered), widened to every sentence the span covers.
			s, e := sentenceRange(sents, f.Span.Start, f.Span.End)
			m := &mention{
				idx:           len(w.mentions),
				ids:           w.wordIDs,
				fact:          f,
				art:           a,
				version:       w.version[a.ID],
				sentence:      a.Text[s:e],
				sentStart:     s,
				entity:        -1,
				sentenceIndex: f.Sentence,
			}
			key := a.ID + ":" + strconv.Itoa(s)
			if c, ok := sentCtx[key]; ok {
				m.ctx = c
			} else {
				m.ctx = contentSet(m.sentence)
				sentCtx[key] = m.ctx
			}
			m.local = localContext(a.Text, s, e, f.Span.Start, f.Span.End)
			w.mentions = append(w.mentions, m)
			w.byKind[f.Kind] = append(w.byKind[f.Kind], m)
		}
	}
	w.voteEntityKinds()
	w.sentDates = map[string][]*crosswire.Period{}
	for _, m := range w.byKind[crosswire.KindDate] {
		if m.fact.Period != nil && !m.fact.Period.From.IsZero() && m.fact.Period.Granularity == "day" {
			k := m.sentenceKey()
			w.sentDates[k] = append(w.sentDates[k], m.fact.Period)
		}
	}
	return w
}

// sentenceKey identifies the sentence of a mention.
func (m *mention) sentenceKey() string {
	if m.skey == "" {
		m.skey = m.art.ID + ":" + strconv.Itoa(m.sentStart)
	}
	return m.skey
}

// differentTimes reports whether the sentences of a and b both state
// days and none of a's agrees with any of b's: figures of different days
// are different facts ("rose 200 points on Monday", "fell 313 points on
// Friday"). Only days count: a year or a period beside a figure is more
// often background, and may itself be the versions' discrepancy.
func (w *work) differentTimes(a, b *mention) bool {
	da, db := w.sentDates[a.sentenceKey()], w.sentDates[b.sentenceKey()]
	if len(da) == 0 || len(db) == 0 {
		return false
	}
	for _, x := range da {
		for _, y := range db {
			if periodsAgree(x, y) {
				return false
			}
		}
	}
	return true
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

// lineageCount is the number of lineages (lineages) the mentions'
// articles belong to: their independent support.
func (w *work) lineageCount(ms []*mention) int {
	seen := map[string]bool{}
	for _, m := range ms {
		seen[w.lineage[m.art.ID]] = true
	}
	return len(seen)
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

// inSubhead reports whether sp lies in one of a's subheads.
func inSubhead(a *crosswire.Article, sp crosswire.Span) bool {
	for _, sh := range a.Subheads {
		if sp.Start >= sh.Start && sp.End <= sh.End {
			return true
		}
	}
	return false
}
