package tagger

import "github.com/rasid/rasid/internal/learn"

// Feature keys: a template number and the strings it combines, hashed by
// learn.Key*.
func f1(tmpl uint64, a string) uint64       { return learn.Key1(tmpl, a) }
func f2(tmpl uint64, a, b string) uint64    { return learn.Key2(tmpl, a, b) }
func f3(tmpl uint64, a, b, c string) uint64 { return learn.Key3(tmpl, a, b, c) }
