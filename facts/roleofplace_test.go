package facts

import (
	"testing"

	"crosswire"
)

// TestRoleOfPlaceAppositive checks that a name after a title of a place
// in apposition ("the governor of Tarnel province, Ilse Gruber, said") is
// the person holding the title, not the place: the place noun ending the
// title ("province", "town") is the title's complement, and the name
// after its comma answers the title (fictional text). Typed a place,
// the name lost its role, and two versions giving the person two titles
// were never compared.
func TestRoleOfPlaceAppositive(t *testing.T) {
	for _, tc := range []struct {
		text, name, role string
	}{
		{"Floods have killed 23 people, the governor of Tarnel province, Ilse Gruber, said on Monday.", "Ilse Gruber", "governor of Tarnel province"},
		{"The governor of Tarnel province, Ilse Gruber, said floods had killed 23 people.", "Ilse Gruber", "governor of Tarnel province"},
		{"The bridge will reopen in spring, the mayor of the town, Karel Dunst, told reporters.", "Karel Dunst", "mayor of the town"},
		{"The bridge will reopen in spring, the mayor of Velmora, Karel Dunst, told reporters.", "Karel Dunst", "mayor of Velmora"},
	} {
		var got *crosswire.Fact
		for _, f := range extractText(t, tc.text, nil) {
			if f.Entity != nil && f.Entity.Name == tc.name {
				got = &f
				break
			}
		}
		if got == nil {
			t.Errorf("%q: no entity %q", tc.text, tc.name)
			continue
		}
		if got.Kind != crosswire.KindPerson || got.Entity.Role != tc.role {
			t.Errorf("%q: %s %q role %q, want person with role %q", tc.text, got.Kind, tc.name, got.Entity.Role, tc.role)
		}
	}
}
