package crosscheck

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hbollon/go-edlib"

	"crosswire"
	"crosswire/text"
)

// Codes and identifiers: vehicle registrations, case, flight and model
// numbers ("R462 KLT", "BA2490", "T-1000"). A code written two ways in
// the same sentence of two versions is a code discrepancy: one letter or
// digit changed in a registration is a different car.

// codeMention is one code in one article.
type codeMention struct {
	art        *crosswire.Article
	text       string // as written
	key        string // letters and digits, upper case
	start, end int
	ctx        map[string]bool
	order      int // position of the article in the story
}

// codeToken reports whether w looks like an identifier: 4 to 12 letters
// and digits (hyphens and one inner space allowed by the caller), with at
// least one digit and one upper-case letter and no lower-case letter — a
// mix no word, figure, date or unit has ("10km" and "3pm" have lower-case
// letters, "1990s" too).
func codeToken(w string) bool {
	n, digits, upper := 0, 0, 0
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case unicode.IsUpper(r):
			upper++
		case r == '-' || r == '/':
			continue
		default:
			return false
		}
		n++
	}
	return n >= 4 && n <= 12 && digits > 0 && upper > 0
}

// codesOf finds the codes of an article: identifier-shaped tokens, and a
// registration written in two parts ("R462 KLT": a code token and a run
// of two to four capital letters or digits).
func codesOf(a *crosswire.Article, order int) []codeMention {
	t := a.Text
	sents := text.Of(a)
	var out []codeMention
	i := 0
	for i < len(t) {
		r, n := utf8.DecodeRuneInString(t[i:])
		if !isCodeRune(r) || i > 0 && isCodeRune(lastRune(t[:i])) {
			i += n
			continue
		}
		j := i
		for j < len(t) {
			r, n := utf8.DecodeRuneInString(t[j:])
			if !isCodeRune(r) {
				break
			}
			j += n
		}
		w := strings.Trim(t[i:j], "-/")
		end := i + len(w)
		// a second part: "R462 KLT"
		if k := end + 1; end < len(t) && t[end] == ' ' && k < len(t) {
			m := k
			for m < len(t) && (t[m] >= 'A' && t[m] <= 'Z' || t[m] >= '0' && t[m] <= '9') {
				m++
			}
			if m-k >= 2 && m-k <= 4 && (m == len(t) || !isCodeRune(rune(t[m]))) && codeToken(w) && len(w) <= 5 {
				end = m
			}
		}
		code := t[i:end]
		if codeToken(strings.ReplaceAll(code, " ", "")) {
			s, e := sentenceRange(sents, i, end)
			out = append(out, codeMention{art: a, text: code, key: codeKey(code), start: i, end: end,
				ctx: contentSet(t[s:i] + " " + t[end:e]), order: order})
		}
		i = j
	}
	return out
}

func isCodeRune(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r == '-' || r == '/'
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// codeKey is a code's letters and digits, upper case.
func codeKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' || unicode.IsLetter(r) {
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	return b.String()
}

// checkCodes reports codes that two versions write differently in the
// same sentence: the sentences share at least two content words around
// the codes, the codes are one or two characters apart (a code wholly
// different is another thing), and neither version writes the other's
// code anywhere (a version naming both is telling two things apart).
func (w *work) checkCodes() {
	var all []codeMention
	keys := map[string]map[string]bool{} // article → its code keys
	for i := range w.story.Articles {
		a := &w.story.Articles[i]
		cs := codesOf(a, i)
		keys[a.ID] = map[string]bool{}
		for _, c := range cs {
			keys[a.ID][c.key] = true
		}
		all = append(all, cs...)
	}
	type pair struct{ a, b string }
	seen := map[pair]bool{}
	for x := range all {
		for y := x + 1; y < len(all); y++ {
			p, q := all[x], all[y]
			if p.art.ID == q.art.ID || p.key == q.key || !sameLanguage(p.art, q.art) {
				continue
			}
			if keys[p.art.ID][q.key] || keys[q.art.ID][p.key] {
				continue
			}
			d := edlib.DamerauLevenshteinDistance(p.key, q.key)
			if d == 0 || d > 2 || d*3 > len(p.key) || shared(p.ctx, q.ctx) < 2 {
				continue
			}
			k := pair{p.key, q.key}
			if p.key > q.key {
				k = pair{q.key, p.key}
			}
			if seen[k] {
				continue
			}
			seen[k] = true
			w.discs = append(w.discs, &finding{kind: crosswire.DiscCode, sev: crosswire.SeverityHigh,
				subject: "code " + codeSubject(p, q),
				sides: []side{
					{value: p.text, spans: []crosswire.Span{{Article: p.art.ID, Text: p.text, Start: p.start, End: p.end}}},
					{value: q.text, spans: []crosswire.Span{{Article: q.art.ID, Text: q.text, Start: q.start, End: q.end}}},
				}})
		}
	}
}

// codeSubject names a code by a content word its two sentences share
// ("plate", "flight"), sorted for determinism.
func codeSubject(p, q codeMention) string {
	var ws []string
	for w := range p.ctx {
		if q.ctx[w] {
			ws = append(ws, w)
		}
	}
	sort.Strings(ws)
	if len(ws) == 0 {
		return ""
	}
	return "(" + strings.Join(ws[:min(2, len(ws))], ", ") + ")"
}
