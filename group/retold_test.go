package group

import (
	"context"
	"strings"
	"testing"

	"crosswire"
)

// A fictional rescue told by an agency's first take and its page 2, sent
// as plain text: the page names the place only, and retells the take's
// account in the take's own ordinary words.
const (
	retoldTakeTitle = "Two fishermen saved off Kessan Point"
	retoldTakeText  = "Two fishermen were rescued at dawn today after their boat lost power in heavy seas off Kessan Point, the Brannock Bay lifeguard service said. " +
		"The skipper, Tomas Adair, 52, and a crewman, Eoin Farrelly, 23, had spent the night aboard the vessel after its engine failed eleven miles from the harbour. " +
		"A rescue team from Port Ellery reached them once the weather eased and the sea was calm enough to come alongside. " +
		"Both men were taken to Ardglass General Hospital, where they were said to be stable. " +
		"Their families had raised the alarm with the Brannock Bay service when the boat failed to return."
	// the page: Kessan Point is the one name it shares with the take
	retoldPage = "The skipper told rescuers the crewman had kept watch through the night while the vessel drifted towards Kessan Point. " +
		"By the time the boat was towed into the harbour the weather had turned and the sea was calm, a lifeguard said. " +
		"He said both were stable."
)

// TestRetoldWordsJoinLoneArticle: the page joins the take's story on the
// background-rare words it retells (retold.go); with those words put in
// other ones, or with the place it shares named otherwise, it stays apart.
func TestRetoldWordsJoinLoneArticle(t *testing.T) {
	bg := DefaultBackground()
	if bg.empty() {
		t.Skip("no shipped background")
	}
	// the fixture's words are rare by the shipped background, as the rule
	// reads them: in at least one and at most retoldWordFraction of its
	// articles
	maxDF := int(retoldWordFraction * float64(bg.Docs))
	s := scratchPool.Get().(*scratch)
	rare := 0
	for _, w := range []string{"skipper", "crewman", "vessel", "boat", "harbour", "weather", "sea", "calm", "stable"} {
		toks := s.appendTokens(nil, w)
		if df := bg.WordDF(uint32(toks[0].hash)); df >= 1 && df <= maxDF {
			rare++
		}
	}
	if rare < 2*MinRetoldWords {
		t.Fatalf("only %d of the fixture's words are rare by the shipped background", rare)
	}
	plain := strings.NewReplacer("skipper", "captain", "crewman", "young man", "vessel", "craft", "boat", "craft",
		"harbour", "port", "weather", "wind", "sea", "water", "calm", "still", "stable", "well").Replace(retoldPage)
	tests := []struct {
		name   string
		page   string
		joined bool
	}{
		{"the take's rare words retold", retoldPage, true},
		{"the same account in other words", plain, false},
		{"the words retold, another place named", strings.ReplaceAll(retoldPage, "Kessan Point", "Morrow Head"), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := []crosswire.Article{
				{ID: "take", Title: retoldTakeTitle, Text: retoldTakeText},
				{ID: "page", Text: tc.page},
			}
			cl, err := New(Options{}).Partition(context.Background(), arts)
			if err != nil {
				t.Fatal(err)
			}
			if got := cl.StoryOf[0] == cl.StoryOf[1]; got != tc.joined {
				t.Errorf("one story %v; want %v", got, tc.joined)
			}
		})
	}
}
