package clean

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"crosswire"
)

// Date and time shapes shared by the metadata and dateline rules.
const (
	monthName = `(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`
	weekday   = `(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s+`
	isoDate   = `\d{4}-\d{1,2}-\d{1,2}(?:T\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?`
	numDate   = `\d{1,2}[./]\d{1,2}[./]\d{2,4}`
	wordDate  = `(?:` + weekday + `)?(?:\d{1,2}\s+` + monthName + `,?\s+\d{4}|` + monthName + `\s+\d{1,2},?\s+\d{4})`
	clockTime = `\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*(?:UTC|GMT|[A-Z]{2,4}T|Z|[+-]\d{2}:?\d{2}))?`
	anyDate   = `(?:` + isoDate + `|` + numDate + `|` + wordDate + `|` + frenchDate + `)`
	// frenchMonth is a month named in French, as French agency copy
	// dates its datelines ("PARIS, 3 mars 2020 (NPX) -") and French
	// pages their stamps ("Publié le 3 mars 2020 à 14h32").
	frenchMonth = `(?:janv(?:ier)?|f[ée]vr(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[ûu]t|sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|d[ée]c(?:embre)?)\.?`
	frenchDate  = `(?:(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?\d{1,2}(?:er)?\s+` + frenchMonth + `\s+\d{4}`
	// frenchTime is a clock time as French writes it: "14h32", "14 h 32".
	frenchTime = `\d{1,2}\s?h\s?\d{2}`
)

// metadataLead matches a publication or update stamp at the start of the
// body: "date 2019-05-02", "Published: 14 March 2024, 10:32 GMT",
// "Updated 2024-06-09 05:55", in French and German too ("Publié le 3 mars
// 2024 à 14h32", "Mis à jour le …", "Veröffentlicht am …"). The keyword must be followed by a date, so a
// sentence that starts "Updated figures show…" is not touched.
var metadataLead = regexp.MustCompile(`^(?i:date[ds]?|published(?:\s+on)?|updated(?:\s+on)?|last\s+updated(?:\s+on)?|first\s+published(?:\s+on)?|posted(?:\s+on)?|modified(?:\s+on)?` +
	`|publi[ée]e?(?:\s+le)?|mise?\s+à\s+jour(?:\s+le)?|modifi[ée]e?(?:\s+le)?|ver[öo]ffentlicht(?:\s+am)?|aktualisiert(?:\s+am)?)\s*[:\-–]?\s*` +
	anyDate + `(?:(?:\s*,\s*|\s+)(?i:at\s+|à\s+|um\s+)?(?:` + clockTime + `|` + frenchTime + `))?(?:\s*[|·•]\s*|\s+|$)`)

// bylineLead matches a paragraph that is only a byline ("By Jane Doe",
// "By Jane Doe and Ola Berg, Vessburg"; in French "Par Jeanne DOE").
var bylineLead = regexp.MustCompile(`^(?i:by|par)\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}(?:\s+(?:and|&)\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3})?(?:,\s*\p{Lu}[\p{L} '’-]{0,40})?$`)

// datelineLead matches a dateline at the start of the body: a place in
// capitals ("VESSBURG", "PORT SELM"), or a capitalised place name of up to
// three words, optionally a date and a parenthesised agency, then a dash or
// (after capitals only) a colon. Groups: 1 place in capitals, 2 place in
// title case, 3 date, 4 agency, 5 separator.
var datelineLead = regexp.MustCompile(`^(?:(\p{Lu}[\p{Lu}'’.-]+(?:[ /]\p{Lu}[\p{Lu}'’.-]+){0,3})|(\p{Lu}[\p{Ll}'’-]+(?:[ -]\p{Lu}[\p{Ll}'’-]+){0,2}))` +
	`(?:,\s*(` + monthName + `\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}(?:er)?\s+(?:` + monthName + `|` + frenchMonth + `)(?:\s+\d{4})?))?` +
	`(?:\s*\(([^()]{1,40})\))?` +
	`\s*(—|–|--|\s-|:)(?:\s+|$)`)

// stripLead removes metadata stamps, a lone byline and a dateline from the
// start of the body, in any order, and records them. It returns the
// remaining paragraphs.
func stripLead(paras []string, removed *[]crosswire.Removal) []string {
	for len(paras) > 0 {
		p := paras[0]
		if m := metadataLead.FindString(p); m != "" {
			*removed = append(*removed, crosswire.Removal{Text: strings.TrimSpace(strings.TrimRight(strings.TrimSpace(m), "|·•")), Reason: crosswire.ReasonMetadata})
			p = strings.TrimSpace(p[len(m):])
		} else if bylineLead.MatchString(p) && len(paras) > 1 {
			*removed = append(*removed, crosswire.Removal{Text: p, Reason: crosswire.ReasonMetadata})
			p = ""
			if len(paras) > 2 && jobLine(paras[1]) {
				// "By ADA VELL" then "NPX Business Writer" on a line of
				// its own, as agencies set a byline
				*removed = append(*removed, crosswire.Removal{Text: paras[1], Reason: crosswire.ReasonMetadata})
				paras = paras[1:]
			}
		} else if text, rest, ok := dateline(p); ok {
			*removed = append(*removed, crosswire.Removal{Text: text, Reason: crosswire.ReasonDateline})
			p = rest
		} else {
			break
		}
		if p == "" {
			paras = paras[1:]
		} else {
			paras[0] = p
		}
	}
	return paras
}

// dateline reports whether p starts with a dateline, and returns it trimmed
// and the text after it. A place in title case is accepted only with a date,
// an agency or a long dash after it ("Vessburg —"), never with a colon and
// with a hyphen only after the agency's credit ("Vessburg (NPX) -", as
// agencies write it); the text after the dateline must start a sentence.
// A credit alone ("(NPX) -") is a dateline too.
func dateline(p string) (text, rest string, ok bool) {
	if m := creditLead.FindStringSubmatchIndex(p); m != nil && agencyName(p[m[2]:m[3]]) {
		// only the agency's credit: "(NPX) -"
		return strings.TrimSpace(p[:m[1]]), p[m[1]:], true
	}
	m := datelineLead.FindStringSubmatchIndex(p)
	if m == nil {
		return "", "", false
	}
	capsPlace := m[2] >= 0
	hasDate := m[6] >= 0
	hasAgency := m[8] >= 0
	sep := strings.TrimSpace(p[m[10]:m[11]])
	if !capsPlace && (sep == ":" || sep == "-" && !(hasAgency && agencyName(p[m[8]:m[9]]))) {
		return "", "", false
	}
	if capsPlace && utf8.RuneCountInString(p[m[2]:m[3]]) < 2 {
		return "", "", false
	}
	if !capsPlace && !hasDate && !hasAgency && sep != "—" && sep != "–" {
		return "", "", false
	}
	rest = p[m[1]:]
	r, _ := utf8.DecodeRuneInString(rest)
	if rest != "" && !(unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'«", r)) {
		return "", "", false
	}
	return strings.TrimSpace(p[:m[1]]), rest, true
}

// maxJobLineWords bounds the line under a byline that gives the writer's
// job: "NPX Chief Political Correspondent" is four words.
const maxJobLineWords = 6

// jobLine reports whether p is only the writer's job, as set on the line
// under a byline: a few capitalised words, one of them a job title ("NPX
// Business Writer", "Harbour Correspondent"), no sentence end.
func jobLine(p string) bool {
	words := strings.Fields(p)
	if len(words) == 0 || len(words) > maxJobLineWords || endsSentence(p) || !jobTitle(p) {
		return false
	}
	for _, w := range words {
		if !startsUpper(w) {
			return false
		}
	}
	return true
}

// headline reports whether a first paragraph looks like a headline: one
// short line without sentence-final punctuation that is neither a dateline
// nor a metadata stamp.
func headline(p string) bool {
	n := utf8.RuneCountInString(p)
	if n == 0 || n > 160 || wordCount(p) > 20 {
		return false
	}
	if !hasSpace(p) && n > 40 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(p)
	if r == '.' || r == ',' || r == ';' || r == ':' || r == '。' {
		return false
	}
	if metadataLead.MatchString(p) || bylineLead.MatchString(p) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(p)
	caseless := unicode.IsLetter(first) && !unicode.IsLower(first) && !unicode.IsUpper(first)
	return unicode.IsUpper(first) || unicode.IsDigit(first) || caseless || strings.ContainsRune("\"“‘'«", first)
}

// stampDate finds the date in a metadata stamp.
var stampDate = regexp.MustCompile(`\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\s+` + monthName + `,?\s+\d{4}|` + monthName + `\s+\d{1,2},?\s+\d{4}` +
	`|(\d{1,2})(?:er)?\s+(` + frenchMonth + `)\s+(\d{4})`)

// frenchMonths numbers the French months by the first three letters of
// their names, accents dropped.
var frenchMonths = map[string]time.Month{"jan": 1, "fev": 2, "mar": 3, "avr": 4, "mai": 5, "jui": 6, "aou": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

// publishedFromStamp reads the publication day from the first metadata
// stamp removed from the body, for documents whose input carried no
// publication time. Only the day is taken: a stamp's clock time rarely
// says its zone.
func publishedFromStamp(removed []crosswire.Removal) *time.Time {
	for _, r := range removed {
		if r.Reason != crosswire.ReasonMetadata {
			continue
		}
		m := stampDate.FindStringSubmatch(r.Text)
		if m == nil {
			continue
		}
		d := m[0]
		if m[2] != "" {
			// a French date: "juin" and "juillet" share their first
			// three letters
			name := strings.NewReplacer("é", "e", "û", "u").Replace(strings.ToLower(m[2]))
			month := frenchMonths[name[:3]]
			if strings.HasPrefix(name, "juil") {
				month = time.July
			}
			t := time.Date(atoi(m[3]), month, atoi(m[1]), 0, 0, 0, 0, time.UTC)
			return &t
		}
		d = strings.NewReplacer(",", "", ".", "").Replace(collapseSpaces(d))
		d = strings.Replace(d, "Sept ", "Sep ", 1)
		for _, layout := range []string{"2006-1-2", "2 January 2006", "2 Jan 2006", "January 2 2006", "Jan 2 2006"} {
			if t, err := time.Parse(layout, d); err == nil {
				return &t
			}
		}
	}
	return nil
}
