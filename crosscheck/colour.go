package crosscheck

import (
	"maps"
	"slices"
	"strings"

	"crosswire"
	"crosswire/text"
)

// Colours of worn things. "wearing a strapless red gown" and "dressed in
// a strapless green gown" cannot both describe one outfit: a verb of
// wearing and the noun phrase after it name an object and its colour.
// Two versions whose worn noun phrases share a word besides the colour
// (the same kind of garment or the same cut) and give it colours with
// none in common contradict each other on that object. The words do not
// establish that both phrases describe one person's one outfit (a story
// may dress two people), so the finding is low.

// wornPhrase is one article's noun phrase after a verb of wearing that
// names a colour.
type wornPhrase struct {
	art     *crosswire.Article
	version string
	colours map[string]bool // colour words
	words   map[string]bool // the phrase's other content words, stemmed
	span    crosswire.Span  // the colour words, first to last
}

// wearVerbs open a worn noun phrase; "dressed" and "clad" need "in".
var wearVerbs = setOf("wearing wore wears wear sporting")

var wearInVerbs = setOf("dressed clad")

// colourWords are basic colour terms.
var colourWords = setOf(`black white red blue green yellow pink purple orange brown grey gray silver gold
golden cream ivory navy scarlet crimson turquoise beige lilac violet maroon burgundy khaki emerald`)

// wornPhraseWords is how far a worn noun phrase is read, in words.
const wornPhraseWords = 7

// checkWornColours reports an object two versions wear in colours with
// none in common.
func (w *work) checkWornColours() {
	byWord := map[string][]wornPhrase{}
	for _, a := range w.firstLanguageArticles() {
		for _, p := range wornPhrases(a) {
			p.version = w.version[a.ID]
			for x := range p.words {
				byWord[x] = append(byWord[x], p)
			}
		}
	}
	reported := map[[2]string]bool{}
	for _, x := range slices.Sorted(maps.Keys(byWord)) {
		ps := byWord[x]
		for i, p := range ps {
			for _, q := range ps[i+1:] {
				pair := [2]string{p.span.Article + itoa(p.span.Start), q.span.Article + itoa(q.span.Start)}
				if p.version == q.version || overlaps(p.colours, q.colours) || reported[pair] ||
					agreeElsewhere(byWord, p, q) {
					continue
				}
				reported[pair] = true
				w.discs = append(w.discs, &finding{
					kind: crosswire.DiscClaim, sev: crosswire.SeverityLow,
					subject: "colour of a worn thing (" + x + ")",
					sides: []side{
						{value: p.span.Text, ms: []*mention{{version: p.version, art: p.art, entity: -1}}, spans: []crosswire.Span{p.span}},
						{value: q.span.Text, ms: []*mention{{version: q.version, art: q.art, entity: -1}}, spans: []crosswire.Span{q.span}},
					},
				})
			}
		}
	}
}

// agreeElsewhere reports whether the articles of p and q hold two other
// worn phrases sharing a word and a colour: the two versions describe
// the same object alike, and p and q are two different objects.
func agreeElsewhere(byWord map[string][]wornPhrase, p, q wornPhrase) bool {
	for _, ps := range byWord {
		for _, a := range ps {
			if a.art != p.art {
				continue
			}
			for _, b := range ps {
				if b.art == q.art && overlaps(a.colours, b.colours) {
					return true
				}
			}
		}
	}
	return false
}

// wornPhrases returns the noun phrases of an article after a verb of
// wearing ("wearing a strapless red gown", "dressed in a silver top")
// that name a colour, each read up to a punctuation mark, "and", "with"
// or a verb-like word, at most wornPhraseWords words.
func wornPhrases(a *crosswire.Article) []wornPhrase {
	toks := (text.WordTokenizer{}).Tokenize(a.Text)
	var out []wornPhrase
	for j := 0; j < len(toks); j++ {
		start := -1
		switch {
		case wearVerbs[toks[j].Term]:
			start = j + 1
		case wearInVerbs[toks[j].Term] && j+1 < len(toks) && toks[j+1].Term == "in":
			start = j + 2
		}
		if start < 0 {
			continue
		}
		p := wornPhrase{art: a, colours: map[string]bool{}, words: map[string]bool{}}
		s, e := -1, -1
		for k := start; k < len(toks) && k < start+wornPhraseWords; k++ {
			if k > start && strings.ContainsAny(a.Text[toks[k-1].End:toks[k].Start], ",.;:!?()\"“”") {
				break
			}
			t := toks[k].Term
			if t == "and" || t == "with" || t == "of" || t == "as" || t == "which" || t == "who" {
				break
			}
			switch {
			case colourWords[t]:
				p.colours[t] = true
				if s < 0 {
					s = toks[k].Start
				}
				e = toks[k].End
			case !text.StopWord(t) && !isNumeric(t) && len(t) > 2:
				p.words[stem(t)] = true
			}
		}
		if len(p.colours) == 0 || len(p.words) == 0 {
			continue
		}
		p.span = crosswire.Span{Article: a.ID, Start: s, End: e, Text: a.Text[s:e]}
		out = append(out, p)
	}
	return out
}
