package facts

import (
	"fmt"
	"testing"

	"crosswire"
)

// TestGroupNamedAs checks that a name a researcher gives a group, in any
// tense and person of the naming verb ("a group they track as X", "a
// crew it tracks as X"), is a group like "a group known as X" (QA: a
// version naming the attacker this way lost the group). Fictional texts.
func TestGroupNamedAs(t *testing.T) {
	tests := []struct {
		name, text string
		kind       crosswire.FactKind
		value      string
	}{
		{"they track as", "Analysts at Fennick Labs blamed a group they track as Slate Owl for the theft.", crosswire.KindGroup, "Slate Owl"},
		{"it tracks as", "The firm said a crew it tracks as Amber Vole had run the phishing wave.", crosswire.KindGroup, "Amber Vole"},
		{"designated as", "The agency named a gang designated as Pale Ferret in its warning.", crosswire.KindGroup, "Pale Ferret"},
		{"known as still", "A hacking group known as Silent Heron claimed the attack.", crosswire.KindGroup, "Silent Heron"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := fmt.Sprintf("%s %q", tc.kind, tc.value)
			firstFact(t, extractText(t, tc.text, nil), want, func(f crosswire.Fact) bool {
				return f.Kind == tc.kind && f.Value == tc.value
			})
		})
	}
}

// TestNamedAsNotGroup checks that a naming verb alone makes no group: the
// name must follow a group noun ("a player they know as Tam Brody" names a
// person, not a gang).
func TestNamedAsNotGroup(t *testing.T) {
	fs := extractText(t, "Fans of the club cheered a striker they track as Tam Brody in every match.", nil)
	for _, f := range fs {
		if f.Kind == crosswire.KindGroup {
			t.Errorf("group %q from a name after a person noun", f.Value)
		}
	}
}
