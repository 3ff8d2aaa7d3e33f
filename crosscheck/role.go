package crosscheck

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosswire"
	"crosswire/text"
)

// roleStop are words of a title that do not change which office it names.
// A title's time ("new", "incoming", "former") is not its office either.
var roleStop = setOf(`the of for a an s and former previous then newly outgoing incumbent current new incoming elect designate`)

// roleSynonyms fold gendered and variant forms of one title word.
var roleSynonyms = map[string]string{
	"spokesman": "spokesperson", "spokeswoman": "spokesperson",
	"chairman": "chair", "chairwoman": "chair", "chairperson": "chair",
	"ministry": "minister", "home": "interior",
	// a body's chief, head and leader are one title in news English
	"head": "chief", "leader": "chief", "boss": "chief",
}

// rankWords change the rank of a title: "Deputy Interior Minister" is not
// the Interior Minister. Dropping one is a (medium) role discrepancy.
var rankWords = setOf(`deputy vice assistant acting junior associate under co interim`)

// officeWords are heads of titles of office. Two titles that share none
// of their words but both name an office are incompatible ("Interior
// Minister" / "Finance Secretary"); titles that describe other things
// ("a lawyer", "a former banker") can coexist.
var officeWords = roleWordSet(`minister secretary president chair director governor mayor chief head
commissioner prosecutor judge ambassador spokesperson ceo officer inspector superintendent commander
leader senator chancellor premier attorney general mp representative editor manager founder master
king queen prince princess duke duchess emperor empress`)

// roleWordSet is setOf with each word normalised as roleTokens does, so
// the set is compared with a title's tokens ("princess" → "princes").
func roleWordSet(ws string) map[string]bool {
	out := map[string]bool{}
	for w := range setOf(ws) {
		out[stem(singular(w))] = true
	}
	return out
}

// roleTokens returns the normalised words of a title. A dotted
// abbreviation is one word ("A.B.C." is "ABC").
func roleTokens(role string) []string {
	var out []string
	for _, w := range text.Words(undot(role)) {
		if roleStop[w] {
			continue
		}
		if s, ok := roleSynonyms[w]; ok {
			w = s
		}
		// stemmed: "operating officer" / "operates officer"
		out = append(out, stem(singular(w)))
	}
	return out
}

// roleConflict compares two titles given to one person. It returns "" when
// they are compatible — the same words in any order ("Minister of the
// Interior" / "Interior Minister") or one a shortening of the other
// ("Deputy Minister" / "Deputy Interior Minister") — medium when the
// shortening drops a rank ("Deputy Interior Minister" / "Interior
// Minister"), high when they name different offices ("Deputy Interior
// Minister" / "Deputy Justice Minister"), and "" when they are not titles
// of office that could exclude each other.
//
// A slash joins two titles one person holds ("deputy director/chief safety
// officer"): a version may give either, so two such roles are compatible
// when any of their titles are, and otherwise conflict as little as their
// closest titles do.
func roleConflict(a, b string) crosswire.Severity {
	pa, pb := strings.Split(a, "/"), strings.Split(b, "/")
	if len(pa) == 1 && len(pb) == 1 {
		return titleConflict(a, b)
	}
	var least crosswire.Severity
	for _, x := range pa {
		for _, y := range pb {
			switch s := titleConflict(x, y); {
			case s == "":
				return ""
			case least == "" || s == crosswire.SeverityMedium:
				least = s
			}
		}
	}
	return least
}

// titleConflict is roleConflict for two single titles. An acronym in one
// stands for the words of the other whose initials it spells ("CEO" /
// "chief executive officer"), or all but its last letter: the long form
// may drop its last word, as any title may ("chief executive").
func titleConflict(a, b string) crosswire.Severity {
	a, b = expandAcronyms(a, b), expandAcronyms(b, a)
	ta, tb := roleTokens(a), roleTokens(b)
	if len(ta) == 0 || len(tb) == 0 {
		return ""
	}
	ta, tb = portfolioMinister(ta, tb), portfolioMinister(tb, ta)
	sa, sb := setFrom(ta), setFrom(tb)
	if subset(sa, sb) || subset(sb, sa) {
		if rankOf(sa) != rankOf(sb) {
			return crosswire.SeverityMedium
		}
		return ""
	}
	// A seat in a legislature and a post held inside it go together
	// ("Representative" / "Committee Chairman", "Senator" / "Majority
	// Leader").
	if seatAndPost(sa, sb) || seatAndPost(sb, sa) {
		return ""
	}
	// News English calls whoever heads a body its boss, chief, head or
	// leader ("Rovers boss" for the club's manager, "the agency's chief"
	// for its director): that word alone names no office of its own, so
	// it is compatible with a one-word title that heads a body, not with
	// a deputy, another post (a spokesperson is not the head) or a title
	// of a part ("campaign manager", "director of communications").
	if genericHead(ta) && headsBody(tb) || genericHead(tb) && headsBody(ta) {
		return ""
	}
	// The same holds with the body named beside both words ("the
	// agency's commissioner" / "the agency chief"): the words the titles
	// do not share are the generic head in one and a head of a body in
	// the other, each the head noun of its title, and both give the same
	// rank. Two offices ("chair" / "chief executive") or a rank
	// ("commissioner" / "deputy commissioner") stay apart.
	if sameBodyHead(a, b, sa, sb) {
		return ""
	}
	// Different words. Incompatible when they share the head of the title
	// (the same kind of office, a different portfolio) or both are offices.
	if ta[len(ta)-1] == tb[len(tb)-1] || hasAny(sa, officeWords) && hasAny(sb, officeWords) {
		return crosswire.SeverityHigh
	}
	return ""
}

// portfolioMinister returns title t with its "secretary" read as
// "minister" when the other title u is a minister's and both name a
// portfolio beside their head word: a portfolio's secretary sits in
// government as one of its ministers ("Culture Secretary" / "Culture
// minister"). A bare "secretary" is a clerk as well as an office, and is
// left as it is.
func portfolioMinister(t, u []string) []string {
	if len(t) < 2 || len(u) < 2 {
		return t
	}
	st, su := setFrom(t), setFrom(u)
	if !st[secretaryWord] || st[ministerWord] || !su[ministerWord] || su[secretaryWord] {
		return t
	}
	out := make([]string, len(t))
	for i, w := range t {
		if w == secretaryWord {
			w = ministerWord
		}
		out[i] = w
	}
	return out
}

// secretaryWord and ministerWord are the two heads as roleTokens
// normalises them.
var (
	secretaryWord = roleTokens("secretary")[0]
	ministerWord  = roleTokens("minister")[0]
)

// expandAcronyms replaces each acronym of title a (two to six capital
// letters) by the run of title b's words whose initials spell it, or spell
// all of it but its last letter when it has three or more; a is returned
// unchanged when none does.
func expandAcronyms(a, b string) string {
	a, b = undot(a), undot(b)
	raw := strings.FieldsFunc(a, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	var long []string
	for _, w := range text.Words(b) {
		if !roleStop[w] {
			long = append(long, w)
		}
	}
	changed := false
	out := make([]string, 0, len(raw))
	for _, w := range raw {
		if run := initialsRun(w, long); run != nil {
			out = append(out, run...)
			changed = true
			continue
		}
		out = append(out, w)
	}
	if !changed {
		return a
	}
	return strings.Join(out, " ")
}

// initialsRun returns the run of words whose initials spell the acronym
// w, the whole of it preferred to all but its last letter; nil when w is
// no acronym or no run spells it.
func initialsRun(w string, words []string) []string {
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 6 || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsUpper(r) }) >= 0 {
		return nil
	}
	acr := []rune(strings.ToLower(w))
	var short []string
	for i := range words {
		for j := i + 1; j <= len(words) && j-i <= n; j++ {
			r, _ := utf8.DecodeRuneInString(words[j-1])
			if r != acr[j-i-1] {
				break
			}
			switch {
			case j-i == n:
				return words[i:j]
			case j-i == n-1 && n >= 3 && short == nil:
				short = words[i:j]
			}
		}
	}
	return short
}

// bodyHeadWords are titles of the one person who heads a body.
var bodyHeadWords = roleWordSet(`manager director president chair ceo governor mayor commissioner commander
premier chancellor editor founder master superintendent`)

// genericHead reports whether a title's words are only the generic head
// of a body (boss, chief, head, leader: folded to one by roleSynonyms).
func genericHead(t []string) bool {
	return len(t) == 1 && t[0] == genericHeadWord
}

// genericHeadWord is "chief" as roleTokens normalises it.
var genericHeadWord = roleTokens("chief")[0]

// headsBody reports whether a title's words are one body-head word: a
// rank ("deputy director") or a part ("campaign manager") is not the
// body's head.
func headsBody(t []string) bool {
	return len(t) == 1 && bodyHeadWords[t[0]]
}

// sameBodyHead reports whether titles a and b (token sets sa and sb)
// name one head of one body: the head noun of one is the generic head
// and of the other a title that heads a body, both give the same rank,
// every other word of each is the body's name (an acronym, or a
// capitalised word beside a lower-case head), and read with its head
// noun as the generic head, one title is a shortening of the other
// ("chief" / "NTO commissioner", "NTO chief" / "commissioner of the
// NTO"). A part of a body ("campaign manager", "director of
// communications") is no body's name.
func sameBodyHead(a, b string, sa, sb map[string]bool) bool {
	if rankOf(sa) != rankOf(sb) || len(rankOf(sa)) > 0 {
		return false
	}
	for _, p := range [2][2]string{{a, b}, {b, a}} {
		g, h := p[0], p[1]
		if !headNoun(g, genericHeadWord) || !namedBody(g, genericHeadWord) {
			continue
		}
		th := roleTokens(h)
		for i, w := range th {
			if !bodyHeadWords[w] || !headNoun(h, w) || !namedBody(h, w) {
				continue
			}
			as := setFrom(roleTokens(g))
			bs := setFrom(append(append(append([]string(nil), th[:i]...), genericHeadWord), th[i+1:]...))
			if subset(as, bs) || subset(bs, as) {
				return true
			}
		}
	}
	return false
}

// namedBody reports whether every word of title t but its head w (a
// normalised token) and its function words names a body: an acronym, or
// a capitalised word while the head is written in lower case (a title
// written in capitals throughout shows no name by them).
func namedBody(t, w string) bool {
	headLower, capped := false, false
	for _, x := range strings.FieldsFunc(undot(t), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		lx := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(x, "'s"), "’s"))
		if roleStop[lx] || lx == "" {
			continue
		}
		if toks := roleTokens(lx); len(toks) == 1 && toks[0] == w {
			r, _ := utf8.DecodeRuneInString(x)
			headLower = headLower || unicode.IsLower(r)
			continue
		}
		if acronymOf(strings.TrimSuffix(strings.TrimSuffix(x, "'s"), "’s")) != "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(x)
		if !unicode.IsUpper(r) {
			return false
		}
		capped = true
	}
	return !capped || headLower
}

// headNoun reports whether the title word w (a normalised token) is the
// head noun of title t: its last word, or the word before "of" ("head
// of the agency"). A word that modifies the next one ("chief
// executive") is not.
func headNoun(t, w string) bool {
	ws := text.Words(undot(t))
	for i, x := range ws {
		if roleStop[x] {
			continue
		}
		if toks := roleTokens(x); len(toks) != 1 || toks[0] != w {
			continue
		}
		rest := ws[i+1:]
		for len(rest) > 0 && roleStop[rest[0]] && rest[0] != "of" {
			rest = rest[1:]
		}
		if len(rest) == 0 || rest[0] == "of" {
			return true
		}
	}
	return false
}

// undot writes each dotted abbreviation of s ("A.B.C.") without its dots.
func undot(s string) string {
	if !strings.Contains(s, ".") {
		return s
	}
	return dottedAbbrev.ReplaceAllStringFunc(s, func(m string) string { return strings.ReplaceAll(m, ".", "") })
}

// dottedAbbrev is a run of two or more single letters each followed by
// a dot.
var dottedAbbrev = regexp.MustCompile(`\b(?:\pL\.){2,}`)

// seatWords are titles of a seat in an elected body, and bodyPostWords
// the words of a post its members hold inside it (a committee's chair, a
// party's whip, the majority leader).
var (
	seatWords     = roleWordSet(`representative senator mp congressman congresswoman congressperson councillor councilor assemblyman assemblywoman member lawmaker legislator`)
	bodyPostWords = roleWordSet(`committee subcommittee caucus party panel delegation bloc faction majority minority whip speaker`)
)

// seatAndPost reports whether title a is only a seat (every word of it a
// seat word) and title b a post inside a body.
func seatAndPost(a, b map[string]bool) bool {
	for w := range a {
		if !seatWords[w] {
			return false
		}
	}
	return len(a) > 0 && hasAny(b, bodyPostWords)
}

func setFrom(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

func subset(a, b map[string]bool) bool {
	for w := range a {
		if !b[w] {
			return false
		}
	}
	return true
}

func hasAny(a, b map[string]bool) bool {
	for w := range a {
		if b[w] {
			return true
		}
	}
	return false
}

func rankOf(s map[string]bool) string {
	var r []string
	for w := range s {
		if rankWords[w] {
			r = append(r, w)
		}
	}
	sort.Strings(r)
	return strings.Join(r, " ")
}

// specificRole reports whether a title names one office holder: it has an
// office word and at least one other word ("Interior Minister", "Chief
// Prosecutor"), not a bare "minister" or "spokesperson" many people hold.
func specificRole(role string) bool {
	ts := roleTokens(role)
	return len(ts) >= 2 && hasAny(setFrom(ts), officeWords)
}

// roleMention is one title written for a person in one version.
type roleMention struct {
	m    *mention
	role string
	span crosswire.Span
}

// checkRoles finds persons given incompatible titles by different articles.
// Each article's titles for a person are reduced to the fullest one; the
// articles are then grouped by compatible titles.
func (w *work) checkRoles() {
	for _, e := range w.entities {
		if e.kind != crosswire.KindPerson {
			continue
		}
		best := map[string]roleMention{}
		var order []string
		for _, m := range e.ms {
			r := m.fact.Entity.Role
			if strings.TrimSpace(r) == "" {
				continue
			}
			sp := m.fact.Span
			if m.fact.Entity.RoleSpan != nil {
				sp = *m.fact.Entity.RoleSpan
			}
			cur, ok := best[m.art.ID]
			if !ok {
				order = append(order, m.art.ID)
			}
			if !ok || len(roleTokens(r)) > len(roleTokens(cur.role)) {
				best[m.art.ID] = roleMention{m: m, role: r, span: sp}
			}
		}
		if len(order) < 2 {
			continue
		}
		type roleGroup struct {
			rep  roleMention
			rms  []roleMention
			vers int
		}
		var groups []*roleGroup
		for _, v := range order {
			rm := best[v]
			placed := false
			for _, g := range groups {
				if roleConflict(g.rep.role, rm.role) == "" {
					g.rms = append(g.rms, rm)
					if len(roleTokens(rm.role)) > len(roleTokens(g.rep.role)) {
						g.rep = rm
					}
					placed = true
					break
				}
			}
			if !placed {
				groups = append(groups, &roleGroup{rep: rm, rms: []roleMention{rm}})
			}
		}
		if len(groups) < 2 {
			continue
		}
		// Every pair of groups conflicts (a title joins the first group
		// it agrees with); the story's discrepancy is as severe as the
		// worst pair, a pair told only by a translation and its source
		// low (translatedApart).
		sev := crosswire.SeverityLow
		for i := range groups {
			for j := i + 1; j < len(groups); j++ {
				c := roleConflict(groups[i].rep.role, groups[j].rep.role)
				if c == "" {
					c = crosswire.SeverityMedium // apart from a group's other titles
				}
				if w.translatedApart(groups[i].rms, groups[j].rms) {
					c = crosswire.SeverityLow
				}
				if severityWeight[c] > severityWeight[sev] {
					sev = c
				}
			}
		}
		f := &finding{kind: crosswire.DiscRole, sev: sev, subject: "role of " + e.name}
		for _, g := range groups {
			s := side{value: g.rep.role}
			for _, rm := range g.rms {
				s.ms = append(s.ms, rm.m)
				s.spans = append(s.spans, rm.span)
			}
			f.sides = append(f.sides, s)
		}
		e.conflicting = true
		w.discs = append(w.discs, f)
	}
}

// translatedApart reports whether every title of a and every title of b
// stand in a translation and the article it translates: a translator —
// a machine one most of all — renders the words of a portfolio or of a
// body's name by other senses of the words and in another order (a
// "trust" coming back as a "confidence"), so two such titles of one
// person are the translation's wording more often than another office.
// Such a conflict is still told, low.
func (w *work) translatedApart(a, b []roleMention) bool {
	for _, x := range a {
		for _, y := range b {
			if !w.translationOf(x.m.art, y.m.art) && !w.translationOf(y.m.art, x.m.art) {
				return false
			}
		}
	}
	return true
}

// translationOf reports whether article a is a translation of article b,
// through a chain of translations (a round trip translated from a
// translation of b).
func (w *work) translationOf(a, b *crosswire.Article) bool {
	seen := map[string]bool{}
	for a != nil && a.Role == crosswire.RoleTranslation && a.DerivedFrom != nil && !seen[a.ID] {
		seen[a.ID] = true
		if *a.DerivedFrom == b.ID {
			return true
		}
		a = w.arts[*a.DerivedFrom]
	}
	return false
}
