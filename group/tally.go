package group

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosswire"
	"crosswire/facts"
)

// One occasion's tally (issue 14, thirteenth round: pairs apart). A score,
// a vote or a count of two sides is written as two small numbers joined by
// a hyphen or a dash ("won 3-1", "a 19-13 defeat", "voted 310-276"): the
// outcome of one occasion, which every report of it repeats, in a
// rewrite, a paper's version and a translation alike (numbers are written
// alike in every language). Two reports of one subject's different
// occasions — a club's two matches, a team's two rounds — each give their
// own. So when both texts of a pair write tallies and no tally of one is
// in the other, they tell different occasions, whatever names they share:
// the cosine, rare and topic rules and leads told in the same words do not
// join them (occasionApart, verify). The contained rule is not asked (a
// brief of a long report may keep another of its tallies), nor the rules
// that read the pair as a copy or a parallel text. A tally is unordered
// (the winner's score first or the home side's: "lost 13-19" and "19-13"
// are one result). No threshold: a tally is shared or not.
//
// Measured before the change (TestPairsApartSignals' pairs, the tallies
// read from the texts): of the pairs of different stories merging as a
// pair, 25 of bbc-mt-catalan's 68 (rugby matches of one championship and
// their previews, each with its score) write tallies in both texts and
// share none; of the real same-story pairs joined as a pair (METER 596,
// bbc-mt-catalan 442, mmds 97), none — 51 bbc-mt-catalan translation
// pairs write one tally in both.

// maxTallyDigits is the most digits a side of a tally has: the facts'
// (facts.MaxTallySide), so that a score the cross-check reads is one the
// grouping reads.
const maxTallyDigits = facts.MaxTallySide

// tallyBase is 10^maxTallyDigits: a tally's key is lo·tallyBase + hi
// (TestTallyBase holds the two constants together).
const tallyBase = 1000

// tallies returns the sorted distinct tallies of text, each as
// lo·tallyBase + hi of its two numbers (lo ≤ hi). A tally is a run
// of 1–maxTallyDigits digits, a hyphen or an en dash (a space either side
// allowed), and another such run, with neither run part of a longer
// number, decimal, time, date or code (no digit, letter, '.', ',', ':',
// '/' or '-' against its outer side).
func tallies(text string) []uint32 {
	var out []uint32
	for _, dash := range [...]string{"-", "–"} {
		for off := 0; ; {
			k := strings.Index(text[off:], dash)
			if k < 0 {
				break
			}
			at := off + k
			off = at + len(dash)
			lo, ok := tallySide(text, at, -1)
			if !ok {
				continue
			}
			if hi, ok := tallySide(text, off-1, +1); ok {
				out = append(out, uint32(min(lo, hi)*tallyBase+max(lo, hi)))
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// tallySide reads the number on one side (dir −1: before, +1: after) of
// the dash that ends or starts at text[at], skipping one space; ok is
// false when there is no number of 1–maxTallyDigits digits there or it is
// part of something longer.
func tallySide(text string, at, dir int) (n int, ok bool) {
	j := at + dir
	if j >= 0 && j < len(text) && text[j] == ' ' {
		j += dir
	}
	// at most one digit past maxTallyDigits is read: a longer number is
	// no side, and a text of one long number stays one pass
	digits := 0
	for ; digits <= maxTallyDigits && j >= 0 && j < len(text) && text[j] >= '0' && text[j] <= '9'; j += dir {
		digits++
	}
	if digits == 0 || digits > maxTallyDigits {
		return 0, false
	}
	if j >= 0 && j < len(text) {
		switch c := text[j]; {
		case c >= utf8.RuneSelf:
			var r rune
			if dir < 0 {
				r, _ = utf8.DecodeLastRuneInString(text[:j+1])
			} else {
				r, _ = utf8.DecodeRuneInString(text[j:])
			}
			if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Pd, r) {
				return 0, false
			}
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '.' && dir < 0, c == ',' && dir < 0,
			c == ':', c == '/', c == '-':
			return 0, false
		case (c == '.' || c == ',') && j+1 < len(text) && text[j+1] >= '0' && text[j+1] <= '9':
			return 0, false // a decimal or a thousands separator after the number
		}
	}
	start, end := j-dir*digits, j
	if dir < 0 {
		start, end = j+1, j+1+digits
	}
	for _, d := range text[start:end] {
		n = n*10 + int(d-'0')
	}
	return n, true
}

// tallyApart reports whether batch docs a and b both write tallies
// (headline or text) and share none.
func (ix *Index) tallyApart(a, b uint32) bool {
	if !ix.readsArticles() {
		return false
	}
	t := ix.topics
	if t.arts[a] == nil || t.arts[b] == nil {
		return false
	}
	ta := t.events.talliesOf(a, t.arts[a])
	if len(ta) == 0 {
		return false
	}
	tb := t.events.talliesOf(b, t.arts[b])
	if len(tb) == 0 {
		return false
	}
	shared := false
	forShared(ta, tb, func(int, int) bool { shared = true; return false })
	return !shared
}

// articleTallies returns the sorted distinct tallies of an article's
// headline and text.
func articleTallies(a *crosswire.Article) []uint32 {
	t := tallies(a.Text)
	if h := tallies(a.Title); len(h) > 0 {
		t = append(t, h...)
		slices.Sort(t)
		t = slices.Compact(t)
	}
	return t
}
