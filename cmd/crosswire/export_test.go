package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crosswire/stix"
)

// runExportCLI runs the CLI in-process and returns stdout, stderr and the
// exit status.
func runExportCLI(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	dir := t.TempDir()
	outF, err := os.Create(filepath.Join(dir, "stdout"))
	if err != nil {
		t.Fatal(err)
	}
	errF, err := os.Create(filepath.Join(dir, "stderr"))
	if err != nil {
		t.Fatal(err)
	}
	code := run(context.Background(), args, os.Stdin, outF, errF)
	outF.Close()
	errF.Close()
	out, _ := os.ReadFile(filepath.Join(dir, "stdout"))
	serr, _ := os.ReadFile(filepath.Join(dir, "stderr"))
	return string(out), string(serr), code
}

// TestExportSTIX ingests the attribution package's fictional test story
// into a store and exports it.
func TestExportSTIX(t *testing.T) {
	dir := t.TempDir()
	versions := []struct{ file, outlet, published string }{
		{"kaldera-wire.txt", "Harbour Wire", "2025-03-03T10:00:00Z"},
		{"kaldera-rewrite.txt", "Evening Ledger", "2025-03-03T14:00:00Z"},
		{"kaldera-contested.txt", "Tech Sentinel", "2025-03-04T09:00:00Z"},
	}
	for _, v := range versions {
		body, err := os.ReadFile(filepath.Join("..", "..", "attribution", "testdata", v.file))
		if err != nil {
			t.Fatal(err)
		}
		head := "Title: Kaldera blames hackers for energy ministry breach\nOutlet: " + v.outlet +
			"\nURL: https://" + strings.ToLower(strings.ReplaceAll(v.outlet, " ", "")) + ".example/" + v.file +
			"\nPublished: " + v.published + "\n\n"
		if err := os.WriteFile(filepath.Join(dir, v.file), []byte(head+string(body)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "test.db")
	if _, serr, code := runExportCLI(t, "ingest", "-q", "--db", db, dir); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, serr)
	}

	out, serr, code := runExportCLI(t, "export", "stix", "--all", "--db", db)
	if code != 0 {
		t.Fatalf("export --all: exit %d: %s", code, serr)
	}
	b, err := stix.Read([]byte(out))
	if err != nil {
		t.Fatal(err)
	}
	var group, report string
	for _, o := range b.Objects {
		switch {
		case o.Type == "intrusion-set" && o.Name == "Ashen Mantis":
			group = o.ID
		case o.Type == "report":
			report = o.XStory
		}
	}
	if group == "" || report == "" {
		t.Fatalf("export lacks the group (%q) or a report (%q)", group, report)
	}
	schemas := filepath.Join("..", "..", "..", "shared", "data", "stix2.1", "schemas")
	if _, err := os.Stat(schemas); err == nil {
		v, err := stix.NewValidator(schemas)
		if err != nil {
			t.Fatal(err)
		}
		if err := v.Validate([]byte(out)); err != nil {
			t.Errorf("exported bundle does not validate: %v", err)
		}
	} else {
		t.Logf("STIX schemas not found at %s: bundle not validated", schemas)
	}

	t.Run("one story to a file", func(t *testing.T) {
		file := filepath.Join(t.TempDir(), "story.json")
		if _, serr, code := runExportCLI(t, "export", "stix", "--db", db, "-o", file, report); code != 0 {
			t.Fatalf("exit %d: %s", code, serr)
		}
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		var one stix.Bundle
		if err := json.Unmarshal(data, &one); err != nil || one.Object(group) == nil {
			t.Errorf("the story's bundle lacks the group (%v)", err)
		}
		if strings.Contains(serr, "no cyber incident") {
			t.Errorf("a cyber story's export warns: %s", serr)
		}
	})
	t.Run("a story with no cyber incident says so", func(t *testing.T) {
		plain := filepath.Join(t.TempDir(), "barrier.txt")
		text := "Title: Tidal barrier closes early at Marrowick\n\nThe Marrowick tidal barrier was closed two hours early on Tuesday as the river rose faster than forecast, the harbour board said. No homes were flooded.\n"
		if err := os.WriteFile(plain, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		db2 := filepath.Join(t.TempDir(), "plain.db")
		if _, serr, code := runExportCLI(t, "ingest", "-q", "--db", db2, plain); code != 0 {
			t.Fatalf("ingest: exit %d: %s", code, serr)
		}
		list, _, _ := runExportCLI(t, "stories", "--db", db2, "--json")
		var listed struct {
			Stories []struct {
				ID string `json:"id"`
			} `json:"stories"`
		}
		if err := json.Unmarshal([]byte(list), &listed); err != nil || len(listed.Stories) != 1 {
			t.Fatalf("stories: %v %q", err, list)
		}
		out, serr, code := runExportCLI(t, "export", "stix", "--db", db2, listed.Stories[0].ID)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, serr)
		}
		if !strings.Contains(serr, "no cyber incident") {
			t.Errorf("stderr %q does not say the story reports no cyber incident", serr)
		}
		if b, err := stix.Read([]byte(out)); err != nil || stix.HasIncident(b) {
			t.Errorf("bundle: %v, incident %v", err, b != nil && stix.HasIncident(b))
		}
	})
	t.Run("the same export twice is byte-identical", func(t *testing.T) {
		again, _, _ := runExportCLI(t, "export", "stix", "--all", "--db", db)
		if again != out {
			t.Error("two exports differ")
		}
	})
	for _, tc := range []struct {
		name string
		args []string
		code int
	}{
		{"unknown story", []string{"export", "stix", "--db", db, "s-nosuch"}, exitSkipped},
		{"no story and no --all", []string{"export", "stix", "--db", db}, exitUsage},
		{"a story and --all", []string{"export", "stix", "--db", db, "--all", report}, exitUsage},
		{"no format", []string{"export"}, exitUsage},
		{"help", []string{"export", "stix", "--help"}, exitOK},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, serr, code := runExportCLI(t, tc.args...)
			if code != tc.code {
				t.Errorf("exit %d, want %d: %s", code, tc.code, serr)
			}
			if tc.code == exitOK && (!strings.Contains(out, "Examples:") || !strings.Contains(out, "Flags:")) {
				t.Errorf("help lacks examples or flags:\n%s", out)
			}
		})
	}
}

// TestWriteFileAtomic: -o writes a file other tools can read (0644, or the
// mode of the file it replaces, not the temporary file's 0600) and names a
// directory or a missing directory as such, leaving no temporary file.
func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	kept := filepath.Join(dir, "kept.json")
	if err := os.WriteFile(kept, []byte("{}"), 0o640); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(kept, 0o640); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path string
		mode       os.FileMode
		wantErr    string
	}{
		{"new file", filepath.Join(dir, "bundle.json"), 0o644, ""},
		{"replaced file keeps its mode", kept, 0o640, ""},
		{"a directory", dir, 0, "it is a directory"},
		{"a missing directory", filepath.Join(dir, "none", "bundle.json"), 0, "no directory " + filepath.Join(dir, "none")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := writeFileAtomic(tc.path, []byte(`{"type": "bundle"}`))
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Errorf("err = %v, want %q", err, tc.wantErr)
				}
				return
			}
			info, serr := os.Stat(tc.path)
			if err != nil || serr != nil {
				t.Fatalf("err %v, stat %v", err, serr)
			}
			if info.Mode().Perm() != tc.mode {
				t.Errorf("mode %v, want %v", info.Mode().Perm(), tc.mode)
			}
		})
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".crosswire-export-*"))
	if len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}
