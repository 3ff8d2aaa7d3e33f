package clean

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"

	"crosswire"
)

// ErrEmpty is returned by Clean when nothing of the article is left: an
// empty body, or a body that is all boilerplate.
var ErrEmpty = errors.New("no article text")

// Options configures a Cleaner. The zero value is ready to use.
type Options struct {
	// Language detects the language of documents that do not state one;
	// nil means Whatlang{}.
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
		c.lang = Whatlang{}
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
	}
	if a.Outlet == "" {
		a.Outlet = outletOfURL(a.URL)
	}

	paras := paragraphs(normalise(doc.Body))
	paras = c.stripTitle(paras, &a.Title)
	paras = stripLead(paras, &a.Removed)
	// Trailer and subheads are found before editor's inserts are cut out,
	// so that every recorded removal is a piece of the input as written.
	paras = c.stripTrailer(paras, &a.Removed)
	paras = stripSubheads(paras, &a.Removed, &a.Subheads)
	paras = stripEditorInserts(paras, &a.Removed)
	a.Text = strings.Join(paras, "\n\n")
	if strings.TrimSpace(a.Text) == "" {
		return crosswire.Article{}, fmt.Errorf("clean %s: %w", doc.Source, ErrEmpty)
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
// title repeated as the first paragraph, or, when the document has no
// title, a first paragraph that looks like a headline, which then becomes
// the title. The title is metadata, so it is not recorded as a removal.
func (c *Cleaner) stripTitle(paras []string, title *string) []string {
	if len(paras) < 2 {
		return paras
	}
	if *title != "" {
		if strings.EqualFold(paras[0], *title) {
			return paras[1:]
		}
		return paras
	}
	if headline(paras[0]) {
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
