package clean_test

import (
	"context"
	"fmt"

	"crosswire"
	"crosswire/clean"
)

func ExampleCleaner_Clean() {
	doc := crosswire.Document{
		Title: "Varn bridge reopens",
		Body: "VESSBURG, May 3 (Norpress) — The Varn bridge reopened on Tuesday after a nine-month repair, the council said.\n\n" +
			"Traffic returns\n\n" +
			"About 40,000 vehicles cross it every day (the bridge opened in 1961, editor's note). /NORPRESS\n\n" +
			"Follow us for daily crypto tips at https://t.me/example",
	}
	a, err := clean.New(clean.Options{}).Clean(context.Background(), doc)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Text)
	for _, sh := range a.Subheads {
		fmt.Printf("subhead at %d: %s\n", sh.Start, sh.Text)
	}
	for _, r := range a.Removed {
		fmt.Printf("%s, cut at %d: %s\n", r.Reason, r.Start, r.Text)
	}
	fmt.Println(a.Language)
	// Output:
	// The Varn bridge reopened on Tuesday after a nine-month repair, the council said.
	//
	// Traffic returns
	//
	// About 40,000 vehicles cross it every day.
	// subhead at 82: Traffic returns
	// dateline, cut at 0: VESSBURG, May 3 (Norpress) —
	// editor insert, cut at 139: (the bridge opened in 1961, editor's note)
	// agency tag, cut at 140: /NORPRESS
	// spam, cut at 140: Follow us for daily crypto tips at https://t.me/example
	// en
}
