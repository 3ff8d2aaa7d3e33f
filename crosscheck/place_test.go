package crosscheck

import (
	"strings"
	"testing"

	"crosswire"
)

// TestEventPlaces checks the place of one event (fictional text): two
// versions placing one participant's event of one class in two places
// that share no word disagree; a county naming the town, two
// participants, or a version naming both places do not. Two bare names
// may be a town and its county (low); two names of one head word are
// places of one level (medium).
func TestEventPlaces(t *testing.T) {
	const lead = "The retired harbour pilot Tomas Orrel has died, his family said on Tuesday.\n\n"
	tests := []struct {
		name string
		a, b string
		want bool
		sev  crosswire.Severity // when want
	}{
		{"two towns",
			"Tomas Orrel died in Arnhold after a short illness.",
			"Tomas Orrel died in Vessport after a short illness.",
			true, crosswire.SeverityLow},
		{"two streets, one level",
			"Tomas Orrel died in Harrow Street after a short illness.",
			"Tomas Orrel died in Mill Street after a short illness.",
			true, crosswire.SeverityMedium},
		{"two hospitals, one level",
			"Tomas Orrel died at Arnhold General Hospital on Monday.",
			"Tomas Orrel died at Vessport General Hospital on Monday.",
			true, crosswire.SeverityMedium},
		{"one hospital, its town added",
			"Tomas Orrel died at Arnhold General Hospital on Monday.",
			"Tomas Orrel died at General Hospital on Monday.",
			false, ""},
		{"the county around the town",
			"Tomas Orrel died in Arnhold after a short illness.",
			"Tomas Orrel died in North Vessex, the county around Arnhold, after a short illness.",
			false, ""},
		{"different participants",
			"Tomas Orrel died in Arnhold after a short illness.",
			"His brother Henrik Orrel died in Vessport in 2019.",
			false, ""},
		{"two towns after a place noun",
			"Tomas Orrel died in the town of Arnhold after a short illness.",
			"Tomas Orrel died in the town of Vessport after a short illness.",
			true, crosswire.SeverityLow},
		{"two villages after a place noun",
			"Tomas Orrel died near the fishing village of Arnhold after a short illness.",
			"Tomas Orrel died near the fishing village of Vessport after a short illness.",
			true, crosswire.SeverityLow},
		{"a copy changing the town",
			"Tomas Orrel died in Arnhold after a short illness. He had guided ships into the harbour for 31 years. " +
				"The harbour master said he knew every sandbank of the estuary. A funeral will be held next week.",
			"Tomas Orrel died in Vessport after a short illness. He had guided ships into the harbour for 31 years. " +
				"The harbour master said he knew every sandbank of the estuary. A funeral will be held next week.",
			true, crosswire.SeverityLow},
		{"one version naming both places",
			"Tomas Orrel died in Arnhold after a short illness.",
			"Tomas Orrel, who grew up in Arnhold, died in Vessport after a short illness.",
			false, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, lead+tc.a, lead+tc.b)
			got := false
			for _, d := range st.Discrepancies {
				if d.Kind == crosswire.DiscClaim && strings.HasPrefix(d.Subject, "place of one event") {
					got = true
					if d.Severity != tc.sev {
						t.Errorf("severity %s, want %s", d.Severity, tc.sev)
					}
				}
			}
			if got != tc.want {
				t.Errorf("place discrepancy = %v, want %v; got %s", got, tc.want, dump(st))
			}
		})
	}
}

// TestDistinctEventPlaces checks that an event place stated again by the
// same version (same article, event class, participant and place as
// written) is compared once: a version repeating one sentence thousands of
// times (a runaway feed, a page without full stops) made the pairwise
// comparison of event places quadratic in the repeats, minutes of CPU for
// one 2 MB article, where every repeat but the first can only report a
// pair the first already reported. Fictional values.
func TestDistinctEventPlaces(t *testing.T) {
	a1, a2 := &crosswire.Article{ID: "a1"}, &crosswire.Article{ID: "a2"}
	ep := func(art *crosswire.Article, version, class, value string, entity int, noun string) eventPlace {
		m := &mention{art: art, version: version, fact: crosswire.Fact{Value: value}}
		return eventPlace{m: m, class: class, entity: entity, noun: noun, participant: noun}
	}
	var eps []eventPlace
	for range 1000 {
		eps = append(eps, ep(a1, "a1", "die", "Arnhold", 0, ""))
	}
	eps = append(eps,
		ep(a1, "a1", "die", "Vessport", 0, ""),      // another place: kept
		ep(a1, "a1", "move", "Arnhold", 0, ""),      // another class: kept
		ep(a1, "a1", "die", "Arnhold", 1, ""),       // another participant: kept
		ep(a2, "a2", "die", "Arnhold", 0, ""),       // another version: kept
		ep(a1, "a1", "die", "arnhold", 0, ""),       // written otherwise: kept
		ep(a2, "a2", "die", "Arnhold", 0, ""),       // a repeat of the version a2's: dropped
		ep(a1, "a1", "die", "Vessport", 0, ""),      // a repeat: dropped
		ep(a1, "a1", "die", "Vessport", -1, "crew"), // a noun participant: kept
		ep(a1, "a1", "die", "Vessport", -1, "crew"), // its repeat: dropped
	)
	got := distinctEventPlaces(eps)
	want := []int{0, 1000, 1001, 1002, 1003, 1004, 1007}
	if len(got) != len(want) {
		t.Fatalf("distinct event places: %d, want %d", len(got), len(want))
	}
	for i, k := range want {
		if got[i].m != eps[k].m {
			t.Errorf("distinct event place %d is input %d's? got value %q of version %s", i, k, got[i].m.fact.Value, got[i].m.version)
		}
	}
}

// TestRepeatedEventPlaceOnce checks, on two fictional versions each
// repeating the event's sentence, that the event placed in two towns is
// reported once, as when each version states it once.
func TestRepeatedEventPlaceOnce(t *testing.T) {
	const lead = "The retired harbour pilot Tomas Orrel has died, his family said on Tuesday.\n\n"
	a := lead + strings.Repeat("Tomas Orrel died in Arnhold after a short illness. ", 40)
	b := lead + strings.Repeat("Tomas Orrel died in Vessport after a short illness. ", 40)
	st := checkTexts(t, a, b)
	n := 0
	for _, d := range st.Discrepancies {
		if d.Kind == crosswire.DiscClaim && strings.HasPrefix(d.Subject, "place of one event") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("place discrepancies: %d, want 1; got %s", n, dump(st))
	}
}
