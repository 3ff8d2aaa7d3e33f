package group

import (
	"testing"

	"crosswire"
)

// TestDocText: one reading of an article's words serves the word rules
// (mark, writesAny), the person rules' misspelling (the text only, any
// capitalised word) and the template rule's (headline and text, words
// without digits, a lead word written as it is told). Fictional text.
func TestDocText(t *testing.T) {
	art := crosswire.Article{
		Title: "Harbour pilot Brennick honoured",
		Text: "The harbour board of Varnholm gave its medal to Ola Brennik on Tuesday. " +
			"Brennik guided the ferry Kestral into port. The berth B12x was closed.",
	}
	d := readText(&art, nil)
	// the text's words, not the headline's: "honoured" is the headline's
	var w headWords
	key := func(word string) uint64 {
		var k uint64
		w.each(word, func(_ []byte, _ bool, h uint64) { k = h })
		return k
	}
	var told [fewHeadTerms]bool
	d.mark([]uint64{key("ferry"), key("honoured"), key("guides")}, &told)
	if !told[0] || told[1] || told[2] {
		t.Errorf("mark(ferry, honoured, guides) = %v; want the text's word only", told[:3])
	}
	if !d.writesAny([]uint64{key("honoured"), key("medal")}) || d.writesAny([]uint64{key("honoured")}) {
		t.Error("writesAny: want the text's medal, not the headline's honoured")
	}
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"brennick", true},  // the text's Brennik, one letter off
		{"brennik", false},  // written as it is: not misspelt
		{"kestrel", true},   // the text's Kestral
		{"harbor", false},   // harbour is capitalised in the headline only
		{"b12xy", true},     // a capitalised word with a digit counts here
		{"ola", false},      // shorter than four letters
		{"vornholm", true},  // Varnholm
		{"wharfage", false}, // nothing near it
	} {
		if got := d.writesMisspelt(tc.name); got != tc.want {
			t.Errorf("writesMisspelt(%q) = %v; want %v", tc.name, got, tc.want)
		}
	}
	// the template rule: the other's lead names against this article's
	// capitalised words, headline included, digits left out
	for _, tc := range []struct {
		lead []string
		want bool
	}{
		{[]string{"harbor"}, true},    // the headline's Harbour
		{[]string{"brennick"}, false}, // written as it is (headline)
		{[]string{"b12xy"}, false},    // the word with a digit does not count
		{[]string{"kestrel"}, true},
		{[]string{"ola", "wharfage"}, false},
	} {
		o := docText{lead: tc.lead}
		if got := o.leadMisspeltIn(&d); got != tc.want {
			t.Errorf("leadMisspeltIn(%v) = %v; want %v", tc.lead, got, tc.want)
		}
	}
}
