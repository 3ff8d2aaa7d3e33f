package ingest_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"

	"crosswire/ingest"
)

func ExampleReader_Read() {
	dir, _ := os.MkdirTemp("", "ingest-example-")
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "bridge.txt"), []byte("Title: Flood closes bridge\nOutlet: Eastvale Courier\nPublished: 2026-03-04\n\nHeavy rain closed the Mill Street bridge on Tuesday."), 0o644)
	os.WriteFile(filepath.Join(dir, "wire.jsonl"), []byte("{\"text\":\"Officials said 40 residents were moved.\",\"url\":\"https://wire.example/1\"}\n{broken\n"), 0o644)

	r := &ingest.Reader{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	docs, skips := r.Read(context.Background(), []string{dir, filepath.Join(dir, "missing.md")})
	for _, d := range docs {
		rel, _ := filepath.Rel(dir, d.Source)
		if d.URL != "" && d.Source == d.URL {
			rel = d.Source
		}
		fmt.Printf("%s | %s | %s | %s\n", rel, d.Title, d.Outlet, d.Body)
	}
	for _, s := range skips {
		rel, _ := filepath.Rel(dir, s.Source)
		fmt.Printf("skipped %s: %s\n", rel, s.Reason)
	}
	// Output:
	// bridge.txt | Flood closes bridge | Eastvale Courier | Heavy rain closed the Mill Street bridge on Tuesday.
	// https://wire.example/1 |  |  | Officials said 40 residents were moved.
	// skipped wire.jsonl#2: invalid JSON: invalid character 'b' looking for beginning of object key string at byte 2
	// skipped missing.md: no such file
}
