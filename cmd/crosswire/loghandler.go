package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync"
)

// cliHandler writes log records as the CLI's other messages read —
// "crosswire: warning: header keys not read: source=a.txt keys=Desk" —
// instead of slog's "time=… level=WARN msg=…" beside the plain "crosswire:
// skipped …" lines. The attributes keep slog's key=value text form (one
// TextHandler writes them); the time is left out, as a terminal, a pipe or
// a service's journal stamps lines itself.
type cliHandler struct {
	mu    *sync.Mutex // one line at a time across the handler's clones
	w     io.Writer
	attrs slog.Handler // a TextHandler writing only the attributes
}

// newCLIHandler returns a cliHandler writing to w records at level or above.
func newCLIHandler(w io.Writer, level slog.Leveler) *cliHandler {
	drop := func(groups []string, a slog.Attr) slog.Attr {
		if len(groups) == 0 && (a.Key == slog.TimeKey || a.Key == slog.LevelKey || a.Key == slog.MessageKey) {
			return slog.Attr{}
		}
		return a
	}
	return &cliHandler{mu: &sync.Mutex{}, w: w,
		attrs: slog.NewTextHandler(w, &slog.HandlerOptions{Level: level, ReplaceAttr: drop})}
}

// Enabled reports whether the level is logged.
func (h *cliHandler) Enabled(ctx context.Context, l slog.Level) bool { return h.attrs.Enabled(ctx, l) }

// Handle writes "crosswire: LEVEL: message: key=value …".
func (h *cliHandler) Handle(ctx context.Context, r slog.Record) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	sep := ": "
	if r.NumAttrs() == 0 {
		sep = ""
	}
	if _, err := fmt.Fprintf(h.w, "crosswire: %s: %s%s", levelWord(r.Level), r.Message, sep); err != nil {
		return err
	}
	return h.attrs.Handle(ctx, r)
}

// WithAttrs returns the handler with attrs added to every record.
func (h *cliHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	c := *h
	c.attrs = h.attrs.WithAttrs(attrs)
	return &c
}

// WithGroup returns the handler with later attributes in group name.
func (h *cliHandler) WithGroup(name string) slog.Handler {
	c := *h
	c.attrs = h.attrs.WithGroup(name)
	return &c
}

// levelWord is a level as a word of a message: "warning", "error", "info",
// "debug" (and slog's offsets, "warning+2").
func levelWord(l slog.Level) string {
	s := strings.ToLower(l.String())
	return strings.Replace(s, "warn", "warning", 1)
}
