package ingest

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// manyElements writes a fictional page whose article body holds n inline
// elements, after a head with metadata and some furniture.
func manyElements(n int) string {
	var b strings.Builder
	b.WriteString(`<html lang="en"><head><title>Harbor council votes | Harbor Post</title>` +
		`<meta name="author" content="Ada Linden"><meta property="og:site_name" content="Harbor Post">` +
		`<script>var x = "<p>not text</p>";</script></head><body><nav><a href="/">Home</a> Menu</nav>` +
		`<article><h1>Harbor council votes</h1><p>The council voted on Tuesday to close the old pier.</p><p>`)
	for range n {
		b.WriteString("<b>a</b> ")
	}
	b.WriteString(`</p><p>The vote was 7 to 2.</p></article><footer>Copyright notice</footer></body></html>`)
	return b.String()
}

// TestHTMLManyElements: a page over maxHTMLElements is read in one
// streaming pass: its metadata and main text come out, its script, nav
// and footer do not.
func TestHTMLManyElements(t *testing.T) {
	for _, tc := range []struct {
		name     string
		n        int
		streamed bool
	}{
		{"under the cap", 100, false},
		{"over the cap", maxHTMLElements + 1, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := manyElements(tc.n)
			if got := overElements(page, maxHTMLElements); got != tc.streamed {
				t.Fatalf("overElements = %v, want %v", got, tc.streamed)
			}
			doc, reason := htmlDocument("p.html", []byte(page), "", quiet())
			if reason != "" {
				t.Fatalf("skipped: %s", reason)
			}
			if !strings.Contains(doc.Body, "voted on Tuesday to close the old pier") || !strings.Contains(doc.Body, "The vote was 7 to 2.") {
				t.Errorf("body lacks the article's paragraphs: %.200q", doc.Body)
			}
			for _, junk := range []string{"not text", "Menu", "Copyright"} {
				if strings.Contains(doc.Body, junk) {
					t.Errorf("body holds page furniture %q", junk)
				}
			}
			if doc.Author != "Ada Linden" || doc.Outlet != "Harbor Post" || !strings.Contains(doc.Title, "Harbor council votes") {
				t.Errorf("metadata: title %q author %q outlet %q", doc.Title, doc.Author, doc.Outlet)
			}
		})
	}
}

// TestHTMLDeeplyNested: a page nested deeper than the HTML parser builds
// (512 open elements: unclosed <b> or <font> tags, generated nesting,
// tables in tables) is read by the streaming pass, as a page over the
// size cap is, instead of being skipped as "unreadable HTML" — a browser
// shows its text, and so must we.
func TestHTMLDeeplyNested(t *testing.T) {
	para := "<p>The council voted on Tuesday to close the old pier.</p><p>The vote was 7 to 2.</p>"
	for _, tc := range []struct{ name, page string }{
		{"divs", "<html><head><title>Harbor council votes</title></head><body><article>" + strings.Repeat("<div>", 600) + para + strings.Repeat("</div>", 600) + "</article></body></html>"},
		{"unclosed bold", "<html><head><title>Harbor council votes</title></head><body>" + strings.Repeat("<b>", 600) + para + "</body></html>"},
		{"tables", "<html><head><title>Harbor council votes</title></head><body>" + strings.Repeat("<table><tr><td>", 300) + para + "</body></html>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, reason := htmlDocument("p.html", []byte(tc.page), "", quiet())
			if reason != "" {
				t.Fatalf("skipped: %s", reason)
			}
			if !strings.Contains(doc.Body, "voted on Tuesday to close the old pier") || !strings.Contains(doc.Body, "The vote was 7 to 2.") {
				t.Errorf("body lacks the article's paragraphs: %.200q", doc.Body)
			}
			if doc.Title != "Harbor council votes" {
				t.Errorf("title %q", doc.Title)
			}
		})
	}
}

// BenchmarkHTMLElements measures reading a page of 10k to 1M elements
// (1M <b>a</b> is 9 MB): time and peak heap must grow in proportion to
// the page, not its tree.
//
//	go test ./ingest -run '^$' -bench HTMLElements -benchtime 1x
func BenchmarkHTMLElements(b *testing.B) {
	for _, n := range []int{10_000, 40_000, 100_000, 1_000_000} {
		page := []byte(manyElements(n))
		b.Run(fmt.Sprintf("elements=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			for b.Loop() {
				if _, reason := htmlDocument("p", page, "", quiet()); reason != "" {
					b.Fatal(reason)
				}
			}
			runtime.ReadMemStats(&after)
			b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N)/float64(len(page)), "alloc-B/page-B")
		})
	}
}
