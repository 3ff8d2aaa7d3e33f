package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadableReport runs check on the fictional example corpus and reads
// the text report as a user would: sources as places with quoted words,
// stdin by name, the unique claims left out unless asked for, --explain
// marking runs of words, coloured only when asked (the test's stdout is a
// file, not a terminal).
func TestReadableReport(t *testing.T) {
	rewrite, err := os.ReadFile(filepath.Join(examplesDir, "tarsk-dam-rewrite.txt"))
	if err != nil {
		t.Fatal(err)
	}
	wire := filepath.Join(examplesDir, "tarsk-dam-wire.txt")
	wireText, err := os.ReadFile(wire)
	if err != nil {
		t.Fatal(err)
	}
	// The wire text with no outlet and no URL: evidence can only name it
	// by its source.
	var bare []string
	for _, l := range strings.Split(string(wireText), "\n") {
		if !strings.HasPrefix(l, "Outlet:") && !strings.HasPrefix(l, "URL:") {
			bare = append(bare, l)
		}
	}
	excerpt := filepath.Join(examplesDir, "tarsk-dam-excerpt.txt")
	for _, tc := range []struct {
		name    string
		stdin   string
		args    []string
		want    []string
		wantNot []string
	}{
		{
			name:    "sources are places",
			args:    []string{"check", wire, excerpt, filepath.Join(examplesDir, "tarsk-dam-rewrite.txt")},
			want:    []string{"tarsk-dam-wire.txt, paragraph ", `: "`},
			wantNot: []string{"tarsk-dam-wire.txt@", "tarsk-dam-rewrite.txt@"},
		},
		{
			name:    "stdin by default name",
			stdin:   string(rewrite),
			args:    []string{"check", wire, "-"},
			want:    []string{" stdin", "stdin, paragraph "},
			wantNot: []string{"from - ", "— -,", "rewrite     -"},
		},
		{
			name:    "stdin by --name",
			stdin:   string(rewrite),
			args:    []string{"check", "--name", "desk-copy.txt", wire, "-"},
			want:    []string{"desk-copy.txt, paragraph "},
			wantNot: []string{" stdin"},
		},
		{
			name:    "stdin named in evidence",
			stdin:   strings.Join(bare, "\n"),
			args:    []string{"check", "--evidence", "-", excerpt},
			want:    []string{"from stdin — ", "measured: published 2h after stdin;"},
			wantNot: []string{"after -", " in - "},
		},
		{
			name:  "json keeps -",
			stdin: string(rewrite),
			args:  []string{"check", "--format", "json", "--name", "desk-copy.txt", wire, "-"},
			want:  []string{`"source": "-"`},
		},
		{
			name:    "relations in words",
			args:    []string{"demo"},
			want:    []string{"of its sentences are taken from"},
			wantNot: []string{"measured: ", "shingles"},
		},
		{
			name: "relations with the measures",
			args: []string{"demo", "--evidence"},
			want: []string{"of its sentences are taken from", "measured: "},
		},
		{
			name:    "unique claims left out by default",
			args:    []string{"demo"},
			want:    []string{"not listed: ", "unique claims", "--all-facts lists them"},
			wantNot: []string{"unique       claim "},
		},
		{
			name:    "all facts",
			args:    []string{"demo", "--all-facts"},
			want:    []string{"unique       claim "},
			wantNot: []string{"not listed: ", "more unique"},
		},
		{
			name:    "explain in a pipe: plain runs",
			args:    []string{"demo", "--explain"},
			want:    []string{"[-", "{+"},
			wantNot: []string{"-] [-", "+} {+", "\x1b["},
		},
		{
			name:    "explain coloured when asked",
			args:    []string{"demo", "--explain", "--color", "always"},
			want:    []string{"\x1b[1;31m", "\x1b[1;32m", "\x1b[0m"},
			wantNot: []string{"[-", "{+"},
		},
		{
			name:    "markdown explain stays plain on --color auto",
			args:    []string{"demo", "--explain", "--format", "markdown"},
			want:    []string{"[-"},
			wantNot: []string{"\x1b["},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, serr, code := runCLI(t, tc.stdin, tc.args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, serr)
			}
			outputHas(t, out, tc.want, tc.wantNot)
		})
	}
}

// TestReportFlagsHelpAndErrors: --help says what the report leaves out and
// why; a bad --color is a usage error.
func TestReportFlagsHelpAndErrors(t *testing.T) {
	out, _, code := runCLI(t, "", "check", "--help")
	if code != 0 {
		t.Fatalf("help exit %d", code)
	}
	for _, w := range []string{"--all-facts", "claims only one version states", "rewording", "--name", "--color", "--evidence"} {
		if !strings.Contains(out, w) {
			t.Errorf("check --help lacks %q:\n%s", w, out)
		}
	}
	if _, serr, code := runCLI(t, "", "demo", "--explain", "--color", "sometimes"); code != exitUsage || !strings.Contains(serr, "--color") {
		t.Errorf("bad --color: exit %d, stderr %q", code, serr)
	}
}

// outputHas fails the test for each of want missing from out and each of
// wantNot in it.
func outputHas(t *testing.T, out string, want, wantNot []string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
	for _, w := range wantNot {
		if strings.Contains(out, w) {
			t.Errorf("output has %q:\n%s", w, out)
		}
	}
}
