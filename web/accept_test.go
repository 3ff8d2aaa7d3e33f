package web

import (
	"regexp"
	"strings"
	"testing"

	"crosswire/ingest"
)

// The upload form's file picker offers every kind of file the server
// reads (the same reader as 'crosswire check'): it offered .txt .md .html
// .htm .json .jsonl .ndjson only, so a .warc.gz crawl, a .markdown or
// .xhtml page could not be picked although an upload of one is read.
func TestUploadAcceptsWhatIsRead(t *testing.T) {
	ts := newTestServer(t)
	_, page := do(t, "GET", ts.URL+"/add", "", "")
	m := regexp.MustCompile(`type="file" name="files" multiple accept="([^"]*)"`).FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("no file input with accept:\n%s", page)
	}
	accepted := map[string]bool{}
	for _, a := range strings.Split(m[1], ",") {
		accepted[a] = true
	}
	for _, ext := range ingest.Extensions {
		if !accepted[ext] {
			t.Errorf("the file picker does not offer %s (accept=%q)", ext, m[1])
		}
	}
}
