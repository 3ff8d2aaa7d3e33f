package main

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"crosswire/group/bench"
)

// newBenchCmd returns `crosswire bench`, whose subcommands measure the
// speed, memory and quality of pipeline stages.
func newBenchCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure the speed, memory and quality of pipeline stages",
		Long: `bench measures a pipeline stage on a JSONL file of articles: its throughput, its memory
and, when the articles carry story labels, how well it agrees with them. 'crosswire
bench-serve' load-tests the HTTP service; 'go test -bench' in each package has the rest.`,
		Example: `  crosswire bench group --input articles.jsonl`,
		// a word that names no measure is an error, not the help with
		// status 0 (cobra's default for a parent without RunE)
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return &usageError{fmt.Errorf("%s: name a measure (group, drift, lineage, background)", cmd.CommandPath())}
		},
	}
	cmd.AddCommand(newBenchGroupCmd(), newBenchBackgroundCmd(), newBenchLineageCmd(), newBenchDriftCmd())
	return cmd
}

func newBenchBackgroundCmd() *cobra.Command {
	var out, source string
	var exclude, idf, common []string
	var commonLang string
	cmd := &cobra.Command{
		Use:   "background --out FILE [--source TEXT] [--exclude FILE.jsonl] [--idf FILE] [--common FILE [--common-lang L]] CORPUS.jsonl...",
		Short: "Build the background frequencies grouping weighs evidence with",
		Long: `bench background counts, over the articles of the given JSONL files (read as bench group
reads them), in how many articles each anchor (name, number, date, acronym, quotation) and
each lower-case topic word occurs, and writes them as a compact background file: the file
group embeds (group/background.bin.gz, rebuilt with go generate ./group) or one for
bench group --background. Grouping blends these frequencies with a collection's own, so
that a few articles checked alone are weighed as among a million (see group/README.md).

--exclude leaves out every article whose id is the id or the cluster of a line of the
given file: a background used to measure a benchmark built from some corpus must not
contain that benchmark's articles.

--idf adds the words of a "word idf" file (jieba's analyse/idf.txt: Chinese words, 2 to 4
characters, with the document share e^-idf), which also serve as the dictionary Chinese
text is read into words with; --common adds a list of a language's most frequent words
(one a line, or a JSON object of lists by language such as stopwords-iso.json, of which
--common-lang is read), each weighed as common. A word the articles hold in at least 1 %
of them keeps their count.`,
		Example: `  crosswire bench background --out bg.bin.gz ../shared/data/casie-cyber-news.jsonl
  crosswire bench background --out bg.bin.gz --exclude ../shared/data/bbc-mt-catalan.jsonl \
      ../shared/data/bbc-news-2225.jsonl ../shared/data/casie-cyber-news.jsonl`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "" {
				return &usageError{errors.New("bench background: --out is required")}
			}
			if source == "" {
				source = strings.Join(args, ", ")
			}
			var words []bench.WordSource
			for _, p := range idf {
				words = append(words, bench.WordSource{Path: p, IDF: true})
			}
			for _, p := range common {
				words = append(words, bench.WordSource{Path: p, Lang: commonLang})
			}
			bg, err := bench.BuildBackground(cmd.Context(), args, exclude, source, words...)
			if err != nil {
				return err
			}
			data, err := bg.MarshalBinary()
			if err != nil {
				return err
			}
			if err := os.WriteFile(out, data, 0o644); err != nil {
				return fmt.Errorf("bench background: %w", err)
			}
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "%s: %d articles, %d anchors, %d words, %d bytes\n",
				out, bg.Docs, bg.Anchors(), bg.Words(), len(data))
			return err
		},
	}
	f := cmd.Flags()
	f.StringVar(&out, "out", "", "file to write")
	f.StringVar(&source, "source", "", "description of the articles, stored in the file (default: the file names)")
	f.StringArrayVar(&exclude, "exclude", nil, "JSONL file whose ids and clusters name articles to leave out (repeatable)")
	f.StringArrayVar(&idf, "idf", nil, "\"word idf\" file (jieba analyse/idf.txt) whose words to add (repeatable)")
	f.StringArrayVar(&common, "common", nil, "list of a language's most frequent words to add as common (repeatable)")
	f.StringVar(&commonLang, "common-lang", "", "language to read from a JSON --common file (stopwords-iso.json: ms)")
	return cmd
}

func newBenchGroupCmd() *cobra.Command {
	var opts bench.Options
	var asJSON bool
	var bg benchBackground
	cmd := &cobra.Command{
		Use:   "group --input FILE.jsonl [--labels FILE] [--background FILE|none] [--background-less FILE.jsonl|none] [--json]",
		Short: "Measure grouping: articles/s, memory, and agreement with labelled stories",
		Long: `bench group groups every article of a JSONL file (one object a line: "id", the text and
optionally a title, outlet, language and publication time under the names check reads —
text/body/content, title/headline, published/date/pubdate — and a "cluster" label) into
stories exactly as check does — each article cleaned first (wire headers read into
metadata, boilerplate out; --raw skips it), then signatures, the LSH and anchor index,
verification, story cores; not roles — and reports throughput, peak RSS and index bytes per article.
When the articles carry a "cluster" label (or --labels gives {"id","cluster"} lines) it
also reports pairwise precision, recall and F1, the adjusted Rand index and B-cubed F1.

--stream measures the streaming index instead: each article placed on arrival with
the anchor frequencies seen so far and a bounded sample of its anchors, the path
serve and ingest use to find what an arrival touches (under 1 KiB per article at a
million articles). It is faster and lighter, and less accurate on independently
written reports of one event, which need every anchor's frequency in the whole
collection and story cores.

Cleaning happens while the input is read and is not timed.

--repeat N groups the input N times (IDs suffixed "#k"): throughput and memory at
scale; quality is reported for the first copy.

` + benchBackgroundHelp,
		Example: `  crosswire bench group --input articles.jsonl                 # "cluster" labels in the lines score it
  crosswire bench group --input articles.jsonl --labels truth.jsonl --json
  crosswire bench group --stream --input articles.jsonl --repeat 400   # the streaming index at scale`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if opts.Input == "" {
				return &usageError{errors.New("bench group: --input is required")}
			}
			if opts.Repeat < 1 {
				return &usageError{fmt.Errorf("bench group: --repeat %d: want 1 or more", opts.Repeat)}
			}
			var err error
			if opts.Index.Background, err = bg.resolve(cmd.Context(), opts.Input, cmd.ErrOrStderr()); err != nil {
				return fmt.Errorf("bench group: %w", err)
			}
			res, err := bench.Run(cmd.Context(), opts)
			if err != nil {
				return err
			}
			if res.Unread > 0 {
				lines := "lines hold"
				if res.Unread == 1 {
					lines = "line holds"
				}
				fmt.Fprintf(cmd.ErrOrStderr(), "crosswire: %s: %d %s no readable article, grouped as empty articles (first: %s)\n",
					opts.Input, res.Unread, lines, res.FirstUnread)
			}
			if asJSON {
				return res.WriteJSON(cmd.OutOrStdout())
			}
			return res.WriteTable(cmd.OutOrStdout())
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Input, "input", "", "JSONL file of articles")
	f.StringVar(&opts.Labels, "labels", "", "JSONL file of {\"id\",\"cluster\"} labels")
	f.IntVar(&opts.Repeat, "repeat", 1, "index the input this many times (throughput at scale)")
	f.IntVar(&opts.Workers, "workers", 0, "fingerprinting goroutines (0: GOMAXPROCS)")
	f.BoolVar(&opts.Stream, "stream", false, "measure the streaming index (serve, ingest) instead of the batch grouping check uses")
	f.BoolVar(&opts.Raw, "raw", false, "group the text as given (by default each article is cleaned first, as check cleans it: wire headers into metadata, boilerplate out)")
	var batch bool
	f.BoolVar(&batch, "batch", true, "the batch grouping check uses (the default)")
	_ = f.MarkDeprecated("batch", "it is the default; --stream measures the streaming index")
	f.BoolVar(&asJSON, "json", false, "write JSON")
	bg.register(cmd)
	return cmd
}
