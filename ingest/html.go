package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"crosswire"
)

// HTMLDocument reduces an HTML page to a plain-text Document: main text in
// Body (paragraphs separated by blank lines, HTML false) and the page's
// metadata (title, author, published date, site name as Outlet, canonical
// URL, language). contentType is the Content-Type header when the page
// came over HTTP, or "". The error, when not nil, is the skip reason.
func HTMLDocument(source string, page []byte, contentType string) (crosswire.Document, error) {
	doc, reason := htmlDocument(source, page, contentType, slog.Default())
	if reason != "" {
		return doc, errors.New(reason)
	}
	return doc, nil
}

// htmlDocument is HTMLDocument with a logger and a plain reason.
func htmlDocument(source string, page []byte, contentType string, log *slog.Logger) (crosswire.Document, string) {
	// A page in a declared legacy charset (GBK, Shift_JIS, EUC-KR) is
	// mostly bytes that are neither UTF-8 nor Latin-1, which the binary
	// check reads as binary: such a page is checked once decoded.
	legacy := declaresLegacy(page, contentType)
	if !legacy && isBinary(page) {
		return crosswire.Document{}, ReasonBinary
	}
	text, enc, reason := decodeHTML(page, contentType)
	if reason != "" {
		return crosswire.Document{}, reason
	}
	if legacy && isBinary([]byte(text)) {
		return crosswire.Document{}, ReasonBinary
	}
	doc, reason := htmlText(source, text, log)
	doc.Encoding = enc
	doc.URL = pageURL(doc.URL, source)
	if reason == "" && strings.HasPrefix(enc, "utf-8,") {
		log.Warn("page is not valid UTF-8: bytes replaced with U+FFFD", "source", source, "encoding", enc)
	}
	return doc, reason
}

// pageURL is the page's own URL as declared (canonical, og:url) made
// absolute against source, the address the page was read from, when that
// is a web address; a relative URL with no web address to resolve it
// against, and anything but an http(s) URL, is no URL ("").
func pageURL(declared, source string) string {
	declared = strings.TrimSpace(declared)
	if declared == "" {
		return ""
	}
	u, err := url.Parse(declared)
	if err != nil {
		return ""
	}
	if !u.IsAbs() {
		if !isURL(source) {
			return ""
		}
		base, err := url.Parse(source)
		if err != nil {
			return ""
		}
		u = base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	return u.String()
}

// declaresLegacy reports whether a page declares, by its Content-Type or
// a <meta> charset in its first KiB, an encoding other than UTF-8 and the
// windows-1252 the binary check already reads as text (GBK, Shift_JIS,
// EUC-KR, ISO-8859-2…): DetermineEncoding names no other without a
// declaration (its guess is UTF-8 or windows-1252).
func declaresLegacy(page []byte, contentType string) bool {
	_, name, _ := charset.DetermineEncoding(page, contentType)
	return !hasUTF16BOM(page) && name != "" && name != "utf-8" && name != "windows-1252"
}

// htmlText extracts the document of a page already decoded to UTF-8.
func htmlText(source, text string, log *slog.Logger) (crosswire.Document, string) {
	if strings.TrimSpace(text) == "" {
		return crosswire.Document{}, ReasonEmpty
	}
	if len(text) > maxHTMLBytes || overElements(text, maxHTMLElements) {
		log.Warn("page too large for the HTML extractors: its body read as plain text", "source", source,
			"limit", fmt.Sprintf("%d elements or %s", maxHTMLElements, FormatSize(maxHTMLBytes)))
		return streamDocument(source, text)
	}
	root, err := html.Parse(strings.NewReader(text))
	if err != nil {
		// The parser refuses a page nested deeper than it builds (512
		// open elements: unclosed <b> or <font> tags, tables in tables);
		// a browser shows its text, and the streaming pass, which builds
		// no tree, reads it.
		log.Warn("page the HTML parser cannot build: its body read as plain text", "source", source, "err", err)
		return streamDocument(source, text)
	}
	if !hasProse(root) {
		// Only links and scripts: a page whose text a script builds
		// (its shell holds menus and a <noscript> notice) or a list of
		// links. Whatever an extractor takes from it is no report.
		if findFirst(root, atom.Script) != nil {
			return crosswire.Document{}, ReasonScriptedPage
		}
		return crosswire.Document{}, ReasonNoMainText
	}
	meta := pageMeta(root)
	tparas, tmeta := extractMain(root, log, source)
	doc := crosswire.Document{
		Source: source,
		Title:  firstNonEmpty(tmeta.Title, meta.Title),
		Author: firstNonEmpty(meta.Author, tmeta.Author),
		Outlet: firstNonEmpty(tmeta.Sitename, meta.Outlet),
		URL:    firstNonEmpty(meta.URL, tmeta.URL),
		// Only a declared language: trafilatura's guess from the text
		// (whatlanggo) misreads short pages; detection is cleaning's job.
		Language: meta.Language,
	}
	if meta.Published != nil {
		doc.Published = meta.Published
	} else if !tmeta.Date.IsZero() {
		t := tmeta.Date.UTC()
		doc.Published = &t
	}
	paras := choose(tparas, root, log, source)
	paras = dropHeadline(dedupe(paras), doc.Title)
	doc.Body = strings.Join(paras, "\n\n")
	if strings.TrimSpace(doc.Body) == "" {
		return crosswire.Document{}, ReasonNoMainText
	}
	return doc, ""
}

// streamDocument reads a page in one streaming pass (streamText): its
// metadata and the text of its body, for a page the extractors cannot
// take.
func streamDocument(source, text string) (crosswire.Document, string) {
	paras, meta := streamText(text)
	doc := crosswire.Document{Source: source, Title: meta.Title, Author: meta.Author, Outlet: meta.Outlet,
		URL: meta.URL, Language: meta.Language, Published: meta.Published}
	doc.Body = strings.Join(dropHeadline(dedupe(paras), doc.Title), "\n\n")
	if strings.TrimSpace(doc.Body) == "" {
		return crosswire.Document{}, ReasonNoMainText
	}
	return doc, ""
}

// decodeHTML turns page bytes into UTF-8 text. The encoding is the one the
// BOM, the Content-Type header or a <meta charset> declares (looked up with
// the WHATWG names of golang.org/x/text/encoding/htmlindex, through
// x/net/html/charset). Valid UTF-8 is kept as is even when a legacy
// charset is declared — a mislabelled UTF-8 page is far more common than a
// Latin-1 page that happens to be valid UTF-8. A page with no declaration
// that is not UTF-8 is read as Windows-1252, the web's default. A page
// that declares UTF-8 but is not is read as Windows-1252 when it is
// clearly Latin-1, with U+FFFD for a few stray bytes, and skipped
// otherwise.
func decodeHTML(page []byte, contentType string) (text, enc, reason string) {
	e, name, _ := charset.DetermineEncoding(page, contentType)
	if strings.HasPrefix(name, "utf-16") && hasUTF16BOM(page) {
		out, err := e.NewDecoder().Bytes(page)
		if err != nil {
			return "", "", ReasonInvalidUTF8
		}
		return string(out), name, ""
	}
	page = bytes.TrimPrefix(page, utf8BOM)
	if utf8.Valid(page) {
		return string(page), "", ""
	}
	if name == "utf-8" && !looksLegacy(page) {
		// Real pages declared UTF-8 often carry a few stray bytes
		// (a pasted Latin-1 quote, a truncated sequence); browsers show
		// U+FFFD for them. Up to one bad byte per thousand is replaced
		// the same way (and said in Encoding); more means the page is not UTF-8 at all.
		// The page says so in its Encoding ("utf-8, 2 invalid bytes
		// replaced"): a replaced byte may have been a letter of a name.
		if bad := invalidBytes(page); bad*1000 <= len(page) {
			return strings.ToValidUTF8(string(page), "\uFFFD"), replacedEncoding(bad), ""
		}
		return "", "", ReasonInvalidUTF8
	}
	if name == "utf-8" {
		e, name, _ = charset.DetermineEncoding(page, "text/html; charset=windows-1252")
	}
	out, err := e.NewDecoder().Bytes(page)
	if err != nil || !utf8.Valid(out) {
		return "", "", ReasonInvalidUTF8
	}
	return string(out), name, ""
}

// replacedEncoding is the Encoding of a UTF-8 page whose bad invalid
// bytes were replaced with U+FFFD.
func replacedEncoding(bad int) string {
	if bad == 1 {
		return "utf-8, 1 invalid byte replaced"
	}
	return fmt.Sprintf("utf-8, %d invalid bytes replaced", bad)
}

// invalidBytes counts the bytes of b that are not part of valid UTF-8.
func invalidBytes(b []byte) int {
	n := 0
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			n++
		}
		i += size
	}
	return n
}

// decodeCharset turns a text body fetched over HTTP into UTF-8 by its
// Content-Type charset, or by decodeText's rules when none is given.
func decodeCharset(body []byte, contentType string) ([]byte, string, error) {
	if strings.Contains(strings.ToLower(contentType), "charset=") {
		enc, name, _ := charset.DetermineEncoding(body, contentType)
		if name != "utf-8" {
			out, err := enc.NewDecoder().Bytes(body)
			if err != nil {
				return nil, "", errors.New(ReasonInvalidUTF8)
			}
			return out, name, nil
		}
	}
	return body, "", nil
}

// extractMain runs trafilatura on the page and splits its main content into
// paragraphs. Trafilatura is the primary extractor by measurement (see
// README.md and TestExtractionQuality). Any panic inside the library is
// turned into "no result" so that the readable-text walk takes over: a
// malformed page must never stop a run.
func extractMain(root *html.Node, log *slog.Logger, source string) (paras []string, meta trafilatura.Metadata) {
	defer func() {
		if p := recover(); p != nil {
			log.Warn("HTML extractor failed, using the readable-text walk", "source", source, "panic", fmt.Sprint(p))
			paras = nil
		}
	}()
	res, err := trafilatura.ExtractDocument(root, trafilaturaOptions())
	if err != nil || res == nil {
		return nil, meta
	}
	if res.ContentNode != nil {
		paras = blockText(res.ContentNode, nil)
	}
	if len(paras) == 0 && strings.TrimSpace(res.ContentText) != "" {
		paras = splitParagraphs(res.ContentText)
	}
	return paras, res.Metadata
}

// choose picks the main text. Trafilatura's is taken, with the prose
// blocks it left out beside its paragraphs put back (withSiblingBlocks),
// unless it is
// empty, merged (one paragraph holding another whole paragraph: its
// baseline rescue concatenated the page on top of the extracted
// paragraphs, seen on <br>-separated layouts) or flattened (one paragraph
// that another extractor finds split into several, headline run in). Then
// go-readability's text is taken, and the readable-text walk is the last
// resort. The order follows TestExtractionRealWorld: on go-trafilatura's
// 960-page benchmark trafilatura scores F1 0.909, go-readability 0.883 and
// the walk 0.783 (README.md has the table).
func choose(tparas []string, root *html.Node, log *slog.Logger, source string) []string {
	if len(tparas) > 0 && !merged(tparas) && len(tparas) > 1 {
		return withSiblingBlocks(tparas, root)
	}
	rparas := readabilityText(root, log, source)
	switch {
	case len(tparas) == 0 && len(rparas) > 0:
		return rparas
	case len(tparas) > 1: // merged
		if len(rparas) > 0 {
			return rparas
		}
		return tparas
	case len(tparas) == 1:
		if len(rparas) > 1 && sameText(tparas, rparas) {
			return rparas
		}
		if walk := readableText(root); len(walk) > 1 && sameText(tparas, walk) {
			return walk
		}
		return tparas
	}
	return readableText(root)
}

// merged reports whether one paragraph contains another whole paragraph
// of 40 bytes or more.
func merged(paras []string) bool {
	for i, p := range paras {
		if len(p) < 40 {
			continue
		}
		for j, q := range paras {
			if i != j && len(q) > len(p) && strings.Contains(q, p) {
				return true
			}
		}
	}
	return false
}

// readabilityText runs go-readability (readeck's maintained fork of the
// Mozilla Readability port) on a copy of the page.
func readabilityText(root *html.Node, log *slog.Logger, source string) (paras []string) {
	defer func() {
		if p := recover(); p != nil {
			log.Warn("readability failed", "source", source, "panic", fmt.Sprint(p))
			paras = nil
		}
	}()
	parser := readability.NewParser()
	art, err := parser.ParseDocument(root, nil)
	if err != nil || art.Node == nil {
		return nil
	}
	return blockText(art.Node, nil)
}

// trafilaturaOptions are the extraction settings: comments excluded,
// tables kept (results tables carry figures), the library's own fallback
// (readability and DOM distiller) enabled because it raised recall on the
// test pages at no loss of precision, and the fast date mode because
// Extensive runs go-dateparser's regular expressions for every page.
func trafilaturaOptions() trafilatura.Options {
	return trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
		Deduplicate:     true,
		HtmlDateMode:    trafilatura.Fast,
	}
}

// splitParagraphs splits extracted text on newlines into trimmed
// non-empty paragraphs.
func splitParagraphs(text string) []string {
	var out []string
	for _, p := range strings.Split(text, "\n") {
		if p = collapseSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// dropHeadline removes the headline from the head of the text: trafilatura
// may return it as the first paragraph or run it into the first paragraph.
// The title is kept in Document.Title.
func dropHeadline(paras []string, title string) []string {
	title = collapseSpace(title)
	if title == "" || len(paras) == 0 {
		return paras
	}
	first := paras[0]
	switch {
	case strings.EqualFold(first, title):
		return paras[1:]
	case len(first) > len(title) && strings.EqualFold(first[:len(title)], title):
		rest := strings.TrimSpace(first[len(title):])
		// Only a run-in: the remainder starts like a sentence.
		if r, _ := utf8.DecodeRuneInString(rest); r != utf8.RuneError && (r >= 'A' && r <= 'Z' || r > 127) {
			out := append([]string{rest}, paras[1:]...)
			return out
		}
	}
	return paras
}

// sameText reports whether two paragraph lists hold the same text, white
// space aside.
func sameText(a, b []string) bool {
	squeeze := func(ps []string) string {
		return strings.Join(strings.Fields(strings.Join(ps, "")), "")
	}
	return squeeze(a) == squeeze(b)
}

// dedupe drops a paragraph that repeats the one before it, and any later
// repeat of a paragraph of 40 bytes or more: extractors that merge several
// candidates can return the same text twice, and a real article does not
// repeat a whole paragraph.
func dedupe(paras []string) []string {
	seen := make(map[string]bool, len(paras))
	out := paras[:0:0]
	for i, p := range paras {
		if i > 0 && p == paras[i-1] || len(p) >= 40 && seen[p] {
			continue
		}
		seen[p] = true
		out = append(out, p)
	}
	return out
}

// collapseSpace trims s and collapses runs of white space into one space.
func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// inlineTags are the elements that continue the current paragraph; every
// other element starts a new one.
var inlineTags = map[string]bool{
	"a": true, "abbr": true, "b": true, "bdi": true, "bdo": true, "cite": true, "code": true,
	"data": true, "dfn": true, "em": true, "font": true, "hi": true, "i": true, "kbd": true,
	"mark": true, "q": true, "ref": true, "s": true, "samp": true, "small": true, "span": true,
	"strong": true, "sub": true, "sup": true, "time": true, "tt": true, "u": true, "var": true,
	"del": true, "ins": true, "label": true, "wbr": true,
}

// skipTags are never read as text.
var skipTags = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "svg": true,
	"iframe": true, "button": true, "select": true, "option": true, "textarea": true,
	"input": true, "canvas": true, "object": true, "embed": true,
	"map": true, "audio": true, "video": true,
}

// blockText walks n and returns its text as paragraphs: one per block
// element, inline elements joined. skip, when set, says which elements to
// leave out whole.
func blockText(n *html.Node, skip func(*html.Node) bool) []string {
	var paras []string
	var cur strings.Builder
	flush := func() {
		if p := collapseSpace(cur.String()); p != "" {
			paras = append(paras, p)
		}
		cur.Reset()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			if skipTags[n.Data] || (skip != nil && skip(n)) {
				return
			}
			if n.DataAtom == atom.Br {
				cur.WriteString(" ")
				return
			}
			if !inlineTags[n.Data] {
				flush()
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					walk(c)
				}
				flush()
				return
			}
		case html.CommentNode:
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	flush()
	return paras
}

// noiseWords in a class or id mark page furniture for the readable-text walk.
var noiseWords = []string{"nav", "menu", "footer", "header", "sidebar", "comment", "share", "social",
	"related", "newsletter", "cookie", "subscribe", "promo", "advert", "banner", "breadcrumb", "masthead"}

// hasProse reports whether the page's body holds any text outside links,
// navigation and the elements never read as text (skipTags: scripts,
// <noscript>, forms' controls): a letter or a digit. Every report has
// some; the shell of a page a script fills in has none.
func hasProse(root *html.Node) bool {
	body := findFirst(root, atom.Body)
	if body == nil {
		body = root
	}
	for _, p := range blockText(body, func(n *html.Node) bool { return n.DataAtom == atom.A || n.DataAtom == atom.Nav }) {
		if strings.ContainsFunc(p, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			return true
		}
	}
	return false
}

// readableText is the fallback extractor: the text of <article>, else
// <main>, else <body>, leaving out navigation, headers, footers, asides,
// forms and elements whose class or id names page furniture.
func readableText(root *html.Node) []string {
	scope := findFirst(root, atom.Article)
	if scope == nil {
		scope = findFirst(root, atom.Main)
	}
	if scope == nil {
		scope = findFirst(root, atom.Body)
	}
	if scope == nil {
		scope = root
	}
	return blockText(scope, func(n *html.Node) bool { return furniture(n, noiseWords) })
}

// furniture reports whether an element is page furniture: navigation, a
// header, footer, aside, form, figure or the head, an element whose ARIA
// role says so, or one whose class or id holds one of words.
func furniture(n *html.Node, words []string) bool {
	switch n.DataAtom {
	case atom.Nav, atom.Header, atom.Footer, atom.Aside, atom.Form, atom.Head, atom.Figure, atom.Title:
		return true
	}
	if role := attr(n, "role"); role == "navigation" || role == "banner" || role == "contentinfo" || role == "complementary" {
		return true
	}
	names := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	for _, w := range words {
		if strings.Contains(names, w) {
			return true
		}
	}
	return false
}

func findFirst(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findFirst(c, a); f != nil {
			return f
		}
	}
	return nil
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// htmlMeta is the metadata read straight from a page's head: it backs up
// trafilatura's and takes precedence for the fields where the page's own
// declaration is more exact (canonical URL, lang attribute, author and
// published meta tags).
type htmlMeta struct {
	Title, Author, Outlet, URL, Language string
	Published                            *time.Time
}

// pageMeta reads <title>, <html lang>, <link rel=canonical> and the usual
// meta tags (OpenGraph, article:*, name=author, dc.*).
func pageMeta(root *html.Node) htmlMeta {
	var m htmlMeta
	var h1 string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				m.Language = firstNonEmpty(m.Language, strings.TrimSpace(attr(n, "lang")))
			case atom.Title:
				if m.Title == "" && n.FirstChild != nil {
					m.Title = collapseSpace(n.FirstChild.Data)
				}
			case atom.H1:
				if h1 == "" {
					h1 = collapseSpace(strings.Join(blockText(n, nil), " "))
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") {
					m.URL = firstNonEmpty(m.URL, strings.TrimSpace(attr(n, "href")))
				}
			case atom.Meta:
				key := strings.ToLower(firstNonEmpty(attr(n, "property"), firstNonEmpty(attr(n, "name"), attr(n, "itemprop"))))
				val := strings.TrimSpace(attr(n, "content"))
				switch key {
				case "og:title":
					if val != "" {
						m.Title = val
					}
				case "author", "article:author", "dc.creator", "byl", "parsely-author":
					if !strings.HasPrefix(val, "http") {
						m.Author = firstNonEmpty(m.Author, strings.TrimPrefix(val, "By "))
					}
				case "og:site_name", "application-name", "publisher":
					m.Outlet = firstNonEmpty(m.Outlet, val)
				case "og:url":
					m.URL = firstNonEmpty(m.URL, val)
				case "article:published_time", "datepublished", "date", "dc.date", "dc.date.issued",
					"pubdate", "publishdate", "sailthru.date", "parsely-pub-date":
					if m.Published == nil {
						m.Published = ParseDate(val)
					}
				case "og:locale", "language", "content-language":
					if m.Language == "" && val != "" {
						m.Language = strings.ReplaceAll(val, "_", "-")
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	if h1 != "" && (m.Title == "" || strings.Contains(m.Title, h1)) {
		// "<title>Headline | Outlet</title>": the h1 is the clean headline.
		m.Title = h1
	}
	return m
}
