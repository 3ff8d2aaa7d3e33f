package crosscheck

import (
	"testing"

	"crosswire"
)

// TestMinisterSecretary checks that a portfolio's secretary is one of its
// ministers: "Culture Secretary" and "Culture minister" name one office
// (a secretary of state sits in government as a minister), while two
// portfolios, a bare "secretary" (a clerk as well as an office) and a
// rank dropped still conflict.
func TestMinisterSecretary(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want crosswire.Severity
	}{
		{"Culture Secretary", "Culture minister", ""},
		{"Foreign Minister", "foreign secretary", ""},
		{"Culture Secretary", "Finance Minister", crosswire.SeverityHigh},
		{"secretary", "minister", crosswire.SeverityHigh},
		{"Permanent Secretary", "Culture Minister", crosswire.SeverityHigh},
		{"Deputy Culture Minister", "Culture Secretary", crosswire.SeverityMedium},
	} {
		if got := roleConflict(c.a, c.b); got != c.want {
			t.Errorf("roleConflict(%q, %q) = %q, want %q", c.a, c.b, got, c.want)
		}
		if got := roleConflict(c.b, c.a); got != c.want {
			t.Errorf("roleConflict(%q, %q) = %q, want %q", c.b, c.a, got, c.want)
		}
	}
}
