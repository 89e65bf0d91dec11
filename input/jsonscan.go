package input

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// scanFields reads a JSON-lines record in one pass: line must be one JSON
// object (white space around it allowed) whose every value is valid JSON,
// its strings valid UTF-8. (Such a line holds no control bytes but white
// space, so input.Decode would take it as it is.)
// It returns the values of the fields read (the last one when a name
// repeats, as encoding/json does) and ok; ok is false for anything it
// does not take (bad JSON, another value than an object, a field name
// with escapes), which the caller then reads with encoding/json.
func scanFields(line []byte) (f recordFields, ok bool) {
	s := scanner{b: line}
	s.space()
	if !s.byte('{') {
		return f, false
	}
	s.space()
	if s.byte('}') {
		s.space()
		return f, s.i == len(s.b)
	}
	for {
		s.space()
		ks := s.i
		if !s.str() {
			return f, false
		}
		key := line[ks+1 : s.i-1]
		if s.escaped {
			return f, false
		}
		s.space()
		if !s.byte(':') {
			return f, false
		}
		s.space()
		vs := s.i
		if !s.value(0) {
			return f, false
		}
		for k, name := range fieldNames {
			if string(key) == name {
				f.raw[k] = line[vs:s.i]
			}
		}
		s.space()
		if s.byte('}') {
			break
		}
		if !s.byte(',') {
			return f, false
		}
	}
	s.space()
	return f, s.i == len(s.b)
}

// A scanner checks JSON values in b from i on.
type scanner struct {
	b       []byte
	i       int
	escaped bool // the last string held an escape
}

func (s *scanner) space() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

// byte consumes c if it is next.
func (s *scanner) byte(c byte) bool {
	if s.i < len(s.b) && s.b[s.i] == c {
		s.i++
		return true
	}
	return false
}

// maxDepth bounds the nesting of the values skipped.
const maxDepth = 1000

// value consumes one JSON value.
func (s *scanner) value(depth int) bool {
	if s.i >= len(s.b) || depth > maxDepth {
		return false
	}
	switch c := s.b[s.i]; {
	case c == '"':
		return s.str()
	case c == '{':
		s.i++
		s.space()
		if s.byte('}') {
			return true
		}
		for {
			s.space()
			if !s.str() {
				return false
			}
			s.space()
			if !s.byte(':') {
				return false
			}
			s.space()
			if !s.value(depth + 1) {
				return false
			}
			s.space()
			if s.byte('}') {
				return true
			}
			if !s.byte(',') {
				return false
			}
		}
	case c == '[':
		s.i++
		s.space()
		if s.byte(']') {
			return true
		}
		for {
			s.space()
			if !s.value(depth + 1) {
				return false
			}
			s.space()
			if s.byte(']') {
				return true
			}
			if !s.byte(',') {
				return false
			}
		}
	case c == 't':
		return s.word("true")
	case c == 'f':
		return s.word("false")
	case c == 'n':
		return s.word("null")
	case c == '-' || c >= '0' && c <= '9':
		return s.number()
	}
	return false
}

func (s *scanner) word(w string) bool {
	if len(s.b)-s.i >= len(w) && string(s.b[s.i:s.i+len(w)]) == w {
		s.i += len(w)
		return true
	}
	return false
}

func (s *scanner) digits() int {
	n := 0
	for s.i < len(s.b) && s.b[s.i] >= '0' && s.b[s.i] <= '9' {
		s.i++
		n++
	}
	return n
}

// number consumes a JSON number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func (s *scanner) number() bool {
	s.byte('-')
	if s.byte('0') {
		if s.i < len(s.b) && s.b[s.i] >= '0' && s.b[s.i] <= '9' {
			return false
		}
	} else if s.digits() == 0 {
		return false
	}
	if s.byte('.') && s.digits() == 0 {
		return false
	}
	if s.i < len(s.b) && (s.b[s.i] == 'e' || s.b[s.i] == 'E') {
		s.i++
		if !s.byte('+') {
			s.byte('-')
		}
		if s.digits() == 0 {
			return false
		}
	}
	return true
}

// str consumes a JSON string of valid UTF-8.
func (s *scanner) str() bool {
	if !s.byte('"') {
		return false
	}
	s.escaped = false
	b := s.b
	for i := s.i; i < len(b); {
		c := b[i]
		switch {
		case c == '"':
			s.i = i + 1
			return true
		case c < ' ':
			return false
		case c == '\\':
			s.escaped = true
			if i+1 >= len(b) {
				return false
			}
			switch b[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i += 2
			case 'u':
				if getu4(b[i:]) < 0 {
					return false
				}
				i += 6
			default:
				return false
			}
		case c < utf8.RuneSelf:
			i++
		case c >= 0xC2 && c < 0xE0 && i+1 < len(b) && b[i+1]&0xC0 == 0x80:
			i += 2 // a two-byte code point (Arabic)
		default:
			r, size := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && size == 1 {
				return false // invalid UTF-8: encoding/json's way says where
			}
			i += size
		}
	}
	return false
}

// getu4 decodes \uXXXX at the start of b, or returns -1.
func getu4(b []byte) rune {
	if len(b) < 6 || b[0] != '\\' || b[1] != 'u' {
		return -1
	}
	var r rune
	for _, c := range b[2:6] {
		switch {
		case '0' <= c && c <= '9':
			c = c - '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return -1
		}
		r = r*16 + rune(c)
	}
	return r
}

// unquote decodes a JSON string value checked by the scanner (or by
// encoding/json) as encoding/json does, a lone surrogate becoming U+FFFD;
// ok is false when raw is not a string. raw must be valid UTF-8 (both
// ways of reading a line make sure it is).
func unquote(raw []byte) (string, bool) {
	if len(raw) < 2 || raw[0] != '"' || raw[len(raw)-1] != '"' {
		return "", false
	}
	s := raw[1 : len(raw)-1]
	k := bytes.IndexByte(s, '\\')
	if k < 0 {
		return string(s), true
	}
	var b strings.Builder // its String does not copy
	b.Grow(len(s))
	for r := 0; r < len(s); {
		if k = bytes.IndexByte(s[r:], '\\'); k != 0 {
			if k < 0 {
				k = len(s) - r
			}
			b.Write(s[r : r+k])
			r += k
			continue
		}
		if r+1 >= len(s) {
			return "", false
		}
		switch s[r+1] {
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case '"', '\\', '/':
			b.WriteByte(s[r+1])
		case 'u':
			rr := getu4(s[r:])
			if rr < 0 {
				return "", false
			}
			r += 6
			if utf16.IsSurrogate(rr) {
				if dec := utf16.DecodeRune(rr, getu4(s[r:])); dec != unicode.ReplacementChar {
					r += 6
					b.WriteRune(dec)
					continue
				}
				rr = unicode.ReplacementChar
			}
			b.WriteRune(rr)
			continue
		default:
			return "", false
		}
		r += 2
	}
	return b.String(), true
}
