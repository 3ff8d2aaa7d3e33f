package crosscheck

import (
	"testing"

	"crosswire"
)

// TestShortSentenceFigures checks that two versions' figures in sentences
// whose every content word is shared align on that one word ("still
// missing"): a short sentence stating one thing two ways is one slot
// (fictional flood reports). A one-word overlap in sentences with other
// words still aligns nothing.
func TestShortSentenceFigures(t *testing.T) {
	lead := "Flash floods swept through the Varna valley on Monday, officials said. "
	t.Run("same short sentence, other figure", func(t *testing.T) {
		st := checkTexts(t, lead+"Three people were still missing.", lead+"Five people were still missing.")
		wantDiscrepancy(t, st, []crosswire.DiscrepancyKind{crosswire.DiscNumber}, crosswire.SeverityHigh, "Three people", "Five people")
	})
	t.Run("one shared word among others", func(t *testing.T) {
		st := checkTexts(t, lead+"Three people were missing near the dam.", lead+"Rescuers said five people were missing in Orlen.")
		if ds := findDisc(st, crosswire.DiscNumber); len(ds) != 0 {
			t.Errorf("number discrepancies %+v; want none", ds)
		}
	})
}
