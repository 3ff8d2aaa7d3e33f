package main

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/sys/unix"
)

// openPTY opens a pseudo-terminal pair and returns its terminal side (a
// *os.File for which term.IsTerminal holds) and its controlling side, or
// skips when the system has none.
func openPTY(t *testing.T) (tty, ptm *os.File) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	t.Cleanup(func() { m.Close() })
	if err := unix.IoctlSetPointerInt(int(m.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		t.Skipf("cannot unlock the pseudo-terminal: %v", err)
	}
	n, err := unix.IoctlGetInt(int(m.Fd()), unix.TIOCGPTN)
	if err != nil {
		t.Skipf("cannot name the pseudo-terminal: %v", err)
	}
	s, err := os.OpenFile("/dev/pts/"+strconv.Itoa(n), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("cannot open the pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s, m
}

// TestStdinHint checks that "-" with stdin a terminal says the command
// waits for a report there, and that a piped stdin, or no "-", prints
// nothing (a script's stderr stays clean).
func TestStdinHint(t *testing.T) {
	tty, _ := openPTY(t)
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	tests := []struct {
		name  string
		stdin *os.File
		args  []string
		quiet bool
		hint  bool
	}{
		{"terminal and -", tty, []string{"a.txt", "-"}, false, true},
		{"terminal, no -", tty, []string{"a.txt"}, false, false},
		{"pipe and -", r, []string{"-"}, false, false},
		{"terminal and -, --quiet", tty, []string{"-"}, true, false},
	}
	for _, tc := range tests {
		var errOut bytes.Buffer
		a := &app{stdin: tc.stdin, stdout: &bytes.Buffer{}, stderr: &errOut, quiet: tc.quiet}
		a.stdinHint(tc.args)
		if got := strings.Contains(errOut.String(), "reading a report from the terminal"); got != tc.hint {
			t.Errorf("%s: hint %v (stderr %q), want %v", tc.name, got, errOut.String(), tc.hint)
		}
	}
}
