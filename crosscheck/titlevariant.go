package crosscheck

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosswire"
	"crosswire/text"
)

// Titles of works written two ways. A capitalised phrase after a named
// owner's possessive ("Ada Quist's Grey Harbour Song") is the title of
// something the owner made or owns: a song, a book, a show, a firm. Two
// versions giving the same owner a title of the same length that differs
// in exactly one word, in sentences sharing two content words besides the
// owner and the title, with neither version writing the other's title,
// name one work two ways. An owner may have two works whose titles differ
// in one word, so the finding is low.

// ownedTitle is one article's "Owner's Title Words".
type ownedTitle struct {
	art        *crosswire.Article
	owner      string   // the owner's last name word, lower case
	words      []string // the title's words as written
	start, end int      // the title's span
	ctx        map[string]bool
}

// ownedTitleMin and ownedTitleMax bound a title's length in words: one
// word shared by two titles of two words is too little to say they are
// one work.
const ownedTitleMin, ownedTitleMax = 3, 6

// ownedTitles returns the titles after a capitalised owner's possessive
// in a, not at a sentence start (where any word is capitalised).
func ownedTitles(a *crosswire.Article) []ownedTitle {
	t := a.Text
	sents := text.Of(a)
	var out []ownedTitle
	for _, at := range possessives(t) {
		i := at + len("'s ")
		if strings.HasPrefix(t[at:], "’") {
			i = at + len("’s ")
		}
		// the owner: a capitalised word right before the possessive
		os := strings.LastIndexFunc(t[:at], func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) + 1
		owner := t[os:at]
		if utf8.RuneCountInString(owner) < 2 || !startsUpper(owner) || strings.ToUpper(owner) == owner {
			continue
		}
		// the title: capitalised words, one space apart
		var words []string
		s, e := i, i
		for j := i; j < len(t) && len(words) <= ownedTitleMax; {
			we := nameWordEnd(t, j, "-'")
			w := t[j:we]
			if w == "" || !startsUpper(w) || strings.ToUpper(w) == w && utf8.RuneCountInString(w) > 1 {
				break
			}
			words = append(words, w)
			e = we
			if we+1 >= len(t) || t[we] != ' ' {
				break
			}
			j = we + 1
		}
		if len(words) < ownedTitleMin || len(words) > ownedTitleMax {
			continue
		}
		ss, se := sentenceRange(sents, os, e)
		if strings.TrimSpace(t[ss:os]) == "" {
			continue
		}
		ctx := contentSet(t[ss:os] + " " + t[e:se])
		out = append(out, ownedTitle{art: a, owner: strings.ToLower(owner), words: words, start: s, end: e, ctx: ctx})
	}
	return out
}

// possessives returns the offsets of "'s " and "’s " in t, in order.
func possessives(t string) []int {
	var out []int
	for _, mark := range []string{"'s ", "’s "} {
		for i := 0; ; {
			k := strings.Index(t[i:], mark)
			if k < 0 {
				break
			}
			out = append(out, i+k)
			i += k + len(mark)
		}
	}
	slices.Sort(out)
	return out
}

// checkTitleVariants reports one owner's title written two ways by two
// versions.
func (w *work) checkTitleVariants() {
	type key struct {
		owner string
		n     int
	}
	byOwner := map[key][]ownedTitle{}
	has := map[string]map[string]bool{} // article → titles it writes, lower case
	var keys []key
	for _, a := range w.firstLanguageArticles() {
		has[a.ID] = map[string]bool{}
		for _, o := range ownedTitles(a) {
			has[a.ID][strings.ToLower(strings.Join(o.words, " "))] = true
			k := key{o.owner, len(o.words)}
			if _, ok := byOwner[k]; !ok {
				keys = append(keys, k)
			}
			byOwner[k] = append(byOwner[k], o)
		}
	}
	seen := map[string]bool{}
	for _, k := range keys {
		ts := byOwner[k]
		for x := range ts {
			for y := x + 1; y < len(ts); y++ {
				p, q := ts[x], ts[y]
				if w.version[p.art.ID] == w.version[q.art.ID] {
					continue
				}
				tp, tq := strings.ToLower(strings.Join(p.words, " ")), strings.ToLower(strings.Join(q.words, " "))
				if tp == tq || has[p.art.ID][tq] || has[q.art.ID][tp] || seen[tp+"|"+tq] || seen[tq+"|"+tp] {
					continue
				}
				if wordsApart(p.words, q.words) != 1 || sharedBesides(p.ctx, q.ctx, p.words, q.words) < 2 {
					continue
				}
				seen[tp+"|"+tq] = true
				pt, qt := p.art.Text[p.start:p.end], q.art.Text[q.start:q.end]
				w.discs = append(w.discs, &finding{kind: crosswire.DiscName, sev: crosswire.SeverityLow,
					subject: "title of " + p.owner + "'s " + pt,
					sides: []side{
						{value: pt, spans: []crosswire.Span{{Article: p.art.ID, Text: pt, Start: p.start, End: p.end}}},
						{value: qt, spans: []crosswire.Span{{Article: q.art.ID, Text: qt, Start: q.start, End: q.end}}},
					}})
			}
		}
	}
}

// wordsApart counts the positions at which two titles of one length
// differ, case folded.
func wordsApart(a, b []string) int {
	n := 0
	for i := range a {
		if !strings.EqualFold(a[i], b[i]) {
			n++
		}
	}
	return n
}

// sharedBesides counts the content words two sentence contexts share that
// are not words of either title.
func sharedBesides(a, b map[string]bool, ta, tb []string) int {
	skip := map[string]bool{}
	for _, w := range append(append([]string(nil), ta...), tb...) {
		skip[stem(strings.ToLower(w))] = true
	}
	n := 0
	for x := range a {
		if b[x] && !skip[x] {
			n++
		}
	}
	return n
}
