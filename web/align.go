package web

import (
	"strings"
	"unicode"
)

// alignedRow is one row of the side-by-side view: for each version (by
// position), the indexes of its sentences that say the same thing.
type alignedRow struct {
	Cells [][]int
	// Extra is true for a row the pivot version has no sentence in.
	Extra bool
}

// Alignment thresholds. Dice similarity of content-word sets is cheap and
// survives the rewording of a rewrite well enough: names, figures and
// most nouns carry over even when the syntax changes, and they are what a
// reader needs lined up. 0.25 was the lowest value that did not pair
// unrelated sentences of the example corpus (they share words like the
// country name).
const (
	minDice   = 0.25
	minShared = 2
	// minMatched is the share of a version's sentences that must find a
	// partner before positional alignment is used instead (a translation
	// into another language shares few words with its original).
	minMatched = 0.3
)

// alignVersions aligns the sentences of every version with those of the
// pivot version (the original). Each sentence of another version joins
// the row of the pivot sentence it shares most content words with, so a
// rewrite that moved a paragraph still lines up; a sentence with no
// partner gets a row of its own right after the row of the sentence before
// it in its version, shared with similar unmatched sentences of other
// versions (content the original lacks but several versions add). A
// version in another language that matches poorly is aligned by position.
func alignVersions(pivot int, texts []string, sents [][]sentence, langs []string) []alignedRow {
	nv := len(texts)
	words := make([][]map[string]bool, nv)
	for v := range texts {
		words[v] = make([]map[string]bool, len(sents[v]))
		for j, s := range sents[v] {
			words[v][j] = contentWords(texts[v][s.Start:s.End])
		}
	}
	np := len(sents[pivot])
	rows := make([]alignedRow, np)
	for i := range rows {
		rows[i].Cells = make([][]int, nv)
		rows[i].Cells[pivot] = []int{i}
	}
	// extras[k+1] holds the extra rows placed after pivot row k (k = -1:
	// before the first row).
	extras := make([][]alignedRow, np+1)

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
				if sc := similarity(words[v][j], words[pivot][i]); sc > best {
					best, assign[j] = sc, i
				}
			}
			if assign[j] >= 0 {
				matched++
			}
		}
		if len(sents[v]) > 0 && np > 0 && float64(matched)/float64(len(sents[v])) < minMatched && langs[v] != langs[pivot] {
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
					if similarity(words[v][j], words[w][cell[0]]) > 0 {
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
				r := alignedRow{Cells: make([][]int, nv), Extra: true}
				r.Cells[v] = []int{j}
				extras[anchor+1] = append(extras[anchor+1], r)
			}
		}
	}
	out := make([]alignedRow, 0, np+len(extras[0]))
	out = append(out, extras[0]...)
	for i := range rows {
		out = append(out, rows[i])
		out = append(out, extras[i+1]...)
	}
	return out
}

// similarity is the Dice coefficient of two content-word sets, or 0 when
// they share too few words to mean anything.
func similarity(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	shared := 0
	for w := range a {
		if b[w] {
			shared++
		}
	}
	need := minShared
	if min(len(a), len(b)) < minShared {
		need = 1
	}
	if shared < need {
		return 0
	}
	d := 2 * float64(shared) / float64(len(a)+len(b))
	if d < minDice {
		return 0
	}
	return d
}

// contentWords returns the lower-cased words of s that carry meaning:
// numbers, and words of three letters or more that are not function words.
func contentWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		w = strings.ToLower(w)
		isNum := strings.IndexFunc(w, unicode.IsDigit) >= 0
		if !isNum && (len([]rune(w)) < 3 || stopWords[w]) {
			continue
		}
		out[w] = true
	}
	return out
}

// stopWords are English function words that say nothing about content.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the and for that with was were are has have had its his her their they them this these those
		from into onto over under about after before than then there which who whom whose what when where while also not but
		been being will would could should may might can said says say one two all any some such very more most other our out
		she him you your who's it's said told on off per via upon did does doing done just only own same too how why`) {
		m[w] = true
	}
	return m
}()
