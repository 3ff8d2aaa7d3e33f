package feed

import (
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// itemLines counts the item lines in the feed state file at path.
func itemLines(path string) int {
	data, _ := os.ReadFile(path)
	return strings.Count(string(data), `"guid":`)
}

// TestStateFile checks the feed state file: marks survive a reopen, a line
// torn by a crash is ignored and does not swallow the next mark, and
// nothing is written for an item already marked.
func TestStateFile(t *testing.T) {
	const feedURL = "https://gazette.example/rss.xml"
	tests := []struct {
		name     string
		existing string
		wantSeen []string
		wantNot  []string
	}{
		{"new file", "", nil, []string{"g1"}},
		{"kept marks", `{"feed":"` + feedURL + `","guid":"g1","seen":"2026-03-03T08:00:00Z"}` + "\n", []string{"g1"}, []string{"g2"}},
		{"torn last line", `{"feed":"` + feedURL + `","guid":"g1","seen":"2026-03-03T08:00:00Z"}` + "\n" + `{"feed":"` + feedURL + `","gu`,
			[]string{"g1"}, []string{"g2"}},
		{"other feed", `{"feed":"https://courier.example/atom.xml","guid":"g1","seen":"2026-03-03T08:00:00Z"}` + "\n", nil, []string{"g1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := t.Context()
			path := filepath.Join(t.TempDir(), "news.db"+StateFileSuffix)
			if tt.existing != "" {
				if err := os.WriteFile(path, []byte(tt.existing), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			s, err := OpenStateFile(path, slog.New(slog.DiscardHandler))
			if err != nil {
				t.Fatal(err)
			}
			for _, g := range tt.wantSeen {
				if ok, _ := s.Seen(ctx, feedURL, g); !ok {
					t.Errorf("%s not seen", g)
				}
			}
			for _, g := range tt.wantNot {
				if ok, _ := s.Seen(ctx, feedURL, g); ok {
					t.Errorf("%s seen", g)
				}
			}
			for range 2 {
				if err := s.MarkSeen(ctx, feedURL, "g9"); err != nil {
					t.Fatal(err)
				}
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			data, _ := os.ReadFile(path)
			if n := strings.Count(string(data), `"guid":"g9"`); n != 1 {
				t.Errorf("g9 written %d times:\n%s", n, data)
			}
			again, err := OpenStateFile(path, slog.New(slog.DiscardHandler))
			if err != nil {
				t.Fatal(err)
			}
			defer again.Close()
			for _, g := range append(tt.wantSeen, "g9") {
				if ok, _ := again.Seen(ctx, feedURL, g); !ok {
					t.Errorf("after reopening, %s not seen:\n%s", g, data)
				}
			}
		})
	}
}

// stateItem and stateValidators render lines of a feed state file.
func stateItem(feedURL, guid string) string {
	return `{"feed":"` + feedURL + `","guid":"` + guid + `","seen":"2026-03-03T08:00:00Z"}` + "\n"
}

func stateValidators(feedURL, etag string) string {
	return `{"feed":"` + feedURL + `","validators":{"etag":"` + etag + `"},"saved":"2026-03-03T08:00:00Z"}` + "\n"
}

// TestStateFileCompaction opens state files holding superseded lines with
// small bounds (3 items a feed; a rewrite once 2 lines are superseded and
// they are at least half the file): due files are rewritten with the live
// lines only, keeping their permissions; others are left as they are; and
// only the newest items of a feed are remembered either way.
func TestStateFileCompaction(t *testing.T) {
	const a, b = "https://gazette.example/rss.xml", "https://courier.example/atom.xml"
	items := func(feedURL string, guids ...string) string {
		var sb strings.Builder
		for _, g := range guids {
			sb.WriteString(stateItem(feedURL, g))
		}
		return sb.String()
	}
	tests := []struct {
		name      string
		existing  string
		wantFile  string // "" means unchanged
		wantSeen  map[string][]string
		wantNot   map[string][]string
		wantETags map[string]string
	}{
		{"repeated marks", items(a, "g1", "g1", "g1", "g2"), items(a, "g1", "g2"),
			map[string][]string{a: {"g1", "g2"}}, nil, nil},
		{"few superseded lines left as they are", items(a, "g1", "g1", "g2", "g3"), "",
			map[string][]string{a: {"g1", "g2", "g3"}}, nil, nil},
		{"replaced validators", stateValidators(a, "v1") + stateValidators(a, "v2") + items(a, "g1") + stateValidators(a, "v3"),
			items(a, "g1") + stateValidators(a, "v3"),
			map[string][]string{a: {"g1"}}, nil, map[string]string{a: "v3", b: ""}},
		{"newest items per feed, not yet due", items(a, "g1", "g2", "g3", "g4", "g5") + items(b, "h1"), "",
			map[string][]string{a: {"g3", "g4", "g5"}, b: {"h1"}}, map[string][]string{a: {"g1", "g2"}, b: {"g1"}}, nil},
		{"newest items per feed, due", items(a, "g1", "g2", "g3", "g4") + items(b, "h1") + items(a, "g5", "g6", "g7", "g8", "g9"),
			items(b, "h1") + items(a, "g7", "g8", "g9"),
			map[string][]string{a: {"g7", "g8", "g9"}, b: {"h1"}}, map[string][]string{a: {"g1", "g6"}}, nil},
		{"unreadable and torn lines", "not json\n" + `{"feed":"` + a + `"}` + "\n" + items(a, "g1") + `{"feed":"` + a + `","gu`,
			items(a, "g1"), map[string][]string{a: {"g1"}}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := t.Context()
			path := filepath.Join(t.TempDir(), "news.db"+StateFileSuffix)
			if err := os.WriteFile(path, []byte(tt.existing), 0o640); err != nil {
				t.Fatal(err)
			}
			lim := stateLimits{perFeed: 3, minDead: 2}
			check := func(when string, s *StateFile) {
				t.Helper()
				for feedURL, guids := range tt.wantSeen {
					for _, g := range guids {
						if ok, _ := s.Seen(ctx, feedURL, g); !ok {
							t.Errorf("%s: %s %s not seen", when, feedURL, g)
						}
					}
				}
				for feedURL, guids := range tt.wantNot {
					for _, g := range guids {
						if ok, _ := s.Seen(ctx, feedURL, g); ok {
							t.Errorf("%s: %s %s seen", when, feedURL, g)
						}
					}
				}
				for feedURL, etag := range tt.wantETags {
					if v, _ := s.Validators(ctx, feedURL); v.ETag != etag || v.LastModified != "" {
						t.Errorf("%s: %s validators %+v, want ETag %q", when, feedURL, v, etag)
					}
				}
			}
			s, err := openStateFileLimits(path, slog.New(slog.DiscardHandler), lim)
			if err != nil {
				t.Fatal(err)
			}
			check("opened", s)
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			want := tt.wantFile
			if want == "" {
				want = tt.existing
				if !strings.HasSuffix(want, "\n") {
					want += "\n"
				}
			}
			got, _ := os.ReadFile(path)
			if string(got) != want {
				t.Errorf("file after open:\n%s\nwant:\n%s", got, want)
			}
			if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o640 {
				t.Errorf("file mode after open: %v, %v; want 0640", fi.Mode().Perm(), err)
			}
			again, err := openStateFileLimits(path, slog.New(slog.DiscardHandler), lim)
			if err != nil {
				t.Fatal(err)
			}
			defer again.Close()
			check("reopened", again)
		})
	}
}

// TestStateFileCompactsWhileWatching marks more items and saves more
// validators than the bounds keep, through one open file as a long watch
// does: memory and file stay bounded, and a reopen sees the newest state.
func TestStateFileCompactsWhileWatching(t *testing.T) {
	const feedURL = "https://gazette.example/rss.xml"
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "news.db"+StateFileSuffix)
	s, err := openStateFileLimits(path, slog.New(slog.DiscardHandler), stateLimits{perFeed: 2, minDead: 2})
	if err != nil {
		t.Fatal(err)
	}
	maxLines := 0
	for i := 1; i <= 8; i++ {
		if err := s.MarkSeen(ctx, feedURL, fmt.Sprintf("g%d", i)); err != nil {
			t.Fatal(err)
		}
		if err := s.SaveValidators(ctx, feedURL, Validators{ETag: fmt.Sprintf(`"v%d"`, i)}); err != nil {
			t.Fatal(err)
		}
		data, _ := os.ReadFile(path)
		maxLines = max(maxLines, strings.Count(string(data), "\n"))
	}
	// Live: 2 items and 1 validators line; a rewrite comes once 3 are
	// superseded.
	if maxLines > 5 {
		t.Errorf("the file reached %d lines, want at most 5", maxLines)
	}
	if len(s.feeds[feedURL].order) != 2 {
		t.Errorf("%d items in memory, want 2", len(s.feeds[feedURL].order))
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	again, err := openStateFileLimits(path, slog.New(slog.DiscardHandler), stateLimits{perFeed: 2, minDead: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	for g, want := range map[string]bool{"g1": false, "g6": false, "g7": true, "g8": true} {
		if ok, _ := again.Seen(ctx, feedURL, g); ok != want {
			t.Errorf("after reopening, %s seen = %v, want %v", g, ok, want)
		}
	}
	if v, _ := again.Validators(ctx, feedURL); v.ETag != `"v8"` {
		t.Errorf("after reopening, validators %+v, want the last saved", v)
	}
}

// TestStateFileDefaultBounds opens a state file with watch's own bounds
// holding more than MaxSeenPerFeed items of one feed: it keeps the newest
// MaxSeenPerFeed, and rewrites the file once the superseded lines are due.
func TestStateFileDefaultBounds(t *testing.T) {
	const feedURL = "https://gazette.example/rss.xml"
	tests := []struct {
		name      string
		marks     int
		wantLines int
	}{
		{"a few over the bound: not rewritten", MaxSeenPerFeed + 50, MaxSeenPerFeed + 50},
		{"twice the bound: rewritten", 2*MaxSeenPerFeed + CompactMinDead, MaxSeenPerFeed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := t.Context()
			path := filepath.Join(t.TempDir(), "news.db"+StateFileSuffix)
			var sb strings.Builder
			for i := range tt.marks {
				sb.WriteString(stateItem(feedURL, fmt.Sprintf("g%d", i)))
			}
			if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
				t.Fatal(err)
			}
			s, err := OpenStateFile(path, slog.New(slog.DiscardHandler))
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			oldest := tt.marks - MaxSeenPerFeed
			for i, want := range map[int]bool{0: false, oldest - 1: false, oldest: true, tt.marks - 1: true} {
				if ok, _ := s.Seen(ctx, feedURL, fmt.Sprintf("g%d", i)); ok != want {
					t.Errorf("g%d seen = %v, want %v", i, ok, want)
				}
			}
			if n := itemLines(path); n != tt.wantLines {
				t.Errorf("the file holds %d lines, want %d", n, tt.wantLines)
			}
		})
	}
}
