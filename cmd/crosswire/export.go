package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"crosswire"
	"crosswire/stix"
)

func (a *app) exportCmd() *cobra.Command {
	c := &cobra.Command{
		Use:   "export FORMAT",
		Short: "Export stored stories for other tools (stix: STIX 2.1 for threat-intelligence platforms)",
		Long: `export writes stored stories in a format other tools read. The only format so far is
stix: the cyber-attribution claims of a story as a STIX 2.1 bundle.`,
		Example: `  crosswire export stix s1a2b3c4d5e6f
  crosswire export stix --all --db news.db -o attribution.json
  crosswire export stix --all --artefacts --db news.db -o cti.json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return &usageError{fmt.Errorf("%s: name a format (stix)", cmd.CommandPath())}
		},
	}
	c.AddCommand(a.exportSTIXCmd())
	// One usage line: FORMAT is the subcommand.
	c.SetUsageTemplate(strings.Replace(c.UsageTemplate(), "{{if .HasAvailableSubCommands}}\n  {{.CommandPath}} [command]{{end}}", "", 1))
	return c
}

func (a *app) exportSTIXCmd() *cobra.Command {
	var (
		db, out        string
		all, artefacts bool
	)
	c := &cobra.Command{
		Use:   "stix [flags] STORY|--all",
		Short: "Write the attribution claims of stored stories as one STIX 2.1 bundle",
		Long: `stix reads one story (by the id 'crosswire stories' lists) or, with --all, every stored
story that makes cyber-attribution claims, and writes one STIX 2.1 bundle: a report per
story referencing every version, the threat groups (intrusion-set) and actors
(threat-actor), the identities of victims, accusers and states, attributed-to / targets /
located-at relationships with a confidence from how many independent versions state them,
sanctions and indicts relationships, denials as opinions and discrepancies as notes; and
the malware families (malware), CVE ids (vulnerability) and technical indicators
(indicator: IPv4 addresses named as such, defanged domains, file hashes) the versions
name, with uses / exploits / indicates relationships where one sentence pairs them.

With --all --artefacts, a story that reports a cyber incident and attributes nothing but
names malware, a CVE id or an indicator is exported too: its report and those objects.

Object ids are deterministic (UUIDv5), so importing a re-export updates the objects a
platform already holds instead of duplicating them. stix/README.md documents the mapping.

When --all finds nothing to export (an empty store, or no story attributing a cyber
incident) no bundle is written — not to stdout, and a file given to -o is left as it was —
and the exit status is 1 with the reason on stderr: a bundle with no object would import
nothing and retract nothing, and a scheduled export should notice an empty or mistyped store.`,
		Example: `  crosswire export stix s1a2b3c4d5e6f > story.stix.json
  crosswire export stix --all --db news.db -o attribution.json
  crosswire export stix --all --artefacts --db news.db -o cti.json`,
		Args: func(cmd *cobra.Command, args []string) error {
			switch {
			case all && len(args) > 0:
				return errors.New("give a STORY or --all, not both")
			case artefacts && !all:
				return errors.New("--artefacts goes with --all (a single STORY is exported with everything it names)")
			case !all && len(args) != 1:
				return errors.New("give one STORY id, or --all")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			st, err := openExistingStore(ctx, dbFlag(db, defaultDB))
			if err != nil {
				return err
			}
			defer st.Close()
			var stories []crosswire.Story
			if all {
				list, err := st.Stories(ctx, crosswire.StoryFilter{})
				if err != nil {
					return fmt.Errorf("list stories: %w", err)
				}
				for _, s := range list {
					story, err := st.Story(ctx, s.ID)
					if err != nil {
						return fmt.Errorf("read story %s: %w", s.ID, err)
					}
					stories = append(stories, story)
				}
				if len(stories) == 0 {
					return &exitError{code: exitSkipped, msg: "no stories in the store: no bundle written (add reports with 'crosswire ingest PATH')"}
				}
			} else {
				s, err := st.Story(ctx, args[0])
				if errors.Is(err, crosswire.ErrNotFound) {
					return &exitError{code: exitSkipped, msg: fmt.Sprintf("no story %q in the store (list them with 'crosswire stories')", args[0])}
				}
				if err != nil {
					return fmt.Errorf("read story %s: %w", args[0], err)
				}
				stories = append(stories, s)
			}
			b, err := (&stix.Exporter{OnlyClaims: all, Artefacts: artefacts}).Export(ctx, stories)
			if errors.Is(err, stix.ErrNoClaims) {
				return &exitError{code: exitSkipped, msg: fmt.Sprintf("none of the %d stored %s attributes a cyber incident: no bundle written",
					len(stories), plural(len(stories), "story", "stories"))}
			}
			if err != nil {
				return &exitError{code: exitSkipped, msg: err.Error()}
			}
			if !all && !stix.HasIncident(b) {
				holds := "its report, versions and discrepancy notes only"
				if stix.HasArtefacts(b) {
					holds = "its report, versions, discrepancy notes and the malware, vulnerabilities and indicators it names"
				}
				fmt.Fprintf(a.stderr, "crosswire: story %s reports no cyber incident: the bundle holds %s (no campaign, threat actors or targets)\n", stories[0].ID, holds)
			}
			data, err := stix.Encode(b)
			if err != nil {
				return err
			}
			if out == "" || out == "-" {
				_, err := a.stdout.Write(data)
				return err
			}
			return writeFileAtomic(out, data)
		},
	}
	c.Flags().BoolVar(&all, "all", false, "export every stored story that makes attribution claims")
	c.Flags().BoolVar(&artefacts, "artefacts", false, "with --all, also export cyber stories that attribute nothing but name malware, a CVE id or an indicator")
	c.Flags().StringVar(&db, "db", "", "store: SQLite file or postgres:// URL (default crosswire.db, or $CROSSWIRE_DB)")
	c.Flags().StringVarP(&out, "output", "o", "", "write the bundle to this file instead of stdout")
	return c
}

// writeFileAtomic writes data to path through a temporary file in the same
// directory, so a reader never sees half a bundle. The file gets the mode
// of the file it replaces, else 0644, as a file written in place would
// (the temporary file's own 0600 would hide the bundle from the other
// tools it is written for).
func writeFileAtomic(path string, data []byte) error {
	mode := os.FileMode(0o644)
	if info, err := os.Stat(path); err == nil {
		if info.IsDir() {
			return fmt.Errorf("write %s: it is a directory: give -o a file name", path)
		}
		mode = info.Mode().Perm()
	}
	dir := filepath.Dir(path)
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return fmt.Errorf("write %s: no directory %s", path, dir)
	}
	tmp, err := os.CreateTemp(dir, ".crosswire-export-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(mode); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
