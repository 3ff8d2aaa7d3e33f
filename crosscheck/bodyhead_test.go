package crosscheck

import (
	"testing"

	"crosswire"
)

// TestGenericHeadOfNamedBody checks that a generic word for the head of
// a body (chief, head, boss, leader) agrees with the full title of that
// body's head when both name the body ("the Norland Tax Office's
// commissioner" / "NTO chief"), in either order, while a rank, two
// specific offices or a generic word that modifies another ("chief
// executive") still conflict.
func TestGenericHeadOfNamedBody(t *testing.T) {
	for _, c := range []struct {
		name, a, b string
		want       crosswire.Severity
	}{
		{"chief of the office is its commissioner", "NTO commissioner", "NTO chief", ""},
		{"dotted abbreviation", "N.T.O. commissioner", "NTO chief", ""},
		{"head of the office", "commissioner of the NTO", "head of the N.T.O.", ""},
		{"boss of the club is its manager", "Vellby Rovers manager", "Vellby Rovers boss", ""},
		{"leader of the council is its mayor", "Lornby mayor", "Lornby leader", ""},
		// a deputy is one of several: only the head of a body is read from a generic word
		{"deputy chief and deputy commissioner", "NTO deputy commissioner", "NTO deputy chief", crosswire.SeverityHigh},
		{"chief is not a campaign manager", "chief", "campaign manager", crosswire.SeverityHigh},
		{"head is not a Director of Communications", "head", "Director of Communications", crosswire.SeverityHigh},
		{"bare chief and a named body's commissioner", "chief", "N.T.O. commissioner", ""},
		{"chief is not a deputy commissioner", "NTO deputy commissioner", "NTO chief", crosswire.SeverityHigh},
		{"commissioner and deputy commissioner", "NTO commissioner", "NTO deputy commissioner", crosswire.SeverityMedium},
		{"chair is not a chief executive", "Norbank chairman", "Norbank chief executive", crosswire.SeverityHigh},
		{"minister is not a secretary of state", "minister", "secretary of state", crosswire.SeverityHigh},
		{"chief executive is not an executive director", "Norbank chief executive", "Norbank executive director", crosswire.SeverityHigh},
		{"chief of another body", "NTO commissioner", "Lornby police chief", crosswire.SeverityHigh},
		{"chief is not a spokesperson", "NTO spokesman", "NTO chief", crosswire.SeverityHigh},
		{"two specific offices of one body", "NTO commissioner", "NTO director", crosswire.SeverityHigh},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := roleConflict(c.a, c.b); got != c.want {
				t.Errorf("roleConflict(%q, %q) = %q, want %q", c.a, c.b, got, c.want)
			}
			if got := roleConflict(c.b, c.a); got != c.want {
				t.Errorf("roleConflict(%q, %q) = %q, want %q", c.b, c.a, got, c.want)
			}
		})
	}
}

// TestGenericHeadOfNamedBodyVersions checks on fictional versions of one
// story that a person given his office's full title in one and called the
// body's chief in the other is no role discrepancy, in either order,
// while a deputy's title against the full title still is.
func TestGenericHeadOfNamedBodyVersions(t *testing.T) {
	const full = `Pell Harrow, the N.T.O. commissioner, told a hearing of the Norland Senate budget committee on Tuesday that 4,000 filers had been warned about the forged returns.`
	for _, c := range []struct {
		name, a, b string
		want       int
	}{
		{"full title then chief", full,
			`NTO chief Pell Harrow told the Norland Senate budget committee on Tuesday that 4,000 filers had been warned about the forged returns.`, 0},
		{"chief then full title",
			`NTO chief Pell Harrow told the Norland Senate budget committee on Tuesday that 4,000 filers had been warned about the forged returns.`, full, 0},
		{"full title then deputy", full,
			`NTO deputy commissioner Pell Harrow told the Norland Senate budget committee on Tuesday that 4,000 filers had been warned about the forged returns.`, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			st := checkTexts(t, c.a, c.b)
			if got := len(findDisc(st, crosswire.DiscRole)); got != c.want {
				t.Errorf("role discrepancies = %d, want %d:%s", got, c.want, dump(st))
			}
		})
	}
}
