package clean

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"crosswire"
	"crosswire/text"
)

// Agency wire copy reaches a client as takes: each take opens with a header
// block (rules of dashes around a line holding a time+date stamp, the page
// number, a priority code, the desk and the catchline), then a headline and
// a "By NAME, AGENCY News" byline on the first page, paragraphs marked by
// the transmission format ("<" ending a paragraph, U+0019 starting one, the
// lines inside hard-wrapped), and a closing line ("ENDS", "MORE", "mf",
// operator's initials). None of that is the article: the header and
// furniture become metadata (Article.Wire, Published, Author, Outlet,
// Title) and the markers become ordinary paragraph breaks.
//
// Detection works from the shape of the copy, never from one agency's
// words: a text is wire copy when its leading block has a stamp line and
// one more wire signal (rules, a page number, paragraph markers, an agency
// byline, a closing line), or when it carries paragraph markers and an
// agency byline, closing line or rules. Newspaper and web articles have
// none of these, so they never reach the wire rules.

// wirePage matches a page (take) number in a header: "Page 2", "Pg 3",
// "Take 2".
var wirePage = regexp.MustCompile(`(?i)\b(?:page|pg|take)\s*(\d{1,3})\b`)

// wirePriority matches a bracketed priority or routing code: "(HHH)",
// "(U2)".
var wirePriority = regexp.MustCompile(`\(([\p{Lu}\d]{1,8})\)`)

// wireRule matches a rule line: a run of dashes, equals signs, underscores,
// stars or tildes.
var wireRule = regexp.MustCompile(`^[-=_*~]{8,}$`)

// wireByline matches a byline that names an affiliation after the names:
// "By Ada Vell, Norpress News", "By Ada Vell and Tor Lund, NPX News".
// Group 1 holds the names, group 2 the affiliation.
var wireByline = regexp.MustCompile(`^(?i:by)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:(?:\s*,\s*|\s+(?:and|&)\s+)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}){0,3}),\s*(\p{Lu}[\p{L}\d&.'’ -]{0,50})$`)

// wireClose matches a closing line once its surrounding punctuation is cut:
// one to three short words all in lower case or all in capitals ("ENDS",
// "end", "MORE", "mf", "ends jd", "jd").
var wireClose = regexp.MustCompile(`^(?:\p{Ll}{1,5}(?:\s+\p{Ll}{1,5}){0,2}|\p{Lu}{1,5}(?:\s+\p{Lu}{1,5}){0,2}|(?i:more\s+follows))$`)

// wireVersionWord reports whether w (lower case, one token of
// versionTokens) is one of the words agencies use to say which version of
// a story a take is — a replacement, a new top, a correction, a repeat, a
// priority the take was moved at, a kill — in the trade's vocabulary of
// the major agencies (PA, AP, Reuters, AFP, dpa; English, French and
// German), written from their conventions: "Substitute", "New Lead",
// "1st Ld-Writethru", "UPDATE 2", "CORRECTED", "REFILE", "RPT", "URGENT",
// "Bulletin", "Kill", "2e LEAD", "MISE À JOUR", "CORRIGÉ", "Eil".
// Story kinds ("Profile", "Factfile", "Focus", "Analysis") are not
// versions: a desk files them under a slug of their own.
func wireVersionWord(w string) bool {
	switch w {
	// PA, AP, Reuters, AFP in English
	case "substitute", "sub", "nightlead", "newlead", "lead", "ld", "correction", "corrected",
		"correcting", "corrects", "update", "updated", "updates", "updating", "writethru",
		"refile", "refiled", "repeat", "repeating", "repetition", "rpt", "urgent", "flash", "bulletin",
		"advisory", "amended", "recast", "recasting", "replacement", "kill", "killed", "withdrawn",
		"withdrawal", "wrapup", "general_paper",
		// AFP and other agencies in French
		"corrigé", "corrige", "correctif", "rectificatif", "mise_à_jour", "mise_a_jour", "alerte",
		"papier_général", "papier_general", "annule", "annulé", "annulation", "répétition",
		// dpa and other agencies in German
		"eil", "eilmeldung", "zusammenfassung", "korrektur", "berichtigung", "neufassung", "wiederholung":
		return true
	}
	return false
}

// wireVersionQualifier reports whether w (lower case) may stand before a
// version word ("new lead", "night lead", "second lead", "nouveau
// lead"); ordinals written with digits ("1st", "2nd", "2e", "1ère") are
// read by wireOrdinal.
func wireVersionQualifier(w string) bool {
	switch w {
	case "new", "night", "top", "first", "second", "third", "fourth", "fifth", "nouveau", "nouvelle",
		"première", "premier", "deuxième", "troisième", "neue", "erste", "zweite", "dritte":
		return true
	}
	return false
}

// wireOrdinal matches an ordinal written with digits in English, French
// or German ("1st", "2nd", "3rd", "4th", "1er", "1ère", "1re", "2e",
// "2ème", "2.") or a bare take number ("UPDATE 2").
var wireOrdinal = regexp.MustCompile(`^\d{1,2}(?:st|nd|rd|th|er|ère|ere|re|ème|eme|e|\.)?$`)

// wirePhrases joins the version words agencies write in two or three
// words into one token of wireVersionWord, and spells "write-through" one
// way ("Writethru", "Write-Thru", "write through").
var wirePhrases = strings.NewReplacer(
	"write-thru", "writethru", "write thru", "writethru", "write-through", "writethru", "write through", "writethru",
	"mise à jour", "mise_à_jour", "mise-à-jour", "mise_à_jour", "mise a jour", "mise_a_jour",
	"papier général", "papier_général", "papier-général", "papier_général", "papier general", "papier_general",
	"general paper", "general_paper", "new-lead", "new lead")

// versionTokens splits a version designation into lower-case tokens: at
// spaces, commas, slashes and hyphens, and between a digit ordinal and a
// version word written with it ("1stLd-Writethru" → "1st ld writethru",
// "2ndlead" → "2nd lead", "2eLEAD" → "2e lead").
func versionTokens(s string) []string {
	s = wirePhrases.Replace(strings.ToLower(s))
	var out []string
	for _, t := range strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '/' || r == '-' || r == '–' || r == '—' || r == ':' || r == ';'
	}) {
		t = strings.Trim(t, ".()[]*\"'")
		if t == "" {
			continue
		}
		if d, w, ok := splitOrdinal(t); ok {
			out = append(out, d, w)
			continue
		}
		out = append(out, t)
	}
	return out
}

// splitOrdinal splits a token that runs a digit ordinal into a version
// word ("2ndlead", "1stld", "2elead").
func splitOrdinal(t string) (ordinal, word string, ok bool) {
	n := 0
	for n < len(t) && n < 2 && t[n] >= '0' && t[n] <= '9' {
		n++
	}
	if n == 0 || n == len(t) {
		return "", "", false
	}
	for k := len(t) - 1; k > n; k-- {
		if wireOrdinal.MatchString(t[:k]) && wireVersionWord(t[k:]) {
			return t[:k], t[k:], true
		}
	}
	if wireVersionWord(t[n:]) {
		return t[:n], t[n:], true
	}
	return "", "", false
}

// wireVersion reads s as a version designation: every token a version
// word, a qualifier or an ordinal, at least one of them a version word,
// a qualifier or ordinal only before a version word or after "update"
// ("UPDATE 2"). It returns the tokens joined by spaces ("1st ld
// writethru", "mise à jour"), so two ways of spacing one designation are
// one version, and ok.
func wireVersion(s string) (string, bool) {
	if len(s) > maxVersionBytes {
		return "", false
	}
	toks := versionTokens(s)
	if len(toks) == 0 || len(toks) > maxVersionTokens {
		return "", false
	}
	words := 0
	for i, t := range toks {
		switch {
		case wireVersionWord(t):
			words++
		case wireVersionQualifier(t) || wireOrdinal.MatchString(t):
			// a qualifier stands before a version word; a number may
			// also follow one ("UPDATE 2", "WRAPUP 1")
			if !(i+1 < len(toks) && wireVersionWord(toks[i+1]) || i > 0 && wireVersionWord(toks[i-1]) && wireOrdinal.MatchString(t)) {
				return "", false
			}
		default:
			return "", false
		}
	}
	if words == 0 {
		return "", false
	}
	return strings.ReplaceAll(strings.Join(toks, " "), "_", " "), true
}

// maxVersionBytes bounds the text read as a version designation, so that
// a paragraph of reporting is turned down before it is tokenised.
const maxVersionBytes = 64

// maxVersionTokens bounds a version designation: "CORRECTED-UPDATE 2",
// "1st Ld-Writethru", "2nd Ld-Writethru Urgent" are short.
const maxVersionTokens = 6

// wireMore reports whether a closing line says a later page continues the
// take ("MORE", "more follows", "mf").
func wireMore(close string) bool {
	first := strings.ToLower(strings.Fields(close)[0])
	return first == "more" || (strings.HasPrefix(first, "mf") && len(first) <= 3)
}

// Limits on the wire header block: how many lines from the top it may
// span, and how long a slug or page line between the stamp and a rule may
// be.
const (
	maxWireHeaderLines = 20
	maxWireHeaderRunes = 80
	maxWireExtraLines  = 2
)

// wireTake is one take of wire copy as read by readWire: its paragraphs
// with the header and furniture taken out, and what they said.
type wireTake struct {
	wire     crosswire.Wire
	paras    []string
	headline string
	// headlineAsWritten is the headline before its typography is
	// restored: what a removal records, a piece of the input.
	headlineAsWritten string
	author            string
	// head and tail are the removals before and after the body, in
	// reading order.
	head, tail []crosswire.Removal
}

// readWire reads body as agency wire copy. ok is false, and nothing is
// changed, when body does not have the shape of wire copy.
func (c *Cleaner) readWire(body string) (take wireTake, ok bool) {
	// Most reports are not wire copy: two cheap looks (the marks, the
	// first line that is not a rule) keep them from paying for the rest.
	if strings.Count(body, "\x19")+strings.Count(body, "<\n") < minWireMarks && !c.opensWithHeader(body) {
		return wireTake{}, false
	}
	body = strings.ReplaceAll(strings.ReplaceAll(body, "\r\n", "\n"), "\r", "\n")
	lines := strings.Split(body, "\n")

	// The header block: blank lines, rules, one stamp line, and short
	// slug or page lines between the stamp and a rule.
	var (
		stamp    string
		stampAt  = -1
		rules    int
		start    int // first line of the body
		extra    []string
		pending  []string
		filed    *time.Time
		stampRem string
		// before holds the header lines read before any stamp: a
		// catchline written above the stamp, or a stampless header
		before []string
	)
header:
	for i := 0; i < len(lines) && i < maxWireHeaderLines; i++ {
		// Removals record the line as cleaning reads any text:
		// normalised, spaces collapsed.
		l := collapseSpaces(normalise(lines[i]))
		switch {
		case l == "":
		case wireRule.MatchString(l):
			rules++
			start = i + 1
			extra = append(extra, pending...)
			pending = nil
		case stampAt < 0:
			t, rest, found := c.wireStamp(l)
			if !found {
				// a catchline or page line before the stamp, or a
				// header with no stamp at all (headerAhead)
				if len(before) < maxWireExtraLines && c.headerAhead(l, lines[i], strings.Join(lines[i+1:min(len(lines), i+1+maxWireHeaderLines)], "\n")) {
					before = append(before, l)
					start = i + 1
					continue
				}
				break header
			}
			extra, before = append(extra, before...), nil
			stamp, stampAt, filed, stampRem, start = l, i, t, rest, i+1
		case len(pending) < maxWireExtraLines && utf8.RuneCountInString(l) <= maxWireHeaderRunes && !endsSentence(l) && !strings.ContainsAny(lines[i], "<\x19"):
			pending = append(pending, l)
		default:
			break header
		}
	}

	stampless := stampAt < 0 && len(before) > 0
	extra = append(extra, before...)
	paras, markers := wireParagraphs(lines[start:])
	if len(paras) == 0 {
		return wireTake{}, false
	}
	w := crosswire.Wire{Filed: filed}
	parseWireHeader(strings.Join(append([]string{stampRem}, extra...), " "), &w)

	// Advisories to editors ("(with pictures)", "(corrects name in
	// third par)", "Embargoed to …") come first, then the headline and
	// the byline of a first page; a continuation page has neither.
	i := 0
	for i < len(paras)-1 && i < maxWireAdvisories && wireAdvisory(paras[i]) {
		i++
	}
	advisories := paras[:i]
	var headline, author, agency, bylineText string
	if i < len(paras)-1 && wireHeadline(paras[i], paras[i+1]) {
		headline = paras[i]
		i++
	}
	if i < len(paras)-1 {
		if m := wireByline.FindStringSubmatch(paras[i]); m != nil {
			bylineText = paras[i]
			author, agency = bylineNames(m[1], m[2])
		}
	}
	// Closing lines: "ENDS", "MORE", operator's initials, at most two.
	closeAt := len(paras)
	for closeAt > i+1 && len(paras)-closeAt < 2 {
		p := strings.Trim(paras[closeAt-1], "-–—/#*() ")
		if p == "" || !wireClose.MatchString(p) {
			break
		}
		if wireMore(p) {
			w.More = true
		}
		closeAt--
	}

	signals := 0
	for _, s := range []bool{rules > 0, w.Page > 0, markers, agency != "", closeAt < len(paras)} {
		if s {
			signals++
		}
	}
	// a stampless header gives its page, one signal: another must
	// agree (rules, marks, an agency byline, a closing line)
	if !(stampAt >= 0 && signals >= 1) && !(markers && signals >= 2) && !(stampless && signals >= 2) {
		return wireTake{}, false
	}

	take = wireTake{wire: w, headline: headline, author: author}
	take.wire.Agency = agency
	if stamp != "" {
		take.head = append(take.head, crosswire.Removal{Text: stamp, Reason: crosswire.ReasonMetadata})
	}
	for _, l := range extra {
		take.head = append(take.head, crosswire.Removal{Text: l, Reason: crosswire.ReasonMetadata})
	}
	for _, p := range advisories {
		take.head = append(take.head, crosswire.Removal{Text: p, Reason: crosswire.ReasonMetadata})
		if take.wire.Version == "" {
			take.wire.Version = advisoryVersion(p)
		}
	}
	if bylineText != "" {
		take.head = append(take.head, crosswire.Removal{Text: bylineText, Reason: crosswire.ReasonMetadata})
		i++
	}
	for _, p := range paras[closeAt:] {
		take.tail = append(take.tail, crosswire.Removal{Text: p, Reason: crosswire.ReasonMetadata})
	}
	for _, p := range paras[i:closeAt] {
		take.paras = append(take.paras, wireTypography(p))
	}
	if len(take.paras) == 0 {
		return wireTake{}, false
	}
	take.headlineAsWritten, take.headline = take.headline, wireTypography(take.headline)
	return take, true
}

// apply sets the article's metadata from the take: the headline as title
// when the input gave none (else it is recorded as removed metadata), the
// byline's names as author and its agency as outlet when the input gave
// none, the stamp as publication time when the input gave none.
func (t *wireTake) apply(a *crosswire.Article) {
	if t.headline != "" {
		if a.Title == "" {
			a.Title = t.headline
		} else if !strings.EqualFold(a.Title, t.headline) {
			t.head = append([]crosswire.Removal{{Text: t.headlineAsWritten, Reason: crosswire.ReasonMetadata}}, t.head...)
		}
	}
	if a.Author == "" {
		a.Author = t.author
	}
	if a.Outlet == "" {
		a.Outlet = t.wire.Agency
	}
	if a.Published == nil {
		a.Published = t.wire.Filed
	}
	w := t.wire
	a.Wire = &w
}

// around returns the body's removals with the header's before them (cut
// at the start of the clean text) and the closing lines' after them (cut at
// its end, textLen), so the list stays in reading order and every removal
// has its place.
func (t *wireTake) around(removed []crosswire.Removal, textLen int) []crosswire.Removal {
	out := make([]crosswire.Removal, 0, len(t.head)+len(removed)+len(t.tail))
	for _, r := range t.head {
		r.Start, r.End = 0, 0
		out = append(out, r)
	}
	out = append(out, removed...)
	for _, r := range t.tail {
		r.Start, r.End = textLen, textLen
		out = append(out, r)
	}
	return out
}

// opensWithHeader reports whether the first line of body that is neither
// blank nor a rule, within the header's reach, starts with a wire stamp
// or is a header line headerAhead reads (a catchline above the stamp, a
// stampless header).
func (c *Cleaner) opensWithHeader(body string) bool {
	for i := 0; i < maxWireHeaderLines && body != ""; i++ {
		var line string
		line, body, _ = strings.Cut(body, "\n")
		l := strings.TrimSpace(line)
		if l == "" || wireRule.MatchString(l) {
			continue
		}
		if _, _, ok := c.wireStamp(l); ok {
			return true
		}
		// most reports open with a paragraph: no header line, and
		// nothing to normalise
		if utf8.RuneCountInString(l) > 2*maxWireHeaderRunes || endsSentence(l) {
			return false
		}
		return c.headerAhead(collapseSpaces(normalise(line)), line, body)
	}
	return false
}

// headerAhead reports whether line l (normalised; raw as written; rest
// the text after it), met
// in the header block before any stamp, is a header line: a short line
// that ends no sentence and carries no paragraph mark, and either a stamp
// line follows it within maxWireExtraLines lines (blank lines and rules
// aside: the catchline written above the stamp) or it is a header line
// by itself (stamplessHeader). A newspaper's headline above a dateline is
// neither: a dateline is not a stamp (text.WireStamp reads a time and a
// day, as a wire header writes them).
func (c *Cleaner) headerAhead(l, raw, rest string) bool {
	if utf8.RuneCountInString(l) > maxWireHeaderRunes || endsSentence(l) || strings.ContainsAny(raw, "<\x19") {
		return false
	}
	if stamplessHeader(l) {
		return true
	}
	seen := 0
	for k := 0; k < maxWireHeaderLines && rest != ""; k++ {
		var next string
		next, rest, _ = strings.Cut(rest, "\n")
		n := collapseSpaces(normalise(next))
		if n == "" || wireRule.MatchString(n) {
			continue
		}
		if _, _, ok := c.wireStamp(n); ok {
			return true
		}
		// another header-shaped line may stand between it and the stamp
		if seen++; seen >= maxWireExtraLines || utf8.RuneCountInString(n) > maxWireHeaderRunes || endsSentence(n) {
			return false
		}
	}
	return false
}

// stamplessHeader reports whether a line is a wire header by itself, with
// no stamp: a page or take number ("Page 2", "Take 3") beside a bracketed
// priority code ("(UUU)") or a desk code in capitals with a catchline
// after it ("NEWS Harbour"), and nothing else — the header a desk's
// system writes above every take, which a copy saved without its
// transmission stamp keeps. A headline that names a page ("Page three
// model weds") has neither a code nor a desk.
func stamplessHeader(l string) bool {
	m := wirePage.FindStringIndex(l)
	if m == nil {
		return false
	}
	rest := l[:m[0]] + " " + l[m[1]:]
	if p := wirePriority.FindStringIndex(rest); p != nil {
		return len(strings.Fields(rest[:p[0]]+" "+rest[p[1]:])) >= 1
	}
	words := strings.Fields(strings.Trim(rest, " :-–—|"))
	return len(words) >= 2 && utf8.RuneCountInString(words[0]) >= 2 && allCaps(words[0]) && !allCaps(strings.Join(words[1:], " "))
}

// minWireMarks is the number of paragraph marks ("<" ending a line,
// U+0019 starting one) from which a text is read as marked: one or two
// can be a stray character, three make a pattern.
const minWireMarks = 3

// wireParagraphs splits the body of a take into paragraphs. When the copy
// marks its paragraphs ("<" at a paragraph's last line, U+0019 at its
// first), the marks are the breaks and every other line break is a hard
// wrap inside a paragraph; otherwise the usual reflow rules apply. markers
// reports whether the marks were found (at least minWireMarks).
func wireParagraphs(lines []string) (paras []string, markers bool) {
	n := 0
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, "\x19") {
			n++
		}
		if strings.HasSuffix(l, "<") {
			n++
		}
	}
	if n < minWireMarks {
		return paragraphs(normalise(strings.Join(lines, "\n"))), false
	}
	var cur []string
	// opening holds until a paragraph ends a sentence: the take's
	// advisories, headline and byline come before that
	opening := true
	flush := func() {
		if p := collapseSpaces(normalise(strings.Join(cur, " "))); p != "" {
			paras = append(paras, p)
			opening = opening && !endsSentence(p)
		}
		cur = cur[:0]
	}
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, "\x19") {
			flush()
			l = strings.TrimSpace(strings.TrimLeft(l, "\x19"))
		}
		end := strings.HasSuffix(l, "<")
		l = strings.TrimSpace(strings.TrimRight(l, "<"))
		if l == "" {
			flush()
			continue
		}
		// A headline or byline line whose mark was lost is a paragraph
		// of its own all the same: the headline a line in capitals, the
		// byline a whole "By NAME, AGENCY News" line. Run into the first
		// paragraph, neither would be read, and the byline's agency
		// would become a fact.
		if opening && (len(cur) == 0 || len(cur) == 1 && allCaps(cur[0])) {
			if wireByline.MatchString(l) || len(cur) == 1 && !allCaps(l) && wordCount(cur[0]) >= 2 && !endsSentence(cur[0]) {
				flush()
			}
			if wireByline.MatchString(l) {
				cur = append(cur, l)
				flush()
				continue
			}
		}
		cur = append(cur, l)
		if end {
			flush()
		}
	}
	flush()
	return paras, true
}

// wireStamp reads the stamp opening a header line (text.WireStamp). It
// returns the time, in the stamp's zone when it states one and else in
// the Cleaner's wire zone, and the rest of the line after the stamp and
// its separator.
func (c *Cleaner) wireStamp(line string) (*time.Time, string, bool) {
	t, end, ok := text.WireStamp(line, c.wireZone, c.year)
	if !ok {
		return nil, "", false
	}
	rest := strings.TrimSpace(strings.TrimLeft(line[end:], " :-–—|"))
	return &t, rest, true
}

// parseWireHeader reads the rest of a header after its stamp: page
// number, priority code, desk code (the first word, in capitals) and the
// catchline with its version words.
func parseWireHeader(rest string, w *crosswire.Wire) {
	if m := wirePage.FindStringSubmatchIndex(rest); m != nil {
		w.Page = atoi(rest[m[2]:m[3]])
		rest = rest[:m[0]] + " " + rest[m[1]:]
	}
	if m := wirePriority.FindStringSubmatchIndex(rest); m != nil {
		w.Priority = rest[m[2]:m[3]]
		rest = rest[:m[0]] + " " + rest[m[1]:]
	}
	words := strings.Fields(strings.Trim(rest, " :-–—|"))
	if len(words) > 1 && allCaps(words[0]) {
		w.Desk, words = words[0], words[1:]
	}
	w.Slug, w.Version = splitVersion(words)
}

// splitVersion splits the words of a catchline into the slug and the
// version designation that ends it ("Harbour Substitute", "Harbour 2nd
// Ld-Writethru", "Harbour,2ndlead"): the longest run of final words that
// wireVersion reads, leaving at least one word of slug. A catchline of
// one version word ("Update") is a slug.
func splitVersion(words []string) (slug, version string) {
	if n := len(words); n > 0 {
		// "Harbour,2ndlead": a comma joins the version to the slug
		if head, tail, ok := strings.Cut(words[n-1], ","); ok && head != "" && tail != "" {
			if v, ok := wireVersion(tail); ok {
				return strings.Join(append(slices.Clone(words[:n-1]), head), " "), v
			}
		}
	}
	for v := 1; v < len(words); v++ {
		if len(words)-v > maxVersionTokens {
			continue
		}
		if ver, ok := wireVersion(strings.Join(words[v:], " ")); ok {
			return strings.TrimRight(strings.Join(words[:v], " "), ","), ver
		}
	}
	return strings.Join(words, " "), ""
}

// maxWireAdvisories bounds the run of advisories read before a headline.
const maxWireAdvisories = 3

// wireAdvisory reports whether a paragraph opening a take is an advisory
// to editors rather than reporting: a short note wholly in brackets ("(with
// pictures)", "(corrects spelling of name in second par)"), or an embargo
// line.
func wireAdvisory(p string) bool {
	if wordCount(p) > 25 {
		return false
	}
	if (strings.HasPrefix(p, "(") && strings.HasSuffix(p, ")") && strings.Count(p, "(") == 1) ||
		(strings.HasPrefix(p, "[") && strings.HasSuffix(p, "]") && strings.Count(p, "[") == 1) {
		return true
	}
	return len(p) >= 8 && strings.EqualFold(p[:8], "embargoe")
}

// advisoryVersion returns the version designation of an advisory
// ("corrected" in "(corrected repetition, …)", "1st ld writethru" in
// "(1st Ld-Writethru, adds quote)"), lower-case, or "".
func advisoryVersion(p string) string {
	toks := versionTokens(p)
	for i, t := range toks {
		if !wireVersionWord(t) {
			continue
		}
		// the designation around the first version word: qualifiers and
		// ordinals before it, version words and a number after it
		j, k := i, i+1
		for j > 0 && (wireVersionQualifier(toks[j-1]) || wireOrdinal.MatchString(toks[j-1])) {
			j--
		}
		for k < len(toks) && (wireVersionWord(toks[k]) || wireOrdinal.MatchString(toks[k])) {
			k++
		}
		return strings.ReplaceAll(strings.Join(toks[j:k], " "), "_", " ")
	}
	return ""
}

// wireHeadline reports whether the first paragraph of a take is its
// headline: a headline-shaped line followed by the byline, or a line in
// capitals, as wire headlines are written.
func wireHeadline(p, next string) bool {
	if endsSentence(p) || wordCount(p) > 20 {
		return false
	}
	if wireByline.MatchString(next) {
		return headline(wireTypography(p)) || allCaps(p)
	}
	return wordCount(p) >= 2 && allCaps(p)
}

// bylineNames splits a byline after "By" into the author's names and the
// agency: the names are the comma- or "and"-separated names before the
// first part that holds a job title ("Ada Vell, Arts Correspondent, NPX
// News" → "Ada Vell"), the agency is read from the rest (see agencyOf).
func bylineNames(names, affiliation string) (author, agency string) {
	parts := strings.Split(names, ",")
	n := len(parts)
	for k, p := range parts {
		if jobTitle(p) {
			n = k
			break
		}
	}
	if n == 0 {
		n = 1
	}
	author = strings.TrimSpace(strings.Join(parts[:n], ","))
	rest := append(parts[n:], affiliation)
	for _, r := range rest {
		if a := agencyOf(r); a != "" {
			return author, a
		}
	}
	return author, ""
}

// jobTitle reports whether a part of a byline names a job rather than a
// person ("Arts Correspondent", "Political Editor").
func jobTitle(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		switch strings.Trim(w, ".") {
		case "correspondent", "editor", "reporter", "writer", "staff", "journalist", "columnist", "critic", "photographer", "analyst":
			return true
		}
	}
	return false
}

// agencyOf names the agency of a byline's affiliation: the words before
// "News" (or "Newswire", "Wire", "Press"), else a leading acronym ("NPX
// Sports Correspondent" → "NPX"), else "".
func agencyOf(affiliation string) string {
	words := strings.Fields(strings.Trim(affiliation, " .,;"))
	for k := 1; k < len(words); k++ {
		switch strings.ToLower(words[k]) {
		case "news", "newswire", "wire", "press":
			return strings.Join(words[:k], " ")
		}
	}
	if len(words) > 0 && utf8.RuneCountInString(words[0]) >= 2 && allCaps(words[0]) && !jobTitle(affiliation) || len(words) == 1 && allCaps(words[0]) {
		return words[0]
	}
	return ""
}

// wireTypography replaces what old wire transmission used for characters
// it could not send: two backquotes for an opening double quote, two
// apostrophes for a closing one, one backquote for an opening single
// quote, an underscore between spaces for a dash.
var wireTypography = strings.NewReplacer("``", "“", "''", "”", "`", "‘", " _ ", " – ").Replace

// allCaps reports whether s is written in capitals: it has letters and
// at most one in ten of them is lower case ("McCARTNEY" is in capitals).
func allCaps(s string) bool {
	upper, lower := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			lower++
		case unicode.IsUpper(r):
			upper++
		}
	}
	return upper > 0 && lower*10 <= upper+lower
}

// atoi parses a run of digits matched by a pattern.
func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
