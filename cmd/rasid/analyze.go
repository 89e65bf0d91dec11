package main

import (
	"errors"
	"io"
)

func analyze(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	return errors.New("analyze: not implemented yet")
}

func evalUD(args []string, stdout io.Writer) error { return errors.New("eval ud: not implemented yet") }
