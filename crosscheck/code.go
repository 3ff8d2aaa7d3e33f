package crosscheck

import (
	"sort"
	"strings"
	"unicode"

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
	for c, ok := text.NextCode(t, 0); ok; c, ok = text.NextCode(t, c.End) {
		// the word without hyphens or slashes at either end ("-ZQ2490"
		// is the code ZQ2490, its span starting after the hyphen)
		i := c.Start + len(t[c.Start:c.End]) - len(strings.TrimLeft(t[c.Start:c.End], "-/"))
		w := strings.TrimRight(t[i:c.End], "-/")
		if w == "" {
			continue
		}
		end := i + len(w)
		// a second part: "R462 KLT"
		if k := end + 1; end < len(t) && t[end] == ' ' && k < len(t) {
			m := k
			for m < len(t) && (t[m] >= 'A' && t[m] <= 'Z' || t[m] >= '0' && t[m] <= '9') {
				m++
			}
			if m-k >= 2 && m-k <= 4 && (m == len(t) || !text.CodeByte(t[m])) && codeToken(w) && len(w) <= 5 {
				end = m
			}
		}
		code := t[i:end]
		if codeToken(strings.ReplaceAll(code, " ", "")) {
			s, e := sentenceRange(sents, i, end)
			out = append(out, codeMention{art: a, text: code, key: text.CodeKey(code), start: i, end: end,
				ctx: contentSet(t[s:i] + " " + t[end:e]), order: order})
		}
	}
	return out
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
	// Codes are compared per distinct key, not per pair of mentions: the
	// distance of two keys is worked out once, and for each pair of keys
	// one edit apart or two the first pair of mentions (in story order)
	// that qualifies is reported, as a scan of every pair would. Work is
	// bounded by the distinct keys squared, not the mentions.
	byKey := map[string][]int{}
	var distinct []string
	for i, c := range all {
		if byKey[c.key] == nil {
			distinct = append(distinct, c.key)
		}
		byKey[c.key] = append(byKey[c.key], i)
	}
	var hits []pairAt
	for i, k1 := range distinct {
		for _, k2 := range distinct[i+1:] {
			if abs(len(k1)-len(k2)) > 2 || bagDistance(k1, k2) > 4 {
				continue // more than two edits apart (see bagDistance)
			}
			d := edlib.DamerauLevenshteinDistance(k1, k2)
			if d == 0 || d > 2 || d*3 > len(k1) && d*3 > len(k2) {
				continue
			}
			if x, y, ok := firstCodePair(all, keys, byKey[k1], byKey[k2], d); ok {
				hits = append(hits, pairAt{x, y})
			}
		}
	}
	sortPairs(hits)
	for _, h := range hits {
		p, q := all[h.x], all[h.y]
		w.discs = append(w.discs, &finding{kind: crosswire.DiscCode, sev: crosswire.SeverityHigh,
			subject: "code " + codeSubject(p, q),
			sides: []side{
				{value: p.text, spans: []crosswire.Span{{Article: p.art.ID, Text: p.text, Start: p.start, End: p.end}}},
				{value: q.text, spans: []crosswire.Span{{Article: q.art.ID, Text: q.text, Start: q.start, End: q.end}}},
			}})
	}
}

// bagDistance counts the characters one key has and the other lacks, in
// both directions (as multisets). One edit changes it by two at most (a
// substitution), so keys whose bag distance passes 2d are more than d
// edits apart: a cheap bound before Damerau–Levenshtein.
func bagDistance(a, b string) int {
	var n [256]int
	for i := 0; i < len(a); i++ {
		n[a[i]]++
	}
	for i := 0; i < len(b); i++ {
		n[b[i]]--
	}
	d := 0
	for _, c := range n {
		d += abs(c)
	}
	return d
}

// firstCodePair returns the first pair x < y (in the order of all) of a
// mention of one key (xs) and one of the other (ys), d edits apart, that
// states two codes of one thing: two articles of one language, neither
// writing the other's code, the earlier code long enough for d edits
// (d*3 ≤ its length) and two content words shared by their sentences.
func firstCodePair(all []codeMention, keys map[string]map[string]bool, xs, ys []int, d int) (int, int, bool) {
	k1, k2 := all[xs[0]].key, all[ys[0]].key
	// A mention whose article writes both codes never pairs.
	keep := func(ids []int, other string) []int {
		var out []int
		for _, i := range ids {
			if !keys[all[i].art.ID][other] {
				out = append(out, i)
			}
		}
		return out
	}
	return firstPair(keep(xs, k2), keep(ys, k1), func(x, y int) bool {
		p, q := all[x], all[y]
		return d*3 <= len(p.key) && sameLanguage(p.art, q.art) && shared(p.ctx, q.ctx) >= 2
	})
}

// pairAt is a pair x < y of positions in a scan of every pair.
type pairAt struct{ x, y int }

// sortPairs puts pairs in the order a scan of every pair meets them.
func sortPairs(ps []pairAt) {
	sort.Slice(ps, func(i, j int) bool {
		if ps[i].x != ps[j].x {
			return ps[i].x < ps[j].x
		}
		return ps[i].y < ps[j].y
	})
}

// firstPair returns the first pair x < y, in the order of a scan of every
// pair, with one of x and y from xs and the other from ys (both sorted,
// disjoint) for which ok holds: the two lists merged in order, each
// earlier element tried against the later ones of the other list.
func firstPair(xs, ys []int, ok func(x, y int) bool) (int, int, bool) {
	for a, b := 0, 0; a < len(xs) || b < len(ys); {
		var x int
		var later []int
		if b >= len(ys) || a < len(xs) && xs[a] < ys[b] {
			x, later = xs[a], ys[b:]
			a++
		} else {
			x, later = ys[b], xs[a:]
			b++
		}
		for _, y := range later {
			if ok(x, y) {
				return x, y, true
			}
		}
	}
	return 0, 0, false
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
