package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosswire"
)

// Agency copy that reaches a reader without a transmission header (a
// client's feed, a web page, a pasted text, a machine translation of the
// agency's copy in another language) still carries the agency's
// furniture, in the conventions the major agencies share:
//
//   - a slug line of keywords joined by hyphens, with the version after a
//     comma (AP "BC-EU--Vessland-Strike,1st Ld-Writethru", AFP
//     "Vessland-strike-transport,2ndlead", "…,PAPIER GÉNÉRAL");
//   - a line that is only a version or priority designation ("URGENT",
//     "BULLETIN", "2nd LEAD", "MISE À JOUR", "GENERAL PAPER");
//   - a version prefix on the headline (Reuters "UPDATE 2-…",
//     "CORRECTED-…", "REFILE-…", "RPT-…");
//   - an advisory in brackets after the headline ("(Adds quote from
//     minister, paragraphs 4-5)", "(Corrects spelling of name)") or
//     labelled ("Eds: UPDATES with …", "NDLR : …", recorded as an
//     editor's insert);
//   - the agency's credit in the dateline ("VESSBURG (Norpress) —",
//     "Vessburg, 3 mars 2020 (NPX) -", "(NPX) -");
//   - a byline ("By …", "Par …") and a closing copyright line ("© 2020
//     NPX", "Copyright 2020 Norpress. All rights reserved.").
//
// The lines and the advisory are cut from the text as metadata; what they
// say goes to Article.Wire (Slug, Version, Agency) and to Author. A
// dateline credit alone makes Article.Wire name the agency. The outlet is
// left as the input gave it: an agency's credit on a client's page does not
// make the page the agency's, and two undated texts of one outlet are, to
// grouping, two stories.

// agencySlugLine matches a slug line: an optional service prefix ("BC-",
// "AP-"), keywords joined by one or two hyphens, no spaces, then
// optionally a comma and a version designation. Groups: 1 the prefix, 2
// the keywords, 3 the version.
var agencySlugLine = regexp.MustCompile(`^((?:BC|AP)-)?(\p{L}[\p{L}\d]*(?:--?[\p{L}\d]+){1,8})(?:\s*,\s*([^,]{1,40}))?$`)

// minSlugKeywords is the number of hyphen-joined keywords from which a
// line without a version or a service prefix is read as a slug: two
// ("Covid-19") are a word, three ("Vessland-strike-transport") a slug.
const minSlugKeywords = 3

// maxAdvisoryWords bounds an editors' advisory read at the start of the
// body: a note of what the version changes is a line or two.
const maxAdvisoryWords = 60

// maxAgencyHead bounds the paragraphs at the start of a body read for
// agency furniture: furniture comes before and around the headline.
const maxAgencyHead = 4

// headlineVersion matches one version prefix of a headline, in capitals
// and joined to the headline by a hyphen ("UPDATE 2-", "CORRECTED-",
// "RPT-"). Group 1 is the designation.
var headlineVersion = regexp.MustCompile(`^(\p{Lu}{2,14}(?: \d{1,2})?)\s?-\s?`)

// agencyCredit matches the agency's credit in brackets at the end of a
// dateline ("VESSBURG (Norpress) —"); group 1 is the agency.
var agencyCredit = regexp.MustCompile(`\(([^()]{1,40})\)\s*(?:—|–|--|-|:)?$`)

// creditLead matches a dateline that is only the agency's credit: "(NPX)
// -", "(Norpress) —".
var creditLead = regexp.MustCompile(`^\(([^()]{1,30})\)\s*(?:—|–|--|-)\s+`)

// agencyFurniture is what agency furniture outside a transmission header
// said.
type agencyFurniture struct {
	slug, version, agency string
	// head are the removals cut from the start of the body, in reading
	// order.
	head []crosswire.Removal
}

// readAgencyHead cuts agency furniture from the start of the body — slug
// lines, version lines and advisories before or after one headline — and
// returns the paragraphs left.
func readAgencyHead(paras []string, f *agencyFurniture) []string {
	var out []string // the headline kept, when furniture follows it
	seenHeadline := false
	i := 0
	for ; i < len(paras) && i < maxAgencyHead && len(paras)-i > 1; i++ {
		p := paras[i]
		reason := crosswire.ReasonMetadata
		if slug, version, ok := slugLine(p); ok {
			if f.slug == "" {
				f.slug = slug
			}
			f.setVersion(version)
		} else if v, ok := wireVersion(p); ok && !endsSentence(p) {
			f.setVersion(v)
		} else if agencyAdvisory(p) {
			f.setVersion(advisoryVersion(p))
		} else if editorParagraph.MatchString(p) && wordCount(p) <= maxAdvisoryWords {
			// "Eds: UPDATES with …" between headline and byline: read
			// here, or it would hide the byline and dateline after it
			reason = crosswire.ReasonEditorInsert
			f.setVersion(advisoryVersion(p))
		} else if !seenHeadline && headline(p) {
			seenHeadline = true
			out = append(out, p)
			continue
		} else {
			break
		}
		f.head = append(f.head, crosswire.Removal{Text: p, Reason: reason})
	}
	if len(f.head) == 0 {
		return paras
	}
	return append(out, paras[i:]...)
}

// setVersion keeps the first version designation found.
func (f *agencyFurniture) setVersion(v string) {
	if f.version == "" {
		f.version = v
	}
}

// slugLine reads p as an agency slug line: the keywords as slug (hyphens
// as written, the service prefix dropped) and the version.
func slugLine(p string) (slug, version string, ok bool) {
	if utf8.RuneCountInString(p) > maxWireHeaderRunes {
		return "", "", false
	}
	m := agencySlugLine.FindStringSubmatch(p)
	if m == nil {
		return "", "", false
	}
	if m[3] != "" {
		if version, ok = wireVersion(m[3]); !ok {
			return "", "", false
		}
	}
	keywords := len(strings.FieldsFunc(m[2], func(r rune) bool { return r == '-' }))
	if m[1] == "" && version == "" && keywords < minSlugKeywords {
		return "", "", false
	}
	return m[2], version, true
}

// versionVerbs are the verbs an advisory opens with to say what a new
// version changes, besides the version words themselves: "(Adds quote
// …)", "(Changes dateline …)", "(Ajoute …)".
func versionVerb(w string) bool {
	switch w {
	case "adds", "add", "changes", "removes", "inserts", "fixes", "rewrites", "writes", "tops", "recasts",
		"ajoute", "ajout", "précise", "complète", "remplace", "ergänzt", "aktualisiert":
		return true
	}
	return false
}

// agencyAdvisory reports whether p is an advisory to editors about the
// version: a short note wholly in brackets (wireAdvisory) that opens with
// a version word or a verb of what the version changes.
func agencyAdvisory(p string) bool {
	if !wireAdvisory(p) || !(strings.HasPrefix(p, "(") || strings.HasPrefix(p, "[")) {
		return false
	}
	toks := versionTokens(p)
	if len(toks) == 0 {
		return false
	}
	if wireOrdinal.MatchString(toks[0]) && len(toks) > 1 {
		toks = toks[1:]
	}
	return wireVersionWord(toks[0]) || wireVersionQualifier(toks[0]) || versionVerb(toks[0])
}

// stripHeadlineVersion cuts version prefixes from a headline ("UPDATE
// 2-Acme shares fall" → "Acme shares fall", "update 2") and returns the
// headline left and the designations, in order ("CORRECTED-UPDATE 1-…" →
// "corrected update 1"). A prefix in capitals that is
// not a version ("COVID-19 …", "EXCLUSIVE-…") stays.
func stripHeadlineVersion(title string) (string, string) {
	version := ""
	for {
		m := headlineVersion.FindStringSubmatchIndex(title)
		if m == nil {
			return title, version
		}
		v, ok := wireVersion(title[m[2]:m[3]])
		rest := title[m[1]:]
		r, _ := utf8.DecodeRuneInString(rest)
		if !ok || rest == "" || !(unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'«", r)) {
			return title, version
		}
		version = strings.TrimSpace(version + " " + v)
		title = rest
	}
}

// creditAgency returns the agency credited in a dateline removed from the
// start of the body, "" when none.
func creditAgency(removed []crosswire.Removal) string {
	for _, r := range removed {
		if r.Reason != crosswire.ReasonDateline {
			continue
		}
		m := agencyCredit.FindStringSubmatch(r.Text)
		if m == nil {
			continue
		}
		if a := strings.TrimSpace(m[1]); agencyName(a) {
			return a
		}
	}
	return ""
}

// agencyName reports whether s has the shape of an agency's name in a
// credit: one to four words, each capitalised or an acronym in lower case
// ("npx", "npx/reg" as some agencies credit a regional service), joined
// by spaces, slashes or hyphens ("NPX", "Norpress", "Agence
// Norpress-Presse", "NPX/Norpress"), no figure.
func agencyName(s string) bool {
	words := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '/' })
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	spaced := strings.Contains(s, " ")
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '.' && r != '&' }) >= 0 {
			return false
		}
		// an acronym in lower case stands alone or beside a slash
		// ("dpa", "dpa/lnw"), never in a phrase ("(and so) -")
		if !unicode.IsUpper(r) && (spaced || utf8.RuneCountInString(w) > 4) {
			return false
		}
	}
	return true
}

// bylineAuthor returns the names of a lone byline removed from the start
// of the body ("By Ada Vell and Tor Lund" → "Ada Vell and Tor Lund", "Par
// Ada VELL, NPX" → "Ada VELL") and the agency it names, or "".
func bylineAuthor(removed []crosswire.Removal) (author, agency string) {
	for _, r := range removed {
		if r.Reason != crosswire.ReasonMetadata || !bylineLead.MatchString(r.Text) {
			continue
		}
		_, names, _ := strings.Cut(r.Text, " ")
		names, aff, _ := strings.Cut(names, ",")
		// the agency as a wire byline names it ("NPX", "Norpress News",
		// "NPX Business Writer" → "NPX"); "By Ada Vell, Vessburg" names a
		// place
		agency = agencyOf(aff)
		w := strings.Fields(strings.TrimRight(aff, ". "))
		switch {
		case len(w) > 1 && w[len(w)-1] == "Press" && agencyName(strings.Join(w, " ")):
			agency = strings.Join(w, " ") // "Norpress Associated Press": the name ends in "Press"
		case agency == "" && len(w) > 1 && utf8.RuneCountInString(w[0]) >= 2 && allCaps(w[0]) && jobTitle(aff):
			agency = w[0] // "NPX Business Writer"
		}
		return strings.TrimSpace(names), agency
	}
	return "", ""
}

// apply records the furniture in the article: Wire's slug, version and
// agency (a new Wire when cleaning read no transmission header and the
// furniture says something), Author when the input gave none, and the
// head removals before the others.
func (f *agencyFurniture) apply(a *crosswire.Article) {
	author, bylineAgency := bylineAuthor(a.Removed)
	if a.Author == "" {
		a.Author = author
	}
	agency := creditAgency(a.Removed)
	if agency == "" && (f.slug != "" || f.version != "" || a.Wire != nil) {
		// a byline's agency marks agency copy only beside other furniture:
		// "By Ada Vell, Vessburg Post" is a newspaper's
		agency = bylineAgency
	}
	if f.slug != "" || f.version != "" || agency != "" {
		if a.Wire == nil {
			a.Wire = &crosswire.Wire{}
		}
		if a.Wire.Slug == "" {
			a.Wire.Slug = f.slug
		}
		if a.Wire.Version == "" {
			a.Wire.Version = f.version
		}
		if a.Wire.Agency == "" {
			a.Wire.Agency = agency
		}
	}
	if len(f.head) > 0 {
		head := make([]crosswire.Removal, len(f.head))
		for i, r := range f.head {
			r.Start, r.End = 0, 0
			head[i] = r
		}
		a.Removed = append(head, a.Removed...)
	}
}
