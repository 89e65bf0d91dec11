package main

import (
	"fmt"
	"os"
	"os/signal"
	"strconv"
	"syscall"
)

func itoa(n int) string { return strconv.Itoa(n) }

// watchSignals stops a run of `rasid analyze` cleanly on SIGINT or SIGTERM:
// the document being analysed is finished and written whole, the output is
// flushed, stderr says how many records were done and how to resume
// (--skip), and the process exits with 130 (SIGINT) or 143 (SIGTERM). A
// second signal stops at once. The returned function stops watching.
func watchSignals(r *runner) func() {
	ch := make(chan os.Signal, 2)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		var sig os.Signal
		select {
		case sig = <-ch:
		case <-done:
			return
		}
		r.sig.Store(sig)
		finished := make(chan struct{})
		go func() {
			select {
			case s := <-ch:
				code, _ := exitCode(r.interrupted(s))
				os.Exit(code)
			case <-finished:
			}
		}()
		// Wait for the document in hand, then end the run here: the main
		// goroutine may be blocked reading the next record.
		r.mu.Lock()
		close(finished)
		r.out.Flush()
		r.endProgress()
		err := r.interrupted(sig)
		fmt.Fprintf(r.stderr, "rasid: %v\n", err)
		code, _ := exitCode(err)
		os.Exit(code)
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}
