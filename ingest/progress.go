package ingest

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// Progress shows how far a long read has got — bytes/s over the input's
// size and records/s in the description — with a
// github.com/schollz/progressbar bar, but only when its writer is a
// terminal: in a pipe, a log file or CI it does nothing. All methods are
// safe on a nil *Progress.
type Progress struct {
	bar     *progressbar.ProgressBar
	what    string
	start   time.Time
	records int64
	last    time.Time
}

// NewProgress returns a progress display on w for an input of total bytes
// (-1 when unknown) described by what ("news.warc.gz"), or nil when w is
// not a terminal.
func NewProgress(w io.Writer, total int64, what string) *Progress {
	f, ok := w.(*os.File)
	if !ok || f == nil || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	bar := progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(f),
		progressbar.OptionSetDescription(what),
		progressbar.OptionShowBytes(true),
		progressbar.OptionUseIECUnits(true),
		progressbar.OptionSetWidth(24),
		progressbar.OptionThrottle(200*time.Millisecond),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetPredictTime(true),
	)
	return &Progress{bar: bar, what: what, start: time.Now()}
}

// SetBytes records how many bytes of the input have been read.
func (p *Progress) SetBytes(n int64) {
	if p == nil {
		return
	}
	_ = p.bar.Set64(n)
}

// Record counts one record read, and refreshes the records/s figure at
// most a few times a second.
func (p *Progress) Record() {
	if p == nil {
		return
	}
	p.records++
	if now := time.Now(); now.Sub(p.last) >= 250*time.Millisecond {
		p.last = now
		rate := float64(p.records) / max(now.Sub(p.start).Seconds(), 1e-3)
		p.bar.Describe(fmt.Sprintf("%s: %d records (%.0f/s)", p.what, p.records, rate))
	}
}

// Finish removes the bar.
func (p *Progress) Finish() {
	if p == nil {
		return
	}
	_ = p.bar.Finish()
}
