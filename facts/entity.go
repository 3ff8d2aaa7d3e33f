package facts

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosswire"
)

// mention is one entity mention found in an article: tokens [s, e) hold the
// name as written; spanS/spanE the fact span (name plus an adjacent role).
type mention struct {
	kind         crosswire.FactKind
	value, name  string
	s, e         int
	spanS, spanE int
	role         string
	roleS, roleE int // byte offsets of the role, roleS < 0 when none
	weak         weakKind
	initial      bool // single word at the start of a sentence or quote
	bare         bool // a name-like sequence with no person signal around it
	honorific    bool
	work         bool // introduced as a title ("the show X"): never a person
	strong       bool // kind given by a signal of its own (title, head, gazetteer), not a weak one
	afterThe     bool // written right after "the" ("the Rovers"): English puts no article before a personal name
}

// weakKind is a tentative classification settled once the article's
// strongly classified names are known.
type weakKind int

const (
	weakNone weakKind = iota
	weakPlace
	weakGroup
	weakPerson
	weakAcronym
	weakOrg
)

// threatIDRe matches numbered threat-actor designations (APT28, UNC2452,
// FIN7, TA505, Storm-0558, DEV-0537) — the shape of vendor naming schemes,
// not a list of names.
var threatIDRe = regexp.MustCompile(`^(?:(?:APT|UNC|FIN|TA|TEMP|DEV|Storm|STORM)-?[0-9]{1,5}|G[0-9]{4})$`)

func isMonthOrDay(lower string) bool {
	_, m := monthNumber(lower)
	_, wd := weekdayNumber(lower)
	return m || wd
}

// nameTok reports whether token i can be part of a capitalised name.
func (d *doc) nameTok(i int) bool {
	if i < 0 || i >= len(d.toks) || d.used[i] {
		return false
	}
	t := d.toks[i]
	if !t.word || !(t.cap || t.upper || arabicParticleName(t.text)) {
		return false
	}
	if isMonthOrDay(t.lower) && !t.upper {
		return false
	}
	if d.isCurrencyPrefix(i) {
		return false // "S" of "S$5", "RM5"
	}
	if wordNumber(t.lower) > 0 && t.lower != "a" && t.lower != "an" {
		return false // "Three Estmark officers"
	}
	for _, suf := range []string{"-based", "-led", "-backed", "-born", "-owned", "-style", "-made", "-funded", "-old"} {
		if strings.HasSuffix(t.lower, suf) {
			return false // an adjective formed on a name: "Vessburg-based"
		}
	}
	return true
}

// arabicParticleName reports a name written with a lower-case article or
// particle joined by a hyphen: "al-Hakim", "el-Sayed", "bin-Laden".
func arabicParticleName(w string) bool {
	p, rest, ok := strings.Cut(w, "-")
	if !ok || rest == "" {
		return false
	}
	switch p {
	case "al", "el", "ad", "ash", "as", "at", "an", "ar", "az", "bin", "ben", "abu", "ibn":
		r, _ := utf8.DecodeRuneInString(rest)
		return unicode.IsUpper(r)
	}
	return false
}

func isConnector(lower string) bool {
	switch lower {
	case "of", "for", "on", "de", "del", "della", "da", "di", "dos", "das", "van", "von", "der", "den", "du", "le", "la", "bin", "ibn", "and", "&":
		return true
	}
	return false
}

// initialPos reports whether token i starts a sentence, a quotation or a
// clause after a colon: positions where any word is capitalised.
func (d *doc) initialPos(i int) bool {
	if i == 0 || d.toks[i-1].sent != d.toks[i].sent {
		return true
	}
	p := d.toks[i-1].text
	switch p {
	case "\"", "“", "‘", "«", ":", "(", "—", "–", "-", "'", "[":
		return true
	}
	return false
}

// sentenceOpen reports whether token i opens its sentence, or the
// quotation that opens it: unlike initialPos, not a word after a
// quotation mark or a colon inside the sentence (a nickname in quotation
// marks before a surname: Ivo "Red" Lund).
func (d *doc) sentenceOpen(i int) bool {
	if i == 0 || d.toks[i-1].sent != d.toks[i].sent {
		return true
	}
	switch d.toks[i-1].text {
	case "\"", "“", "‘", "'":
		return i == 1 || d.toks[i-2].sent != d.toks[i].sent
	}
	return false
}

func (d *doc) isOrgHead(i int) bool   { return d.x.orgHeads[d.toks[i].text] }
func (d *doc) isPlaceHead(i int) bool { return d.x.placeHeads[d.toks[i].text] }
func (d *doc) isTitle(i int) bool {
	return i >= 0 && i < len(d.toks) && d.toks[i].word && d.x.titles[exTitle(d.toks[i].lower)]
}
func (d *doc) isRoleWord(i int) bool {
	return i >= 0 && i < len(d.toks) && d.toks[i].word && (d.x.titles[exTitle(d.toks[i].lower)] || d.x.modifiers[d.toks[i].lower])
}

// exTitle strips the prefix "ex-" of a former holder's title ("ex-mayor"
// → "mayor", as "former mayor" reads): the title it prefixes is still a
// title, never a given name.
func exTitle(w string) string {
	if t, ok := strings.CutPrefix(w, "ex-"); ok && t != "" {
		return t
	}
	return w
}

// speechTok reports whether token i is a form of a verb of speech.
func (d *doc) speechTok(i int) bool {
	if i < 0 || i >= len(d.toks) || !d.toks[i].word || d.toks[i].cap {
		return false
	}
	return d.x.lex.IsSpeech(d.x.lex.Lemma(d.toks[i].lower))
}

// chunks returns the capitalised sequences of the article as token ranges,
// split where a connector joins two names rather than one.
func (d *doc) chunks() [][2]int {
	var out [][2]int
	n := len(d.toks)
	for i := 0; i < n; {
		if !d.nameTok(i) {
			i++
			continue
		}
		j := i + 1
		for j < n && d.toks[j].sent == d.toks[i].sent {
			if d.nameTok(j) {
				j++
				continue
			}
			l := d.toks[j].lower
			if isConnector(l) && d.nameTok(j+1) && d.toks[j+1].sent == d.toks[i].sent {
				j += 2
				continue
			}
			if (l == "of" || l == "for") && j+2 < n && d.toks[j+1].lower == "the" && d.nameTok(j+2) {
				j += 3
				continue
			}
			// "Prosecutor General's Office", "Magistrates' Court": a
			// possessive inside an org name
			plural := (l == "'" || l == "’") && strings.HasSuffix(d.toks[j-1].lower, "s") && d.toks[j].start == d.toks[j-1].end
			if (l == "'s" || l == "’s" || plural) && d.nameTok(j+1) && d.isOrgHead(j+1) && !d.nameTok(j+2) {
				j += 2
				continue
			}
			// a short number closing a name: "Studio 9", "Route 66"
			if d.toks[j].digit && allDigits(d.toks[j].text) && len(d.toks[j].text) <= 3 && !d.used[j] &&
				(j-1 > i || !d.initialPos(i)) && !d.x.function[d.toks[j-1].lower] && !qualifierWord(d.toks[j-1].lower) &&
				d.toks[j].start == d.toks[j-1].end+1 && (j+1 >= n || !d.nameTok(j+1) && !countsAfterName[d.toks[j+1].lower]) &&
				!d.spacedPair(j) {
				d.used[j] = true // part of a name, not a figure
				j++
				break
			}
			// initials: "J. Keller"
			if l == "." && utf8.RuneCountInString(d.toks[j-1].text) == 1 && d.nameTok(j+1) {
				j += 2
				continue
			}
			break
		}
		out = append(out, d.splitChunk(i, j)...)
		i = j
	}
	return out
}

// spacedPair reports whether the short number at token j opens a pair
// of numbers joined by a spaced dash ("Selby Rovers 3 - 2"): a score
// after a name, not part of the name ("Studio 9").
func (d *doc) spacedPair(j int) bool {
	toks := d.toks
	return j+2 < len(toks) && (toks[j+1].text == "-" || toks[j+1].text == "–") && toks[j+2].digit &&
		toks[j+1].start > toks[j].end && toks[j+2].start > toks[j+1].end
}

// countsAfterName are words a figure after a name counts ("in Liverpool
// 38 years after"): the figure is no part of the name ("Studio 9").
var countsAfterName = map[string]bool{"years": true, "year": true, "months": true, "weeks": true, "days": true,
	"hours": true, "minutes": true, "seconds": true, "people": true, "times": true, "per": true, "percent": true}

// splitChunk splits a capitalised sequence at "and" and "of"-type
// connectors that join two names rather than build one ("Keller and
// Strand", "Keller of the Interior Ministry"), and trims function words
// and honorifics at its edges.
func (d *doc) splitChunk(s, e int) [][2]int {
	for k := s + 1; k < e-1; k++ {
		l := d.toks[k].lower
		switch l {
		case "and", "&":
			keep := d.portfolioAnd(s, k, e)
			for m := k + 1; m < e; m++ {
				if d.isOrgHead(m) {
					keep = true
				}
			}
			if !keep {
				return append(d.splitChunk(s, k), d.splitChunk(k+1, e)...)
			}
		case "of", "for", "on":
			p := k - 1
			if d.isOrgHead(p) || d.isPlaceHead(p) || (d.isTitle(p) && d.toks[p].cap) {
				continue
			}
			return append(d.splitChunk(s, k), d.splitChunk(k+1, e)...)
		}
	}
	// "NCSA Ines Farrow": an acronym before a personal name is not part of it
	if e-s >= 3 && d.toks[s].upper && !isRoman(d.toks[s].text) && d.nameLike(s+1, e) {
		return append(d.splitChunk(s, s+1), d.splitChunk(s+1, e)...)
	}
	for s < e && (!d.toks[s].word || isConnector(d.toks[s].lower) || (d.x.function[d.toks[s].lower] && !d.toks[s].upper)) {
		s++
	}
	for e > s && (!d.toks[e-1].word || isConnector(d.toks[e-1].lower) || (d.x.function[d.toks[e-1].lower] && !d.toks[e-1].upper)) {
		e--
	}
	if s >= e {
		return nil
	}
	return [][2]int{{s, e}}
}

// portfolioAnd reports whether the "and" at token k of the capitalised
// sequence [s, e) joins the two halves of one title's portfolio rather
// than two names: "Minister of Trade and Industry Dana Keller",
// "Communication and Informatics Minister Arlo Venn". The words on both
// sides must be title words or their modifiers (lexicon/role_modifiers.txt),
// and a title must govern them: before, through "of"/"for", or after.
// "Dana Keller and Foreign Minister Ivo Strand" is two people: "Keller" is
// no title word.
func (d *doc) portfolioAnd(s, k, e int) bool {
	if !d.isRoleWord(k-1) || !d.isRoleWord(k+1) || d.isTitle(k-1) && d.toks[k-1].lower != "general" {
		return false
	}
	// a title before: "Minister of Trade and", "Minister for Home Affairs and"
	for p := k - 2; p >= s && p >= k-5; p-- {
		if l := d.toks[p].lower; (l == "of" || l == "for") && d.isTitle(p-1) && p-1 >= s {
			return true
		}
		if !d.isRoleWord(p) && d.toks[p].lower != "the" {
			break
		}
	}
	// a title after: "Communication and Informatics Minister"
	for q := k + 1; q < e && q <= k+3; q++ {
		if !d.isRoleWord(q) {
			return false
		}
		if d.isTitle(q) {
			for p := s; p < k; p++ {
				if !d.isRoleWord(p) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// nameLike reports whether tokens [s, e) look like a personal name: one to
// four capitalised words none of which is an organisation, place or title
// word or an acronym.
func (d *doc) nameLike(s, e int) bool {
	if e-s < 1 || e-s > 5 {
		return false
	}
	for i := s; i < e; i++ {
		t := d.toks[i]
		if t.lower == "." || isConnector(t.lower) && i > s && i < e-1 {
			continue
		}
		if t.upper && i > s && isRoman(t.text) {
			continue // regnal numbers: "Aurel III"
		}
		if !t.word || !(t.cap || arabicParticleName(t.text)) || t.digit || (t.upper && utf8.RuneCountInString(t.text) > 1) {
			return false
		}
		if d.isOrgHead(i) || d.isPlaceHead(i) || d.x.groupHeads[t.text] || d.x.titles[t.lower] || d.x.function[t.lower] || d.x.notNames[t.text] || d.x.commonAcronyms[t.text] {
			return false
		}
		for _, r := range t.text {
			if unicode.IsDigit(r) {
				return false
			}
		}
	}
	return true
}

// roleAfter parses an appositive role after a name: ", [the|a|X's] deputy
// interior minister[ of|for X]". i is the token after the comma. It returns
// the role token range and true when a title head is found.
func (d *doc) roleAfter(i int) (int, int, bool) {
	n := len(d.toks)
	if i >= n {
		return 0, 0, false
	}
	sent := d.toks[i].sent
	switch d.toks[i].lower {
	case "the", "a", "an", "its", "their", "his", "her", "who", "is":
		if d.toks[i].lower == "who" && i+1 < n && (d.toks[i+1].lower == "is" || d.toks[i+1].lower == "was") {
			i += 2
			if i < n {
				switch d.toks[i].lower {
				case "the", "a", "an":
					i++
				}
			}
		} else if d.toks[i].lower != "who" && d.toks[i].lower != "is" {
			i++
		}
	}
	// possessive determiner: "the country's", "Norland's"
	for k := i; k < i+4 && k < n; k++ {
		if d.toks[k].lower == "'s" || d.toks[k].lower == "’s" {
			i = k + 1
			break
		}
		if !d.toks[k].word {
			break
		}
	}
	start := i
	last := -1
	for k := i; k < n && k < i+6 && d.toks[k].sent == sent; k++ {
		if !d.toks[k].word {
			break
		}
		if d.isTitle(k) {
			last = k
			continue
		}
		if d.isRoleWord(k) || (d.toks[k].cap && k > start) || (d.toks[k].cap && d.nameTok(k)) {
			continue
		}
		break
	}
	if last < 0 {
		return 0, 0, false
	}
	// a title word followed by a lower-case noun is an adjective: "one of
	// Norland's premier whisky firms", "a general election"
	if nx := last + 1; nx < n && d.toks[nx].sent == sent && d.toks[nx].word && !d.toks[nx].cap && !d.isTitle(nx) &&
		!isPreposition(d.toks[nx].lower) && !d.x.function[d.toks[nx].lower] && !d.speechTok(nx) && d.nounModifier(nx) {
		return 0, 0, false
	}
	end := last + 1
	// complement: "of the agency", "for the ministry", "at Acme"
	if end < n && d.toks[end].sent == sent {
		switch d.toks[end].lower {
		case "of", "for", "at":
			k := end + 1
			if k < n && d.toks[k].lower == "the" {
				k++
			}
			m := k
			for m < n && m < k+4 && d.toks[m].word && d.toks[m].sent == sent && !d.speechTok(m) && !d.x.function[d.toks[m].lower] {
				m++
			}
			// a portfolio of two: "minister of trade and industry"; not
			// "the minister and the mayor"
			if m > k && m+1 < n && (d.toks[m].lower == "and" || d.toks[m].lower == "&") && d.isRoleWord(m-1) && d.isRoleWord(m+1) &&
				!d.isTitle(m+1) && d.toks[m+1].sent == sent {
				m += 2
			} else if c, ok := d.fieldConjunct(k, m, sent); ok {
				m = c
			}
			// a possessive after the complement makes it the owner of
			// a longer phrase ("head of the club's youth team"): what the
			// title governs is not read, so the title stands alone
			if m > k && !(m < n && d.toks[m].sent == sent && (d.toks[m].lower == "'s" || d.toks[m].lower == "’s")) {
				end = m
			}
		}
	}
	return start, end, true
}

// fieldConjunct reads a field of two in a title's complement [k, m):
// "vice president of rail freight and customs" — a
// complement of lower-case words, "and", then one to three lower-case
// content words closing the phrase (punctuation or a preposition after
// them). It returns the end of the conjunct. Not a second title ("and
// former host": a role word), nor a noun before a name ("and auditors
// Keller Brandt": another entity), nor an organisation's name ("of
// Acme and …": capitalised).
func (d *doc) fieldConjunct(k, m, sent int) (int, bool) {
	n := len(d.toks)
	if m <= k || m+1 >= n || d.toks[m].lower != "and" || d.isRoleWord(m+1) {
		return 0, false
	}
	for i := k; i < m; i++ {
		if !d.lowerContent(i, sent) {
			return 0, false
		}
	}
	c := m + 1
	for c < n && c < m+4 && d.lowerContent(c, sent) {
		c++
	}
	if c == m+1 {
		return 0, false
	}
	if c < n && d.toks[c].sent == sent && d.toks[c].word && !isPreposition(d.toks[c].lower) {
		return 0, false
	}
	return c, true
}

// lowerContent reports whether token i of sentence sent is a lower-case
// content word: not a function word, a title, a verb of speech or a
// verb form ending in -ed/-ing.
func (d *doc) lowerContent(i, sent int) bool {
	t := d.toks[i]
	if t.sent != sent || !t.word || t.cap || t.upper || t.digit || d.x.function[t.lower] || d.isTitle(i) || d.speechTok(i) {
		return false
	}
	return !strings.HasSuffix(t.lower, "ed") && !strings.HasSuffix(t.lower, "ing")
}

// roleBefore parses a role written before a name: "the country's foreign
// minister, Ivo Strand" or "foreign minister Ivo Strand". s is the name's
// first token.
func (d *doc) roleBefore(s int) (int, int, bool) {
	j := s - 1
	if j >= 0 && d.toks[j].text == "," {
		j--
	}
	end := j + 1
	// "director of the NCSA Ines Farrow": a complement between title and name;
	// after a comma it may end with a noun of a kind of place ("the governor
	// of Tarnel province, Ilse Gruber", "the mayor of the town, Karel
	// Dunst"): the name answers the title, the place is its complement
	placeEnd := func(k int) bool { return k == j && j < s-1 && placeNoun(d.toks[k].lower) }
	if k := j; k >= 2 && d.toks[k].sent == d.toks[s].sent && (d.toks[k].cap || d.toks[k].upper || placeEnd(k)) && !d.isTitle(k) {
		for k >= 0 && (d.toks[k].cap || d.toks[k].upper || placeEnd(k)) && d.toks[k].word && !d.isTitle(k) && s-k < 6 {
			k--
		}
		if k >= 1 && d.toks[k].lower == "the" {
			k--
		}
		// not when the words between are the name's honorific: "a
		// spokesman for Mr Quist" is someone else, Mr Quist's spokesman
		onlyHonorifics := true
		for h := k + 1; h < s; h++ {
			if !d.x.honorifics[d.toks[h].lower] && d.toks[h].text != "." {
				onlyHonorifics = false
			}
		}
		if k >= 1 && (d.toks[k].lower == "of" || d.toks[k].lower == "at" || d.toks[k].lower == "for") && d.isTitle(k-1) && !onlyHonorifics {
			j = k - 1
		}
	}
	if j < 0 || !d.isTitle(j) || d.toks[j].sent != d.toks[s].sent {
		return 0, 0, false
	}
	k := d.titleStart(j, s)
	// A title's field of two ("chief safety and quality officer": "and"
	// between two words that are not titles) and a second title joined by
	// a slash ("deputy director/chief … officer") are one role: read back
	// across them. Two titles joined by "and" are left alone (they may be
	// two people's).
	for k >= 2 && d.toks[k-2].sent == d.toks[s].sent {
		l := d.toks[k-1].lower
		fieldAnd := (l == "and" || l == "&") && !d.isTitle(k-2) && !d.isTitle(k) && (d.isRoleWord(k-2) || d.nounModifier(k-2))
		slash := d.toks[k-1].text == "/" && d.isRoleWord(k-2)
		if !fieldAnd && !slash {
			break
		}
		nk := d.titleStart(k-2, s)
		// the field's first word is governed by a title before it ("chief
		// strategy and …"), not a noun of the sentence ("workers and union
		// leader …")
		if fieldAnd && !d.hasTitle(nk, k-1) {
			break
		}
		k = nk
	}
	return k, end, true
}

// hasTitle reports whether tokens [i, j) hold a title word.
func (d *doc) hasTitle(i, j int) bool {
	for ; i < j; i++ {
		if d.isTitle(i) {
			return true
		}
	}
	return false
}

// titleStart returns the first token of the title whose last role word is
// token j, before the name at token s: role words, then up to two noun
// modifiers ("embassy spokesman", "ministry spokesperson").
func (d *doc) titleStart(j, s int) int {
	k := j
	for k-1 >= 0 && k-1 > j-6 && d.toks[k-1].sent == d.toks[s].sent && d.isRoleWord(k-1) {
		k--
	}
	for n := 0; n < 2 && k-1 >= 0 && d.toks[k-1].sent == d.toks[s].sent && d.nounModifier(k-1); n++ {
		k--
	}
	return k
}

// nounModifier reports a lower-case word that can modify a title inside a
// role: not a function word, verb form, number or adverb.
func (d *doc) nounModifier(i int) bool {
	t := d.toks[i]
	if !t.word || t.cap || t.digit || d.x.function[t.lower] || isPreposition(t.lower) {
		return false
	}
	l := t.lower
	if strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "ing") || strings.HasSuffix(l, "ly") || strings.HasSuffix(l, "'s") {
		return false
	}
	if _, irregular := d.x.lex.irregular[l]; irregular || d.x.lex.IsSpeech(d.x.lex.Lemma(l)) || d.x.lex.IsEvent(l) && !d.x.titles[l] {
		return false
	}
	return true
}

func (d *doc) roleText(s, e int) string {
	return normSpace(d.join(s, e-1))
}

// extractEntities finds person, organisation, place and group mentions.
func (d *doc) extractEntities() {
	chunks := d.chunks()
	skip := map[int]bool{}
	aliases := map[string]*mention{}
	for ci, c := range chunks {
		if skip[ci] {
			continue
		}
		s, e := c[0], c[1]
		m := mention{s: s, e: e, roleS: -1, spanS: d.toks[s].start, spanE: d.toks[e-1].end}
		m.name = normSpace(d.join(s, e-1))
		m.initial = e-s == 1 && d.initialPos(s)
		// honorific: "Mr Keller", "Dr. Lind"
		if s > 0 && d.x.honorifics[d.toks[s-1].lower] && d.toks[s-1].cap {
			m.honorific = true
		} else if s > 1 && d.toks[s-1].text == "." && d.x.honorifics[d.toks[s-2].lower] {
			m.honorific = true
		}
		if d.x.honorifics[d.toks[s].lower] && e-s > 1 {
			m.honorific = true
			s++
			if s < e-1 && d.toks[s].text == "." {
				s++
			}
			m.s, m.name = s, normSpace(d.join(s, e-1))
			m.spanS = d.toks[s].start
		}
		// a participle opening the sentence is no part of the name:
		// "Saying Norland must change, …", "Speaking in Orsk, …"
		if e-s >= 2 && d.initialPos(s) && strings.HasSuffix(d.toks[s].lower, "ing") {
			if lem := d.x.lex.Lemma(d.toks[s].lower); lem != d.toks[s].lower && (d.x.lex.IsSpeech(lem) || d.x.lex.IsEvent(lem)) {
				s++
				m.s, m.name = s, normSpace(d.join(s, e-1))
				m.spanS = d.toks[s].start
			}
		}
		// a nationality before a name is no part of it: "fellow American
		// Ross Belling", "South Korean Seo-Yun Kang"
		if k := d.demonymPrefix(s, e); k > s && e-k >= 2 {
			s = k
			m.s, m.name = s, normSpace(d.join(s, e-1))
			m.spanS = d.toks[s].start
		}
		// an occupation opening the sentence describes the name after
		// it: "Actor Ada Quist has …" is Ada Quist, as "actor Ada Quist"
		// is mid-sentence (a name of two words at least follows, so
		// "Agent Orange" keeps its word); like the lower-case word, it
		// is not taken for a title of office)
		if e-s >= 3 && d.sentenceOpen(s) && d.toks[s].cap && !d.toks[s].upper && d.x.occupations[d.toks[s].lower] && d.nameLike(s+1, e) {
			s++
			m.s, m.name = s, normSpace(d.join(s, e-1))
			m.spanS = d.toks[s].start
		}
		d.classify(&m)
		m.strong = m.kind != ""
		if m.kind == "" && m.weak == weakNone {
			m.weak = weakAcronymOrNone(d, &m)
		}
		// "National Cyber Security Agency (NCSA)"
		if m.e > m.s && e+2 < len(d.toks) && d.toks[e].text == "(" && d.toks[e+2].text == ")" && d.toks[e+1].upper && m.kind != crosswire.KindPerson {
			acr := d.toks[e+1]
			if ci+1 < len(chunks) && chunks[ci+1][0] == e+1 {
				skip[ci+1] = true
			}
			if m.kind == "" {
				m.kind = crosswire.KindOrg
			}
			am := mention{kind: m.kind, value: m.value, name: acr.text, s: e + 1, e: e + 2, spanS: acr.start, spanE: acr.end, roleS: -1}
			d.ents = append(d.ents, m)
			aliases[acr.text] = &mention{kind: m.kind, value: m.value}
			am.weak = weakAcronym
			d.ents = append(d.ents, am)
			continue
		}
		if m.e > m.s {
			d.ents = append(d.ents, m)
		}
	}
	d.resolveEntities(aliases)
	d.indexMentions()
	for _, m := range d.ents {
		if m.kind == "" || m.value == "" {
			continue
		}
		ent := &crosswire.Entity{Name: m.name, Role: m.role}
		if m.roleS >= 0 && m.role != "" {
			ent.RoleSpan = &crosswire.Span{Start: m.roleS, End: m.roleE}
		}
		d.add(crosswire.Fact{Kind: m.kind, Value: m.value, Entity: ent}, m.spanS, m.spanE)
	}
}

// weakAcronymOrNone gives a lone acronym the weak acronym kind, unless
// English uses it as a common noun or unit ("ID cards", "1200 GMT").
func weakAcronymOrNone(d *doc, m *mention) weakKind {
	if m.e-m.s == 1 && d.toks[m.s].upper && utf8.RuneCountInString(d.toks[m.s].text) <= 6 && !d.x.commonAcronyms[d.toks[m.s].text] {
		return weakAcronym
	}
	return weakNone
}

// classify decides the kind of one capitalised sequence from the signals
// around it: titles, heads, acronyms, speech verbs, prepositions.
func (d *doc) classify(m *mention) {
	s, e := m.s, m.e
	toks := d.toks
	m.value = m.name
	// group: numbered designations and vendor-style heads
	for i := s; i < e; i++ {
		if threatIDRe.MatchString(toks[i].text) {
			m.kind = crosswire.KindGroup
			return
		}
	}
	if d.x.groupHeads[toks[e-1].text] && e-s >= 2 && (!d.x.groupCtxHeads[toks[e-1].text] || d.threatContext(s)) {
		m.kind = crosswire.KindGroup
		return
	}
	if d.introducedAsGroup(s) {
		m.kind = crosswire.KindGroup
		return
	}
	// title + name inside the sequence: "Deputy Interior Minister Dana Keller"
	lastTitle := -1
	for i := s; i < e; i++ {
		if d.isTitle(i) {
			lastTitle = i
		}
	}
	hasOrgHead := false
	for i := s; i < e; i++ {
		if d.isOrgHead(i) {
			hasOrgHead = true
		}
	}
	if e-s >= 2 && d.x.teamHeads[toks[e-1].text] {
		// "Harlow Rovers", "Kestrel United": a team's name ends with its
		// head as an organisation's does
		hasOrgHead = true
	}
	if lastTitle >= 0 {
		ns := lastTitle + 1
		if ns < e && (toks[ns].lower == "of" || toks[ns].lower == "for") && e-ns > 3 {
			// "Minister of Foreign Affairs Ivo Strand": the name is the
			// tail, after the portfolio's words ("Minister for Trade and
			// Industry Tan Wei Ming"), else its last two words.
			k := ns + 1
			if k < e && toks[k].lower == "the" {
				k++
			}
			for k < e && (d.isRoleWord(k) || (toks[k].lower == "and" || toks[k].lower == "&") && d.isRoleWord(k+1)) {
				k++
			}
			switch {
			case k > ns+1 && k < e && d.nameLike(k, e):
				ns = k
			case k >= e:
				ns = e // all title: "Minister of Finance and Corporate Affairs"
			default:
				ns = e - 2
			}
		}
		if ns < e && d.nameLike(ns, e) && !d.adjectiveRole(s, ns) {
			m.kind = crosswire.KindPerson
			m.role = d.roleText(s, ns)
			m.roleS, m.roleE = toks[s].start, toks[ns-1].end
			m.s = ns
			m.name = normSpace(d.join(ns, e-1))
			m.value = m.name
			d.trimPlaceFromRole(m)
			return
		}
		if ns == e && !hasOrgHead {
			// a title without a name ("the Foreign Minister"): no entity;
			// a name after a comma picks it up through roleBefore
			m.kind = ""
			m.value = ""
			m.initial = false
			m.weak = weakNone
			m.e = m.s // no mention
			return
		}
	}
	if hasOrgHead && e-s == 1 && !toks[s].upper && d.initialPos(s) {
		// a bare head ("Police", "the Ministry") names no organisation
		m.e = m.s
		return
	}
	if hasOrgHead {
		if toks[e-1].text == "Group" && d.threatContext(s) {
			m.kind = crosswire.KindGroup
		} else {
			m.kind = crosswire.KindOrg
		}
		return
	}
	// A head word alone names no place: "Oasis", "Station" need a name
	// before them ("Palm Oasis", "Kings Station").
	if d.inGazetteer(m.name) || e-s >= 2 && d.isPlaceHead(e-1) || (e-s >= 2 && d.isPlaceHead(s) && toks[s+1].lower == "of") {
		m.kind = crosswire.KindPlace
		return
	}
	if d.nameLike(s, e) && e < len(toks) && d.isTitle(e) && !toks[e].cap && toks[e].sent == toks[s].sent &&
		!(e-s == 1 && (demonymShape(m.name) || strings.HasSuffix(m.name, "ch") || strings.HasSuffix(m.name, "sh") || d.x.places[m.name])) {
		// (a nationality is no organisation: "French finance minister")
		// a name before a lower-case title modifies it: "Kestrel United
		// manager Tomas Brandt", "Kestrel Metals chief executive": an
		// organisation, never the person
		m.weak = weakOrg
		return
	}
	if cls, ok := d.x.classifiers[d.prevLower(s)]; ok && d.nameLike(s, e) && !toks[s-1].cap {
		// "the show Late Tide", "surfwear firm Orvik": a work
		// names no entity, an organisation noun settles the kind
		if cls == crosswire.KindOrg {
			m.weak = weakOrg
		} else {
			m.weak = weakNone
			m.work = true
		}
		return
	}
	if d.nameLike(s, e) && (d.workNamed(s) || d.starredIn(s)) {
		// "a show called Late Tide", "his new album, entitled
		// Star Fields": a name a work noun introduces is its title
		m.weak = weakNone
		m.work = true
		return
	}
	if d.nameLike(s, e) && s > 0 && toks[s-1].sent == toks[s].sent && (toks[s-1].lower == "the" || toks[s-1].lower == "a" || toks[s-1].lower == "an") {
		// (not a name modifying a noun after it: "the Lund family",
		// "the Rovers manager" say nothing of the name's kind)
		m.afterThe = toks[s-1].lower == "the" && !d.nounAfterName(e)
		// a determiner before a name without a title: "the Central
		// Reserve is", "a New Dawn spokesman": English puts no article
		// before a personal name
		// (no kind from here: "the Kilbrae Boys was", "the South
		// African has" are works and nationals as often as bodies; the
		// name keeps a kind only from its other mentions or heads)
	} else if d.nameLike(s, e) {
		// appositive roles
		if e < len(toks) && toks[e].text == "," {
			// not after a lone word opening the sentence: "Well, Football
			// Manager is …" is an interjection before a title
			// nor when a name follows the title: "against Acme, its chief
			// executive Ivo Strand" gives the title to Strand
			// nor when the name ends a prepositional phrase and the role
			// is the subject of a verb: "a clinic in Orsk, her spokesman
			// said" ("a letter sent to Ada Quist, the family's lawyer
			// says") is a new clause, the role someone else's
			if rs, re, ok := d.roleAfter(e + 1); ok && !(m.initial && toks[rs].cap) && !(re < len(toks) && toks[re].word && toks[re].cap && toks[re].sent == toks[e].sent) && !d.roleOpensClause(s, re) {
				m.kind = crosswire.KindPerson
				m.role = d.roleText(rs, re)
				m.roleS, m.roleE = toks[rs].start, toks[re-1].end
				m.spanE = m.roleE
				return
			}
		}
		if rs, re, ok := d.roleBefore(s); ok && (e-s >= 2 || d.toks[re-1].cap) && !d.listAfterComma(re, e) && !d.adjectiveRole(rs, re) {
			m.kind = crosswire.KindPerson
			m.role = d.roleText(rs, re)
			m.roleS, m.roleE = toks[rs].start, toks[re-1].end
			m.spanS = m.roleS
			d.trimPlaceFromRole(m)
			return
		}
		if m.honorific {
			m.kind = crosswire.KindPerson
			return
		}
		if d.sentenceOpen(s) && d.occupationGloss(e) {
			// "Ada Quist, the singer behind Grey Tides, is …": a name
			// opening the sentence, whose capital says nothing, glossed
			// with a calling is a person's
			m.kind = crosswire.KindPerson
			return
		}
		if k := d.appositiveKind(e); k != "" {
			// "Orvik Labs, a security firm, said": the noun a name is
			// glossed with settles its kind, even opening a sentence
			m.kind = k
			return
		}
		if d.workAfter(e) {
			// "the first Borrow Lane film", "the Star Fields episodes":
			// a name modifying a work noun is the work's title
			m.work = true
			return
		}
		if e-s >= 2 && d.personContext(s, e) {
			// a verb after a name is weaker evidence than a group or
			// organisation signal elsewhere in the article; a place
			// preposition before it is stronger ("a woman from North
			// Vessex said")
			m.weak = weakPerson
			if e-s <= 4 && d.placePreposition(s) && !d.speechTok(s-1) {
				m.weak = weakPlace
			}
			return
		}
		if e-s >= 2 && e-s <= 3 {
			m.weak = weakPerson
			m.bare = true
		}
	}
	if d.followedByGroupNoun(e) && !(e-s == 1 && demonymShape(m.name)) {
		// "the Kessler group" is a company; "the Red Harbor group" that
		// breached a network is a threat actor
		switch d.toks[e].lower {
		case "group", "groups", "collective", "crew", "cell", "faction", "network":
			if !d.threatContext(s) {
				m.weak = weakOrg
				return
			}
		}
		m.weak = weakGroup
		return
	}
	// an acronym after "in"/"from" is an organisation ("a senior figure
	// from BT"); places written as acronyms are in the gazetteer
	if e-s <= 4 && d.placePreposition(s) && !(e-s == 1 && toks[s].upper && utf8.RuneCountInString(toks[s].text) > 1) {
		m.weak = weakPlace
		// "a researcher at Orvik Labs", "chief executive of Kilbrae":
		// the place a job is held at is its employer
		if l := toks[s-1].lower; (l == "at" || l == "with") && d.isTitle(s-2) && !d.inGazetteer(m.name) {
			m.weak = weakOrg
		}
	}
}

// nounAfterName reports whether the token at e, right after a name, may
// be a word the name modifies: a word of its sentence that is neither a
// lower-case function word nor a lower-case verb the lexicon knows ("the
// Lund family", "the Ada Lund Sunday Show"; fictional).
func (d *doc) nounAfterName(e int) bool {
	if e >= len(d.toks) || e == 0 || d.toks[e].sent != d.toks[e-1].sent {
		return false
	}
	t := d.toks[e]
	if !t.word || t.digit {
		return false
	}
	if t.cap {
		return true
	}
	if d.x.function[t.lower] {
		return false
	}
	lem := d.x.lex.Lemma(t.lower)
	return !d.x.lex.IsEvent(lem) && !d.x.lex.IsSpeech(lem)
}

// appositiveKind returns the kind a name's gloss after the comma at token
// e gives it: an organisation for an organisation noun (", a security
// firm", ", the broadcaster", ", an Orvik-based retailer"), a threat
// group when the gloss names an attacker's trade (", a state-backed
// roleOpensClause reports whether a role written after the name at token
// s and ending before token re is the subject of the verb at re rather
// than the name's apposition: the name closes a prepositional phrase
// ("in Orsk", "in Vell, Tarnel", "to Ada Quist") and a speech verb or an
// auxiliary follows the role. An apposition to a name in a prepositional
// phrase is closed by a comma before the sentence goes on.
func (d *doc) roleOpensClause(s, re int) bool {
	toks := d.toks
	if re >= len(toks) || toks[re].sent != toks[s].sent || !d.speechTok(re) && !isAux(toks[re].lower) {
		return false
	}
	// back over the name and a place list before it ("Vell, Tarnel")
	for k, n := s-1, 0; k >= 0 && toks[k].sent == toks[s].sent && n < 6; k, n = k-1, n+1 {
		switch {
		case isPreposition(toks[k].lower):
			return true
		case toks[k].text == "," || d.nameTok(k):
			continue
		}
		return false
	}
	return false
}

// occupationGloss reports whether the name ending before token e is
// glossed with a calling: ", the singer behind …", ", a retired actor,".
// Not when a name or a possessive follows the calling ("X, the actor Ivo
// Lund", "X, the actor's home").
func (d *doc) occupationGloss(e int) bool {
	toks := d.toks
	if e+1 >= len(toks) || toks[e].text != "," {
		return false
	}
	switch toks[e+1].lower {
	case "a", "an", "the":
	default:
		return false
	}
	for k := e + 2; k < len(toks) && k <= e+4 && toks[k].sent == toks[e].sent && toks[k].word && !toks[k].cap; k++ {
		if !d.x.occupations[toks[k].lower] {
			continue
		}
		// the gloss closes (a comma, the sentence's end) or goes on with
		// its complement ("behind …", "who …"), never with a verb: in
		// "Lately, a hacker could …" the noun is the clause's subject
		next := k + 1
		if next >= len(toks) || toks[next].sent != toks[k].sent {
			return true
		}
		switch n := toks[next]; {
		case !n.word:
			return n.text == "," || n.text == "." || n.text == ";" || n.text == ")"
		case n.cap:
			return false
		default:
			return isPreposition(n.lower) || n.lower == "behind" || n.lower == "who" || n.lower == "whose"
		}
	}
	return false
}

// hacking team"); "" when there is no such gloss.
func (d *doc) appositiveKind(e int) crosswire.FactKind {
	toks := d.toks
	if e+1 >= len(toks) || toks[e].text != "," {
		return ""
	}
	switch toks[e+1].lower {
	case "a", "an", "the":
	default:
		return ""
	}
	for k := e + 2; k < len(toks) && k <= e+5 && toks[k].sent == toks[e].sent && toks[k].word; k++ {
		if cls, ok := d.x.classifiers[toks[k].lower]; ok && !toks[k].cap {
			// "X, the security firm Orvik Labs said": a noun followed by
			// a name is that name's title, not a gloss of X
			if k+1 < len(toks) && toks[k+1].sent == toks[k].sent && toks[k+1].word && toks[k+1].cap {
				return ""
			}
			if cls != crosswire.KindOrg {
				return ""
			}
			// "X, a state-backed hacking team": a gloss naming an
			// attacker's trade is a threat group's, not a company's
			for j := e + 2; j < k; j++ {
				if threatWord(toks[j].lower) {
					return crosswire.KindGroup
				}
			}
			return crosswire.KindOrg
		}
	}
	return ""
}

// loneNameResolver returns the function that tells which person a lone
// name of the article names: the one full name ending with it (surname,
// "" when two share it) or, failing that, the one full name opening with
// it (firstNames: typed persons only). A word that is the surname of one
// person and the given name of another ("Ada Quist" and "Ivo Ada") is
// ambiguous: it names the person stated more firmly (a title, honorific
// or appositive, then more full mentions), and nobody when neither is.
func (d *doc) loneNameResolver(surname, firstNames map[string]string) func(string) string {
	type weight struct {
		typed    bool
		mentions int
	}
	weights := map[string]*weight{}  // full personal name → how firmly stated
	givenBy := map[string][]string{} // first word → full names opening with it
	for _, m := range d.ents {
		f := strings.Fields(m.name)
		if m.kind != crosswire.KindPerson || len(f) < 2 {
			continue
		}
		w := weights[m.name]
		if w == nil {
			w = &weight{}
			weights[m.name] = w
			givenBy[f[0]] = append(givenBy[f[0]], m.name)
		}
		w.mentions++
		w.typed = w.typed || m.strong
	}
	firmer := func(a, b string) bool { // a stated more firmly than b
		wa, wb := weights[a], weights[b]
		if wa.typed != wb.typed {
			return wa.typed
		}
		return wa.mentions > wb.mentions
	}
	return func(name string) string {
		sur := surname[name]
		var others []string // other people whose given name it is
		for _, full := range givenBy[name] {
			if full != sur {
				others = append(others, full)
			}
		}
		if sur == "" {
			return firstNames[name]
		}
		if len(others) == 0 {
			return sur
		}
		best := sur
		for _, o := range others {
			if firmer(o, best) {
				best = o
			}
		}
		for _, o := range append(others, sur) {
			if o != best && !firmer(best, o) {
				return "" // as firmly stated as another: ambiguous
			}
		}
		return best
	}
}

// workAfter reports a lower-case noun of a work (lexicon/classifier_nouns:
// "film", "album", "episodes") right after the name ending at token e.
func (d *doc) workAfter(e int) bool {
	toks := d.toks
	return e < len(toks) && toks[e].sent == toks[e-1].sent && d.workNoun(e)
}

// workNoun reports a lower-case work noun (lexicon/classifier_nouns,
// singular or plural) at token k.
func (d *doc) workNoun(k int) bool {
	t := d.toks[k]
	if !t.word || t.cap {
		return false
	}
	cls, ok := d.x.classifiers[t.lower]
	if !ok && strings.HasSuffix(t.lower, "s") {
		cls, ok = d.x.classifiers[strings.TrimSuffix(t.lower, "s")]
	}
	return ok && cls == ""
}

// workNamed reports a name starting at token s that a naming word
// introduces after a work noun (lexicon/classifier_nouns): "a show called
// X", "the series, entitled X", "an album named “X”". English names a
// person so only as a nickname ("a man called X"), and a man is no work.
func (d *doc) workNamed(s int) bool {
	toks := d.toks
	k := s - 1
	if k >= 0 && !toks[k].word && toks[k].sent == toks[s].sent && strings.ContainsAny(toks[k].text, "\"'“‘«") {
		k-- // an opening quotation mark
	}
	if k < 1 || toks[k].sent != toks[s].sent || !toks[k].word {
		return false
	}
	switch toks[k].lower {
	case "called", "named", "entitled", "titled", "dubbed":
	default:
		return false
	}
	k--
	if toks[k].text == "," && k > 0 {
		k--
	}
	return toks[k].sent == toks[s].sent && d.workNoun(k)
}

// starredIn reports a name after "starred in", "starring in" or "(will)
// star in": what an actor stars in is a work, not a place ("starred in
// Night Tide"). "stars"/"star" count only as a verb, after a name, a
// pronoun or "to"/"will" ("Lund stars in …"), not as a noun ("the
// biggest stars in Vell").
func (d *doc) starredIn(s int) bool {
	toks := d.toks
	if s < 2 || toks[s-1].lower != "in" || toks[s-2].sent != toks[s].sent {
		return false
	}
	switch toks[s-2].lower {
	case "starred", "starring", "co-starred", "co-starring":
		return true
	case "star", "stars", "co-stars":
		if s < 3 || toks[s-3].sent != toks[s].sent {
			return false
		}
		switch p := toks[s-3]; p.lower {
		case "he", "she", "they", "who", "to", "will", "would", "also", "now":
			return true
		default:
			return p.word && p.cap && !d.initialPos(s-3)
		}
	}
	return false
}

// inGazetteer reports a place of the lexicon, written with or without
// the dots of an abbreviation ("U.S." is "US").
func (d *doc) inGazetteer(name string) bool {
	if d.x.places[name] {
		return true
	}
	if strings.Contains(name, ".") {
		return d.x.places[strings.NewReplacer(".", "", " ", "").Replace(name)]
	}
	return false
}

// prevLower is the lower-case token before token s in its sentence, ""
// when none.
func (d *doc) prevLower(s int) string {
	if s <= 0 || d.toks[s-1].sent != d.toks[s].sent || !d.toks[s-1].word {
		return ""
	}
	return d.toks[s-1].lower
}

// demonymPrefix returns the first token after the nationality words that
// open the capitalised sequence [s, e) ("South Korean", "American"), s
// when there are none. A word is a nationality when it has a demonym's
// shape and a place of the gazetteer (or its last word: "South Korea")
// comes from one of its stems.
func (d *doc) demonymPrefix(s, e int) int {
	k := s
	switch d.toks[k].text {
	case "North", "South", "East", "West":
		k++
	}
	if k >= e || !demonymShape(d.toks[k].text) {
		return s
	}
	for place := range d.x.places {
		if i := strings.LastIndexByte(place, ' '); i >= 0 {
			place = place[i+1:]
		}
		if demonymMatches(d.toks[k].text, place) {
			return k + 1
		}
	}
	return s
}

// adjectiveTitle reports a title word that is also a common adjective ("the
// General Data Protection Regulation", "a general diary", "major
// reforms", "private security", "principal reason").
func adjectiveTitle(lower string) bool {
	switch lower {
	case "general", "major", "private", "principal":
		return true
	}
	return false
}

// adjectiveRole reports a role at tokens [rs, re) that is only an
// adjective-like title word and its modifiers, read as an adjective: written
// in lower case ("a general Production Diary") or after an article ("the
// General Data Protection Regulation"). "General Ivo Marsh" and "Major
// Lena Orr" stay persons.
func (d *doc) adjectiveRole(rs, re int) bool {
	onlyAdjective := false
	for k := rs; k < re; k++ {
		if d.isTitle(k) {
			if !adjectiveTitle(d.toks[k].lower) {
				return false
			}
			onlyAdjective = true
		}
	}
	if !onlyAdjective {
		return false
	}
	if !d.toks[rs].cap {
		return true
	}
	if rs > 0 && d.toks[rs-1].sent == d.toks[rs].sent {
		switch d.toks[rs-1].lower {
		case "the", "a", "an", "this", "its", "their":
			return true
		}
	}
	return false
}

// listAfterComma reports a title before a comma that does not describe
// the name after it because the name opens a list: "the Abbot, Ines
// Varga and the Mayor of Harwick" (re is the role's end, e the name's end). An
// appositive name is closed by a comma or goes on with its verb ("the
// foreign minister, Ivo Strand, said").
func (d *doc) listAfterComma(re, e int) bool {
	if re >= len(d.toks) || d.toks[re].text != "," || e >= len(d.toks) {
		return false
	}
	switch d.toks[e].lower {
	case "and", "or", "&":
		return true
	case ",":
		// ", Ines Varga, Tomas Hale and …": a second name follows
		return e+1 < len(d.toks) && d.toks[e+1].cap && d.nameTok(e+1)
	}
	return false
}

// trimPlaceFromRole moves a leading place or demonym out of a role
// ("Norlandic Foreign Minister" → role "Foreign Minister").
func (d *doc) trimPlaceFromRole(m *mention) {
	if m.roleS < 0 {
		return
	}
	i := d.tokAt(m.roleS)
	if i >= len(d.toks) || d.isRoleWord(i) || !d.toks[i].cap {
		return
	}
	if d.x.places[d.toks[i].text] || demonymShape(d.toks[i].text) {
		j := i + 1
		if j < len(d.toks) && d.toks[j].start < m.roleE {
			m.roleS = d.toks[j].start
			m.role = normSpace(d.text[m.roleS:m.roleE])
		}
	}
}

// personContext reports whether a name-like sequence sits where a person
// does: before a verb of speech or another verb, after "said" or
// "according to".
// givenNameUse reports whether a lone capitalised word ending at token e
// is used the way a given name is after the full name: followed by a comma
// and "who" or an age ("Ada, who …", "Ada, 28,"), or by a speech verb.
func (d *doc) givenNameUse(e int) bool {
	toks := d.toks
	if e >= len(toks) {
		return false
	}
	if d.speechTok(e) {
		return true
	}
	return toks[e].text == "," && e+1 < len(toks) && (toks[e+1].lower == "who" || toks[e+1].digit)
}

func (d *doc) personContext(s, e int) bool {
	toks := d.toks
	if e < len(toks) {
		if d.speechTok(e) {
			return true
		}
		switch toks[e].lower {
		case "has", "had", "was", "is", "will", "would", "who":
			return true
		}
		if toks[e].text == "," && e+1 < len(toks) && (toks[e+1].lower == "who" || toks[e+1].digit) {
			return true
		}
		if toks[e].word && !toks[e].cap && d.x.lex.IsEvent(d.x.lex.Lemma(toks[e].lower)) && strings.HasSuffix(toks[e].lower, "ed") {
			return true
		}
	}
	if s > 0 && d.speechTok(s-1) {
		return true
	}
	// object of a past-tense event verb: "police arrested Mara Lind"
	if s > 0 && toks[s-1].word && !toks[s-1].cap && d.x.lex.IsEvent(d.x.lex.Lemma(toks[s-1].lower)) {
		l := toks[s-1].lower
		if _, irregular := d.x.lex.irregular[l]; irregular || strings.HasSuffix(l, "ed") {
			return true
		}
	}
	if s > 1 && toks[s-1].lower == "to" && toks[s-2].lower == "according" {
		return true
	}
	return false
}

// placePreposition reports whether the token before s is a preposition that
// introduces places.
func (d *doc) placePreposition(s int) bool {
	if s == 0 || d.toks[s-1].sent != d.toks[s].sent {
		return false
	}
	switch d.toks[s-1].lower {
	case "in", "at", "from", "near", "outside", "inside", "across", "throughout", "into", "towards", "toward", "around", "within", "via", "off", "visited":
		return true
	}
	// "the port city of Lindhaven", "the capital, Veltra", "the town Orsk"
	k := s - 1
	if d.toks[k].lower == "of" || d.toks[k].text == "," {
		k--
	}
	if k >= 0 && placeNoun(d.toks[k].lower) {
		return true
	}
	return false
}

// PlaceNoun reports whether a lower-case word is a common noun naming a
// kind of place ("town", "province", "village"): "the town of Arnhold"
// names Arnhold.
func PlaceNoun(l string) bool { return placeNoun(l) }

// placeNoun reports common nouns that name a kind of place.
func placeNoun(l string) bool {
	switch l {
	case "city", "town", "village", "capital", "region", "province", "district", "county", "state", "country",
		"island", "port", "municipality", "suburb", "neighbourhood", "neighborhood", "valley", "river", "border",
		"republic", "kingdom", "territory", "enclave", "settlement", "hamlet":
		return true
	}
	return false
}

// namingAs are the verb forms that name a thing when "as" and a name
// follow: a researcher's naming of a group is in any tense and person ("a
// group known as X", "a crew it tracks as X", "an outfit they track as X").
var namingAs = map[string]bool{
	"known": true, "identified": true, "identifies": true, "identify": true,
	"tracked": true, "tracks": true, "track": true, "tracking": true,
	"designated": true, "designates": true, "designate": true,
}

// introducedAsGroup reports a name introduced as a group's: "a group known
// as X", "hackers dubbed X", "a gang calling itself X".
func (d *doc) introducedAsGroup(s int) bool {
	toks := d.toks
	k := s - 1
	if k >= 0 && (toks[k].text == "\"" || toks[k].text == "“" || toks[k].text == "‘") {
		k--
	}
	if k < 0 {
		return false
	}
	intro := false
	switch toks[k].lower {
	case "dubbed", "nicknamed", "codenamed", "named", "called":
		intro = true
		k--
	case "as":
		if k-1 >= 0 && namingAs[toks[k-1].lower] {
			intro = true
			k -= 2
		}
	case "name":
		if k-1 >= 0 && toks[k-1].lower == "the" {
			intro = true
			k -= 2
		}
	case "itself", "themselves":
		if k-1 >= 0 && (toks[k-1].lower == "calling" || toks[k-1].lower == "calls" || toks[k-1].lower == "call") {
			intro = true
			k -= 2
		}
	}
	if !intro {
		return false
	}
	for j := k; j >= 0 && j > k-5 && toks[j].sent == toks[s].sent; j-- {
		if d.x.groupNouns[toks[j].lower] {
			return true
		}
	}
	return false
}

func (d *doc) followedByGroupNoun(e int) bool {
	if e >= len(d.toks) || d.toks[e].cap {
		return false
	}
	l := d.toks[e].lower
	if !d.x.groupNouns[l] {
		return false
	}
	switch l {
	case "organisation", "organization", "movement", "network", "actor", "actors", "operators":
		return false
	}
	return true
}

// threatContext reports whether the sentence of token s speaks of
// hacking, attacks or armed groups.
func (d *doc) threatContext(s int) bool {
	sent := d.toks[s].sent
	hit := func(i int) bool {
		l := d.toks[i].lower
		if threatWord(l) {
			return true
		}
		if d.toks[i].word && !d.toks[i].cap {
			c := d.x.lex.Class(d.x.lex.Lemma(l))
			return c == "intrude" || c == "attack" || c == "kill"
		}
		return false
	}
	for i := s; i >= 0 && d.toks[i].sent == sent; i-- {
		if hit(i) {
			return true
		}
	}
	for i := s; i < len(d.toks) && d.toks[i].sent == sent; i++ {
		if hit(i) {
			return true
		}
	}
	return false
}

func threatWord(l string) bool {
	for _, p := range []string{"hack", "cyber", "ransom", "malware", "threat", "militant", "intrusion", "breach", "espionage", "phishing", "insurgen", "terror",
		"spy", "spies", "attacker", "exploit", "botnet", "backdoor", "infiltrat", "militia", "armed", "rebel", "bomb", "jihad", "extremis", "apt"} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// demonymShape reports whether a capitalised word has a demonym suffix.
func demonymShape(w string) bool {
	for _, suf := range []string{"ian", "ians", "ean", "eans", "ese", "ish", "ic", "i", "an", "ans"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// DemonymBase returns the stems a demonym or nationality adjective may be
// formed from ("Norlandic" → ["Norland"], "Kestrian" → ["Kestri",
// "Kestr"]). A place matches a demonym when its name starts with one of the
// stems and is at most three letters longer (Kestr → Kestria). It returns
// nil for words without a demonym suffix.
func DemonymBase(word string) []string {
	var out []string
	for _, suf := range []string{"ians", "ian", "eans", "ean", "ans", "an", "ese", "ish", "ic", "i"} {
		if strings.HasSuffix(word, suf) && len(word)-len(suf) >= 3 {
			stem := word[:len(word)-len(suf)]
			out = append(out, stem)
			if suf == "ian" || suf == "ians" {
				out = append(out, stem+"i")
			}
		}
	}
	return out
}

// demonymMatches reports whether word is a demonym of place.
func demonymMatches(word, place string) bool {
	if word == place || strings.Contains(place, " ") {
		return false
	}
	for _, stem := range DemonymBase(word) {
		if strings.HasPrefix(place, stem) && len(place)-len(stem) <= 3 {
			return true
		}
	}
	return false
}

// resolveEntities settles every mention once the strongly classified names
// of the article are known: acronyms defined in parentheses take their
// long form, surnames the full name, repeated names the kind they were
// first given, and only then do the weak signals (a preposition before a
// place, a group noun after a group) decide.
func (d *doc) resolveEntities(aliases map[string]*mention) {
	acronymOrgs, terms := map[string]bool{}, map[string]bool{}
	for _, m := range d.ents {
		if m.weak == weakAcronym && m.kind == "" && d.bodyUse(m.s, m.e) {
			acronymOrgs[m.name] = true
		}
		// "cross-site scripting (XSS)": an acronym defined by lower-case
		// words is a term's
		if m.weak == weakAcronym && m.s >= 2 && d.toks[m.s-1].text == "(" && d.toks[m.s-2].word && !d.toks[m.s-2].cap {
			terms[m.name] = true
		}
	}
	for t := range terms {
		delete(acronymOrgs, t)
	}
	// actor: names some mention of which acts (a verb after it, not a
	// possessive: "Lindhaven's port" is a place's)
	actor := map[string]bool{}
	for _, m := range d.ents {
		// ("officials in Norland said": the verb is the officials')
		if m.e < len(d.toks) && d.toks[m.e].lower != "'s" && d.toks[m.e].lower != "’s" && !isPreposition(d.prevLower(m.s)) && d.subjectUse(m.s, m.e) {
			actor[m.name] = true
		}
	}
	known := map[string]*mention{}
	for i := range d.ents {
		m := &d.ents[i]
		if m.kind != "" && m.weak != weakAcronym {
			if _, ok := known[m.name]; !ok {
				known[m.name] = m
			}
		}
	}
	// A bare name-like sequence ("Silver Harp", "Little Norland") is a
	// person only when the article names it again: the full name twice, or
	// its last word alone, or its first word alone away from the start of
	// a sentence (a given name: "Ada Quist … Ada, who"), or with a person
	// signal elsewhere.
	count := map[string]int{}
	single := map[string]bool{}
	given := map[string]bool{}
	signalled := map[string]bool{}
	for _, m := range d.ents {
		count[m.name]++
		if m.e-m.s == 1 {
			single[m.name] = true
			if m.kind == "" && (m.weak == weakPerson || m.weak == weakNone) && d.givenNameUse(m.e) {
				given[m.name] = true
			}
		}
		if m.weak == weakPerson && !m.bare || m.kind == crosswire.KindPerson {
			signalled[m.name] = true
		}
	}
	for i := range d.ents {
		m := &d.ents[i]
		if m.kind != "" || m.weak != weakPerson || !m.bare {
			continue
		}
		f := strings.Fields(m.name)
		if !(signalled[m.name] || count[m.name] >= 2 || single[f[len(f)-1]] || len(f) == 2 && given[f[0]]) {
			m.weak = weakNone
			if m.e-m.s <= 4 && d.placePreposition(m.s) {
				m.weak = weakPlace
			}
		}
	}
	// weak persons become persons unless the name is known as something
	// else, strongly or through an organisation signal elsewhere
	// ("Kestrel United manager …" then "Kestrel United had lost")
	weakOrgs, works := map[string]bool{}, map[string]bool{}
	// the names, and the last words of names, the article writes after
	// "the" on their own ("the Rovers" for "Harlow Rovers", "the
	// Harlow Rovers"): English puts no article before a personal name,
	// so a verb after such a name elsewhere makes it a body (a team, a
	// band, a firm), not a person
	theNames := map[string]bool{}
	for _, m := range d.ents {
		if m.kind == "" && m.afterThe {
			theNames[m.name] = true
		}
	}
	for _, m := range d.ents {
		if m.kind == "" && m.weak == weakOrg {
			weakOrgs[m.name] = true
		}
		if m.work {
			works[m.name] = true
		}
	}
	// a name ending in a plural ("Kestrel Terminals", "Orvik Fisheries")
	// that the article refers back to with "it" and never by its last
	// word alone is a body: a person is "he" or "she" and is named again
	// by surname, and a surname shaped as a plural ("Harris") is written
	// alone once the person is introduced
	itNames := map[string]bool{}
	for _, m := range d.ents {
		if f := strings.Fields(m.name); m.kind == "" && m.weak == weakPerson && len(f) >= 2 &&
			pluralShape(f[len(f)-1]) && !single[f[len(f)-1]] && d.itAfter(m.e) {
			itNames[m.name] = true
		}
	}
	for i := range d.ents {
		m := &d.ents[i]
		if m.kind == "" && m.weak == weakPerson {
			if k, ok := known[m.name]; ok {
				m.kind, m.value = k.kind, k.value
				continue
			}
			if f := strings.Fields(m.name); weakOrgs[m.name] || theNames[m.name] || theNames[f[len(f)-1]] || itNames[m.name] {
				m.kind, m.value = crosswire.KindOrg, m.name
				continue
			}
			if works[m.name] {
				continue
			}
			m.kind, m.value = crosswire.KindPerson, m.name
		}
	}
	surname := map[string]string{}
	for _, m := range d.ents {
		if m.kind != crosswire.KindPerson {
			continue
		}
		f := strings.Fields(m.name)
		if len(f) < 2 {
			continue
		}
		last := f[len(f)-1]
		if prev, ok := surname[last]; ok && prev != m.name {
			surname[last] = "" // ambiguous
			continue
		}
		surname[last] = m.name
	}
	// firstNames: the first words of the article's full personal names. A
	// lone "Paul" after "Paul Keller" is him, whatever a preposition
	// before it suggests ("gazed at Paul", "slags off Naomi").
	firstNames := map[string]string{} // given name → full name, "" when two people share it
	for _, m := range d.ents {
		// (only names typed by a signal of their own, a title or an
		// honorific, or whose surname the article uses alone: "Hollywood
		// Boulevard" taken for a person is no evidence)
		if f := strings.Fields(m.name); m.kind == crosswire.KindPerson && len(f) >= 2 && (m.strong || single[f[len(f)-1]]) {
			if prev, ok := firstNames[f[0]]; ok && prev != m.name {
				firstNames[f[0]] = ""
				continue
			}
			firstNames[f[0]] = m.name
		}
	}
	lone := d.loneNameResolver(surname, firstNames)
	var placeNames []string
	for _, m := range d.ents {
		if m.kind == crosswire.KindPlace {
			placeNames = append(placeNames, m.value)
		}
	}
	for i := range d.ents {
		m := &d.ents[i]
		if m.kind == crosswire.KindPerson && !strings.Contains(m.name, " ") {
			if full := lone(m.name); full != "" {
				m.value = full
			}
			continue
		}
		if m.kind != "" && m.weak != weakAcronym {
			continue
		}
		if a, ok := aliases[m.name]; ok {
			m.kind, m.value = a.kind, a.value
			continue
		}
		if full := lone(m.name); full != "" && (surname[m.name] == full || m.e-m.s == 1 && (m.weak == weakPlace || m.weak == weakNone || m.weak == weakPerson)) {
			m.kind, m.value = crosswire.KindPerson, full
			continue
		}
		if surname[m.name] != "" {
			// the surname of one person and the given name of another,
			// neither stated more firmly: a person, but which is not known
			m.kind, m.value = crosswire.KindPerson, m.name
			continue
		}
		if k, ok := known[m.name]; ok {
			m.kind, m.value = k.kind, k.value
			continue
		}
		if m.initial && m.weak != weakAcronym {
			continue
		}
		switch m.weak {
		case weakGroup:
			m.kind, m.value = crosswire.KindGroup, m.name
		case weakOrg:
			m.kind, m.value = crosswire.KindOrg, m.name
		case weakPlace:
			m.kind, m.value = crosswire.KindPlace, m.name
			if actor[m.name] && !d.inGazetteer(m.name) && m.e-m.s == 1 {
				// "a flaw in Orvik" and "Orvik released a patch": a
				// place taken from a preposition alone does not act
				m.kind = crosswire.KindOrg
			}
		case weakAcronym:
			switch {
			case d.inGazetteer(m.name):
				m.kind = crosswire.KindPlace
			case acronymOrgs[m.name]:
				m.kind = crosswire.KindOrg
			default:
				// an acronym no sentence uses as a body's is a term
				// ("an XSS bug", "RDP servers", "the PDF"): no entity
				continue
			}
			m.value = m.name
		}
	}
	// names first seen with a weak signal settle their other mentions
	for i := range d.ents {
		m := &d.ents[i]
		if m.kind != "" {
			if _, ok := known[m.name]; !ok {
				known[m.name] = m
			}
		}
	}
	for i := range d.ents {
		m := &d.ents[i]
		if m.kind != "" {
			continue
		}
		if k, ok := known[m.name]; ok {
			m.kind, m.value = k.kind, k.value
		}
	}
	d.voteKinds()
	for i := range d.ents {
		if m := &d.ents[i]; terms[m.name] && !m.strong {
			m.kind = ""
		}
	}
	// demonyms, once every place of the article is known
	// (each place once: a long text names its places thousands of times)
	placeNames = placeNames[:0]
	seenPlace := map[string]bool{}
	for _, m := range d.ents {
		if m.kind == crosswire.KindPlace && !seenPlace[m.value] {
			seenPlace[m.value] = true
			placeNames = append(placeNames, m.value)
		}
	}
	for i := range d.ents {
		m := &d.ents[i]
		if m.kind != "" {
			continue
		}
		if m.e-m.s == 1 && demonymShape(m.name) {
			matched := ""
			for _, p := range placeNames {
				if demonymMatches(m.name, p) {
					matched = p
					break
				}
			}
			next := m.e
			if matched != "" {
				m.kind, m.value = crosswire.KindPlace, matched
				continue
			}
			if next < len(d.toks) && d.toks[next].word && !d.toks[next].cap && d.toks[next].sent == d.toks[m.s].sent &&
				!d.x.function[d.toks[next].lower] && !strings.HasSuffix(m.name, "i") && !strings.HasSuffix(m.name, "an") {
				m.kind, m.value = crosswire.KindPlace, m.name
				continue
			}
		}
	}
}

// bodyUse reports whether the name at tokens [s, e) is used the way a
// body's name is (an acronym alone may as well be a term: "an XSS bug",
// "via SMTP"): after a determiner ("the BBC"), before a possessive ("GM's
// plan") or a verb it is the subject of ("NBC will", "ABC paid", "Acme
// said"), after a preposition of dealings ("told the BBC", "joined ITV",
// "a deal with GM") or in parentheses after its long form (handled as an
// alias before this).
func (d *doc) bodyUse(s, e int) bool {
	if p := d.prevLower(s); p != "" {
		switch p {
		case "the", "at", "from", "by", "with", "told", "joined", "to", "against", "for":
			// unless it modifies a noun other than an organisation's: "the
			// SNMP protocol" is a term, "the VH1 music channel" a body
			if h, ok := d.nounAfter(e); ok {
				return d.x.classifiers[h] == crosswire.KindOrg
			}
			return true
		}
		if cls, ok := d.x.classifiers[p]; ok && cls == crosswire.KindOrg {
			return true // "music channel VH1"
		}
	}
	// before a title it names the body the holder works for: "FBI
	// agents", "UNICEF ambassador" (as "Kestrel United manager")
	toks := d.toks
	if e < len(toks) && toks[e].sent == toks[s].sent && !toks[e].cap && (d.isTitle(e) || d.x.titles[strings.TrimSuffix(toks[e].lower, "s")]) {
		return true
	}
	return d.subjectUse(s, e)
}

// nounAfter returns the head of the lower-case noun run (up to three
// words) right after token e-1 and true, or false when the name modifies
// no noun (a verb, a function word or punctuation follows it).
func (d *doc) nounAfter(e int) (string, bool) {
	toks := d.toks
	head := ""
	for k := e; k < len(toks) && k < e+3 && toks[k].sent == toks[e-1].sent; k++ {
		t := toks[k]
		if !t.word || t.cap || t.digit || d.x.function[t.lower] || isPreposition(t.lower) || d.speechTok(k) {
			break
		}
		if _, irregular := d.x.lex.irregular[t.lower]; irregular || strings.HasSuffix(t.lower, "ed") || strings.HasSuffix(t.lower, "ly") {
			break
		}
		head = t.lower
	}
	return head, head != ""
}

// subjectUse reports whether the name at tokens [s, e) is followed by a
// possessive or a verb it is the subject of: "ABC paid", "Acme said",
// "NBC will", "GM's".
func (d *doc) subjectUse(s, e int) bool {
	toks := d.toks
	if e >= len(toks) || toks[e].sent != toks[s].sent {
		return false
	}
	n := toks[e].lower
	switch n {
	case "'s", "’s", "has", "had", "is", "was", "will", "would", "says", "said", "could", "can", "did", "does":
		return true
	}
	if toks[e].word && !toks[e].cap {
		if d.speechTok(e) {
			return true
		}
		if _, irregular := d.x.lex.irregular[n]; irregular || strings.HasSuffix(n, "ed") && d.x.lex.IsEvent(d.x.lex.Lemma(n)) {
			return true
		}
	}
	return false
}

// voteKinds gives every mention of one name in the article one kind: the
// kind its mentions give it most, a mention typed by a signal of its own
// (a title, a head word, the gazetteer) counting twice one typed by a
// weak signal (a preposition, a verb after it, an earlier mention). A
// tie leaves the mentions as they are. A reader sees "Orvik" as an
// organisation in one paragraph and a place in the next as an error;
// which of the two is right is best told by the weight of the evidence.
func (d *doc) voteKinds() {
	type tally map[crosswire.FactKind]int
	votes := map[string]tally{}
	for _, m := range d.ents {
		if m.kind == "" || m.value == "" {
			continue
		}
		t := votes[m.value]
		if t == nil {
			t = tally{}
			votes[m.value] = t
		}
		if m.strong {
			t[m.kind] += 2
		} else {
			t[m.kind]++
		}
	}
	for i := range d.ents {
		m := &d.ents[i]
		t := votes[m.value]
		if m.kind == "" || len(t) < 2 {
			continue
		}
		top, best, atTop := 0, m.kind, 0
		for k, n := range t {
			switch {
			case n > top:
				top, best, atTop = n, k, 1
			case n == top:
				atTop++
			}
		}
		if atTop == 1 {
			m.kind = best
		}
	}
}

// isRoman reports an upper-case Roman numeral up to 39 (regnal numbers).
func isRoman(s string) bool {
	switch s {
	case "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI":
		return true
	}
	return false
}

// indexMentions builds the token → mention indexes and the person and
// organisation lists used by quotes and claims.
func (d *doc) indexMentions() {
	d.nameAt = make([]int32, len(d.toks))
	d.spanAt = make([]int32, len(d.toks))
	for i := range d.nameAt {
		d.nameAt[i], d.spanAt[i] = -1, -1
	}
	for i := range d.ents {
		m := &d.ents[i]
		if m.kind == "" || m.value == "" || m.e <= m.s {
			continue
		}
		for k := m.s; k < m.e && k < len(d.toks); k++ {
			if d.nameAt[k] < 0 {
				d.nameAt[k] = int32(i)
			}
		}
		for k := d.tokAt(m.spanS); k < len(d.toks) && d.toks[k].start < m.spanE; k++ {
			if d.spanAt[k] < 0 {
				d.spanAt[k] = int32(i)
			}
		}
		switch m.kind {
		case crosswire.KindPerson:
			d.persons = append(d.persons, i)
		case crosswire.KindOrg:
			d.orgs = append(d.orgs, i)
		}
	}
	sort.SliceStable(d.persons, func(a, b int) bool { return d.ents[d.persons[a]].spanS < d.ents[d.persons[b]].spanS })
	sort.SliceStable(d.orgs, func(a, b int) bool { return d.ents[d.orgs[a]].spanS < d.ents[d.orgs[b]].spanS })
}

// mentionsIn returns the resolved mentions whose names lie in tokens
// [s, e), in text order.
func (d *doc) mentionsIn(s, e int) []*mention {
	var out []*mention
	last := int32(-1)
	for k := max(s, 0); k < e && k < len(d.nameAt); k++ {
		if i := d.nameAt[k]; i >= 0 && i != last {
			out = append(out, &d.ents[i])
			last = i
		}
	}
	return out
}

// pluralShape reports whether a capitalised word has the shape of an
// English plural: ending in "s" but not in "ss", "us", "is" or "'s"
// ("Terminals", "Fisheries"; not "Voss", "Markus", "Ellis").
func pluralShape(w string) bool {
	if len(w) < 4 || !strings.HasSuffix(w, "s") {
		return false
	}
	for _, suf := range []string{"ss", "us", "is", "'s", "’s"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return true
}

// itAfter reports whether the sentence going on after a name at token e
// has "it" as a subject, before any gendered
// pronoun or other capitalised name: "Kestrel Terminals said it had
// suspended …", "… has halted work and said it would help".
func (d *doc) itAfter(e int) bool {
	// the name is a subject itself: a verb follows it ("Kestrel
	// Terminals said", "has halted"), not "and" or a preposition
	// ("a chat with Dan Rhodes and it looks")
	if e >= len(d.toks) || !d.toks[e].word || d.toks[e].cap || isPreposition(d.toks[e].lower) || isConnector(d.toks[e].lower) {
		return false
	}
	sent := d.toks[e].sent
	for i := e; i < len(d.toks) && d.toks[i].sent == sent; i++ {
		switch d.toks[i].lower {
		case "it":
			// not the object of a verb ("opened it up"): "it" before a
			// verb is the subject, and the name is what it stands for
			if i+1 < len(d.toks) && d.toks[i+1].sent == sent && d.finiteAfterIt(i+1) {
				return true
			}
		case "its":
			// a possessive after an action ("was targeted by scammers who
			// infected its systems"), not after a copula ("Ray Lund was
			// one of its founders": "its" is the subject's complement's)
			if !isCopula(d.toks[e].lower) {
				return true
			}
		case "he", "she", "his", "her", "him":
			return false
		}
		if i > e && d.toks[i].cap && d.toks[i].word && !isMonthOrDay(d.toks[i].lower) {
			return false
		}
	}
	return false
}

// finiteAfterIt reports whether token i, right after "it", is a finite
// verb that makes "it" a subject: an auxiliary or modal ("it had", "it
// would"), a speech verb ("it said") or an event verb in -s or -ed ("it
// plans", "it suspended"); not a particle ("opened it up").
func (d *doc) finiteAfterIt(i int) bool {
	t := d.toks[i]
	if !t.word || t.cap {
		return false
	}
	switch t.lower {
	case "is", "was", "has", "had", "will", "would", "could", "can", "may", "might", "should", "must", "does", "did":
		return true
	}
	if d.speechTok(i) {
		return true
	}
	return (strings.HasSuffix(t.lower, "s") || strings.HasSuffix(t.lower, "ed")) && d.x.lex.IsEvent(d.x.lex.Lemma(t.lower))
}

// isCopula reports whether a word is a form of "be", "become" or
// "remain", the verbs a name is described with.
func isCopula(l string) bool {
	switch l {
	case "is", "was", "are", "were", "be", "been", "becomes", "became", "remains", "remained":
		return true
	}
	return false
}
