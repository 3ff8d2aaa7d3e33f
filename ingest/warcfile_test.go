package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nlnwa/gowarc"

	"crosswire"
)

// writeWARC writes pages (URI → HTML) as gzipped WARC response records
// with gowarc's builder and marshaler, in order, into dir/name.
func writeWARC(t testing.TB, dir, name string, uris []string, pages map[string]string) string {
	t.Helper()
	var out bytes.Buffer
	m := gowarc.NewMarshaler()
	for i, uri := range uris {
		b := gowarc.NewRecordBuilder(gowarc.Response, gowarc.WithFixContentLength(true), gowarc.WithAddMissingDigest(true))
		body := pages[uri]
		fmt.Fprintf(b, "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n%s", len(body), body)
		b.AddWarcHeader(gowarc.WarcTargetURI, uri)
		b.AddWarcHeaderTime(gowarc.WarcDate, time.Date(2026, 3, 5, 8, i, 0, 0, time.UTC))
		b.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=response")
		rec, _, err := b.Build()
		if err != nil {
			t.Fatal(err)
		}
		zw := gzip.NewWriter(&out)
		if _, _, err := m.Marshal(zw, rec, 0); err != nil {
			t.Fatal(err)
		}
		zw.Close()
		rec.Close()
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReadWARC(t *testing.T) {
	dir := t.TempDir()
	uris := []string{"https://northport.example/budget", "https://northport.example/ferry", "https://northport.example/empty"}
	pages := map[string]string{
		uris[0]: budgetPage,
		uris[1]: "<html><body><article><h1>Ferry cut</h1><p>The night ferry to Kessling will not run for three weeks, the operator said on Monday.</p></article></body></html>",
		uris[2]: "<html><body><script>var x = 1;</script></body></html>",
	}
	path := writeWARC(t, dir, "crawl.warc.gz", uris, pages)
	r := &Reader{Logger: quiet()}
	docs, skips := r.Read(context.Background(), []string{path})
	if len(docs) != 2 {
		t.Fatalf("docs = %+v", docs)
	}
	// The page's own date wins over the capture date; without one the
	// WARC-Date is used.
	assertDoc(t, docs[1], crosswire.Document{Source: uris[1], URL: uris[1], Title: "Ferry cut",
		Body: "The night ferry to Kessling will not run for three weeks, the operator said on Monday.", Published: day("2026-03-05T08:01:00Z")})
	if docs[0].Source != uris[0] || !docs[0].Published.Equal(*day("2026-02-10T08:30:00Z")) || !strings.HasPrefix(docs[0].Body, "The Northport city council") {
		t.Errorf("first page = %+v", docs[0])
	}
	want := []crosswire.Skip{{Source: path + "#3", Reason: "record 3 (https://northport.example/empty): " + ReasonScriptedPage}}
	if !equalSkips(skips, want) {
		t.Errorf("skips = %v, want %v", skips, want)
	}
}

func TestReadWARCBroken(t *testing.T) {
	dir := t.TempDir()
	uris := []string{"https://a.example/1", "https://a.example/2"}
	pages := map[string]string{uris[0]: budgetPage, uris[1]: budgetPage}
	path := writeWARC(t, dir, "cut.warc.gz", uris, pages)
	data, _ := os.ReadFile(path)
	if err := os.WriteFile(path, data[:len(data)-200], 0o644); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "none.warc")
	os.WriteFile(empty, nil, 0o644)
	junk := filepath.Join(dir, "junk.warc")
	os.WriteFile(junk, []byte("this is not an archive at all\n"), 0o644)

	r := &Reader{Logger: quiet()}
	docs, skips := r.Read(context.Background(), []string{path, empty, junk})
	if len(docs) != 1 || docs[0].Source != uris[0] {
		t.Errorf("docs = %+v, want the first page only", docs)
	}
	if len(skips) != 3 || skips[0].Source != path+"#2" || !strings.Contains(skips[0].Reason, "record 2 (https://a.example/2)") ||
		skips[1] != (crosswire.Skip{Source: empty, Reason: ReasonEmpty}) || skips[2].Source != junk {
		t.Errorf("skips = %q", skips)
	}
}

// BenchmarkReadWARC measures end-to-end ingest of a WARC: records/s
// through reading, HTML extraction and metadata, the figure that bounds
// `crosswire check crawl.warc.gz`.
func BenchmarkReadWARC(b *testing.B) {
	dir := b.TempDir()
	var uris []string
	pages := map[string]string{}
	for i := 0; i < 100; i++ {
		u := fmt.Sprintf("https://northport.example/story/%d", i)
		uris = append(uris, u)
		pages[u] = strings.Replace(budgetPage, "12 million", fmt.Sprintf("%d million", i), 1)
	}
	path := writeWARC(b, dir, "bench.warc.gz", uris, pages)
	info, _ := os.Stat(path)
	b.SetBytes(info.Size())
	r := &Reader{Logger: quiet()}
	start := time.Now()
	n := 0
	for i := 0; i < b.N; i++ {
		docs, skips := r.Read(context.Background(), []string{path})
		if len(skips) > 0 {
			b.Fatal(skips)
		}
		n += len(docs)
	}
	b.ReportMetric(float64(n)/time.Since(start).Seconds(), "records/s")
}

// A WARC archive piped to stdin (zcat crawl.warc.gz | crosswire check -)
// or named on the command line under another extension (crawl.dat) is
// read as the archive it is, gzipped or plain: both were skipped as
// "binary file" (a plain one read as one text of WARC headers).
func TestReadWARCByContent(t *testing.T) {
	dir := t.TempDir()
	uris := []string{"https://a.example/1", "https://a.example/2"}
	pages := map[string]string{uris[0]: budgetPage, uris[1]: budgetPage}
	gz := writeWARC(t, dir, "crawl.dat", uris, pages)
	data, err := os.ReadFile(gz)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	var plain bytes.Buffer
	if _, err := plain.ReadFrom(zr); err != nil {
		t.Fatal(err)
	}
	plainPath := filepath.Join(dir, "crawl.bin")
	if err := os.WriteFile(plainPath, plain.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	for name, tc := range map[string]struct {
		args  []string
		stdin []byte
	}{
		"gzip on stdin":      {[]string{"-"}, data},
		"plain on stdin":     {[]string{"-"}, plain.Bytes()},
		"gzip, another name": {[]string{gz}, nil},
		"plain, other name":  {[]string{plainPath}, nil},
	} {
		t.Run(name, func(t *testing.T) {
			r := &Reader{Logger: quiet(), Stdin: bytes.NewReader(tc.stdin)}
			docs, skips := r.Read(context.Background(), tc.args)
			if len(docs) != 2 || len(skips) != 0 || docs[0].Source != uris[0] || docs[1].Source != uris[1] {
				t.Errorf("docs %v, skips %v; want the two pages", docSources(docs), skips)
			}
		})
	}
}

func docSources(docs []crosswire.Document) []string {
	var out []string
	for _, d := range docs {
		out = append(out, d.Source)
	}
	return out
}
