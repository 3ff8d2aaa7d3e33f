package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBenchBackgroundLeaveOut: bench group measured on a corpus its
// background was built from leaves the corpus out of it and says so;
// --background-less none keeps it; a corpus the background was not built
// from is left as it was unless named.
func TestBenchBackgroundLeaveOut(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	src := write("src.jsonl", `{"id":"s1","cluster":"a","title":"Tram line opens in Orrowby","text":"The Orrowby tram line opened on Saturday after 14 months of work, mayor Idris Callow said."}
{"id":"s2","cluster":"a","title":"Orrowby trams full on first day","text":"Trams in Orrowby carried 9,000 riders on their first day, mayor Idris Callow said."}
`)
	other := write("other.jsonl", `{"id":"o1","cluster":"b","title":"Lighthouse sold in Garrick Bay","text":"The Garrick Bay lighthouse was sold at auction for 410,000 to a local trust."}
`)
	bgFile := filepath.Join(dir, "bg.bin.gz")
	if _, serr, code := runCLI(t, "", "bench", "background", "--out", bgFile, src); code != 0 {
		t.Fatalf("bench background: exit %d: %s", code, serr)
	}
	for _, tc := range []struct {
		name string
		args []string
		want string // in stderr; "" = nothing left out
	}{
		{"a source", []string{"--input", src}, "left out the 2 articles of src.jsonl (it holds 2 of them)"},
		{"a source kept", []string{"--input", src, "--background-less", "none"}, ""},
		{"another corpus", []string{"--input", other}, ""},
		{"another corpus named", []string{"--input", other, "--background-less", src}, "left out the 2 articles of src.jsonl"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"bench", "group", "--json", "--background", bgFile}, tc.args...)
			_, serr, code := runCLI(t, "", args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, serr)
			}
			if got := strings.Contains(serr, "left out"); got != (tc.want != "") || !strings.Contains(serr, tc.want) {
				t.Errorf("stderr %q, want %q", serr, tc.want)
			}
		})
	}
}
