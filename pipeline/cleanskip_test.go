package pipeline_test

import (
	"context"
	"testing"

	"crosswire"
	"crosswire/pipeline"
)

// TestCleanSkipReasons: a document the cleaner leaves nothing of is
// skipped with the reason alone; the skip names its source already
// (session 19 QA: "nbsp.txt: clean nbsp.txt: no article text").
func TestCleanSkipReasons(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"no-break spaces and a zero-width space", "\u00a0\u200b\n", "no article text"},
		{"punctuation only", "... — ...", "no article text"},
	}
	p := pipeline.New(quietLog())
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts, skips := p.Clean(context.Background(), []crosswire.Document{{Source: "desk/odd.txt", Body: tc.body}})
			if len(arts) != 0 || len(skips) != 1 || skips[0].Source != "desk/odd.txt" || skips[0].Reason != tc.want {
				t.Errorf("articles %d, skips %+v; want one skip of desk/odd.txt: %q", len(arts), skips, tc.want)
			}
		})
	}
}
