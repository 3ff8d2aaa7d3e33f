package facts_test

import (
	"context"
	"fmt"
	"time"

	"crosswire"
	"crosswire/facts"
)

func ExampleExtractor_Extract() {
	pub := time.Date(2024, 3, 15, 9, 0, 0, 0, time.UTC)
	a := &crosswire.Article{
		ID:        "a1",
		Published: &pub,
		Text: "Deputy Interior Minister Dana Keller said on Monday that more than 5,000 emails were stolen between 2017 and 2018.\n\n" +
			`"We did not detect the intrusion," Keller told reporters.`,
	}
	fs, err := facts.New().Extract(context.Background(), a)
	if err != nil {
		panic(err)
	}
	for _, f := range fs {
		fmt.Printf("%-6s %-32q %q\n", f.Kind, f.Span.Text, f.Value)
	}
	// Output:
	// person "Deputy Interior Minister Dana Keller" "Dana Keller"
	// date   "Monday"                         "2024-03-11"
	// number "more than 5,000 emails"         "more than 5000 email"
	// claim  "more than 5,000 emails were stolen" "steal more than 5000 email"
	// quote  "more than 5,000 emails were stolen between 2017 and 2018" "more than 5,000 emails were stolen between 2017 and 2018"
	// date   "between 2017 and 2018"          "2017–2018"
	// quote  "We did not detect the intrusion" "We did not detect the intrusion"
	// claim  "detect the intrusion"           "not detect intrusion"
	// person "Keller"                         "Dana Keller"
}

func ExampleLexicon_Opposed() {
	lex, err := facts.NewLexicon()
	if err != nil {
		panic(err)
	}
	fmt.Println(lex.Lemma("breached"), lex.Class("breach"), lex.Opposed("breach", "thwart"), lex.Opposed("breach", "hack"))
	// Output: breach intrude true false
}

func ExampleAliases() {
	a := &crosswire.Article{ID: "a2", Text: "The National Cyber Security Agency (NCSA) issued a warning."}
	fs, _ := facts.New().Extract(context.Background(), a)
	fmt.Println(facts.Aliases(fs))
	// Output: map[NCSA:National Cyber Security Agency]
}
