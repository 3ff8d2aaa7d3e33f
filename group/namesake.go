package group

import (
	"slices"
	"strings"

	"crosswire"
)

// Another person of one surname (issue 14, session 17: pairs apart). Two
// stories of one affair often share a surname that is two persons: the
// minister and the police chief who share a family name, the singer and
// the brother who heads another band. Their texts share the surname, the
// affair's other names and its words at the cosine of versions, and the
// headline rules read the surname as told. What parts them is the lead's
// person: a report leads with who did what, naming the person in full
// (given name and surname) — "Commissioner Ada Marrow warned of attacks"
// (fictional) — and every version of that story names that person, given
// name and all, or at most by the surname alone. A story whose text never
// writes the given name, and writes the surname only as another person's
// ("Premier Tom Marrow defended the bill"), does not name the lead's
// person at all: it names a namesake.
//
// So a pair is apart (personApart: the contained clause and
// occasionApart) when, both texts in a language the background covers
// (the extractor is English), one article's lead (its first LeadTokens
// words) names a person of two words or more whose surname the other
// article names as a person with another given name (the word before the
// surname, after the extractor drops titles) — another name, not a form of
// it (oneGivenName: a short form or a transliteration, "Theo" for
// "Theodore", "Nikolai" for "Nicolai", keeps the first or the last three
// letters; the reprint set's BBC stories of one trial and of one pair of
// athletes name their persons so) — and the other article never writes
// the lead person's given name in any form, nor capitalised one letter off
// (writesMisspelt). A version that writes the person by the surname alone
// ("Mrs Marrow") names no namesake and is not parted. No threshold but
// the three letters of a name's form: a name is written or not.

// A namesake is read only between texts sharing no wording (jaccard below
// wordingFloor, templateapart.go): a text that shares wording with the
// other (a rewrite, an abridgement) names its persons as the other does,
// and reading every such pair's persons would run the extractor over
// every version of a reprinted story.

// personName is one person the facts extractor reads in an article, as
// namesakeUntold compares them: the keys (headWords.each) of the surname
// (the name's last word) and of the given name (the word before it),
// the given name lower-cased, and whether the mention stands in the lead.
type personName struct {
	surname, given uint64
	givenWord      string
	lead           bool
}

// personNames returns the persons of two words or more that the facts
// extractor reads in an article (nil when it reads none or does not
// load), each mention once.
func personNames(art *crosswire.Article, fs []crosswire.Fact) []personName {
	leadEnd := leadOffset(art.Text, leadEventWords)
	var out []personName
	var w headWords
	for _, f := range fs {
		if f.Kind != crosswire.KindPerson || f.Entity == nil {
			continue
		}
		var keys [2]uint64
		var prev, last string
		words := 0
		w.each(f.Entity.Name, func(b []byte, _ bool, key uint64) {
			words++
			keys[0], keys[1] = keys[1], key
			prev, last = last, string(b)
		})
		if words < 2 {
			continue
		}
		p := personName{surname: keys[1], given: keys[0], givenWord: prev, lead: f.Span.Start < leadEnd}
		if !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// leadOffset returns the byte offset in text after its first n words
// (separated by spaces); len(text) when it has fewer.
func leadOffset(text string, n int) int {
	words, in := 0, false
	for i, r := range text {
		space := r == ' ' || r == '\n' || r == '\t' || r == '\r'
		switch {
		case space && in:
			in = false
			if words++; words == n {
				return i
			}
		case !space:
			in = true
		}
	}
	return len(text)
}

// namesakeUntold reports whether batch docs a and b, both in a language
// the background covers, are apart by a namesake: one lead's person is
// named by the other article only by a surname it gives another person
// (see above).
func (ix *Index) namesakeUntold(a, b uint32) bool {
	if !ix.readsArticles() || !ix.topics.coversBoth(a, b) || ix.bg.empty() || int(max(a, b)) >= len(ix.leads) {
		return false
	}
	// the extractor reads whole articles: asked only of a pair one of
	// whose leads links a name to a surname the other holds as an anchor
	// without that name (leadNameLinks), as a namesake pair's leads do
	ta, tb := ix.topics.arts[a], ix.topics.arts[b]
	if ta == nil || tb == nil {
		return false
	}
	if !ix.namesakeLink(a, b, tb) && !ix.namesakeLink(b, a, ta) {
		return false
	}
	e := &ix.topics.events
	na, nb := e.namesOf(a, ta), e.namesOf(b, tb)
	return leadNamesake(na, nb, func() *docText { return ix.textOf(b) }) || leadNamesake(nb, na, func() *docText { return ix.textOf(a) })
}

// leadNamesake reports whether one of own's lead persons has a namesake
// in other's persons (the surname with another given name) and the other
// article's text (otherText, read when asked) never writes its given name
// (in any form, or misspelt).
func leadNamesake(own, other []personName, otherText func() *docText) bool {
	for _, p := range own {
		if !p.lead {
			continue
		}
		namesake := false
		for _, q := range other {
			if q.surname != p.surname {
				continue
			}
			if q.given == p.given || oneGivenName(p.givenWord, q.givenWord) {
				namesake = false // the lead's person itself
				break
			}
			namesake = true
		}
		if !namesake {
			continue
		}
		var told [fewHeadTerms]bool
		ot := otherText()
		if ot.mark([]uint64{p.given}, &told); !told[0] && !ot.writesMisspelt(p.givenWord) {
			return true
		}
	}
	return false
}

// namesakeLink reports whether one of batch doc a's lead name links
// (leadNameLinks: a first anchor in the high 32 bits, the next in the
// low), neither anchor common (weight above commonWeight), has its second
// anchor (a surname) among doc b's anchors and its first (a given name)
// not, and b's text links the surname to another first anchor
// (textNameLinks): the namesake as the anchors show it, before the
// extractor reads the two articles' persons.
func (ix *Index) namesakeLink(a, b uint32, tb *crosswire.Article) bool {
	commonW := ix.commonWeight()
	B := ix.full[b]
	for _, l := range ix.leads[a].names {
		g, s := uint32(l>>32), uint32(l)
		if _, in := slices.BinarySearch(B, s); !in || ix.weight(g) <= commonW || ix.weight(s) <= commonW {
			continue
		}
		if _, in := slices.BinarySearch(B, g); in {
			continue
		}
		for _, m := range ix.topics.events.textLinksOf(b, tb, B) {
			if uint32(m) == s && uint32(m>>32) != g {
				return true
			}
		}
	}
	return false
}

// textNameLinks returns the links between adjacent name anchors (among
// anchors, sorted) over a whole text, as leadNameLinks reads a lead's.
func textNameLinks(text string, anchors []uint32) []uint64 {
	s := scratchPool.Get().(*scratch)
	toks := s.appendTokens(s.tokens[:0], text)
	s.tokens = toks
	out := leadNameLinks(toks, len(toks), anchors)
	if s.small() {
		scratchPool.Put(s)
	}
	return out
}

// oneGivenName reports whether two given names (lower case) can be forms
// of one name: one report's short form or spelling of another's ("Bern"
// names, a transliteration's "C" for "K", "Tony" for "Anthony") — they
// share their first or their last three letters. A namesake's given name
// is another name, not another form of it.
func oneGivenName(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < 3 || len(rb) < 3 {
		return strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
	}
	return string(ra[:3]) == string(rb[:3]) || string(ra[len(ra)-3:]) == string(rb[len(rb)-3:])
}
