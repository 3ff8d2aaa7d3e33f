package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"crosswire"
	"crosswire/ingest"
	"crosswire/ingest/feed"
	"crosswire/pipeline"
)

// watchOptions are the flags of watch.
type watchOptions struct {
	db        string
	maxSize   string
	feedsFile string
	state     string
	once      bool
	feedText  bool
	interval  time.Duration
	fetch     fetchOptions
}

func (a *app) watchCmd() *cobra.Command {
	var o watchOptions
	c := &cobra.Command{
		Use:   "watch [flags] FEED...",
		Short: "Poll RSS, Atom and JSON feeds and ingest every new report",
		Long: fmt.Sprintf(`watch polls each RSS, Atom or JSON Feed URL, fetches the page of every item it has not
read before, and ingests it like 'crosswire ingest' does: cleaned, kept in the store
(--db, default crosswire.db or $CROSSWIRE_DB), and every story re-grouped and
cross-checked: the stories the new articles join are brought up to date after each poll.
A FEED may also be a feed saved as a file (feed.xml): it is read from disk, and only again
once its modification time or size changes; its items' links are fetched as a URL feed's
are, or --feed-text uses each item's own text (an item whose link is relative or cannot be
fetched falls back to its own text when that has at least 400 bytes).
It polls again every --interval until Ctrl-C; --once polls a single time and exits, for
cron.

The feed state is kept across runs in a JSON Lines file next to the store,
<db>.feeds.jsonl (crosswire.db.feeds.jsonl by default; --state names another, and a
PostgreSQL store needs it; an in-memory store keeps it in memory). It holds:
  - the items already read, so a later run fetches only the pages of new ones;
  - each feed's ETag and Last-Modified, so every poll after a feed's first one, in this
    run or a later --once run from cron, is a conditional GET: an unchanged feed costs
    one small request answered 304 Not Modified.
One line is appended per item read or validator change, so a crash or Ctrl-C loses
nothing. The file is compacted (rewritten without repeated or replaced lines) on open, and
while watching, once at least %d of its lines are superseded and they outnumber the
live ones. It remembers the newest %d items of each feed: an older item that reappears
is fetched again, and the store, which keys articles by content hash, keeps the copy it
has. Delete the file with the store to start over.

An item whose page cannot be fetched for now (timeout, HTTP 429 or 5xx, a site whose
robots.txt could not be read) is tried again on the next poll, and its feed is then
fetched in full rather than answered 304; one that is refused for good (disallowed by
robots.txt, HTTP 404, a non-public address) is not.

Pages are fetched like check's URLs: robots.txt respected (--ignore-robots), one request a
second to a host (--rate-limit), and loopback, private, link-local and cloud-metadata
addresses refused unless --allow-private.

On a terminal a progress line shows the items read; in a pipe only the summary of each
poll that found something is printed. With --once the exit status is 1 when a feed or an
item was skipped.`, feed.CompactMinDead, feed.MaxSeenPerFeed),
		Example: `  crosswire watch https://news.example/rss.xml https://wire.example/atom.xml
  crosswire watch --feeds feeds.txt --interval 10m --db /data/news.db
  crosswire watch --once --feed-text saved-feed.xml
  */15 * * * *  crosswire watch --once --feeds /etc/crosswire/feeds.txt --db /data/news.db`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.watch(cmd.Context(), args, o)
		},
	}
	c.Flags().StringVar(&o.db, "db", "", "store: SQLite file or postgres:// URL (default crosswire.db, or $CROSSWIRE_DB)")
	c.Flags().StringVar(&o.feedsFile, "feeds", "", "read feed URLs (or feed files) from this file (one a line, # starts a comment; - for stdin)")
	c.Flags().StringVar(&o.state, "state", "", "keep the feed state (items read, ETag/Last-Modified) in this file (default: <db>.feeds.jsonl next to a SQLite store)")
	c.Flags().BoolVar(&o.once, "once", false, "poll every feed once and exit (for cron)")
	c.Flags().DurationVar(&o.interval, "interval", 5*time.Minute, "time between the starts of two polls")
	c.Flags().BoolVar(&o.feedText, "feed-text", false, "use each item's text from the feed instead of fetching its page")
	c.Flags().StringVar(&o.maxSize, "max-size", "10MiB", "skip a feed or page larger than this")
	o.fetch.bind(c)
	return c
}

// watch runs the watch command.
func (a *app) watch(ctx context.Context, args []string, o watchOptions) error {
	max, err := parseSize(o.maxSize)
	if err != nil {
		return &usageError{fmt.Errorf("--max-size: %w", err)}
	}
	if !o.once && o.interval <= 0 {
		return &usageError{fmt.Errorf("--interval %s: want a positive duration such as 5m", o.interval)}
	}
	feeds, err := a.feedList(args, o.feedsFile)
	if err != nil {
		return err
	}
	log := a.timedLogger()
	dsn := dbFlag(o.db, defaultDB)
	st, err := openStore(ctx, dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	// In memory unless a state file is kept (nil validators: the
	// Poller's own, in memory).
	var (
		seen       feed.SeenStore = &feed.MemorySeen{}
		validators feed.ValidatorStore
	)
	statePath := o.state
	if statePath == "" && !isPostgres(dsn) {
		statePath = seenPath(dsn)
	}
	if statePath == "" && isPostgres(dsn) {
		log.Warn("the feed state (items read, ETag/Last-Modified) is kept in memory only: give --state FILE to keep it across runs")
	}
	if statePath != "" {
		sf, err := feed.OpenStateFile(statePath, log)
		if err != nil {
			return err
		}
		defer sf.Close()
		seen, validators = sf, sf
	}
	p := pipeline.New(log)
	an, err := pipeline.NewAnalysis(p, st)
	if err != nil {
		return err
	}
	w := &watcher{
		stderr: a.stderr,
		p:      p,
		an:     an,
		st:     st,
		poller: &feed.Poller{
			Fetcher:    o.fetch.fetcher(max, log),
			Seen:       seen,
			Validators: validators,
			Logger:     log,
			MaxSize:    max,
			FeedText:   o.feedText,
		},
	}
	if !o.once && isTerminal(a.stderr) {
		fmt.Fprintf(a.stderr, "watching %d %s every %s; Ctrl-C to stop\n", len(feeds), plural(len(feeds), "feed", "feeds"), o.interval)
	}
	total, ungrouped := 0, false
	for {
		start := time.Now()
		r, err := w.poll(ctx, feeds, o.once)
		total += r.created
		if err != nil && ctx.Err() == nil {
			return err
		}
		stopped := ctx.Err() != nil
		ungrouped = stopped && r.stories < 0 && r.created > 0
		if o.once || r.created > 0 || len(r.skipped) > 0 {
			a.printPoll(r, len(feeds), !o.once)
		}
		if o.once {
			if stopped {
				return &interruptedError{err: ctx.Err(), msg: fmt.Sprintf("%d new %s kept, stories are updated on the next run",
					r.created, plural(r.created, "article", "articles"))}
			}
			return a.skipStatus(r.skipped)
		}
		// Each skip once, after the poll's summary (the poller logs
		// them at debug only).
		a.listSkips(r.skipped)
		if stopped {
			break
		}
		wait := time.NewTimer(time.Until(start.Add(o.interval)))
		select {
		case <-ctx.Done():
			stopped = true
		case <-wait.C:
		}
		wait.Stop()
		if stopped {
			break
		}
	}
	note := ""
	if ungrouped {
		note = " (the last poll's are grouped on the next ingest or watch)"
	}
	fmt.Fprintf(a.stdout, "watch stopped: %d new %s stored%s\n", total, plural(total, "article", "articles"), note)
	return nil
}

// feedList returns the feeds of the arguments and of the --feeds file, in
// order, without repeats: http(s) URLs, and feeds saved as files (made
// absolute, so the feed state names them the same from any directory).
// Anything else is a usage error naming where it came from.
func (a *app) feedList(args []string, file string) ([]string, error) {
	type entry struct{ url, where string }
	var entries []entry
	for _, arg := range args {
		entries = append(entries, entry{arg, ""})
	}
	if file != "" {
		var r io.Reader = a.stdin
		name := "stdin"
		if file != "-" {
			f, err := os.Open(file)
			if err != nil {
				return nil, &usageError{fmt.Errorf("--feeds: %w", err)}
			}
			defer f.Close()
			r, name = f, file
		}
		sc := bufio.NewScanner(r)
		for n := 1; sc.Scan(); n++ {
			line := sc.Text()
			if i := strings.Index(line, "#"); i == 0 || i > 0 && (line[i-1] == ' ' || line[i-1] == '\t') {
				line = line[:i]
			}
			if line = strings.TrimSpace(line); line != "" {
				entries = append(entries, entry{line, fmt.Sprintf("%s:%d", name, n)})
			}
		}
		if err := sc.Err(); err != nil {
			return nil, &usageError{fmt.Errorf("--feeds %s: %w", name, err)}
		}
	}
	var feeds []string
	dup := map[string]bool{}
	for _, e := range entries {
		if !feed.IsURL(e.url) {
			if local, err := localFeed(e.url); err == nil {
				e.url = local
			} else {
				msg := fmt.Sprintf("feed %q is not an http(s) URL nor a feed file: %v", e.url, err)
				if e.where != "" {
					msg = e.where + ": " + msg
				}
				return nil, &usageError{errors.New(msg)}
			}
		}
		if !dup[e.url] {
			dup[e.url] = true
			feeds = append(feeds, e.url)
		}
	}
	if len(feeds) == 0 {
		return nil, &usageError{errors.New("no feed to poll: give FEED arguments (URLs or feed files) or --feeds FILE")}
	}
	return feeds, nil
}

// localFeed is the absolute path of a feed saved as a file, or why arg
// names none.
func localFeed(arg string) (string, error) {
	if strings.Contains(arg, "://") {
		return "", errors.New("only http(s) URLs are fetched")
	}
	info, err := os.Stat(arg)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return "", errors.New("no such file")
		}
		return "", err
	}
	if !info.Mode().IsRegular() {
		return "", errors.New("not a file")
	}
	return filepath.Abs(arg)
}

// watcher is the state of one watch run.
type watcher struct {
	stderr io.Writer
	p      *pipeline.Pipeline
	an     *pipeline.Analysis
	st     crosswire.Store
	poller *feed.Poller
}

// pollResult is what one poll of every feed brought.
type pollResult struct {
	// read counts the items read; created the articles new to the store;
	// rejected the items the cleaner refused (also in skipped).
	read, created, rejected int
	skipped                 []crosswire.Skip
	// stories is the number of stories in the store after the poll, -1
	// when not counted.
	stories int
}

// poll reads every feed once, stores each new item's report as soon as it
// is read (so an interrupted poll keeps what it had), then brings the
// stories up to date, which also places articles an interrupted earlier
// run stored. count asks for the number of stories even when the poll
// brought nothing new.
func (w *watcher) poll(ctx context.Context, feeds []string, count bool) (pollResult, error) {
	r := pollResult{stories: -1}
	bar := ingest.NewProgress(w.stderr, -1, "watch")
	var cleanSkips []crosswire.Skip
	skips, err := w.poller.Walk(ctx, feeds, func(d crosswire.Document) error {
		// An error here leaves the item unmarked, so it is read again
		// next time rather than lost.
		if err := ctx.Err(); err != nil {
			return err
		}
		created, skipped, err := w.store(ctx, d)
		if err != nil {
			return err
		}
		if len(skipped) > 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		r.read++
		r.created += created
		r.rejected += len(skipped)
		cleanSkips = append(cleanSkips, skipped...)
		bar.Record()
		return nil
	})
	bar.Finish()
	r.skipped = append(skips, cleanSkips...)
	if err != nil {
		return r, err
	}
	if err := w.analyse(ctx); err != nil {
		return r, err
	}
	if r.created > 0 || count {
		list, err := w.st.Stories(ctx, crosswire.StoryFilter{})
		if err != nil {
			return r, fmt.Errorf("count stories: %w", err)
		}
		r.stories = len(list)
	}
	return r, nil
}

// store and analyse are watch's way into the path `crosswire ingest`
// takes: clean, store (pipeline.Analysis.Store), then place the new
// articles in stories (Analysis.Update, incremental and safe next to
// workers on a shared store).

// store cleans one document and keeps it; it returns 1 when the article
// is new to the store, and the cleaner's refusal if any.
func (w *watcher) store(ctx context.Context, d crosswire.Document) (int, []crosswire.Skip, error) {
	arts, skipped := w.p.Clean(ctx, []crosswire.Document{d})
	_, created, err := w.an.Store(ctx, arts)
	return created, skipped, err
}

// analyse places the stored articles no story holds yet; it does nothing
// when every article is placed.
func (w *watcher) analyse(ctx context.Context) error {
	_, err := w.an.Update(ctx)
	return err
}

// printPoll prints the summary of one poll on stdout, stamped with the
// time when watching continuously.
func (a *app) printPoll(r pollResult, feeds int, stamp bool) {
	var b strings.Builder
	if stamp {
		b.WriteString(time.Now().Format(time.DateTime) + " ")
	}
	fmt.Fprintf(&b, "watch: %d new %s (%d already stored, %d skipped) from %d %s",
		r.created, plural(r.created, "article", "articles"), r.read-r.created-r.rejected, len(r.skipped),
		feeds, plural(feeds, "feed", "feeds"))
	if r.stories >= 0 {
		fmt.Fprintf(&b, "; the store holds %d %s", r.stories, plural(r.stories, "story", "stories"))
	}
	fmt.Fprintln(a.stdout, b.String())
}

// seenPath returns the state file of the SQLite store dsn names, or "" when
// the store is in memory (the state is then kept in memory too).
func seenPath(dsn string) string {
	if dsn == "" || dsn == ":memory:" || strings.Contains(dsn, "mode=memory") || strings.HasPrefix(dsn, "file::memory:") {
		return ""
	}
	path := strings.TrimPrefix(dsn, "file:")
	path, _, _ = strings.Cut(path, "?")
	return path + feed.StateFileSuffix
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && f != nil && term.IsTerminal(int(f.Fd()))
}
