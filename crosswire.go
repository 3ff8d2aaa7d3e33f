// Package crosswire holds the domain of the crosswire news cross-checker:
// the reports it reads (Document, Article), the facts it extracts from them
// (Fact, Span), the stories it groups them into (Story) and what it finds
// when it lays the versions of a story side by side (StoryFact,
// Discrepancy). It also names the small interfaces each pipeline stage and
// each storage backend implements.
//
// The pipeline is ingest → clean → group → facts → crosscheck → report; each
// stage lives in its own package and depends only on this one. Every fact
// carries a Span into its article's clean text from the stage that found it
// to the report that shows it, so any claim can be traced back to the words
// of its source.
package crosswire

import (
	"context"
	"errors"
	"sort"
	"strings"
	"time"
)

// Document is one report as read from its input, before cleaning: the raw
// body (plain text or HTML) and whatever metadata the input carried.
type Document struct {
	// Source names the input exactly as the user gave it: the path of a
	// file argument, the directory argument joined with the relative path
	// for a file found in a directory, the url (else FILE#LINE) for a JSONL
	// line, "-" for stdin.
	Source string
	// Body is the raw text of the report.
	Body string
	// HTML is true when Body is an HTML page rather than plain text.
	HTML bool

	URL       string
	Title     string
	Outlet    string
	Author    string
	Language  string
	Published *time.Time
	// Encoding names the legacy character set the input was decoded
	// from ("windows-1252", "iso-8859-1", "utf-16le"), "" for UTF-8.
	Encoding string
}

// Role says how a version of a story relates to the story's original.
type Role string

// Roles of a version within its story.
const (
	RoleOriginal    Role = "original"
	RoleCopy        Role = "copy"
	RoleRewrite     Role = "rewrite"
	RoleTranslation Role = "translation"
	RoleExcerpt     Role = "excerpt"
	// RoleIndependent is a report of the same event written without the
	// other versions' text: it shares names and figures, not sentences.
	// It derives from nothing.
	RoleIndependent Role = "independent"
)

// Reasons a piece of text was removed by cleaning. They are part of the JSON
// report contract.
const (
	ReasonAgencyTag    = "agency tag"
	ReasonDateline     = "dateline"
	ReasonMetadata     = "metadata"
	ReasonEditorInsert = "editor insert"
	// ReasonSubhead is no longer produced: subheads stay in the text and
	// are listed in Article.Subheads. Reports written before kept them as
	// removals.
	ReasonSubhead = "subhead"
	ReasonBio     = "bio"
	ReasonSpam    = "spam"
)

// Removal is a piece of the raw text that cleaning dropped because it is not
// part of the article, with the reason and the place it was cut from.
type Removal struct {
	Text   string `json:"text"`
	Reason string `json:"reason"`
	// Start and End are the offset in the article's clean text where the
	// passage was cut (Start == End: the passage is no longer in Text; the
	// pair is a Span's offsets so a removal is placed the way any span is).
	Start int `json:"start"`
	End   int `json:"end"`
}

// Article is one cleaned version of a story. Text is the clean text every
// Span points into.
type Article struct {
	// ID is stable: derived from the content hash, so re-ingesting the same
	// report yields the same ID.
	ID     string `json:"id"`
	Source string `json:"source"`
	URL    string `json:"url,omitempty"`
	Title  string `json:"title"`
	Outlet string `json:"outlet"`
	Author string `json:"author,omitempty"`
	// Published is the publication time when known.
	Published *time.Time `json:"published"`
	// PublishedPrecision is DayPrecision when Published is only a day
	// (a date without a time of day, read as the midnight UTC that starts
	// it; see DayOnly): it orders the version against other days, not
	// within its own. Empty for a time of day or no publication time.
	PublishedPrecision string `json:"published_precision,omitempty"`
	Language           string `json:"language"`
	Text               string `json:"text"`
	// Role and DerivedFrom are set by grouping: how this version relates to
	// its story and which article it most likely derives from.
	Role        Role    `json:"role"`
	DerivedFrom *string `json:"derived_from"`
	// Reuse is set on a derived version: the share (0–1) of its sentences
	// aligned to a sentence of its source (the wire copy with all its
	// takes when the source is wire copy, DerivedFrom otherwise). Nil on
	// the original and on independent reports.
	Reuse *float64 `json:"reuse,omitempty"`
	// Evidence says why grouping chose Role and DerivedFrom (publication
	// time, shared wording, containment).
	Evidence string    `json:"evidence,omitempty"`
	Removed  []Removal `json:"removed"`
	// Hash is the hex SHA-256 content hash used for idempotent ingest.
	Hash string `json:"hash"`
	// Subheads are the one-line headings between body paragraphs: each is
	// a paragraph of Text of its own, listed here as a span so a version
	// that contradicts its own subhead can be caught and a subhead's
	// figure is an ordinary span of the article's text.
	Subheads []Span `json:"subheads,omitempty"`
	// Sentences are the sentences of Text as the text package segments
	// it, in order: computed once (by cleaning, or by the first stage
	// that needs them for an article read from a store) and read by every
	// later stage. In memory only.
	Sentences []Span `json:"-"`
	// Wire is set by cleaning when the report is agency wire copy (a take
	// with a wire header: time stamp, page, desk and catchline lines, rules
	// of dashes, "<" paragraph ends, "By …, AGENCY News" bylines, a closing
	// "ENDS"). Nil for any other report. Grouping reads it: see Wire.
	Wire *Wire `json:"wire,omitempty"`
	// Encoding names the character set the report was decoded from when
	// it was not UTF-8 ("windows-1252", "utf-16le"): the text was
	// converted, and a reader may want to know. Absent for UTF-8.
	Encoding string `json:"encoding,omitempty"`
}

// Wire is what the header and furniture of one take of agency wire copy
// say about it. A wire story reaches its clients as several takes: the
// first page, continuation pages ("Page 2", which carry neither headline
// nor byline), substitutes and new leads (rewritten takes that replace
// earlier ones) and corrections. All of them are versions of one story.
// Takes of one story share Slug (compare case-insensitively) and are filed
// close together in time (Filed); Version and Page tell a later take from
// the first. A slug with a further word ("Harbour Profile" beside
// "Harbour") is a sidebar written for the same story: same story when the
// rest of the evidence agrees, but the slug alone does not prove it (two
// stories of one day can share a first word).
type Wire struct {
	// Slug is the catchline that names the wire story, as written in the
	// header, without the desk code and without a trailing version word:
	// "Harbour" for a header "… Page 2 (HHH) NEWS Harbour Substitute".
	// Empty when the header gives none.
	Slug string `json:"slug,omitempty"`
	// Version is the version word(s) that ended the catchline, lower-case
	// as written ("substitute", "new lead", "nightlead", "correction",
	// "update", "writethru", "refile", "repeat"); empty for a first take.
	Version string `json:"version,omitempty"`
	// Page is the take's page number: 1 for the first page, 2… for
	// continuation pages; 0 when the header gives none.
	Page int `json:"page,omitempty"`
	// Desk is the desk or service code of the header, as written
	// ("NEWS", "SPORT"); empty when none.
	Desk string `json:"desk,omitempty"`
	// Priority is the priority or routing code of the header, as written
	// between brackets ("HHH"); empty when none.
	Priority string `json:"priority,omitempty"`
	// Agency is the agency named in the take's byline ("Norpress" for
	// "By Ada Vell, Norpress News"); empty when the take has no byline, as
	// continuation pages do not.
	Agency string `json:"agency,omitempty"`
	// Filed is the header's time stamp, read in the agency's zone (for the
	// UK format "HH:MM DD/MM/YY", Europe/London); nil when the header has
	// none. The article's Published is set from it when the input gave no
	// publication time.
	Filed *time.Time `json:"filed,omitempty"`
	// More is true when the take closes with a "more follows" mark ("MORE",
	// "mf"): a later page continues it.
	More bool `json:"more,omitempty"`
}

// Kinds of facts. They are part of the JSON report contract.
type FactKind string

// Fact kinds.
const (
	KindPerson FactKind = "person"
	KindOrg    FactKind = "org"
	KindPlace  FactKind = "place"
	KindGroup  FactKind = "group"
	KindNumber FactKind = "number"
	KindDate   FactKind = "date"
	KindQuote  FactKind = "quote"
	KindClaim  FactKind = "claim"
)

// Span is an exact piece of an article's clean text: Text ==
// article.Text[Start:End], offsets in bytes.
type Span struct {
	Article string `json:"article"`
	Text    string `json:"text"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

// Fact is one thing a single article states, found by an extractor, with
// the span that states it. Exactly one of the typed detail fields matching
// Kind is set.
type Fact struct {
	Kind FactKind `json:"kind"`
	// Value is the normalised value shown to users ("Dana Keller", "5000",
	// "2017–2018").
	Value string `json:"value"`
	// Span is where the article states the fact.
	Span Span `json:"span"`
	// Sentence is the index in Article.Sentences of the sentence holding
	// the start of the span.
	Sentence int `json:"sentence"`

	Entity *Entity `json:"entity,omitempty"`
	Number *Number `json:"number,omitempty"`
	Period *Period `json:"period,omitempty"`
	Quote  *Quote  `json:"quote,omitempty"`
	Claim  *Claim  `json:"claim,omitempty"`
}

// Entity details a person, organisation, place or group mention.
type Entity struct {
	// Name as written (titles stripped) and its normalised key.
	Name string `json:"name"`
	// Role is the title or function written next to a person ("Interior
	// Minister"), empty when none.
	Role string `json:"role,omitempty"`
	// RoleSpan locates Role in the article text when Role is set.
	RoleSpan *Span `json:"role_span,omitempty"`
}

// Number details a figure and what it counts.
type Number struct {
	// Low and High bound the value; they are equal for an exact figure.
	Low  float64 `json:"low"`
	High float64 `json:"high"`
	// Qualifier is "", "more than", "less than", "about", "at least", "up
	// to" as normalised from the text.
	Qualifier string `json:"qualifier,omitempty"`
	// Unit is a unit or currency when one is written ("%", "km", "USD",
	// "SGD"; a bare "$" stays "$": it is never assumed to be US dollars).
	Unit string `json:"unit,omitempty"`
	// Counted is the head noun the figure counts ("people", "servers"),
	// lower-case and singular when it can be found.
	Counted string `json:"counted,omitempty"`
}

// Period details a date or period: the first and last day it covers.
type Period struct {
	From time.Time `json:"from"`
	To   time.Time `json:"to"`
	// Granularity is "day", "month" or "year": the precision written.
	Granularity string `json:"granularity"`
	// Relative is true when the text gave a relative expression ("last
	// year", "on Monday") resolved against the published date.
	Relative bool `json:"relative"`
	// Event is a short key for what the date is about, when found ("the
	// intrusions", "the election").
	Event string `json:"event,omitempty"`
}

// Quote details a quotation: what was said and who said it.
type Quote struct {
	Speaker string `json:"speaker"`
	// Said is the quoted words without quotation marks.
	Said string `json:"said"`
	// Reported is true for reported speech without quotation marks.
	Reported bool `json:"reported"`
}

// Claim details an event statement: who did what to whom, and whether the
// sentence asserts or negates it.
type Claim struct {
	Actor  string `json:"actor"`
	Verb   string `json:"verb"`  // the verb as written (the noun, for "the hack of X")
	Lemma  string `json:"lemma"` // its base form
	Target string `json:"target"`
	// Negated is true when the sentence negates the event ("did not
	// breach").
	Negated bool `json:"negated"`
	// Class is the event class of Lemma in the facts lexicon
	// (facts/lexicon/events.tsv: "intrude" for breach or hack, "charge"
	// for charge or indict, "sanction", "deny", "attack" …): what kind of
	// event the claim states, so a consumer (package attribution) reads
	// the claim without reading its sentence again. Empty in older
	// reports.
	Class string `json:"class,omitempty"`
	// Passive is true when the verb is in the passive voice: Actor was
	// read from the "by" phrase, Target from the subject.
	Passive bool `json:"passive,omitempty"`
	// ActorSpan and TargetSpan locate where the sentence writes Actor and
	// Target (the mention's span for a named one, a person's written
	// title included as in the person fact); nil when the argument
	// is empty or not written in the sentence as read (a coordinated
	// verb's shared subject).
	ActorSpan  *Span `json:"actor_span,omitempty"`
	TargetSpan *Span `json:"target_span,omitempty"`
	// ActorEntity and TargetEntity are set on a story's claim facts
	// (StoryFact.Claim): the IDs of the story entities Actor and Target
	// name, empty when they name none.
	ActorEntity  string `json:"actor_entity,omitempty"`
	TargetEntity string `json:"target_entity,omitempty"`
	// With is the party the verb ties Target to, for a claim read from a
	// compound adjective of the "blame" class ("the Estmark-linked group
	// Grey Heron": Target "Grey Heron", With "Estmark"); empty otherwise.
	// WithSpan locates it in the sentence, WithEntity (on a story's
	// claim facts) is the story entity it names.
	With       string `json:"with,omitempty"`
	WithSpan   *Span  `json:"with_span,omitempty"`
	WithEntity string `json:"with_entity,omitempty"`
}

// Status of a fact across the versions of a story.
type Status string

// Fact statuses. They are part of the JSON report contract.
const (
	StatusCorroborated Status = "corroborated"
	StatusUnique       Status = "unique"
	StatusConflicting  Status = "conflicting"
)

// StoryFact is one fact aligned across the versions of a story.
type StoryFact struct {
	Kind  FactKind `json:"kind"`
	Value string   `json:"value"`
	// Entity is the ID of the story's StoryEntity the fact is about, for
	// person, organisation, place and group facts; empty for other kinds.
	Entity string `json:"entity,omitempty"`
	Status Status `json:"status"`
	// Support is the number of versions that state the fact, not counting
	// verbatim copies of one another (rewrites and translations count on
	// their own).
	Support int `json:"support"`
	// IndependentSupport is the number of lineages that state the fact:
	// every derived version (copy, excerpt, rewrite, translation) counts
	// with the version it derives from, so two rewrites of one wire story
	// are one source. It is at most Support; a fact is independently
	// corroborated when it is at least 2.
	IndependentSupport int    `json:"independent_support,omitempty"`
	Sources            []Span `json:"sources"`
	// Claim is set on claim facts: the event claim as the first source
	// states it (actor, verb, class, target, their spans) with the story
	// entities its actor and target name. Nil for other kinds and in
	// older reports.
	Claim *Claim `json:"claim,omitempty"`
	// Speaker is set on quotation facts: who says it, as the first
	// version naming a speaker writes it (a speech verb's subject, the
	// name after "according to"); SpeakerEntity is the ID of the story
	// entity the speaker names. Empty when no version names a speaker
	// or the speaker names no entity.
	Speaker       string `json:"speaker,omitempty"`
	SpeakerEntity string `json:"speaker_entity,omitempty"`
	// About says what a figure measures when the checker knows it beyond
	// its counted noun: "age of Ada Quist" for an age written beside a
	// name ("Ada Quist, 34,", "the 34-year-old"). Empty otherwise and in
	// older reports.
	About string `json:"about,omitempty"`
	// Reported is true on a quotation fact every source of which is
	// reported speech without quotation marks ("Ada Quist said the pumps
	// failed"): what someone said as the writer puts it, not their
	// words. False for a quotation and in older reports.
	Reported bool `json:"reported,omitempty"`
}

// Discrepancy kinds. They are part of the JSON report contract.
type DiscrepancyKind string

// Discrepancy kinds.
const (
	DiscName     DiscrepancyKind = "name"
	DiscRole     DiscrepancyKind = "role"
	DiscNumber   DiscrepancyKind = "number"
	DiscDate     DiscrepancyKind = "date"
	DiscQuote    DiscrepancyKind = "quote"
	DiscClaim    DiscrepancyKind = "claim"
	DiscOutcome  DiscrepancyKind = "outcome"
	DiscInternal DiscrepancyKind = "internal"
	// DiscCode is an identifier written two ways: a vehicle registration,
	// a case, flight or model number.
	DiscCode DiscrepancyKind = "code"
)

// Severity of a discrepancy.
type Severity string

// Severities, most consequential first.
const (
	SeverityHigh   Severity = "high"
	SeverityMedium Severity = "medium"
	SeverityLow    Severity = "low"
)

// Variant is one of the incompatible values of a discrepancy, with the
// spans of every version that states it.
type Variant struct {
	// Value is the variant's normalised value ("14 wagon", "62 km/h"),
	// what the checker compared.
	Value string `json:"value"`
	// Text is the variant as the versions wrote it: the span text most of
	// its sources give ("Fourteen wagons"). It is what people are shown;
	// empty when the sources give none.
	Text string `json:"text,omitempty"`
	// Entity is the ID of the StoryEntity this variant names when the
	// variants name different entities (two people given one office);
	// empty otherwise.
	Entity  string `json:"entity,omitempty"`
	Sources []Span `json:"sources"`
}

// Shown is how the variant is shown to people: Text, else Value.
func (v Variant) Shown() string {
	if v.Text != "" {
		return v.Text
	}
	return v.Value
}

// Shown is how the fact is shown to people: a figure as most of its
// sources write it ("two months", not the normalised "2 month"); any
// other fact by its value (names as the story's entity calls them, dates
// in ISO 8601, which keep the year a written "August 8" leaves out).
func (f StoryFact) Shown() string {
	if f.Kind == KindNumber {
		if t := WrittenAs(f.Sources); t != "" {
			return t
		}
	}
	return f.Value
}

// WrittenAs is how most sources write a value: the span text given by the
// most sources (letter case aside), in the form first seen; "" when the
// spans carry no text.
func WrittenAs(spans []Span) string {
	var forms []string // first-seen form of each text, in order
	count := map[string]int{}
	for _, sp := range spans {
		t := strings.Join(strings.Fields(sp.Text), " ")
		if t == "" {
			continue
		}
		k := strings.ToLower(t)
		if count[k] == 0 {
			forms = append(forms, t)
		}
		count[k]++
	}
	best := ""
	for _, t := range forms {
		if best == "" || count[strings.ToLower(t)] > count[strings.ToLower(best)] {
			best = t
		}
	}
	return best
}

// Discrepancy is a point on which the versions of a story disagree.
type Discrepancy struct {
	Kind     DiscrepancyKind `json:"kind"`
	Severity Severity        `json:"severity"`
	// Subject names what the variants disagree about ("Interior Minister
	// of Norland", "period of the intrusions").
	Subject string `json:"subject"`
	// Entity is the ID of the StoryEntity the variants disagree about
	// when they concern one entity: the person whose name is spelt two
	// ways or who is given two titles, the speaker of a quote. Empty
	// otherwise.
	Entity   string    `json:"entity,omitempty"`
	Variants []Variant `json:"variants"`
	// Score orders discrepancies, most consequential first.
	Score float64 `json:"score"`
}

// SortDiscrepancies puts discrepancies in the one order every output shows
// them in (text and Markdown reports, JSON, the web UI, the HTTP API): by
// Score, most consequential first; ties by kind, subject and the first
// variant's value, so the order never depends on the order they were
// found in. Crosscheck sorts a story's discrepancies so; later stages keep
// the order as stored.
func SortDiscrepancies(ds []Discrepancy) {
	first := func(d Discrepancy) string {
		if len(d.Variants) == 0 {
			return ""
		}
		return d.Variants[0].Value
	}
	sort.SliceStable(ds, func(i, j int) bool {
		if ds[i].Score != ds[j].Score {
			return ds[i].Score > ds[j].Score
		}
		if ds[i].Kind != ds[j].Kind {
			return ds[i].Kind < ds[j].Kind
		}
		if ds[i].Subject != ds[j].Subject {
			return ds[i].Subject < ds[j].Subject
		}
		return first(ds[i]) < first(ds[j])
	})
}

// StoryEntity is one person, organisation, place or group of a story,
// resolved across its versions: every surface form it is written under
// (an acronym and its long form, a surname alone, a demonym, a
// misspelling) gathered under one canonical name. Facts and discrepancies
// point at it by ID.
type StoryEntity struct {
	// ID is stable within the story: "e1", "e2"… in order of first
	// mention (articles in story order, then text order).
	ID   string   `json:"id"`
	Kind FactKind `json:"kind"`
	// Name is the canonical form: the fullest form stated by the most
	// independent versions.
	Name string `json:"name"`
	// Forms are every distinct surface form, canonical first.
	Forms []string `json:"forms"`
	// Roles are the distinct titles written for a person, as written.
	Roles []string `json:"roles,omitempty"`
	// Support is the number of versions that mention it, not counting
	// verbatim copies of one another (rewrites and translations count on
	// their own).
	Support int `json:"support"`
	// IndependentSupport is the number of lineages that mention it: every
	// derived version counts with the version it derives from (see
	// StoryFact.IndependentSupport).
	IndependentSupport int `json:"independent_support,omitempty"`
	// Mentions are the spans of every mention, in story order.
	Mentions []Span `json:"mentions"`
	// Misspelt is true when versions write its name in incompatible ways:
	// a misspelling or transliteration reported as a name discrepancy.
	Misspelt bool `json:"misspelt"`
}

// Story is a set of articles that tell the same story, with the facts
// aligned across them and the discrepancies found.
type Story struct {
	ID            string        `json:"id"`
	Title         string        `json:"title"`
	Articles      []Article     `json:"articles"`
	Facts         []StoryFact   `json:"facts"`
	Discrepancies []Discrepancy `json:"discrepancies"`
	// Entities are the people, organisations, places and groups the
	// versions mention, resolved across them, in order of first mention.
	Entities []StoryEntity `json:"entities"`
	// Related are the IDs of other stories of the same affair: their
	// reports share rare names or many anchors with this story's, but they
	// are not versions of it (a follow-up on another day: the next
	// hearing, the raised bid). Their facts are not merged. Nil when none.
	Related []string `json:"related,omitempty"`
	// Notes say where analysis capped its work on an outsized story or
	// article ("numbers of article X not all cross-checked internally:
	// over N figures"), so a reader knows what was not checked. Absent
	// when nothing was capped.
	Notes []string `json:"notes,omitempty"`
}

// HighDiscrepancies is the number of the story's discrepancies of high
// severity.
func (s Story) HighDiscrepancies() int {
	n := 0
	for _, d := range s.Discrepancies {
		if d.Severity == SeverityHigh {
			n++
		}
	}
	return n
}

// Skip names an input that could not be read, and why.
type Skip struct {
	Source string `json:"source"`
	Reason string `json:"reason"`
}

// Report is the result of a cross-check run: the JSON report contract
// documented in schema/report.schema.json.
type Report struct {
	Stories []Story `json:"stories"`
	Skipped []Skip  `json:"skipped"`
	// Duplicates are the inputs whose content equals an earlier input's:
	// they are analysed once, as the source they duplicate. Omitted from
	// the JSON when there are none.
	Duplicates []Duplicate `json:"duplicates,omitempty"`
}

// Duplicate names an input whose content equals another input's.
type Duplicate struct {
	// Source is the duplicate input; SameAs the input it repeats, the one
	// whose article the report shows.
	Source string `json:"source"`
	SameAs string `json:"same_as"`
}

// Cleaner turns a raw Document into a clean Article: main text, metadata,
// and the list of what was removed.
type Cleaner interface {
	Clean(ctx context.Context, doc Document) (Article, error)
}

// Grouper partitions articles into stories and sets each article's Role,
// DerivedFrom and Evidence. Stories come back with ID, Title and Articles
// set; the same set of articles in any order gives the same stories.
type Grouper interface {
	Group(ctx context.Context, articles []Article) ([]Story, error)
}

// Extractor finds the facts an article states.
type Extractor interface {
	Extract(ctx context.Context, a *Article) ([]Fact, error)
}

// Checker aligns the facts of a story's versions and fills the story's
// Entities, Facts and Discrepancies. facts maps article ID to that
// article's facts.
type Checker interface {
	Check(ctx context.Context, story *Story, facts map[string][]Fact) error
}

// StorySummary is one line of a story listing.
type StorySummary struct {
	ID                string    `json:"id"`
	Title             string    `json:"title"`
	ArticleCount      int       `json:"article_count"`
	Outlets           []string  `json:"outlets"`
	FirstSeen         time.Time `json:"first_seen"`
	LastSeen          time.Time `json:"last_seen"`
	HighDiscrepancies int       `json:"high_discrepancies"`
}

// StoryFilter narrows a story listing. The zero value lists every story.
type StoryFilter struct {
	// Query matches story titles and article text.
	Query string
	// Outlet keeps stories with a version from this outlet.
	Outlet string
	// From and To bound the stories' last-seen time when not zero.
	From, To time.Time
	// Conflicts keeps only stories with at least one discrepancy.
	Conflicts bool
	// Limit caps the number of stories; 0 means no cap.
	Limit int
}

// ErrNotFound is returned by stores when an article or story does not exist.
var ErrNotFound = errors.New("not found")

// Store keeps articles and the stories computed from them, split by
// concern: the articles, the stories, the grouping state kept per
// article, and what the analysis protocol needs to let several processes
// share the store (AnalysisStore). Implementations: package sqlite
// (embedded default) and package postgres.
type Store interface {
	ArticleStore
	StoryStore
	SignatureStore
	AnalysisStore
	// SchemaVersion returns the highest schema migration applied to the
	// store (every Open migrates it to the latest).
	SchemaVersion(ctx context.Context) (int, error)
	// Close releases the store.
	Close() error
}

// ArticleStore keeps the cleaned articles.
type ArticleStore interface {
	// PutArticle stores an article, keyed by its Hash; storing the same
	// content again reports created == false and returns the ID already
	// stored, changing nothing — except that a wire header (Article.Wire)
	// the stored row lacks is filled in (rows written before wire copy
	// was read keep no header), never replaced.
	PutArticle(ctx context.Context, a Article) (id string, created bool, err error)
	// Article returns one article by ID or ErrNotFound.
	Article(ctx context.Context, id string) (Article, error)
	// Articles returns every stored article in ingest order.
	Articles(ctx context.Context) ([]Article, error)
	// Unassigned returns the stored articles that are in no story yet, in
	// ingest order: those stored since the last analysis.
	Unassigned(ctx context.Context) ([]Article, error)
}

// StoryStore keeps the stories computed from the stored articles.
type StoryStore interface {
	// ReplaceStories replaces every stored story with the given ones: the
	// full analysis path.
	ReplaceStories(ctx context.Context, stories []Story) error
	// PutStories is the incremental analysis path: in one transaction it
	// deletes the stories named in removed (the ones merged into others
	// or split up) and replaces each story of changed, by ID, leaving
	// every other story as it is. Articles and roles are recorded as by
	// ReplaceStories.
	PutStories(ctx context.Context, changed []Story, removed []string) error
	// StoryIDs maps the ID of every article placed in a story to that
	// story's ID, without reading any text.
	StoryIDs(ctx context.Context) (map[string]string, error)
	// Story returns one story with its articles, entities, facts and
	// discrepancies, or ErrNotFound.
	Story(ctx context.Context, id string) (Story, error)
	// Stories lists stories, newest first.
	Stories(ctx context.Context, f StoryFilter) ([]StorySummary, error)
	// Successors returns, for the ID of a story that is no longer
	// stored, the IDs of the stories that now hold the articles it held,
	// in ID order: one when it was merged into another or renamed by a
	// new version, several when it split, none when its articles are in
	// no story or the ID was never a story's. A story's ID comes from
	// its articles, so it changes as versions arrive; every ID ever shown
	// keeps leading somewhere through Successors.
	Successors(ctx context.Context, id string) ([]string, error)
}

// SignatureStore keeps grouping state per stored article (the group
// fingerprint; its format is package group's), so incremental analysis
// rebuilds its index on start without reading or fingerprinting any text.
type SignatureStore interface {
	// PutSignature stores (or replaces) a grouping signature of one kind
	// for a stored article.
	PutSignature(ctx context.Context, articleID, kind string, blob []byte) error
	// Signatures returns every stored signature of one kind, by article ID.
	Signatures(ctx context.Context, kind string) (map[string][]byte, error)
}

// AnalysisStore is what the analysis protocol (pipeline.Analysis: who
// analyses the store, and when) needs from a store: a lock that
// serialises the analyses of every process sharing it, a cheap look at
// where its analysis stands, and an atomic full analysis.
type AnalysisStore interface {
	// Shared reports whether several processes, on several machines,
	// may analyse the store at once (PostgreSQL): Exclusive then
	// serialises them and Generation counts their story writes. A store
	// analysed by one process (SQLite) reports false: its Exclusive just
	// runs fn and its Generation knows only Unplaced.
	Shared() bool
	// Exclusive runs fn while holding the store's analysis lock: of all
	// the processes calling Exclusive on one store, one at a time runs
	// fn. The lock is released when fn returns, or when the process
	// dies.
	Exclusive(ctx context.Context, fn func(ctx context.Context) error) error
	// Generation returns where the store's analysis stands, cheaply (see
	// Generation).
	Generation(ctx context.Context) (Generation, error)
	// Regroup recomputes the stories from the stored articles
	// atomically: in one transaction, serialised with every other story
	// write, it reads every article, calls group and replaces the
	// stories with its result (the full analysis). Writers wait while
	// group runs.
	Regroup(ctx context.Context, group func(ctx context.Context, arts []Article) ([]Story, error)) error
}

// Generation is where a store's analysis stands, read in one snapshot.
// Processes sharing a store take turns at its analysis (see
// AnalysisStore.Exclusive); Generation lets each tell, with one cheap
// query, whether anything changed since it last looked.
type Generation struct {
	// Stories counts the story writes since the schema was created:
	// every PutStories, ReplaceStories and Regroup adds one, in the
	// transaction that writes the stories. An in-memory grouping state
	// loaded (or last written) at Stories = n is still the stored one as
	// long as Stories is n: no process wrote stories since. A store that
	// is not Shared does not count (0).
	Stories int64
	// Reconciled is the value of Stories the last full analysis
	// (Regroup) wrote, 0 before the first one. With Reconciled ==
	// Stories and no Unplaced article, the stored stories are those of a
	// full analysis of every stored article, and another full analysis
	// would write the same. A store that is not Shared does not count
	// (0).
	Reconciled int64
	// Unplaced is the number of stored articles in no story: what
	// Unassigned would return, counted without reading them.
	Unplaced int64
}

// Current reports whether every stored article is in a story.
func (g Generation) Current() bool { return g.Unplaced == 0 }

// FullyAnalysed reports whether the stored stories are those the last
// full analysis wrote, with every article since placed by it: nothing was
// written or stored since the last Regroup. Only a Shared store's
// generation can tell.
func (g Generation) FullyAnalysed() bool {
	return g.Unplaced == 0 && g.Reconciled == g.Stories
}

// StoryUpdate is what one incremental analysis step changed in the stored
// stories.
type StoryUpdate struct {
	// Articles is the number of articles placed in stories.
	Articles int
	// Changed are the stories written, fully analysed; Removed the IDs of
	// stories deleted because their articles now belong to others.
	Changed []Story
	Removed []string
	// Regrouped is the number of articles regrouped (new ones and those
	// of the stories they touched).
	Regrouped int
}
