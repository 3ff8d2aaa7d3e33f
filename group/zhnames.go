package group

import (
	"cmp"
	"slices"
	"unicode/utf8"

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
// refused are one event by the topic rule with names in characters (see
// above).
func (ix *Index) cjkNamesEdge(a, b uint32, ps *pairScore) bool {
	if !ix.readsArticles() || !ix.cjk[a] || !ix.cjk[b] || !ix.topics.coversBoth(a, b) {
		return false
	}
	if ix.leadsOtherDay(a, b) {
		return false
	}
	if n := ix.sharedCJKNames(a, b); n < 1 || n+ps.shared < MinSharedAnchors {
		return false
	}
	return ix.topicCosine(a, b, ps) >= TopicCosine || compareDays(ix.leads[a].day, ix.leads[b].day) == daySame
}

// sharedCJKNames is the number of names in characters docs a and b share,
// a name common in the batch (cjkNameTable.common) not counted.
func (ix *Index) sharedCJKNames(a, b uint32) int {
	t := ix.zhNames
	if t == nil {
		return 0
	}
	n := 0
	forShared(t.names[a], t.names[b], func(i, _ int) bool {
		if !t.common(t.names[a][i]) {
			n++
		}
		return true
	})
	return n
}

// cjkNameTable holds the names in characters of a batch's mostly-CJK
// docs and how many docs hold each.
type cjkNameTable struct {
	names [][]uint32 // by doc: sorted name keys (cjkNames)
	df    map[uint32]int
	n     int // docs in the batch
}

// common reports whether a name is in more than commonFraction of a batch
// of UniqueMinN or more docs (as an anchor is common).
func (t *cjkNameTable) common(h uint32) bool {
	return t.n >= UniqueMinN && float64(t.df[h]) > commonFraction*float64(t.n)
}

// readCJKNames reads the names in characters of the batch's mostly-CJK
// docs (batch only: it reads the articles), before any pair is verified.
func (ix *Index) readCJKNames() {
	if !ix.readsArticles() {
		return
	}
	var t *cjkNameTable
	known := knownCJKWords()
	for d := range ix.n {
		art := ix.topics.arts[d]
		if !ix.cjk[d] || art == nil {
			continue
		}
		if t == nil {
			t = &cjkNameTable{names: make([][]uint32, ix.n), df: map[uint32]int{}, n: ix.n}
		}
		t.names[d] = cjkNames(art.Title+"\n"+art.Text, known)
		for _, h := range t.names[d] {
			t.df[h]++
		}
	}
	ix.zhNames = t
}

// cjkNameEdges verifies each pair of the batch's mostly-CJK docs that
// shares a name in characters not common (readCJKNames); the verified
// pairs decided by anchors join the batch's anchor edges, as the
// candidate walk's do (a pair the walk verified too gives the same edge
// twice, which the best-match pass reads once). Batch only.
func (ix *Index) cjkNameEdges() {
	t := ix.zhNames
	if t == nil {
		return
	}
	holders := map[uint32][]uint32{}
	for d, names := range t.names {
		for _, h := range names {
			if !t.common(h) {
				holders[h] = append(holders[h], uint32(d))
			}
		}
	}
	var pairs [][2]uint32
	seen := map[[2]uint32]bool{}
	for _, docs := range holders {
		for i, a := range docs {
			for _, b := range docs[i+1:] {
				if p := [2]uint32{a, b}; !seen[p] {
					seen[p] = true
					pairs = append(pairs, p)
				}
			}
		}
	}
	slices.SortFunc(pairs, func(p, q [2]uint32) int {
		return cmp.Or(cmp.Compare(p[0], q[0]), cmp.Compare(p[1], q[1]))
	})
	for _, p := range pairs {
		if ok, ps := ix.verify(p[0], p[1]); ok && ps.byAnchors && !ps.parallel && !ps.byQuote {
			ix.anchorEdges = append(ix.anchorEdges, anchorEdge{a: p[0], b: p[1], cos: ps.cosine})
		}
	}
}

// cjkNames returns the sorted distinct keys of the names a text writes in
// characters: each stretch of MinCJKName or more CJK characters (within a
// run that punctuation or other script does not break) none of which
// starts a word of known, keyed by the hash of its first MinCJKName
// characters, and each quotation (“…”, 「…」, 『…』) of MinCJKName or more
// CJK characters, keyed by the hash of its text (as wordHash hashes a
// word).
func cjkNames(text string, known *dfTable) []uint32 {
	var out []uint32
	var run []string
	quote := -1 // where the quotation open at i began, else -1
	for i := 0; i <= len(text); {
		r, size := utf8.RuneError, 1
		if i < len(text) {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if i < len(text) && isCJK(r) {
			run = append(run, text[i:i+size])
			i += size
			continue
		}
		if len(run) > 0 {
			out = appendUnknownRuns(out, run, known)
			run = run[:0]
		}
		switch {
		case r == '“' || r == '「' || r == '『':
			quote = i + size
		case (r == '”' || r == '」' || r == '』') && quote >= 0:
			if q := text[quote:i]; cjkChars(q) >= MinCJKName {
				out = append(out, wordHash(q))
			}
			quote = -1
		}
		i += size
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// cjkChars is the number of CJK characters of s.
func cjkChars(s string) int {
	n := 0
	for _, r := range s {
		if isCJK(r) {
			n++
		}
	}
	return n
}

// appendUnknownRuns segments one run of CJK characters by forward maximum
// matching, as appendCJKWords does, and appends the key of each stretch
// of MinCJKName or more characters that start no known word.
func appendUnknownRuns(out []uint32, run []string, known *dfTable) []uint32 {
	var b []byte
	hash := func(chars []string) uint32 {
		b = b[:0]
		for _, c := range chars {
			b = append(b, c...)
		}
		return uint32(xxhash.Sum64(b))
	}
	start := -1
	for i := 0; i <= len(run); {
		took := 0
		for l := min(MaxCJKWord, len(run)-i); l >= 2 && took == 0; l-- {
			if known.get(hash(run[i:i+l])) > 0 {
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
		if start >= 0 && i-start >= MinCJKName {
			out = append(out, hash(run[start:start+MinCJKName]))
		}
		start = -1
		i += max(took, 1)
	}
	return out
}
