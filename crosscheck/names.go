package crosscheck

import (
	"strings"
	"unicode"

	"github.com/hbollon/go-edlib"
	"golang.org/x/text/unicode/norm"

	"crosswire/text"
)

// honorifics are dropped from person names before comparing them.
var honorifics = setOf(`mr mrs ms miss dr sir dame prof professor lord lady rev`)

// personTokens returns the lower-case words of a person's name without
// honorifics. A hyphenated name stays one word ("kilroy-silk").
func personTokens(name string) []string {
	var out []string
	for _, f := range strings.Fields(name) {
		w := strings.Join(text.Words(f), "-")
		if w == "" || honorifics[w] {
			continue
		}
		out = append(out, w)
	}
	return out
}

// sameSurname reports whether two surnames are the same, a part of a
// double-barrelled surname standing for the whole ("Harwick" /
// "Harwick-Vane").
func sameSurname(a, b string) bool {
	if a == b {
		return true
	}
	for _, x := range [2][2]string{{a, b}, {b, a}} {
		if !strings.Contains(x[0], "-") && strings.Contains(x[1], "-") {
			for _, part := range strings.Split(x[1], "-") {
				if part == x[0] {
					return true
				}
			}
		}
	}
	return false
}

// givenCompatible reports whether two lists of given names (all but the
// surname) can name the same person: one is missing, or they match word
// for word, an initial matching a full name ("D." and "Dana").
func givenCompatible(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	// Compare the first given name; middle names are often dropped.
	x, y := a[0], b[0]
	if x == y {
		return true
	}
	if len(x) == 1 || len(y) == 1 {
		return x[0] == y[0]
	}
	return false
}

// personSame reports whether two person names are the same name written
// more or less fully: the surnames are equal and the given names are
// compatible ("Dana Keller", "Keller", "D. Keller", "Ms Keller").
func personSame(a, b string) bool {
	ta, tb := personTokens(a), personTokens(b)
	if len(ta) == 0 || len(tb) == 0 {
		return false
	}
	if !sameSurname(ta[len(ta)-1], tb[len(tb)-1]) {
		return false
	}
	return givenCompatible(ta[:len(ta)-1], tb[:len(tb)-1])
}

// personMisspelt reports whether two names that are not the same name are
// probably one name misspelt: the surnames are within a small edit
// distance (Damerau–Levenshtein ≤ 1, ≤ 2 from eight letters) with a high
// Jaro–Winkler similarity (≥ 0.88), and the given names are compatible —
// or the surnames are equal and the given names one letter apart.
// Jaro–Winkler rewards a shared prefix, which is how misspellings of names
// usually look ("Keller" / "Kellner", "Rostad" / "Rostadt"); the
// threshold leaves short names one vowel apart ("Lind" / "Land", 0.85)
// as different people. The caller also requires the two names never to
// occur in one version and their titles not to conflict.
func personMisspelt(a, b string) bool {
	ta, tb := personTokens(a), personTokens(b)
	if len(ta) == 0 || len(tb) == 0 {
		return false
	}
	sa, sb := ta[len(ta)-1], tb[len(tb)-1]
	ga, gb := ta[:len(ta)-1], tb[:len(tb)-1]
	if sameSurname(sa, sb) {
		// Same surname, different given names: a misspelt given name
		// ("Dana" / "Dena") but not a different person ("Dana" / "Mara"
		// — those are too far apart once both are long enough).
		if len(ga) == 0 || len(gb) == 0 {
			return false
		}
		x, y := ga[0], gb[0]
		if len(x) < 3 || len(y) < 3 {
			return false
		}
		if x[0] != y[0] {
			// a changed first letter of a given name of four or more
			// letters ("Mick" / "Nick"): one letter mistyped, as
			// likely as any other
			return len(x) >= 4 && len(y) >= 4 && len(x) == len(y) && edlib.DamerauLevenshteinDistance(x, y) == 1
		}
		return edlib.DamerauLevenshteinDistance(x, y) <= 1 && edlib.JaroWinklerSimilarity(x, y) >= 0.8
	}
	if !givenCompatible(ga, gb) {
		return false
	}
	return text.NearMiss(sa, sb)
}

// possessiveRunIn reports whether the last word of name long is the last
// word of name short and two or three more letters ("Kellerha" against
// "Keller"): a possessive run into the name — a round trip through
// another language renders "Keller's" so — when a version writes the
// shorter name as a possessive (possessiveAt), not another spelling. One
// letter more is another name ("Quist" / "Quists", whose possessive
// "Quists'" a reader may take for "Quist's"), as session 17's one-off
// rule reads it.
func possessiveRunIn(long, short string) bool {
	wl, ws := strings.Fields(strings.ToLower(withoutAccents(long))), strings.Fields(strings.ToLower(withoutAccents(short)))
	if len(wl) == 0 || len(ws) == 0 {
		return false
	}
	a, b := wl[len(wl)-1], ws[len(ws)-1]
	return len(a) >= len(b)+2 && len(a) <= len(b)+3 && strings.HasPrefix(a, b)
}

// possessiveAt reports whether t holds a possessive ending at i: "'s",
// "’s", or an apostrophe alone after an s ("Quists'").
func possessiveAt(t string, i int) bool {
	r := t[i:]
	return strings.HasPrefix(r, "'s") || strings.HasPrefix(r, "’s") ||
		i > 0 && t[i-1] == 's' && (strings.HasPrefix(r, "'") || strings.HasPrefix(r, "’"))
}

// orgStop are the function words of organisation names.
var orgStop = setOf(`the of and for on in at s`)

// orgTokens returns the content words of an organisation or place name,
// possessive "'s" and "the/of/for" removed, British spellings folded
// (usSpelling), so "Office of the Prosecutor General" and "Prosecutor
// General's Office" give the same set.
func orgTokens(name string) []string {
	var out []string
	for _, w := range text.Words(name) {
		if orgStop[w] {
			continue
		}
		// one house style: "Organisation" / "Organization" reordered
		// ("World Trade Organization" / "Organisation of World Trade")
		out = append(out, singular(usSpelling(w)))
	}
	return out
}

// singular strips a plural "s" from a word of a name or title ("State
// Courts" / "State Court", "Communications Minister" / "Communication
// Minister"); words ending in "ss", "us" or "is" keep theirs.
func singular(w string) string {
	if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") {
		return w[:len(w)-1]
	}
	return w
}

// transliterated reports whether two spellings differ only the way
// transliterations of one name do: in y, i and j, doubled or not
// ("Hallbersky" / "Hallberskyy" / "Hallberskiy"). A doubled or dropped
// consonant stays a misspelling.
func transliterated(a, b string) bool {
	fold := func(s string) string {
		var out []rune
		for _, r := range strings.ToLower(s) {
			if r == 'y' || r == 'j' {
				r = 'i'
			}
			if n := len(out); n > 0 && r == 'i' && out[n-1] == 'i' {
				continue
			}
			out = append(out, r)
		}
		return string(out)
	}
	return a != b && fold(a) == fold(b)
}

// acronymOf returns the lower-case acronym when name is written as one
// (one word of 2–7 letters, at least two of them capitals: "NCSA",
// "UNESCO", "FBI"), else "".
func acronymOf(name string) string {
	name = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(name), "the "))
	if strings.ContainsAny(name, " \t") {
		return ""
	}
	name = strings.ReplaceAll(name, ".", "")
	n, caps := 0, 0
	for _, r := range name {
		if !unicode.IsLetter(r) {
			return ""
		}
		n++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	if n < 2 || n > 7 || caps < 2 || caps < n-1 {
		return ""
	}
	return strings.ToLower(name)
}

// initials returns the initials of the words of name, once with every
// word and once without function words ("National Cyber Security
// Agency" → "ncsa"; "Bank of Norland" → "bon" and "bn").
func initials(name string) (all, content string) {
	var a, c strings.Builder
	for _, w := range text.Words(name) {
		a.WriteByte(w[0])
		if !orgStop[w] {
			c.WriteByte(w[0])
		}
	}
	return a.String(), c.String()
}

// isAcronymOf reports whether acr is written as an acronym of long.
func isAcronymOf(acr, long string) bool {
	a := acronymOf(acr)
	if a == "" || acronymOf(long) != "" {
		return false
	}
	all, content := initials(long)
	return len(all) >= 2 && (a == all || a == content)
}

// demonyms that do not derive from the country name by a suffix. General
// English; most demonyms are handled by demonymOf's suffix rule.
var irregularDemonyms = map[string]string{
	"french": "france", "dutch": "netherlands", "british": "britain", "spanish": "spain",
	"swiss": "switzerland", "greek": "greece", "welsh": "wales", "norwegian": "norway",
	"danish": "denmark", "swedish": "sweden", "finnish": "finland", "polish": "poland",
	"turkish": "turkey", "irish": "ireland", "icelandic": "iceland", "peruvian": "peru",
	"filipino": "philippines", "thai": "thailand", "czech": "czechia", "belgian": "belgium",
}

// sameToken reports whether two words of a name mean the same: equal, or
// a demonym and its country ("Norlandic" / "Norland", "German" /
// "Germany").
func sameToken(a, b string) bool {
	return a == b || demonymOf(a, b) || demonymOf(b, a)
}

// demonymOf reports whether d is the demonym (or adjective) of place p:
// p begins with d stripped of a demonym suffix (-ic, -ian, -an, -ese, -ish,
// -i) and at most three letters differ at the end.
func demonymOf(d, p string) bool {
	if c, ok := irregularDemonyms[d]; ok {
		return c == p
	}
	for _, suf := range []string{"ian", "ean", "ese", "ish", "ic", "an", "i"} {
		if !strings.HasSuffix(d, suf) {
			continue
		}
		st := d[:len(d)-len(suf)]
		if len(st) < 4 {
			continue
		}
		if strings.HasPrefix(p, st) && len(p)-len(st) <= 3 {
			return true
		}
	}
	return false
}

// tokensEquivalent reports whether two token lists hold the same words in
// any order, demonyms matching their countries.
func tokensEquivalent(a, b []string) bool {
	if len(a) != len(b) || len(a) == 0 {
		return false
	}
	return tokensSubset(a, b)
}

// tokensSubset reports whether every token of a has a distinct equivalent
// in b.
func tokensSubset(a, b []string) bool {
	used := make([]bool, len(b))
outer:
	for _, x := range a {
		for j, y := range b {
			if !used[j] && sameToken(x, y) {
				used[j] = true
				continue outer
			}
		}
		return false
	}
	return true
}

// orgSame reports whether two names of organisations, places or groups
// name the same one: the same words in any order ("Prosecutor General's
// Office" / "Office of the Prosecutor General"), an acronym and its long
// form ("NCSA" / "National Cyber Security Agency"), a demonym and its
// country ("Norlandic" / "Norland"), or a name that drops words of the
// other while keeping at least two ("Cyber Security Agency" / "National
// Cyber Security Agency").
func orgSame(a, b string) bool {
	return orgSameTokens(a, b, orgTokens(a), orgTokens(b))
}

// orgSameTokens is orgSame with the names' orgTokens given.
func orgSameTokens(a, b string, ta, tb []string) bool {
	if isAcronymOf(a, b) || isAcronymOf(b, a) {
		return true
	}
	if tokensEquivalent(ta, tb) {
		return true
	}
	if len(ta) > len(tb) {
		ta, tb = tb, ta
	}
	return len(ta) >= 2 && tokensSubset(ta, tb)
}

// orgMisspelt reports whether two organisation names are one name with a
// misspelt word: same number of words, all equivalent but one pair that is
// a near miss.
func orgMisspelt(a, b string) bool {
	ta, tb := orgTokens(a), orgTokens(b)
	if len(ta) != len(tb) || len(ta) == 0 {
		return false
	}
	used := make([]bool, len(tb))
	var restA []string
outer:
	for _, x := range ta {
		for j, y := range tb {
			if !used[j] && sameToken(x, y) {
				used[j] = true
				continue outer
			}
		}
		restA = append(restA, x)
	}
	if len(restA) != 1 {
		return false
	}
	for j, y := range tb {
		if !used[j] {
			return text.NearMiss(restA[0], y)
		}
	}
	return false
}

// withoutAccents returns s with its letters' diacritics removed ("Anaïs"
// → "Anais"): names are often printed without them.
func withoutAccents(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}

// usSpelling folds the British spellings of common English words into the
// American ones, word by word ("Department of Defence" / "Department of
// Defense", "Labour" / "Labor", "Organisation" / "Organization"): one name
// in two house styles, not a misspelling. Names of people are left alone:
// only words ending in -ence, -our, -isation, -ise, -tre change.
func usSpelling(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		l := strings.ToLower(w)
		switch {
		case strings.HasSuffix(l, "ence") && len(l) > 6:
			l = strings.TrimSuffix(l, "ence") + "ense"
		case strings.HasSuffix(l, "our") && len(l) > 4:
			l = strings.TrimSuffix(l, "our") + "or"
		case strings.HasSuffix(l, "isation"):
			l = strings.TrimSuffix(l, "isation") + "ization"
		case strings.HasSuffix(l, "ise") && len(l) > 5:
			l = strings.TrimSuffix(l, "ise") + "ize"
		case strings.HasSuffix(l, "tre") && len(l) > 4:
			l = strings.TrimSuffix(l, "tre") + "ter"
		}
		ws[i] = l
	}
	return strings.Join(ws, " ")
}
