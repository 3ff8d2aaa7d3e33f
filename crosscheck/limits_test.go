package crosscheck

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"crosswire"
)

// outsized builds one article of n sentences, each stating a figure of
// boats and naming a different invented person, with its facts.
func outsized(n int, breaks bool) (crosswire.Story, map[string][]crosswire.Fact) {
	var b strings.Builder
	var fs []crosswire.Fact
	sep := ". "
	if !breaks {
		sep = " and "
	}
	for i := range n {
		name := fmt.Sprintf("Ilsa Varn%c%c", 'a'+rune(i%26), 'a'+rune(i/26%26))
		s := fmt.Sprintf("%s said the harbour office counted ", name)
		start := b.Len()
		b.WriteString(s)
		fig := fmt.Sprintf("%d boats", 100+i)
		fs = append(fs,
			crosswire.Fact{Kind: crosswire.KindPerson, Value: name, Span: crosswire.Span{Start: start, End: start + len(name), Text: name},
				Entity: &crosswire.Entity{Name: name}},
			crosswire.Fact{Kind: crosswire.KindNumber, Value: fmt.Sprint(100 + i), Span: crosswire.Span{Start: b.Len(), End: b.Len() + len(fig), Text: fig},
				Number: &crosswire.Number{Low: float64(100 + i), High: float64(100 + i), Counted: "boats"}})
		b.WriteString(fig)
		b.WriteString(" in the north basin on Monday")
		b.WriteString(sep)
	}
	a := crosswire.Article{ID: "big", Hash: "big", Source: "big.txt", Language: "en", Text: b.String(), Role: crosswire.RoleOriginal}
	for i := range fs {
		fs[i].Span.Article = a.ID
	}
	return crosswire.Story{ID: "s-big", Articles: []crosswire.Article{a}}, map[string][]crosswire.Fact{a.ID: fs}
}

// TestCapsAreNoted: an article with more figures of one counted thing
// and more distinct names than the caps allow is analysed with bounded
// work, and the story's notes say what was not checked; a story under
// the caps has no notes.
func TestCapsAreNoted(t *testing.T) {
	tests := []struct {
		name      string
		n         int
		breaks    bool
		wantNotes []string
	}{
		{"small", 20, true, nil},
		{"outsized", 700, true, []string{"names not all resolved across their forms: 676 distinct name forms, over 600",
			"numbers of article big not all cross-checked internally: over 20000 pairs"}},
		{"outsized without sentence breaks", 700, false, []string{"names not all resolved", "numbers of article big not all cross-checked internally"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st, fs := outsized(tc.n, tc.breaks)
			if err := New().Check(context.Background(), &st, fs); err != nil {
				t.Fatal(err)
			}
			if len(st.Notes) != len(tc.wantNotes) {
				t.Fatalf("notes %q, want %d", st.Notes, len(tc.wantNotes))
			}
			for i, w := range tc.wantNotes {
				if !strings.HasPrefix(st.Notes[i], w) {
					t.Errorf("note %d = %q, want it to begin %q", i, st.Notes[i], w)
				}
			}
		})
	}
}

// cancelAfter is a context whose Err reports cancellation from its n-th
// call on: it ends in the middle of the work, where a loop looks.
type cancelAfter struct {
	context.Context
	calls, n int64
}

func (c *cancelAfter) Err() error {
	if atomic.AddInt64(&c.calls, 1) >= c.n {
		return context.Canceled
	}
	return nil
}
func (c *cancelAfter) Done() <-chan struct{}       { return nil }
func (c *cancelAfter) Deadline() (time.Time, bool) { return time.Time{}, false }

// TestLongStepsHonourContext: a context that ends while entity
// resolution runs on an outsized story stops that step (Ctrl-C and
// SIGTERM end a heavy analysis promptly), and Analyze says where.
func TestLongStepsHonourContext(t *testing.T) {
	st, fs := outsized(700, false)
	ctx := &cancelAfter{Context: context.Background(), n: 2} // 1: before the first step; 2: inside it
	_, err := New().Analyze(ctx, &st, fs)
	if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), ": entities: ") {
		t.Errorf("err = %v, want the cancellation reported from the entities step", err)
	}
}
