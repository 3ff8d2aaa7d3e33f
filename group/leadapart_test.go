package group

import (
	"testing"

	"crosswire"
)

// Fictional reports for whatUntold (leadapart.go): two stories of one
// firm's affair — the suit it filed and a later hearing on its bankruptcy —
// that name the same cast in their bodies and share only the firm's name in
// their headlines, and another report of the suit whose headline words the
// what otherwise but whose lead tells it.
var (
	waSuit = crosswire.Article{ID: "wa-suit", Title: "Norvane sues four rivals for damages",
		Text: `Mining group Norvane has sued four rival companies over the forced auction of its Kessel smelter, claiming damages before Judge Ilse Marrow in Ardmoor. ` +
			`The rivals named in the claim are Tolbrook, Varga Metals, Hestia Holdings and Pyle Partners. ` +
			`Norvane said the auction broke its contracts and asked that the rivals' assets be frozen. ` +
			`Tolbrook told the Daily Courier the claim had no merit, and the Bank of Eldor, which holds the smelter's loans, said nothing.`}
	waHearing = crosswire.Article{ID: "wa-hearing", Title: "Norvane bankruptcy outside foreign reach, panel hears",
		Text: `Authorities in Kessel need not obey foreign rulings on the bankruptcy of Norvane, a panel in Ardmoor heard on its second day. ` +
			`Legal scholar Omar Pettit of Okeford said no treaty bound Kessel to accept such rulings, while Norvane lawyers argued otherwise. ` +
			`Tolbrook was not represented. ` +
			`Judge Ilse Marrow will decide next month, after hearing officials from Tessaly, Orrin and Brenton.`}
	waSuitPaper = crosswire.Article{ID: "wa-suit-paper", Title: "Norvane takes Tolbrook and three others to court",
		Text: `Norvane has gone to court in Ardmoor against Tolbrook, Varga Metals, Hestia Holdings and Pyle Partners, claiming damages over the auction of its Kessel smelter. ` +
			`Judge Ilse Marrow will hear the claim, which Tolbrook called without merit. ` +
			`The mining group says the auction broke its contracts.`}
)

// waBackground is a background of fictional notes in the reports' language
// that never saw the affair's cast: a user's news of a subject the
// background does not know.
func waBackground() *Background {
	return notesBackground([]crosswire.Article{waSuit, waHearing, waSuitPaper}, []string{"Lake Merrow", "Daily Courier", "Bank of Eldor", "Hollis Street", "Tessaly", "Orrin", "Brenton", "Okeford", "Harlow", "Westfield"})
}

// TestWhatUntold groups the fictional reports as pairs with a background
// that never saw the cast: the suit and the hearing share the cast at an
// anchor cosine the pair rules join, and stay apart because their headlines
// share only the firm's name and neither lead tells the other headline's
// what; without headlines they join; the other report of the suit, whose
// headline shares no word with the first but whose lead tells its what
// ("court", "claiming damages"), joins; headlines sharing a what, a
// headline of names and function words only, and a title that writes
// nothing of its own text say nothing.
func TestWhatUntold(t *testing.T) {
	bg := waBackground()
	titled := func(a crosswire.Article, title string) crosswire.Article { a.Title = title; return a }
	for _, tc := range []struct {
		name  string
		a, b  crosswire.Article
		apart bool
		one   bool
	}{
		{"the suit and the hearing", waSuit, waHearing, true, false},
		{"the two without headlines", titled(waSuit, ""), titled(waHearing, ""), false, true},
		{"the suit told otherwise", waSuit, waSuitPaper, false, true},
		{"headlines sharing a what", waSuit, titled(waHearing, "Norvane rivals absent as panel hears bankruptcy case"), false, true},
		{"a headline of names only", waSuit, titled(waHearing, "Norvane, Kessel and Ardmoor"), false, true},
		{"a title that writes nothing of its text", waSuit, titled(waHearing, "Weekend reading list"), false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ix, ps, one := groupTwo(t, tc.a, tc.b, bg)
			if got := ix.whatUntold(0, 1); got != tc.apart {
				t.Errorf("whatUntold = %v, want %v (%+v)", got, tc.apart, ps)
			}
			if tc.apart && ix.headlinesApart(0, 1) {
				t.Errorf("headlinesApart: the headlines share a name, want it false")
			}
			if one != tc.one {
				t.Errorf("one story = %v, want %v (%+v)", one, tc.one, ps)
			}
		})
	}
}
