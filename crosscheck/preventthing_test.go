package crosscheck

import (
	"testing"

	"crosswire"
)

// TestHeldNotPrevented checks that a verb of preventing whose object is a
// plain thing is no outcome opposed to that thing's leak (fictional): the
// memory that "contained" customers' data held it, and that data
// "exposed" agrees with it.
func TestHeldNotPrevented(t *testing.T) {
	a := `A fault in the Pellwick hosting firm's page parser leaked customer data for five days. ` +
		`The parser kept reading from nearby memory, which contained data from other customers' requests.`
	b := `A fault in the Pellwick hosting firm's page parser leaked customer data for five days. ` +
		`The customers most at risk of having their data exposed were those who sent the most requests.`
	st := checkTexts(t, a, b)
	for _, d := range findDisc(st, crosswire.DiscOutcome) {
		t.Errorf("outcome discrepancy %s %q between a held thing and its leak:%s", d.Severity, d.Subject, dump(st))
	}
}
