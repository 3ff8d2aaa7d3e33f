package crosscheck

import (
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/sergi/go-diff/diffmatchpatch"

	"crosswire"
	"crosswire/text"
)

// DiffOp says how a word of an aligned sentence compares with the
// reference sentence.
type DiffOp int

// Word diff operations.
const (
	// Same words are in both sentences.
	Same DiffOp = iota
	// Changed words are only in this sentence: in the reference sentence,
	// the words the other side lacks; in the others, the words the
	// reference lacks.
	Changed
)

// DiffWord is one token of an aligned sentence: a word, or the spaces and
// punctuation between words (always Same).
type DiffWord struct {
	Text string `json:"text"`
	Op   DiffOp `json:"op"`
}

// AlignedSentence is one source of one variant of a discrepancy, shown in
// its sentence, word-diffed against the reference (the first variant's
// first source).
type AlignedSentence struct {
	// Variant is the value of the variant this source states.
	Variant string         `json:"variant"`
	Outlet  string         `json:"outlet"`
	Role    crosswire.Role `json:"role"`
	// Span is the source span; Sentence the sentence holding it and
	// SentenceStart the sentence's offset in the article text.
	Span          crosswire.Span `json:"span"`
	Sentence      string         `json:"sentence"`
	SentenceStart int            `json:"sentence_start"`
	// Reference is true for the sentence the others are compared with.
	Reference bool       `json:"reference"`
	Words     []DiffWord `json:"words"`
}

// Explain lays the sentences behind a discrepancy side by side: for every
// source of every variant, the sentence stating it, with the words that
// differ from the reference sentence marked. The word diff is
// diff-match-patch (Myers' O(ND) algorithm, via github.com/sergi/go-diff)
// run on word tokens rather than characters, so a changed figure or name
// shows as one changed word, not as scattered letters. Sources whose
// article is not in the story are skipped.
func Explain(story *crosswire.Story, d crosswire.Discrepancy) []AlignedSentence {
	var out []AlignedSentence
	for _, v := range d.Variants {
		for _, sp := range v.Sources {
			as, ok := alignedSentence(story, sp)
			if !ok {
				continue
			}
			as.Variant = v.Value
			out = append(out, as)
		}
	}
	if len(out) == 0 {
		return nil
	}
	out[0].Reference = true
	ref := out[0].Sentence
	// The reference is marked against the sentence of another variant
	// AlignSentences would line up with it (the most similar one): its
	// differences are the discrepancy rather than a rewording.
	other, best := "", -1.0
	refWords := contentSet(ref)
	for _, as := range out[1:] {
		if as.Variant == out[0].Variant {
			continue
		}
		if s := sentenceSimilarity(refWords, contentSet(as.Sentence)); s > best {
			other, best = as.Sentence, s
		}
	}
	if other == "" && len(out) > 1 {
		other = out[1].Sentence
	}
	out[0].Words = wordDiff(ref, other, true)
	for i := 1; i < len(out); i++ {
		out[i].Words = wordDiff(ref, out[i].Sentence, false)
	}
	return out
}

// alignedSentence finds the sentence of a span.
func alignedSentence(story *crosswire.Story, sp crosswire.Span) (AlignedSentence, bool) {
	for i := range story.Articles {
		a := &story.Articles[i]
		if a.ID != sp.Article {
			continue
		}
		as := AlignedSentence{Outlet: a.Outlet, Role: a.Role, Span: sp}
		if !text.ValidSpan(a.Text, sp) {
			return as, false
		}
		s, e := sentenceRange(text.Of(a), sp.Start, sp.End)
		as.Sentence, as.SentenceStart = a.Text[s:e], s
		return as, true
	}
	return AlignedSentence{}, false
}

// diffTokens splits s into words and the runs of other characters between
// them, so that joining the tokens gives s back.
func diffTokens(s string) []string {
	var out []string
	start := 0
	inWord := false
	for i, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r) || r == ',' && inWord || r == '.' && inWord
		if i > start && w != inWord {
			out = append(out, s[start:i])
			start = i
		}
		inWord = w
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	// A trailing "," or "." belongs to the punctuation, not the word.
	var fixed []string
	for _, t := range out {
		tr := strings.TrimRight(t, ",.")
		if tr != t && tr != "" && (unicode.IsLetter(rune(tr[0])) || unicode.IsDigit(rune(tr[0]))) {
			fixed = append(fixed, tr, t[len(tr):])
			continue
		}
		fixed = append(fixed, t)
	}
	return fixed
}

// wordDiff diffs ref against other at word level and returns the tokens of
// ref (when ofRef) or of other, marking those the other side lacks.
func wordDiff(ref, other string, ofRef bool) []DiffWord {
	ta, tb := diffTokens(ref), diffTokens(other)
	index := map[string]rune{}
	enc := func(ts []string) []rune {
		rs := make([]rune, len(ts))
		for i, t := range ts {
			r, ok := index[t]
			if !ok {
				// Private-use plane: never a surrogate, never confused.
				r = rune(0xF0000 + len(index))
				index[t] = r
			}
			rs[i] = r
		}
		return rs
	}
	ra, rb := enc(ta), enc(tb)
	dmp := diffmatchpatch.New()
	// Sentences are short; the bound only matters for pathological input
	// (the diff degrades to a coarser but still exact one when it is hit).
	dmp.DiffTimeout = 100 * time.Millisecond
	diffs := dmp.DiffMainRunes(ra, rb, false)
	var out []DiffWord
	ia, ib := 0, 0
	emit := func(t string, op DiffOp) {
		if strings.TrimFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) == "" {
			op = Same
		}
		if n := len(out); n > 0 && out[n-1].Op == op {
			out[n-1].Text += t
			return
		}
		out = append(out, DiffWord{Text: t, Op: op})
	}
	for _, df := range diffs {
		n := len([]rune(df.Text))
		switch df.Type {
		case diffmatchpatch.DiffEqual:
			for k := 0; k < n; k++ {
				if ofRef {
					emit(ta[ia], Same)
				} else {
					emit(tb[ib], Same)
				}
				ia++
				ib++
			}
		case diffmatchpatch.DiffDelete:
			for k := 0; k < n; k++ {
				if ofRef {
					emit(ta[ia], Changed)
				}
				ia++
			}
		case diffmatchpatch.DiffInsert:
			for k := 0; k < n; k++ {
				if !ofRef {
					emit(tb[ib], Changed)
				}
				ib++
			}
		}
	}
	return out
}

// Markers are what ExplainMarked writes around a run of changed words:
// Del around the reference's words the other side lacks, Ins around the
// other sentences' words the reference lacks.
type Markers struct {
	DelOpen, DelClose, InsOpen, InsClose string
}

// PlainMarkers are the wdiff convention, [-…-] and {+…+}: readable in a
// pipe, a file or a Markdown code span.
func PlainMarkers() Markers {
	return Markers{DelOpen: "[-", DelClose: "-]", InsOpen: "{+", InsClose: "+}"}
}

// ANSIMarkers colour changed runs for a terminal: the reference's in bold
// red, the others' in bold green, no brackets.
func ANSIMarkers() Markers {
	const reset = "\x1b[0m"
	return Markers{DelOpen: "\x1b[1;31m", DelClose: reset, InsOpen: "\x1b[1;32m", InsClose: reset}
}

// ExplainText renders Explain for a pipe or a file with PlainMarkers. Its
// signature fits report.Options.Explain.
func ExplainText(story *crosswire.Story, d crosswire.Discrepancy) string {
	return ExplainMarked(story, d, PlainMarkers())
}

// ExplainMarked renders Explain as text: one line per distinct sentence
// of each variant (copies stating it word for word are listed together),
// the outlets and roles first, each run of changed words marked once
// ("[-ran aground in-]", not one mark per word: the spaces and
// punctuation between changed words belong to the run).
func ExplainMarked(story *crosswire.Story, d crosswire.Discrepancy, m Markers) string {
	type line struct {
		as     AlignedSentence
		labels []string
	}
	var lines []*line
	index := map[string]*line{}
	for _, as := range Explain(story, d) {
		label := as.Outlet
		if label == "" {
			label = as.Span.Article
		}
		if as.Role != "" {
			label += ", " + string(as.Role)
		}
		key := as.Variant + "\x00" + as.Sentence
		if l, ok := index[key]; ok {
			l.labels = append(l.labels, label)
			continue
		}
		l := &line{as: as, labels: []string{label}}
		index[key] = l
		lines = append(lines, l)
	}
	var b strings.Builder
	for _, l := range lines {
		fmt.Fprintf(&b, "  %-3s [%s] ", markOf(l.as), strings.Join(l.labels, "; "))
		open, closing := m.InsOpen, m.InsClose
		if l.as.Reference {
			open, closing = m.DelOpen, m.DelClose
		}
		for _, w := range ChangedRuns(l.as.Words) {
			if w.Op == Changed {
				b.WriteString(open + w.Text + closing)
				continue
			}
			b.WriteString(w.Text)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// ChangedRuns joins changed words separated only by spaces and
// punctuation into one changed run, so a reworded phrase is one change:
// "ran", " ", "aground" becomes "ran aground". Same words between changes
// keep them apart.
func ChangedRuns(words []DiffWord) []DiffWord {
	out := make([]DiffWord, 0, len(words))
	for i := 0; i < len(words); i++ {
		w := words[i]
		if w.Op == Same && i > 0 && i+1 < len(words) && words[i-1].Op == Changed && words[i+1].Op == Changed && !hasWordChar(w.Text) {
			w.Op = Changed
		}
		if n := len(out); n > 0 && out[n-1].Op == w.Op {
			out[n-1].Text += w.Text
			continue
		}
		out = append(out, w)
	}
	return out
}

func hasWordChar(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

func markOf(as AlignedSentence) string {
	if as.Reference {
		return "ref"
	}
	return "vs"
}
