package report

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosswire"
	"crosswire/crosscheck"
	"crosswire/text"
)

// DefaultStdinName is what text and Markdown call the input read from
// stdin ("-" in JSON, as the contract says) when Options.StdinName is
// empty.
const DefaultStdinName = "stdin"

// contextRunes bounds the quoted context shown for a span: about this many
// characters of text on either side of the span, cut at a word boundary;
// a span longer than maxQuoted is shown by its start.
const (
	contextRunes = 28
	maxQuoted    = 70
)

// DisplaySource is how text and Markdown name an input: as given, except
// stdin ("-", or "-#N" for line N of JSONL read from stdin), which is
// named stdinName (DefaultStdinName when empty).
func DisplaySource(source, stdinName string) string {
	if stdinName == "" {
		stdinName = DefaultStdinName
	}
	switch {
	case source == "-":
		return stdinName
	case strings.HasPrefix(source, "-#"):
		return stdinName + source[1:]
	}
	return source
}

// locator renders spans of one story for a reader: the version's name,
// the paragraph of its clean text, and a short quoted context. Byte
// offsets stay in JSON; a paragraph is what a reader can count in the
// article (a line number of the clean text would not match the input
// file's: headers, datelines and agency tags are cut from it).
type locator struct {
	// esc renders an article's words in the report's format (style.text).
	esc   func(string) string
	names map[string]string
	arts  map[string]*crosswire.Article
	paras map[string][]text.Range
	// lineage maps article IDs to the first version of their lineage
	// (crosscheck.Lineages): what independent support counts.
	lineage map[string]string
}

func newLocator(s *crosswire.Story, stdinName string, esc func(string) string) *locator {
	if esc == nil {
		esc = func(s string) string { return s }
	}
	l := &locator{
		esc:   esc,
		names: make(map[string]string, len(s.Articles)),
		arts:  make(map[string]*crosswire.Article, len(s.Articles)),
		paras: map[string][]text.Range{},
	}
	for i := range s.Articles {
		a := &s.Articles[i]
		name := a.Source
		if name == "" {
			name = a.ID
		}
		l.names[a.ID] = DisplaySource(name, stdinName)
		l.arts[a.ID] = a
	}
	// Versions one input names alike (two API posts without a URL, both
	// "api#1"; two JSONL lines or WARC captures of one URL) are told
	// apart by their ids, which JSON gives too.
	uses := make(map[string]int, len(l.names))
	for _, n := range l.names {
		uses[n]++
	}
	for id, n := range l.names {
		if uses[n] > 1 {
			n += " [" + shortID(id) + "]"
		}
		l.names[id] = esc(n)
	}
	l.lineage = crosscheck.Lineages(s.Articles)
	return l
}

// shortID is the first 8 characters of an article id: enough to tell
// the versions of one story apart.
func shortID(id string) string {
	if len(id) > 8 {
		return id[:8]
	}
	return id
}

// independent is a fact's independent support: its lineages
// (crosscheck.IndependentOf).
func (l *locator) independent(f crosswire.StoryFact) int {
	return crosscheck.IndependentOf(f, l.lineage)
}

// entityIndependent is the number of lineages naming an entity
// (crosscheck.EntityIndependentOf).
func (l *locator) entityIndependent(e crosswire.StoryEntity) int {
	return crosscheck.EntityIndependentOf(e, l.lineage)
}

// name is the display name of an article ID (the ID itself when the
// article is not in the story).
func (l *locator) name(id string) string {
	if n, ok := l.names[id]; ok {
		return n
	}
	return id
}

// paragraph is the 1-based paragraph of the article holding offset pos, and
// that paragraph's range; 0 when the article or offset is unknown.
func (l *locator) paragraph(a *crosswire.Article, pos int) (int, text.Range) {
	ps, ok := l.paras[a.ID]
	if !ok {
		ps = text.Paragraphs(a.Text)
		l.paras[a.ID] = ps
	}
	i := sort.Search(len(ps), func(i int) bool { return ps[i].End > pos })
	if i == len(ps) {
		return 0, text.Range{}
	}
	return i + 1, ps[i]
}

// place is "NAME, paragraph N" for a span, or just the name when the span
// does not fit its article's text.
func (l *locator) place(sp crosswire.Span) string {
	a := l.arts[sp.Article]
	if a == nil || !text.ValidSpan(a.Text, sp) {
		return l.name(sp.Article)
	}
	if n, _ := l.paragraph(a, sp.Start); n > 0 {
		return fmt.Sprintf("%s, paragraph %d", l.name(sp.Article), n)
	}
	return l.name(sp.Article)
}

// quote is the short quoted context of a span ("…27 passengers were
// injured…"), "" when the span does not fit its article's text.
func (l *locator) quote(sp crosswire.Span) string {
	a := l.arts[sp.Article]
	if a == nil || !text.ValidSpan(a.Text, sp) {
		return ""
	}
	_, p := l.paragraph(a, sp.Start)
	if p.End <= p.Start {
		p = text.Range{Start: 0, End: len(a.Text)}
	}
	return `"` + l.esc(contextOf(a.Text, sp.Start, sp.End, p)) + `"`
}

// contextOf is text[s:e] with a few words either side, within the
// paragraph p, cut at spaces, white space folded, "…" where cut.
func contextOf(t string, s, e int, p text.Range) string {
	if e-s > maxQuoted {
		// Show the start of a long span, cut at a space.
		cut := s + maxQuoted
		for cut > s && !utf8.RuneStart(t[cut]) {
			cut--
		}
		if sp := strings.LastIndexByte(t[s:cut], ' '); sp > maxQuoted/2 {
			cut = s + sp
		}
		pre := ""
		if s > p.Start {
			pre = "…"
		}
		return pre + fold(t[s:cut]) + "…"
	}
	// A longer span needs fewer words around it to be found: the budget
	// shrinks by half the span's length past 20 characters.
	side := max(0, contextRunes-(utf8.RuneCountInString(t[s:e])-20)/2)
	side = min(side, contextRunes)
	from := s
	for n := 0; from > p.Start && n < side; n++ {
		_, size := utf8.DecodeLastRuneInString(t[p.Start:from])
		from -= size
	}
	if from > p.Start {
		// Start after a space, so no word is cut in half.
		if i := strings.IndexFunc(t[from:s], unicode.IsSpace); i >= 0 {
			from += i + 1
		} else {
			from = s
		}
	}
	to := e
	for n := 0; to < p.End && n < side; n++ {
		_, size := utf8.DecodeRuneInString(t[to:p.End])
		to += size
	}
	if to < p.End {
		if i := strings.LastIndexFunc(t[e:to], unicode.IsSpace); i >= 0 {
			to = e + i
		} else {
			to = e
		}
	}
	var b strings.Builder
	if from > p.Start {
		b.WriteString("…")
	}
	b.WriteString(fold(t[from:to]))
	if to < p.End {
		b.WriteString("…")
	}
	return b.String()
}

// fold trims s and turns every run of white space into one space.
func fold(s string) string { return strings.Join(strings.Fields(s), " ") }

// sources renders the sources of a variant: one place per version (the
// first span of each), the versions quoting the same words folded onto
// one line ending in the quoted context ("a.txt, b.txt, paragraph 2:
// "…""). Each line is returned apart so the caller can indent them.
func (l *locator) sources(spans []crosswire.Span) []string {
	var groups []*sourceGroup
	byQuote := map[string]*sourceGroup{}
	seen := map[string]bool{}
	for _, sp := range spans {
		if seen[sp.Article] {
			continue
		}
		seen[sp.Article] = true
		q := l.quote(sp)
		g, ok := byQuote[q]
		if !ok || q == "" {
			g = &sourceGroup{quote: q}
			byQuote[q] = g
			groups = append(groups, g)
		}
		para := 0
		if a := l.arts[sp.Article]; a != nil && text.ValidSpan(a.Text, sp) {
			para, _ = l.paragraph(a, sp.Start)
		}
		g.names = append(g.names, l.name(sp.Article))
		g.paras = append(g.paras, para)
	}
	out := make([]string, 0, len(groups))
	for _, g := range groups {
		out = append(out, g.render())
	}
	return out
}

// sourceGroup is the versions stating a variant in the same words.
type sourceGroup struct {
	names []string
	paras []int // 0: unknown
	quote string
}

// render is one line of sources: "a.txt, b.txt, paragraph 2: "…"" when
// the versions share the paragraph, "a.txt, paragraph 2; b.txt,
// paragraph 3: "…"" when not.
func (g *sourceGroup) render() string {
	same := true
	for _, p := range g.paras {
		same = same && p == g.paras[0]
	}
	var line string
	switch {
	case same && g.paras[0] > 0:
		line = fmt.Sprintf("%s, paragraph %d", strings.Join(g.names, ", "), g.paras[0])
	default:
		parts := make([]string, len(g.names))
		for i, n := range g.names {
			parts[i] = n
			if g.paras[i] > 0 {
				parts[i] = fmt.Sprintf("%s, paragraph %d", n, g.paras[i])
			}
		}
		line = strings.Join(parts, "; ")
	}
	if g.quote != "" {
		line += ": " + g.quote
	}
	return line
}
