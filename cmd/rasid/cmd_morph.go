package main

import "errors"

// trainMorph implements `rasid train morph`.
func trainMorph(args []string) error { return errors.New("train morph: not implemented yet") }

// evalSegments implements `rasid eval segments GOLD`.
func evalSegments(args []string) error { return errors.New("eval segments: not implemented yet") }
