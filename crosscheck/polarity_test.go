package crosscheck

import "testing"

func TestMeaningChange(t *testing.T) {
	cases := []struct {
		name    string
		a, b    string
		changed bool
	}{
		{"evaluation flipped", "This is an encouraging sign for the region", "This is an error for the region", true},
		{"negation added", "We will rebuild the bridge", "We will not rebuild the bridge", true},
		{"contracted negation", "We can win this", "We can't win this", true},
		{"negation kept in other words", "We will not leave a single family without a roof", "We will leave no family without a roof", false},
		{"prefix negation", "I am as happy as I have ever been", "I am as unhappy as I have ever been", true},
		{"antonym", "Prices will rise next year", "Prices will fall next year", true},
		{"synonym", "It is a big step for the town", "It is a large step for the town", false},
		// A garbled clause of a round trip pairs with nothing: the clause
		// it shares one word with already pairs with its own counterpart.
		{"garbled clause against a clause already paired", "We are grateful. it does not thank me making this. We thank everybody who made this film", "We are grateful. We thank everybody who made this film", false},
		{"negation in a clause paired one to one", "I cannot say much. I will rebuild the bridge", "I can't say much. I will not rebuild the bridge", true},
		{"whether or not", "Whether or not that is wise will depend on the weather", "Whether or no that it is wise will depend at the weather", false},
		{"a wonderful day against a dreadful one", "It has been a wonderful afternoon for the club", "It has been a dreadful afternoon for the club", true},
		{"terrible against fantastic", "The new stand looks fantastic from the pitch", "The new stand looks terrible from the pitch", true},
		{"quickly against slowly", "The crew acted quickly and calmly", "The crew acted slowly and nervously", true},
		{"early against late", "The ferry left port early on Tuesday", "The ferry left port late on Tuesday", true},
		{"suspended against continued", "It would suspend all work at the site", "Work at the site would continue", true},
		{"critical against stable", "Three of the survivors are in a critical condition", "Three survivors are in a stable condition", true},
		{"two words of praise", "It was a superb night for all of us", "It was a brilliant night for all of us", false},
		{"praise swapped for blame amid praise", "We have seen good data which benefits the stocks", "We have seen bad data which benefits the stocks", true},
		// A question states nothing; a rhetorical one states the opposite
		// of its form.
		{"a rhetorical question against its statement", "It is grand to be home - what better way to open the new harbour?", "I can't think of a better way to open the new harbour", false},
		{"a question alone", "What better way to open the new harbour?", "I can't think of a better way to open the new harbour", false},
		{"a negated question against a statement", "Isn't it a wonderful day for the town?", "It is a wonderful day for the town", false},
		{"a statement after a question still compared", "Why wait? We will not rebuild the bridge", "We will rebuild the bridge", true},
		// An elliptical clause of the other polarity answers the clause
		// before: the wording says both.
		{"a clause answered by an ellipsis", "We always said the timing wasn't right. Now it is - and the plan is ready", "Now the timing is right and the plan is ready", false},
		{"an ellipsis of the same polarity", "The timing wasn't right. It still isn't", "The timing was right", true},
		{"no ellipsis: a full clause after", "The timing wasn't right. Now it is too late", "The timing was right", true},
		// A negator grading a comparative says the highest degree.
		{"no better place against a fantastic one", "I love this town and there's no better place to open the festival", "I love this town and what a fantastic place to open the festival", false},
		{"could not be happier against delighted", "We could not be happier with the new stand", "We are delighted with the new stand", false},
		{"not better against fantastic", "The new stand is not better than the old one", "The new stand is fantastic, better than the old one", true},
		{"no danger against danger", "There is no danger to the harbour", "There is danger to the harbour", true},
		// "ever" after a superlative, "never" in its place (a machine
		// translation's one word for both): one wording (everlast.go).
		{"the coldest winter ever / never", "Last year brought the coldest winter the valley has ever known", "Last year brought the coldest winter the valley never has known", false},
		{"the biggest-ever / biggest-never", "Herring gave the harbour its biggest-ever catch in March", "Herring gave the harbour its biggest-never catch in March", false},
		{"the most stubborn goat we have ever kept", "Bella is the most stubborn goat we have ever kept on the farm", "Bella is the most stubborn goat never have kept on the farm", false},
		{"whoever has ever / never climbed", "Whoever has ever climbed the ridge knows the path", "Whoever never has climbed the ridge knows the path", true},
		{"a superlative's subject negated, no ever", "The biggest problem went away in the spring", "The biggest problem never went away in the spring", true},
		{"busier than ever / that never", "The ferry is now busier than ever with hikers", "The ferry is now more busy that never with hikers", false},
		{"a noun in -est is no superlative", "The interest we have ever had in the mill grew", "The interest never have had in the mill grew", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got, why := meaningChange(tc.a, tc.b); got != tc.changed {
				t.Errorf("meaningChange = %v (%s), want %v", got, why, tc.changed)
			}
		})
	}
}

func TestMeaningChangeSharedClauses(t *testing.T) {
	a := "One of them was hospitalised after experiencing a headache and has since been discharged."
	b := "One was hospitalised after experiencing a headache and has since been discharged. The other patient did not report any adverse reaction."
	if got, why := meaningChange(a, b); got {
		t.Errorf("extra sentence flagged as a meaning change (%s)", why)
	}
}
