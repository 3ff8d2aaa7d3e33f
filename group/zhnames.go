package group

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"crosswire"

	"github.com/cespare/xxhash/v2"
)

// Names written in characters (issue 14, session 11). Anchors are the
// facts that cross outlets — capitalised names, numbers, dates, acronyms —
// and Chinese writes no capitals: a Chinese report's people and places
// (a minister's name, a storm's transliterated name) are no
// anchors, so two Chinese reports of one event share only their dates
// and figures (0–1 anchors on mmds2025-dev) and never reach the pair
// rules' floor of MinSharedAnchors, however alike their words (topic-word
// cosine 0.56 for two reports of one ministers' meeting).
//
// What marks a name in Chinese text is that a dictionary does not know it:
// a general dictionary holds the language's words, while personal names
// (a surname and a given name of one or two characters) and new
// transliterations are an open class that no word list covers — the
// out-of-vocabulary words of Chinese segmentation are mostly names. The
// batch already segments Chinese text against the jieba dictionary of the
// shipped background (zhwords.go, 270,131 words); a stretch of
// MinCJKName or more characters of which none starts a known word is read
// here as a name. Two characters are not enough: two adjacent
// one-character words (的, 在, 是, 新) make most unknown stretches of two.
// A name is keyed by its first MinCJKName characters: a one-character
// word written after it (严柏霖在, 严柏霖说) is not cut off by
// segmentation, and one report writes it where the other does not. And a
// quotation of MinCJKName or more characters counts as a name, keyed by
// its whole text: Chinese news quotes a nickname, a slogan or an
// official's word (“铁算盘”, “百年一遇”), which the anchors leave out
// (extractAnchors reads a quotation of four words, and each CJK character
// is a word), and two reports of the event quote it alike.
//
// The rule (cjkNamesEdge): two mostly-CJK texts in a language the
// background covers, refused by every rule before, that share at least one
// name in characters and, with their shared anchors, MinSharedAnchors
// names and figures (the pair rules' floor), and whose leads name no
// different days, are one event when their topic words' cosine is at
// least TopicCosine (the topic rule, names in characters standing in for
// its anchors) or their leads name one day (the day rule, eventday.go,
// names in characters standing in for the lead told in the other report:
// two events of one kind on one day have other people and places). No
// constant is new but MinCJKName, the length of a Chinese personal name.
// Batch only (it reads the articles); the streaming Index has no words.
//
// Candidates: two Chinese reports written independently share no wording
// for LSH to find and fewer than MinSharedAnchors anchors for the anchor
// chains, so the batch also verifies the pairs of CJK texts that share a
// name in characters (cjkNameEdges), a name in more than commonFraction of
// a batch of UniqueMinN or more giving no candidate (as anchors).

// MinCJKName is the fewest characters of a name written in characters:
// a Chinese personal name is a surname and a given name, mostly three
// characters, and a transliteration is three or more.
const MinCJKName = 3

// cjkNamesEdge reports whether two mostly-CJK docs that every rule before
// refused are one event by the topic rule or the day rule with names in
// characters standing in for anchors (see above).
func (ix *Index) cjkNamesEdge(a, b uint32, ps *pairScore) bool {
	if !ix.readsArticles() || int(max(a, b)) >= len(ix.leads) || !ix.cjk[a] || !ix.cjk[b] || !ix.topics.coversBoth(a, b) {
		return false
	}
	if ix.leadsOtherDay(a, b) {
		return false
	}
	if n := ix.sharedCJKNames(a, b); n < 1 || n+ps.shared < MinSharedAnchors {
		return false
	}
	return ix.topicTold(a, b, ps, TopicCosine) || compareDays(ix.leads[a].day, ix.leads[b].day) == daySame
}

// sharedCJKNames is the number of names in characters docs a and b share
// (none common in the batch: cjkNameTable).
func (ix *Index) sharedCJKNames(a, b uint32) int {
	t := ix.zhNames
	if t == nil {
		return 0
	}
	n := 0
	forShared(t.names[a], t.names[b], func(int, int) bool { n++; return true })
	return n
}

// cjkNameTable holds the names in characters of a batch's mostly-CJK
// docs, a name in more than commonFraction of a batch of UniqueMinN or
// more docs left out (common, as an anchor is).
type cjkNameTable struct {
	names [][]uint32 // by doc: sorted name keys (cjkNames)
	held  []uint64   // name<<32 | doc for every name of every doc, sorted
}

// readCJKNames reads the names in characters of the batch's mostly-CJK
// docs on workers goroutines (batch only: it reads the articles), before
// any pair is verified.
func (ix *Index) readCJKNames(workers int) {
	if !ix.readsArticles() || !slices.Contains(ix.cjk[:ix.n], true) {
		return
	}
	t := &cjkNameTable{names: make([][]uint32, ix.n)}
	if read := ix.topics.names; read != nil {
		// read with the topic words (topicInput.read)
		for d := range ix.n {
			if ix.cjk[d] && ix.topics.arts[d] != nil {
				t.names[d] = read[d]
			}
		}
	} else {
		known := knownCJKWords()
		var wg sync.WaitGroup
		for w := range max(workers, 1) {
			wg.Go(func() {
				r := nameReader{known: known}
				for d := w; d < ix.n; d += max(workers, 1) {
					if art := ix.topics.arts[d]; ix.cjk[d] && art != nil {
						t.names[d] = r.names(art.Title, art.Text)
					}
				}
			})
		}
		wg.Wait()
	}
	for d, names := range t.names {
		for _, h := range names {
			t.held = append(t.held, uint64(h)<<32|uint64(d))
		}
	}
	slices.Sort(t.held)
	// common names: their docs' runs dropped from held and from names
	var common map[uint32]bool
	kept := t.held[:0]
	for i := 0; i < len(t.held); {
		h, j := t.held[i]>>32, i+1
		for j < len(t.held) && t.held[j]>>32 == h {
			j++
		}
		if ix.n >= UniqueMinN && float64(j-i) > commonFraction*float64(ix.n) {
			if common == nil {
				common = map[uint32]bool{}
			}
			common[uint32(h)] = true
		} else {
			kept = append(kept, t.held[i:j]...)
		}
		i = j
	}
	t.held = kept
	if common != nil {
		for d, names := range t.names {
			t.names[d] = slices.DeleteFunc(names, func(h uint32) bool { return common[h] })
		}
	}
	ix.zhNames = t
}

// topicReader reads a batch's articles' topic words and, of a mostly-CJK
// article, its names in characters from the same segmentation, keeping
// its buffers from one article to the next.
type topicReader struct {
	buf   []uint32
	seg   []uint8
	names nameReader
}

// read sets in.words[i], article a's topic words from its tokens
// (articleTokens), and when in.names is not nil and f, a's fingerprint,
// is mostly CJK (as Index.cjk), in.names[i], its names in characters.
func (in *topicInput) read(i int, toks []token, a *crosswire.Article, f *Fingerprint, r *topicReader) {
	if in.names == nil || 2*f.CJK <= f.Words {
		in.words[i], r.buf = topicWords(toks, r.buf)
		return
	}
	r.seg = zeroSeg(r.seg, len(toks))
	in.words[i], r.buf = topicWordsSeg(toks, r.buf, r.seg)
	if r.names.known == nil {
		r.names.known = knownCJKWords()
	}
	in.names[i] = r.names.articleNames(a.Title, a.Text, toks, r.seg)
}

// namesByDoc returns in.names by doc number (fps sorted by ID, a
// repeated ID one doc: its first article), nil when not read.
func (in *topicInput) namesByDoc(fps []*Fingerprint) [][]uint32 {
	if in.names == nil {
		return nil
	}
	var out [][]uint32
	for k := range fps {
		if k == 0 || fps[k].ID != fps[k-1].ID {
			out = append(out, in.names[k])
		}
	}
	return out
}

// cjkNameEdges verifies the pairs of the batch's mostly-CJK docs that
// share a name in characters (readCJKNames), walked as the anchor chains
// are (walkDF, walkCap); the verified pairs decided
// by anchors join the batch's anchor edges, as the candidate walk's do (a
// pair the walk verified too gives the same edge twice, which the
// best-match pass reads once). Batch only.
func (ix *Index) cjkNameEdges() {
	t := ix.zhNames
	if t == nil {
		return
	}
	var pairs []uint64 // a<<32 | b, a < b
	for i := 0; i < len(t.held); {
		j := i + 1
		for j < len(t.held) && t.held[j]>>32 == t.held[i]>>32 {
			j++
		}
		// as the anchor chains are walked: a name in more than walkDF
		// docs gives no candidate, and each doc pairs with at most
		// walkCap of the docs before it (the nearest)
		if j-i <= walkDF {
			for y := i + 1; y < j; y++ {
				for x := max(i, y-walkCap); x < y; x++ {
					pairs = append(pairs, t.held[x]<<32|t.held[y]&(1<<32-1))
				}
			}
		}
		i = j
	}
	slices.Sort(pairs)
	for _, p := range slices.Compact(pairs) {
		a, b := uint32(p>>32), uint32(p)
		if ok, ps := ix.verify(a, b); ok && ps.byAnchors && !ps.parallel && !ps.byQuote {
			ix.anchorEdges = append(ix.anchorEdges, anchorEdge{a: a, b: b, cos: ps.cosine})
		}
	}
}

// nameReader reads the names in characters of texts (cjkNames), reusing
// its buffers from one text to the next. The segmentation is the topic
// words' (topicWordsSeg): a stretch of unknown characters is read from
// what it found at each character, and only a candidate it did not look
// up (one across a mark that does not end a sentence, a comma or a
// space, where the topic words' runs go on and the names' stop) is
// looked up here.
type nameReader struct {
	known  *dfTable
	sounds *translit // the transliteration characters (crossscript.go), on first use
	buf    []byte    // a candidate's bytes
	out    []uint32
	// a text read alone (names) is tokenized and segmented here
	s     *scratch
	words []uint32
	seg   []uint8
}

// names returns the sorted distinct name keys of a headline and body, in
// a slice of their own.
func (r *nameReader) names(title, text string) []uint32 {
	if r.s == nil {
		r.s = new(scratch)
	}
	toks, _ := r.s.articleTokens(&crosswire.Article{Title: title, Text: text})
	r.seg = zeroSeg(r.seg, len(toks))
	_, r.words = topicWordsSeg(toks, r.words, r.seg)
	return r.articleNames(title, text, toks, r.seg)
}

// zeroSeg returns seg resized to n, all zero.
func zeroSeg(seg []uint8, n int) []uint8 {
	seg = slices.Grow(seg[:0], n)[:n]
	clear(seg)
	return seg
}

// articleNames returns the sorted distinct name keys of a headline and
// body (as names) from their tokens (articleTokens) and what the topic
// words' segmentation read at each (topicWordsSeg), in a slice of their
// own.
func (r *nameReader) articleNames(title, text string, toks []token, seg []uint8) []uint32 {
	r.out = r.out[:0]
	r.read(text, toks, seg, r.read(title, toks, seg, 0))
	if len(r.out) == 0 {
		return nil
	}
	slices.Sort(r.out)
	return slices.Clone(slices.Compact(r.out))
}

// cjkNames returns the sorted distinct keys of the names a text writes in
// characters: each stretch of MinCJKName or more CJK characters (within a
// run that punctuation or other script does not break) none of which
// starts a word of known, keyed by the hash of its first MinCJKName
// characters, and each quotation (“…”, 「…」, 『…』) of MinCJKName or more
// CJK characters, keyed by the hash of its text (as wordHash hashes a
// word).
func cjkNames(text string, known *dfTable) []uint32 {
	r := nameReader{known: known}
	return r.names("", text)
}

// read appends the name keys of text to r.out (see cjkNames). The CJK
// characters of text are, in order, the CJK tokens of toks from k on
// (the tokenizer makes one of each CJK character: a character the next
// CJK token writes is that token, any other is not CJK); it returns the
// index of the token after the last one read.
func (r *nameReader) read(text string, toks []token, seg []uint8, k int) int {
	quote := -1         // where the quotation open at i began, else -1
	start, end := -1, 0 // the tokens of the run of CJK characters being read
	for i := 0; i <= len(text); {
		for k < len(toks) && !toks[k].cjk {
			k++
		}
		if i < len(text) && k < len(toks) && text[i] >= utf8.RuneSelf && strings.HasPrefix(text[i:], toks[k].norm) {
			if start < 0 {
				start = k
			}
			i += len(toks[k].norm)
			k++
			end = k
			continue
		}
		c, size := utf8.RuneError, 1
		if i < len(text) {
			if c = rune(text[i]); c >= utf8.RuneSelf {
				c, size = utf8.DecodeRuneInString(text[i:])
			}
		}
		if start >= 0 {
			r.unknownRuns(toks[start:end], seg[start:end])
			start = -1
		}
		switch {
		case c == '“' || c == '「' || c == '『':
			quote = i + size
		case (c == '”' || c == '」' || c == '』') && quote >= 0:
			if q := text[quote:i]; cjkChars(q) >= MinCJKName {
				r.out = append(r.out, wordHash(q))
			}
			quote = -1
		}
		i += size
	}
	return k
}

// cjkChars is the number of CJK characters of s.
func cjkChars(s string) int {
	n := 0
	for _, c := range s {
		if isCJK(c) {
			n++
		}
	}
	return n
}

// hash is the key of a stretch of characters: xxhash of their bytes, as
// wordHash of their text.
func (r *nameReader) hash(chars []token) uint32 {
	r.buf = r.buf[:0]
	for i := range chars {
		r.buf = append(r.buf, chars[i].norm...)
	}
	return uint32(xxhash.Sum64(r.buf))
}

// unknownRuns segments the run of CJK characters run by forward maximum
// matching, as appendCJKWords does (what it read at each character is
// seg's, segAt; a candidate it did not read is looked up), and appends to
// r.out the key of each stretch of MinCJKName or more characters that
// start no known word.
func (r *nameReader) unknownRuns(run []token, seg []uint8) {
	start := -1
	for i := 0; i <= len(run); {
		took := 0
		for l := min(MaxCJKWord, len(run)-i); l >= 2 && took == 0; l-- {
			word, read := segWord(seg[i], l)
			if !read {
				word = r.known.get(r.hash(run[i:i+l])) > 0
			}
			if word {
				took = l
			}
		}
		if took == 0 && i < len(run) {
			if start < 0 {
				start = i
			}
			i++
			continue
		}
		if took >= MinCJKName && r.transliterated(run[i:i+took]) {
			// a known word of transliteration characters alone: an
			// established foreign name, keyed by its whole text
			r.out = append(r.out, r.hash(run[i:i+took]))
		}
		if start >= 0 && i-start >= MinCJKName {
			r.out = append(r.out, r.hash(run[start:start+MinCJKName]))
		}
		start = -1
		i += max(took, 1)
	}
}

// transliterated reports whether every character of chars is one of the
// transliteration tables' (translitReadings): a word of three or more
// such characters is a foreign name written by sound (法兰西斯, 加拉加斯),
// which ordinary words of the language are not made of alone.
func (r *nameReader) transliterated(chars []token) bool {
	if r.sounds == nil {
		r.sounds = translitTable()
	}
	for i := range chars {
		c, _ := utf8.DecodeRuneInString(chars[i].norm)
		if _, ok := r.sounds.sound(c); !ok {
			return false
		}
	}
	return true
}
