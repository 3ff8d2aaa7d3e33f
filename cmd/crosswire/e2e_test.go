package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"crosswire"
	"crosswire/examples"
	"crosswire/schema"
)

const examplesDir = "../../examples"

func loadExpected(t *testing.T) examples.Key {
	t.Helper()
	k, err := examples.LoadKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// runCLI runs the CLI in-process and returns stdout, stderr and the status.
func runCLI(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	dir := t.TempDir()
	in := filepath.Join(dir, "stdin")
	if err := os.WriteFile(in, []byte(stdin), 0o644); err != nil {
		t.Fatal(err)
	}
	inF, err := os.Open(in)
	if err != nil {
		t.Fatal(err)
	}
	defer inF.Close()
	outF, _ := os.Create(filepath.Join(dir, "stdout"))
	errF, _ := os.Create(filepath.Join(dir, "stderr"))
	code := run(context.Background(), args, inF, outF, errF)
	outF.Close()
	errF.Close()
	out, _ := os.ReadFile(filepath.Join(dir, "stdout"))
	serr, _ := os.ReadFile(filepath.Join(dir, "stderr"))
	return string(out), string(serr), code
}

func checkJSON(t *testing.T, args ...string) crosswire.Report {
	t.Helper()
	out, serr, code := runCLI(t, "", append([]string{"check", "--format", "json"}, args...)...)
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, serr)
	}
	if err := schema.ValidateReport([]byte(out)); err != nil {
		t.Fatalf("report breaks its contract: %v", err)
	}
	var r crosswire.Report
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	return r
}

// TestExamplesEndToEnd checks the whole pipeline against the answer key:
// stories grouped right, every planted conflict found with correct spans,
// no paraphrase trap flagged, boilerplate gone.
func TestExamplesEndToEnd(t *testing.T) {
	want := loadExpected(t)
	r := checkJSON(t, examplesDir)

	// Which story holds each file, and each file's article.
	storyOf := map[string]int{}
	art := map[string]crosswire.Article{}
	for i, s := range r.Stories {
		for _, a := range s.Articles {
			f := filepath.Base(a.Source)
			storyOf[f] = i
			art[f] = a
		}
	}
	storyIdx := map[string]int{}
	t.Run("grouping", func(t *testing.T) {
		for _, ws := range want.Stories {
			first, ok := storyOf[ws.Original]
			if !ok {
				t.Fatalf("%s missing from the report", ws.Original)
			}
			storyIdx[ws.Name] = first
			got := []string{}
			for _, a := range r.Stories[first].Articles {
				got = append(got, filepath.Base(a.Source))
			}
			wantFiles := append([]string(nil), ws.Articles...)
			sort.Strings(got)
			sort.Strings(wantFiles)
			if strings.Join(got, " ") != strings.Join(wantFiles, " ") {
				t.Errorf("story %s: got versions %v, want %v", ws.Name, got, wantFiles)
			}
			if a := art[ws.Original]; a.Role != crosswire.RoleOriginal {
				t.Errorf("story %s: %s has role %s, want original", ws.Name, ws.Original, a.Role)
			}
			for f, role := range ws.Roles {
				if got := string(art[f].Role); got != role {
					t.Errorf("story %s: %s has role %s, want %s", ws.Name, f, got, role)
				}
			}
		}
		for _, f := range want.Unrelated {
			i, ok := storyOf[f]
			if !ok {
				t.Errorf("unrelated %s missing", f)
				continue
			}
			if n := len(r.Stories[i].Articles); n != 1 {
				t.Errorf("unrelated %s was merged into a story of %d versions", f, n)
			}
		}
	})

	// spanHits reports whether a discrepancy has a source in file whose span
	// overlaps the expected text's position in the clean text.
	overlaps := func(d crosswire.Discrepancy, file, text string) bool {
		a := art[file]
		at := strings.Index(a.Text, text)
		for _, v := range d.Variants {
			for _, sp := range v.Sources {
				if sp.Article != a.ID {
					continue
				}
				if a.Text[sp.Start:sp.End] != sp.Text {
					t.Errorf("span %q [%d:%d] does not match the text of %s", sp.Text, sp.Start, sp.End, file)
				}
				if at >= 0 && sp.Start < at+len(text) && at < sp.End {
					return true
				}
			}
		}
		return false
	}
	t.Run("planted conflicts found", func(t *testing.T) {
		found := 0
		for _, c := range want.Conflicts {
			s := r.Stories[storyIdx[c.Story]]
			hit := false
			for _, d := range s.Discrepancies {
				all := true
				for _, v := range c.Variants {
					if !overlaps(d, v.File, v.Text) {
						all = false
						break
					}
				}
				if all {
					hit = true
					break
				}
			}
			if hit {
				found++
			} else {
				t.Errorf("planted %s conflict not found in story %s: %+v", c.Kind, c.Story, c.Variants)
			}
		}
		t.Logf("planted conflicts found: %d/%d", found, len(want.Conflicts))
	})
	t.Run("no trap flagged", func(t *testing.T) {
		for _, tr := range want.Traps {
			s := r.Stories[storyIdx[tr.Story]]
			for _, d := range s.Discrepancies {
				if d.Severity == crosswire.SeverityLow {
					continue // wording kept its meaning: reported, not alarmed
				}
				n := 0
				for _, tx := range tr.Texts {
					if overlaps(d, tx.File, tx.Text) {
						n++
					}
				}
				if n >= 2 || (n == 1 && len(tr.Texts) == 1) {
					t.Errorf("paraphrase trap (%s) flagged as %s %s discrepancy %q: %+v", tr.Kind, d.Severity, d.Kind, d.Subject, tr.Texts)
				}
			}
		}
	})
	t.Run("boilerplate removed", func(t *testing.T) {
		for _, b := range want.Boilerplate {
			a, ok := art[b.File]
			if !ok {
				t.Errorf("%s missing", b.File)
				continue
			}
			if b.Reason == crosswire.ReasonSubhead {
				// Subheads stay in the text, listed as spans.
				listed := false
				for _, sp := range a.Subheads {
					listed = listed || sp.Text == b.Text && a.Text[sp.Start:sp.End] == b.Text
				}
				if !listed {
					t.Errorf("%s: subhead %q not listed in %+v", b.File, b.Text, a.Subheads)
				}
				continue
			}
			if strings.Contains(a.Text, b.Text) {
				t.Errorf("%s: boilerplate still in the clean text: %q", b.File, b.Text)
			}
			reason := ""
			for _, rm := range a.Removed {
				if strings.Contains(rm.Text, b.Text) || strings.Contains(b.Text, strings.TrimSpace(rm.Text)) {
					reason = rm.Reason
				}
			}
			if reason != b.Reason {
				t.Errorf("%s: %q removed as %q, want %q", b.File, b.Text, reason, b.Reason)
			}
		}
		for _, k := range want.Kept {
			if !strings.Contains(art[k.File].Text, k.Text) {
				t.Errorf("%s: cleaning dropped a sentence that carries facts: %q", k.File, k.Text)
			}
		}
	})
}

func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("good.txt", []byte("Title: Bridge reopens\n\nThe Varn river bridge in Ostmark reopened on Tuesday after a nine-month repair, the city council said. About 40,000 vehicles cross it every day.\n"))
	empty := write("empty.txt", nil)
	binary := write("blob.txt", []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3, 0, 0, 0})
	badUTF := write("latin.txt", []byte("Caf\xe9 \xff\xfe owner said \xc3\x28 nothing"))
	big := write("big.txt", bytes.Repeat([]byte("word "), 300))
	missing := filepath.Join(dir, "nope.txt")

	out, serr, code := runCLI(t, "", "check", "--format", "json", "--max-size", "1KiB", good, empty, binary, badUTF, big, missing)
	if code != exitSkipped {
		t.Fatalf("exit %d, want 1; stderr:\n%s", code, serr)
	}
	var r crosswire.Report
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("bad JSON: %v\n%s", err, out)
	}
	skipped := map[string]string{}
	for _, s := range r.Skipped {
		skipped[s.Source] = s.Reason
	}
	for _, p := range []string{empty, binary, badUTF, big, missing} {
		if skipped[p] == "" {
			t.Errorf("%s not listed as skipped: %+v", p, r.Skipped)
		}
		if !strings.Contains(serr, p) {
			t.Errorf("stderr does not name %s:\n%s", p, serr)
		}
	}
	if len(r.Stories) != 1 || r.Stories[0].Articles[0].Source != good {
		t.Errorf("the readable input was not processed: %+v", r.Stories)
	}

	// All inputs skipped is still exit 1, and a usage error is exit 2.
	if _, _, code := runCLI(t, "", "check", missing); code != exitSkipped {
		t.Errorf("all skipped: exit %d, want 1", code)
	}
	for _, args := range [][]string{{"check"}, {"check", "--format", "yaml", good}, {"check", "--bogus", good}, {"check", "--max-size", "lots", good}, {"nosuchcommand"}} {
		if _, _, code := runCLI(t, "", args...); code != exitUsage {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
}

func TestStdinAndFormats(t *testing.T) {
	text := "Title: Harbour strike ends\n\nDock workers in Port Selm ended a 12-day strike on Friday, the Selm Harbour Authority said. \"This is a fair deal,\" union leader Ines Varga said.\n"
	for _, tc := range []struct {
		format string
		want   string
	}{
		{"text", "Harbour strike ends"},
		{"markdown", "## Story 1: Harbour strike ends"},
		{"json", `"source": "-"`},
	} {
		t.Run(tc.format, func(t *testing.T) {
			out, serr, code := runCLI(t, text, "check", "--format", tc.format, "-")
			if code != 0 {
				t.Fatalf("exit %d: %s", code, serr)
			}
			if !strings.Contains(out, tc.want) {
				t.Errorf("output lacks %q:\n%s", tc.want, out)
			}
		})
	}
}

func TestStoreCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "news.db")
	out, serr, code := runCLI(t, "", "ingest", "--db", db, examplesDir)
	if code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, serr)
	}
	if !strings.Contains(out, "ingested") || strings.Contains(out, "ingested 0 new") {
		t.Fatalf("ingest output: %s", out)
	}
	// Idempotent: the same articles again add nothing.
	out2, _, code := runCLI(t, "", "ingest", "--db", db, examplesDir)
	if code != 0 || !strings.Contains(out2, "ingested 0 new") {
		t.Fatalf("re-ingest was not idempotent (exit %d): %s", code, out2)
	}
	out, _, code = runCLI(t, "", "stories", "--db", db, "--json")
	if code != 0 {
		t.Fatalf("stories: exit %d", code)
	}
	var list struct {
		Stories []crosswire.StorySummary `json:"stories"`
	}
	if err := json.Unmarshal([]byte(out), &list); err != nil || len(list.Stories) == 0 {
		t.Fatalf("stories --json: %v\n%s", err, out)
	}
	biggest := list.Stories[0]
	for _, s := range list.Stories {
		if s.ArticleCount > biggest.ArticleCount {
			biggest = s
		}
	}
	out, serr, code = runCLI(t, "", "show", "--db", db, "--format", "json", biggest.ID)
	if code != 0 {
		t.Fatalf("show: exit %d: %s", code, serr)
	}
	if err := schema.ValidateReport([]byte(out)); err != nil {
		t.Fatalf("show --format json: %v", err)
	}
	if _, _, code := runCLI(t, "", "show", "--db", db, "no-such-story"); code != exitSkipped {
		t.Errorf("show of a missing story: exit %d, want 1", code)
	}
	out, _, _ = runCLI(t, "", "stories", "--db", db, "--conflicts")
	if !strings.Contains(out, biggest.Title) && biggest.HighDiscrepancies > 0 {
		t.Errorf("--conflicts lost story %q:\n%s", biggest.Title, out)
	}
}

func TestHelpExplainsEveryCommand(t *testing.T) {
	for _, cmd := range []string{"check", "demo", "ingest", "stories", "show"} {
		out, _, code := runCLI(t, "", cmd, "--help")
		if code != 0 || !strings.Contains(out, "Examples:") || !strings.Contains(out, "Flags:") {
			t.Errorf("%s --help (exit %d) lacks examples or flags:\n%s", cmd, code, out)
		}
	}
	// serve's help names its endpoints and when a token is needed, for a
	// user who has the binary and not the README
	out, _, code := runCLI(t, "", "serve", "--help")
	for _, want := range []string{"POST /api/articles", "GET /api/stories", "/api/openapi.json", "--token", "Examples:"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("serve --help (exit %d) lacks %q:\n%s", code, want, out)
		}
	}
}

func TestDemo(t *testing.T) {
	out, serr, code := runCLI(t, "", "demo")
	if code != 0 {
		t.Fatalf("demo: exit %d: %s", code, serr)
	}
	for _, w := range []string{"Story 1:", "Discrepancies", "examples/"} {
		if !strings.Contains(out, w) {
			t.Errorf("demo output lacks %q", w)
		}
	}
}
