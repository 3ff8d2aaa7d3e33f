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
		`The parser kept reading past its buffer into memory that contained data from other users' requests.`
	b := `A fault in the Pellwick hosting firm's page parser leaked customer data for five days. ` +
		`Those who sent the most requests were the likeliest to have had their data exposed.`
	st := checkTexts(t, a, b)
	for _, d := range findDisc(st, crosswire.DiscOutcome) {
		t.Errorf("outcome discrepancy %s %q between a held thing and its leak:%s", d.Severity, d.Subject, dump(st))
	}
}
