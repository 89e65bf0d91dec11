package main

import (
	"errors"
	"flag"
	"fmt"
)

// usageError is a command line that cannot run: exit status 2. printed is
// set when the flag package has already shown the problem and the usage.
type usageError struct {
	msg     string
	printed bool
}

func (e *usageError) Error() string { return e.msg }

// usagef returns a usage error with a message.
func usagef(format string, a ...any) error {
	return &usageError{msg: fmt.Sprintf(format, a...)}
}

// exitError ends the command with a given status after its message.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

// parseFlags parses flags placed anywhere among the arguments (a "--"
// ends the flags) and returns the others. -h gives flag.ErrHelp (exit 0);
// a bad flag, already reported with the usage by the flag package, gives
// a printed usage error (exit 2).
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, err
		}
		return nil, &usageError{msg: err.Error(), printed: true}
	}
	return pos, nil
}

// exitCode maps the error of a command to the process exit status and
// says whether its message still has to be printed.
func exitCode(err error) (code int, print bool) {
	var ue *usageError
	var ee *exitError
	switch {
	case err == nil:
		return 0, false
	case errors.Is(err, flag.ErrHelp):
		return 0, false
	case errors.As(err, &ue):
		return 2, !ue.printed
	case errors.As(err, &ee):
		return ee.code, ee.msg != ""
	}
	return 1, true
}

// checkFlags is parseFlags for commands that read fs.Args afterwards: the
// arguments that are not flags are left in fs.Args.
func checkFlags(fs *flag.FlagSet, args []string) error {
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	return fs.Parse(append([]string{"--"}, pos...))
}
