package group

import (
	"slices"
	"testing"

	"github.com/cespare/xxhash/v2"

	"crosswire"
)

// startNameBackground is a background of fictional articles: one writes
// the harbour master Odile Brennick in full mid-sentence, one writes
// "gutted" in lower case and "Quillon" only where a sentence starts.
func startNameBackground() *Background {
	bb := NewBackgroundBuilder()
	bb.Add(&crosswire.Article{ID: "bg1", Title: "Harbour reopens", Text: "The harbour master Odile Brennick said the quay would reopen on Monday after the storm."})
	bb.Add(&crosswire.Article{ID: "bg2", Title: "Fishing fleet idle", Text: "Crews were gutted by the closure. Quillon boats stayed in port all week."})
	return bb.Background("fictional")
}

func hasName(f *Fingerprint, word string) bool {
	return slices.Contains(f.Anchors, anchorFPHash(anchorName, xxhash.Sum64String(word)))
}

func TestStartNames(t *testing.T) {
	bg := startNameBackground()
	cases := []struct {
		name  string
		title string
		text  string
		word  string
		plain bool
		want  bool
	}{
		// a page 2 naming its subject only where sentences start
		{name: "untitled surname", text: "Brennick said today the quay would stay shut. Brennick added that the crane was safe.", word: "brennick", want: true},
		// the same body under a headline: the headline and lead name the
		// subject; a sentence-initial word stays a common word
		{name: "titled", title: "Quay to stay shut", text: "Brennick said today the quay would stay shut.", word: "brennick", want: false},
		// the background writes it in lower case: a common word
		{name: "lower case in background", text: "Gutted was the word the skipper used for the week.", word: "gutted", want: false},
		// the background writes it only at sentence starts: not a name it knows
		{name: "never a name in background", text: "Quillon crews met the mayor on the quay.", word: "quillon", want: false},
		// the text itself writes it in lower case
		{name: "lower case in text", text: "Brennick said the quay was shut. The brennick clause was cited.", word: "brennick", want: false},
		// a background's builder reads texts without the rule
		{name: "plain reader", text: "Brennick said today the quay would stay shut.", word: "brennick", plain: true, want: false},
		// a word never sentence-initial is a name as before
		{name: "mid-sentence", text: "The quay will stay shut, Brennick said.", word: "brennick", want: true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := scratch{nameSource: bg, plain: tc.plain}
			f := s.fingerprint(&crosswire.Article{ID: "x", Title: tc.title, Text: tc.text})
			if got := hasName(f, tc.word); got != tc.want {
				t.Errorf("%q: name anchor %q = %v, want %v", tc.text, tc.word, got, tc.want)
			}
		})
	}
}

// TestStartNamesSharedWithFullName checks the pair the rule is for: a
// first take writing the subject's full name and an untitled page 2
// naming him by surname at sentence starts share the surname's anchor,
// and a background built from the two reads them as it did before the rule.
func TestStartNamesSharedWithFullName(t *testing.T) {
	bg := startNameBackground()
	first := crosswire.Article{ID: "take1", Title: "Harbour master shuts quay", Text: "The harbour master Odile Brennick shut the north quay today after a crane failed."}
	page2 := crosswire.Article{ID: "take2", Text: "Brennick said the crane had been inspected in the spring. Brennick added that no one was hurt."}
	s := scratch{nameSource: bg}
	f1 := s.fingerprint(&first)
	f2 := s.fingerprint(&page2)
	x := anchorFPHash(anchorName, xxhash.Sum64String("brennick"))
	if !slices.Contains(f1.Anchors, x) || !slices.Contains(f2.Anchors, x) {
		t.Fatalf("surname not shared: first take %v, page 2 %v", slices.Contains(f1.Anchors, x), slices.Contains(f2.Anchors, x))
	}
	if !slices.Contains(f2.lead.anchors, x) {
		t.Errorf("page 2's lead lacks the surname it opens with")
	}
	bb := NewBackgroundBuilder()
	bb.Add(&page2)
	if got := bb.Background("pages").AnchorDF(x); got != 0 {
		t.Errorf("builder counted the sentence-initial surname (df %d); its counts must not depend on a background", got)
	}
}
