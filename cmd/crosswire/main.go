// Command crosswire cross-checks news reports: it groups the versions of a
// story, extracts their facts with exact spans and reports where the
// versions agree and where they contradict each other.
//
// This package only wires flags to the stages; the work happens in the
// packages named after each stage.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	// The first signal cancels the work, which winds down at its next
	// check; a second one ends the process at once.
	go func() {
		<-ctx.Done()
		stop()
	}()
	os.Exit(run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit statuses.
const (
	exitOK      = 0
	exitSkipped = 1 // some input could not be read; the rest was processed
	exitUsage   = 2 // bad flags or arguments
	// exitInterrupted is the shell's status for a process ended by
	// SIGINT (128+2): a run stopped by Ctrl-C or SIGTERM before it was
	// done, whatever stage it was in.
	exitInterrupted = 130
)

// run executes the CLI and returns the process exit status.
func run(ctx context.Context, args []string, stdin *os.File, stdout, stderr *os.File) int {
	app := &app{stdin: stdin, stdout: stdout, stderr: stderr}
	root := app.rootCmd()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	cmd, err := root.ExecuteContextC(ctx)
	if err == nil {
		return exitOK
	}
	if ctx.Err() != nil && errors.Is(err, ctx.Err()) {
		// Stopped by a signal: say so, not the chain of "context
		// canceled" of whichever stage was running.
		var ie *interruptedError
		msg := "interrupted"
		if errors.As(err, &ie) {
			msg = "interrupted: " + ie.msg
		}
		fmt.Fprintln(stderr, "crosswire:", msg)
		return exitInterrupted
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.msg != "" {
			fmt.Fprintln(stderr, "crosswire:", ee.msg)
		}
		return ee.code
	}
	var ue *usageError
	if errors.As(err, &ue) || strings.HasPrefix(err.Error(), "unknown command") {
		if ue == nil {
			ue = &usageError{err}
		}
		// One prefix, the command's own ("crosswire check: …"), and
		// the help of that command.
		path := "crosswire"
		if cmd != nil {
			path = cmd.CommandPath()
		}
		msg := strings.TrimSuffix(strings.TrimPrefix(ue.err.Error(), path+": "), ` for "`+path+`"`)
		msg = strings.TrimPrefix(msg, strings.TrimPrefix(path, "crosswire ")+": ") // "bench group: …"
		fmt.Fprintf(stderr, "%s: %s\n", path, msg)
		fmt.Fprintf(stderr, "Run '%s --help' for usage.\n", path)
		return exitUsage
	}
	fmt.Fprintln(stderr, "crosswire:", err)
	return exitSkipped
}

// usageError marks an error in how the command was called (exit 2).
type usageError struct{ err error }

func (u *usageError) Error() string { return u.err.Error() }
func (u *usageError) Unwrap() error { return u.err }

// interruptedError is a run stopped by its context (Ctrl-C, SIGTERM) with
// what it left behind in msg ("12 new articles stored, …"); it wraps the
// context's error.
type interruptedError struct {
	msg string
	err error
}

func (e *interruptedError) Error() string { return e.msg + ": " + e.err.Error() }
func (e *interruptedError) Unwrap() error { return e.err }

// exitError carries a specific exit status.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return fmt.Sprintf("exit %d: %s", e.code, e.msg) }
