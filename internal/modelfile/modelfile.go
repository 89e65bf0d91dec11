// Package modelfile is the one container format of rasid's trained models.
//
// Input → output: a model's own payload bytes and a Header → a file that
// says, in plain text before the payload, what it holds and where it came
// from; and back. The layout:
//
//	rasid-model 1
//	kind: segmenter
//	version: 2
//	command: rasid train morph
//	data: UD Arabic PADT (CC BY-NC-SA 3.0), ...
//	<blank line>
//	payload (the model's own encoding, compressed as the header says)
//
// `head -6 model.gz` shows the header. Field values are one line each;
// unknown fields are kept in Extra so that newer files stay readable.
package modelfile

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/pierrec/lz4/v4"
)

// Magic is the first line of every model file.
const Magic = "rasid-model 1"

// maxHeader bounds the header so that a wrong file fails fast.
const maxHeader = 64 << 10

// Header describes a model file.
type Header struct {
	Kind    string // what the payload is: segmenter, tagger, ner, ...
	Version int    // version of the payload's encoding for that kind
	Command string // the command that produced the file
	Data    string // training data and their licences
	Extra   map[string]string
}

// Write writes the header and then the payload that write produces.
func Write(w io.Writer, h Header, write func(io.Writer) error) error {
	if err := h.check(); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "%s\nkind: %s\nversion: %d\ncommand: %s\ndata: %s\n", Magic, h.Kind, h.Version, h.Command, h.Data)
	keys := make([]string, 0, len(h.Extra))
	for k := range h.Extra {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(bw, "%s: %s\n", k, h.Extra[k])
	}
	bw.WriteString("\n")
	if err := write(bw); err != nil {
		return err
	}
	return bw.Flush()
}

func (h Header) check() error {
	if h.Kind == "" || h.Version <= 0 {
		return errors.New("modelfile: header needs a kind and a positive version")
	}
	for name, v := range map[string]string{"kind": h.Kind, "command": h.Command, "data": h.Data} {
		if strings.ContainsAny(v, "\r\n") {
			return fmt.Errorf("modelfile: %s has a line break", name)
		}
	}
	for k, v := range h.Extra {
		if k == "" || strings.ContainsAny(k, ":\r\n") || strings.ContainsAny(v, "\r\n") {
			return fmt.Errorf("modelfile: bad extra field %q", k)
		}
	}
	return nil
}

// Read reads the header of a model file and returns it with a reader of
// the payload.
func Read(r io.Reader) (Header, io.Reader, error) {
	br := bufio.NewReader(io.LimitReader(r, maxHeader))
	var h Header
	first := true
	for n := 1; ; n++ {
		line, err := br.ReadString('\n')
		if err != nil {
			if first {
				return h, nil, errors.New("modelfile: not a rasid model file (no header)")
			}
			return h, nil, fmt.Errorf("modelfile: header line %d: unterminated", n)
		}
		line = strings.TrimSuffix(line, "\n")
		if first {
			if line != Magic {
				return h, nil, fmt.Errorf("modelfile: not a rasid model file (it does not start with %q)", Magic)
			}
			first = false
			continue
		}
		if line == "" {
			break
		}
		k, v, ok := strings.Cut(line, ": ")
		if !ok {
			return h, nil, fmt.Errorf("modelfile: header line %d: want \"field: value\"", n)
		}
		switch k {
		case "kind":
			h.Kind = v
		case "version":
			h.Version, err = strconv.Atoi(v)
			if err != nil || h.Version <= 0 {
				return h, nil, fmt.Errorf("modelfile: header line %d: bad version %q", n, v)
			}
		case "command":
			h.Command = v
		case "data":
			h.Data = v
		default:
			if h.Extra == nil {
				h.Extra = map[string]string{}
			}
			h.Extra[k] = v
		}
	}
	if h.Kind == "" || h.Version == 0 {
		return h, nil, errors.New("modelfile: header lacks kind or version")
	}
	// The payload: what br buffered, then the rest of r.
	rest := io.MultiReader(bytes.NewReader(buffered(br)), r)
	return h, rest, nil
}

func buffered(br *bufio.Reader) []byte {
	b, _ := br.Peek(br.Buffered())
	return append([]byte(nil), b...)
}

// Open reads a model file's header, checks that it holds kind at version,
// and returns the payload reader.
func Open(r io.Reader, kind string, version int) (Header, io.Reader, error) {
	h, p, err := Read(r)
	if err != nil {
		return h, nil, err
	}
	if h.Kind != kind {
		return h, nil, fmt.Errorf("modelfile: a %q model, want %q", h.Kind, kind)
	}
	if h.Version != version {
		return h, nil, fmt.Errorf("modelfile: %s model version %d, this build reads version %d (retrain with %q)", kind, h.Version, version, h.Command)
	}
	return h, p, nil
}

// WithCommand returns h with Command set to cmd, when cmd is not empty: a
// model keeps the command it was trained with.
func (h Header) WithCommand(cmd string) Header {
	if cmd != "" {
		h.Command = cmd
	}
	return h
}

// WriteGzip writes the header and then the payload that write produces,
// gzip-compressed at the best compression, through a buffered writer.
func WriteGzip(w io.Writer, h Header, write func(*bufio.Writer) error) error {
	return Write(w, h, func(w io.Writer) error {
		zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
		if err != nil {
			return err
		}
		bw := bufio.NewWriter(zw)
		if err := write(bw); err != nil {
			return err
		}
		if err := bw.Flush(); err != nil {
			return err
		}
		return zw.Close()
	})
}

// OpenGzip is Open for a payload written by WriteGzip: it returns the
// decompressed payload reader.
func OpenGzip(r io.Reader, kind string, version int) (Header, io.Reader, error) {
	h, p, err := Open(r, kind, version)
	if err != nil {
		return h, nil, err
	}
	zr, err := gzip.NewReader(p)
	if err != nil {
		return h, nil, fmt.Errorf("modelfile: %s model: %w", kind, err)
	}
	return h, zr, nil
}

// Compression is the header field that names a payload's compression;
// "none" marks a payload stored as is (WriteRaw), "lz4" one LZ4 frame
// (WriteLZ4). A file without the field is gzip-compressed (WriteGzip).
const Compression = "compression"

// WriteRaw writes the header, with "compression: none", and then the
// payload uncompressed: a model that is embedded in the binary and read at
// every start loads faster without inflating (docs/models.md).
func WriteRaw(w io.Writer, h Header, write func(*bufio.Writer) error) error {
	extra := map[string]string{Compression: "none"}
	for k, v := range h.Extra {
		extra[k] = v
	}
	h.Extra = extra
	return Write(w, h, func(w io.Writer) error {
		bw := bufio.NewWriter(w)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	})
}

// WriteLZ4 writes the header, with "compression: lz4", and then the
// payload as one LZ4 frame (github.com/pierrec/lz4/v4 at level 9, blocks of
// 256 KB, the content size and checksum in the frame; `lz4 -d` reads it): a
// model read at every start is stored compressed and inflates in a few
// milliseconds (docs/models.md). The bytes depend only on the payload.
func WriteLZ4(w io.Writer, h Header, write func(*bufio.Writer) error) error {
	var payload bytes.Buffer
	bw := bufio.NewWriter(&payload)
	if err := write(bw); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	extra := map[string]string{Compression: "lz4"}
	for k, v := range h.Extra {
		extra[k] = v
	}
	h.Extra = extra
	return Write(w, h, func(w io.Writer) error {
		zw := lz4.NewWriter(w)
		if err := zw.Apply(lz4.CompressionLevelOption(lz4.Level9), lz4.BlockSizeOption(lz4.Block256Kb),
			lz4.ChecksumOption(true), lz4.ConcurrencyOption(1), lz4.SizeOption(uint64(payload.Len()))); err != nil {
			return err
		}
		if _, err := zw.Write(payload.Bytes()); err != nil {
			return err
		}
		return zw.Close()
	})
}

// maxLZ4Size bounds the content size an LZ4 frame may announce (a wrong
// file must not make the reader allocate gigabytes).
const maxLZ4Size = 1 << 30

// lz4String inflates an LZ4 frame into a string, sized from the frame's
// content size when it has one.
func lz4String(frame string) (string, error) {
	var b strings.Builder
	// The frame descriptor: magic (4 bytes), FLG, BD, then the content
	// size (8 bytes, little-endian) when FLG's bit 3 is set.
	if len(frame) >= 14 && frame[4]&0x08 != 0 {
		var n uint64
		for i := 13; i >= 6; i-- {
			n = n<<8 | uint64(frame[i])
		}
		if n > maxLZ4Size {
			return "", fmt.Errorf("LZ4 frame of %d bytes, more than %d", n, maxLZ4Size)
		}
		b.Grow(int(n))
	}
	if _, err := io.Copy(&b, lz4.NewReader(strings.NewReader(frame))); err != nil {
		return "", err
	}
	return b.String(), nil
}

// OpenPayload is Open for a payload written by WriteRaw, WriteLZ4 or
// WriteGzip, as the header says: it returns the payload reader,
// decompressed when the payload is compressed.
func OpenPayload(r io.Reader, kind string, version int) (Header, io.Reader, error) {
	h, p, err := Open(r, kind, version)
	if err != nil {
		return h, nil, err
	}
	switch c := h.Extra[Compression]; c {
	case "none":
		return h, p, nil
	case "lz4":
		return h, lz4.NewReader(p), nil
	case "", "gzip":
		zr, err := gzip.NewReader(p)
		if err != nil {
			return h, nil, fmt.Errorf("modelfile: %s model: %w", kind, err)
		}
		return h, zr, nil
	default:
		return h, nil, fmt.Errorf("modelfile: %s model: unknown compression %q", kind, c)
	}
}

// OpenString is OpenPayload for a model file held in memory: an
// uncompressed payload is returned as a substring of file, without a copy
// (an embedded model's strings then stay in the binary's read-only data).
func OpenString(file string, kind string, version int) (Header, string, error) {
	h, payload, err := Split(file, kind, version)
	if err != nil {
		return h, "", err
	}
	switch c := h.Extra[Compression]; c {
	case "none":
		return h, payload, nil
	case "lz4":
		text, err := lz4String(payload)
		if err != nil {
			return h, "", fmt.Errorf("modelfile: %s model: %w", kind, err)
		}
		return h, text, nil
	case "", "gzip":
		zr, err := gzip.NewReader(strings.NewReader(payload))
		if err != nil {
			return h, "", fmt.Errorf("modelfile: %s model: %w", kind, err)
		}
		var b strings.Builder
		if _, err := io.Copy(&b, zr); err != nil {
			return h, "", fmt.Errorf("modelfile: %s model: %w", kind, err)
		}
		return h, b.String(), nil
	default:
		return h, "", fmt.Errorf("modelfile: %s model: unknown compression %q", kind, c)
	}
}

// Split returns the header of a model file held in memory and its payload
// as stored (still compressed when the header says so), a substring of
// file: for a reader that decompresses the payload its own way.
func Split(file string, kind string, version int) (Header, string, error) {
	end := strings.Index(file, "\n\n")
	if end < 0 || end >= maxHeader {
		_, _, err := Open(strings.NewReader(file), kind, version)
		if err == nil {
			err = errors.New("modelfile: header unterminated")
		}
		return Header{}, "", err
	}
	h, _, err := Open(strings.NewReader(file[:end+2]), kind, version)
	if err != nil {
		return h, "", err
	}
	return h, file[end+2:], nil
}
