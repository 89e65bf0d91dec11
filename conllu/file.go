package conllu

import (
	"fmt"
	"io"
	"os"
)

// Each calls fn for every sentence of r in order, stopping at the first
// error (a malformed line, or fn's).
func Each(r io.Reader, fn func(*Sentence) error) error {
	cr := NewReader(r)
	for {
		s, err := cr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if err := fn(s); err != nil {
			return err
		}
	}
}

// EachInFile is Each over the file at path; errors name the file.
func EachInFile(path string, fn func(*Sentence) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := Each(f, fn); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
