// Package facts finds the facts a news article states — people with their
// roles, organisations, places, groups, numbers, dates, quotations and
// event claims — each with the exact byte span of the clean text that
// states it.
//
// Extraction is rule-based: capitalisation, title words, numbers with
// units, date expressions, quotation marks with verbs of speech, and an
// explicit lexicon of event verbs (lexicon/events.tsv). Rules keep exact
// offsets, need no model loading (a POS/NER model such as prose costs
// ~230 ms and 17 MB before the first article) and are predictable enough
// for a cross-checker that must explain every discrepancy.
//
// Conventions crosscheck relies on:
//
//   - Entities (person, org, place, group): Value is the canonical name
//     within the article: the full name for a person even when the mention
//     is a surname ("Keller said" → Value "Dana Keller"), the long form for
//     an acronym that the article defines ("NCSA" → "National Cyber
//     Security Agency"), the place for a demonym that matches a place of
//     the article ("Norlandic" → "Norland"). Entity.Name is the mention as
//     written, titles stripped. Aliases(facts) lists acronym → long form.
//   - Person roles: Entity.Role is the role as written without determiners
//     ("Deputy Interior Minister", "deputy interior minister"), RoleSpan
//     its span; the fact's Span covers role and name when they are written
//     together.
//   - Numbers: Value is "[qualifier ]N[ unit][ counted]" with N in plain
//     digits ("more than 5000 people", "about 1200000 USD", "12 %"...);
//     Counted is the singular head noun ("server"), "people" stays
//     "people".
//   - Dates: Value is ISO-like: "2024-03-14", "2024-03", "2019",
//     "2017–2018" (en dash between the bounds of a range). Relative
//     expressions are resolved against Article.Published; without a
//     publication date they are not emitted. Event is the lower-case noun
//     the date is about ("intrusions") or the lemma of the event verb.
//   - Quotes: Value is the quoted words; Speaker the canonical person (or
//     organisation) name, "" when unknown; Reported marks reported speech.
//   - Claims: Value is "actor [not ]lemma target"; Lemma indexes the
//     Lexicon, whose Opposed tells incompatible outcomes apart.
package facts

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"crosswire"
)

// Extractor extracts facts from articles. It implements
// crosswire.Extractor, is read-only after New and safe for concurrent use.
type Extractor struct {
	lex        *Lexicon
	titles     map[string]bool // lower case
	modifiers  map[string]bool // lower case
	honorifics map[string]bool // lower case
	orgHeads   map[string]bool // as written
	placeHeads map[string]bool // as written
	groupHeads map[string]bool // as written
	groupNouns map[string]bool // lower case
	places     map[string]bool // as written, may hold spaces
	function   map[string]bool // lower case
	dates      []datePattern
}

var _ crosswire.Extractor = (*Extractor)(nil)

// New returns an Extractor with the embedded lexicon. The lexicon is part
// of the binary and checked by the package tests, so New panics only if
// the embedded files were corrupted at build time.
func New() *Extractor {
	x, err := NewExtractor()
	if err != nil {
		panic(err)
	}
	return x
}

// NewExtractor is New returning the error instead of panicking.
func NewExtractor() (*Extractor, error) {
	lex, err := NewLexicon()
	if err != nil {
		return nil, err
	}
	x := &Extractor{lex: lex, dates: newDatePatterns()}
	for _, l := range []struct {
		dst   *map[string]bool
		name  string
		lower bool
	}{
		{&x.titles, "lexicon/titles.txt", true},
		{&x.modifiers, "lexicon/role_modifiers.txt", true},
		{&x.honorifics, "lexicon/honorifics.txt", true},
		{&x.orgHeads, "lexicon/org_heads.txt", false},
		{&x.placeHeads, "lexicon/place_heads.txt", false},
		{&x.groupHeads, "lexicon/group_heads.txt", false},
		{&x.groupNouns, "lexicon/group_nouns.txt", true},
		{&x.function, "lexicon/function_words.txt", true},
	} {
		m, err := wordSet(l.name, l.lower)
		if err != nil {
			return nil, err
		}
		*l.dst = m
	}
	if x.places, err = lineSet("lexicon/places.txt"); err != nil {
		return nil, err
	}
	return x, nil
}

// Lexicon returns the event-verb lexicon the extractor uses.
func (x *Extractor) Lexicon() *Lexicon { return x.lex }

// doc is the per-article working state of one Extract call.
type doc struct {
	x     *Extractor
	a     *crosswire.Article
	text  string
	sents []Sentence
	toks  []token
	// used marks tokens already claimed by a date or number fact.
	used  []bool
	ents  []mention
	roles []roleMention
	facts []crosswire.Fact
}

// Extract returns the facts article a states, ordered by span start. Every
// fact's Span satisfies a.Text[Start:End] == Span.Text.
func (x *Extractor) Extract(ctx context.Context, a *crosswire.Article) ([]crosswire.Fact, error) {
	if a == nil {
		return nil, fmt.Errorf("facts: nil article")
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("facts %s: %w", a.ID, err)
	}
	d := &doc{x: x, a: a, text: a.Text}
	d.sents = Sentences(a.Text)
	d.toks = tokenize(a.Text)
	for i := range d.toks {
		d.toks[i].sent = sentenceOf(d.sents, d.toks[i].start)
	}
	d.used = make([]bool, len(d.toks))
	stages := []func(){d.extractDates, d.extractEntities, d.extractNumbers, d.extractQuotes, d.extractClaims}
	for _, stage := range stages {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("facts %s: %w", a.ID, err)
		}
		stage()
	}
	out := d.facts[:0]
	for _, f := range d.facts {
		if f.Span.Start < 0 || f.Span.End > len(a.Text) || f.Span.Start >= f.Span.End {
			continue
		}
		f.Span.Article = a.ID
		f.Span.Text = a.Text[f.Span.Start:f.Span.End]
		f.Sentence = sentenceOf(d.sents, f.Span.Start)
		if f.Entity != nil && f.Entity.RoleSpan != nil {
			rs := f.Entity.RoleSpan
			if rs.Start < 0 || rs.End > len(a.Text) || rs.Start > rs.End {
				f.Entity.RoleSpan = nil
			} else {
				rs.Article = a.ID
				rs.Text = a.Text[rs.Start:rs.End]
			}
		}
		out = append(out, f)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Span.Start != out[j].Span.Start {
			return out[i].Span.Start < out[j].Span.Start
		}
		if out[i].Span.End != out[j].Span.End {
			return out[i].Span.End < out[j].Span.End
		}
		return out[i].Kind < out[j].Kind
	})
	return out, nil
}

// add records a fact spanning text[start:end].
func (d *doc) add(f crosswire.Fact, start, end int) {
	f.Span = crosswire.Span{Start: start, End: end}
	d.facts = append(d.facts, f)
}

// tokAt returns the index of the first token starting at or after pos.
func (d *doc) tokAt(pos int) int {
	return sort.Search(len(d.toks), func(i int) bool { return d.toks[i].start >= pos })
}

// join returns the text from token i to token j inclusive.
func (d *doc) join(i, j int) string { return d.text[d.toks[i].start:d.toks[j].end] }

// normSpace collapses runs of white space.
func normSpace(s string) string { return strings.Join(strings.Fields(s), " ") }
