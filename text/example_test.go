package text_test

import (
	"fmt"

	"crosswire"
	"crosswire/text"
)

// Sentences end at paragraph marks, wire copy's included, and not at a
// hard-wrap newline or an abbreviation.
func ExampleSentences() {
	raw := "Harbour master Ivo Brandt said the quay at Port Ellis would stay\nshut.<\n" +
		"\u0019``We take no risks,'' Mr. Brandt said.<\n"
	for _, s := range text.Sentences("a1", raw) {
		fmt.Printf("%d–%d %q\n", s.Start, s.End, s.Text)
	}
	// Output:
	// 0–70 "Harbour master Ivo Brandt said the quay at Port Ellis would stay\nshut."
	// 73–111 "``We take no risks,'' Mr. Brandt said."
}

// Of hands every stage the sentences cleaning computed, or computes them
// once for an article read from a store; a fact's sentence is found by
// its offset.
func ExampleOf() {
	a := &crosswire.Article{ID: "a1", Text: "The quay is shut. Workers left.\n\nCranes are checked."}
	sents := text.Of(a)
	fmt.Println(len(sents), sents[text.SentenceAt(sents, 20)].Text)
	// Output: 3 Workers left.
}

func ExampleNameKey() {
	fmt.Println(text.NameKey("the Ministry of Energy", true))
	fmt.Println(text.NameKey("Energy Ministry", true))
	fmt.Println(text.NameKey("Dr. Dana Keller", false))
	// Output:
	// energy ministry
	// energy ministry
	// dana keller
}
