package group

import (
	"testing"

	"crosswire"
)

// Fictional untitled reports (an archive kept without headlines): a
// couple's newborn, a paper's version of it that keeps the piece's list
// of other parents, and lone articles against that story.
var coreWhoArticles = []crosswire.Article{
	{ID: "w0", Text: "Singer Tamsin Rook and her husband Orrin Vale have named their newborn daughter Elowen, after a poet the singer read as a girl. " +
		"The baby was born at a clinic in Harrowgate on a quiet morning, and both parents were said to be doing well and delighted with the name. " +
		"Other parents have chosen names as rare: actor Bram Castellan called his son Fenwick, presenter Ludo Marchetti chose Saffi, and guitarist Rhys Okonkwo picked Juniper."},
	{ID: "w1", Text: "Tamsin Rook and Orrin Vale have called their baby girl Elowen, the name of a poet the singer loved when she was young. " +
		"The little girl arrived at a Harrowgate clinic and mother and daughter were both well, a spokesman for the couple said this afternoon. " +
		"The pair join actor Bram Castellan, presenter Ludo Marchetti and guitarist Rhys Okonkwo in picking unusual names for their children."},
	// another day's party brief: the list's names, none of the story's who
	{ID: "w2", Text: "Bram Castellan, Ludo Marchetti and guitarist Rhys Okonkwo were seen arriving at the premiere party tonight. " +
		"The director told reporters that the audience had loved the film."},
	// the story's page two: the father and the list
	{ID: "w3", Text: "Orrin Vale said the birth had been calm. Flowers came from Bram Castellan, Ludo Marchetti and Rhys Okonkwo, " +
		"and the couple hope to leave the clinic by the weekend."},
	// a brief of the story naming the couple only
	{ID: "w4", Text: "Tamsin Rook and Orrin Vale have a daughter, Elowen."},
}

// TestNamesLeadWho: a lone article joins a story by its core's names only
// when it shares a name with a member's lead — the story's who, not the
// list deep in its bodies.
func TestNamesLeadWho(t *testing.T) {
	ix, _ := partitionIndex(t, coreWhoArticles, nil)
	fps := make([]*Fingerprint, len(ix.leads))
	for i := range fps {
		fps[i] = &Fingerprint{ID: coreWhoArticles[i].ID, Anchors: ix.anchorList(uint32(i)), lead: ix.leads[i]}
	}
	roots := []uint32{0, 0, 2, 3, 4}
	c := buildCores(ix, fps, roots, make([]bool, len(fps)))
	k, ok := c.story[0]
	if !ok {
		t.Fatal("premise: no cored story")
	}
	for _, tc := range []struct {
		name string
		lone uint32
		want bool
	}{
		{"another day's brief naming only the list", 2, false},
		{"the story's page two naming the father", 3, true},
		{"a brief naming the couple", 4, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := c.namesLeadWho(ix, fps, tc.lone, k); got != tc.want {
				t.Errorf("namesLeadWho(%s) = %v; want %v", coreWhoArticles[tc.lone].ID, got, tc.want)
			}
		})
	}
}
