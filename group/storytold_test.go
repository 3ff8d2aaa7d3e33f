package group

import (
	"context"
	"strings"
	"testing"

	"crosswire"
)

// A fictional rescue told by an agency's take and a paper's rewrite, and a
// page that retells part of each: of its background-rare words the take
// holds four (the crew, the vessel, the harbour), under half of their
// weight, and the rewrite three others (the weather, the sea).
const (
	storyToldTakeTitle = "Two fishermen saved off Kessan Point"
	storyToldTake      = "Two fishermen were rescued at dawn today after their vessel lost power off Kessan Point, the Brannock Bay lifeguard service said. " +
		"The skipper, Tomas Adair, 52, and a crewman, Eoin Farrelly, 23, had spent the night aboard after the engine failed eleven miles from the harbour. " +
		"A rescue team from Port Ellery reached them in the morning. " +
		"Both men were taken to Ardglass General Hospital. " +
		"Their families had raised the alarm with the Brannock Bay service."
	storyToldRewriteTitle = "Fishermen brought ashore at Port Ellery"
	storyToldRewrite      = "Tomas Adair and Eoin Farrelly were brought ashore at Port Ellery today, the Brannock Bay lifeguard service said, hours after their engine failed off Kessan Point. " +
		"The weather had eased by then and the sea was calm enough for a rescue team to come alongside. " +
		"Both men, 52 and 23, were taken to Ardglass General Hospital, where their families joined them."
)

// TestRetoldByStoryJoinsLoneArticle: the page (retoldPage) joins the story
// of the take and the rewrite, which together retell its rare words
// (retold.go); with the take alone, which holds under half of their
// weight, it stays apart, as it does with another place named.
func TestRetoldByStoryJoinsLoneArticle(t *testing.T) {
	if DefaultBackground().empty() {
		t.Skip("no shipped background")
	}
	take := crosswire.Article{ID: "take", Title: storyToldTakeTitle, Text: storyToldTake}
	rewrite := crosswire.Article{ID: "rewrite", Title: storyToldRewriteTitle, Text: storyToldRewrite}
	page := crosswire.Article{ID: "page", Text: retoldPage}
	other := page
	other.Text = strings.ReplaceAll(retoldPage, "Kessan Point", "Morrow Head")
	tests := []struct {
		name   string
		arts   []crosswire.Article
		joined bool
	}{
		{"the take and the rewrite", []crosswire.Article{take, rewrite, page}, true},
		{"the take alone", []crosswire.Article{take, page}, false},
		{"another place named", []crosswire.Article{take, rewrite, other}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cl, err := New(Options{}).Partition(context.Background(), tc.arts)
			if err != nil {
				t.Fatal(err)
			}
			last := len(tc.arts) - 1
			if len(tc.arts) == 3 && cl.StoryOf[0] != cl.StoryOf[1] {
				t.Fatalf("the take and the rewrite apart")
			}
			if got := cl.StoryOf[0] == cl.StoryOf[last]; got != tc.joined {
				t.Errorf("page with the story %v; want %v", got, tc.joined)
			}
		})
	}
}
