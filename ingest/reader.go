// Package ingest reads reports into crosswire.Documents: text, Markdown,
// HTML, JSON and JSONL files, directories of them, standard input, http(s)
// URLs and WARC archives. Whatever cannot be read becomes a crosswire.Skip
// with a short reason and a log warning; the rest is still read. Nothing
// here panics on bad input.
//
// Every Document leaves ingest as plain text (HTML is false): HTML pages
// are reduced to their main text here, so later stages see one format.
package ingest

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	neturl "net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"crosswire"
	"crosswire/ingest/fetch"
)

// DefaultMaxSize is the size cap of one input when Reader.MaxSize is 0.
const DefaultMaxSize = 10 << 20

// Reader reads report inputs. The zero value is ready to use: it caps each
// input at DefaultMaxSize, reads "-" from os.Stdin, logs to slog.Default()
// and fetches URLs with a default fetch.Fetcher (SSRF-protected, robots.txt
// respected).
type Reader struct {
	// MaxSize caps the size of one input (a file, a page, a JSONL line, a
	// WARC record) in bytes; 0 means DefaultMaxSize.
	MaxSize int64
	// Stdin is read for the argument "-"; nil means os.Stdin.
	Stdin io.Reader
	// StdinName, when set, replaces "-" in the Source of documents and
	// skips read from stdin ("-#N", line N of JSONL, becomes StdinName#N),
	// so a report piped in is stored under a name; "" keeps "-".
	StdinName string
	// Logger receives a warning for every skip; nil means slog.Default().
	Logger *slog.Logger
	// Fetcher fetches http(s) arguments; nil means a fetcher with default
	// options built for each Walk (so rate limits do not carry over between
	// calls). Set one to share its rate limiter and robots cache.
	Fetcher *fetch.Fetcher
	// Progress, when it is a terminal, shows progress bars for long inputs
	// (WARC archives); nil or a non-terminal keeps ingest silent.
	Progress io.Writer
	// Note receives a one-line summary of what a directory walk left out
	// for its extension ("ignored 3 files by extension under corpus:
	// 2 .csv, 1 without extension"), and one naming the .json files it
	// left out as no article; nil logs them at Info.
	Note func(msg string)
}

// Read reads every argument and returns the documents in argument order
// (files of a directory in lexical order), and the inputs it skipped.
// When ctx ends it stops and returns what it read so far: a caller must
// check ctx.Err() before taking the result for the whole input.
func (r *Reader) Read(ctx context.Context, args []string) ([]crosswire.Document, []crosswire.Skip) {
	var docs []crosswire.Document
	skips, err := r.Walk(ctx, args, func(d crosswire.Document) error {
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		// Only cancellation can stop Walk here (fn never fails), and
		// the caller reports it.
		r.logger().Debug("ingest stopped", "err", err)
	}
	return docs, skips
}

// Walk reads the arguments in order and calls fn with each document as soon
// as it is read, so a large JSONL file or WARC archive is never held in
// memory whole. It returns the skipped inputs; the error is fn's error or
// the context's, and stops the walk.
func (r *Reader) Walk(ctx context.Context, args []string, fn func(crosswire.Document) error) ([]crosswire.Skip, error) {
	w := &walker{r: r, ctx: ctx, fn: fn, log: r.logger(), max: r.maxSize()}
	if r.Fetcher != nil {
		w.fetcher = r.Fetcher
	}
	for _, arg := range args {
		if err := ctx.Err(); err != nil {
			return w.skips, err
		}
		if err := w.arg(arg); err != nil {
			return w.skips, err
		}
	}
	return w.skips, nil
}

func (r *Reader) logger() *slog.Logger {
	if r.Logger != nil {
		return r.Logger
	}
	return slog.Default()
}

func (r *Reader) maxSize() int64 {
	if r.MaxSize > 0 {
		return r.MaxSize
	}
	return DefaultMaxSize
}

// walker is the state of one Walk call.
type walker struct {
	r       *Reader
	ctx     context.Context
	fn      func(crosswire.Document) error
	log     *slog.Logger
	max     int64
	skips   []crosswire.Skip
	fetcher *fetch.Fetcher
	// bar and counted report the progress of the JSONL file being read.
	bar     *Progress
	counted *countingReader
	// dataJSON are the .json files a directory walk left out as no
	// article (looksLikeArticle), summed up in a note after the walk.
	dataJSON []string
}

// skip records an input that could not be read. It is logged at Debug
// only: the caller lists every skip (the CLI one line each on stderr).
func (w *walker) skip(source, reason string) {
	source = w.r.stdinSource(source)
	w.log.Debug("skipped input", "source", source, "reason", reason)
	w.skips = append(w.skips, crosswire.Skip{Source: source, Reason: reason})
}

// emit hands a document to fn.
func (w *walker) emit(d crosswire.Document) error {
	d.Source = w.r.stdinSource(d.Source)
	return w.fn(d)
}

// stdinSource is source with a stdin "-" (or "-#N") named StdinName.
func (r *Reader) stdinSource(source string) string {
	switch {
	case r.StdinName == "":
		return source
	case source == "-":
		return r.StdinName
	case strings.HasPrefix(source, "-#"):
		return r.StdinName + source[1:]
	}
	return source
}

func (w *walker) arg(arg string) error {
	switch {
	case arg == "-":
		return w.stdin()
	case isURL(arg):
		return w.url(arg)
	}
	info, err := os.Stat(arg)
	if err != nil {
		reason := statReason(err)
		if errors.Is(err, fs.ErrNotExist) && otherScheme(arg) {
			// "ftp://…", "file:///…": a URL crosswire does not fetch,
			// not a missing file
			reason = fetch.ErrScheme.Error()
		}
		w.skip(arg, reason)
		return nil
	}
	if !info.IsDir() {
		return w.fileAt(arg, arg, info, true)
	}
	return w.dir(arg)
}

// dir reads the supported files under root, recursively, in lexical order,
// leaving out hidden files and directories and unknown extensions.
func (w *walker) dir(root string) error {
	ignored := map[string]int{}
	w.dataJSON = nil
	defer func() {
		w.noteIgnored(root, ignored)
		w.noteDataJSON(root)
	}()
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if cerr := w.ctx.Err(); cerr != nil {
			return cerr
		}
		if err != nil {
			// An unreadable subdirectory or file: name it and go on.
			w.skip(path, statReason(err))
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || projectDoc(d.Name()) {
			return nil
		}
		if formatOf(path) == formatUnknown {
			ignored[strings.ToLower(filepath.Ext(d.Name()))]++
			return nil
		}
		rel, rerr := filepath.Rel(root, path)
		if rerr != nil {
			rel = path
		}
		source := filepath.Join(root, rel)
		info, ierr := d.Info()
		if ierr != nil {
			w.skip(source, statReason(ierr))
			return nil
		}
		if !info.Mode().IsRegular() && info.Mode()&fs.ModeSymlink != 0 {
			// Follow a symlink to a file; a link to a directory is
			// left out (no cycles).
			target, serr := os.Stat(path)
			if serr != nil {
				w.skip(source, statReason(serr))
				return nil
			}
			if target.IsDir() {
				return nil
			}
			info = target
		}
		return w.fileAt(path, source, info, false)
	})
}

// noteIgnored sums up the files a walk of root left out for their
// extension, most frequent first, through Reader.Note.
func (w *walker) noteIgnored(root string, ignored map[string]int) {
	if len(ignored) == 0 {
		return
	}
	exts := make([]string, 0, len(ignored))
	total := 0
	for e, n := range ignored {
		exts = append(exts, e)
		total += n
	}
	sort.Slice(exts, func(i, j int) bool {
		if ignored[exts[i]] != ignored[exts[j]] {
			return ignored[exts[i]] > ignored[exts[j]]
		}
		return exts[j] == "" || exts[i] != "" && exts[i] < exts[j]
	})
	parts := make([]string, len(exts))
	for i, e := range exts {
		name := e
		if e == "" {
			name = "without extension"
		}
		parts[i] = fmt.Sprintf("%d %s", ignored[e], name)
	}
	files := "files"
	if total == 1 {
		files = "file"
	}
	w.note(fmt.Sprintf("ignored %d %s by extension under %s: %s (read: %s; a file named as an argument is read whatever its extension)",
		total, files, root, strings.Join(parts, ", "), strings.Join(Extensions, " ")))
}

// note hands a summary of what a walk left out to Reader.Note, else logs
// it at Info.
func (w *walker) note(msg string) {
	if w.r.Note != nil {
		w.r.Note(msg)
		return
	}
	w.log.Info(msg)
}

// noteDataJSON names, through Reader.Note, the .json files a walk of root
// left out as no article: objects without any field an article is known
// by. A corpus whose articles name their text otherwise would else vanish
// without a word (session 19 QA: "0 stories from 0 articles", exit 0).
func (w *walker) noteDataJSON(root string) {
	if len(w.dataJSON) == 0 {
		return
	}
	const shown = 5
	names := strings.Join(w.dataJSON[:min(len(w.dataJSON), shown)], ", ")
	if len(w.dataJSON) > shown {
		names += fmt.Sprintf(" and %d more", len(w.dataJSON)-shown)
	}
	files := "files"
	if len(w.dataJSON) == 1 {
		files = "file"
	}
	var fields []string
	for _, names := range [][]string{textFields, htmlFields, titleFields, urlFields} {
		fields = append(fields, names...)
	}
	w.note(fmt.Sprintf("left out %d JSON %s under %s as no article (no field %s): %s (named as an argument, a file is read or skipped with its reason)",
		len(w.dataJSON), files, root, strings.Join(fields, ", "), names))
	w.dataJSON = nil
}

// fileAt reads the file at path, naming it source. explicit is true for a
// file named on the command line (read whatever its name), false for one
// found in a directory walk.
func (w *walker) fileAt(path, source string, info fs.FileInfo, explicit bool) error {
	if !info.Mode().IsRegular() {
		w.skip(source, "not a regular file")
		return nil
	}
	format := formatOf(path)
	if format == formatUnknown && explicit && warcAt(path) {
		format = formatWARC // an archive under another name: read as one
	}
	switch format {
	case formatJSONL:
		return w.jsonlFile(path, source)
	case formatWARC, formatWARCGz:
		return w.warcFile(path, source, info.Size())
	}
	if info.Size() == 0 {
		w.skip(source, ReasonEmpty)
		return nil
	}
	if info.Size() > w.max {
		w.skip(source, tooLarge(w.max))
		return nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		w.skip(source, statReason(err))
		return nil
	}
	if int64(len(data)) > w.max { // grew since Stat
		w.skip(source, tooLarge(w.max))
		return nil
	}
	if format == formatUnknown {
		format = sniff(data)
	}
	if format == formatJSON && !explicit && !looksLikeArticle(data) {
		// A data file next to the reports (an answer key, a manifest):
		// not a report, and not an error either; the walk's note names
		// it, for articles written with field names crosswire does not
		// know are left out this way too.
		w.dataJSON = append(w.dataJSON, source)
		return nil
	}
	return w.content(source, data, format, "")
}

// warcAt reports whether the file at path opens a WARC archive (isWARC).
func warcAt(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 512)
	n, _ := io.ReadFull(f, head)
	return isWARC(head[:n])
}

// projectDoc reports whether a file name is a project's own document
// (README.md, LICENSE.txt, CHANGELOG.md…), which a directory walk leaves
// out: it describes the corpus, it is not one of its reports.
func projectDoc(name string) bool {
	base := strings.ToUpper(strings.TrimSuffix(name, filepath.Ext(name)))
	switch base {
	case "README", "LICENSE", "LICENCE", "CHANGELOG", "CHANGES", "CONTRIBUTING", "AUTHORS", "NOTICE", "COPYING", "CODE_OF_CONDUCT", "SECURITY":
		return true
	}
	return false
}

// content turns the bytes of one input of a known format into documents.
func (w *walker) content(source string, data []byte, format inputFormat, contentType string) error {
	if marked, ok := withUTF16BOM(data); ok {
		// UTF-16 saved without its byte-order mark (Windows tools do):
		// read as text, as its BOM would have had it read
		data = marked
		if format == formatBinary {
			format = formatText
		}
	}
	// An HTML page is checked for binary bytes by htmlDocument, once its
	// declared charset is known.
	if format != formatHTML && isBinary(data) {
		format = formatBinary
	}
	switch format {
	case formatHTML:
		doc, reason := htmlDocument(source, data, contentType, w.log)
		if reason != "" {
			w.skip(source, reason)
			return nil
		}
		return w.emit(doc)
	case formatJSON:
		return w.jsonContent(source, data)
	case formatJSONL:
		return w.jsonlStream(source, strings.NewReader(string(data)))
	case formatBinary:
		w.skip(source, binaryReason(data))
		return nil
	case formatFeed:
		w.skip(source, ReasonFeed)
		return nil
	case formatXML:
		w.skip(source, ReasonXML)
		return nil
	default:
		doc, reason := textDocument(source, data, w.log)
		if reason == "" && format == formatMarkdown {
			doc, reason = fromMarkdown(doc)
		}
		if reason != "" {
			w.skip(source, reason)
			return nil
		}
		return w.emit(doc)
	}
}

// stdin reads "-": it sniffs the head; JSONL is streamed line by line (each
// line capped), anything else is read whole up to the cap.
func (w *walker) stdin() error {
	in := w.r.Stdin
	if in == nil {
		in = os.Stdin
	}
	br := bufio.NewReaderSize(in, 64<<10)
	head, err := br.Peek(64 << 10)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		w.skip("-", fmt.Sprintf("read error: %v", err))
		return nil
	}
	if len(head) == 0 {
		w.skip("-", ReasonEmpty)
		return nil
	}
	if isWARC(head) {
		return w.warcStream(br, "-", 0)
	}
	if sniff(head) == formatJSONL {
		return w.jsonlStream("-", br)
	}
	data, err := io.ReadAll(io.LimitReader(br, w.max+1))
	if err != nil {
		w.skip("-", fmt.Sprintf("read error: %v", err))
		return nil
	}
	if int64(len(data)) > w.max {
		w.skip("-", tooLarge(w.max))
		return nil
	}
	return w.content("-", data, sniff(data), "")
}

// url fetches an http(s) argument and reads the page.
func (w *walker) url(arg string) error {
	if w.fetcher == nil {
		w.fetcher = &fetch.Fetcher{MaxSize: w.max, Logger: w.log}
	}
	page, err := w.fetcher.Get(w.ctx, arg)
	if err != nil {
		if cerr := w.ctx.Err(); cerr != nil {
			return cerr
		}
		w.skip(arg, FetchReason(err, w.max))
		return nil
	}
	if len(page.Body) == 0 {
		w.skip(arg, ReasonEmpty)
		return nil
	}
	format := pageFormat(page)
	switch format {
	case formatWARC, formatWARCGz:
		w.skip(arg, "WARC archives are read from files: download it first")
		return nil
	case formatHTML, formatText, formatMarkdown:
		doc, reason := pageDocument(arg, page, format, w.log)
		if reason != "" {
			w.skip(arg, reason)
			return nil
		}
		return w.emit(doc)
	}
	return w.content(arg, page.Body, format, page.ContentType)
}

// pageFormat is how a fetched page is read: by its Content-Type, else by
// its URL's extension, else by its bytes.
func pageFormat(page *fetch.Page) inputFormat {
	format := formatOfMedia(page.ContentType)
	if format == formatUnknown {
		if u, perr := neturl.Parse(page.URL); perr == nil {
			format = formatOf(u.Path)
		}
	}
	if format == formatUnknown {
		format = sniff(page.Body)
	}
	if format == formatText && startsHTMLDocument(page.Body) {
		format = formatHTML // an HTML document a server labelled text/plain
	}
	if format != formatBinary && format != formatHTML && isBinary(page.Body) {
		format = formatBinary
	}
	return format
}

// PageDocument reads a fetched page that stands for one report (a feed
// item's link): an HTML, text or Markdown page becomes its document, read
// as a URL argument of check is; anything else — a feed (an item that
// links back to its feed), other XML, JSON, an archive, a binary file —
// is no report page and gives the reason it was not read.
func PageDocument(source string, page *fetch.Page, log *slog.Logger) (crosswire.Document, string) {
	if log == nil {
		log = slog.Default()
	}
	if len(page.Body) == 0 {
		return crosswire.Document{}, ReasonEmpty
	}
	format := pageFormat(page)
	switch format {
	case formatHTML, formatText, formatMarkdown:
		return pageDocument(source, page, format, log)
	case formatBinary:
		return crosswire.Document{}, binaryReason(page.Body)
	case formatFeed:
		return crosswire.Document{}, ReasonFeed
	case formatXML:
		return crosswire.Document{}, ReasonXML
	}
	return crosswire.Document{}, ReasonNotPage
}

// pageDocument reads a fetched HTML, text or Markdown page.
func pageDocument(source string, page *fetch.Page, format inputFormat, log *slog.Logger) (crosswire.Document, string) {
	var doc crosswire.Document
	var reason string
	if format == formatHTML {
		doc, reason = htmlDocument(source, page.Body, page.ContentType, log)
	} else {
		data, enc, err := decodeCharset(page.Body, page.ContentType)
		if err != nil {
			return crosswire.Document{}, err.Error()
		}
		doc, reason = textDocument(source, data, log)
		if reason == "" && format == formatMarkdown {
			doc, reason = fromMarkdown(doc)
		}
		if enc != "" {
			doc.Encoding = enc
		}
	}
	if reason != "" {
		return crosswire.Document{}, reason
	}
	if doc.URL == "" {
		doc.URL = page.URL
	}
	return doc, ""
}

// otherScheme reports whether arg starts like a URL of a scheme other
// than http(s): letters, digits, "+", "-" or "." after a letter, then
// "://".
func otherScheme(arg string) bool {
	scheme, _, ok := strings.Cut(arg, "://")
	if !ok || scheme == "" || isURL(arg) {
		return false
	}
	for i, c := range scheme {
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if !letter && (i == 0 || !(c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')) {
			return false
		}
	}
	return true
}

func isURL(arg string) bool {
	l := strings.ToLower(arg)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// statReason is the skip reason for a file system error.
func statReason(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return ReasonNotFound
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// FetchReason is the skip reason for an error from fetch.Fetcher: short,
// stable strings ("disallowed by robots.txt", "robots.txt unavailable:
// timed out" — the site may be down, nothing was refused — "HTTP 404 Not
// Found", "timed out", "larger than 10 MiB cap", "refused: not a public
// address: 10.0.0.5", "too many redirects"). maxSize names the cap (0:
// default).
func FetchReason(err error, maxSize int64) string {
	if maxSize <= 0 {
		maxSize = DefaultMaxSize
	}
	var se *fetch.StatusError
	var ne net.Error
	var dnsErr *net.DNSError
	var opErr *net.OpError
	var ue *neturl.Error
	var ru *fetch.RobotsUnavailableError
	msg := err.Error()
	switch {
	case errors.Is(err, fetch.ErrBlockedAddress):
		return msg[strings.Index(msg, fetch.ErrBlockedAddress.Error()):]
	case errors.As(err, &ru):
		// not a refusal: the site's robots.txt could not be read (the
		// site may be down), and why, in this function's words
		return fetch.ErrRobotsUnavailable.Error() + ": " + FetchReason(ru.Err, maxSize)
	case errors.Is(err, fetch.ErrRobots):
		return fetch.ErrRobots.Error()
	case errors.Is(err, fetch.ErrTooLarge):
		return tooLarge(maxSize)
	case errors.Is(err, fetch.ErrTooManyRedirects):
		return "too many redirects"
	case errors.Is(err, fetch.ErrScheme):
		return fetch.ErrScheme.Error()
	case errors.As(err, &se):
		return se.Error()
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return "timed out"
	case errors.As(err, &dnsErr) && dnsErr.IsNotFound:
		return "no such host: " + dnsErr.Name
	case errors.As(err, &dnsErr):
		return "DNS lookup of " + dnsErr.Name + " failed: " + dnsErr.Err
	case errors.As(err, &opErr) && opErr.Op == "dial":
		// "dial tcp 192.0.2.7:80: connect: connection refused" →
		// "cannot connect to 192.0.2.7:80: connection refused"
		why := opErr.Err
		var sys *os.SyscallError
		if errors.As(why, &sys) {
			why = sys.Err
		}
		if opErr.Addr != nil {
			return "cannot connect to " + opErr.Addr.String() + ": " + why.Error()
		}
		return "cannot connect: " + why.Error()
	case errors.As(err, &ue) && ue.Op == "parse":
		return "invalid URL: " + ue.Err.Error()
	}
	// The fetcher names the URL ("fetch URL: …"); the skip names it already.
	if rest, ok := strings.CutPrefix(msg, "fetch "); ok {
		if _, why, found := strings.Cut(rest, ": "); found {
			msg = why
		}
	}
	return "fetch failed: " + msg
}
