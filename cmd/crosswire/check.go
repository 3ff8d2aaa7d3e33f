package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"crosswire"
	"crosswire/ingest"
	"crosswire/pipeline"
	"crosswire/report"
)

// checkOptions are the flags of check and demo.
type checkOptions struct {
	format  string
	db      string
	maxSize string
	explain bool
	// allFacts, name and color tune the text and Markdown reports.
	allFacts bool
	evidence bool
	name     string
	color    string
	fetch    fetchOptions
}

func (o *checkOptions) bind(c *cobra.Command, withDB bool) {
	c.Flags().StringVarP(&o.format, "format", "f", "text", "output format: text, markdown or json")
	c.Flags().BoolVar(&o.explain, "explain", false, "show the aligned sentences of each discrepancy with the differing words marked")
	c.Flags().BoolVar(&o.allFacts, "all-facts", false, allFactsHelp)
	c.Flags().StringVar(&o.color, "color", "auto", colorHelp)
	c.Flags().BoolVar(&o.evidence, "evidence", false, evidenceHelp)
	if withDB {
		bindStdinName(c, &o.name, "what text and Markdown call the input read from - (JSON keeps \"-\")")
		c.Flags().StringVar(&o.db, "db", "", "keep articles and results in this store (SQLite file, or postgres://…; default: in memory, or $CROSSWIRE_DB)")
		c.Flags().StringVar(&o.maxSize, "max-size", "10MiB", "skip any single input larger than this (e.g. 512KiB, 10MiB, 1GiB)")
	}
}

func (a *app) checkCmd() *cobra.Command {
	var o checkOptions
	c := &cobra.Command{
		Use:   "check [flags] PATH...",
		Short: "Cross-check reports: group them into stories and find where versions disagree",
		Long: `check reads every PATH — a .txt/.text, .md/.markdown, .html/.htm/.xhtml, .json (one
article), .jsonl/.ndjson (one article a line) or .warc/.warc.gz (a web archive: its HTML
pages) file, a directory (read recursively), a http(s) URL, or - for stdin — groups
the reports into stories and prints, for each story, its versions and how they relate, the
discrepancies ranked by severity, the facts they agree on and the facts only one version has.
Each source is named by its input, paragraph and a few quoted words around it (JSON has
the byte offsets). Text and Markdown list 12 facts of each kind and leave out the claims
only one version states (most are rewordings); --all-facts lists everything.

Text files may start with a header of "Key: value" lines (Title, Outlet, URL, Published,
Language, Author) followed by a blank line.

A news feed (RSS or Atom) named as an input is read item by item: a feed saved as a file
gives each item's own text (its content, else its description), a feed's URL each item's
page, fetched as 'crosswire watch' fetches it.

URLs are fetched politely and safely: robots.txt is respected (--ignore-robots overrides
it), one request a second to a host (--rate-limit), and loopback, private, link-local and
cloud-metadata addresses are refused, after DNS and on every redirect, unless
--allow-private is given.

Inputs that cannot be read are listed under "skipped" and on stderr; the rest is processed.
Exit status: 0 when every input was read, 1 when any was skipped, 2 for usage errors,
130 when interrupted (Ctrl-C: no report is written).`,
		Example: `  crosswire check examples/
  crosswire check --format markdown story-a.txt story-b.html > review.md
  crosswire check --format json --db news.db feed.jsonl
  cat report.txt | crosswire check -
  cat ferry.txt | crosswire check --name ferry-desk.txt - wire.txt
  crosswire check --explain --all-facts story/`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return errNoPath
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := validFormat(o.format); err != nil {
				return err
			}
			if err := stdinNameProblem(cmd, args, o.name); err != nil {
				return err
			}
			if _, err := explainer(a.stdout, o.format, o.color); err != nil {
				return err
			}
			max, err := parseSize(o.maxSize)
			if err != nil {
				return &usageError{fmt.Errorf("--max-size: %w", err)}
			}
			log := a.logger()
			r := &ingest.Reader{MaxSize: max, Stdin: a.stdin, Logger: log, Fetcher: o.fetch.fetcher(max, log), Note: a.note}
			if err := storePathProblem(dbFlag(o.db, "")); err != nil {
				return err
			}
			a.stdinHint(args)
			docs, skipped := r.Read(cmd.Context(), args)
			items, skipped := readFeedInputs(cmd.Context(), skipped, r.Fetcher, max, log)
			return a.checkRead(cmd.Context(), append(docs, items...), skipped, o)
		},
	}
	o.bind(c, true)
	o.fetch.bind(c)
	return c
}

// bindStdinName binds --name, the name of the input read from -, as
// check and ingest both take it.
func bindStdinName(c *cobra.Command, name *string, help string) {
	c.Flags().StringVar(name, "name", report.DefaultStdinName, help)
}

// stdinNameProblem is the usage error of --name given without - among
// args (it would be ignored without a word), or of an empty --name.
func stdinNameProblem(cmd *cobra.Command, args []string, name string) error {
	if !cmd.Flags().Changed("name") {
		return nil
	}
	if !slices.Contains(args, "-") {
		return &usageError{fmt.Errorf("--name %q names the input read from -, and no - was given", name)}
	}
	if strings.TrimSpace(name) == "" {
		return &usageError{errors.New("--name is empty: give the name of the input read from -")}
	}
	return nil
}

// errNoPath is the usage error of a command that reads reports given none.
var errNoPath = errors.New("give at least one PATH: a file, a directory, an http(s) URL or - for stdin")

func validFormat(f string) error {
	switch f {
	case report.FormatText, report.FormatMarkdown, report.FormatJSON, "md":
		return nil
	}
	return &usageError{fmt.Errorf("--format %q: want text, markdown or json", f)}
}

// checkRead is check of what a Reader read under ctx: when ctx ended
// (Ctrl-C) while reading or analysing, it writes no report — one of the
// inputs read so far would leave the others out silently — and says so.
func (a *app) checkRead(ctx context.Context, docs []crosswire.Document, skipped []crosswire.Skip, o checkOptions) error {
	err := ctx.Err()
	if err == nil {
		err = a.check(ctx, docs, skipped, o)
	}
	if ctx.Err() != nil && errors.Is(err, ctx.Err()) {
		return &interruptedError{msg: "no report written", err: err}
	}
	return err
}

// check runs everything after ingest and writes the report. With a store it
// keeps the articles, re-groups everything stored and reports the stories
// that hold this run's articles.
func (a *app) check(ctx context.Context, docs []crosswire.Document, skipped []crosswire.Skip, o checkOptions) error {
	log := a.logger()
	p := pipeline.New(log)
	arts, cleanSkips := p.Clean(ctx, docs)
	skipped = append(skipped, cleanSkips...)
	arts, dups := pipeline.Duplicates(arts)

	var stories []crosswire.Story
	dsn := dbFlag(o.db, "")
	if dsn == "" {
		var err error
		stories, err = p.Analyze(ctx, arts)
		if err != nil {
			return err
		}
	} else {
		st, err := openStore(ctx, dsn)
		if err != nil {
			return err
		}
		defer st.Close()
		an, err := pipeline.NewAnalysis(p, st)
		if err != nil {
			return err
		}
		ids, _, err := an.Store(ctx, arts)
		if err != nil {
			return err
		}
		all, err := an.Regroup(ctx)
		if err != nil {
			return err
		}
		stories = storiesWith(all, ids)
	}

	rep := &crosswire.Report{Stories: stories, Skipped: skipped, Duplicates: dups}
	opt := report.Options{AllFacts: o.allFacts, StdinName: o.name, Evidence: o.evidence, Now: time.Now()}
	if o.explain {
		ex, err := explainer(a.stdout, o.format, o.color)
		if err != nil {
			return err
		}
		opt.Explain = ex
	}
	if err := report.Write(a.stdout, o.format, rep, opt); err != nil {
		return err
	}
	// stderr names stdin as the text report does ("stdin", --name), in
	// every format: it is read by people, not by the JSON contract
	named := make([]crosswire.Skip, len(skipped))
	for i, s := range skipped {
		named[i] = crosswire.Skip{Source: report.DisplaySource(s.Source, o.name), Reason: s.Reason}
	}
	return a.skipStatus(named)
}

// skipStatus lists skipped inputs on stderr and turns them into exit 1.
func (a *app) skipStatus(skipped []crosswire.Skip) error {
	if len(skipped) == 0 {
		return nil
	}
	a.listSkips(skipped)
	return &exitError{code: exitSkipped, msg: fmt.Sprintf("%d %s skipped", len(skipped), plural(len(skipped), "input", "inputs"))}
}

// listSkips prints one line per skipped input on stderr, and a hint for
// each fetch flag that would have let one through.
func (a *app) listSkips(skipped []crosswire.Skip) {
	for _, s := range skipped {
		fmt.Fprintf(a.stderr, "crosswire: skipped %s: %s\n", s.Source, s.Reason)
	}
	for _, h := range fetchHints(skipped) {
		fmt.Fprintln(a.stderr, "crosswire:", h)
	}
}

// storiesWith keeps the stories holding at least one of the given articles.
func storiesWith(all []crosswire.Story, ids []string) []crosswire.Story {
	want := make(map[string]bool, len(ids))
	for _, id := range ids {
		want[id] = true
	}
	var out []crosswire.Story
	for _, s := range all {
		for _, a := range s.Articles {
			if want[a.ID] {
				out = append(out, s)
				break
			}
		}
	}
	return out
}

// parseSize reads a byte size such as 10MiB, 512KB, 1g or 2048.
func parseSize(s string) (int64, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"gib", 1 << 30}, {"mib", 1 << 20}, {"kib", 1 << 10}, {"gb", 1e9}, {"mb", 1e6}, {"kb", 1e3}, {"g", 1 << 30}, {"m", 1 << 20}, {"k", 1 << 10}, {"b", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseFloat(t, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("%q is not a size (try 10MiB)", s)
	}
	return int64(n * float64(mult)), nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
