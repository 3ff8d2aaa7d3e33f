package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// savedFeed is an RSS file saved to disk whose two items carry their own
// text (fictional events) and no link.
const savedFeed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Harlow Vale Courier</title>
<item><title>Weir gate jammed at Tessmoor</title><guid>courier-101</guid><pubDate>Tue, 03 Mar 2026 08:00:00 GMT</pubDate>
<description>A jammed weir gate flooded 14 allotments beside the Tessmoor canal on Monday night, the waterways board said. Engineers freed the gate by dawn and pumped the plots dry by noon.</description></item>
<item><title>Library roof repaired in Quennel</title><guid>courier-102</guid><pubDate>Tue, 03 Mar 2026 09:00:00 GMT</pubDate>
<description>The Quennel public library reopened on Tuesday after roofers replaced 220 slates torn off in a gale, the council said. The repair cost 18,000 crowns.</description></item>
</channel></rss>`

// TestWatchLocalFeedFile checks that a saved RSS file is a feed watch
// reads: its items are stored once and a second run reads nothing new.
// Before, watch refused it as "not an http(s) URL".
func TestWatchLocalFeedFile(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "courier.xml")
	if err := os.WriteFile(f, []byte(savedFeed), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "news.db")
	runs := []struct {
		name string
		want string
	}{
		{"first", "watch: 2 new articles (0 already stored, 0 skipped) from 1 feed"},
		{"again", "watch: 0 new articles (0 already stored, 0 skipped) from 1 feed"},
	}
	for _, r := range runs {
		out, serr, code := runCLI(t, "", "watch", "--once", "--feed-text", "--db", db, f)
		if code != 0 {
			t.Fatalf("%s run: exit %d; stderr:\n%s", r.name, code, serr)
		}
		if !strings.HasPrefix(out, r.want) {
			t.Errorf("%s run: stdout %q, want prefix %q", r.name, out, r.want)
		}
	}
	got := storedSources(t, db)
	if len(got) != 2 || !strings.HasSuffix(got[0], "courier.xml#courier-101") {
		t.Errorf("stored %v, want the two items named by the file and their GUIDs", got)
	}

}
