package main

import (
	"strings"
	"testing"

	"crosswire"
)

// TestFetchHints checks the hint under skipped URLs: a robots.txt that
// disallows the page is the site asking crosswire not to fetch it, but a
// robots.txt that could not be read (the site down, no answer in time) is
// not, and the hint said it was.
func TestFetchHints(t *testing.T) {
	tests := []struct {
		name    string
		reasons []string
		want    []string // a piece of each hint, in order
		notWant string
	}{
		{"disallowed", []string{"disallowed by robots.txt"}, []string{"robots.txt asks crosswire not to fetch"}, "could not be read"},
		{"unavailable", []string{"robots.txt unavailable: HTTP 503 Service Unavailable"},
			[]string{"robots.txt could not be read"}, "asks crosswire"},
		{"both", []string{"disallowed by robots.txt", "robots.txt unavailable: timed out"},
			[]string{"asks crosswire not to fetch", "could not be read"}, ""},
		{"private", []string{"refused: not a public address: 127.0.0.1"}, []string{"--allow-private"}, "robots"},
		{"other", []string{"HTTP 404 Not Found"}, nil, "hint"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var skipped []crosswire.Skip
			for _, r := range tc.reasons {
				skipped = append(skipped, crosswire.Skip{Source: "https://news.example/a", Reason: r})
			}
			got := fetchHints(skipped)
			if len(got) != len(tc.want) {
				t.Fatalf("hints %q, want %d", got, len(tc.want))
			}
			for i, w := range tc.want {
				if !strings.Contains(got[i], w) {
					t.Errorf("hint %d = %q, want it to say %q", i, got[i], w)
				}
			}
			if all := strings.Join(got, "\n"); tc.notWant != "" && strings.Contains(all, tc.notWant) {
				t.Errorf("hints %q say %q", got, tc.notWant)
			}
		})
	}
}
