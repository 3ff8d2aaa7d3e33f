package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"crosswire/examples"
	"crosswire/ingest"
)

func (a *app) demoCmd() *cobra.Command {
	var o checkOptions
	c := &cobra.Command{
		Use:   "demo [flags]",
		Short: "Cross-check the bundled example corpus",
		Long: `demo runs check on the example corpus built into the binary: fictional events, each
told by a wire original, a reworded rewrite, a translation-like version and an excerpt,
mixed with unrelated articles. The planted conflicts and the expected answer are in
examples/expected.json of the source tree.`,
		Example: `  crosswire demo
  crosswire demo --format markdown > demo.md
  crosswire demo --explain`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := validFormat(o.format); err != nil {
				return err
			}
			dir, err := os.MkdirTemp("", "crosswire-demo-")
			if err != nil {
				return fmt.Errorf("demo: %w", err)
			}
			defer os.RemoveAll(dir)
			if err := os.CopyFS(filepath.Join(dir, "examples"), examples.FS); err != nil {
				return fmt.Errorf("demo: unpack examples: %w", err)
			}
			r := &ingest.Reader{Stdin: a.stdin, Logger: a.logger()}
			docs, skipped := r.Read(cmd.Context(), []string{filepath.Join(dir, "examples")})
			prefix := dir + string(filepath.Separator)
			for i := range docs {
				docs[i].Source = filepath.ToSlash(strings.TrimPrefix(docs[i].Source, prefix))
			}
			return a.checkRead(cmd.Context(), docs, skipped, o)
		},
	}
	o.bind(c, false)
	return c
}

var _ fs.FS = examples.FS
