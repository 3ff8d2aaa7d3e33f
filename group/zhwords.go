package group

import (
	"unicode/utf8"

	"github.com/cespare/xxhash/v2"
)

// Chinese words. Chinese writes no spaces between words, so the tokenizer
// takes each CJK character as a token (shingles are character n-grams) and
// topicWords, which reads lower-case words, read nothing of a Chinese text:
// two Chinese reports of one event had no topic, lead or headline words to
// compare, only their shingles (Jaccard 0.03–0.20 between independently
// written reports) and the few anchors that cross scripts (digits, dates,
// Latin names).
//
// A run of CJK characters is read as words by forward maximum matching
// against the words the background knows (the shipped one holds the
// dictionary of the jieba segmenter with its document frequencies, see
// README.md): at each character the longest run of 2 to MaxCJKWord
// characters that is a known word is taken, a character that starts no
// known word is skipped (a single character is too ambiguous to be
// evidence: 的, 在, 会). Forward maximum matching is the textbook
// dictionary segmentation; it errs at ambiguous boundaries (研究生命 →
// 研究生/命), which cost only a word of a few, the same way in every report.
// The dictionary is the shipped background's whatever background weighs
// the words (reading a language is not a statistic of the collection).

// MaxCJKWord is the longest Chinese word, in characters, that segmentation
// looks for: most Chinese words are two to four characters long, and a
// longer dictionary entry (a proper name, an idiom's compound) is read as
// its parts, alike in every report.
const MaxCJKWord = 4

// wordHash is the topic-word hash of a word's normalised text (lower-case,
// or a Chinese word): the low 32 bits of its xxhash64, as token.hash.
func wordHash(w string) uint32 { return uint32(xxhash.Sum64String(w)) }

// appendCJKWords appends to out the hashes of the known words of the run
// of CJK tokens run (each token's norm is its character). A candidate's
// hash is taken of its characters' bytes at once (xxhash of the
// concatenation, as one Digest written a character at a time gives), and
// only for the lengths asked, longest first: most characters of a text
// start no known word of 3 or 4 characters. The characters' bytes are
// laid end to end once, a block of cjkBlock characters at a time (a
// candidate is a slice of the block), not copied again for each place the
// matching stops at. The dictionary is a table (not a func: its filter's
// answer, almost always "absent", is read inline, three times a
// character). When seg is not nil (of len(run)), seg[i] is set to what
// the matching read at each character i it stopped at (segAt), for the
// names in characters read in the same pass (zhnames.go).
func appendCJKWords(out []uint32, run []token, known *dfTable, seg []uint8) []uint32 {
	var block [cjkBlock * utf8.UTFMax]byte // the characters from base
	var end [cjkBlock + 1]int              // end[c]: the bytes of the block's first c characters
	base, top := 0, 0                      // the block holds run[base:top]
	filter := known.filter
	for i := 0; i+1 < len(run); {
		n := min(MaxCJKWord, len(run)-i)
		if i+n > top {
			// the block from i on
			base, top = i, min(len(run), i+cjkBlock)
			for c := base; c < top; c++ {
				end[c-base+1] = end[c-base] + copy(block[end[c-base]:], run[c].norm)
			}
		}
		from := end[i-base]
		took := 1
		for l := n; l >= 2; l-- {
			h := uint32(xxhash.Sum64(block[from:end[i-base+l]]))
			if m := filterMask(h); filter != nil && filter[known.filterWord(h)]&m != m {
				continue // absent: dfTable.get's first test, inline
			}
			if known.get(h) > 0 {
				out = append(out, h)
				took = l
				break
			}
		}
		if seg != nil {
			seg[i] = segAt(n, took)
		}
		i += took
	}
	return out
}

// cjkBlock is the most characters appendCJKWords lays end to end at a
// time (a run of a sentence's characters is mostly shorter).
const cjkBlock = 64

// segAt is what forward maximum matching read at a character where n
// characters are left to it (at most MaxCJKWord) and it took a word of
// took characters (1: none): bit l-2 says the candidate of l characters
// was looked up (n down to took, or to 2 when none is a word), bit l+1
// that it is the word taken.
func segAt(n, took int) uint8 {
	lo := max(took, 2)
	tested := uint8(1<<(n-1)-1) &^ uint8(1<<(lo-2)-1)
	if took >= 2 {
		return tested | 1<<(took+1)
	}
	return tested
}

// segWord reports, from what the matching read at a character (segAt),
// whether the candidate of l characters from it is a known word, and
// whether it was looked up at all.
func segWord(seg uint8, l int) (word, read bool) {
	return seg&(1<<(l+1)) != 0, seg&(1<<(l-2)) != 0
}

// knownCJKWords returns the segmentation dictionary: the words of the
// shipped background.
func knownCJKWords() *dfTable { return &DefaultBackground().words }

// segmentable reports whether w can be a topic word read from text: no
// CJK character (a lower-case word), or 2 to MaxCJKWord CJK characters
// only (a word appendCJKWords can find).
func segmentable(w string) bool {
	cjk, n := 0, 0
	for _, r := range w {
		n++
		if isCJK(r) {
			cjk++
		}
	}
	return cjk == 0 || cjk == n && n >= 2 && n <= MaxCJKWord && utf8.ValidString(w)
}
