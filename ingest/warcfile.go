package ingest

import (
	"errors"
	"fmt"
	"io"
	"os"

	"crosswire/ingest/warc"
)

// warcFile streams the HTML pages of a .warc or .warc.gz archive. Each page
// becomes a document named by its WARC-Target-URI; a record that cannot be
// read is skipped as FILE#N (its 1-based position in the archive) with a
// reason naming the record, and the pages before and after it are kept.
// Published is the page's own declared date when it has one, else the
// WARC-Date of the capture.
func (w *walker) warcFile(path, source string, size int64) error {
	f, err := os.Open(path)
	if err != nil {
		w.skip(source, statReason(err))
		return nil
	}
	defer f.Close()
	if size == 0 {
		w.skip(source, ReasonEmpty)
		return nil
	}
	return w.warcStream(f, source, size)
}

// warcStream reads the archive in r (a file, or stdin when size is 0: no
// progress by bytes) as warcFile does.
func (w *walker) warcStream(r io.Reader, source string, size int64) error {
	wr, err := warc.NewReader(r, warc.Options{MaxSize: w.max})
	if err != nil {
		w.skip(source, err.Error())
		return nil
	}
	defer wr.Close()
	var bar *Progress // none for stdin: no size to measure it against
	if size > 0 {
		bar = NewProgress(w.r.Progress, size, source)
	}
	defer bar.Finish()
	pages, bad := 0, 0
	err = wr.Walk(func(rec warc.Record) error {
		if err := w.ctx.Err(); err != nil {
			return err
		}
		bar.SetBytes(wr.BytesRead())
		bar.Record()
		pages++
		doc, reason := htmlDocument(rec.TargetURI, rec.Body, rec.ContentType, w.log)
		if reason != "" {
			w.skip(fmt.Sprintf("%s#%d", source, rec.Index), fmt.Sprintf("record %d (%s): %s", rec.Index, rec.TargetURI, reason))
			return nil
		}
		if doc.Source == "" {
			doc.Source = fmt.Sprintf("%s#%d", source, rec.Index)
		}
		if doc.URL == "" {
			doc.URL = rec.TargetURI
		}
		if doc.Published == nil && !rec.Date.IsZero() {
			d := rec.Date
			doc.Published = &d
		}
		return w.emit(doc)
	}, func(e *warc.RecordError) {
		bad++
		w.skip(fmt.Sprintf("%s#%d", source, e.Index), e.Error())
	})
	var re *warc.RecordError
	switch {
	case errors.As(err, &re):
		w.skip(fmt.Sprintf("%s#%d", source, re.Index), re.Error())
	case err != nil:
		return err // fn's error or the context's: stop the walk
	}
	if pages == 0 && bad == 0 && err == nil {
		w.skip(source, ReasonNoPages)
	}
	return nil
}
