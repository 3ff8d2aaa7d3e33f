package main

import (
	"bytes"
	"log/slog"
	"testing"
)

func TestCLIHandler(t *testing.T) {
	tests := []struct {
		name string
		log  func(l *slog.Logger)
		want string
	}{
		{"warning with attributes", func(l *slog.Logger) { l.Warn("header keys not read", "source", "a.txt", "keys", "Desk") },
			"crosswire: warning: header keys not read: source=a.txt keys=Desk\n"},
		{"error without attributes", func(l *slog.Logger) { l.Error("store closed") },
			"crosswire: error: store closed\n"},
		{"a value with spaces quoted", func(l *slog.Logger) { l.Warn("skipped", "reason", "no text") },
			"crosswire: warning: skipped: reason=\"no text\"\n"},
		{"attributes and a group carried", func(l *slog.Logger) { l.With("feed", "f1").WithGroup("item").Warn("late", "n", 2) },
			"crosswire: warning: late: feed=f1 item.n=2\n"},
		{"below the level: nothing", func(l *slog.Logger) { l.Info("polled", "items", 3) }, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			tc.log(slog.New(newCLIHandler(&buf, slog.LevelWarn)))
			if got := buf.String(); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
