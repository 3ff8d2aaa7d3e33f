package warc

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"
)

// page is one archived response for the tests.
type page struct {
	uri, date, ctype, body string
	status                 int
	warcType               string
	// lengthDelta is added to the true Content-Length (to break it).
	lengthDelta int
	extraHeader string
	// noHTTPLength leaves the HTTP Content-Length header out.
	noHTTPLength bool
}

// record writes one WARC record by hand, exactly as on disk.
func record(p page) []byte {
	status := p.status
	if status == 0 {
		status = 200
	}
	wt := p.warcType
	if wt == "" {
		wt = "response"
	}
	ctype := p.ctype
	if ctype == "" {
		ctype = "text/html; charset=utf-8"
	}
	extra := p.extraHeader
	if !p.noHTTPLength {
		extra = fmt.Sprintf("Content-Length: %d\r\n", len(p.body)) + extra
	}
	block := fmt.Sprintf("HTTP/1.1 %d X\r\nContent-Type: %s\r\n%s\r\n%s", status, ctype, extra, p.body)
	var b bytes.Buffer
	fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: %s\r\n"+
		"WARC-Record-ID: <urn:uuid:%08d-0000-4000-8000-000000000000>\r\nContent-Type: application/http;msgtype=response\r\n"+
		"Content-Length: %d\r\n\r\n%s\r\n\r\n", wt, p.uri, p.date, len(p.uri), len(block)+p.lengthDelta, block)
	return b.Bytes()
}

func gz(b []byte) []byte {
	var out bytes.Buffer
	w := gzip.NewWriter(&out)
	w.Write(b)
	w.Close()
	return out.Bytes()
}

// archive concatenates records, each gzipped separately when compress.
func archive(compress bool, pages ...page) []byte {
	var out bytes.Buffer
	for _, p := range pages {
		r := record(p)
		if compress {
			r = gz(r)
		}
		out.Write(r)
	}
	return out.Bytes()
}

func htmlPage(n int) string {
	return fmt.Sprintf("<html><head><title>Story %d</title></head><body><article><p>Report number %d about the harbour wall in Northport.</p></article></body></html>", n, n)
}

type result struct {
	pages []Record
	bad   []*RecordError
	err   error
}

func walk(t *testing.T, data []byte, max int64) result {
	t.Helper()
	r, err := NewReader(bytes.NewReader(data), Options{MaxSize: max})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var res result
	res.err = r.Walk(func(p Record) error {
		res.pages = append(res.pages, p)
		return nil
	}, func(e *RecordError) { res.bad = append(res.bad, e) })
	return res
}

func TestWalk(t *testing.T) {
	good := func(n int) page {
		return page{uri: fmt.Sprintf("https://news.example/story/%d", n), date: "2026-03-04T10:00:00Z", body: htmlPage(n)}
	}
	type want struct {
		uris []string
		bad  []string // "index:reason prefix"
		err  string   // reason prefix of the final error, "" for none
	}
	tests := []struct {
		name  string
		data  func(compress bool) []byte
		want  want
		gzip  *want // when compressed, if different
		plain bool  // only meaningful uncompressed
	}{
		{name: "pages only, others ignored", data: func(c bool) []byte {
			return archive(c, good(1),
				page{uri: "https://news.example/style.css", date: "2026-03-04T10:00:00Z", ctype: "text/css", body: "p{}"},
				page{uri: "https://news.example/old", date: "2026-03-04T10:00:00Z", status: 301, body: ""},
				page{uri: "https://news.example/req", date: "2026-03-04T10:00:00Z", warcType: "request", body: ""},
				good(5))
		}, want: want{uris: []string{"https://news.example/story/1", "https://news.example/story/5"}}},
		{name: "oversize record skipped", data: func(c bool) []byte {
			big := good(2)
			big.body = "<html><body><p>" + strings.Repeat("word ", 400) + "</p></body></html>"
			return archive(c, good(1), big, good(3))
		}, want: want{uris: []string{"https://news.example/story/1", "https://news.example/story/3"}, bad: []string{"2:larger than 1 KiB cap"}}},
		{name: "gzip content encoding", data: func(c bool) []byte {
			p := good(1)
			p.body = string(gz([]byte(htmlPage(1))))
			p.extraHeader = "Content-Encoding: gzip\r\n"
			return archive(c, p)
		}, want: want{uris: []string{"https://news.example/story/1"}}},
		{name: "Content-Length too long swallows the next record", data: func(c bool) []byte {
			p := good(1)
			p.lengthDelta = 40
			return archive(c, p, good(2), good(3))
		}, want: want{uris: []string{"https://news.example/story/3"}, bad: []string{"1:wrong length"}}},
		{name: "Content-Length too short", data: func(c bool) []byte {
			p := good(1)
			p.lengthDelta = -20
			return archive(c, p, good(2))
		}, want: want{uris: []string{"https://news.example/story/2"}, bad: []string{"1:wrong length"}},
			gzip: &want{uris: []string{"https://news.example/story/2"}, bad: []string{"1:wrong length: payload is"}}},
		{name: "WARC Content-Length too short, no HTTP length", plain: true, data: func(c bool) []byte {
			p := good(1)
			p.lengthDelta = -20
			p.noHTTPLength = true
			return archive(c, p, good(2))
		}, want: want{uris: []string{"https://news.example/story/2"}, bad: []string{"1:Content-Length does not match the record"}}},
		{name: "truncated at the end", data: func(c bool) []byte {
			b := archive(c, good(1), good(2))
			return b[:len(b)-60]
		}, want: want{uris: []string{"https://news.example/story/1"}, bad: []string{"2:truncated: "}}},
		{name: "corrupt gzip in the middle", data: func(c bool) []byte {
			if !c {
				return archive(false, good(1))
			}
			b := archive(true, good(1), good(2), good(3))
			first := len(archive(true, good(1)))
			b[first+30] ^= 0xff // damage the second member's deflate data
			return b
		}, want: want{uris: []string{"https://news.example/story/1"}},
			gzip: &want{uris: []string{"https://news.example/story/1"}, err: "unreadable: "}},
	}
	for _, tc := range tests {
		for _, compress := range []bool{false, true} {
			if tc.plain && compress {
				continue
			}
			t.Run(fmt.Sprintf("%s/gzip=%v", tc.name, compress), func(t *testing.T) {
				res := walk(t, tc.data(compress), 1024)
				w := tc.want
				if compress && tc.gzip != nil {
					w = *tc.gzip
				}
				var uris []string
				for _, p := range res.pages {
					uris = append(uris, p.TargetURI)
				}
				if strings.Join(uris, " ") != strings.Join(w.uris, " ") {
					t.Errorf("pages = %v, want %v", uris, w.uris)
				}
				var bad []string
				for _, b := range res.bad {
					bad = append(bad, fmt.Sprintf("%d:%s", b.Index, b.Reason))
				}
				if len(bad) != len(w.bad) {
					t.Fatalf("bad = %q, want %q", bad, w.bad)
				}
				for i := range bad {
					if !strings.HasPrefix(bad[i], w.bad[i]) {
						t.Errorf("bad[%d] = %q, want prefix %q", i, bad[i], w.bad[i])
					}
				}
				var rerr *RecordError
				switch {
				case w.err == "" && res.err != nil:
					t.Errorf("err = %v", res.err)
				case w.err != "" && (!errors.As(res.err, &rerr) || !strings.HasPrefix(rerr.Reason, w.err)):
					t.Errorf("err = %v, want a RecordError %q…", res.err, w.err)
				}
			})
		}
	}
}

func TestRecordFields(t *testing.T) {
	data := archive(true, page{uri: "https://news.example/a", date: "2026-03-04T10:15:00Z", body: htmlPage(1)})
	res := walk(t, data, 0)
	if len(res.pages) != 1 {
		t.Fatalf("pages = %+v, bad = %v, err = %v", res.pages, res.bad, res.err)
	}
	p := res.pages[0]
	if p.TargetURI != "https://news.example/a" || !p.Date.Equal(time.Date(2026, 3, 4, 10, 15, 0, 0, time.UTC)) ||
		p.Index != 1 || string(p.Body) != htmlPage(1) || p.ContentType != "text/html; charset=utf-8" {
		t.Errorf("record = %+v", p)
	}
}

var _ = io.EOF

// TestCutAnywhere cuts an archive at every byte of its last page record:
// the page is either read whole or reported, never lost in silence (a
// plain archive cut in a record's WARC or HTTP headers, or early in its
// body, dropped the page with no word), and a cut image record, which
// holds no page, is no skip.
func TestCutAnywhere(t *testing.T) {
	good := func(n int) page {
		return page{uri: fmt.Sprintf("https://news.example/story/%d", n), date: "2026-03-04T10:00:00Z", body: htmlPage(n)}
	}
	img := page{uri: "https://news.example/logo.png", date: "2026-03-04T10:00:00Z", ctype: "image/png", body: strings.Repeat("\x89PNG", 40)}
	for _, compress := range []bool{false, true} {
		full := archive(compress, good(1), good(2))
		first := len(archive(compress, good(1)))
		silent := 0
		for cut := first + 1; cut < len(full); cut++ {
			res := walk(t, full[:cut], 0)
			if len(res.pages) < 2 && len(res.bad) == 0 && res.err == nil {
				if silent == 0 {
					t.Errorf("gzip=%v: cut %d bytes into the last record (of %d): page lost with no skip", compress, cut-first, len(full)-first)
				}
				silent++
			}
			if len(res.pages) == 0 || res.pages[0].TargetURI != "https://news.example/story/1" {
				t.Fatalf("gzip=%v cut %d: the whole first page is lost: %+v", compress, cut-first, res)
			}
		}
		if silent > 0 {
			t.Errorf("gzip=%v: %d of %d cuts lost the page in silence", compress, silent, len(full)-first-1)
		}
		// An image cut after its HTTP headers: nothing that was a page.
		withImg := archive(compress, good(1), img)
		res := walk(t, withImg[:len(withImg)-30], 0)
		if !compress && (len(res.pages) != 1 || len(res.bad) != 0 || res.err != nil) {
			t.Errorf("gzip=%v: a cut image record: pages %d, bad %v, err %v; want the page and no skip", compress, len(res.pages), res.bad, res.err)
		}
	}
}
