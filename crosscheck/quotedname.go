package crosscheck

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hbollon/go-edlib"

	"crosswire"
	"crosswire/text"
)

// Names given in quotation marks. A name a version writes inside quotation
// marks right after a word that gives a name ("an app named "Quill
// Notes"", "a vessel called 'Grey Heron'", "posing as "Quill Note"") is
// quoted as written: the marks say these are the exact letters. The
// entity rules forgive what an unquoted name is often written with — a
// plural "s" (a band's members are "a Stone" and "the Stones"), a short
// word's changed letter ("Chan" / "Chay" are two people more often than
// one misspelt) —, but a quoted name is not read loosely: two versions
// quoting a name one letter apart (one edit: a letter added, dropped,
// changed or two swapped) in sentences sharing a content word besides the
// name (what was named), neither version writing the other's form
// anywhere, give one name two ways → name, medium (as name variants: the
// words show one thing named, not which form is right).

// quotedName is one name an article quotes after a naming word.
type quotedName struct {
	art        *crosswire.Article
	name       string // as written, inside the marks
	start, end int
	ctx        map[string]bool // the sentence's content words
}

// namingRe matches a word that gives a name, then an opening quotation
// mark; the name is read after the match.
var namingRe = regexp.MustCompile("(?i)\\b(?:named|called|titled|entitled|dubbed|(?:masquerading|posing|known) as)\\s+(?:\"|“|‘|'|``)")

// quotedNameMaxWords bounds a quoted name: a longer quote is a phrase.
const quotedNameMaxWords = 6

// quotedNameMinLetters is the shortest quoted name compared: two names of
// three letters one letter apart are as often two names.
const quotedNameMinLetters = 4

// nameInnerWords may stand lower case inside a quoted name ("Bank of the
// North"), never at its ends.
var nameInnerWords = setOf(`of the and for on in to a an at de la von van`)

// quotedNames returns the names a quotes after a naming word.
func quotedNames(a *crosswire.Article) []quotedName {
	t := a.Text
	sents := text.Of(a)
	var out []quotedName
	for _, m := range namingRe.FindAllStringIndex(t, -1) {
		s := m[1]
		e, ok := quotedNameEnd(t, s)
		if !ok {
			continue
		}
		ss, se := sentenceRange(sents, m[0], e)
		out = append(out, quotedName{art: a, name: t[s:e], start: s, end: e, ctx: contentSet(t[ss:m[0]] + " " + t[e:se])})
	}
	return out
}

// quotedNameEnd reads a name from s: one to quotedNameMaxWords words one
// space apart, each capitalised or a figure but for inner function words,
// then at most one of ",.!?" and a closing quotation mark. It returns the
// name's end (before the punctuation).
func quotedNameEnd(t string, s int) (int, bool) {
	j, words, end := s, 0, -1
	lastLower := false
	for j < len(t) && words < quotedNameMaxWords {
		we := nameWordEnd(t, j, "-&")
		if we == j {
			break
		}
		w := t[j:we]
		r, _ := utf8.DecodeRuneInString(w)
		lower := !unicode.IsUpper(r) && !unicode.IsDigit(r)
		if lower && (words == 0 || !nameInnerWords[w]) {
			return 0, false
		}
		words++
		end, lastLower = we, lower
		if we < len(t) && t[we] == ' ' {
			j = we + 1
			continue
		}
		break
	}
	if end < 0 || lastLower {
		return 0, false
	}
	k := end
	if k < len(t) && strings.IndexByte(",.!?", t[k]) >= 0 {
		k++
	}
	for _, mark := range []string{"\"", "”", "’", "'"} {
		if strings.HasPrefix(t[k:], mark) {
			return end, true
		}
	}
	return 0, false
}

// nameLetters counts the letters and digits of a name.
func nameLetters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

// quotedApart reports whether two quoted names are one edit apart and
// not the same name by the entity rules' sure folds (accents, British and
// American spelling).
func quotedApart(a, b string) bool {
	la, lb := strings.ToLower(a), strings.ToLower(b)
	if la == lb || nameLetters(a) < quotedNameMinLetters || nameLetters(b) < quotedNameMinLetters {
		return false
	}
	if strings.EqualFold(withoutAccents(a), withoutAccents(b)) || strings.EqualFold(usSpelling(a), usSpelling(b)) {
		return false
	}
	return edlib.DamerauLevenshteinDistance(la, lb) == 1
}

// checkQuotedNames reports a name quoted one letter apart by two versions.
func (w *work) checkQuotedNames() {
	var all []quotedName
	quoted := map[string]map[string]bool{} // article → the names it quotes, lower case
	for _, a := range w.firstLanguageArticles() {
		ns := quotedNames(a)
		quoted[a.ID] = map[string]bool{}
		for _, n := range ns {
			quoted[a.ID][strings.ToLower(n.name)] = true
		}
		all = append(all, ns...)
	}
	// writes reports whether article a writes name, quoted or not.
	writes := func(a *crosswire.Article, name string) bool {
		return quoted[a.ID][strings.ToLower(name)] || writesWords(a.Text, name)
	}
	if len(all) < 2 {
		return
	}
	reported := map[string]bool{}
	for _, d := range w.discs {
		if d.kind == crosswire.DiscName {
			for _, s := range d.sides {
				reported[strings.ToLower(s.value)] = true
			}
		}
	}
	seen := map[[2]string]bool{}
	for x := range all {
		for y := x + 1; y < len(all); y++ {
			p, q := all[x], all[y]
			lp, lq := strings.ToLower(p.name), strings.ToLower(q.name)
			if w.version[p.art.ID] == w.version[q.art.ID] || seen[[2]string{lp, lq}] || seen[[2]string{lq, lp}] ||
				reported[lp] || reported[lq] || !quotedApart(p.name, q.name) {
				continue
			}
			if writes(p.art, q.name) || writes(q.art, p.name) ||
				sharedBesides(p.ctx, q.ctx, text.Words(p.name), text.Words(q.name)) < 1 {
				continue
			}
			seen[[2]string{lp, lq}] = true
			w.discs = append(w.discs, &finding{kind: crosswire.DiscName, sev: crosswire.SeverityMedium,
				subject: "quoted name " + p.name,
				sides:   []side{quotedSide(all, p.name, q.name, writes), quotedSide(all, q.name, p.name, writes)},
			})
		}
	}
}

// quotedSide is one form of a quoted name with every quoted mention of it
// by an article that does not write the other form.
func quotedSide(all []quotedName, form, other string, writes func(*crosswire.Article, string) bool) side {
	s := side{value: form}
	for _, n := range all {
		if strings.EqualFold(n.name, form) && !writes(n.art, other) {
			s.spans = append(s.spans, crosswire.Span{Article: n.art.ID, Text: n.name, Start: n.start, End: n.end})
		}
	}
	return s
}

// nameWordEnd returns the end of the word of a name starting at t[j:]:
// letters, digits and the runes of inner (a hyphen, an ampersand, an
// apostrophe: each caller's own); j when none.
func nameWordEnd(t string, j int, inner string) int {
	for j < len(t) {
		r, n := utf8.DecodeRuneInString(t[j:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune(inner, r) {
			break
		}
		j += n
	}
	return j
}
