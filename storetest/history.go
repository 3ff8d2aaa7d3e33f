package storetest

import (
	"context"
	"strings"
	"testing"
	"time"

	"crosswire"
	"crosswire/internal/sqlstore"
)

// HistoryStore is a store whose retired story memberships a test can age:
// Age moves the retirement time of every retired story_history row back
// by d, as if they had been retired d earlier.
type HistoryStore interface {
	crosswire.Store
	Age(t *testing.T, d time.Duration)
}

// HistoryRetention checks that story_history stays bounded: an id
// replaced within the retention still leads to its successors, one
// replaced longer ago is forgotten by the next story write (and then
// leads nowhere), and the memberships of current stories are never
// pruned, however old.
func HistoryRetention(t *testing.T, open func(t *testing.T) HistoryStore) {
	ctx := context.Background()
	s := open(t)
	t.Cleanup(func() { s.Close() })
	a, b, c := article("r1", "Harbor Post"), article("r2", "Valley Times"), article("r3", "Coast Courier")
	for _, x := range []crosswire.Article{a, b, c} {
		mustPut(t, s, x)
	}
	successors := func(id string) string {
		t.Helper()
		got, err := s.Successors(ctx, id)
		if err != nil {
			t.Fatalf("Successors(%s): %v", id, err)
		}
		return strings.Join(got, ",")
	}
	put := func(changed []crosswire.Story, removed ...string) {
		t.Helper()
		if err := s.PutStories(ctx, changed, removed); err != nil {
			t.Fatal(err)
		}
	}
	put([]crosswire.Story{story("old-a", "Pier", a), story("kept-c", "Dam", c)})
	put([]crosswire.Story{story("new-ab", "Pier", a, b)}, "old-a")
	// old-a retired long ago; kept-c is current and as old.
	s.Age(t, sqlstore.HistoryRetention+24*time.Hour)
	// A split: new-ab retires now, and the write prunes old-a.
	put([]crosswire.Story{story("new-a", "Pier", a), story("mid-b", "Bridge", b)}, "new-ab")
	tests := []struct {
		name, id, want string
	}{
		{"retired longer ago than the retention: forgotten", "old-a", ""},
		{"retired just now: still leads on", "new-ab", "mid-b,new-a"},
		{"current story, however old: kept", "kept-c", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := successors(tc.id); got != tc.want {
				t.Errorf("Successors(%s) = %q, want %q", tc.id, got, tc.want)
			}
		})
	}
	// kept-c's membership survived the prune: when it is replaced, its id
	// still leads to its successor.
	put([]crosswire.Story{story("next-c", "Dam", c)}, "kept-c")
	if got := successors("kept-c"); got != "next-c" {
		t.Errorf("Successors(kept-c) after replacing it = %q, want next-c", got)
	}
}
