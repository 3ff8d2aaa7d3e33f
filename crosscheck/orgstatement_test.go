package crosscheck

import (
	"testing"

	"crosswire"
)

// TestOrgStatementAndQuote checks that an organisation's paraphrased
// statement and its chief's quoted words, two remarks that share one long
// noun phrase, are not one statement turned (fictional): the firm saying
// its own systems stayed secure is not its chief's "was breached" negated.
func TestOrgStatementAndQuote(t *testing.T) {
	a := `Norbank Travel said on Monday that the data of up to 20,000 customers may have been exposed. ` +
		`"It is deeply regrettable that our booking website, run for Norbank by an outside web design and hosting firm, was breached; we are working hard for every customer it touched," said Lena Morrow, the chief executive of Norbank Travel.`
	b := `Norbank Travel said on Monday that the data of up to 20,000 customers may have been exposed. ` +
		`Norbank Travel said that while its own computer systems stayed secure, there was a weakness in the booking website run for Norbank by an outside web design and hosting firm.`
	st := checkTexts(t, a, b)
	for _, d := range findDisc(st, crosswire.DiscQuote) {
		if d.Severity == crosswire.SeverityHigh || d.Severity == crosswire.SeverityMedium {
			t.Errorf("quote discrepancy %s %q between two remarks:%s", d.Severity, d.Subject, dump(st))
		}
	}
}
