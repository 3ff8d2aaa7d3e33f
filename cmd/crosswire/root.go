package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/term"
)

// app holds what every command shares: the standard streams and global
// flags. Nothing here is package-level state.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	verbose        int
	quiet          bool
}

func (a *app) rootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "crosswire",
		Short: "Cross-check the versions of a news story",
		Long: `crosswire reads news reports (text, HTML, JSON, JSONL files, directories, URLs, stdin),
groups the versions of each story (copies, rewrites, translations, excerpts), extracts
their facts with exact character spans — people and roles, organisations, places,
numbers, dates, quotes, claims — and reports which facts are corroborated, which appear
in one version only, and where the versions contradict each other.`,
		Example: `  crosswire demo                        # cross-check the bundled example corpus
  crosswire check reports/              # cross-check every report in a directory
  crosswire check --format json a.txt b.html > report.json
  crosswire ingest --db news.db feed.jsonl && crosswire stories --db news.db`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       version(),
	}
	root.SetVersionTemplate("crosswire {{.Version}}\n")
	root.PersistentFlags().CountVarP(&a.verbose, "verbose", "v", "log more (-v info, -vv debug) on stderr")
	root.PersistentFlags().BoolVarP(&a.quiet, "quiet", "q", false, "log errors only")
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return &usageError{fmt.Errorf("%s: %w", c.CommandPath(), err)}
	})
	root.AddCommand(
		a.checkCmd(),
		a.demoCmd(),
		a.ingestCmd(),
		a.storiesCmd(),
		a.showCmd(),
		a.serveCmd(),
		a.exportCmd(),
		a.benchServeCmd(),
		newBenchCmd(),
		a.watchCmd(),
		a.evalCmd(),
		a.migrateCmd(),
		a.workerCmd(),
		a.noticesCmd(),
	)
	for _, c := range root.Commands() {
		wrapArgs(c)
	}
	return root
}

// wrapArgs makes argument-count errors usage errors (exit 2).
func wrapArgs(c *cobra.Command) {
	if c.Args != nil {
		check := c.Args
		c.Args = func(cmd *cobra.Command, args []string) error {
			if err := check(cmd, args); err != nil {
				return &usageError{fmt.Errorf("%s: %w", cmd.CommandPath(), err)}
			}
			return nil
		}
	}
	for _, sub := range c.Commands() {
		wrapArgs(sub)
	}
}

// logger returns the slog logger of a one-shot command for the chosen
// verbosity, on stderr, in the CLI's own message form (cliHandler).
func (a *app) logger() *slog.Logger { return slog.New(newCLIHandler(a.stderr, a.logLevel())) }

// timedLogger is logger for a command that runs until stopped (serve,
// watch): slog's timed lines, as a service's log is read later.
func (a *app) timedLogger() *slog.Logger {
	return slog.New(slog.NewTextHandler(a.stderr, &slog.HandlerOptions{Level: a.logLevel()}))
}

// logLevel is the level -q and -v choose: warnings by default.
func (a *app) logLevel() slog.Level {
	switch {
	case a.quiet:
		return slog.LevelError
	case a.verbose == 1:
		return slog.LevelInfo
	case a.verbose >= 2:
		return slog.LevelDebug
	}
	return slog.LevelWarn
}

// dbFlag returns the store location from --db or CROSSWIRE_DB, else def.
func dbFlag(flag, def string) string {
	if flag != "" {
		return flag
	}
	if env := os.Getenv("CROSSWIRE_DB"); env != "" {
		return env
	}
	return def
}

// note prints a one-line notice on stderr (unless --quiet).
func (a *app) note(msg string) {
	if !a.quiet {
		fmt.Fprintln(a.stderr, "crosswire:", msg)
	}
}

// version is the module version and the VCS commit the binary was built
// from ("v1.2.0 (commit 4b843d2, 2026-12-06T01:00:00Z)"; "(devel)" and
// "+dirty" for a build of a modified work tree).
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown build)"
	}
	v := bi.Main.Version
	if v == "" {
		v = "(devel)"
	}
	var rev, at string
	dirty := false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			at = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if rev == "" {
		return v + " (commit unknown)"
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if dirty {
		rev += "+dirty"
	}
	if at != "" {
		return fmt.Sprintf("%s (commit %s, %s)", v, rev, at)
	}
	return fmt.Sprintf("%s (commit %s)", v, rev)
}

// stdinHint tells a user who gave "-" with stdin a terminal that the
// command now waits for a report typed or pasted there (a piped or
// redirected stdin gets no hint: nothing is printed into a script's
// stderr).
func (a *app) stdinHint(args []string) {
	f, ok := a.stdin.(*os.File)
	if !ok || !slices.Contains(args, "-") || !term.IsTerminal(int(f.Fd())) {
		return
	}
	a.note("reading a report from the terminal (\"-\"): paste or type it, then Ctrl-D on a line of its own")
}

// noArgs refuses arguments to a command that takes none (cobra.NoArgs
// answers 'unknown command "Wire"', as if a subcommand were meant), saying
// what a stray word most often is: the rest of a flag value with spaces
// left unquoted.
func noArgs(_ *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	return &usageError{fmt.Errorf("takes no arguments, got %s (a flag value with spaces needs quotes: --outlet \"North Wire\")",
		quoteArgs(args))}
}

// quoteArgs lists args quoted, as a user would type them.
func quoteArgs(args []string) string {
	q := make([]string, len(args))
	for i, a := range args {
		q[i] = fmt.Sprintf("%q", a)
	}
	return strings.Join(q, " ")
}
