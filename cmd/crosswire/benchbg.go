package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"crosswire/group"
	"crosswire/group/bench"
)

// benchBackground holds the flags bench group, drift and lineage choose
// the background with: which background, and which corpora to leave out
// of it.
type benchBackground struct {
	file string
	less []string
}

// benchBackgroundHelp is the paragraph of the help of every bench command
// taking benchBackground's flags.
const benchBackgroundHelp = `The background (grouping's evidence weights, see bench background) is the embedded one
unless --background names a file ("none": the input's own frequencies alone). A benchmark
must not be weighed by its own articles: when the input is one of the background's sources
(it holds at least half the input's articles: the embedded one holds CASIE and BBC News),
every article of the input is left out of the background (said on stderr).
--background-less FILE.jsonl names the corpora to leave out instead (repeatable; every
article of each), --background-less none leaves nothing out (weights as a user's check has
them).`

// register adds the flags to cmd.
func (b *benchBackground) register(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&b.file, "background", "", "background frequencies file (bench background) instead of the embedded one; \"none\": the input's own frequencies alone")
	f.StringArrayVar(&b.less, "background-less", nil, "JSONL corpus whose articles to leave out of the background (repeatable; default: the input when it is one of the background's sources; \"none\": nothing)")
}

// resolve returns the background the flags choose for a benchmark of
// input, less the corpora to leave out (bench.LeaveOut), saying on log
// what it left out.
func (b *benchBackground) resolve(ctx context.Context, input string, log io.Writer) (*group.Background, error) {
	var bg *group.Background
	switch b.file {
	case "":
		bg = group.DefaultBackground()
	case "none":
		return group.NoBackground(), nil
	default:
		data, err := os.ReadFile(b.file)
		if err != nil {
			return nil, fmt.Errorf("background: %w", err)
		}
		if bg, err = group.DecodeBackground(data); err != nil {
			return nil, fmt.Errorf("background %s: %w", b.file, err)
		}
	}
	files, detect := b.less, false
	switch {
	case len(files) == 1 && files[0] == "none":
		return bg, nil
	case len(files) == 0:
		files, detect = []string{input}, true
	}
	less, report, err := bench.LeaveOut(ctx, bg, files, detect)
	if err != nil {
		return nil, err
	}
	for _, lo := range report {
		if lo.Source {
			fmt.Fprintf(log, "crosswire: background: left out the %d articles of %s (it holds %d of them); --background-less none keeps them\n",
				lo.Articles, filepath.Base(lo.File), lo.Held)
		}
	}
	return less, nil
}
