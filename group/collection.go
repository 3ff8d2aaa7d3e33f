package group

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	"crosswire"
)

// The topic words of a collection, for incremental analysis (issue 14).
//
// Group weighs an article's topic words (topic.go) by their document
// frequencies in the batch, blended with the background; so do the rules
// that read topic words (parallel texts, headlines, leads, details). A
// regrouping of a part of a store (GroupWith) that counted the part's own
// words would weigh a word of the store's common vocabulary ("ransomware"
// in a store of security news, absent from the background) as rare when
// the part holds it twice, and join what a full analysis of the store
// keeps apart. Frequencies.Words holds the store's counts instead: the
// regrouping weighs every word as Group on the whole store does, up to
// words sharing a bucket of Group's count table (a shared bucket only
// lowers two words' weights).

// TopicWordsKind is the signature kind under which incremental analysis
// stores each article's topic words (Store.PutSignature), encoded by
// EncodeTopicWords, so that the store's word frequencies are rebuilt after
// a restart without reading any text.
const TopicWordsKind = "group-topic-words-v1"

// ErrBadTopicWords is returned for stored topic words that cannot be
// decoded.
var ErrBadTopicWords = errors.New("group: bad topic words")

// NewFingerprintWords returns the article's fingerprint (NewFingerprint)
// and its topic words, as Group counts them: the sorted distinct hashes of
// its lower-case words and of its Chinese words.
func NewFingerprintWords(a *crosswire.Article) (*Fingerprint, []uint32) {
	s := scratchPool.Get().(*scratch)
	f := s.fingerprint(a)
	words, _ := topicWords(s.tokens, nil)
	if s.small() {
		scratchPool.Put(s)
	}
	return f, words
}

// AddWords counts the topic words of one article of the collection (as
// returned by NewFingerprintWords); Add counts its anchors and the
// article itself.
func (f *Frequencies) AddWords(words []uint32) {
	if f.Words == nil {
		f.Words = make(map[uint32]int32)
	}
	for _, w := range words {
		f.Words[w]++
	}
}

// EncodeTopicWords encodes sorted distinct topic words: their count, then
// each word's difference from the one before, as unsigned varints (about
// 4 bytes a word).
func EncodeTopicWords(words []uint32) []byte {
	out := binary.AppendUvarint(make([]byte, 0, 1+4*len(words)), uint64(len(words)))
	prev := uint32(0)
	for _, w := range words {
		out = binary.AppendUvarint(out, uint64(w-prev))
		prev = w
	}
	return out
}

// DecodeTopicWords decodes EncodeTopicWords' encoding.
func DecodeTopicWords(b []byte) ([]uint32, error) {
	n, k := binary.Uvarint(b)
	if k <= 0 || n > uint64(len(b)) {
		return nil, fmt.Errorf("%w: length", ErrBadTopicWords)
	}
	b = b[k:]
	words := make([]uint32, 0, n)
	prev := uint64(0)
	for range n {
		d, k := binary.Uvarint(b)
		if k <= 0 || prev+d > 1<<32-1 {
			return nil, fmt.Errorf("%w: word %d", ErrBadTopicWords, len(words))
		}
		b = b[k:]
		prev += d
		words = append(words, uint32(prev))
	}
	if len(b) != 0 || !slices.IsSorted(words) {
		return nil, fmt.Errorf("%w: trailing bytes or unsorted", ErrBadTopicWords)
	}
	return words, nil
}

// useCollection replaces the counts of the docs' words by the
// collection's (c.Words, of c.N articles, which count the docs too): each
// bucket the docs' words fall in holds the sum of the collection counts of
// the distinct docs' words in it. Called by newTopicsWorkers after its
// counting pass, before it keeps each doc's weighing words.
func (t *topics) useCollection(c *Frequencies) {
	for _, w := range t.words {
		for _, h := range w {
			t.df[h&t.mask] = 0
		}
	}
	seen := make(map[uint32]bool)
	for _, w := range t.words {
		for _, h := range w {
			if !seen[h] {
				seen[h] = true
				t.df[h&t.mask] += uint32(max(c.Words[h], 0))
			}
		}
	}
	t.n = c.N
}

// Background returns the background the Grouper blends a batch's counts
// with, nil when none.
func (g *Grouper) Background() *Background { return resolveBackground(g.opts.Background) }
