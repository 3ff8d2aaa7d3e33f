package crosscheck

import (
	"crosswire"
	"crosswire/text"
)

// SentenceRow is one row of a story's versions laid side by side: for each
// version (by its position in the slice given to AlignSentences), the
// indexes of its sentences (text.Of) that say the same thing.
type SentenceRow struct {
	Cells [][]int
	// Extra is true for a row the pivot version has no sentence in.
	Extra bool
}

// Sentence alignment thresholds. The Dice coefficient of two sentences'
// content-word sets (contentSet: stemmed, function words and figures left
// out) is cheap and survives the rewording of a rewrite well enough:
// names and most nouns carry over even when the syntax changes, and they
// are what a reader needs lined up. 0.25 was the lowest value that did
// not pair unrelated sentences of the example corpus (they share words
// like the country name).
const (
	minSentenceDice   = 0.25
	minSentenceShared = 2
	// minMatched is the share of a version's sentences that must find a
	// partner before positional alignment is used instead (a translation
	// into another language shares few words with its original).
	minMatched = 0.3
)

// AlignSentences lays the sentences of a story's versions side by side:
// the one sentence alignment of crosswire, behind the web UI's rows and
// the reference Explain compares with. arts[0] is the pivot (the
// original). Each sentence of another version joins the row of the pivot
// sentence it is most similar to (sentenceSimilarity), so a rewrite that
// moved a paragraph still lines up; a sentence with no partner gets a row
// of its own right after the row of the sentence before it in its
// version, shared with similar unmatched sentences of other versions
// (content the original lacks but several versions add). A version in
// another language that matches poorly is aligned by position. Sentences
// are the articles' own (text.Of).
func AlignSentences(arts []crosswire.Article) []SentenceRow {
	if len(arts) == 0 {
		return nil
	}
	const pivot = 0
	nv := len(arts)
	sents := make([][]crosswire.Span, nv)
	words := make([][]map[string]bool, nv)
	for v := range arts {
		sents[v] = text.Of(&arts[v])
		words[v] = make([]map[string]bool, len(sents[v]))
		for j, s := range sents[v] {
			words[v][j] = contentSet(s.Text)
		}
	}
	np := len(sents[pivot])
	rows := make([]SentenceRow, np)
	for i := range rows {
		rows[i].Cells = make([][]int, nv)
		rows[i].Cells[pivot] = []int{i}
	}
	// extras[k+1] holds the extra rows placed after pivot row k (k = -1:
	// before the first row).
	extras := make([][]SentenceRow, np+1)

	for v := 0; v < nv; v++ {
		if v == pivot {
			continue
		}
		assign := make([]int, len(sents[v]))
		matched := 0
		for j := range sents[v] {
			assign[j] = -1
			best := 0.0
			for i := range sents[pivot] {
				if sc := sentenceSimilarity(words[v][j], words[pivot][i]); sc > best {
					best, assign[j] = sc, i
				}
			}
			if assign[j] >= 0 {
				matched++
			}
		}
		if len(sents[v]) > 0 && np > 0 && float64(matched)/float64(len(sents[v])) < minMatched && arts[v].Language != arts[pivot].Language {
			for j := range assign {
				assign[j] = j * np / len(sents[v])
			}
		}
		anchor := -1
		for j, i := range assign {
			if i >= 0 {
				rows[i].Cells[v] = append(rows[i].Cells[v], j)
				anchor = i
				continue
			}
			group := extras[anchor+1]
			placed := false
			for k := range group {
				if len(group[k].Cells[v]) > 0 {
					continue
				}
				for w, cell := range group[k].Cells {
					if w == v || len(cell) == 0 {
						continue
					}
					if sentenceSimilarity(words[v][j], words[w][cell[0]]) > 0 {
						group[k].Cells[v] = []int{j}
						placed = true
						break
					}
				}
				if placed {
					break
				}
			}
			if !placed {
				r := SentenceRow{Cells: make([][]int, nv), Extra: true}
				r.Cells[v] = []int{j}
				extras[anchor+1] = append(extras[anchor+1], r)
			}
		}
	}
	out := make([]SentenceRow, 0, np+len(extras[0]))
	out = append(out, extras[0]...)
	for i := range rows {
		out = append(out, rows[i])
		out = append(out, extras[i+1]...)
	}
	return out
}

// sentenceSimilarity is the Dice coefficient of two sentences'
// content-word sets, or 0 when they share too few words to mean anything
// (fewer than minSentenceShared, or a coefficient under
// minSentenceDice).
func sentenceSimilarity(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := shared(a, b)
	need := minSentenceShared
	if min(len(a), len(b)) < minSentenceShared {
		need = 1
	}
	if n < need {
		return 0
	}
	d := 2 * float64(n) / float64(len(a)+len(b))
	if d < minSentenceDice {
		return 0
	}
	return d
}
