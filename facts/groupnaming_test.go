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

// TestNamedAsNotGroup checks that a naming verb makes no group when no
// group noun comes before it ("a striker they track as X" names a person),
// and that "labelled as" is no naming of a group: an attack is labelled
// too (ransomware "labelled as X" names the malware, not its makers).
func TestNamedAsNotGroup(t *testing.T) {
	for _, text := range []string{
		"Fans of the club cheered a striker they track as Tam Brody in every match.",
		"Clinics in Norland were shut by ransomware that officials have labelled as Grey Tallow.",
	} {
		for _, f := range extractText(t, text, nil) {
			if f.Kind == crosswire.KindGroup {
				t.Errorf("group %q in %q", f.Value, text)
			}
		}
	}
}
