package group

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// Two reports cast in one template (session 17, QA). Automated and
// templated items — results, earnings, weather, council notices — write
// every report in the same sentences and change only the names and the
// figures: "The <town> council said on Monday that the <object> would cost
// <sum> to repair after an inspection found <n> faults." Two such reports
// of different towns share most of their 5-word shingles (a Jaccard
// similarity of 0.5 and more for two short notices) and the template's
// narrative runs, so the shingle rule and the brief rule (runs.go) took
// them for a copy or a rewrite, and in a batch of many such reports the
// copies chained: 1,495 of 1,500 fictional council notices in one story.
// The wording is the template's, not the story's.
//
// A version of one story — a copy, a rewrite, an excerpt, a translation,
// a page of it — keeps the story's names: who, where, which body. So two
// texts are not versions of one story, however much wording they share,
// when each lead (headline and first LeadTokens body words) names someone
// (a name anchor: a capitalised word, not sentence-initial common, or a
// quotation) and the two texts share no name anchor at all: each lead's
// names are absent from the other text, and nothing either text names is
// in the other. Names, not figures: a version may differ on a figure
// (that is the discrepancy this tool reports), and a template's reports
// may share figures by chance. Acronyms and codes are left out with the
// numbers (their fingerprints are not told apart from the script-stable
// figures), so a pair sharing only an acronym is still apart: an agency
// or an exchange is the template's, not the story's.
//
// Three cases are versions that share no name anchor, and the rule leaves
// them alone: a copy that misspells the lead's name (text.NearMiss: the
// other text writes, capitalised, a word one letter off a lead name it
// does not write); leads whose names are in two scripts (a transliterated
// translation: its names are the same persons in other letters); and a
// pair of which either text is mostly CJK (names in characters are not
// name anchors). A page 2 naming its subject by surname only shares that
// surname with page 1, and a rewrite that renames nothing shares every
// name. Only the batch applies the rule: it holds every anchor of both
// texts (a streaming index keeps a sample, and a name outside the sample
// is not evidence of its absence) and reads the articles for the
// misspelling.
//
// Cost: per verified pair, one merge of the two anchor lists' name tails
// (names sort last, stableBit), which stops at the first shared name — a
// version shares one early; the articles are read only for a pair that
// shares none.

// wordingFloor is the estimated Jaccard similarity of shingles above which
// a pair shares wording: the excerpt clause's floor (verify), over the
// chance agreement of NumPerm bins for a tiny text. The template rule is
// asked only of a pair that shares wording (or narrative runs, runs.go):
// a translation shares none, and its names may be translated too (a
// country, an organisation: "Estats Units" for "United States"), so two
// texts in two languages are judged by their figures and names by the
// other rules, not by this one. The namesake rule (namesake.go) reads
// the same floor the other way: only pairs below it, written apart.
const wordingFloor = 0.05

// templateApart reports whether batch docs a and b are two reports cast
// in one template (see above): both leads name someone, the two texts
// share no name anchor, their leads' names are in one script, and no lead
// name is written misspelt in the other text.
func (ix *Index) templateApart(a, b uint32) bool {
	if !ix.keepFull || len(ix.leads) <= int(max(a, b)) || ix.cjk[a] || ix.cjk[b] {
		return false
	}
	if !namesSome(ix.leads[a].anchors) || !namesSome(ix.leads[b].anchors) || sharesName(ix.full[a], ix.full[b]) {
		return false
	}
	if !ix.readsArticles() {
		return false
	}
	ca, cb := ix.textOf(a), ix.textOf(b)
	if ca == nil || cb == nil {
		return false
	}
	return !namesTold(ca, cb)
}

// namesSome reports whether sorted anchors hold a name or a quotation
// (stableBit set: they sort last).
func namesSome(anchors []uint32) bool {
	return len(anchors) > 0 && anchors[len(anchors)-1]&stableBit != 0
}

// sharesName reports whether sorted anchor lists A and B share a name or
// quotation anchor (stableBit set), merging their tails.
func sharesName(A, B []uint32) bool {
	i, _ := slices.BinarySearch(A, stableBit)
	j, _ := slices.BinarySearch(B, stableBit)
	shared := false
	forShared(A[i:], B[j:], func(int, int) bool {
		shared = true
		return false
	})
	return shared
}

// namesTold reports whether two articles sharing no name anchor name one
// story all the same: their leads' first capitalised words are in two scripts
// (a transliteration), or a capitalised word of one lead is written
// capitalised one letter off in the other article (text.NearMiss).
func namesTold(a, b *docText) bool {
	if len(a.lead) == 0 || len(b.lead) == 0 || a.script != b.script {
		return true
	}
	return a.leadMisspeltIn(b) || b.leadMisspeltIn(a)
}

// wordScript is the Unicode script of a word's first letter, as a small
// class: Latin, Cyrillic, Greek, or another.
func wordScript(word string) int {
	r, _ := utf8.DecodeRuneInString(word)
	switch {
	case unicode.Is(unicode.Latin, r):
		return 1
	case unicode.Is(unicode.Cyrillic, r):
		return 2
	case unicode.Is(unicode.Greek, r):
		return 3
	}
	return 0
}
