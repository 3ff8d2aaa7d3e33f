package group

import (
	"bytes"
	"cmp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"crosswire"

	"github.com/cespare/xxhash/v2"
)

// Headlines that share nothing (issue 14, session 11: pairs apart). A
// headline says who did what in a dozen words, and every version of one
// story titles it with its who or its what: a rewrite, a paper's version
// and a translation keep the name or the event word ("Brandt out of the
// cup tie" and "Blow for Rovers as Brandt misses cup tie", fictional, are
// one story; headline.go joins reports whose headlines tell one who and
// one what). Two stories of one subject's cast on other occasions title
// their own news: "Brandt out of the cup tie" and "Pell fined for
// touchline outburst" share the club's cast in their bodies, at an anchor
// cosine of a version, and nothing in their headlines. So when both
// headlines can be read — each holds at least MinHeadlineTerms terms that
// weigh (a who and a what: a name, acronym or number of the article above
// the common weight, or a word of topic weight > 0), both texts are in a
// language the background covers (words are weighed by it) and neither
// headline is written in a script whose words are not read here (CJK) —
// and they share no term but function words, the cosine, rare and topic
// rules and leads told in the same words do not join the pair
// (occasionApart, verify). A function word is one the background holds in
// FunctionWordShare of its articles ("the", "over", "new"); any other
// shared term says one who or one what, even a word common to a subject's
// news ("ransomware" in two reports of one attack). A term is a headline
// word in its inflected forms ("hits" is "hit", "plans" "plan": regular
// English endings, the language the words are weighed in), and one word
// whichever way each article writes it — a name in one (a product spelt
// with inner capitals) may be a plain word in the other, whose text also
// writes it in lower case.
//
// Two exceptions, where a headline does not say the story's who or what:
// a headline that writes no term of its own text (a page's section or
// award widget scraped as the title, a pun) titles nothing (titlesText);
// and two agency takes of one desk whose catchlines share their first word
// (wire.go's head: "Harbour" and "Harbour Factfile") are titled alike by
// the desk — a take's own headline titles its angle (the news, a sidebar),
// the catchline the story. The contained rule (a brief inside a
// longer text), copies and parallel texts are not asked. No threshold
// beyond the share that makes a function word: a term is shared or not.
//
// Measured (TestPairsApart, TestLeadEventsRealPairs; group/NOTEBOOK.md,
// session 11): pairs of different stories merging as a pair bbc-2225 21
// → 12 of 10,000, bbc-mt-catalan 43 → 17, meter unchanged (its papers have
// no headlines); real same-story pairs joined as a pair unchanged (METER
// 599, bbc-mt-catalan 442, mmds 97). Counting every term that is not a
// function word towards MinHeadlineTerms (a who the background never saw
// weighs nothing in a pair): BBC 11, MT 13, meter 59, but two METER takes
// of one story lost (a night lead incorporating the day's take, each
// titled its own angle) — not kept.

// MinHeadlineTerms is the number of terms each headline must hold before
// sharing none says two stories: one for the who and one for the what.
const MinHeadlineTerms = 2

// headlinesApart reports whether batch docs a and b both carry readable
// headlines (see above) that share no term. Each doc's terms, and whether
// its text writes one of them, are read once (docHeadTerms).
func (ix *Index) headlinesApart(a, b uint32) bool {
	if !ix.headlinesReadable(a, b) {
		return false
	}
	ka, ok := ix.readHeadTerms(a)
	if !ok {
		return false
	}
	kb, ok := ix.readHeadTerms(b)
	if !ok {
		return false
	}
	for _, t := range ka {
		if !t.function && findTerm(kb, t.key) >= 0 {
			return false
		}
	}
	return ix.titlesText(a, ka) && ix.titlesText(b, kb)
}

// headlinesReadable reports whether the headline rules (headlinesApart,
// whatUntold) may read batch docs a and b's headlines as a pair: a
// background, both texts in a language it covers (words are weighed by
// it), and not two agency takes titled alike by the desk (sameWireHead).
// Each headline must also be titleReadable.
func (ix *Index) headlinesReadable(a, b uint32) bool {
	return !ix.bg.empty() && ix.readsArticles() && ix.topics.coversBoth(a, b) && !ix.sameWireHead(a, b)
}

// titleReadable reports whether an article's headline can be read by the
// headline rules: present, not empty, and not written in CJK script (whose
// words the terms leave out).
func titleReadable(art *crosswire.Article) bool {
	return art != nil && art.Title != "" && !strings.ContainsFunc(art.Title, isCJK)
}

// docHeadTerms holds what headlinesApart reads of each batch doc, computed
// on first use from its article (the anchor and word weights it reads are
// frozen for the batch).
type docHeadTerms []headDoc

// headDoc is what headlinesApart reads of one doc: the terms of its
// headline (headTerms), whether the rule reads it, and, once asked,
// whether its text writes one of them (headWords.titles).
type headDoc struct {
	once  sync.Once
	ok    bool         // the headline is read: a title of no CJK and MinHeadlineTerms terms that weigh
	text  atomic.Int32 // 0 not read yet, else 1 + whether the text writes a term
	terms []headTerm
}

func newDocHeadTerms(n int) docHeadTerms { return make(docHeadTerms, n) }

// readHeadTerms returns doc d's headline terms and whether the rule reads
// its headline: a title without CJK characters holding MinHeadlineTerms
// terms that weigh. Safe for concurrent use.
func (ix *Index) readHeadTerms(d uint32) ([]headTerm, bool) {
	h := &ix.topics.apart[d]
	h.once.Do(func() {
		art := ix.topics.arts[d]
		if !titleReadable(art) {
			return
		}
		var buf [fewHeadTerms]headTerm // a headline's terms: one allocation, of their number
		var w headWords
		terms, n := ix.headTerms(d, art.Title, buf[:0], &w)
		if n >= MinHeadlineTerms {
			h.terms, h.ok = slices.Clone(terms), true
		}
	})
	return h.terms, h.ok
}

// titlesText reports whether doc d's text writes one of its headline
// terms (terms, as readHeadTerms returns them) that is not a function
// word; read once a doc (a second reader racing the first computes the
// same answer). Safe for concurrent use.
func (ix *Index) titlesText(d uint32, terms []headTerm) bool {
	v := &ix.topics.apart[d].text
	if r := v.Load(); r != 0 {
		return r == 2
	}
	var w headWords
	found := w.titles(terms, ix.topics.arts[d].Text)
	r := int32(1)
	if found {
		r = 2
	}
	v.Store(r)
	return found
}

// headTerm is what the rule reads of one term of a headline: its key (the
// hash of its stem), whether it weighs in its article and whether it is a
// function word.
type headTerm struct {
	key              uint64
	weighs, function bool
}

// fewHeadTerms is the most terms of a headline looked up by a scan (a
// dozen words, the stack buffer of headlinesApart); a longer one (a text
// scraped as its title) is sorted by key (headTerms) and searched, so
// that no headline makes the rule quadratic. The order of the terms
// decides nothing.
const fewHeadTerms = 24

// findTerm returns the index of the term with key k in terms (as
// headTerms returns them), or -1.
func findTerm(terms []headTerm, k uint64) int {
	if len(terms) > fewHeadTerms {
		if i, ok := slices.BinarySearchFunc(terms, k, func(t headTerm, k uint64) int { return cmp.Compare(t.key, k) }); ok {
			return i
		}
		return -1
	}
	for i := range terms {
		if terms[i].key == k {
			return i
		}
	}
	return -1
}

// headTerms appends the terms of doc d's headline to dst (see headTerm)
// and returns them with the number that weigh. A word is a function word
// when the background holds it in FunctionWordShare (a quarter) of its
// articles ("the", "of", "for"): written in any headline, it says nothing of the story's
// who or what; every other term two headlines share does, even one common
// to a subject's news ("ransomware", "attack" in a file of security news).
func (ix *Index) headTerms(d uint32, title string, dst []headTerm, w *headWords) ([]headTerm, int) {
	cw := ix.commonWeight()
	full := ix.full[d]
	anchor := func(fp uint32) bool { return hasAnchor(full, fp) && ix.weight(fp) > cw }
	n := 0
	var at map[uint64]int // index of each term's key beyond fewHeadTerms terms
	find := func(k uint64) int {
		if at == nil {
			return findTerm(dst, k)
		}
		if i, ok := at[k]; ok {
			return i
		}
		return -1
	}
	w.each(title, func(word []byte, digits bool, key uint64) {
		if !digits && (monthNumber(word) > 0 || isWeekday(word)) {
			return // the day is compareDays'
		}
		h := xxhash.Sum64(word)
		t := headTerm{key: key}
		if digits {
			t.weighs = anchor(numberFP(string(word)))
		} else {
			t.weighs = anchor(anchorFPHash(anchorName, h)) || anchor(anchorFPHash(anchorAcronym, h)) || ix.topics.weight(uint32(h)) > 0
			t.function = float64(ix.bg.WordDF(uint32(h))) >= FunctionWordShare*float64(ix.bg.Docs)
		}
		if i := find(key); i >= 0 {
			if t.weighs && !dst[i].weighs {
				n++
			}
			dst[i].weighs = dst[i].weighs || t.weighs
			dst[i].function = dst[i].function && t.function
			return
		}
		if t.weighs {
			n++
		}
		dst = append(dst, t)
		if len(dst) > fewHeadTerms {
			if at == nil {
				at = make(map[uint64]int, 2*len(dst))
				for i := range dst {
					at[dst[i].key] = i
				}
			}
			at[key] = len(dst) - 1
		}
	})
	if len(dst) > fewHeadTerms {
		slices.SortFunc(dst, func(x, y headTerm) int { return cmp.Compare(x.key, y.key) })
	}
	return dst, n
}

// FunctionWordShare is the share of the background's articles from which a
// word is a function word: the share the background's builder gives each
// word of a language's stop-word list (bench.CommonShare). "the", "of",
// "over", "new", "year" are; "says", "attack", "hit" are not.
const FunctionWordShare = 0.25

// headWords reads the words of headlines and texts into reused buffers.
// upper tells, while each's fn runs, whether the word was written with an
// upper-case first letter, and caps whether it was written wholly in
// capitals (an upper-case first letter and no lower-case letter).
type headWords struct {
	word, stem  []byte
	upper, caps bool
}

// titles reports whether a headline's terms include one its text writes
// that is not a function word.
func (w *headWords) titles(terms []headTerm, text string) bool {
	found := false
	w.each(text, func(_ []byte, _ bool, key uint64) {
		if !found {
			if i := findTerm(terms, key); i >= 0 && !terms[i].function {
				found = true
			}
		}
	})
	return found
}

// each calls fn with each word of text (letters and digits, inner
// apostrophes and hyphens kept), normalised as the tokens are (text.go):
// lower case, a possessive 's and apostrophes dropped; with whether it
// holds a digit, and the key of its stem (stemWord). word is valid until
// fn returns.
func (w *headWords) each(text string, fn func(word []byte, digits bool, key uint64)) {
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	emit := func(possessive bool) {
		if possessive && len(w.word) > 1 {
			w.word = w.word[:len(w.word)-1]
		}
		if len(w.word) > 0 {
			w.stem = stemWord(append(w.stem[:0], w.word...))
			fn(w.word, bytes.ContainsFunc(w.word, unicode.IsDigit), xxhash.Sum64(w.stem))
		}
		w.word = w.word[:0]
	}
	w.word = w.word[:0]
	apostrophe := false // the word's last mark was an apostrophe before one letter
	for i, r := range text {
		switch {
		case isWord(r):
			if len(w.word) == 0 {
				w.upper = unicode.IsUpper(r)
				w.caps = w.upper
			} else if w.caps && unicode.IsLower(r) {
				w.caps = false
			}
			w.word = utf8.AppendRune(w.word, unicode.ToLower(r))
			continue
		case (r == '\'' || r == '’' || r == '-') && len(w.word) > 0:
			next, _ := utf8.DecodeRuneInString(text[i+utf8.RuneLen(r):])
			if isWord(next) {
				if r == '-' {
					w.word = append(w.word, '-')
				} else {
					// a possessive: the apostrophe, "s" and the word's end
					rest := text[i+utf8.RuneLen(r):]
					after, _ := utf8.DecodeRuneInString(rest[1:])
					apostrophe = (rest[0] == 's' || rest[0] == 'S') && (len(rest) == 1 || !isWord(after))
				}
				continue
			}
		}
		emit(apostrophe)
		apostrophe = false
	}
	emit(apostrophe)
}

// stemWord drops a regular English inflection from a lower-case word, in
// place: "-ies" → "-y", "-es" after a sibilant, "-s" (not "-ss", "-us",
// "-is"), "-ing" and "-ed" when a stem of four letters or more is left.
func stemWord(w []byte) []byte {
	switch {
	case len(w) > 4 && bytes.HasSuffix(w, []byte("ies")):
		return append(w[:len(w)-3], 'y')
	case len(w) > 4 && (bytes.HasSuffix(w, []byte("ches")) || bytes.HasSuffix(w, []byte("shes")) || bytes.HasSuffix(w, []byte("sses")) || bytes.HasSuffix(w, []byte("xes")) || bytes.HasSuffix(w, []byte("zes"))):
		return w[:len(w)-2]
	case len(w) > 3 && w[len(w)-1] == 's' && !bytes.HasSuffix(w, []byte("ss")) && !bytes.HasSuffix(w, []byte("us")) && !bytes.HasSuffix(w, []byte("is")):
		return w[:len(w)-1]
	case len(w) >= 7 && bytes.HasSuffix(w, []byte("ing")):
		return w[:len(w)-3]
	case len(w) >= 6 && bytes.HasSuffix(w, []byte("ed")):
		return w[:len(w)-2]
	}
	return w
}

// sameWireHead reports whether docs a and b are wire takes of one agency
// whose catchlines share their desk and first word.
func (ix *Index) sameWireHead(a, b uint32) bool {
	if len(ix.wire) == 0 {
		return false
	}
	ea, eb := ix.wireOf[a], ix.wireOf[b]
	if ea == 0 || eb == 0 {
		return false
	}
	return ix.wireHeads[ea-1] == ix.wireHeads[eb-1] && sameAgency(&ix.wire[ea-1], &ix.wire[eb-1])
}
