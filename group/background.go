package group

import (
	"bytes"
	"compress/gzip"
	_ "embed" // the default background
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"sync"

	"crosswire"
)

// Background statistics. Evidence weights — the inverse document
// frequency of an anchor or a topic word — were the batch's own: with
// three articles checked together every name is in a third of the
// collection and weighs nothing, and no name is rare, so the versions of
// one story grouped alone fell apart although the same articles among
// thousands formed one story. A Background holds the document frequencies
// of anchors (names, numbers, dates, acronyms, quotations: the 32-bit
// fingerprints of Fingerprint.Anchors) and of topic words (lower-case
// words) in a reference corpus, shipped in the binary, so that a
// collection of any size is weighed as if it were part of a large one.
//
// The blend. The background's D articles are pooled with the collection's
// n: an anchor in df of the collection's articles and in b of the
// background's has the document frequency df' = df + b in a collection of
// n' = n + D, weighs ln((n'+1)/df'), and every rule that reads frequencies
// (an anchor in one article weighs nothing, rare anchors, common ones)
// reads df' and n'. The collection's own counts are n/(n+D) of the
// statistics: 0.06 % for two articles checked alone (D = 3,225 in the
// shipped background), 6 % for 209, 58 % for 4,531. A few articles are
// thus weighed by the background, and every rule that needs a large
// collection (UniqueMinN, RareMinN, commonFraction) applies to them as
// to a million; a large collection whose subject the background does not
// know (names it never saw) still weighs them by its own counts — scaling
// the background up to a million instead (tried) made every name of a
// 4,531-article BBC collection that a background without BBC articles
// never saw look rare, and merged its follow-ups (reprint benchmark
// without times 0.92 → 0.66). An anchor the background never saw is
// judged by the collection's own count.
//
// Build one with BuildBackground (`crosswire bench background`); the
// shipped one and its sources are described in README.md.
type Background struct {
	// Docs is the number of articles the frequencies were counted on.
	Docs int
	// Source says what the articles were.
	Source  string
	anchors dfTable
	words   dfTable
}

// dfTable maps keys to document frequencies: keys sorted, df parallel.
type dfTable struct {
	keys  []uint32
	df    []uint32
	slots []uint32 // see index; nil: binary search
	// filter has filterBits bits set in one word for every key (see
	// index): most keys looked up are absent (a text's words and
	// candidate Chinese words), and one word tells most of them without
	// probing slots and keys.
	filter []uint64
	shift  uint32 // filter's word of k: k*filterMul >> shift
	// less, when set (Background.Without), is subtracted from df.
	less map[uint32]uint32
}

// index builds slots, an open-addressing table over keys (at most half
// full): get is read for every anchor weight of a streaming Index, and a
// binary search over 30,000 keys cost it 8 % of its throughput.
func (t *dfTable) index() {
	size := 16
	for size < 2*len(t.keys) {
		size <<= 1
	}
	t.slots = make([]uint32, size)
	mask := uint32(size - 1)
	for i, k := range t.keys {
		j := mix32(k) & mask
		for t.slots[j] != 0 {
			j = (j + 1) & mask
		}
		t.slots[j] = uint32(i + 1)
	}
	// a blocked Bloom filter of 8 to 16 bits per key (a power of two
	// words), filterBits of them in the key's word: for the shipped
	// background's 277,000 words, 512 KiB where an absent key passes with
	// chance 0.9 %. The first filter (one bit per key, 16 to 32 bits per
	// key) took 1 MiB to pass 3 %: a Chinese text's candidate words,
	// almost all absent, cost a probe each, mostly out of cache.
	words, log := 1, uint32(0)
	for 64*words < 8*len(t.keys) && log < 32 {
		words, log = words<<1, log+1
	}
	t.filter, t.shift = make([]uint64, words), 32-log
	for _, k := range t.keys {
		t.filter[t.filterWord(k)] |= filterMask(k)
	}
}

// filterWord is the word of dfTable.filter that holds key k's bits (word
// 0 of a one-word filter: shift 32).
func (t *dfTable) filterWord(k uint32) uint32 { return k * filterMul >> t.shift }

// filterMul spreads keys over dfTable.filter's words (Fibonacci hashing:
// the golden ratio's 32-bit fraction, odd).
const filterMul = 0x9E3779B1

// filterMask is the bits of key k in its word of dfTable.filter:
// filterBits bits chosen by another hash of the key than its word's.
func filterMask(k uint32) uint64 {
	m := mix32(k)
	return 1<<(m&63) | 1<<(m>>6&63) | 1<<(m>>12&63)
}

// filterBits is the number of bits a key sets in dfTable.filter
// (filterMask).
const filterBits = 3

// get returns the document frequency of key k, 0 when absent.
func (t *dfTable) get(k uint32) uint32 {
	i := -1
	if t.slots != nil {
		if m := filterMask(k); t.filter[t.filterWord(k)]&m != m {
			return 0
		}
		mask := uint32(len(t.slots) - 1)
		for j := mix32(k) & mask; t.slots[j] != 0; j = (j + 1) & mask {
			if x := int(t.slots[j] - 1); t.keys[x] == k {
				i = x
				break
			}
		}
	} else if x, ok := slices.BinarySearch(t.keys, k); ok {
		i = x
	}
	if i < 0 {
		return 0
	}
	if t.less != nil {
		return t.df[i] - min(t.less[k], t.df[i])
	}
	return t.df[i]
}

// Without returns the background less the counts of the given articles,
// which must have been among those it was built from: measuring a
// benchmark made of the background's own articles with them left out
// (leave-out validation). It shares b's tables.
func (b *Background) Without(arts ...*crosswire.Article) *Background {
	out := *b
	out.anchors.less, out.words.less = map[uint32]uint32{}, map[uint32]uint32{}
	// read as the builder read them (startname.go)
	s := scratch{plain: true}
	var buf []uint32
	for _, a := range arts {
		var anchors, words []uint32
		anchors, words, buf = s.backgroundKeys(a, buf)
		for _, x := range anchors {
			out.anchors.less[x]++
		}
		for _, w := range words {
			out.words.less[w]++
		}
		out.Docs--
	}
	return &out
}

// Holds reports whether article a may be one of those the background was
// counted on: every anchor and every topic word of it has a count, as
// every key of a counted article has. An article the background never saw
// passes only when each of its names, numbers, quotations and words turned
// up in other articles, which a news report of a few sentences hardly
// ever does; an article with no key at all tells nothing and is not held.
// Benchmarks ask it to leave a corpus the background was built from out
// of it (Without) without being told which files built it.
func (b *Background) Holds(a *crosswire.Article) bool {
	if b.empty() {
		return false
	}
	s := scratch{plain: true} // as the builder reads it
	anchors, words, _ := s.backgroundKeys(a, nil)
	if len(anchors)+len(words) == 0 {
		return false
	}
	for _, x := range anchors {
		if b.anchors.get(x) == 0 {
			return false
		}
	}
	for _, w := range words {
		if b.words.get(w) == 0 {
			return false
		}
	}
	return true
}

// backgroundKeys returns the keys a background counts an article by: its
// anchors and its topic words (valid until s is used again); buf is
// scratch space for the words, returned for reuse. BackgroundBuilder.Add,
// Background.Without and Background.Holds read an article this one way,
// each with a plain scratch (no startName: the counts must not depend on
// the counts they replace).
func (s *scratch) backgroundKeys(a *crosswire.Article, buf []uint32) (anchors, words, scratchBuf []uint32) {
	f := s.fingerprint(a)
	words, buf = topicWords(s.tokens, buf)
	return f.Anchors, words, buf
}

// Anchors is the number of distinct anchors counted; Words the number of
// distinct topic words.
func (b *Background) Anchors() int { return len(b.anchors.keys) }

// Words is the number of distinct topic words counted.
func (b *Background) Words() int { return len(b.words.keys) }

// AnchorDF is the number of the background's articles that have the
// anchor fingerprint a.
func (b *Background) AnchorDF(a uint32) int { return int(b.anchors.get(a)) }

// WordDocs is the number of the background's articles that have the
// word w as a topic word, w read as the builder reads an article's words
// (0 for a word it never saw, and for a name or a number, which are no
// topic words).
func (b *Background) WordDocs(w string) int {
	if b.empty() {
		return 0
	}
	var s scratch
	toks := s.tokenize(w)
	if len(toks) != 1 || toks[0].cap || toks[0].digits || toks[0].cjk {
		return 0
	}
	return int(b.words.get(uint32(toks[0].hash)))
}

// WordDF is the number of the background's articles that have the topic
// word with hash h (see topicWords).
func (b *Background) WordDF(h uint32) int { return int(b.words.get(h)) }

// empty reports whether the background holds no articles: weights are
// then the collection's own.
func (b *Background) empty() bool { return b == nil || b.Docs <= 0 }

// blend returns the document frequency and collection size of an anchor
// or word in df of n articles of a collection and in bdf of the
// background's: see Background.
func (b *Background) blend(df, n int, bdf uint32) (int, int) {
	if b.empty() {
		return df, n
	}
	return df + int(bdf), n + b.Docs
}

//go:embed NOTICE-BACKGROUND.txt
var backgroundNotice string

// BackgroundNotice returns the copyright notices and licences of the word
// lists the shipped background is derived from (jieba's Chinese document
// frequencies, stopwords-iso's Malay list), which must ship with it.
func BackgroundNotice() string { return backgroundNotice }

//go:generate go run ../cmd/crosswire bench background --out background.bin.gz --source "BBC News 2,225 (2004-2005) and CASIE cyber news 1,000 (2017-2019); Chinese words: jieba 0.42.1 analyse/idf.txt (Debian python3-jieba 0.42.1-3, MIT); Malay common words: stopwords-iso 1.1.0 ms (npm, MIT)" --idf /usr/lib/python3/dist-packages/jieba/analyse/idf.txt --common ${STOPWORDS_ISO} --common-lang ms ../../shared/data/bbc-news-2225.jsonl ../../shared/data/casie-cyber-news.jsonl

//go:embed background.bin.gz
var backgroundData []byte

// defaultBackground decodes the shipped background once; it is never
// changed after.
var defaultBackground = sync.OnceValues(func() (*Background, error) {
	return DecodeBackground(backgroundData)
})

// DefaultBackground returns the background shipped in the binary (see
// README.md for its sources and size). It is decoded on first use and
// shared: do not modify it.
func DefaultBackground() *Background {
	b, err := defaultBackground()
	if err != nil {
		// the embedded file is built by go generate and tested; a
		// broken one is a build error, not a runtime condition
		panic(fmt.Sprintf("group: embedded background: %v", err))
	}
	return b
}

// resolveBackground is the background an Index or Grouper uses: the
// default when nil, none when empty.
func resolveBackground(b *Background) *Background {
	if b == nil {
		return DefaultBackground()
	}
	if b.empty() {
		return nil
	}
	return b
}

// NoBackground returns an empty Background: weights from the collection's
// own statistics alone, as before backgrounds existed (experiments and
// comparisons).
func NoBackground() *Background { return &Background{} }

// BackgroundBuilder counts anchors and topic words over articles.
type BackgroundBuilder struct {
	s       scratch
	buf     []uint32
	anchors map[uint32]uint32
	words   map[uint32]uint32
	docs    int
	seen    map[string]bool
	// shares are the words of word-frequency sources (AddWordShare):
	// the share of documents that hold each
	shares map[uint32]float64
}

// NewBackgroundBuilder returns an empty builder.
func NewBackgroundBuilder() *BackgroundBuilder {
	bb := &BackgroundBuilder{anchors: map[uint32]uint32{}, words: map[uint32]uint32{}, seen: map[string]bool{}, shares: map[uint32]float64{}}
	// its counts do not depend on a background's (startname.go)
	bb.s.plain = true
	return bb
}

// AddWordShare records a topic word known from a word-frequency source
// rather than from articles — a language the articles are not in: share is
// the fraction of documents that hold it (jieba's inverse document
// frequency idf gives e^−idf; a list of a language's most frequent words
// says each is common). word is lower-case text, or a Chinese word of 2 to
// MaxCJKWord characters (the dictionary Chinese text is segmented with).
// In Background the word gets the document frequency share·Docs (at least
// 1), unless the articles hold it in at least sourceYields of them: a word
// of the articles' own language ("as", "bank", "air" of a Malay list) keeps
// their count, a borrowing they hold a few times ("di" of "Ada di
// Marco") takes the source's.
func (bb *BackgroundBuilder) AddWordShare(word string, share float64) {
	if share <= 0 || word == "" || !segmentable(word) {
		return
	}
	h := wordHash(word)
	bb.shares[h] = max(bb.shares[h], min(share, 1))
}

// sourceYields is the share of the articles that must hold a word for
// their count to stand against a word-frequency source's (AddWordShare):
// 1 %, 32 of 3,225 articles — a word of their language, not a borrowing.
const sourceYields = 0.01

// Add counts one article: each of its anchors and topic words once. An
// article whose ID (when not empty) was added before is skipped.
func (bb *BackgroundBuilder) Add(a *crosswire.Article) {
	if a.ID != "" {
		if bb.seen[a.ID] {
			return
		}
		bb.seen[a.ID] = true
	}
	var anchors, words []uint32
	anchors, words, bb.buf = bb.s.backgroundKeys(a, bb.buf)
	for _, x := range anchors {
		bb.anchors[x]++
	}
	for _, w := range words {
		bb.words[w]++
	}
	bb.docs++
}

// Background returns the counted frequencies; source describes the
// articles.
func (bb *BackgroundBuilder) Background(source string) *Background {
	table := func(m map[uint32]uint32) dfTable {
		t := dfTable{keys: make([]uint32, 0, len(m))}
		for k := range m {
			t.keys = append(t.keys, k)
		}
		slices.Sort(t.keys)
		t.df = make([]uint32, len(t.keys))
		for i, k := range t.keys {
			t.df[i] = m[k]
		}
		t.index()
		return t
	}
	words := bb.words
	if len(bb.shares) > 0 {
		words = maps.Clone(bb.words)
		for h, share := range bb.shares {
			if float64(words[h]) >= sourceYields*float64(bb.docs) {
				continue
			}
			words[h] = max(words[h], uint32(max(1, math.Round(share*float64(bb.docs)))))
		}
	}
	return &Background{Docs: bb.docs, Source: source, anchors: table(bb.anchors), words: table(words)}
}

// backgroundMagic starts an encoded Background (version 1).
const backgroundMagic = "CWBG1"

// MarshalBinary encodes the background compactly: gzip of a header
// (magic, article count, source) and two tables, each as its length and
// then, per key in ascending order, the varint gap from the previous key
// and the varint frequency.
func (b *Background) MarshalBinary() ([]byte, error) {
	var raw []byte
	raw = append(raw, backgroundMagic...)
	raw = binary.AppendUvarint(raw, uint64(b.Docs))
	raw = binary.AppendUvarint(raw, uint64(len(b.Source)))
	raw = append(raw, b.Source...)
	for _, t := range []*dfTable{&b.anchors, &b.words} {
		raw = binary.AppendUvarint(raw, uint64(len(t.keys)))
		prev := uint32(0)
		for i, k := range t.keys {
			raw = binary.AppendUvarint(raw, uint64(k-prev))
			raw = binary.AppendUvarint(raw, uint64(t.df[i]))
			prev = k
		}
	}
	var out bytes.Buffer
	zw, err := gzip.NewWriterLevel(&out, gzip.BestCompression)
	if err != nil {
		return nil, fmt.Errorf("background: %w", err)
	}
	if _, err := zw.Write(raw); err != nil {
		return nil, fmt.Errorf("background: %w", err)
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("background: %w", err)
	}
	return out.Bytes(), nil
}

// DecodeBackground decodes what MarshalBinary wrote.
func DecodeBackground(data []byte) (*Background, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("background: %w", err)
	}
	raw, err := io.ReadAll(io.LimitReader(zr, 256<<20))
	if err != nil {
		return nil, fmt.Errorf("background: %w", err)
	}
	if !bytes.HasPrefix(raw, []byte(backgroundMagic)) {
		return nil, errors.New("background: not a crosswire background (bad magic)")
	}
	r := bytes.NewReader(raw[len(backgroundMagic):])
	next := func() (uint64, error) {
		v, err := binary.ReadUvarint(r)
		if err != nil {
			return 0, fmt.Errorf("background: truncated: %w", err)
		}
		return v, nil
	}
	b := &Background{}
	docs, err := next()
	if err != nil {
		return nil, err
	}
	b.Docs = int(min(docs, math.MaxInt32))
	ns, err := next()
	if err != nil {
		return nil, err
	}
	if ns > uint64(r.Len()) {
		return nil, errors.New("background: truncated source")
	}
	src := make([]byte, ns)
	if _, err := io.ReadFull(r, src); err != nil {
		return nil, fmt.Errorf("background: %w", err)
	}
	b.Source = string(src)
	for _, t := range []*dfTable{&b.anchors, &b.words} {
		n, err := next()
		if err != nil {
			return nil, err
		}
		if n > uint64(r.Len()) { // each entry takes at least 2 bytes
			return nil, errors.New("background: table longer than the data")
		}
		t.keys, t.df = make([]uint32, n), make([]uint32, n)
		k := uint64(0)
		for i := range t.keys {
			gap, err := next()
			if err != nil {
				return nil, err
			}
			df, err := next()
			if err != nil {
				return nil, err
			}
			k += gap
			if k > math.MaxUint32 || i > 0 && gap == 0 {
				return nil, errors.New("background: keys not ascending")
			}
			t.keys[i], t.df[i] = uint32(k), uint32(min(df, math.MaxUint32))
		}
		t.index()
	}
	return b, nil
}

// weighUnvouched replaces, in a batch of fewer than RareMinN articles
// blended with a background, the frequency of each name that the
// background never saw and that only articles in a language the background
// does not cover hold (topics.covered: fewer than half of their words known
// to it) by an estimate:
//
//	df' = n' · (df + RareMinN·commonFraction) / (n + RareMinN)
//
// for df of the collection's n articles and n' the pooled size: the
// name's share of the collection, shrunk towards commonFraction by a prior
// worth RareMinN articles — about commonWeight for a pair checked alone.
// Why: an English background that never saw a name of English text says
// it is rare; one that never saw a capitalised word of Catalan or Malay
// text says nothing — "EUA", "Notícia", "Laboral" are the Catalan forms of
// common names, which the background knows only in English. Pooled as a
// name it never saw, such a word shared by two unrelated Catalan articles
// weighed as the rarest name and counted towards MinSharedAnchors, while
// the uncovered article's names that no other article has weighed 0
// (UniqueMinN), so its anchor vector was little more than what it shared:
// two unrelated Catalan articles sharing "EUA", "BBC", "10" and "Notícia"
// had anchor cosine 0.56 (65 of the 149 bbc-mt-catalan pairs of different
// stories that merged as a pair were such). With the estimate the shared
// word is common (not counted, not rare) and the unshared ones weigh what
// the English forms of such names weigh. A collection of RareMinN or more
// counts its own names (as uncoveredRare): unchanged. Not estimated: a
// name an article in a covered language also holds (the background's
// silence then means rare), a Latin-script name in a CJK text (Chinese
// capitalises no common words: it is a name), numbers, dates and acronyms
// (stableBit clear: written alike in every language), and quotations.
func (ix *Index) weighUnvouched(fps []*Fingerprint) {
	t := ix.topics
	n, np := ix.frozenOwnN, ix.frozenN
	if ix.bg == nil || ix.frozen == nil || n >= RareMinN || t == nil || t.covered == nil || !slices.Contains(t.covered, false) {
		return
	}
	uncovered := func(d int, f *Fingerprint) bool { return !t.covered[d] && 2*f.CJK <= f.Words }
	unvouched := map[uint32]bool{}
	eachDoc(fps, func(d int, f *Fingerprint) {
		if !uncovered(d, f) {
			return
		}
		for _, a := range f.Anchors {
			if _, quote := slices.BinarySearch(f.Quotes, a); a&stableBit != 0 && !quote && ix.bg.anchors.get(a) == 0 {
				unvouched[a] = true
			}
		}
	})
	eachDoc(fps, func(d int, f *Fingerprint) {
		if uncovered(d, f) {
			return
		}
		for _, a := range f.Anchors {
			delete(unvouched, a)
		}
	})
	prior := float64(RareMinN) * commonFraction
	for a := range unvouched {
		df := int(ix.frozenOwn[a])
		est := math.Ceil(float64(np) * (float64(df) + prior) / float64(n+RareMinN))
		ix.frozen[a] = int32(min(max(est, float64(df)), math.MaxInt32))
	}
}

// eachDoc calls fn with each doc number and its fingerprint: fps are
// sorted by ID and a repeated ID is one doc (the index keeps the first).
func eachDoc(fps []*Fingerprint, fn func(d int, f *Fingerprint)) {
	d := -1
	for k, f := range fps {
		if k > 0 && f.ID == fps[k-1].ID {
			continue
		}
		d++
		fn(d, f)
	}
}
