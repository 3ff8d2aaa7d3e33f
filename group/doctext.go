package group

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/cespare/xxhash/v2"

	"crosswire"
	xtext "crosswire/text"
)

// One reading of a batch doc's words for the pair rules (session 18).
//
// The pair rules of the batch ask of another article whether its text
// writes a word (a headline's name, a what, a given name: markWritten's
// keys) and whether it writes, capitalised, a name one letter off
// (text.NearMiss: a paper's "Brant" for the take's "Brandt"). They read the
// text at each pair — a doc in many pairs was read as many times — and two
// readings of the misspelt name stood side by side: writesMisspelt (the
// person and namesake rules) scanning the text for each name, and
// capMisspelt (the template rule) over the sorted capitalised words of
// docCaps, read once a doc. docText is one reading serving all of them:
// read once a batch for a doc a rule asks (docEvents.texts), in one pass
// of headWords over the headline and the text.
//
// The two readings of a misspelling differ, and each is kept as it was:
// the person and namesake rules look in the text only (the other headline
// was read before, as keys) and at every capitalised word, figures too;
// the template rule looks in the headline and the text, at words without
// digits, and a lead word the other article writes as it is is told, not
// misspelt. capWord's flags keep both sets in one sorted list.

// docText is what the pair rules read of a batch doc's words (see above).
type docText struct {
	// keys are the keys (headWords.each) of the words of the text, not
	// the headline, sorted and distinct (markWritten's question)
	keys []uint64
	// caps are the capitalised words of the headline and the text,
	// lower-cased, sorted by word and distinct
	caps []capWord
	// lead are the lead's names: the capitalised words of the headline
	// and the first LeadTokens body words that are name or acronym anchors
	// of the lead (leadNamed), sorted and distinct (the template rule)
	lead   []string
	script int // the first lead word's (wordScript)
}

// capWord is a capitalised word of an article, lower-cased, and where it
// is written.
type capWord struct {
	word string
	// text: written in the text (not only in the headline); digits: the
	// word holds a digit
	text, digits bool
}

// capAt is where readText wrote a capitalised word in its buffer, and
// what it is.
type capAt struct {
	from, to           int
	text, digits, lead bool
}

// textOf returns batch doc d's docText, read once a batch; nil when the
// batch does not hold the doc's article.
func (ix *Index) textOf(d uint32) *docText {
	art := ix.topics.arts[d]
	if art == nil {
		return nil
	}
	var lead []uint32
	if int(d) < len(ix.leads) {
		lead = ix.leads[d].anchors
	}
	return kept(&ix.topics.events.texts[d], func() docText { return readText(art, lead) })
}

// readText reads an article's docText; lead is its lead's sorted anchors.
func readText(a *crosswire.Article, lead []uint32) docText {
	var t docText
	var w headWords
	// the capitalised words are gathered in one buffer, made one string
	// (one allocation a doc), and then cut into words
	var raw []byte
	var at []capAt
	n := -1 // the headline's words are all the lead's
	add := func(word []byte, digits bool, key uint64) {
		if n >= 0 {
			n++
			t.keys = append(t.keys, key)
		}
		if !w.upper {
			return
		}
		at = append(at, capAt{len(raw), len(raw) + len(word), n >= 0, digits, !digits && n <= LeadTokens && leadNamed(lead, word)})
		raw = append(raw, word...)
	}
	w.each(a.Title, add)
	n = 0
	w.each(a.Text, add)
	all := string(raw)
	t.caps = make([]capWord, len(at))
	for i, c := range at {
		t.caps[i] = capWord{word: all[c.from:c.to], text: c.text, digits: c.digits}
		if c.lead {
			t.lead = append(t.lead, t.caps[i].word)
		}
	}
	slices.Sort(t.keys)
	t.keys = slices.Compact(t.keys)
	slices.SortFunc(t.caps, func(x, y capWord) int { return strings.Compare(x.word, y.word) })
	// one entry a word, written in the text when any occurrence is
	k := 0
	for i, c := range t.caps {
		if i > 0 && c.word == t.caps[k-1].word {
			t.caps[k-1].text = t.caps[k-1].text || c.text
			continue
		}
		t.caps[k] = c
		k++
	}
	t.caps = t.caps[:k]
	if len(t.lead) > 0 {
		t.script = wordScript(t.lead[0])
	}
	slices.Sort(t.lead) // a set: leadMisspeltIn reads each once
	t.lead = slices.Compact(t.lead)
	return t
}

// leadNamed reports whether a lower-cased word is a name or acronym
// anchor among lead (sorted), keyed as the tokenizer keys it (text.go).
func leadNamed(lead []uint32, word []byte) bool {
	h := xxhash.Sum64(word)
	_, name := slices.BinarySearch(lead, anchorFPHash(anchorName, h))
	_, acronym := slices.BinarySearch(lead, anchorFPHash(anchorAcronym, h))
	return name || acronym
}

// mark sets told[i] for each of keys (headWords' keys, at most
// fewHeadTerms) that the text writes, as markWritten reads the text.
func (t *docText) mark(keys []uint64, told *[fewHeadTerms]bool) {
	for i, k := range keys {
		if _, in := slices.BinarySearch(t.keys, k); in {
			told[i] = true
		}
	}
}

// writesAny reports whether the text writes a word of one of keys
// (headWords' keys, at most fewHeadTerms).
func (t *docText) writesAny(keys []uint64) bool {
	var told [fewHeadTerms]bool
	t.mark(keys, &told)
	return slices.Contains(told[:len(keys)], true)
}

// writesMisspelt reports whether the text writes, capitalised, a word that
// is name (lower-cased) misspelt (text.NearMiss): one report spells a
// surname one letter off ("Brandt" and "Brant"), and a headline's person
// it names so is named. Asked only for a name the text never writes.
func (t *docText) writesMisspelt(name string) bool {
	return t.misspelt(name, maxRuneEdits*utf8.UTFMax, func(c *capWord) bool { return c.text })
}

// maxRuneEdits is the most letters text.NearMiss lets two words differ by
// (an edit distance in runes): an edit changes a word's length in bytes by
// at most utf8.UTFMax.
const maxRuneEdits = 2

// leadMisspeltIn reports whether a lead word of t of four letters or more,
// one o does not write as it is, is written by o (headline or text),
// capitalised and without digits, one letter off (text.NearMiss).
func (t *docText) leadMisspeltIn(o *docText) bool {
	for _, c := range t.lead {
		if len(c) < 4 {
			continue
		}
		if _, in := slices.BinarySearchFunc(o.caps, c, compareCapWord); in {
			continue
		}
		if o.misspelt(c, maxRuneEdits, func(w *capWord) bool { return !w.digits }) {
			return true
		}
	}
	return false
}

// misspelt reports whether one of the capitalised words that count is
// name one letter off (text.NearMiss). Only the words of name's first
// byte (a contiguous range of the sorted words: NearMiss pairs no others)
// and within slack bytes of its length are compared, so a long article's
// words are not each measured against the name. The person rules' slack
// is every length NearMiss can pair (maxRuneEdits runes of up to
// utf8.UTFMax bytes); the template rule's is two bytes, as it was
// (session 17: "within two letters of one length", which for a name of
// letters outside ASCII leaves out a few pairs NearMiss would take).
func (t *docText) misspelt(name string, slack int, count func(*capWord) bool) bool {
	if len(name) < 4 {
		return false // NearMiss pairs words of four letters or more
	}
	i, _ := slices.BinarySearchFunc(t.caps, name[:1], compareCapWord)
	for ; i < len(t.caps) && t.caps[i].word[0] == name[0]; i++ {
		c := &t.caps[i]
		if len(c.word) >= len(name)-slack && len(c.word) <= len(name)+slack && count(c) && xtext.NearMiss(c.word, name) {
			return true
		}
	}
	return false
}

// compareCapWord orders capWords by their word, for a search by word.
func compareCapWord(c capWord, word string) int {
	return strings.Compare(c.word, word)
}
