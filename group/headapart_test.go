package group

import (
	"slices"
	"testing"
	"time"

	"crosswire"
)

// Fictional reports for headlinesApart (headapart.go): two stories of one
// club's week that name its whole cast in their bodies, a paper's
// rewrite of the first under its own headline, and the first again under
// a title that is not its headline.
var (
	haInjury = crosswire.Article{ID: "ha-injury", Title: "Brandt out of the cup tie with an ankle injury",
		Text: `Harbury Rovers striker Ilse Brandt will miss the cup tie against Castlebar United with an ankle injury, coach Arno Pell said at Kelby Park. ` +
			`Brandt was hurt in training, told the Daily Courier she felt the ankle go, and will see a specialist in Lake Merrow. ` +
			`Teo Saks is expected to replace her, and captain Nils Varro said the squad would cope. ` +
			`Pell said the injury was a blow but Rovers had cover in Saks and the young forward Oren Daly, signed from Brenton.`}
	haFine = crosswire.Article{ID: "ha-fine", Title: "Pell fined for touchline outburst",
		Text: `Harbury Rovers coach Arno Pell was fined by the league for a touchline outburst against the referee at Kelby Park. ` +
			`Pell had complained that Ilse Brandt was fouled before Castlebar United scored, and Teo Saks was booked for joining in. ` +
			`The league met at Hollis Street and heard from officials from Tessaly and Orrin. ` +
			`Pell said he accepted the fine, paid to the Bank of Eldor, and would not appeal.`}
	haInjuryPaper = crosswire.Article{ID: "ha-injury-paper", Title: "BLOW FOR ROVERS AS BRANDT MISSES CUP TIE",
		Text: `Ilse Brandt misses the cup tie with Castlebar United after hurting her ankle in training, Arno Pell confirmed at Kelby Park. ` +
			`The Harbury Rovers striker sees a specialist in Lake Merrow, and Teo Saks comes in. ` +
			`Captain Nils Varro said the squad would cope.`}
)

// haBackground is a background of fictional notes in the reports' language
// that never saw the club's cast, so every name of it is rare: a user's
// news of a subject the background does not know.
func haBackground() *Background {
	return notesBackground([]crosswire.Article{haInjury, haFine, haInjuryPaper}, []string{"Lake Merrow", "Daily Courier", "Bank of Eldor", "Hollis Street", "Tessaly", "Orrin", "Brenton", "Okeford", "Harlow", "Westfield"})
}

// TestHeadlinesApart groups the fictional reports as pairs with a
// background that never saw the club's cast: the two stories of its week
// share the cast at an anchor cosine the cosine rule joins and stay apart
// because their headlines share nothing; without headlines they join;
// the paper's rewrite, whose headline keeps the who and the what, joins;
// a title that writes nothing of its own text, a headline in a script
// whose words the terms leave out, two takes titled alike by the
// desk's catchline, and a headline of one word, of function words or of
// blanks say nothing; a headline mixing two scripts is read word by word.
func TestHeadlinesApart(t *testing.T) {
	bg := haBackground()
	noTitle := func(a crosswire.Article) crosswire.Article { a.Title = ""; return a }
	titled := func(a crosswire.Article, title string) crosswire.Article { a.Title = title; return a }
	filed := func(a crosswire.Article, slug, at string) crosswire.Article {
		when, err := time.Parse(time.RFC3339, at)
		if err != nil {
			t.Fatal(err)
		}
		a.Wire = &crosswire.Wire{Slug: slug, Desk: "SPORT", Page: 1, Agency: "Norpress", Filed: &when}
		return a
	}
	for _, tc := range []struct {
		name  string
		a, b  crosswire.Article
		apart bool
		one   bool
	}{
		{"two stories of one club's week", haInjury, haFine, true, false},
		{"the two stories without headlines", noTitle(haInjury), noTitle(haFine), false, true},
		{"a paper's rewrite under its own headline", haInjury, haInjuryPaper, false, true},
		// the words of the other story's body: weighed, but not this text's
		// headEventUntold (headevent.go) parts this pair and the function
		// words' one: the fine's report never writes the injury headline's
		// event ("cup tie", "ankle injury")
		{"a title that writes nothing of its text", haInjury, titled(haFine, "Young forward hurt"), false, false},
		{"a headline in CJK script", haInjury, titled(haFine, "Pell 因 touchline outburst 被罚款"), false, true},
		// too little to read: one word, function words, an empty title
		{"a headline of one word", haInjury, titled(haFine, "Fined"), false, true},
		{"a headline of function words only", haInjury, titled(haFine, "What now for the rest of us?"), false, false}, // headEventUntold parts it, as above
		{"a headline of blanks", haInjury, titled(haFine, "   "), false, true},
		// a headline in two scripts is read word by word: its who and
		// what still share nothing with the other story's
		{"a headline mixing Latin and Cyrillic", haInjury, titled(haFine, "Pell fined — тренер оштрафован for touchline outburst"), true, false},
		{"two takes under one catchline's first word", filed(haInjury, "Rovers", "2026-03-07T09:00:00Z"), filed(haFine, "Rovers Fine", "2026-03-07T13:00:00Z"), false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ix, ps, one := groupTwo(t, tc.a, tc.b, bg)
			if got := ix.headlinesApart(0, 1); got != tc.apart {
				t.Errorf("headlinesApart = %v, want %v (%+v)", got, tc.apart, ps)
			}
			if one != tc.one {
				t.Errorf("one story = %v, want %v (%+v)", one, tc.one, ps)
			}
		})
	}
}

// TestHeadWords reads fictional headlines as the rule does: lower case,
// possessives and apostrophes dropped, inner hyphens kept, and the stems of
// regular English inflections one key.
func TestHeadWords(t *testing.T) {
	var w headWords
	read := func(text string) (words []string, keys []uint64) {
		w.each(text, func(word []byte, _ bool, key uint64) {
			words = append(words, string(word))
			keys = append(keys, key)
		})
		return words, keys
	}
	words, _ := read("Brandt's late goal: Rovers' cup hopes don't fade — a 3-1 win, O'Dell says")
	want := []string{"brandt", "late", "goal", "rovers", "cup", "hopes", "dont", "fade", "a", "3-1", "win", "odell", "says"}
	if !slices.Equal(words, want) {
		t.Errorf("words = %q, want %q", words, want)
	}
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"hits", "hit", true},
		{"cities", "city", true},
		{"plans", "plan", true},
		{"matches", "match", true},
		{"warning", "warn", true},
		{"ruled", "rule", false}, // too short to strip: the stemmer errs towards two terms
		{"bass", "bas", false},
		{"bus", "bu", false},
		{"plan", "plane", false},
	} {
		_, ka := read(tc.a)
		_, kb := read(tc.b)
		if (ka[0] == kb[0]) != tc.same {
			t.Errorf("%q and %q one term = %v, want %v", tc.a, tc.b, ka[0] == kb[0], tc.same)
		}
	}
}
