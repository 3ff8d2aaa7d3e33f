package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportAllNothingToExport checks export stix --all on a store with
// nothing to export — empty, or holding only stories that attribute no
// cyber incident (one or several): no bundle on stdout, a file given to
// -o left as it was, a message on stderr saying no bundle was written,
// and exit 1. Before, a store of one such story exported that story's
// report as if it had been named (--all leaves such stories out only
// among several).
func TestExportAllNothingToExport(t *testing.T) {
	reports := []string{
		"Title: Tidal barrier closes early at Marrowick\n\nThe Marrowick tidal barrier was closed two hours early on Tuesday as the river rose faster than forecast, the harbour board said. No homes were flooded.\n",
		"Title: Orchard fair moves indoors in Pell Hollow\n\nThe Pell Hollow orchard fair moved into the grain hall on Saturday after 30 millimetres of rain fell overnight, its organisers said. About 900 visitors came.\n",
	}
	for _, tc := range []struct {
		name    string
		reports []string
	}{
		{"empty store", nil},
		{"one story with no claims", reports[:1]},
		{"two stories with no claims", reports},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			db := filepath.Join(dir, "news.db")
			if _, serr, code := runExportCLI(t, "migrate", "--db", db); code != 0 {
				t.Fatalf("migrate: exit %d: %s", code, serr)
			}
			for i, r := range tc.reports {
				f := filepath.Join(dir, "r"+string(rune('a'+i))+".txt")
				if err := os.WriteFile(f, []byte(r), 0o644); err != nil {
					t.Fatal(err)
				}
				if _, serr, code := runExportCLI(t, "ingest", "-q", "--db", db, f); code != 0 {
					t.Fatalf("ingest: exit %d: %s", code, serr)
				}
			}
			out, serr, code := runExportCLI(t, "export", "stix", "--all", "--db", db)
			if code != exitSkipped || out != "" || !strings.Contains(serr, "no bundle written") {
				t.Errorf("stdout: exit %d, stdout %d bytes, stderr %q; want exit %d, nothing, \"no bundle written\"", code, len(out), serr, exitSkipped)
			}
			file := filepath.Join(dir, "feed.stix.json")
			const before = "yesterday's bundle"
			if err := os.WriteFile(file, []byte(before), 0o644); err != nil {
				t.Fatal(err)
			}
			_, serr, code = runExportCLI(t, "export", "stix", "--all", "--db", db, "-o", file)
			if got, _ := os.ReadFile(file); code != exitSkipped || string(got) != before {
				t.Errorf("-o: exit %d, file %q (stderr %q); want exit %d and the file untouched", code, got, serr, exitSkipped)
			}
		})
	}
}
