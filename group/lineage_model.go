package group

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

// The derivation model: how much of a client's version of wire copy comes
// from the wire. Sentence alignment measures reuse sentence by sentence,
// but whether most of a version comes from the wire is also told by how it
// was written: a version made from the wire tells the wire's narration
// (unquoted sentences aligned to it), keeps runs of its wording, and is
// short — a paper that adds reporting of its own adds sentences. A
// logistic model over three such measures gives the probability that a
// version is mostly the wire's (METER's "wholly derived"):
//
//	p = σ(WhollyIntercept + WhollyNarrative·narrative + WhollyRuns·runs + WhollyLogSentences·ln(sentences))
//
// narrative: the share of its sentences outside quotation marks aligned
// to a wire sentence; runs: the share sharing NarrativeRun words in a row
// outside quotation marks with the wire; sentences: how many it has.
//
// The coefficients were fitted on the calibration half of the METER
// showbiz corpus (the papers labelled wholly or partially derived; classes
// weighed equally, L2 penalty 1 on the slopes, Newton's method) and are
// refitted and checked by group/bench's TestDerivationModelFit. They are
// applied to clients of wire copy only: between outlets' versions the
// sentence share alone is the reuse.
const (
	WhollyIntercept    = 1.699
	WhollyNarrative    = 0.822
	WhollyRuns         = 1.832
	WhollyLogSentences = -1.277
)

// BorderlineCover is the weighted content-word cover from which a
// sentence the alignment did not count is weakly aligned: a quarter of
// what it says, half of SentenceCover, is in one source sentence or two
// adjacent ones (a sentence reworded from the source that adds a fact, or
// is reworded further). The model's verdict decides whether such
// sentences are reuse.
const BorderlineCover = SentenceCover / 2

// WhollyProbability is the derivation model's probability that a client's
// version with features f is mostly the wire's.
func WhollyProbability(f LineageFeatures) float64 {
	if f.Sentences == 0 {
		return 0
	}
	z := WhollyIntercept + WhollyNarrative*f.Narrative + WhollyRuns*f.Runs + WhollyLogSentences*math.Log(float64(f.Sentences))
	return 1 / (1 + math.Exp(-z))
}

// modelVerdict is what the derivation model said of a version and how the
// count of reused sentences followed it.
type modelVerdict struct {
	p         float64
	narrative float64
	runs      float64
	// added counts weakly aligned sentences counted as reused; dropped the
	// reworded sentences, the least aligned, no longer counted.
	added, dropped int
}

// applyDerivationModel decides the borderline sentences of a client's
// version of wire copy by the model's verdict, so that reuse stays the
// share of its sentences taken from the wire and falls on the model's
// side of one half: when the model says the version is mostly the wire's
// and fewer than half its sentences were counted, weakly aligned
// sentences (BorderlineCover), the best aligned first, count as reused
// until half do; when the model says it is not and half or more were
// counted and the version brings a name or number of its own (one no
// source has: without one it added nothing of its own reporting to what
// it reworded), reworded sentences, the least aligned first, stop
// counting until fewer than half do. Verbatim sentences always count, so
// a version that keeps half its sentences verbatim keeps reuse ≥ 0.5, and
// a version with too few weakly aligned sentences stays under one half.
func applyDerivationModel(v *ltext, src []*ltext, al *alignment) {
	if al.sents == 0 || len(al.cover) != al.sents {
		return
	}
	f := LineageFeatures{Sentences: al.sents, Narrative: float64(al.narrative) / float64(al.sents), Runs: float64(al.runs) / float64(al.sents)}
	mv := &modelVerdict{p: WhollyProbability(f), narrative: f.Narrative, runs: f.Runs}
	al.wholly = mv
	half := func() bool { return 2*al.reused >= al.sents }
	var idx []int
	if mv.p >= 0.5 && !half() {
		for i := range al.cover {
			if !al.reusedAt[i] && al.cover[i] >= BorderlineCover {
				idx = append(idx, i)
			}
		}
		slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(al.cover[b], al.cover[a]) })
		for _, i := range idx {
			if half() {
				break
			}
			al.reusedAt[i] = true
			al.reused++
			mv.added++
			if v.sents[i].quote {
				al.quotesReused++
			}
		}
		return
	}
	if mv.p < 0.5 && half() && ownFacts(v, src) {
		for i := range al.cover {
			if al.reusedAt[i] && !al.verbatimAt[i] {
				idx = append(idx, i)
			}
		}
		slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(al.cover[a], al.cover[b]) })
		for _, i := range idx {
			if !half() {
				break
			}
			al.reusedAt[i] = false
			al.reused--
			mv.dropped++
			if v.sents[i].quote {
				al.quotesReused--
			}
		}
	}
}

// ownFacts reports whether v has a name or number none of the sources has.
func ownFacts(v *ltext, src []*ltext) bool { return !anchorsIn(v.anchors, src) }

// modelEvidence says in words what the derivation model read and what it
// changed.
func modelEvidence(a alignment) string {
	mv := a.wholly
	if mv == nil {
		return ""
	}
	verdict := "mostly the wire's"
	if mv.p < 0.5 {
		verdict = "partly the wire's"
	}
	ev := fmt.Sprintf("; derivation model: %.0f%% of its sentences unquoted and aligned to the wire, %.0f%% sharing a run of %d words with it, %d sentences: %s (p %.2f)",
		100*mv.narrative, 100*mv.runs, NarrativeRun, a.sents, verdict, mv.p)
	switch {
	case mv.added > 0:
		ev += fmt.Sprintf(", so %d weakly aligned sentences (at least %.0f%% of their weighted content words in a wire sentence) count as reused", mv.added, 100*BorderlineCover)
	case mv.dropped > 0:
		ev += fmt.Sprintf(", so the %d least aligned reworded sentences do not count (verbatim ones always do)", mv.dropped)
	}
	return ev
}
