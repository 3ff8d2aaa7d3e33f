package group

import (
	"strings"
	"testing"
	"time"

	"crosswire"
)

// TestTopicNearDay asks the topic rule at anchorScale's bars of the
// fictional clinic chain's two reports (protagonist_test.go) with the
// pair's signals set around the bars: within 48 hours a tenth lower bar
// joins, farther apart or undated the rule's own bars stand, and the
// rule's other conditions are kept.
func TestTopicNearDay(t *testing.T) {
	day := time.Date(2031, 5, 12, 0, 0, 0, 0, time.UTC)
	a := crosswire.Article{ID: "a", Title: velmoraTitleA, Text: velmoraTextA, Published: &day}
	b := crosswire.Article{ID: "b", Title: velmoraTitleB, Text: velmoraTextB, Published: &day}
	ix, _ := partitionIndex(t, []crosswire.Article{a, b}, nil)
	_, base := ix.verify(0, 1)
	if base.shared < MinSharedAnchors || base.rare < 1 {
		t.Fatalf("premise: shared %d, rare %d; want ≥ %d and ≥ 1", base.shared, base.rare, MinSharedAnchors)
	}
	tests := []struct {
		name          string
		gap           int
		cosine, topic float64
		rare          int
		want          bool
	}{
		{"same day, topic words a tenth under the bar", 0, 0.4, 0.24, 1, true},
		{"two days apart, anchor cosine a tenth under the bar", 48, 0.24, 0.3, 1, true},
		{"same day, topic words under the lowered bar", 0, 0.4, 0.22, 1, false},
		{"same day, anchor cosine under the lowered bar", 0, 0.22, 0.3, 1, false},
		{"three days apart", 72, 0.4, 0.24, 1, false},
		{"undated", -1, 0.4, 0.24, 1, false},
		{"no shared anchor rare by the batch's count", 0, 0.4, 0.3, 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ps := base
			ps.gap, ps.cosine, ps.rare, ps.storyRare = tc.gap, tc.cosine, tc.rare, 0
			ps.topic, ps.topicSet = tc.topic, true
			ps.topicAlone, ps.topicAloneSet = tc.topic, true // the pair's cosine alone as in the batch
			ps.occasionRead, ps.occasionApart = true, false
			A, B := ix.anchorList(0), ix.anchorList(1)
			if got := ix.topicNearDay(0, 1, A, B, &ps); got != tc.want {
				t.Errorf("topicNearDay = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestOtherProtagonist: a headline naming a protagonist the other report
// never writes — a rare name the headline's report writes again — tells
// another event of the kind; a name the other report writes, one written
// only in the headline, or one the background knows does not.
func TestOtherProtagonist(t *testing.T) {
	day := time.Date(2031, 5, 12, 0, 0, 0, 0, time.UTC)
	other := strings.NewReplacer("Velmora Health", "Corvane Care", "Velmora", "Corvane")
	known := strings.NewReplacer("Velmora Health", "Oxford", "Velmora", "Oxford")
	once := strings.NewReplacer("Velmora Health was hit", "The clinic chain was hit", "a spokeswoman for Velmora", "a spokeswoman")
	tests := []struct {
		name           string
		titleA, textA  string
		titleB, textB  string
		aApart, bApart bool // otherProtagonist(a, b), (b, a)
	}{
		{"one protagonist", velmoraTitleA, velmoraTextA, velmoraTitleB, velmoraTextB, false, false},
		{"another clinic chain", velmoraTitleA, velmoraTextA, other.Replace(velmoraTitleB), other.Replace(velmoraTextB), true, true},
		{"named only in its headline", velmoraTitleA, once.Replace(velmoraTextA), other.Replace(velmoraTitleB), other.Replace(velmoraTextB), false, true},
		{"a protagonist the background knows", known.Replace(velmoraTitleA), known.Replace(velmoraTextA), other.Replace(velmoraTitleB), other.Replace(velmoraTextB), false, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := crosswire.Article{ID: "a", Title: tc.titleA, Text: tc.textA, Published: &day}
			b := crosswire.Article{ID: "b", Title: tc.titleB, Text: tc.textB, Published: &day}
			ix, _ := partitionIndex(t, []crosswire.Article{a, b}, nil)
			if got := ix.otherProtagonist(0, 1); got != tc.aApart {
				t.Errorf("otherProtagonist(a, b) = %v, want %v", got, tc.aApart)
			}
			if got := ix.otherProtagonist(1, 0); got != tc.bApart {
				t.Errorf("otherProtagonist(b, a) = %v, want %v", got, tc.bApart)
			}
		})
	}
}

// TestTopicNearDayBatchName: in a small batch, a name every article holds
// stands in for the shared anchor rare by the batch's count (heldByBatch):
// the batch's count cannot call it rare, nor tell it from the pair's own.
// A third report of the clinic chain's attack holds the chain's name; a
// report of another chain's attack does not.
func TestTopicNearDayBatchName(t *testing.T) {
	day := time.Date(2031, 5, 12, 0, 0, 0, 0, time.UTC)
	third := "Velmora reopens clinics after ransomware attack"
	thirdText := "Velmora said on Tuesday that most of its clinics had reopened after the attack. The chain said Velmora patients could book online again."
	other := strings.NewReplacer("Velmora Health", "Corvane Care", "Velmora", "Corvane")
	tests := []struct {
		name         string
		title, text  string
		want, rareOK bool
	}{
		{"a third report of the attack", third, thirdText, true, true},
		{"a report of another chain's attack", other.Replace(third), other.Replace(thirdText), false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := []crosswire.Article{
				{ID: "a", Title: velmoraTitleA, Text: velmoraTextA, Published: &day},
				{ID: "b", Title: velmoraTitleB, Text: velmoraTextB, Published: &day},
				{ID: "c", Title: tc.title, Text: tc.text, Published: &day},
			}
			ix, _ := partitionIndex(t, arts, nil)
			_, ps := ix.verify(0, 1)
			if got := ix.heldByBatch(0, 1); got != tc.rareOK {
				t.Errorf("heldByBatch = %v, want %v", got, tc.rareOK)
			}
			// no shared anchor rare by the batch's count, the bars met a
			// tenth under the topic rule's
			ps.gap, ps.cosine, ps.rare, ps.storyRare = 0, 0.4, 0, 0
			ps.topic, ps.topicSet = 0.24, true
			ps.topicAlone, ps.topicAloneSet = 0.24, true // the pair's cosine alone as in the batch
			ps.occasionRead, ps.occasionApart = true, false
			if got := ix.topicNearDay(0, 1, ix.anchorList(0), ix.anchorList(1), &ps); got != tc.want {
				t.Errorf("topicNearDay = %v, want %v", got, tc.want)
			}
		})
	}
}
