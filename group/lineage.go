package group

import (
	"cmp"
	"crosswire"
	xtext "crosswire/text"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cespare/xxhash/v2"
)

// Lineage works on sentences. A version reuses its source sentence by
// sentence: a copy keeps them verbatim, an excerpt keeps some of them, a
// rewrite keeps their facts in other words, a translation keeps their
// names and numbers in the same order. Reports written independently of
// one another share the event's names and figures, not its sentences.
//
// A sentence is kept as a set of content words (words of four letters or
// more, names and numbers; lower-cased; Latin-script words cut to their
// first five letters so that inflections meet; CJK text as character
// pairs), a set of anchors (names written with a capital inside the
// sentence, and numbers) and the set of all its words (for verbatim
// reuse). Nothing depends on other articles than the two compared.

// Alignment thresholds. They are properties of sentences, not of a corpus.
const (
	// SentenceCover: a version's sentence is reused from a source sentence
	// (or from two adjacent source sentences, which a version often joins)
	// when that source holds at least this share of the sentence's content
	// words, each weighed by its rarity among the sentences of the two
	// texts (inverse sentence frequency). More than half of what a
	// sentence says comes from the source: a cut or reworded sentence
	// keeps most of its content words; a sentence written independently
	// about the same event shares its names, which are frequent in both
	// texts and weigh little, and seldom half of the rest.
	SentenceCover = 0.5
	// VerbatimCover: a reused sentence is verbatim when at least this
	// share of all its words, function words included, is in the aligned
	// source sentence(s): a copy, possibly cut or with a word changed.
	VerbatimCover = 0.9
	// DerivedReuse: below this share of reused sentences a version shares
	// no more than incidental sentences (a common quotation, a stock
	// phrase) and is an independent report of the same event: a version
	// made from a source keeps at least a fifth of its sentences from it
	// (a paper that takes two sentences of a ten-sentence wire story and
	// writes the rest itself still does).
	DerivedReuse = 0.2
	// ParaphraseReuse: a version that keeps none of another outlet's
	// sentences verbatim derives from it only when at least this share of
	// its sentences are reworded from it (wire copy aside: a client of a
	// wire service works from its copy). Reports written separately from
	// one statement, court papers or a press release paraphrase some of
	// the same sentences; a version made from a source keeps some of its
	// sentences as written, or rewords most of it.
	ParaphraseReuse = 0.5
	// TranslationReuse: a version in another language is a translation
	// when at least half its sentences align to the source by names,
	// numbers and position; reports written separately in two languages
	// share the lead's names but not the order of half their sentences.
	TranslationReuse = 0.5
	// CopyReuse and CopyCoverage: a version whose sentences are at least
	// CopyReuse verbatim reused is a copy when it keeps at least
	// CopyCoverage of its source's sentences, an excerpt otherwise. An
	// added byline or agency tag is one sentence in ten: still a copy.
	CopyReuse    = 0.8
	CopyCoverage = 0.8
)

// lsent is one sentence of a version as lineage sees it.
type lsent struct {
	words   []uint64 // distinct content words, sorted
	anchors []uint64 // distinct names and numbers, sorted
	all     []uint64 // distinct words, sorted
	// seq is the sentence's words in order (lower-cased), CJK characters
	// one by one.
	seq []uint64
	// qseq marks the words of seq inside a quotation.
	qseq []bool
	// size is the number of words (CJK characters count one each).
	size int
	cjk  bool // mostly CJK characters
	// quote is true when at least half the sentence's words are inside
	// quotation marks: the speaker's words, not the writer's.
	quote bool
}

// ltext is a version split into sentences.
type ltext struct {
	sents []lsent
	// plain holds the distinct lower-case non-name words of at least four
	// letters: words a translation may carry over untranslated.
	plain []uint64
	// anchors are the distinct names and numbers of the whole text.
	anchors []uint64
	// posts are the content words of the sentences with their sentence,
	// sorted (wordPosts; built on first use, as version.lt builds the
	// ltext: one goroutine reads a story's versions)
	posts []wordPost
}

// wordPost is a content word of a sentence (lsent.words) and the
// sentence's index.
type wordPost struct {
	word uint64
	sent int32
}

// wordPosts returns t's content words by sentence (posts), sorted by word
// and then sentence: for a word, the sentences that hold it.
func (t *ltext) wordPosts() []wordPost {
	if t.posts == nil {
		posts := make([]wordPost, 0, len(t.sents)*8)
		for j := range t.sents {
			for _, w := range t.sents[j].words {
				posts = append(posts, wordPost{w, int32(j)})
			}
		}
		slices.SortFunc(posts, func(x, y wordPost) int { return cmp.Or(cmp.Compare(x.word, y.word), cmp.Compare(x.sent, y.sent)) })
		t.posts = posts
	}
	return t.posts
}

// heldWords is what one source sentence holds of a version sentence's
// content words: how many, and their weights summed in the version
// sentence's order (as cover sums them).
type heldWords struct {
	n   int
	got float64
}

// sharedWords sets held[j] to what sentence j of t holds of s's content
// words (weights[k] the weight of s.words[k]; held has len(t.sents)
// entries, zero), from t's word index: the sentences sharing no word with
// s are never read. Each held[j].got adds the weights in s's order, as
// cover does, so it is cover's sum for sentence j alone, to the bit.
func (t *ltext) sharedWords(s *lsent, weights []float64, held []heldWords) {
	posts := t.wordPosts()
	for k, w := range s.words {
		i, _ := slices.BinarySearchFunc(posts, w, func(p wordPost, w uint64) int { return cmp.Compare(p.word, w) })
		for ; i < len(posts) && posts[i].word == w; i++ {
			h := &held[posts[i].sent]
			h.n++
			h.got += weights[k]
		}
	}
}

// sumSlack bounds the rounding of a sum of a sentence's weights taken in
// another order: a pair's share is at most the two sentences' shares
// summed, give or take this.
const sumSlack = 1e-12

// newLText analyses each sentence of the article (the text layer's,
// computed once for the article: see text.Of).
func newLText(a *crosswire.Article) *ltext {
	t := &ltext{}
	plain := map[uint64]bool{}
	text := a.Text
	quoted := quotedBytes(text)
	for _, s := range xtext.Of(a) {
		ls := analyseSentence(text[s.Start:s.End], quoted[s.Start:s.End], plain)
		if len(ls.all) == 0 {
			continue
		}
		t.sents = append(t.sents, ls)
		t.anchors = append(t.anchors, ls.anchors...)
	}
	t.anchors = sortUnique(t.anchors)
	for k := range plain {
		t.plain = append(t.plain, k)
	}
	slices.Sort(t.plain)
	return t
}

// afterClosers skips the closing quotes and brackets at text[j:] and
// returns where they end.
func afterClosers(text string, j int) int {
	for j < len(text) {
		q, m := utf8.DecodeRuneInString(text[j:])
		if !isCloser(q) {
			break
		}
		j += m
	}
	return j
}

func isCloser(r rune) bool {
	switch r {
	case '"', '”', '’', '\'', ')', ']', '»', '」', '』', '）':
		return true
	}
	return false
}

// abbreviation reports whether the word that ends before a full stop is an
// initial or a short title, so the stop does not end the sentence.
func abbreviation(before string, nextUpper bool) bool {
	k := len(before)
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(before[:k])
		if !unicode.IsLetter(r) {
			break
		}
		k -= n
	}
	w := before[k:]
	if w == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	l := utf8.RuneCountInString(w)
	return l == 1 || l <= 3 && nextUpper && w != strings.ToUpper(w) && !strings.ContainsAny(w, "aeiouyAEIOUY")
}

// quotedBytes marks the bytes of text inside quotation marks. Straight
// double quotes and “ ” pairs toggle; curly and angle quotes open and
// close; wire copy's doubled marks (two grave accents, two apostrophes)
// open and close. Single quotes, which British papers quote with, are
// tracked apart: one opens where a word starts after a space or bracket
// (‘ or ') and closes where a word ends before a space or punctuation
// (’ or '), so an apostrophe inside a word (can't) or after it in a
// quotation that has not opened is not a quotation mark. A paragraph
// (blank line) closes any quotation left open, as news reopens a
// quotation that runs on at each paragraph.
func quotedBytes(text string) []bool {
	in := make([]bool, len(text))
	double, single := false, false
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if (r == '`' || r == '\'') && i+1 < len(text) && text[i+1] == text[i] {
			n = 2 // a doubled mark: wire copy's opening `` and closing ''
			double = r == '`'
		} else {
			switch {
			case r == '\n' && strings.HasPrefix(strings.TrimLeft(text[i+1:], " \t\r"), "\n"):
				double, single = false, false
			case r == '"':
				double = !double
			case r == '“' || r == '«' || r == '„' || r == '「' || r == '『':
				double = true
			case r == '”' || r == '»' || r == '」' || r == '』':
				double = false
			case r == '‘' || r == '’' || r == '\'':
				prev, _ := utf8.DecodeLastRuneInString(text[:i])
				next, _ := utf8.DecodeRuneInString(text[i+n:])
				wordBefore := i > 0 && (unicode.IsLetter(prev) || unicode.IsDigit(prev) || strings.ContainsRune(".,!?", prev))
				wordAfter := i+n < len(text) && (unicode.IsLetter(next) || unicode.IsDigit(next))
				switch {
				case r != '’' && !single && !wordBefore && wordAfter:
					single = true
				case r != '‘' && single && wordBefore && !wordAfter:
					single = false
				}
			}
		}
		for k := i; k < i+n; k++ {
			in[k] = double || single
		}
		i += n
	}
	return in
}

// analyseSentence tokenises one sentence; quoted marks its bytes inside a
// quotation. plain collects the text's plain words.
func analyseSentence(s string, quoted []bool, plain map[uint64]bool) lsent {
	var ls lsent
	words, inQuote, cjkChars := 0, 0, 0
	var prevCJK rune
	first := true
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isCJK(r) {
			cjkChars++
			ls.all = append(ls.all, xxhash.Sum64String(s[i:i+n]))
			ls.seq = append(ls.seq, ls.all[len(ls.all)-1])
			ls.qseq = append(ls.qseq, quoted[i])
			if prevCJK != 0 {
				ls.words = append(ls.words, xxhash.Sum64String(string(prevCJK)+string(r)))
			}
			prevCJK = r
			i += n
			first = false
			continue
		}
		prevCJK = 0
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += n
			continue
		}
		// a word: letters and digits, with inner apostrophes, hyphens and
		// digit separators
		j := i
		digits := false
		for j < len(s) {
			q, m := utf8.DecodeRuneInString(s[j:])
			if unicode.IsLetter(q) || unicode.IsDigit(q) || unicode.Is(unicode.Mn, q) {
				digits = digits || unicode.IsDigit(q)
				j += m
				continue
			}
			if (q == '\'' || q == '’' || q == '-' || q == '.' || q == ',') && j+m < len(s) {
				nx, _ := utf8.DecodeRuneInString(s[j+m:])
				prev, _ := utf8.DecodeLastRuneInString(s[:j])
				if (q == '.' || q == ',') && !(unicode.IsDigit(prev) && unicode.IsDigit(nx)) {
					break
				}
				if unicode.IsLetter(nx) || unicode.IsDigit(nx) {
					j += m
					continue
				}
			}
			break
		}
		w := s[i:j]
		i0 := i
		words++
		if quoted[i] {
			inQuote++
		}
		i = j
		lower := strings.ToLower(w)
		ls.all = append(ls.all, xxhash.Sum64String(lower))
		ls.seq = append(ls.seq, ls.all[len(ls.all)-1])
		ls.qseq = append(ls.qseq, quoted[i0])
		cap := unicode.IsUpper(r)
		isFirst := first
		first = false
		switch {
		case digits:
			num := strings.NewReplacer(",", "", "’", "", "'", "").Replace(lower)
			h := xxhash.Sum64String("#" + num)
			ls.anchors = append(ls.anchors, h)
			ls.words = append(ls.words, h)
		case cap && !isFirst && utf8.RuneCountInString(w) > 1 && xtext.NameKey(w, false) != "":
			// a name, keyed as the text layer keys names (a possessive
			// meets the bare name; an honorific is no name)
			h := xxhash.Sum64String(xtext.NameKey(w, false))
			ls.anchors = append(ls.anchors, h)
			ls.words = append(ls.words, h)
		case utf8.RuneCountInString(w) >= 4:
			stem := lower
			if k := runeOffset(lower, 5); k > 0 {
				stem = lower[:k]
			}
			ls.words = append(ls.words, xxhash.Sum64String(stem))
			if !cap {
				plain[xxhash.Sum64String(lower)] = true
			}
		}
	}
	ls.words = sortUnique(ls.words)
	ls.anchors = sortUnique(ls.anchors)
	ls.all = sortUnique(ls.all)
	ls.quote = words > 0 && 2*inQuote >= words
	ls.size = words + cjkChars
	ls.cjk = 2*cjkChars > ls.size
	return ls
}

// runeOffset is the byte offset of the n-th rune of s, 0 when s has at
// most n runes.
func runeOffset(s string, n int) int {
	k := 0
	for i := range s {
		if k == n {
			return i
		}
		k++
	}
	return 0
}

func sortUnique(a []uint64) []uint64 {
	slices.Sort(a)
	return slices.Compact(a)
}

// countShared counts the elements of sorted a that are in sorted b or in
// sorted c.
func countShared(a, b, c []uint64) int {
	n := 0
	for _, x := range a {
		if _, ok := slices.BinarySearch(b, x); ok {
			n++
		} else if _, ok := slices.BinarySearch(c, x); ok {
			n++
		}
	}
	return n
}

// alignment is how a version's sentences align to a source.
type alignment struct {
	sents  int // sentences of the version
	quotes int // of those, quotations (see lsent.quote)
	// quotesReused counts the reused sentences that are quotations.
	quotesReused int
	reused       int // of those aligned to a source sentence
	verbatim     int // of those, kept verbatim
	// narrative counts the sentences aligned to a source sentence that are
	// not quotations (those adding facts included: they still follow the
	// source's wording), and narrativeVerbatim those of them kept
	// verbatim: the writer's own wording taken from the source, strong
	// evidence of derivation (a quotation both may have heard or read).
	narrative, narrativeVerbatim int
	// runs counts the version's sentences sharing NarrativeRun consecutive
	// words outside quotations with the source.
	runs int
	// ordered is the largest share of the version's sentences outside
	// quotation marks aligned to one source text by names, numbers and
	// position (alignCross): a rewrite retells the source's facts in the
	// source's order.
	ordered float64
	// newFacts counts the sentences aligned to a source sentence by their
	// words that carry a name or number the aligned source passage lacks:
	// new facts in the source's frame, not counted as reused.
	newFacts int
	// used marks the source sentences some version sentence aligned to,
	// per source text.
	used [][]bool
	// perText counts the version sentences aligned to each source text.
	perText []int
	cross   bool // aligned across languages
	// cover is, per version sentence, the weighted share of its content
	// words in its best source sentence (or two adjacent ones); reusedAt
	// and verbatimAt mark the sentences counted as reused and those kept
	// verbatim (alignLexical only).
	cover                []float64
	reusedAt, verbatimAt []bool
	// wholly is the derivation model's verdict on a client of wire copy
	// (see applyDerivationModel); nil when the model was not applied.
	wholly *modelVerdict
}

// reuse is the share of the version's sentences aligned to the source.
func (a alignment) reuse() float64 {
	if a.sents == 0 {
		return 0
	}
	return float64(a.reused) / float64(a.sents)
}

// coverage is the share of source text k's sentences the version kept.
func (a alignment) coverage(k int) float64 {
	if k < 0 || k >= len(a.used) || len(a.used[k]) == 0 {
		return 0
	}
	n := 0
	for _, u := range a.used[k] {
		if u {
			n++
		}
	}
	return float64(n) / float64(len(a.used[k]))
}

// best is the source text most of the version's sentences align to (the
// first on a tie), -1 when none.
func (a alignment) best() int {
	b := -1
	for k, n := range a.perText {
		if n > 0 && (b < 0 || n > a.perText[b]) {
			b = k
		}
	}
	return b
}

// alignLexical aligns the sentences of v to those of the source texts (the
// same language): each sentence to the source sentence, or pair of
// adjacent sentences of one source text, holding most of its weighted
// content words (SentenceCover).
func alignLexical(v *ltext, src []*ltext) alignment {
	al := alignment{sents: len(v.sents), used: make([][]bool, len(src)), perText: make([]int, len(src)),
		cover: make([]float64, len(v.sents)), reusedAt: make([]bool, len(v.sents)), verbatimAt: make([]bool, len(v.sents))}
	for k, s := range src {
		al.used[k] = make([]bool, len(s.sents))
	}
	// inverse sentence frequency over the sentences of both sides
	df := map[uint64]int{}
	total := len(v.sents)
	for _, s := range v.sents {
		for _, w := range s.words {
			df[w]++
		}
	}
	for _, t := range src {
		total += len(t.sents)
		for _, s := range t.sents {
			for _, w := range s.words {
				if _, ok := df[w]; ok {
					df[w]++
				}
			}
		}
	}
	idf := func(w uint64) float64 {
		return math.Log(float64(total+1) / float64(df[w]))
	}
	for _, t := range src {
		if fa := alignCross(v, t); fa.sents > 0 {
			// a quotation follows its speaker in any report: only the
			// version's own sentences count
			al.ordered = max(al.ordered, float64(fa.reused-fa.quotesReused)/float64(fa.sents))
		}
	}
	runs := runSet(src)
	var weights []float64
	var held []heldWords // by source sentence: what it holds of s's content words (sharedWords)
	for i := range v.sents {
		s := &v.sents[i]
		if s.quote {
			al.quotes++
		}
		if runs.shares(s) {
			al.runs++
		}
		weights = weights[:0]
		var sum float64
		for _, w := range s.words {
			x := idf(w)
			weights = append(weights, x)
			sum += x
		}
		if sum == 0 {
			continue
		}
		bestCover, bestK, bestJ, pair := 0.0, -1, -1, false
		for k, t := range src {
			// what each source sentence holds of s, from the source's
			// word index: a sentence's own share as cover sums it, and
			// a bound on its share with the next (the two shares
			// summed). The sentences are read in order as before; a
			// pair is merged (cover) only when the bound could beat
			// the best so far, and a sentence, alone or with the next,
			// holding fewer than two of s's words is never read.
			held = slices.Grow(held[:0], len(t.sents)+1)[:len(t.sents)+1]
			clear(held)
			t.sharedWords(s, weights, held)
			for j := range t.sents {
				h, next := held[j], held[j+1]
				if h.n+next.n < 2 {
					continue
				}
				c := h.got / sum
				if h.n >= 2 && c > bestCover+1e-9 {
					bestCover, bestK, bestJ, pair = c, k, j, false
				}
				if j+1 == len(t.sents) {
					continue
				}
				if bound := (h.got+next.got)/sum + sumSlack; bound <= bestCover+1e-9 || bound <= c+1e-9 {
					continue
				}
				if _, _, c2, n2 := cover(s, &t.sents[j], &t.sents[j+1], weights, sum); n2 >= 2 && c2 > bestCover+1e-9 && c2 > c+1e-9 {
					bestCover, bestK, bestJ, pair = c2, k, j, true
				}
			}
		}
		al.cover[i] = bestCover
		if bestK < 0 || bestCover < SentenceCover {
			continue
		}
		t := src[bestK]
		next := []uint64(nil)
		if pair {
			next = t.sents[bestJ+1].all
		}
		verbatim := float64(countShared(s.all, t.sents[bestJ].all, next)) >= VerbatimCover*float64(len(s.all))
		if !s.quote {
			al.narrative++
			if verbatim {
				al.narrativeVerbatim++
			}
		}
		if !verbatim && !sameFacts(s, src) {
			al.newFacts++
			continue
		}
		al.reused++
		al.reusedAt[i] = true
		al.verbatimAt[i] = verbatim
		al.perText[bestK]++
		al.used[bestK][bestJ] = true
		if pair {
			al.used[bestK][bestJ+1] = true
		}
		if verbatim {
			al.verbatim++
		}
		if s.quote {
			al.quotesReused++
		}
	}
	return al
}

// sameFacts reports whether every name and number of s is in the source
// texts: a sentence reworded from the source with the same facts is
// reuse, wherever in the source each fact was told (a rewrite gathers a
// name from one paragraph and a figure from the next); one that brings a
// name or number the source lacks adds facts from elsewhere.
func sameFacts(s *lsent, src []*ltext) bool { return anchorsIn(s.anchors, src) }

// anchorsIn reports whether every name and number of anchors is in one of
// the source texts.
func anchorsIn(anchors []uint64, src []*ltext) bool {
	for _, a := range anchors {
		found := false
		for _, t := range src {
			if _, found = slices.BinarySearch(t.anchors, a); found {
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// NarrativeRun is the length in words of a run a version shares with its
// source outside quotations that shows it took the source's wording: two
// writers telling one event independently share names with their titles
// ("the Channel's controller Ann Example", five or six words), dates and
// stock phrases, not seven words of narration in a row. Inside quotation
// marks a shared run is the speaker's, which both may have.
const NarrativeRun = 7

// runHashes holds the hashes of a source's runs of NarrativeRun words.
type runHashes map[uint64]struct{}

// runHash hashes a run of words.
func runHash(ws []uint64) uint64 {
	h := uint64(14695981039346656037)
	for _, w := range ws {
		h = (h ^ w) * 1099511628211
	}
	return h
}

// runSet collects every run of NarrativeRun consecutive words of the
// source texts' sentences.
func runSet(src []*ltext) runHashes { return gramSet(src, NarrativeRun) }

// gramSet collects every run of k consecutive words of the source texts'
// sentences.
func gramSet(src []*ltext, k int) runHashes {
	set := runHashes{}
	for _, t := range src {
		for i := range t.sents {
			seq := t.sents[i].seq
			for j := 0; j+k <= len(seq); j++ {
				set[runHash(seq[j:j+k])] = struct{}{}
			}
		}
	}
	return set
}

// unquotedRuns calls fn with the hash of each run of k words of s outside
// quotation marks, in order, until fn returns false.
func unquotedRuns(s *lsent, k int, fn func(h uint64) bool) {
	unquotedSeqRuns(s.seq, s.qseq, k, fn)
}

// unquotedSeqRuns calls fn with the hash (runHash) of each run of k words
// of a sentence's word hashes seq whose words are all outside quotation
// marks (quoted[i] false), in order, until fn returns false. Lineage reads
// a version's reuse of its source with it, and grouping fingerprints the
// runs of an article's sentences with it (runs.go): one definition of a
// narrative run.
func unquotedSeqRuns(seq []uint64, quoted []bool, k int, fn func(h uint64) bool) bool {
	// free counts the unquoted words in a row ending at e: the run ending
	// there is read when they are k or more (one pass, not each window's)
	free := 0
	for e := range seq {
		if free++; quoted[e] {
			free = 0
		}
		if free < k {
			continue
		}
		if !fn(runHash(seq[e+1-k : e+1])) {
			return false
		}
	}
	return true
}

// shares reports whether s has a run of NarrativeRun words outside
// quotations that the source has.
func (r runHashes) shares(s *lsent) bool {
	found := false
	unquotedRuns(s, NarrativeRun, func(h uint64) bool {
		_, found = r[h]
		return !found
	})
	return found
}

// cover is the weighted share of s's content words found in t, and how
// many of them are, and the same of the words found in t or u when u is
// not nil (the share and count over t alone again when it is), in one
// pass: the word lists are sorted and distinct (sortUnique), so one
// merge reads them. weights[k] is the weight of s.words[k]; each share
// adds its weights in s's order.
func cover(s, t, u *lsent, weights []float64, sum float64) (c float64, n int, c2 float64, n2 int) {
	var got, got2 float64
	i, j := 0, 0
	for k, w := range s.words {
		for i < len(t.words) && t.words[i] < w {
			i++
		}
		in := i < len(t.words) && t.words[i] == w
		in2 := in
		if !in && u != nil {
			for j < len(u.words) && u.words[j] < w {
				j++
			}
			in2 = j < len(u.words) && u.words[j] == w
		}
		if in {
			got += weights[k]
			n++
		}
		if in2 {
			got2 += weights[k]
			n2++
		}
	}
	return got / sum, n, got2 / sum, n2
}

// alignCross aligns the sentences of v to those of one source text in
// another language by names, numbers and position: a monotone alignment
// (the longest chain of sentence pairs in order) of pairs that sit at
// about the same relative place, share a name or number and have lengths
// alike (alikeLength: a translation keeps a sentence's length, a sentence
// written separately about the same event seldom has it); a gap of at most
// maxGap sentences between aligned pairs that is as long on both sides,
// sentence lengths alike, is aligned by position.
func alignCross(v, src *ltext) alignment {
	n, m := len(v.sents), len(src.sents)
	al := alignment{sents: n, used: [][]bool{make([]bool, m)}, perText: []int{0}, cross: true}
	if n == 0 || m == 0 {
		return al
	}
	window := 0.15 + 2/float64(max(n, m))
	// a name or number in more than half the sentences of either text
	// (the story's subject) pairs any sentence with any other: it is no
	// evidence that two sentences are one
	common := map[uint64]bool{}
	for _, t := range []*ltext{v, src} {
		df := map[uint64]int{}
		for i := range t.sents {
			for _, a := range t.sents[i].anchors {
				df[a]++
			}
		}
		for a, c := range df {
			if 2*c > len(t.sents) {
				common[a] = true
			}
		}
	}
	ok := func(i, j int) bool {
		if math.Abs(float64(i)/float64(n)-float64(j)/float64(m)) > window {
			return false
		}
		a, b := &v.sents[i], &src.sents[j]
		if !alikeLength(a, b) {
			return false
		}
		shared := 0
		for _, x := range a.anchors {
			if _, in := slices.BinarySearch(b.anchors, x); in && !common[x] {
				shared++
			}
		}
		return shared > 0
	}
	// longest chain of matching pairs, increasing in both i and j
	dp := make([][]int32, n+1)
	for i := range dp {
		dp[i] = make([]int32, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			best := max(dp[i+1][j], dp[i][j+1])
			if ok(i, j) && dp[i+1][j+1]+1 > best {
				best = dp[i+1][j+1] + 1
			}
			dp[i][j] = best
		}
	}
	var pairs [][2]int
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case ok(i, j) && dp[i][j] == dp[i+1][j+1]+1:
			pairs = append(pairs, [2]int{i, j})
			i, j = i+1, j+1
		case dp[i+1][j] >= dp[i][j+1]:
			i++
		default:
			j++
		}
	}
	aligned := make([]bool, n)
	for _, p := range pairs {
		aligned[p[0]] = true
		al.used[0][p[1]] = true
	}
	// gaps of equal length, at most two sentences, between aligned pairs
	// (or the texts' ends)
	bounds := append([][2]int{{-1, -1}}, pairs...)
	bounds = append(bounds, [2]int{n, m})
	for k := 1; k < len(bounds); k++ {
		a, b := bounds[k-1], bounds[k]
		gi, gj := b[0]-a[0]-1, b[1]-a[1]-1
		if gi != gj || gi == 0 || gi > maxGap || len(pairs) == 0 {
			continue
		}
		fill := true
		for d := 1; d <= gi && fill; d++ {
			fill = alikeLength(&v.sents[a[0]+d], &src.sents[a[1]+d])
		}
		if !fill {
			continue
		}
		for d := 1; d <= gi; d++ {
			aligned[a[0]+d] = true
			al.used[0][a[1]+d] = true
		}
	}
	for i, x := range aligned {
		if x {
			al.reused++
			if v.sents[i].quote {
				al.quotesReused++
			}
		}
	}
	al.perText[0] = al.reused
	return al
}

// maxGap is the longest run of sentences between two aligned pairs that
// is aligned by position alone: a translation keeps the order of its
// source's sentences, so a run of the same length on both sides between
// two anchored pairs is the same sentences translated.
const maxGap = 3

// alikeLength reports whether two sentences in different languages have
// lengths a translation of one into the other could have (within a factor
// of two in words; any lengths across scripts, whose words are not
// counted alike).
func alikeLength(a, b *lsent) bool {
	if a.cjk != b.cjk {
		return true
	}
	return a.size <= 2*b.size && b.size <= 2*a.size
}

// leaked counts the plain words of v that are in t and in none of the
// others: words a version carries over from t untranslated.
func leaked(v, t *ltext, others ...*ltext) int {
	n := 0
	for _, w := range v.plain {
		if _, ok := slices.BinarySearch(t.plain, w); !ok {
			continue
		}
		in := false
		for _, o := range others {
			if _, ok := slices.BinarySearch(o.plain, w); ok {
				in = true
				break
			}
		}
		if !in {
			n++
		}
	}
	return n
}

// downstream reports whether, of two same-language versions o and y that
// both align with version c in another language, o is the one translated
// from c (and y the one c was translated from). A translation, by a
// machine or a person, uses fewer distinct words than its source (lexical
// simplification, a known property of translated text): o is downstream
// when its words are less varied than y's over the same length. On a tie,
// o carries over more of c's untranslated words that y lacks than y does
// of o's, then more of o's names and numbers are in c (a translation takes
// its names from its source; its source has names the translation
// changed).
func downstream(o, y, c *ltext) bool {
	n := min(o.words(), y.words())
	if vo, vy := o.variety(n), y.variety(n); vo != vy {
		return vo < vy
	}
	if lo, ly := leaked(o, c, y), leaked(y, c, o); lo != ly {
		return lo > ly
	}
	return inShare(o.anchors, c.anchors) > inShare(y.anchors, c.anchors)+1e-9
}

// words is the number of words of the text.
func (t *ltext) words() int {
	n := 0
	for i := range t.sents {
		n += len(t.sents[i].seq)
	}
	return n
}

// variety is the number of distinct words among the text's first n.
func (t *ltext) variety(n int) int {
	seen := make(map[uint64]struct{}, n)
	for i := range t.sents {
		for _, w := range t.sents[i].seq {
			if n == 0 {
				return len(seen)
			}
			seen[w] = struct{}{}
			n--
		}
	}
	return len(seen)
}

// inShare is the share of sorted a found in sorted b.
func inShare(a, b []uint64) float64 {
	if len(a) == 0 {
		return 0
	}
	return float64(countShared(a, b, nil)) / float64(len(a))
}

// taken reports whether the version took the source's own telling, not
// only what both may have had: at least DerivedReuse of its sentences are
// unquoted sentences aligned to the source, or one of them shares a run of
// NarrativeRun words with it outside quotation marks, or at least
// TranslationReuse of its sentences are unquoted and align to one source
// text by names, numbers and position (the source's facts in the source's
// order; the
// threshold is the translation's: reports written separately share the
// lead's names but not the order of half their sentences). Quotations
// reused count towards reuse once a version derives, but are no evidence
// that it does: reports of one statement quote it alike.
func (a alignment) taken() bool {
	return a.runs > 0 || a.sents > 0 && float64(a.narrative) >= DerivedReuse*float64(a.sents) || a.ordered >= TranslationReuse
}

// derived reports whether a same-language alignment with another outlet's
// version shows the version was made from it: it took the version's
// telling (see taken), reuses at least DerivedReuse of its sentences, and
// either reuses at least ParaphraseReuse of them or keeps at least half
// of the sentences it reuses verbatim, one of them its narration or the
// rest retold in its order of facts. A version made from
// another outlet's text keeps much of what it takes as written, cut or
// with a word changed; reports written separately from one document
// (court papers, a police or ministry statement) paraphrase it and share
// its formulae — a penalty, a charge — verbatim only now and then.
// Between outlets, shared runs of words and the order of facts alone are
// not enough: two reports of one set of court papers or one statement
// tell its facts in its order, in its phrases, and quote it alike.
func (a alignment) derived() bool {
	r := a.reuse()
	return a.taken() && r >= DerivedReuse &&
		(r >= ParaphraseReuse || 2*a.verbatim >= a.reused && (a.narrativeVerbatim > 0 || a.ordered >= TranslationReuse))
}
