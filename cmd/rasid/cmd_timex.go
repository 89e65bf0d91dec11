package main

import "errors"

// evalTimex implements `rasid eval timex DIR`.
func evalTimex(args []string) error { return errors.New("eval timex: not implemented yet") }
