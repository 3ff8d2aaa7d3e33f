package group

import (
	"strings"
	"testing"

	"crosswire"
)

// Fictional reports for personUntold (headperson.go): a club's chief
// playing down a winger's return and the winger's own word on it — one
// subject, one cast in the bodies, two whos — and a paper's version of the
// chief's story, which names the chief.
var (
	hpChief = crosswire.Article{ID: "hp-chief", Title: "Derwent denies Brandt cup return",
		Text: `Harbury Rovers chief executive Colm Derwent has played down reports that winger Tomas Brandt will return for the cup tie against Marlow Athletic at Kestle Park. ` +
			`"He started running on Friday, but we will wait and see," Derwent told the Daily Courier. ` +
			`Brandt broke his foot against Pelham Town in January and was expected to miss six weeks, but osteopath Lena Varga said Brandt could be fit for the Marlow Athletic game.`}
	hpWinger = crosswire.Article{ID: "hp-winger", Title: "Brandt plays down cup return",
		Text: `Injured Harbury Rovers winger Tomas Brandt puts his chance of facing Marlow Athletic in the cup at one in ten. ` +
			`The winger fractured a foot at Pelham Town last month; Kestle Park hosts the tie on Saturday. ` +
			`"It is not impossible, but I think the game comes too soon for me," the Rovers player said in an interview with the Daily Courier, crediting osteopath Lena Varga.`}
	hpChiefPaper = crosswire.Article{ID: "hp-chief-paper", Title: "Rovers chief cool on Brandt comeback",
		Text: `Colm Derwent, chief executive of Harbury Rovers, says winger Tomas Brandt is not yet ready for the cup tie with Marlow Athletic at Kestle Park. ` +
			`Brandt broke his foot against Pelham Town in January; osteopath Lena Varga had said he could play. ` +
			`"We will wait and see," Derwent told the Daily Courier.`}
)

// TestPersonUntold groups the fictional reports as pairs with a background
// that never saw the cast: the chief's story and the winger's share the
// cast at an anchor cosine the pair rules join, and stay apart because the
// chief's headline names a person the winger's report never writes; the
// paper's version of the chief's story names him and joins; without
// headlines, with the chief named in passing (or misspelt one letter
// off), with a headline name that is no person's surname (a first name, a
// place) the rule says nothing; against an untitled report, or with the
// headline in capitals, it reads the one headline.
func TestPersonUntold(t *testing.T) {
	bg := notesBackground([]crosswire.Article{hpChief, hpWinger, hpChiefPaper}, []string{"Lake Merrow", "Daily Courier", "Bank of Eldor", "Hollis Street", "Tessaly", "Orrin", "Brenton", "Okeford", "Harlow", "Westfield"})
	titled := func(a crosswire.Article, title string) crosswire.Article { a.Title = title; return a }
	passing := hpWinger
	passing.Text += ` His chief executive Colm Derwent has urged patience.`
	misspelt := hpWinger
	misspelt.Text += ` His chief executive Colm Derwint has urged patience.`
	for _, tc := range []struct {
		name  string
		a, b  crosswire.Article
		apart bool
		one   bool
	}{
		{"the chief and the winger", hpChief, hpWinger, true, false},
		{"the chief's story told otherwise", hpChief, hpChiefPaper, false, true},
		{"the two without headlines", titled(hpChief, ""), titled(hpWinger, ""), false, true},
		{"the chief named in passing", hpChief, passing, false, true},
		// a headline writing the person's first name, not the surname: a
		// body introduces a person by both, a headline keeps the surname
		{"a first name in the headline", titled(hpChief, "Colm denies Brandt cup return"), hpWinger, false, true},
		// a place the other report never writes is the setting, not the who
		{"a place the other never writes", titled(hpChief, "Brandt cup return doubt in Harbury"), titled(hpWinger, "Brandt plays down cup return"), false, true},
		// one headline: an article without a title (a paper's text as an
		// archive keeps it) still never names the chief
		{"the winger's report untitled", hpChief, titled(hpWinger, ""), true, false},
		{"the chief's headline in capitals", titled(hpChief, strings.ToUpper(hpChief.Title)), titled(hpWinger, ""), true, false},
		// a surname the other writes one letter off is written
		{"the chief's surname misspelt", hpChief, misspelt, false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.name == "a place the other never writes" {
				tc.b.Text = strings.ReplaceAll(tc.b.Text, "Harbury ", "")
			}
			ix, ps, one := groupTwo(t, tc.a, tc.b, bg)
			if got := ix.personUntold(0, 1); got != tc.apart {
				t.Errorf("personUntold = %v, want %v (%+v)", got, tc.apart, ps)
			}
			if one != tc.one {
				ok, ps2 := ix.verify(0, 1)
				t.Errorf("one story = %v, want %v (rule %s)", one, tc.one, joinRule(ok, &ps2))
			}
		})
	}
}
