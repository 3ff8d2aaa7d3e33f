package group

import (
	"testing"
	"time"

	"crosswire"
)

// TestWireEvidence checks that the original's evidence says where
// cleaning read that it is agency copy: a transmission header (filing
// time, page, desk or priority) or its furniture alone.
func TestWireEvidence(t *testing.T) {
	filed := time.Date(2031, 3, 4, 16, 54, 0, 0, time.UTC)
	tests := []struct {
		name string
		w    *crosswire.Wire
		want string
	}{
		{"header with a filing time", &crosswire.Wire{Slug: "Harbour", Filed: &filed}, "read from its agency header"},
		{"continuation page", &crosswire.Wire{Slug: "Harbour", Page: 2}, "read from its agency header"},
		{"desk code", &crosswire.Wire{Slug: "Harbour", Desk: "NEWS"}, "read from its agency header"},
		{"priority code", &crosswire.Wire{Priority: "HHH", Agency: "Norpress"}, "read from its agency header"},
		{"dateline credit only", &crosswire.Wire{Agency: "Baltic Wire"}, "read from its agency credit, catchline or byline"},
		{"catchline only", &crosswire.Wire{Slug: "Harbour", Version: "new lead"}, "read from its agency credit, catchline or byline"},
	}
	for _, tc := range tests {
		if got := wireEvidence(tc.w); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}
