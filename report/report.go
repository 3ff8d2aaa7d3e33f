// Package report renders a crosswire.Report for people and programs: plain
// text for the terminal, Markdown for notes and tickets, and JSON — the
// public contract documented by schema/report.schema.json.
package report

import (
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/width"

	"crosswire"
	"crosswire/crosscheck"
	"crosswire/text"
)

// Formats accepted by Write.
const (
	FormatText     = "text"
	FormatMarkdown = "markdown"
	FormatJSON     = "json"
)

// ErrFormat is returned for an unknown format name.
var ErrFormat = fmt.Errorf("unknown format (want %s, %s or %s)", FormatText, FormatMarkdown, FormatJSON)

// Options tune the human-readable formats.
type Options struct {
	// Explain, when set, renders the aligned sentences behind a
	// discrepancy (a word-level diff); its text is printed under the
	// discrepancy in text and Markdown output.
	Explain func(s *crosswire.Story, d crosswire.Discrepancy) string
	// MaxFacts caps the facts listed per status in text and Markdown (0:
	// 12). AllFacts lifts the cap.
	MaxFacts int
	// AllFacts lists every fact in text and Markdown: no cap, and the
	// unique claims left out by default (see UniqueClaimsNote) listed too.
	AllFacts bool
	// StdinName is what text and Markdown call the input read from stdin
	// (JSON keeps "-"); "" means DefaultStdinName.
	StdinName string
	// Evidence shows, under each derived or independent version's
	// relation in words, the grouping's measures behind it
	// (Article.Evidence).
	Evidence bool
	// MaxEntities caps the entities listed per story in text and Markdown
	// (0: 10).
	MaxEntities int
	// Now is the time of the run: text and Markdown flag a version
	// published more than a day after it (crosswire.FarFuture), a date
	// the store does not order stories by. Zero flags nothing.
	Now time.Time
}

// Write renders r in the given format.
func Write(w io.Writer, format string, r *crosswire.Report, opt Options) error {
	switch format {
	case FormatJSON:
		return WriteJSON(w, r)
	case FormatText, "":
		return writeText(w, r, opt, textStyle)
	case FormatMarkdown, "md":
		return writeText(w, r, opt, markdownStyle)
	}
	return fmt.Errorf("%q: %w", format, ErrFormat)
}

// Normalize replaces nil slices by empty ones so the JSON has [] where the
// contract promises an array, never null.
func Normalize(r *crosswire.Report) {
	if r.Stories == nil {
		r.Stories = []crosswire.Story{}
	}
	if r.Skipped == nil {
		r.Skipped = []crosswire.Skip{}
	}
	for i := range r.Stories {
		NormalizeStory(&r.Stories[i])
	}
}

// NormalizeStory replaces a story's nil slices by empty ones, and gives
// the facts and entities of a story written before independent_support
// (0 there) the lineages of their spans' articles
// (crosscheck.IndependentOf, crosscheck.EntityIndependentOf): the JSON
// then says what text, Markdown and the web UI say of an older stored
// story.
func NormalizeStory(s *crosswire.Story) {
	var lin map[string]string
	lineages := func() map[string]string {
		if lin == nil {
			lin = crosscheck.Lineages(s.Articles)
		}
		return lin
	}
	for j := range s.Facts {
		if f := &s.Facts[j]; f.IndependentSupport == 0 && f.Support > 0 {
			f.IndependentSupport = crosscheck.IndependentOf(*f, lineages())
		}
	}
	for j := range s.Entities {
		if e := &s.Entities[j]; e.IndependentSupport == 0 && e.Support > 0 {
			e.IndependentSupport = crosscheck.EntityIndependentOf(*e, lineages())
		}
	}
	if s.Articles == nil {
		s.Articles = []crosswire.Article{}
	}
	if s.Facts == nil {
		s.Facts = []crosswire.StoryFact{}
	}
	if s.Discrepancies == nil {
		s.Discrepancies = []crosswire.Discrepancy{}
	}
	if s.Entities == nil {
		s.Entities = []crosswire.StoryEntity{}
	}
	for j := range s.Entities {
		if s.Entities[j].Forms == nil {
			s.Entities[j].Forms = []string{}
		}
		if s.Entities[j].Mentions == nil {
			s.Entities[j].Mentions = []crosswire.Span{}
		}
	}
	for j := range s.Articles {
		if s.Articles[j].Removed == nil {
			s.Articles[j].Removed = []crosswire.Removal{}
		}
	}
	for j := range s.Facts {
		if s.Facts[j].Sources == nil {
			s.Facts[j].Sources = []crosswire.Span{}
		}
	}
	for j := range s.Discrepancies {
		for k := range s.Discrepancies[j].Variants {
			if s.Discrepancies[j].Variants[k].Sources == nil {
				s.Discrepancies[j].Variants[k].Sources = []crosswire.Span{}
			}
		}
	}
}

// WriteJSON writes the report as indented JSON following the contract.
func WriteJSON(w io.Writer, r *crosswire.Report) error {
	Normalize(r)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("encode report: %w", err)
	}
	return nil
}

// style abstracts the few places where text and Markdown differ.
type style struct {
	h1, h2, h3 func(string) string
	item       string
	sub        string
	subsub     string
	note       func(string) string
	code       func(string) string
	// text renders words an article brought (titles, outlets, source
	// names, quoted context, subjects, entity names) as they are written:
	// as is in text, escaped in Markdown so that none of it becomes a
	// link, raw HTML or emphasis.
	text func(string) string
}

var textStyle = style{
	h1:     func(s string) string { return s + "\n" + strings.Repeat("=", min(columns(s), 78)) },
	h2:     func(s string) string { return "\n" + s + "\n" + strings.Repeat("-", min(columns(s), 78)) },
	h3:     func(s string) string { return "\n  " + s },
	item:   "  ",
	sub:    "      ",
	subsub: "          ",
	note:   func(s string) string { return "  (" + s + ")" },
	code:   func(s string) string { return s },
	text:   func(s string) string { return s },
}

// columns is how wide s shows on a terminal, for underlining it: East
// Asian wide and fullwidth characters take two columns, combining marks
// and format characters none, every other character one (a byte count
// would underline "é" twice and a CJK character three times).
func columns(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		case width.LookupRune(r).Kind() == width.EastAsianWide, width.LookupRune(r).Kind() == width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

var markdownStyle = style{
	h1:     func(s string) string { return "# " + s },
	h2:     func(s string) string { return "\n## " + s },
	h3:     func(s string) string { return "\n### " + s + "\n" },
	item:   "- ",
	sub:    "  - ",
	subsub: "    - ",
	note:   func(s string) string { return "\n_(" + s + ")_" },
	code:   func(s string) string { return "`" + strings.ReplaceAll(s, "`", "'") + "`" },
	text:   markdownEscape,
}

// markdownEscaper backslash-escapes the characters that make Markdown
// (CommonMark, GitHub's) of plain words: emphasis, code, links and
// images, raw HTML and autolinks, entities, strike-through.
var markdownEscaper = strings.NewReplacer(`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", `\<`, ">", `\>`, "&", `\&`, "~", `\~`)

// ansiSGR matches the colour codes --color always puts in --explain's
// lines: kept as they are, not escaped into text.
var ansiSGR = regexp.MustCompile("\x1b\\[[0-9;]*m")

// markdownEscape is text as Markdown shows it as written.
func markdownEscape(s string) string {
	if !strings.Contains(s, "\x1b[") {
		return markdownEscaper.Replace(s)
	}
	var b strings.Builder
	last := 0
	for _, m := range ansiSGR.FindAllStringIndex(s, -1) {
		b.WriteString(markdownEscaper.Replace(s[last:m[0]]))
		b.WriteString(s[m[0]:m[1]])
		last = m[1]
	}
	b.WriteString(markdownEscaper.Replace(s[last:]))
	return b.String()
}

func writeText(w io.Writer, r *crosswire.Report, opt Options, st style) error {
	ew := &errWriter{w: w}
	nArticles := 0
	for _, s := range r.Stories {
		nArticles += len(s.Articles)
	}
	head := fmt.Sprintf("crosswire: %d %s from %d %s", len(r.Stories), plural(len(r.Stories), "story", "stories"), nArticles, plural(nArticles, "article", "articles"))
	if n := len(r.Duplicates); n > 0 {
		head += fmt.Sprintf(" (%d %s)", n, plural(n, "duplicate input", "duplicate inputs"))
	}
	ew.printf("%s\n", st.h1(head))
	numbers := make(map[string]int, len(r.Stories))
	for i, s := range r.Stories {
		numbers[s.ID] = i + 1
	}
	for i := range r.Stories {
		writeStory(ew, &r.Stories[i], i+1, opt, st)
		writeRelated(ew, &r.Stories[i], r.Stories, numbers, st)
	}
	if len(r.Duplicates) > 0 {
		ew.printf("%s\n", st.h2(fmt.Sprintf("Duplicate inputs (%d): analysed once, as the source they repeat", len(r.Duplicates))))
		for _, d := range r.Duplicates {
			ew.printf("%s%s: same content as %s\n", st.item, st.text(DisplaySource(d.Source, opt.StdinName)), st.text(DisplaySource(d.SameAs, opt.StdinName)))
		}
	}
	if len(r.Skipped) > 0 {
		ew.printf("%s\n", st.h2(fmt.Sprintf("Skipped inputs (%d)", len(r.Skipped))))
		for _, s := range r.Skipped {
			ew.printf("%s%s: %s\n", st.item, st.text(DisplaySource(s.Source, opt.StdinName)), st.text(s.Reason))
		}
	}
	return ew.err
}

func writeStory(ew *errWriter, s *crosswire.Story, n int, opt Options, st style) {
	loc := newLocator(s, opt.StdinName, st.text)
	title := st.text(s.Title)
	if title == "" {
		title = "(untitled)"
	}
	ew.printf("%s\n", st.h2(fmt.Sprintf("Story %d: %s  [%s, %d %s]", n, title, s.ID, len(s.Articles), plural(len(s.Articles), "version", "versions"))))

	ew.printf("%s\n", st.h3("Versions"))
	for _, a := range s.Articles {
		line := fmt.Sprintf("%-11s %s", a.Role, loc.name(a.ID))
		var meta []string
		if a.Outlet != "" {
			meta = append(meta, st.text(a.Outlet))
		}
		if a.Published != nil {
			meta = append(meta, PublishedString(a.Published))
		}
		if a.Language != "" && a.Language != "en" {
			meta = append(meta, "lang "+a.Language)
		}
		if a.Reuse != nil {
			meta = append(meta, fmt.Sprintf("reuse %.0f%%", 100**a.Reuse))
		}
		if len(meta) > 0 {
			line += " (" + strings.Join(meta, ", ") + ")"
		}
		ew.printf("%s%s\n", st.item, line)
		if crosswire.FarFuture(a.Published, opt.Now) {
			ew.printf("%swarning: published more than a day after this run (%s): a wrong date, not used to order stories\n",
				st.sub, opt.Now.UTC().Format(time.DateOnly))
		}
		switch {
		case a.DerivedFrom != nil:
			ew.printf("%sfrom %s — %s\n", st.sub, loc.name(*a.DerivedFrom), st.text(derivationWords(&a, loc.arts[*a.DerivedFrom])))
			if opt.Evidence && a.Evidence != "" {
				ew.printf("%smeasured: %s\n", st.sub, st.text(a.Evidence))
			}
		case a.Role == crosswire.RoleIndependent:
			ew.printf("%s%s\n", st.sub, independentWords)
			if opt.Evidence && a.Evidence != "" {
				ew.printf("%smeasured: %s\n", st.sub, st.text(a.Evidence))
			}
		case a.Evidence != "":
			ew.printf("%s%s\n", st.sub, st.text(a.Evidence))
		}
		if len(a.Removed) > 0 {
			ew.printf("%sremoved: %s\n", st.sub, removedReasons(a.Removed))
		}
	}

	writeDiscrepancies(ew, s, loc, opt, st)
	writeFacts(ew, s.Facts, loc, opt, st)
	writeEntities(ew, s.Entities, loc, opt, st)
}

// writeRelated names the other stories of the same affair (follow-ups,
// the next hearing) as JSON's related and the web UI do: by number and
// title when the report holds them, else by id (a report of one stored
// removedReasons lists the reasons of a version's removals, each once in
// the order first cut, with how many pieces when more than one
// ("metadata (3), dateline").
func removedReasons(removed []crosswire.Removal) string {
	var order []string
	n := map[string]int{}
	for _, r := range removed {
		if n[r.Reason] == 0 {
			order = append(order, r.Reason)
		}
		n[r.Reason]++
	}
	for i, r := range order {
		if n[r] > 1 {
			order[i] = fmt.Sprintf("%s (%d)", r, n[r])
		}
	}
	return strings.Join(order, ", ")
}

// story; 'crosswire show ID' prints it).
func writeRelated(ew *errWriter, s *crosswire.Story, stories []crosswire.Story, numbers map[string]int, st style) {
	if len(s.Related) == 0 {
		return
	}
	names := make([]string, 0, len(s.Related))
	for _, id := range s.Related {
		n, ok := numbers[id]
		if !ok {
			names = append(names, st.code(id))
			continue
		}
		title := st.text(stories[n-1].Title)
		if title == "" {
			title = "(untitled)"
		}
		names = append(names, fmt.Sprintf("Story %d “%s” [%s]", n, title, st.code(id)))
	}
	ew.printf("%s\n", st.h3("Same affair, told as other stories (not versions of this one)"))
	for _, name := range names {
		ew.printf("%s%s\n", st.item, name)
	}
}

// writeDiscrepancies lists the discrepancies, most costly first (the
// order the checker ranked them in): each variant with where each version
// states it and the words around it.
func writeDiscrepancies(ew *errWriter, s *crosswire.Story, loc *locator, opt Options, st style) {
	if len(s.Discrepancies) == 0 {
		ew.printf("%s\n", st.h3("Discrepancies: none found"))
		return
	}
	ew.printf("%s\n", st.h3(fmt.Sprintf("Discrepancies (%d)", len(s.Discrepancies))))
	for i, d := range s.Discrepancies {
		ew.printf("%s%d. [%s %s] %s\n", st.item, i+1, strings.ToUpper(string(d.Severity)), d.Kind, st.text(d.Subject))
		for _, v := range d.Variants {
			lines := loc.sources(v.Sources)
			first := ""
			if len(lines) > 0 {
				first = " — " + lines[0]
			}
			ew.printf("%s%s%s\n", st.sub, st.code(quoteValue(v.Shown())), first)
			for _, l := range lines[min(1, len(lines)):] {
				ew.printf("%salso %s\n", st.subsub, l)
			}
		}
		if opt.Explain != nil {
			if ex := strings.TrimRight(opt.Explain(s, d), "\n"); ex != "" {
				for _, line := range strings.Split(ex, "\n") {
					ew.printf("%s%s\n", st.sub, st.text(line))
				}
			}
		}
	}
}

// copiesWords names the other versions a unique fact's spans are in —
// the copies of its one source, which add no support (so the fact is
// unique) but state it all the same — and quotes a copy's words where
// they differ from the first source's (a copy that changed a figure the
// checker read as the same fact).
func copiesWords(f crosswire.StoryFact, loc *locator) string {
	var also, differ []string
	seen := map[string]bool{f.Sources[0].Article: true}
	for _, sp := range f.Sources[1:] {
		if seen[sp.Article] {
			continue
		}
		seen[sp.Article] = true
		if sp.Text == f.Sources[0].Text {
			also = append(also, loc.name(sp.Article))
		} else {
			differ = append(differ, loc.name(sp.Article)+" writes "+loc.esc(quoteValue(sp.Text)))
		}
	}
	var parts []string
	if len(also) > 0 {
		parts = append(parts, "also in "+strings.Join(also, ", "))
	}
	parts = append(parts, differ...)
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, "; ") + ")"
}

// UniqueClaimsNote says, under the facts of a story, why its unique
// claims are not listed by default and how to list them.
const UniqueClaimsNote = "not listed: %d unique %s — a statement only one version words that way is most often a rewording of what the others say rather than news of its own; --all-facts lists them"

// RepeatedNote says, under the facts of a story, what a repeated fact is
// and how the JSON report states it.
const RepeatedNote = "repeated: stated only by versions of one text — a report and its rewrites, excerpts or translations — so one source however often it is retold; JSON gives them status corroborated with independent_support 1"

// StatusRepeated is what text, Markdown and the web UI call a
// corroborated fact whose versions all derive from one text
// (crosscheck.Repeated): not a status of the JSON report, where it is
// corroborated with independent_support 1.
const StatusRepeated crosswire.Status = "repeated"

// ShownStatus is a fact's status as text, Markdown and the web UI word
// it: StatusRepeated for a fact crosscheck.Repeated, its status
// otherwise. lin maps the story's articles to their lineages
// (crosscheck.Lineages).
func ShownStatus(f crosswire.StoryFact, lin map[string]string) crosswire.Status {
	if crosscheck.Repeated(f, lin) {
		return StatusRepeated
	}
	return f.Status
}

// writeFacts lists the facts independent sources agree on, then those
// only versions of one text state, then those only one version states
// (conflicting facts are the discrepancies, listed above). By default
// each list is capped and the unique claims are left out: see
// UniqueClaimsNote.
func writeFacts(ew *errWriter, facts []crosswire.StoryFact, loc *locator, opt Options, st style) {
	byStatus := map[crosswire.Status][]crosswire.StoryFact{}
	for _, f := range facts {
		status := ShownStatus(f, loc.lineage)
		byStatus[status] = append(byStatus[status], f)
	}
	head := fmt.Sprintf("Facts: %d corroborated by independent sources", len(byStatus[crosswire.StatusCorroborated]))
	if n := len(byStatus[StatusRepeated]); n > 0 {
		head += fmt.Sprintf(", %d repeated by versions of one source", n)
	}
	head += fmt.Sprintf(", %d unique, %d conflicting", len(byStatus[crosswire.StatusUnique]), len(byStatus[crosswire.StatusConflicting]))
	ew.printf("%s\n", st.h3(head))
	limit := opt.MaxFacts
	if limit <= 0 {
		limit = 12
	}
	hidden := 0
	if !opt.AllFacts {
		var kept []crosswire.StoryFact
		for _, f := range byStatus[crosswire.StatusUnique] {
			if f.Kind == crosswire.KindClaim {
				hidden++
				continue
			}
			kept = append(kept, f)
		}
		byStatus[crosswire.StatusUnique] = kept
	}
	for _, status := range []crosswire.Status{crosswire.StatusCorroborated, StatusRepeated} {
		fs := byStatus[status]
		sort.SliceStable(fs, func(i, j int) bool {
			if a, b := loc.independent(fs[i]), loc.independent(fs[j]); a != b {
				return a > b
			}
			return fs[i].Support > fs[j].Support
		})
	}
	for _, status := range []crosswire.Status{crosswire.StatusCorroborated, StatusRepeated, crosswire.StatusUnique} {
		fs := byStatus[status]
		for i, f := range fs {
			if i == limit && !opt.AllFacts {
				ew.printf("%s… %d more %s (--all-facts lists every fact)\n", st.item, len(fs)-limit, status)
				break
			}
			var where string
			switch {
			case status == crosswire.StatusUnique && len(f.Sources) > 0:
				if copies := copiesWords(f, loc); copies != "" {
					where = " — one source: " + loc.place(f.Sources[0]) + copies
				} else {
					where = " — only in " + loc.place(f.Sources[0])
				}
				if q := loc.quote(f.Sources[0]); q != "" && q != `"`+loc.esc(factValue(f, loc))+`"` {
					where += ": " + q
				}
			case status == crosswire.StatusUnique:
			default:
				where = " — " + supportWords(loc.independent(f), f.Support)
			}
			ew.printf("%s%-12s %-7s %s%s\n", st.item, status, KindLabel(f), st.code(factValue(f, loc)), where)
		}
	}
	if len(byStatus[StatusRepeated]) > 0 {
		ew.printf("%s\n", st.note(RepeatedNote))
	}
	if hidden > 0 {
		ew.printf("%s\n", st.note(fmt.Sprintf(UniqueClaimsNote, hidden, plural(hidden, "claim", "claims"))))
	}
}

// supportWords says how many independent sources (lineages) state a fact
// or name an entity, and in how many versions when rewrites or
// translations retell one of them: "2 independent sources",
// "2 independent sources in 3 versions", "1 source in 2 versions".
func supportWords(independent, versions int) string {
	s := fmt.Sprintf("%d %s", independent, plural(independent, "source", "independent sources"))
	if versions > independent {
		s += fmt.Sprintf(" in %d versions", versions)
	}
	return s
}

// factValue is a fact as a reader should see it: a claim as the
// version wrote it (its source's words, "Their first venture failed")
// rather than the lemmas it is matched by ("first venture fail"); any
// other fact as crosswire.StoryFact.Shown gives it (figures as written).
func factValue(f crosswire.StoryFact, loc *locator) string {
	if f.Kind != crosswire.KindClaim || len(f.Sources) == 0 {
		return ValueShown(f)
	}
	sp := f.Sources[0]
	a := loc.arts[sp.Article]
	if a == nil || !text.ValidSpan(a.Text, sp) || len(text.Words(sp.Text)) < 2 {
		// A one-word span ("take") reads worse than the lemmas.
		return f.Value
	}
	return fold(sp.Text)
}

// ValueShown is a fact's value as every report and the web UI list it:
// a date of no known year in words ("May, year not given"), a figure
// with what it measures when the checker knows it ("34 (age of Ada
// Quist)"), anything else as crosswire.StoryFact.Shown gives it.
func ValueShown(f crosswire.StoryFact) string {
	switch {
	case f.Kind == crosswire.KindDate:
		return yearlessDate(f.Value)
	case f.Kind == crosswire.KindNumber && f.About != "":
		// the figure as compared ("34"): the versions write it
		// differently ("Ada Quist, 34," / "the 34-year-old")
		return f.Value + " (" + f.About + ")"
	}
	return f.Shown()
}

// KindLabel is the kind a fact is listed under in every report and the
// web UI: "said" for reported speech (no quotation marks: the writer's
// wording of what someone said, not a quotation), else its kind.
func KindLabel(f crosswire.StoryFact) string {
	if f.Kind == crosswire.KindQuote && f.Reported {
		return "said"
	}
	return string(f.Kind)
}

// yearlessDate renders a date value of no known year — ISO 8601's
// truncated "--MM" and "--MM-DD", what a month or day written without
// a year gives when no publication date tells the year — as a reader
// says it: "May, year not given", "27 August, year not given". Any
// other value is returned as it is.
func yearlessDate(v string) string {
	rest, ok := strings.CutPrefix(v, "--")
	if !ok {
		return v
	}
	layout, out := "01", "January"
	if len(rest) == 5 {
		layout, out = "01-02", "2 January"
	}
	t, err := time.Parse(layout, rest)
	if err != nil {
		return v
	}
	return t.Format(out) + ", year not given"
}

// writeEntities lists who and what the story is about: one line per
// resolved entity with the other forms the versions write it under, so a
// reader sees at a glance that "NCSA" is the agency named in full
// elsewhere and that "Dana Kellner" is the minister misspelt. The most
// widely reported come first; the list is capped like the facts.
func writeEntities(ew *errWriter, ents []crosswire.StoryEntity, loc *locator, opt Options, st style) {
	if len(ents) == 0 {
		return
	}
	limit := opt.MaxEntities
	if limit <= 0 {
		limit = 10
	}
	order := make([]int, len(ents))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, b := ents[order[i]], ents[order[j]]
		if ia, ib := loc.entityIndependent(a), loc.entityIndependent(b); ia != ib {
			return ia > ib
		}
		if a.Support != b.Support {
			return a.Support > b.Support
		}
		return len(a.Mentions) > len(b.Mentions)
	})
	ew.printf("%s\n", st.h3(fmt.Sprintf("Entities (%d)", len(ents))))
	for n, i := range order {
		if n == limit {
			ew.printf("%s… %d more\n", st.item, len(ents)-limit)
			break
		}
		ew.printf("%s%-7s %s\n", st.item, ents[i].Kind, st.text(entityLine(ents[i], loc.entityIndependent(ents[i]))))
	}
}

// maxRoles caps the titles shown on an entity's line.
const maxRoles = 3

// entityLine renders one entity: "Dana Keller (also: Dana Kellner, Keller)
// — Deputy Interior Minister — 2 independent sources in 3 versions — name
// spelt differently", independent being its lineages.
func entityLine(e crosswire.StoryEntity, independent int) string {
	var b strings.Builder
	b.WriteString(e.Name)
	var also []string
	for _, f := range e.Forms {
		if f != e.Name {
			also = append(also, f)
		}
	}
	if len(also) > 0 {
		b.WriteString(" (also: " + strings.Join(also, ", ") + ")")
	}
	if len(e.Roles) > 0 {
		roles := e.Roles
		if len(roles) > maxRoles {
			roles = roles[:maxRoles]
		}
		b.WriteString(" — " + strings.Join(roles, " / "))
	}
	b.WriteString(" — " + supportWords(independent, e.Support))
	if e.Misspelt {
		b.WriteString(" — name spelt differently")
	}
	return b.String()
}

func quoteValue(v string) string { return "“" + v + "”" }

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// errWriter keeps the first write error so rendering code stays linear.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err != nil {
		return
	}
	_, e.err = fmt.Fprintf(e.w, format, args...)
}
