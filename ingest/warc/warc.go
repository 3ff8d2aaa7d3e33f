// Package warc streams the HTML pages out of WARC archives (.warc and
// .warc.gz, WARC 1.0 and 1.1) with github.com/nlnwa/gowarc: one response
// record at a time, so memory stays bounded by the size cap of one page
// whatever the size of the archive.
package warc

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httputil"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/nlnwa/gowarc"
)

// DefaultMaxSize caps one page's payload when Options.MaxSize is 0.
const DefaultMaxSize = 10 << 20

// Options tune a Reader.
type Options struct {
	// MaxSize caps the payload of one record; a larger HTML record is
	// reported as a RecordError and skipped. 0 means DefaultMaxSize.
	MaxSize int64
}

// Record is one HTML page archived in a WARC response record.
type Record struct {
	// Index is the 1-based position of the record in the archive
	// (counting every record, not only pages).
	Index int
	// Offset is the byte offset of the record in the (compressed) file.
	Offset int64
	// ID is the WARC-Record-ID.
	ID string
	// TargetURI is the WARC-Target-URI: the page's URL.
	TargetURI string
	// Date is the WARC-Date: when the page was captured.
	Date time.Time
	// ContentType is the HTTP Content-Type of the page.
	ContentType string
	// Body is the HTTP payload, with any Content-Encoding and chunked
	// Transfer-Encoding undone.
	Body []byte
}

// RecordError reports a record that could not be read; reading can go on
// with the next record.
type RecordError struct {
	Index     int
	Offset    int64
	TargetURI string
	Reason    string
}

// Name names the record for a skip: "record 7 (https://…)".
func (e *RecordError) Name() string {
	if e.TargetURI != "" {
		return fmt.Sprintf("record %d (%s)", e.Index, e.TargetURI)
	}
	return fmt.Sprintf("record %d at offset %d", e.Index, e.Offset)
}

func (e *RecordError) Error() string { return e.Name() + ": " + e.Reason }

// Reader reads the HTML pages of one archive.
type Reader struct {
	opts  Options
	count *countingReader
	src   *stickyEOF
	wr    *gowarc.WarcFileReader
	// compressed is true for a gzip archive.
	compressed bool
}

// NewReader reads an archive from r (plain or gzip-compressed, detected
// per record). The caller closes r.
func NewReader(r io.Reader, opts Options) (*Reader, error) {
	if opts.MaxSize <= 0 {
		opts.MaxSize = DefaultMaxSize
	}
	count := &countingReader{r: r}
	// Compression is undone here rather than by gowarc: v1.6.0 spins
	// forever on a truncated gzip member (its header parser retries the
	// gzip reader's sticky ErrUnexpectedEOF), while a plain stream that
	// ends cleanly is handled. stickyEOF turns any read error into a
	// clean end and keeps the error to report it.
	br := bufio.NewReaderSize(count, 64<<10)
	var plain io.Reader = br
	compressed := false
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("warc: %w", err)
		}
		zr.Multistream(true) // one gzip member per record, concatenated
		plain = zr
		compressed = true
	}
	src := &stickyEOF{r: plain}
	wr, err := gowarc.NewWarcFileReaderFromStream(src, 0,
		// Syntax problems are collected, not fatal: archives in the wild
		// are often slightly off, and a lost page is worse than a
		// lenient parse. Spec violations (wrong Content-Length, bad end
		// of record marker) are collected too and checked per record.
		// Checking them makes gowarc buffer each record (in memory up to
		// the cap, on disk beyond), which keeps memory bounded.
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn),
		gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
		gowarc.WithFixContentLength(false),
		gowarc.WithFixDigest(false),
		gowarc.WithAddMissingDigest(false),
		gowarc.WithBufferMaxMemBytes(opts.MaxSize+64<<10),
	)
	if err != nil {
		return nil, fmt.Errorf("warc: %w", err)
	}
	return &Reader{opts: opts, count: count, src: src, wr: wr, compressed: compressed}, nil
}

// BytesRead is how many bytes of the archive have been read so far (for
// progress reports).
func (r *Reader) BytesRead() int64 { return r.count.n.Load() }

// Close releases the reader's buffers (not the underlying reader).
func (r *Reader) Close() error {
	return r.wr.Close()
}

// Walk reads the archive to its end and calls page for each HTML page
// and bad for each record that cannot be read (naming the record and
// why). A page is handed out only once the next record is found where it
// should be, because a Content-Length that is too short shows only as
// stray bytes before the next record. Walk stops at the first error page
// returns, and returns a *RecordError when the archive cannot be read
// further (truncated or corrupt compression): the pages before it have
// been handed out.
func (r *Reader) Walk(page func(Record) error, bad func(*RecordError)) error {
	var held *Record
	// cut is a record taken for no page whose length is wrong while
	// nothing it says rules a page out (cutShort): reported as truncated
	// when the archive ends right after it, else by its wrong length.
	var cut *RecordError
	index, lastBad := 0, 0
	flush := func() error {
		if held == nil {
			return nil
		}
		rec := *held
		held = nil
		return page(rec)
	}
	for {
		rec, offset, validation, err := r.next()
		if held != nil && validation != nil && strayBytes(validation) {
			bad(&RecordError{Index: held.Index, Offset: held.Offset, TargetURI: held.TargetURI,
				Reason: "Content-Length does not match the record (stray bytes after it)"})
			held = nil
		}
		if err != nil {
			if rec != nil {
				if reason := cutShort(rec, validation); reason != "" && cut == nil {
					index++
					cut = &RecordError{Index: index, Offset: offset, TargetURI: targetURI(rec), Reason: reason}
				}
				_ = safeClose(rec)
			}
			if ferr := flush(); ferr != nil {
				return ferr
			}
			if errors.Is(err, io.EOF) && r.src.err == nil {
				if cut == nil && index > 0 && r.strayTail(offset) {
					cut = &RecordError{Index: index + 1, Offset: offset}
				}
				if cut != nil {
					cut.Reason = "truncated: the archive ends inside it"
					bad(cut)
				}
				return nil
			}
			if cut != nil {
				bad(cut)
				lastBad = cut.Index
			}
			if r.src.err != nil {
				err = r.src.err
			}
			if lastBad == index && index > 0 && r.src.err != nil {
				return nil // the cut record was already reported
			}
			return &RecordError{Index: index + 1, Offset: offset, Reason: "unreadable: " + describe(err)}
		}
		if cut != nil {
			bad(cut) // a record follows: the one before had a wrong length
			cut = nil
		}
		index++
		p, perr := r.safePage(rec, index, offset)
		if p == nil && perr == nil {
			if reason := cutShort(rec, validation); reason != "" {
				cut = &RecordError{Index: index, Offset: offset, TargetURI: targetURI(rec), Reason: reason}
			}
		}
		if cerr := safeClose(rec); cerr != nil && perr == nil && p != nil {
			perr = &RecordError{Index: index, Offset: offset, TargetURI: p.TargetURI, Reason: "truncated: " + describe(cerr)}
			p = nil
		}
		if perr == nil && p != nil {
			if reason := lengthProblem(validation); reason != "" {
				perr = &RecordError{Index: index, Offset: offset, TargetURI: p.TargetURI, Reason: reason}
				p = nil
			}
		}
		if ferr := flush(); ferr != nil {
			return ferr
		}
		if perr != nil {
			lastBad = index
			bad(perr)
			continue
		}
		held = p
	}
}

// strayTail reports whether a plain archive holds more than white space
// after offset, where the parser found its end: a record cut inside its
// first line ("WARC/1.") reads as a clean end. (A file with no record at
// all is no archive: its caller says so, not that a record was cut.)
func (r *Reader) strayTail(offset int64) bool {
	if r.compressed {
		return false // offsets count uncompressed bytes; gzip tells a cut itself
	}
	rest := r.count.n.Load() - offset
	if rest <= 0 {
		return false
	}
	if rest > int64(len(r.count.tail)) {
		return true
	}
	return len(bytes.TrimSpace(r.count.tail[int64(len(r.count.tail))-rest:])) > 0
}

// next is gowarc's Next with its panics (seen on malformed headers while
// fuzzing v1.6.0) turned into an error: bad input must never crash a run.
func (r *Reader) next() (rec gowarc.WarcRecord, offset int64, v *gowarc.Validation, err error) {
	defer func() {
		if p := recover(); p != nil {
			rec, v, err = nil, nil, fmt.Errorf("malformed record (parser panic: %v)", p)
		}
	}()
	return r.wr.Next()
}

// safePage is page with panics turned into a record error.
func (r *Reader) safePage(rec gowarc.WarcRecord, index int, offset int64) (p *Record, rerr *RecordError) {
	defer func() {
		if x := recover(); x != nil {
			p, rerr = nil, &RecordError{Index: index, Offset: offset, Reason: fmt.Sprintf("malformed record (parser panic: %v)", x)}
		}
	}()
	return r.page(rec, index, offset)
}

// safeClose closes a record (draining it) with panics turned into errors.
func safeClose(rec gowarc.WarcRecord) (err error) {
	defer func() {
		if x := recover(); x != nil {
			err = fmt.Errorf("malformed record (parser panic: %v)", x)
		}
	}()
	return rec.Close()
}

// page turns a record into a page, or nil for records that are not HTML
// pages (requests, metadata, redirects, images…), or a *RecordError.
func (r *Reader) page(rec gowarc.WarcRecord, index int, offset int64) (*Record, *RecordError) {
	if rec.Type() != gowarc.Response {
		return nil, nil
	}
	h := rec.WarcHeader()
	uri := strings.Trim(h.Get(gowarc.WarcTargetURI), "<>")
	fail := func(reason string) *RecordError {
		return &RecordError{Index: index, Offset: offset, TargetURI: uri, Reason: reason}
	}
	block, ok := rec.Block().(gowarc.HttpResponseBlock)
	if !ok {
		return nil, nil // a resource-like response without HTTP headers
	}
	if code := block.HttpStatusCode(); code < 200 || code > 299 {
		return nil, nil
	}
	var header http.Header
	if hp := block.HttpHeader(); hp != nil {
		header = *hp
	}
	ctype := header.Get("Content-Type")
	if !isHTML(ctype) {
		return nil, nil
	}
	payload, err := block.PayloadBytes()
	if err != nil {
		return nil, fail("unreadable payload: " + describe(err))
	}
	body, err := readCapped(payload, r.opts.MaxSize)
	if err != nil {
		if errors.Is(err, errTooLarge) {
			return nil, fail(fmt.Sprintf("larger than %s cap", sizeName(r.opts.MaxSize)))
		}
		return nil, fail("truncated: " + describe(err))
	}
	if want, err := h.GetInt64(gowarc.ContentLength); err == nil {
		if got := int64(len(block.ProtocolHeaderBytes())) + int64(len(body)); got < want {
			return nil, fail(fmt.Sprintf("truncated: %d of %d bytes", got, want))
		}
	}
	// Inside a gzip member a short WARC Content-Length leaves no stray
	// bytes behind; the HTTP Content-Length, when archived, still tells.
	if cl := header.Get("Content-Length"); cl != "" && header.Get("Transfer-Encoding") == "" {
		if n, err := strconv.ParseInt(strings.TrimSpace(cl), 10, 64); err == nil && n != int64(len(body)) {
			return nil, fail(fmt.Sprintf("wrong length: payload is %d bytes, HTTP Content-Length says %d", len(body), n))
		}
	}
	body, err = decodePayload(body, header, r.opts.MaxSize)
	if err != nil {
		return nil, fail(err.Error())
	}
	out := &Record{Index: index, Offset: offset, ID: h.Get(gowarc.WarcRecordID), TargetURI: uri, ContentType: ctype, Body: body}
	if d, err := rec.Date(); err == nil {
		out.Date = d.UTC()
	}
	return out, nil
}

var errTooLarge = errors.New("too large")

func readCapped(r io.Reader, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, errTooLarge
	}
	return b, nil
}

// isHTML reports whether a Content-Type names an HTML page; a missing
// type counts (many crawls do not record it), and is checked later by
// the page's bytes.
func isHTML(ctype string) bool {
	if strings.TrimSpace(ctype) == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(ctype)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.Split(ctype, ";")[0]))
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// decodePayload undoes a chunked Transfer-Encoding and a gzip or deflate
// Content-Encoding left in the archived payload.
func decodePayload(body []byte, header http.Header, max int64) ([]byte, error) {
	if strings.EqualFold(strings.TrimSpace(header.Get("Transfer-Encoding")), "chunked") {
		if b, err := readCapped(httputil.NewChunkedReader(bytes.NewReader(body)), max); err == nil {
			body = b
		}
	}
	switch enc := strings.ToLower(strings.TrimSpace(header.Get("Content-Encoding"))); enc {
	case "", "identity":
		return body, nil
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			return nil, fmt.Errorf("bad gzip content encoding: %v", err)
		}
		b, err := readCapped(zr, max)
		if errors.Is(err, errTooLarge) {
			return nil, fmt.Errorf("larger than %s cap", sizeName(max))
		}
		if err != nil {
			return nil, fmt.Errorf("bad gzip content encoding: %v", err)
		}
		return b, nil
	case "deflate":
		b, err := readCapped(flate.NewReader(bytes.NewReader(body)), max)
		if errors.Is(err, errTooLarge) {
			return nil, fmt.Errorf("larger than %s cap", sizeName(max))
		}
		if err != nil {
			return nil, fmt.Errorf("bad deflate content encoding: %v", err)
		}
		return b, nil
	default:
		return nil, fmt.Errorf("unsupported content encoding %q", enc)
	}
}

func targetURI(rec gowarc.WarcRecord) string {
	return strings.Trim(rec.WarcHeader().Get(gowarc.WarcTargetURI), "<>")
}

// cutShort names what is wrong with a record page did not take for a page
// when its length is wrong and nothing it says rules a page out: a plain
// archive cut inside a record's WARC or HTTP headers, or early in its
// body, leaves a record gowarc reads without error, its type or HTTP
// status and Content-Type cut off with the rest, and only the length
// checks tell. A record that says what it is (a request, a redirect, an
// image) held no page, cut or not: "".
func cutShort(rec gowarc.WarcRecord, v *gowarc.Validation) (reason string) {
	reason = lengthProblem(v)
	if reason == "" {
		return ""
	}
	defer func() {
		if recover() != nil {
			reason = "" // a malformed block is reported by the checks before
		}
	}()
	if t := rec.Type(); t != gowarc.Response && t != 0 {
		return ""
	}
	block, ok := rec.Block().(gowarc.HttpResponseBlock)
	if !ok {
		return reason // the HTTP header is cut off: it may have been a page
	}
	if code := block.HttpStatusCode(); code != 0 && (code < 200 || code > 299) {
		return ""
	}
	if hp := block.HttpHeader(); hp != nil && !isHTML(hp.Get("Content-Type")) {
		return ""
	}
	return reason
}

// strayBytes reports whether gowarc had to skip bytes to find this record.
func strayBytes(v *gowarc.Validation) bool {
	for _, e := range *v {
		if strings.Contains(e.Error(), "bytes after expected offset") {
			return true
		}
	}
	return false
}

// lengthProblem returns a reason when the record's Content-Length or end
// marker is wrong (gowarc reports these as spec violations).
func lengthProblem(v *gowarc.Validation) string {
	if v == nil {
		return ""
	}
	for _, e := range *v {
		msg := e.Error()
		switch {
		case strings.Contains(msg, "end of record marker"),
			strings.Contains(strings.ToLower(msg), "content length"),
			strings.Contains(msg, "Content-Length"):
			return "wrong length: " + msg
		}
	}
	return ""
}

// describe shortens an error for a reason.
func describe(err error) string {
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "unexpected end of file"
	case errors.Is(err, gzip.ErrChecksum), errors.Is(err, gzip.ErrHeader):
		return "corrupt gzip: " + err.Error()
	}
	return err.Error()
}

func sizeName(n int64) string {
	switch {
	case n%(1<<30) == 0:
		return fmt.Sprintf("%d GiB", n>>30)
	case n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// stickyEOF ends the stream at the first read error, keeping the error
// (io.EOF excepted) for the caller to report.
type stickyEOF struct {
	r   io.Reader
	err error
}

func (s *stickyEOF) Read(p []byte) (int, error) {
	if s.err != nil {
		return 0, io.EOF
	}
	n, err := s.r.Read(p)
	if err != nil && !errors.Is(err, io.EOF) {
		s.err = err
		return n, io.EOF
	}
	return n, err
}

// countingReader counts the bytes read through it and keeps the last
// tailSize of them.
type countingReader struct {
	r    io.Reader
	n    atomic.Int64
	tail []byte
}

// tailSize is how many of the last bytes read countingReader keeps: more
// than a WARC version line, so that bytes after the last record that the
// parser took for no record can be told from white space.
const tailSize = 64

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	if n >= tailSize {
		c.tail = append(c.tail[:0], p[n-tailSize:n]...)
	} else {
		c.tail = append(c.tail, p[:n]...)
		if len(c.tail) > tailSize {
			c.tail = append(c.tail[:0], c.tail[len(c.tail)-tailSize:]...)
		}
	}
	return n, err
}
