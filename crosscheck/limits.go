package crosscheck

import (
	"fmt"
	"strings"

	"crosswire"
)

// Caps on the work of one Analyze call. Alignment compares pairs, which is
// cheap for a news story (tens of versions, a few hundred names and
// figures) but quadratic in an outsized input: a megabyte of text run
// together, or hundreds of versions. Past a cap the work is bounded and a
// note in the story says what was left unchecked; below it nothing
// changes.
const (
	// maxNameForms bounds the distinct name forms compared pairwise for
	// entity resolution; past it a form joins only the forms written
	// alike.
	maxNameForms = 600
	// maxInternalPairs bounds the pairs of figures of one article compared
	// for internal contradictions.
	maxInternalPairs = 20000
	// maxAlignAnchors bounds the articles each article's facts are
	// aligned with: the first maxAlignAnchors of the story and the one it
	// derives from.
	maxAlignAnchors = 40
	// maxAlignMentions bounds the mentions of one key (a counted noun, a
	// speaker, a date's event) of one article that alignment compares
	// with another article's: the pair's similarities are their product,
	// so a version that states one counted thing or quotes one speaker
	// thousands of times (a megabyte of one sentence repeated) made the
	// alignment quadratic — 6,400 quotations of one speaker in each of
	// two versions took 80 s. A news report states one key's figure or
	// quotation a few times, a long interview some tens; past the cap
	// the rest pair with nothing and a note says so.
	maxAlignMentions = 200
	// maxNameContexts bounds the distinct ways (sentence words, mark
	// before it, person or not) one name of a pair is written in that
	// checkNameVariants compares with the other name's: mentions written
	// alike are compared once, so the work is the product of the two
	// names' distinct contexts. A story writes one name in a few
	// sentences of each version (copies repeat them); past the cap the
	// others are not compared and a note says so.
	maxNameContexts = 200
)

// noteCaps notes the caps that depend on the story's size alone.
func (w *work) noteCaps() {
	if n := len(w.story.Articles); n > maxAlignAnchors+1 {
		w.note("facts of the story's %d versions aligned with its first %d versions and the version each derives from, not every pair", n, maxAlignAnchors)
	}
}

// stopped reports whether the analysis was cancelled: the long loops
// call it every so often and return early (Analyze then returns the
// context's error).
func (w *work) stopped() bool { return w.ctx != nil && w.ctx.Err() != nil }

// note records that a cap left work undone, once per distinct note.
func (w *work) note(format string, args ...any) {
	n := fmt.Sprintf(format, args...)
	for _, o := range w.notes {
		if o == n {
			return
		}
	}
	w.notes = append(w.notes, n)
}

// capForms returns the name forms to compare pairwise: all of them, or
// the first maxNameForms with a note.
func (w *work) capForms(reps []int) []int {
	if len(reps) <= maxNameForms {
		return reps
	}
	w.note("names not all resolved across their forms: %d distinct name forms, over %d; the others joined only forms written alike", len(reps), maxNameForms)
	return reps[:maxNameForms]
}

// findForm looks a name up among the entities' forms written alike, when
// there are more entities than findEntity scans.
func (w *work) findForm(name string) (int, bool) {
	if len(w.entities) <= maxNameForms {
		return 0, false
	}
	if w.formIndex == nil {
		w.formIndex = map[string]int{}
		for i, e := range w.entities {
			for _, f := range e.forms() {
				k := strings.ToLower(f)
				if j, ok := w.formIndex[k]; !ok || e.kind == crosswire.KindPerson && w.entities[j].kind != crosswire.KindPerson {
					w.formIndex[k] = i
				}
			}
		}
	}
	e, ok := w.formIndex[strings.ToLower(name)]
	return e, ok
}
