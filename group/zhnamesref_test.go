package group

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"crosswire"

	"github.com/cespare/xxhash/v2"
)

// The reader of names in characters before it read the topic words'
// segmentation (zhnames.go at 1ad3bf2), kept for one commit as the
// reference of TestCJKNamesAsReference.

// refNameReader reads the names in characters of texts (cjkNames), reusing
// its buffers from one text to the next.
type refNameReader struct {
	known *dfTable
	run   []string // the CJK characters of the run being read
	buf   []byte   // a candidate's bytes
	out   []uint32
}

// names returns the sorted distinct name keys of a headline and body, in
// a slice of their own.
func (r *refNameReader) names(title, text string) []uint32 {
	r.out = r.out[:0]
	r.read(title)
	r.read(text)
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
func refCJKNames(text string, known *dfTable) []uint32 {
	r := refNameReader{known: known}
	return r.names("", text)
}

// read appends the name keys of text to r.out (see cjkNames).
func (r *refNameReader) read(text string) {
	quote := -1 // where the quotation open at i began, else -1
	for i := 0; i <= len(text); {
		c, size := utf8.RuneError, 1
		if i < len(text) {
			c, size = utf8.DecodeRuneInString(text[i:])
		}
		if i < len(text) && isCJK(c) {
			r.run = append(r.run, text[i:i+size])
			i += size
			continue
		}
		if len(r.run) > 0 {
			r.unknownRuns()
			r.run = r.run[:0]
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
}

// hash is the key of a stretch of characters: xxhash of their bytes, as
// wordHash of their text.
func (r *refNameReader) hash(chars []string) uint32 {
	r.buf = r.buf[:0]
	for _, c := range chars {
		r.buf = append(r.buf, c...)
	}
	return uint32(xxhash.Sum64(r.buf))
}

// unknownRuns segments r.run by forward maximum matching, as
// appendCJKWords does, and appends to r.out the key of each stretch of
// MinCJKName or more characters that start no known word.
func (r *refNameReader) unknownRuns() {
	run := r.run
	start := -1
	for i := 0; i <= len(run); {
		took := 0
		if n := min(MaxCJKWord, len(run)-i); n >= 2 {
			// the candidates' bytes once, hashed longest first
			var end [MaxCJKWord + 1]int
			r.buf = r.buf[:0]
			for l, c := range run[i : i+n] {
				r.buf = append(r.buf, c...)
				end[l+1] = len(r.buf)
			}
			for l := n; l >= 2 && took == 0; l-- {
				if r.known.get(uint32(xxhash.Sum64(r.buf[:end[l]]))) > 0 {
					took = l
				}
			}
		}
		if took == 0 && i < len(run) {
			if start < 0 {
				start = i
			}
			i++
			continue
		}
		if start >= 0 && i-start >= MinCJKName {
			r.out = append(r.out, r.hash(run[start:start+MinCJKName]))
		}
		start = -1
		i += max(took, 1)
	}
}

// TestCJKNamesAsReference: the names read from the topic words'
// segmentation, in the batch (topicInput.read) and alone (cjkNames), are
// the reference reader's, on every article of the shared corpora, the
// synthetic texts of the fingerprint goldens and pseudo-script texts
// (the reprint benchmark's script versions).
func TestCJKNamesAsReference(t *testing.T) {
	known := knownCJKWords()
	var arts []crosswire.Article
	for _, f := range []string{"mmds2025-dev.jsonl", "bbc-news-2225.jsonl", "bbc-mt-catalan.jsonl", "meter-showbiz.jsonl", "casie-cyber-news.jsonl"} {
		for _, r := range readCorpus(t, f) {
			arts = append(arts, crosswire.Article{ID: r.ID, Title: r.Title, Text: r.Text})
		}
	}
	arts = append(arts, syntheticTexts(1, 4000)...)
	for i := range 300 {
		arts = append(arts, crosswire.Article{ID: "ps", Title: pseudoScript(uint64(i+7), 5+i%9), Text: pseudoScript(uint64(i+1), 20+i*7)})
	}
	// real Chinese words and names between marks that do and do not end
	// a sentence, quotations, Latin and digits
	seps := []string{"", "", "", "，", " ", "、", "“", "”", "「", "」", "『", "』", "（", "）", "A1", "Qa", "。", "\xe4\xb8"}
	pieces := []string{"政府", "宣布", "严柏霖", "洛瑟尔湾", "的", "经济政策", "码头", "邝颂铭", "研究生命", "铁算盘", "百年一遇", "龘龘", "在", "说"}
	x := uint64(1)
	for k := range 3000 {
		sep := seps
		if k%3 == 0 {
			sep = seps[:3] // long runs: no marks
		}
		var b []byte
		for range 40 {
			x = x*6364136223846793005 + 1442695040888963407
			b = append(b, pieces[(x>>33)%uint64(len(pieces))]...)
			b = append(b, sep[(x>>50)%uint64(len(sep))]...)
		}
		arts = append(arts, crosswire.Article{ID: "mix", Title: string(b[:len(b)/5]), Text: string(b[len(b)/5:])})
	}
	var s scratch
	in := &topicInput{words: make([][]uint32, 1), names: make([][]uint32, 1)}
	var tr topicReader
	ref := refNameReader{known: known}
	alone := nameReader{known: known}
	withNames, runs, long := 0, 0, 0
	for _, a := range arts {
		f := s.fingerprint(&a)
		f.CJK, f.Words = 1, 0 // read every article's names
		in.read(0, s.tokens, &a, f, &tr)
		want := ref.names(a.Title, a.Text)
		if words, _ := topicWords(s.tokens, nil); !slices.Equal(in.words[0], words) {
			t.Fatalf("%s: topic words differ", a.ID)
		}
		toks := s.tokens
		for i := 0; i < len(toks); i++ {
			if !toks[i].cjk {
				continue
			}
			j := i + 1
			for j < len(toks) && toks[j].cjk && !toks[j].sentStart {
				j++
			}
			runs++
			if j-i > cjkBlock {
				long++
			}
			if got, want := appendCJKWords(nil, toks[i:j], known, nil), refAppendCJKWords(nil, toks[i:j], known); !slices.Equal(got, want) {
				t.Fatalf("%s: words of a run of %d characters %v, reference %v", a.ID, j-i, got, want)
			}
			i = j - 1
		}
		if !slices.Equal(in.names[0], want) {
			t.Fatalf("%s: batch names %v, reference %v", a.ID, in.names[0], want)
		}
		if got := alone.names(a.Title, a.Text); !slices.Equal(got, want) {
			t.Fatalf("%s: names alone %v, reference %v", a.ID, got, want)
		}
		if len(want) > 0 {
			withNames++
		}
	}
	t.Logf("%d articles, %d with names; %d runs of CJK characters, %d longer than cjkBlock", len(arts), withNames, runs, long)
}

// refAppendCJKWords is appendCJKWords at 1ad3bf2 (a candidate's bytes
// copied for each place the matching stops at), kept for one commit as
// the reference of TestCJKNamesAsReference.
func refAppendCJKWords(out []uint32, run []token, known *dfTable) []uint32 {
	var win [MaxCJKWord * utf8.UTFMax]byte
	var end [MaxCJKWord + 1]int
	for i := 0; i+1 < len(run); {
		n := min(MaxCJKWord, len(run)-i)
		for l := 1; l <= n; l++ {
			end[l] = end[l-1] + copy(win[end[l-1]:], run[i+l-1].norm)
		}
		took := 1
		for l := n; l >= 2; l-- {
			h := uint32(xxhash.Sum64(win[:end[l]]))
			if known.get(h) > 0 {
				out = append(out, h)
				took = l
				break
			}
		}
		i += took
	}
	return out
}

// refHeadlinesApart is headlinesApart at 1ad3bf2 (terms read for each
// pair), kept for one commit as the reference of
// TestHeadlinesApartAsReference.
func (ix *Index) refHeadlinesApart(a, b uint32) bool {
	if ix.bg.empty() || !ix.readsArticles() || !ix.topics.coversBoth(a, b) {
		return false
	}
	ta, tb := ix.topics.arts[a], ix.topics.arts[b]
	if ta == nil || tb == nil || ta.Title == "" || tb.Title == "" ||
		strings.ContainsFunc(ta.Title, isCJK) || strings.ContainsFunc(tb.Title, isCJK) || ix.sameWireHead(a, b) {
		return false
	}
	var bufA, bufB [24]headTerm
	var w headWords
	ka, na := ix.headTerms(a, ta.Title, bufA[:0], &w)
	if na < MinHeadlineTerms {
		return false
	}
	kb, nb := ix.headTerms(b, tb.Title, bufB[:0], &w)
	if nb < MinHeadlineTerms {
		return false
	}
	for _, t := range ka {
		if !t.function && findTerm(kb, t.key) >= 0 {
			return false
		}
	}
	return w.titles(ka, ta.Text) && w.titles(kb, tb.Text)
}

// TestHeadlinesApartAsReference: headlinesApart with each doc's terms
// read once answers as the reference on the pairs of each doc of real
// corpora with the 60 docs after it (and asked again, from its cache).
func TestHeadlinesApartAsReference(t *testing.T) {
	for _, f := range []string{"bbc-news-2225.jsonl", "casie-cyber-news.jsonl", "bbc-mt-catalan.jsonl", "mmds2025-dev.jsonl"} {
		recs := readCorpus(t, f)
		arts := make([]crosswire.Article, len(recs))
		for i, r := range recs {
			arts[i] = r.article()
		}
		slices.SortStableFunc(arts, func(x, y crosswire.Article) int { return strings.Compare(x.ID, y.ID) })
		ix, _ := partitionIndex(t, arts, nil)
		apart, pairs := 0, 0
		for round := range 2 {
			for a := range uint32(ix.n) {
				for b := a + 1; b < min(a+61, uint32(ix.n)); b++ {
					got, want := ix.headlinesApart(a, b), ix.refHeadlinesApart(a, b)
					if got != want {
						t.Fatalf("%s: docs %d, %d: apart %v, reference %v", f, a, b, got, want)
					}
					if got2 := ix.headlinesApart(b, a); got2 != ix.refHeadlinesApart(b, a) {
						t.Fatalf("%s: docs %d, %d: apart %v (reversed)", f, b, a, got2)
					}
					if round == 0 {
						pairs++
						if got {
							apart++
						}
					}
				}
			}
		}
		t.Logf("%s: %d pairs, %d apart", f, pairs, apart)
	}
}
