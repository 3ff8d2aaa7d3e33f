package feed

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"
)

// StateFileSuffix names the file, next to a SQLite store, that keeps watch's
// feed state: crosswire.db → crosswire.db.feeds.jsonl.
//
// The crosswire.Store interface has no table for feed state (its only
// side table, signatures, belongs to stored articles, and a feed item that
// was skipped has no article), so the state lives beside the store rather
// than in it. It goes with the store: delete both to start over.
const StateFileSuffix = ".feeds.jsonl"

const (
	// MaxSeenPerFeed is how many read items the state file remembers per
	// feed: the newest ones, in the order they were read. A feed lists
	// its latest few dozen items, so an item 10,000 marks old has long
	// left it. Should it reappear, it is read again (one page fetch) and
	// the store, which keys articles by content hash, keeps the one copy
	// it has: watch counts it as "already stored".
	MaxSeenPerFeed = 10_000
	// CompactMinDead is how many superseded lines (repeated marks, marks
	// past MaxSeenPerFeed, replaced validators, torn lines) the state
	// file may hold before it is rewritten; it is rewritten only when
	// they are also at least as many as the live lines, so rewriting
	// stays rare and the file stays under about twice its live size.
	CompactMinDead = 1_000
)

// stateLimits are a StateFile's bounds; tests shrink them.
type stateLimits struct {
	// perFeed is the number of read items remembered per feed.
	perFeed int
	// minDead is the number of superseded lines that triggers a rewrite
	// (when they are also at least half the file).
	minDead int
}

// defaultStateLimits are the bounds watch uses.
func defaultStateLimits() stateLimits {
	return stateLimits{perFeed: MaxSeenPerFeed, minDead: CompactMinDead}
}

// stateLine is one line of the state file: either a read item (GUID and
// Seen set) or a feed's HTTP validators (Validators set; the last such line
// of a feed wins).
type stateLine struct {
	Feed       string      `json:"feed"`
	GUID       string      `json:"guid,omitempty"`
	Seen       time.Time   `json:"seen,omitzero"`
	Validators *Validators `json:"validators,omitempty"`
	Saved      time.Time   `json:"saved,omitzero"`
}

// feedState is what the state file holds for one feed.
type feedState struct {
	// order lists the read items, oldest first, at most perFeed.
	order []stateLine
	seen  map[string]bool
	// validators is the feed's last validators line, nil when none.
	validators *stateLine
}

// StateFile keeps watch's feed state in an append-only JSON Lines file: the
// items read (a SeenStore) and each feed's ETag and Last-Modified (a
// ValidatorStore), so a later run polls with conditional GETs. It is
// read whole on open and one line is appended per item marked or
// validators changed: appending keeps every mark made before a crash or
// Ctrl-C, and a torn last line is ignored on the next open.
//
// The file is compacted (rewritten to a temporary file, then renamed over
// it) on open, and while watching, once it holds more superseded lines
// than stateLimits allow. A second watch process appending to the same
// file while the first compacts it loses its later marks to the rename;
// that costs only re-reading those items, which the store de-duplicates.
//
// It is safe for concurrent use.
type StateFile struct {
	mu    sync.Mutex
	f     *os.File
	path  string
	log   *slog.Logger
	lim   stateLimits
	feeds map[string]*feedState
	// lines counts the lines of the file; live those a compacted file
	// would hold. The difference is the superseded lines.
	lines, live int
}

// OpenStateFile opens (creating it if needed) the state file at path with
// watch's bounds, loads it, and compacts it when it is due.
func OpenStateFile(path string, log *slog.Logger) (*StateFile, error) {
	return openStateFileLimits(path, log, defaultStateLimits())
}

// openStateFileLimits is OpenStateFile with the given bounds.
func openStateFileLimits(path string, log *slog.Logger, lim stateLimits) (*StateFile, error) {
	s := &StateFile{path: path, log: log, lim: lim, feeds: map[string]*feedState{}}
	data, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("read feed state %s: %w", path, err)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		s.lines++
		var e stateLine
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil || !s.apply(e) {
			log.Debug("feed state: unreadable line ignored", "file", path, "line", s.lines)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read feed state %s: %w", path, err)
	}
	if s.due() {
		if err := s.compactLocked(); err != nil {
			// Compacting only saves space: go on appending to the
			// file as it is.
			log.Warn("feed state not compacted", "file", path, "err", err)
		}
	}
	if s.f != nil {
		return s, nil
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open feed state %s: %w", path, err)
	}
	// A line torn by a crash would swallow the next entry: start on a
	// fresh line.
	if len(data) > 0 && data[len(data)-1] != '\n' {
		if _, err := f.WriteString("\n"); err != nil {
			f.Close()
			return nil, fmt.Errorf("write feed state %s: %w", path, err)
		}
	}
	s.f = f
	return s, nil
}

// apply adds one line's content to the state and reports whether the
// line was well formed. A repeated mark changes nothing; a mark past the
// per-feed bound forgets the feed's oldest item.
func (s *StateFile) apply(e stateLine) bool {
	switch {
	case e.Feed == "" || (e.GUID == "") == (e.Validators == nil):
		return false
	case e.Validators != nil:
		st := s.feed(e.Feed)
		if st.validators == nil {
			s.live++
		}
		st.validators = &e
	default:
		st := s.feed(e.Feed)
		if st.seen[e.GUID] {
			return true
		}
		st.seen[e.GUID] = true
		st.order = append(st.order, e)
		s.live++
		if len(st.order) > s.lim.perFeed {
			delete(st.seen, st.order[0].GUID)
			st.order = st.order[1:]
			s.live--
		}
	}
	return true
}

// feed returns the state of feedURL, creating it.
func (s *StateFile) feed(feedURL string) *feedState {
	st := s.feeds[feedURL]
	if st == nil {
		st = &feedState{seen: map[string]bool{}}
		s.feeds[feedURL] = st
	}
	return st
}

// due reports whether the file holds enough superseded lines to be
// rewritten: at least minDead, and at least as many as the live ones.
func (s *StateFile) due() bool {
	dead := s.lines - s.live
	return dead >= s.lim.minDead && dead >= s.live
}

// compactLocked rewrites the file with only its live lines (feed by feed,
// each feed's items oldest first, then its validators) through a
// temporary file renamed over it, and appends to the new file from then
// on. On error the file and the append handle are left as they were.
func (s *StateFile) compactLocked() error {
	var buf bytes.Buffer
	for _, feedURL := range slices.Sorted(maps.Keys(s.feeds)) {
		st := s.feeds[feedURL]
		lines := st.order
		if st.validators != nil {
			lines = append(lines[:len(lines):len(lines)], *st.validators)
		}
		for _, e := range lines {
			b, err := json.Marshal(e)
			if err != nil {
				return fmt.Errorf("compact feed state %s: %w", s.path, err)
			}
			buf.Write(b)
			buf.WriteByte('\n')
		}
		// Drop the backing array of the items forgotten so far.
		st.order = slices.Clone(st.order)
	}
	mode := fs.FileMode(0o644)
	if fi, err := os.Stat(s.path); err == nil {
		mode = fi.Mode().Perm()
	}
	tmp, err := os.CreateTemp(filepath.Dir(s.path), filepath.Base(s.path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("compact feed state %s: %w", s.path, err)
	}
	_, err = tmp.Write(buf.Bytes())
	if err == nil {
		err = tmp.Chmod(mode)
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), s.path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("compact feed state %s: %w", s.path, err)
	}
	f, err := os.OpenFile(s.path, os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return fmt.Errorf("reopen feed state %s: %w", s.path, err)
	}
	if s.f != nil {
		s.f.Close() // the old file is gone; nothing is left to flush
	}
	s.log.Debug("feed state compacted", "file", s.path, "lines", s.lines, "kept", s.live)
	s.f, s.lines = f, s.live
	return nil
}

// appendLocked writes one line to the file.
func (s *StateFile) appendLocked(e stateLine) error {
	line, err := json.Marshal(e)
	if err != nil {
		return fmt.Errorf("feed state %s: %w", s.path, err)
	}
	if _, err := s.f.Write(append(line, '\n')); err != nil {
		return fmt.Errorf("write feed state %s: %w", s.path, err)
	}
	s.lines++
	return nil
}

// afterAppendLocked compacts the file when it is due; a failure is only
// logged, as the file is still whole.
func (s *StateFile) afterAppendLocked() {
	if s.due() {
		if err := s.compactLocked(); err != nil {
			s.log.Warn("feed state not compacted", "file", s.path, "err", err)
		}
	}
}

// Seen reports whether the item was marked, in this run or an earlier one,
// and is still among the newest perFeed items of its feed.
func (s *StateFile) Seen(_ context.Context, feedURL, guid string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.feeds[feedURL]
	return st != nil && st.seen[guid], nil
}

// MarkSeen records the item, in memory and on disk.
func (s *StateFile) MarkSeen(_ context.Context, feedURL, guid string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if st := s.feeds[feedURL]; st != nil && st.seen[guid] {
		return nil
	}
	e := stateLine{Feed: feedURL, GUID: guid, Seen: time.Now().UTC()}
	if err := s.appendLocked(e); err != nil {
		return err
	}
	s.apply(e)
	s.afterAppendLocked()
	return nil
}

// Validators returns the feed's last saved validators.
func (s *StateFile) Validators(_ context.Context, feedURL string) (Validators, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if st := s.feeds[feedURL]; st != nil && st.validators != nil {
		return *st.validators.Validators, nil
	}
	return Validators{}, nil
}

// SaveValidators records the feed's validators, in memory and on disk,
// unless they are the ones already saved.
func (s *StateFile) SaveValidators(_ context.Context, feedURL string, v Validators) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if st := s.feeds[feedURL]; st != nil && st.validators != nil && *st.validators.Validators == v {
		return nil
	}
	e := stateLine{Feed: feedURL, Validators: &v, Saved: time.Now().UTC()}
	if err := s.appendLocked(e); err != nil {
		return err
	}
	s.apply(e)
	s.afterAppendLocked()
	return nil
}

// Close closes the file.
func (s *StateFile) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.f.Close(); err != nil {
		return fmt.Errorf("close feed state %s: %w", s.path, err)
	}
	return nil
}
