package crosscheck

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"crosswire"
	"crosswire/text"
)

// Given names of relatives. "With him was his wife Eve" in one version and
// "accompanied by his wife, Eva" in another name one woman two ways, and
// with a given name alone the extractor has no person to resolve. A
// relation noun after a possessive ("his wife", "her son") followed by
// one capitalised word gives the slot; two versions filling it with names
// one misspelling apart (or, for short names, one vowel apart) in
// sentences sharing two content words (read with the sentence before),
// neither version writing both names, give a name discrepancy, medium.

// relationNouns are nouns of family and partners that a given name
// follows in apposition.
var relationNouns = setOf(`wife husband son daughter girlfriend boyfriend fiancee fiance partner brother
sister mother father grandson granddaughter`)

// relName is a given name written after "his/her/their" and a relation
// noun in one article.
type relName struct {
	art  *crosswire.Article
	rel  string
	name string // as written
	span crosswire.Span
	ctx  map[string]bool
}

// checkRelativeNames reports a relative's given name written two ways.
func (w *work) checkRelativeNames() {
	var all []relName
	words := map[string]map[string]bool{} // article → its lower-case words
	for _, a := range w.firstLanguageArticles() {
		toks := (text.WordTokenizer{}).Tokenize(a.Text)
		ws := make(map[string]bool, len(toks))
		for _, t := range toks {
			ws[t.Term] = true
		}
		words[a.ID] = ws
		sents := text.Of(a)
		for k := 0; k+2 < len(toks); k++ {
			switch toks[k].Term {
			case "his", "her", "their":
			default:
				continue
			}
			rel, nm := toks[k+1], toks[k+2]
			if !relationNouns[rel.Term] || strings.TrimSpace(a.Text[rel.End:nm.Start]) != "" && strings.TrimSpace(a.Text[rel.End:nm.Start]) != "," {
				continue
			}
			written := a.Text[nm.Start:nm.End]
			r, _ := utf8.DecodeRuneInString(written)
			if !unicode.IsUpper(r) || strings.ToUpper(written) == written || text.StopWord(nm.Term) {
				continue
			}
			s, e := sentenceRange(sents, nm.Start, nm.End)
			if n := text.SentenceAt(sents, s); n > 0 {
				s = sents[n-1].Start
			}
			all = append(all, relName{art: a, rel: rel.Term, name: written,
				span: crosswire.Span{Article: a.ID, Start: nm.Start, End: nm.End, Text: written},
				ctx:  contentSet(a.Text[s:toks[k].Start] + " " + a.Text[nm.End:e])})
		}
	}
	seen := map[string]bool{}
	for x := range all {
		for y := x + 1; y < len(all); y++ {
			p, q := all[x], all[y]
			if p.art.ID == q.art.ID || p.rel != q.rel {
				continue
			}
			np, nq := strings.ToLower(p.name), strings.ToLower(q.name)
			if np == nq || words[p.art.ID][nq] || words[q.art.ID][np] || !nameSlip(np, nq) || shared(p.ctx, q.ctx) < 2 {
				continue
			}
			key := p.rel + "|" + min(np, nq) + "|" + max(np, nq)
			if seen[key] {
				continue
			}
			seen[key] = true
			w.discs = append(w.discs, &finding{kind: crosswire.DiscName, sev: crosswire.SeverityMedium,
				subject: "name of the " + p.rel,
				sides: []side{
					{value: p.name, spans: []crosswire.Span{p.span}},
					{value: q.name, spans: []crosswire.Span{q.span}},
				}})
		}
	}
}

// nameSlip reports whether two lower-case given names are one name
// misspelt: nearMiss, or for names too short for it, the same letters
// but one vowel ("eve" / "eva").
func nameSlip(a, b string) bool {
	if text.NearMiss(a, b) {
		return true
	}
	if len(a) != len(b) || len(a) < 3 || a[0] != b[0] {
		return false
	}
	diff := 0
	for i := range len(a) {
		if a[i] != b[i] {
			if !strings.ContainsRune("aeiou", rune(a[i])) || !strings.ContainsRune("aeiou", rune(b[i])) {
				return false
			}
			diff++
		}
	}
	return diff == 1
}
