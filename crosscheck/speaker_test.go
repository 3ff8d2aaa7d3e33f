package crosscheck

import (
	"testing"

	"crosswire"
)

// TestQuoteSpeakerEntity: a story's quotation fact carries its speaker as
// written and the story entity the speaker names, so a consumer
// (attribution) knows who says it without reading the sentence again.
// Fictional text.
func TestQuoteSpeakerEntity(t *testing.T) {
	st := checkTexts(t,
		"Interior Minister Dana Keller said the port was shut. \"We will not pay any ransom,\" Keller said on Monday.",
		"\"We will not pay any ransom,\" Interior Minister Dana Keller told reporters on Monday.",
	)
	var keller string
	for _, e := range st.Entities {
		if e.Name == "Dana Keller" {
			keller = e.ID
		}
	}
	if keller == "" {
		t.Fatalf("no entity Dana Keller in %+v", st.Entities)
	}
	found := false
	for _, f := range st.Facts {
		if f.Kind != crosswire.KindQuote {
			continue
		}
		if f.Speaker == "" || f.SpeakerEntity != keller {
			t.Errorf("quote %q: speaker %q, entity %q; want Dana Keller's %s", f.Value, f.Speaker, f.SpeakerEntity, keller)
		}
		found = true
	}
	if !found {
		t.Fatal("no quotation fact")
	}
}
