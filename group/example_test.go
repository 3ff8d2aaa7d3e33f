package group_test

import (
	"context"
	"fmt"
	"time"

	"crosswire"
	"crosswire/group"
)

// fictional reports: a wire story, a reworded rewrite of it three hours
// later, and an unrelated story
var exampleArticles = []crosswire.Article{
	{ID: "wire", Published: at("2025-06-03T08:00:00Z"), Title: "Port of Vessburg closes after chemical spill",
		Text: `The Port of Vessburg closed on Tuesday after 4,200 litres of solvent leaked from the tanker Marla Quist, harbour master Ilse Brandvold said. "We will reopen when the water tests are clean," Brandvold told reporters. The Norland Coast Guard sent three vessels and 120 staff to contain the spill near Pier 7.`},
	{ID: "rewrite", Published: at("2025-06-03T11:00:00Z"), Title: "Vessburg harbour shut by solvent leak",
		Text: `Authorities shut the Port of Vessburg on Tuesday when roughly 4,200 litres of solvent escaped from the tanker Marla Quist, according to harbour master Ilse Brandvold. "We will reopen when the water tests are clean," Brandvold said. Three vessels and 120 personnel of the Norland Coast Guard were deployed near Pier 7.`},
	{ID: "other", Published: at("2025-06-06T09:00:00Z"), Title: "Lindhaven library wins design prize",
		Text: `The new public library in Lindhaven won the Aalborg Prize for civic architecture, its architect Teodor Saks said on Friday. The building, which opened in March, cost 31 million crowns and holds 260,000 books.`},
}

func at(s string) *time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return &t
}

// Group partitions a batch into stories and says how each version relates
// to its story's original.
func ExampleGrouper_Group() {
	stories, err := group.New(group.Options{}).Group(context.Background(), exampleArticles)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, st := range stories {
		for _, a := range st.Articles {
			fmt.Printf("%s: %s %s\n", st.Title, a.ID, a.Role)
		}
	}
	// Output:
	// Port of Vessburg closes after chemical spill: wire original
	// Port of Vessburg closes after chemical spill: rewrite rewrite
	// Lindhaven library wins design prize: other original
}

// An Index places each article on arrival: the rewrite joins the wire
// story by the names, numbers and quotation both keep. A story's ID is
// derived from its smallest article ID, so it is the same in any arrival
// order (and changes when a smaller ID joins).
func ExampleIndex() {
	ix := group.NewIndex(group.IndexOptions{})
	for _, a := range exampleArticles {
		if _, err := ix.Add(context.Background(), a); err != nil {
			fmt.Println(err)
			return
		}
	}
	wire, _ := ix.StoryOf("wire")
	rewrite, _ := ix.StoryOf("rewrite")
	other, _ := ix.StoryOf("other")
	fmt.Println(wire == rewrite, wire == other, wire == group.StoryID("rewrite"))
	// Output:
	// true false true
}
