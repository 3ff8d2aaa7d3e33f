package warc

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"testing"
	"time"

	"github.com/nlnwa/gowarc"
)

// BuildArchive writes pages as WARC response records with gowarc's own
// builder and marshaler (each record its own gzip member when compress),
// so the reader is tested against what the library writes, not only
// against the hand-made records of TestWalk.
func buildArchive(t testing.TB, compress bool, n int, body func(i int) string) []byte {
	t.Helper()
	var out bytes.Buffer
	m := gowarc.NewMarshaler()
	for i := 0; i < n; i++ {
		b := gowarc.NewRecordBuilder(gowarc.Response, gowarc.WithFixContentLength(true), gowarc.WithAddMissingDigest(true))
		page := body(i)
		if _, err := b.WriteString(fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n%s", len(page), page)); err != nil {
			t.Fatal(err)
		}
		b.AddWarcHeader(gowarc.WarcTargetURI, fmt.Sprintf("https://news.example/story/%d", i+1))
		b.AddWarcHeaderTime(gowarc.WarcDate, time.Date(2026, 3, 4, 10, 0, i%60, 0, time.UTC))
		b.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=response")
		rec, _, err := b.Build()
		if err != nil {
			t.Fatal(err)
		}
		var w io.Writer = &out
		var zw *gzip.Writer
		if compress {
			zw = gzip.NewWriter(&out)
			w = zw
		}
		if _, _, err := m.Marshal(w, rec, 0); err != nil {
			t.Fatal(err)
		}
		if zw != nil {
			zw.Close()
		}
		rec.Close()
	}
	return out.Bytes()
}

func TestLibraryWrittenArchive(t *testing.T) {
	for _, compress := range []bool{false, true} {
		data := buildArchive(t, compress, 3, htmlPage)
		res := walk(t, data, 0)
		if res.err != nil || len(res.bad) != 0 || len(res.pages) != 3 {
			t.Fatalf("gzip=%v: %d pages, bad %v, err %v", compress, len(res.pages), res.bad, res.err)
		}
		if res.pages[2].TargetURI != "https://news.example/story/3" || string(res.pages[2].Body) != htmlPage(2) {
			t.Errorf("gzip=%v: third page = %+v", compress, res.pages[2])
		}
	}
}

// BenchmarkWalk measures records/s and MB/s reading a 500-record archive
// of ~6 KiB article pages, plain and gzipped.
func BenchmarkWalk(b *testing.B) {
	article := func(i int) string {
		var s bytes.Buffer
		fmt.Fprintf(&s, "<html><head><title>Story %d</title></head><body><article>", i)
		for p := 0; p < 20; p++ {
			fmt.Fprintf(&s, "<p>Paragraph %d of story %d: the council in Northport approved plans for the harbour wall after a long debate, officials said on Monday.</p>", p, i)
		}
		s.WriteString("</article></body></html>")
		return s.String()
	}
	const n = 500
	for _, compress := range []bool{false, true} {
		data := buildArchive(b, compress, n, article)
		b.Run(fmt.Sprintf("gzip=%v", compress), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			records := 0
			start := time.Now()
			for i := 0; i < b.N; i++ {
				r, err := NewReader(bytes.NewReader(data), Options{})
				if err != nil {
					b.Fatal(err)
				}
				err = r.Walk(func(Record) error { records++; return nil }, func(e *RecordError) { b.Fatal(e) })
				if err != nil {
					b.Fatal(err)
				}
				r.Close()
			}
			b.ReportMetric(float64(records)/time.Since(start).Seconds(), "records/s")
		})
	}
}

// FuzzWalk feeds arbitrary bytes (seeded with good, broken and compressed
// archives) to the reader: it must never panic or hang, every page it hands
// out must come from a response record, and errors must name a record.
func FuzzWalk(f *testing.F) {
	good := page{uri: "https://news.example/a", date: "2026-03-04T10:00:00Z", body: htmlPage(1)}
	short := good
	short.lengthDelta = -10
	long := good
	long.lengthDelta = 25
	f.Add(archive(false, good, good))
	f.Add(archive(true, good, good))
	f.Add(archive(false, short, good))
	f.Add(archive(false, long, good))
	f.Add(archive(true, good)[:40])
	f.Add([]byte("WARC/1.1\r\nContent-Length: 99999999999\r\n\r\n"))
	f.Add([]byte("garbage before WARC/1.0\r\n\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := NewReader(bytes.NewReader(data), Options{MaxSize: 4096})
		if err != nil {
			return
		}
		defer r.Close()
		n := 0
		err = r.Walk(func(p Record) error {
			n++
			if int64(len(p.Body)) > 4096 {
				t.Fatalf("page over the cap: %d bytes", len(p.Body))
			}
			return nil
		}, func(e *RecordError) {
			if e.Index < 1 || e.Reason == "" {
				t.Fatalf("record error without index or reason: %+v", e)
			}
		})
		if err != nil {
			if _, ok := err.(*RecordError); !ok {
				t.Fatalf("Walk error %T %v is not a *RecordError", err, err)
			}
		}
	})
}
