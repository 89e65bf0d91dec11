package main

import "errors"

// trainNER implements `rasid train ner`.
func trainNER(args []string) error { return errors.New("train ner: not implemented yet") }

// evalNER implements `rasid eval ner GOLD`.
func evalNER(args []string) error { return errors.New("eval ner: not implemented yet") }
