package sqlite_test

import (
	"context"
	"fmt"
	"log"

	"crosswire"
	"crosswire/sqlite"
)

func ExampleOpen() {
	ctx := context.Background()
	store, err := sqlite.Open(ctx, ":memory:") // or a file name: "crosswire.db"
	if err != nil {
		log.Fatal(err)
	}
	defer store.Close()

	wire := crosswire.Article{ID: "a1", Hash: "h1", Title: "Dam opens", Outlet: "Wire",
		Text: "The Tarsk dam opened on Monday."}
	for range 2 { // storing the same content twice stores it once
		id, created, err := store.PutArticle(ctx, wire)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(id, created)
	}

	wire.Role = crosswire.RoleOriginal
	if err := store.ReplaceStories(ctx, []crosswire.Story{{ID: "s1", Title: "Tarsk dam", Articles: []crosswire.Article{wire}}}); err != nil {
		log.Fatal(err)
	}
	list, err := store.Stories(ctx, crosswire.StoryFilter{Query: "monday"})
	if err != nil {
		log.Fatal(err)
	}
	for _, s := range list {
		fmt.Println(s.ID, s.Title, s.ArticleCount, s.Outlets)
	}
	// Output:
	// a1 true
	// a1 false
	// s1 Tarsk dam 1 [Wire]
}
