// Package input turns raw bytes into document text: it detects or applies
// the encoding (UTF-8, UTF-16 with a byte order mark, Windows-1256), rejects
// binary and oversized input, and reports invalid UTF-8 by byte offset.
//
// Input → output: bytes → valid UTF-8 text plus warnings, or an *Error that
// names the problem and its byte offset.
package input

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// DefaultMaxBytes is the default size limit of a single document (16 MiB).
// A news article is a few kilobytes; anything this large is almost always a
// mistake (a whole archive, a binary) and would hold a lot of memory.
const DefaultMaxBytes = 16 << 20

// Error is a problem with the input, at a byte offset of the raw input
// (-1 when it concerns the whole input).
type Error struct {
	Offset  int
	Problem string
}

func (e *Error) Error() string {
	if e.Offset < 0 {
		return e.Problem
	}
	return fmt.Sprintf("%s at byte offset %d", e.Problem, e.Offset)
}

// Options controls decoding.
type Options struct {
	// Encoding is "auto" (or empty), "utf-8", "utf-16", "utf-16le",
	// "utf-16be" or "windows-1256" (alias "cp1256").
	Encoding string
	// Lenient replaces invalid UTF-8 bytes by U+FFFD, with one warning per
	// replaced byte, instead of failing.
	Lenient bool
	// MaxBytes is the size limit of the raw input; 0 means DefaultMaxBytes.
	MaxBytes int
}

// Decode checks raw bytes and returns them as UTF-8 text, with warnings for
// what it repaired or guessed.
func Decode(raw []byte, opt Options) (string, []string, error) {
	max := opt.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	if len(raw) > max {
		return "", nil, &Error{Offset: -1, Problem: fmt.Sprintf("input of %d bytes is over the limit of %d bytes for one document (use --max-bytes, or split it; JSON lines stream with --input jsonl)", len(raw), max)}
	}
	enc := strings.ToLower(strings.TrimSpace(opt.Encoding))
	var warnings []string
	switch enc {
	case "", "auto":
		switch {
		case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}), bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
			return decodeWith(raw, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "UTF-16")
		case utf8.Valid(raw):
			// fall through to the UTF-8 checks below
		case looksLikeWindows1256(raw):
			text, w, err := decodeWith(raw, charmap.Windows1256, "Windows-1256")
			if err == nil {
				w = append(w, "input is not UTF-8; decoded as Windows-1256 (detected; use --encoding to choose)")
			}
			return text, w, err
		}
	case "utf-8", "utf8":
	case "utf-16", "utf16":
		return decodeWith(raw, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "UTF-16")
	case "utf-16le":
		return decodeWith(raw, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), "UTF-16LE")
	case "utf-16be":
		return decodeWith(raw, unicode.UTF16(unicode.BigEndian, unicode.UseBOM), "UTF-16BE")
	case "windows-1256", "cp1256":
		return decodeWith(raw, charmap.Windows1256, "Windows-1256")
	default:
		return "", nil, &Error{Offset: -1, Problem: fmt.Sprintf("unknown encoding %q (auto, utf-8, utf-16, utf-16le, utf-16be, windows-1256)", opt.Encoding)}
	}
	if err := checkBinary(raw); err != nil {
		return "", nil, err
	}
	if utf8.Valid(raw) {
		return string(raw), nil, nil
	}
	if !opt.Lenient {
		off := FirstInvalid(raw)
		return "", nil, &Error{Offset: off, Problem: fmt.Sprintf("invalid UTF-8 (byte 0x%02X; use --encoding if the input is not UTF-8, or --lenient to replace invalid bytes)", raw[off])}
	}
	var b strings.Builder
	b.Grow(len(raw) + 16)
	for i := 0; i < len(raw); {
		r, size := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && size == 1 {
			warnings = append(warnings, fmt.Sprintf("invalid UTF-8 byte 0x%02X at byte offset %d replaced by U+FFFD", raw[i], i))
			b.WriteRune(utf8.RuneError)
		} else {
			b.Write(raw[i : i+size])
		}
		i += size
	}
	return b.String(), warnings, nil
}

func decodeWith(raw []byte, enc encoding.Encoding, name string) (string, []string, error) {
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return "", nil, &Error{Offset: -1, Problem: fmt.Sprintf("cannot decode input as %s: %v", name, err)}
	}
	if err := checkBinary(out); err != nil {
		return "", nil, err
	}
	if !utf8.Valid(out) {
		off := FirstInvalid(out)
		return "", nil, &Error{Offset: off, Problem: "invalid text after decoding as " + name}
	}
	return string(out), nil, nil
}

// FirstInvalid returns the byte offset of the first byte of b that does
// not begin valid UTF-8, or len(b) when b is valid.
func FirstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(b)
}

// checkBinary rejects NUL bytes and input dominated by control characters.
func checkBinary(b []byte) error {
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return &Error{Offset: i, Problem: "binary input: NUL byte (is this a text file? UTF-16 needs a byte order mark or --encoding utf-16le)"}
	}
	controls, first := 0, -1
	for i, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' {
			controls++
			if first < 0 {
				first = i
			}
		}
	}
	if controls > 0 && controls*100 > len(b) {
		return &Error{Offset: first, Problem: fmt.Sprintf("binary input: %d control bytes in %d", controls, len(b))}
	}
	return nil
}

// looksLikeWindows1256 reports whether raw, which is not valid UTF-8, reads
// as Arabic in Windows-1256. The decision weighs the whole input: in
// Windows-1256 text some letter pairs happen to be valid UTF-8 (ر followed
// by ، is the UTF-8 of U+0461), so one valid sequence proves nothing; UTF-8
// Arabic with a few damaged bytes, on the other hand, has many valid
// sequences that decode to Arabic and few invalid bytes.
func looksLikeWindows1256(raw []byte) bool {
	high, arabic, invalid, utf8Arabic := 0, 0, 0, 0
	next := 0 // where the UTF-8 reading goes on
	for i := 0; i < len(raw); {
		c := raw[i]
		if c < 0x80 {
			i++
			continue
		}
		if i >= next {
			r, size := utf8.DecodeRune(raw[i:])
			switch {
			case r == utf8.RuneError && size == 1:
				invalid++
			case isArabicRune(r):
				utf8Arabic++
			}
			next = i + size
		}
		// Count every high byte as a Windows-1256 character, whether or
		// not it also starts a valid UTF-8 sequence.
		high++
		// Windows-1256 Arabic letters: 0xC1–0xDF (skipping ×), 0xE1, 0xE3–0xE6, 0xEC–0xED, marks 0xF0–0xFA, and ، ؛ ؟.
		if (c >= 0xC1 && c <= 0xDF && c != 0xD7) || c == 0xE1 || (c >= 0xE3 && c <= 0xE6) || c == 0xEC || c == 0xED || (c >= 0xF0 && c <= 0xFA) || c == 0xA1 || c == 0xBA || c == 0xBF {
			arabic++
		}
		i++
	}
	return invalid > 0 && utf8Arabic < invalid && arabic*10 >= high*7
}

// isArabicRune reports whether r is in one of the Arabic blocks.
func isArabicRune(r rune) bool {
	return (r >= 0x0600 && r <= 0x06FF) || (r >= 0x0750 && r <= 0x077F) || (r >= 0x08A0 && r <= 0x08FF) ||
		(r >= 0xFB50 && r <= 0xFDFF) || (r >= 0xFE70 && r <= 0xFEFF)
}
