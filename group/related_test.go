package group

import (
	"slices"
	"testing"
	"time"

	"crosswire"
)

// TestRelatedStories: two reports of one affair three weeks apart (a
// closure, then its appeal hearing) stay two stories and name each other
// as related; an unrelated report is related to neither. Fictional text.
func TestRelatedStories(t *testing.T) {
	day := func(d int) *time.Time {
		x := time.Date(2031, 3, d, 9, 0, 0, 0, time.UTC)
		return &x
	}
	closure := "Harrowgate Mill in Pellworth will close in May with the loss of 240 jobs, its owner Brannock Textiles said on Monday. " +
		"Chief executive Dorothea Quill blamed the cost of energy and said the Pellworth site had lost 3.2 million pounds last year. " +
		"Councillor Amos Verity of Pellworth Council called the decision a betrayal of the town and asked Brannock Textiles to sell the mill instead. " +
		"The mill has spun wool on the River Lune since 1846."
	copyText := closure + " Staff were told at a meeting on the factory floor."
	hearing := "Workers at Harrowgate Mill took their fight against its closure to a tribunal in Lancaster on Tuesday. " +
		"Their union argued that Brannock Textiles had not consulted the 240 staff for the 45 days the law requires. " +
		"Dorothea Quill told the hearing the losses left no choice, and Amos Verity of Pellworth Council said a buyer had come forward. " +
		"The tribunal will rule in June; the mill is due to close in May."
	other := "The Arvale ferry will run twice a day again from April after the harbour at Coldmouth reopened, " +
		"the operator Saltire Crossings said. Repairs to the pier cost 1.8 million pounds and took eleven months."
	arts := []crosswire.Article{
		{ID: "a1", Title: "Harrowgate Mill to close with 240 jobs lost", Text: closure, Outlet: "Pellworth Gazette", Published: day(2)},
		{ID: "a2", Title: "Mill closure: 240 jobs go", Text: copyText, Outlet: "North Wire", Published: day(2)},
		{ID: "b1", Title: "Mill workers take closure fight to tribunal", Text: hearing, Outlet: "Pellworth Gazette", Published: day(24)},
		{ID: "c1", Title: "Arvale ferry to return", Text: other, Outlet: "Coast Post", Published: day(3)},
	}
	byArticle := storyOf(t, arts)
	a, b, c := byArticle["a1"], byArticle["b1"], byArticle["c1"]
	if byArticle["a2"].ID != a.ID {
		t.Fatalf("a1 and its copy a2 are in stories %s and %s", a.ID, byArticle["a2"].ID)
	}
	if a.ID == b.ID {
		t.Fatalf("the hearing three weeks later joined the closure's story %s", a.ID)
	}
	for _, tc := range []struct {
		name string
		s    crosswire.Story
		want []string
	}{
		{"closure", a, []string{b.ID}},
		{"hearing", b, []string{a.ID}},
		{"ferry", c, nil},
	} {
		if !slices.Equal(tc.s.Related, tc.want) {
			t.Errorf("%s: related %v, want %v", tc.name, tc.s.Related, tc.want)
		}
	}
}
