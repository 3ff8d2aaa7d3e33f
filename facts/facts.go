// Package facts finds the facts a news article states — people with their
// roles, organisations, places, groups, numbers, dates, quotations and
// event claims — each with the exact byte span of the clean text that
// states it (Span.Text == Article.Text[Span.Start:Span.End]) and the index
// of its sentence in Article.Sentences (see text.Of): the one sentence
// segmentation every stage reads.
//
// The rules read English: an article whose Language is another language
// (or, when Language is empty, whose text is not English) yields no facts
// rather than English-looking noise.
//
// Extraction is rule-based: capitalisation, title words, numbers with
// units, date expressions, quotation marks with verbs of speech, and an
// explicit lexicon of event verbs (lexicon/events.tsv). Rules keep exact
// offsets, need no model loading (the prose POS/NER model costs ~230 ms
// and 17 MB before the first article and still needs rules on top) and
// are predictable enough for a cross-checker that must explain every
// discrepancy. Only general signals and general English word lists are
// used (lexicon/README.md); nothing is keyed to particular names.
//
// Conventions crosscheck can rely on when aligning facts across versions:
//
//   - Entities (person, org, place, group): Value is the canonical name
//     within the article — the full name for a person even when the
//     mention is a surname ("Keller said" → "Dana Keller"), the long form
//     for an acronym the article defines in parentheses ("NCSA" →
//     "National Cyber Security Agency"), the place for a demonym that
//     matches a place of the same article ("Norlandic" → "Norland").
//     Entity.Name is the mention as written, titles and honorifics
//     stripped. Aliases(facts) lists acronym → long form over any set of
//     facts (pass every version of a story); DemonymBase gives the stems
//     a demonym may come from.
//   - Person roles: Entity.Role is the role as written without
//     determiners or a leading place ("Deputy Interior Minister",
//     "deputy interior minister", "spokesperson for the ministry"),
//     RoleSpan its span. The fact's Span covers role and name when they
//     are written together, so a changed title overlaps the person fact.
//   - Numbers: Value is "[qualifier ]N[%| unit][ counted]" with N in plain
//     digits and ranges as "LOW–HIGH": "more than 5000 people", "12%",
//     "3500000000 USD", "about 40 km", "200–300 worker". Qualifier is
//     one of "", "more than", "less than", "about", "at least", "up to";
//     Unit a symbol or ISO currency code; the dollar is the one written
//     ("US$" USD, "S$" SGD, "HK$" HKD, "A$" AUD, "RM" MYR), and a bare "$"
//     or "dollars" stays Dollar ("$"), never USD: which dollar it is
//     depends on the outlet. Counted the singular head noun
//     ("server"; "people" stays "people"), or the noun phrase before the
//     figure ("death toll") when none follows. Years and other parts of
//     date expressions are never numbers.
//   - Dates: Value is "2024-03-14" (day), "2024-03" (month), "2019"
//     (year), "1990s", or "FROM–TO" for a range in the same format
//     ("2017–2018", "2024-03-14–2024-03-16"). From/To are the first and
//     last day covered (UTC midnight). Relative expressions ("last year",
//     "on Monday", "yesterday", "March 14" without a year) are resolved
//     against Article.Published and marked Relative; without a
//     publication date they are not emitted, since a date that cannot be
//     placed on the calendar cannot be compared. Event is the lower-case
//     noun the date is about ("intrusions", "election") or the lemma of
//     the nearest event verb ("resign"), "" when none is clear.
//   - Quotes: Value and Said are the quoted words without the marks and
//     without trailing ",;:." (the writer's punctuation); Speaker is the
//     canonical name of the person (or organisation) found through verbs
//     of speech before or after the quotation, pronouns and role nouns
//     ("the minister") resolved to the last matching person, "" when
//     unknown. Reported speech ("X said (that) …", "according to X, …")
//     has Reported set and Said the reported clause. A stance on a
//     that-clause ("X believes/doubts that …", "X was (not) confident/
//     sure/convinced that …", also after "X said") is the speaker's
//     reported speech from the stance's verb group on, its negation
//     included ("was not confident that …"), whether or not a speech verb
//     introduces it.
//   - Claims: Lemma is the event verb's base form as listed in the
//     Lexicon (phrasal verbs with their particle, "step down"); Actor and
//     Target are canonical entity names when an entity fills the slot,
//     else lower-case noun phrases, or a number fact's Value; passives are
//     turned active ("were breached by X" → Actor X). Negated is set for
//     local negation ("did not", "never", "failed to", "refused to") and
//     for clauses under a denial ("denied that …", "no evidence that …").
//     A verb coordinated with an earlier one ("searched … and seized")
//     shares its subject. Inside a quotation, a first- or second-person
//     subject is never an actor as written: "I" becomes the quotation's
//     speaker when that is a person, while "we", "you" and phrases they
//     own ("my client") leave Actor empty; the event and its polarity
//     are kept, since a quotation may be the only place an outcome is
//     told. The noun of a deed (intrusion, attack, sanction, charge) with
//     the name it is done to is a claim too ("the hack of Kestrel Mail",
//     "sanctions on X", "the breach of X by Y"; Verb is the noun), unless
//     the deed is planned, feared, prevented or failed; "be behind" and
//     "be responsible" are read after any form of "be".
//     Value is "actor [not ]lemma target". Lexicon.Opposed tells whether
//     two lemmas are incompatible outcomes. Class is the lemma's primary
//     event class in the Lexicon ("intrude", "attack", "charge",
//     "sanction", "deny", "reject", "blame" …), Passive the voice read,
//     ActorSpan and TargetSpan where the sentence writes the two
//     arguments (a named one's mention span; nil when the argument is
//     empty or a pronoun's antecedent written elsewhere), so a consumer
//     reads who did what to whom from the fact, not from the sentence
//     again (package attribution ties its claims to them).
package facts

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"

	"crosswire"
	"crosswire/text"
)

// Extractor extracts facts from articles. It implements
// crosswire.Extractor, is read-only after New and safe for concurrent use.
type Extractor struct {
	lex    *Lexicon
	titles map[string]bool // lower case
	// occupations are callings written before a name as its description
	// ("actor", "singer"), lower case: not titles of office
	occupations map[string]bool
	modifiers   map[string]bool // lower case
	honorifics  map[string]bool // lower case
	orgHeads    map[string]bool // as written
	placeHeads  map[string]bool // as written
	// teamHeads end the names of sports teams ("<Town> Rovers"): an
	// organisation's head only as the last word of a longer name
	teamHeads  map[string]bool // as written
	groupHeads map[string]bool // as written
	// groupCtxHeads are group heads that name a group only in a sentence
	// about hacking or armed violence ("Bear", "Crew")
	groupCtxHeads map[string]bool
	groupNouns    map[string]bool // lower case
	places        map[string]bool // as written, may hold spaces
	function      map[string]bool // lower case
	notNames      map[string]bool // as written: capitalised words that are not personal names
	// commonAcronyms are acronyms used as common nouns or units ("ID",
	// "DVD", "GMT"), as written: never an organisation on their own
	commonAcronyms map[string]bool
	// classifiers are lower-case nouns that classify the name after them
	// as a work ("show") or an organisation ("firm"): never a person
	classifiers map[string]crosswire.FactKind
	// gendered are the honorifics and role nouns that give a person's
	// sex (lexicon/gendered.txt), lower case
	gendered map[string]genderWord
	dates    []datePattern
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
		{&x.occupations, "lexicon/occupations.txt", true},
		{&x.modifiers, "lexicon/role_modifiers.txt", true},
		{&x.honorifics, "lexicon/honorifics.txt", true},
		{&x.orgHeads, "lexicon/org_heads.txt", false},
		{&x.placeHeads, "lexicon/place_heads.txt", false},
		{&x.teamHeads, "lexicon/team_heads.txt", false},

		{&x.groupNouns, "lexicon/group_nouns.txt", true},
		{&x.function, "lexicon/function_words.txt", true},
		{&x.notNames, "lexicon/not_names.txt", false},
		{&x.commonAcronyms, "lexicon/common_acronyms.txt", false},
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
	x.classifiers = map[string]crosswire.FactKind{}
	if err := eachLine("lexicon/classifier_nouns.txt", func(line string) error {
		f := strings.Fields(line)
		if len(f) != 2 || f[1] != "work" && f[1] != "org" {
			return fmt.Errorf("classifier_nouns.txt: bad line %q", line)
		}
		x.classifiers[f[0]] = ""
		if f[1] == "org" {
			x.classifiers[f[0]] = crosswire.KindOrg
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if x.gendered, err = loadGendered(); err != nil {
		return nil, err
	}
	x.groupHeads, x.groupCtxHeads = map[string]bool{}, map[string]bool{}
	if err := eachLine("lexicon/group_heads.txt", func(line string) error {
		f := strings.Fields(line)
		x.groupHeads[f[0]] = true
		if len(f) > 1 && f[1] == "context" {
			x.groupCtxHeads[f[0]] = true
		}
		return nil
	}); err != nil {
		return nil, err
	}
	return x, nil
}

// newDoc tokenises article a for extraction.
func (x *Extractor) newDoc(a *crosswire.Article) *doc {
	d := &doc{x: x, a: a, text: a.Text}
	d.sents = text.Of(a)
	d.paras = text.Paragraphs(a.Text)
	d.toks = tokenize(a.Text)
	for i := range d.toks {
		d.toks[i].sent = text.SentenceAt(d.sents, d.toks[i].start)
	}
	d.used = make([]bool, len(d.toks))
	return d
}

// stages are the extraction passes in the order each needs the ones
// before (persons' sexes before the pronouns of quotations and claims).
func (d *doc) stages() []func() {
	return []func(){d.extractDates, d.extractEntities, d.extractNumbers, d.personSexes, d.extractQuotes, d.extractClaims, d.sponsorClaims, d.appositiveClaims}
}

// Lexicon returns the event-verb lexicon the extractor uses.
func (x *Extractor) Lexicon() *Lexicon { return x.lex }

// PlaceHeads returns the head words of place names
// (lexicon/place_heads.txt: "Street", "River", "Park"), as written,
// sorted: a name of two words or more ending in one names a place.
func (x *Extractor) PlaceHeads() []string {
	return slices.Sorted(maps.Keys(x.placeHeads))
}

// OrgClassifier reports whether a lower-case noun, singular or plural,
// classifies the name after it as an organisation
// (lexicon/classifier_nouns.txt: "band", "party", "club", "firm"): a
// noun for a group one belongs to.
func (x *Extractor) OrgClassifier(w string) bool {
	w = strings.ToLower(w)
	for _, n := range []string{w, strings.TrimSuffix(w, "s")} {
		if cls, ok := x.classifiers[n]; ok && cls == crosswire.KindOrg {
			return true
		}
	}
	return false
}

// OrgNoun reports whether a lower-case noun, singular or plural, names an
// organisation or a body of people: an organisation classifier
// (OrgClassifier) or the head word of organisation names
// (lexicon/org_heads.txt: "commission", "prosecution", "department").
func (x *Extractor) OrgNoun(w string) bool {
	if x.OrgClassifier(w) {
		return true
	}
	w = strings.ToLower(w)
	for _, n := range []string{w, strings.TrimSuffix(w, "s")} {
		if n != "" && x.orgHeads[strings.ToUpper(n[:1])+n[1:]] {
			return true
		}
	}
	return false
}

// doc is the per-article working state of one Extract call.
type doc struct {
	x     *Extractor
	a     *crosswire.Article
	text  string
	sents []crosswire.Span
	paras []text.Range
	toks  []token
	// used marks tokens already claimed by a date or number fact.
	used []bool
	ents []mention
	// indexes built once the stages that fill them are done, so later
	// stages look mentions and figures up by token instead of scanning
	nameAt  []int32 // token → d.ents index of the mention whose name holds it, -1
	spanAt  []int32 // token → d.ents index of the first mention whose span holds it, -1
	numAt   []int32 // token → d.facts index of the number fact holding it, -1
	persons []int   // d.ents indexes of person mentions, in text order
	orgs    []int   // d.ents indexes of organisation mentions, in text order
	quotes  []quoteSpan
	// quotesFound is set once quotes holds the article's quotations
	quotesFound bool
	facts       []crosswire.Fact
	// sexes holds the sex the article gives a person, by mention value
	// (see personSexes); a person not in it is of unknown sex
	sexes map[string]sex
}

// Extract returns the facts article a states, ordered by span start. Every
// fact's Span satisfies a.Text[Start:End] == Span.Text, and its Sentence
// indexes a.Sentences (computed by text.Of and kept in a when cleaning
// did not set them). An article in
// another language than English yields no facts (see isEnglish): the rules
// read English only.
func (x *Extractor) Extract(ctx context.Context, a *crosswire.Article) ([]crosswire.Fact, error) {
	if a == nil {
		return nil, fmt.Errorf("facts: nil article")
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("facts %s: %w", a.ID, err)
	}
	if !x.isEnglish(a) {
		return nil, nil
	}
	d := x.newDoc(a)
	for _, stage := range d.stages() {
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
		f.Sentence = text.SentenceAt(d.sents, f.Span.Start)
		if c := f.Claim; c != nil {
			c.ActorSpan = locate(a, c.ActorSpan)
			c.TargetSpan = locate(a, c.TargetSpan)
			c.WithSpan = locate(a, c.WithSpan)
		}
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

// locate completes a span holding offsets only with its article and text;
// nil when it is nil or out of the text.
func locate(a *crosswire.Article, sp *crosswire.Span) *crosswire.Span {
	if sp == nil || sp.Start < 0 || sp.End > len(a.Text) || sp.Start >= sp.End {
		return nil
	}
	sp.Article = a.ID
	sp.Text = a.Text[sp.Start:sp.End]
	return sp
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
