package group

import (
	"testing"

	"crosswire"
)

// Fictional short reports for oneCastOneDay (occasion.go): two writers'
// accounts of one event name the same town, firm and site on the same
// weekday and tell every count, time and duration differently; two fires
// of one town on one day name two firms; a firm's fire and its plant's
// reopening name one cast on two days.
var (
	castFireA = crosswire.Article{ID: "oc1-fire-a", Title: "Fire destroys Kelby paint factory, 200 workers evacuated",
		Text: "A fire destroyed a paint factory in the Kelby industrial park on Monday, forcing the evacuation of 200 workers, the regional fire service said.\n\n" +
			"The blaze broke out at around 2 p.m. in a storage hall and took 60 firefighters more than six hours to bring under control. Three workers were treated for smoke inhalation.\n\n" +
			"The factory's owner, Torsa Coatings, said the cause was not yet known."}
	castFireB = crosswire.Article{ID: "oc1-fire-b", Title: "Kelby paint plant gutted by fire",
		Text: "Around 120 workers were evacuated when a fire gutted the Torsa Coatings paint plant at the Kelby industrial park on Monday.\n\n" +
			"The fire started at about 4 p.m. in a warehouse, and some 90 firefighters needed four hours to contain it, the fire service said. Five workers were taken to hospital with smoke inhalation.\n\n" +
			"Torsa Coatings said it did not yet know what caused the fire."}
	castFireOther = crosswire.Article{ID: "oc1-fire-other", Title: "Blaze hits Kelby bakery, staff sent home",
		Text: "A blaze damaged a bakery run by Mellin Foods in the Kelby industrial park on Monday, and 45 staff were sent home, the regional fire service said.\n\n" +
			"The fire began at around 9 a.m. near an oven line and 25 firefighters put it out within two hours. Nobody was hurt.\n\n" +
			"Mellin Foods said production would resume at its Dunstow site."}
	castReopen = crosswire.Article{ID: "oc1-reopen", Title: "Torsa Coatings reopens Kelby paint plant",
		Text: "Torsa Coatings reopened its paint plant in the Kelby industrial park on Thursday, eight months after a fire forced it to close, and took back 180 of its workers.\n\n" +
			"The rebuilt halls cost 14 million euros, managing director Alva Renholm said, and output should reach 70 percent by spring.\n\n" +
			"Renholm thanked the town of Kelby for its patience."}
	castReopenMonday = crosswire.Article{ID: "oc1-reopen-monday", Title: "Torsa Coatings reopens Kelby paint plant",
		Text: "Torsa Coatings reopened its paint plant in the Kelby industrial park on Monday, eight months after a fire forced it to close, and took back 180 of its workers.\n\n" +
			"The rebuilt halls cost 14 million euros, the firm said, and output should reach 70 percent by spring."}
	castCrashA = crosswire.Article{ID: "oc2-crash-a", Title: "Bus overturns near Harrowgate, 37 injured",
		Text: "A Velmar Lines coach overturned on the Harrowgate bypass on Friday, injuring 37 passengers, police said.\n\n" +
			"The coach was carrying 53 people at about 7.40 a.m. when it left the road on a bend. Four of the injured were in a serious condition, and the bypass was closed for five hours.\n\n" +
			"Velmar Lines said it was helping the police with their inquiries."}
	castCrashB = crosswire.Article{ID: "oc2-crash-b", Title: "Coach crash on Harrowgate bypass",
		Text: "Some 29 people were hurt when a Velmar Lines coach with 46 passengers on board rolled over on the Harrowgate bypass on Friday morning.\n\n" +
			"Police said the crash happened shortly after 8.15 a.m. Two of the injured were flown to hospital and the road stayed shut for three hours.\n\n" +
			"Velmar Lines said it would cooperate fully with the police."}
	castLeakA = crosswire.Article{ID: "oc3-leak-a", Title: "Chemical leak closes Ostrel school",
		Text: "A chlorine leak at the Brannock Water plant in Ostrel forced the closure of Fennick Hill Academy on Wednesday, and 340 pupils were sent home, officials said.\n\n" +
			"About 17 people complained of sore eyes. The leak was stopped after 95 minutes.\n\n" +
			"Brannock Water said a valve had failed."}
	castLeakB = crosswire.Article{ID: "oc3-leak-b", Title: "Chemical escape sends Ostrel pupils home",
		Text: "Nearly 385 pupils were sent home from Fennick Hill Academy in Ostrel on Wednesday after chlorine escaped from the Brannock Water plant, officials said.\n\n" +
			"Eleven people were checked for eye irritation and the escape was sealed within 70 minutes.\n\n" +
			"Brannock Water blamed a faulty valve."}
)

// TestOneCastOneDay groups fictional pairs with the shipped background,
// which never saw their names: two accounts of one event whose figures all
// drifted are one story when they name one cast on one day (the figures
// veto is asked, and oneCastOneDay keeps them); one leak whose names the
// background partly knows is one story without it; two events of one
// park on one day, and one firm's fire and reopening, where the veto is
// asked too, stay two and are not one cast on one day.
func TestOneCastOneDay(t *testing.T) {
	bg := DefaultBackground()
	for _, tc := range []struct {
		name   string
		a, b   crosswire.Article
		one    bool
		regime bool // unknown names and figures that disagree: the veto is asked
	}{
		{"one fire, every figure drifted", castFireA, castFireB, true, true},
		{"one coach crash, every figure drifted", castCrashA, castCrashB, true, true},
		{"one chemical leak, names partly known", castLeakA, castLeakB, true, false},
		{"two fires at two firms of one park on one day", castFireA, castFireOther, false, true},
		{"the other writer's fire and the other firm's", castFireB, castFireOther, false, true},
		{"a firm's fire and its plant's reopening", castFireA, castReopen, false, true},
		{"the other writer's fire and the reopening", castFireB, castReopen, false, true},
		{"a fire and a reopening on the same weekday, no one new", castFireA, castReopenMonday, false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ix, ps, got := groupTwo(t, tc.a, tc.b, bg)
			A, B := ix.full[0], ix.full[1]
			cast := ix.oneCastOneDay(0, 1, A, B)
			if got != tc.one {
				t.Errorf("one story = %v, want %v (shared %d, rare %d, cosine %.2f, one cast and day %v, another occasion %v)",
					got, tc.one, ps.shared, ps.rare, ps.cosine, cast, ps.occasionApart)
			}
			if regime := ix.subjectUnknown(A, B, &ps) && ix.figuresDisagree(A, B, &ps); regime != tc.regime {
				t.Errorf("fixture: unknown names with figures that disagree = %v, want %v", regime, tc.regime)
			}
			if !tc.one && cast {
				t.Errorf("one cast on one day, want two casts or two days")
			}
			if tc.one && tc.regime && !cast {
				t.Errorf("not one cast on one day, want one")
			}
		})
	}
}
