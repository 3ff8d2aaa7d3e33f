package clean

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"sort"
	"strings"

	"crosswire"
)

// ErrEmpty is returned by Clean when nothing of the article is left: an
// empty body, or a body that is all boilerplate.
var ErrEmpty = errors.New("no article text")

// Options configures a Cleaner. The zero value is ready to use.
type Options struct {
	// Language detects the language of documents that do not state one;
	// nil means EnglishShortcut{Next: Whatlang{}}.
	Language LanguageDetector
	// Log receives debug records of what was removed; nil means
	// slog.Default().
	Log *slog.Logger
}

// Cleaner implements crosswire.Cleaner. It is safe for concurrent use.
type Cleaner struct {
	lang  LanguageDetector
	log   *slog.Logger
	vocab vocabulary
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
	return c
}

// Clean turns a document into an article: normalised text with the
// boilerplate stripped and recorded in Removed, subheads kept aside, title,
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
		a.Outlet = outletOfURL(a.URL)
	}

	paras := paragraphs(normalise(doc.Body))
	paras = stripTitle(paras, &a.Title)
	original := strings.Join(paras, "\n\n")
	paras = stripLead(paras, &a.Removed)
	// Trailer and subheads are found before editor's inserts are cut out,
	// so that every recorded removal is a piece of the input as written.
	paras = c.stripTrailer(paras, &a.Removed)
	paras = stripSubheads(paras, &a.Removed, &a.Subheads)
	paras = stripEditorInserts(paras, &a.Removed)
	a.Text = strings.Join(paras, "\n\n")
	inReadingOrder(a.Removed, original)
	if strings.TrimSpace(a.Text) == "" {
		return crosswire.Article{}, fmt.Errorf("clean %s: %w", doc.Source, ErrEmpty)
	}

	if a.Published == nil {
		a.Published = publishedFromStamp(a.Removed)
	}
	a.Language = languageCode(doc.Language)
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

// outletOfURL names an outlet by the host of its URL, without "www.".
func outletOfURL(raw string) string {
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// languageCode reduces a stated language tag ("en-GB", "EN", "zh_Hans") to
// its lower-case primary subtag.
func languageCode(tag string) string {
	tag = strings.TrimSpace(tag)
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	return strings.ToLower(tag)
}

// inReadingOrder sorts removals by where they stood in the text, so a
// report lists them as a reader meets them.
func inReadingOrder(removed []crosswire.Removal, text string) {
	pos := make(map[string]int, len(removed))
	for _, r := range removed {
		if _, ok := pos[r.Text]; !ok {
			pos[r.Text] = strings.Index(text, r.Text)
		}
	}
	sort.SliceStable(removed, func(i, j int) bool { return pos[removed[i].Text] < pos[removed[j].Text] })
}

// startsWithLead reports whether p starts with a dateline or a metadata
// stamp.
func startsWithLead(p string) bool {
	if metadataLead.MatchString(p) {
		return true
	}
	_, _, ok := dateline(p)
	return ok
}
