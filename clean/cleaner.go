package clean

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/abadojack/whatlanggo"
	"golang.org/x/text/language"

	"crosswire"
	"crosswire/text"
)

// ErrEmpty is returned by Clean when nothing of the article is left: an
// empty body, a body that is all boilerplate, or one of no letter or digit.
var ErrEmpty = errors.New("no article text")

// Options configures a Cleaner. The zero value is ready to use.
type Options struct {
	// Language detects the language of documents that do not state one;
	// nil means EnglishShortcut{Next: Whatlang{}}.
	Language LanguageDetector
	// Log receives debug records of what was removed; nil means
	// slog.Default().
	Log *slog.Logger
	// WireZone is the zone of wire header stamps that state none; nil
	// means Europe/London, the zone of the UK wire's "HH:MM DD/MM/YY".
	WireZone *time.Location
}

// Cleaner implements crosswire.Cleaner. It is safe for concurrent use.
type Cleaner struct {
	lang  LanguageDetector
	log   *slog.Logger
	vocab vocabulary
	// wireZone and year read wire header stamps (see wireStamp).
	wireZone *time.Location
	year     int
}

var _ crosswire.Cleaner = (*Cleaner)(nil)

// New returns a Cleaner.
func New(opts Options) *Cleaner {
	c := &Cleaner{lang: opts.Language, log: opts.Log, vocab: newVocabulary()}
	if c.lang == nil {
		c.lang = EnglishShortcut{Next: Whatlang{}}
	}
	if c.log == nil {
		c.log = slog.Default()
	}
	c.wireZone, c.year = opts.WireZone, time.Now().Year()
	if c.wireZone == nil {
		london, err := text.UKWireZone()
		if err != nil { // cannot happen: time/tzdata is embedded
			c.log.Warn("no zone data for Europe/London, wire stamps read as UTC", "error", err)
			london = time.UTC
		}
		c.wireZone = london
	}
	return c
}

// Clean turns a document into an article: normalised text with the
// boilerplate stripped and recorded in Removed (each with the offset it was
// cut from), subheads listed, sentences segmented, title,
// outlet and language filled in, and the ID and Hash derived from the
// document's content. The body is always treated as text: extracting the
// main text of an HTML page is ingest's job. It returns an error wrapping
// ErrEmpty when no article text is left.
func (c *Cleaner) Clean(ctx context.Context, doc crosswire.Document) (crosswire.Article, error) {
	if err := ctx.Err(); err != nil {
		return crosswire.Article{}, fmt.Errorf("clean %s: %w", doc.Source, err)
	}
	hash := ContentHash(doc)
	a := crosswire.Article{
		ID:        hash[:idLength],
		Hash:      hash,
		Source:    doc.Source,
		URL:       strings.TrimSpace(doc.URL),
		Title:     collapseSpaces(normalise(doc.Title)),
		Outlet:    collapseSpaces(normalise(doc.Outlet)),
		Author:    collapseSpaces(normalise(doc.Author)),
		Published: doc.Published,
		Removed:   []crosswire.Removal{},
		Encoding:  doc.Encoding,
	}
	if a.Outlet == "" {
		a.Outlet = text.OutletOfURL(a.URL)
	}

	var paras []string
	var agency agencyFurniture
	take, wire := c.readWire(doc.Body)
	if wire {
		// Wire copy: header and furniture are metadata (see wire.go).
		take.apply(&a)
		paras = take.paras
	} else {
		// Agency furniture without a transmission header (see agency.go).
		paras = stripTitle(readAgencyHead(paragraphs(normalise(doc.Body)), &agency), &a.Title)
	}
	if t, v := stripHeadlineVersion(a.Title); v != "" {
		a.Title = t
		agency.setVersion(v)
	}
	original := strings.Join(paras, "\n\n")
	paras = stripLead(paras, &a.Removed)
	// The trailer is found before editor's inserts are cut out, so that
	// every recorded removal is a piece of the input as written.
	paras = c.stripTrailer(paras, &a.Removed)
	paras = stripEditorInserts(paras, &a.Removed)
	a.Text = strings.Join(paras, "\n\n")
	if n := placeRemovals(a.Removed, original, a.Text); n > 0 {
		c.log.Warn("removals not found where they were cut; placed at the end", "source", doc.Source, "count", n)
	}
	agency.apply(&a)
	if wire {
		a.Removed = take.around(a.Removed, len(a.Text))
	}
	// a text of no letter or digit ("...", a row of dashes) is no article
	// either: it would stand as a story of its own with nothing to check
	if !strings.ContainsFunc(a.Text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		return crosswire.Article{}, fmt.Errorf("clean %s: %w", doc.Source, ErrEmpty)
	}
	a.Subheads = subheadSpans(a.ID, a.Text, paras)
	a.Sentences = text.Sentences(a.ID, a.Text)

	if a.Published == nil {
		a.Published = publishedFromStamp(a.Removed)
	}
	a.PublishedPrecision = crosswire.PublishedPrecisionOf(a.Published)
	a.Language = languageCode(doc.Language)
	if a.Language == "" && strings.TrimSpace(doc.Language) != "" {
		c.log.Warn("unknown language, detected from the text instead", "source", doc.Source, "language", doc.Language)
	}
	if a.Language == "" {
		a.Language = c.lang.Detect(a.Text)
	}
	if len(a.Removed) > 0 {
		c.log.Debug("cleaned", "source", doc.Source, "removed", len(a.Removed))
	}
	return a, nil
}

// stripTitle drops a headline run into the start of the body: the document
// title repeated as the first paragraph or at its start, or, when the
// document has no title, a first paragraph that looks like a headline,
// which then becomes the title. The title is metadata, so it is not
// recorded as a removal.
func stripTitle(paras []string, title *string) []string {
	if len(paras) == 0 {
		return paras
	}
	if *title != "" {
		p, n := paras[0], len(*title)
		switch {
		case strings.EqualFold(p, *title) && len(paras) > 1:
			return paras[1:]
		case len(p) > n+1 && p[n] == ' ' && strings.EqualFold(p[:n], *title) && startsWithLead(p[n+1:]):
			// Main-text extraction can run the headline into the first
			// paragraph. Only cut it when a dateline or a stamp follows:
			// a lead sentence may well open with the headline's words.
			paras[0] = p[n+1:]
		}
		return paras
	}
	if len(paras) > 1 && headline(paras[0]) {
		*title = paras[0]
		return paras[1:]
	}
	return paras
}

// languageCode reduces a stated language to its ISO 639-1 code: a tag
// ("en-GB", "EN", "zh_Hans"), an ISO 639-2/3 code ("eng", "fra") or a
// language's English name ("English", "french"), as people write them in
// a header. "" for anything else — a language stated as "English" kept as
// "english" would set a version apart from its "en" copies as if it were
// a translation — so the caller detects it from the text instead.
func languageCode(stated string) string {
	tag := strings.TrimSpace(stated)
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	tag = strings.ToLower(tag)
	if tag == "" {
		return ""
	}
	if len(tag) <= 3 {
		if base, err := language.ParseBase(tag); err == nil {
			if code := base.String(); len(code) == 2 {
				return code
			}
		}
		return ""
	}
	for l, name := range whatlanggo.Langs {
		if strings.EqualFold(name, tag) {
			return l.Iso6391()
		}
	}
	return ""
}

// placeRemovals gives every removal the offset of the clean text where it
// was cut, and sorts them in reading order. clean is the text left when
// the removals (and the white space around them) are cut out of original,
// so one walk over both strings places each removal where original and
// clean part: at each offset of original, a removal not yet placed whose
// text starts there (and does not also start clean there) is a cut;
// otherwise matching bytes advance both, and white space or a stray
// separator ("|", "·") only in original advances original. Removals are
// placed in the order the walk meets them, so one passage cut twice is
// placed twice, each at its own cut. It returns how many removals were
// not found as written (placed at the end of clean; none, unless a rule
// records a removal that is not a piece of original).
func placeRemovals(removed []crosswire.Removal, original, clean string) int {
	if len(removed) == 0 {
		return 0
	}
	at := make([]int, len(removed)) // offset in original, -1 until placed
	for i := range at {
		at[i] = -1
	}
	// Removals by their first byte, so each offset looks only at the
	// removals that can start there: linear in the text however many
	// removals an article has.
	var byFirst [256][]int
	for i, r := range removed {
		if r.Text != "" {
			byFirst[r.Text[0]] = append(byFirst[r.Text[0]], i)
		}
	}
	left := len(removed)
	o, t := 0, 0
	for o < len(original) && left > 0 {
		cut := -1
		for _, i := range byFirst[original[o]] {
			r := removed[i]
			if at[i] < 0 && strings.HasPrefix(original[o:], r.Text) && !strings.HasPrefix(clean[t:], r.Text) {
				cut = i
				break
			}
		}
		switch {
		case cut >= 0:
			at[cut] = o
			removed[cut].Start, removed[cut].End = t, t
			o += len(removed[cut].Text)
			left--
		case t < len(clean) && original[o] == clean[t]:
			o++
			t++
		case t < len(clean) && isSpaceByte(clean[t]) && !isSpaceByte(original[o]):
			t++
		default:
			o++
		}
	}
	for i := range removed {
		if at[i] < 0 {
			at[i] = len(original)
			removed[i].Start, removed[i].End = len(clean), len(clean)
		}
	}
	idx := make([]int, len(removed))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool { return at[idx[i]] < at[idx[j]] })
	sorted := make([]crosswire.Removal, len(removed))
	for i, k := range idx {
		sorted[i] = removed[k]
	}
	copy(removed, sorted)
	return left
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' }

// startsWithLead reports whether p starts with a dateline or a metadata
// stamp.
func startsWithLead(p string) bool {
	if metadataLead.MatchString(p) {
		return true
	}
	_, _, ok := dateline(p)
	return ok
}
