package modelfile

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	h := Header{Kind: "tagger", Version: 3, Command: "rasid train morph --epochs=4", Data: "UD PADT (CC BY-NC-SA 3.0)",
		Extra: map[string]string{"note": "test"}}
	payload := bytes.Repeat([]byte{0x1f, 0x8b, 0, '\n', 'x'}, 5000) // binary, longer than a read buffer
	var buf bytes.Buffer
	if err := Write(&buf, h, func(w io.Writer) error { _, err := w.Write(payload); return err }); err != nil {
		t.Fatal(err)
	}
	want := "rasid-model 1\nkind: tagger\nversion: 3\ncommand: rasid train morph --epochs=4\ndata: UD PADT (CC BY-NC-SA 3.0)\nnote: test\n\n"
	if !strings.HasPrefix(buf.String(), want) {
		t.Errorf("file starts %q, want %q", buf.String()[:len(want)], want)
	}
	got, r, err := Open(bytes.NewReader(buf.Bytes()), "tagger", 3)
	if err != nil {
		t.Fatal(err)
	}
	if got.Kind != h.Kind || got.Version != h.Version || got.Command != h.Command || got.Data != h.Data || got.Extra["note"] != "test" {
		t.Errorf("header = %+v, want %+v", got, h)
	}
	p, err := io.ReadAll(r)
	if err != nil || !bytes.Equal(p, payload) {
		t.Errorf("payload: %d bytes (err %v), want the %d written", len(p), err, len(payload))
	}
}

func TestErrors(t *testing.T) {
	good := "rasid-model 1\nkind: ner\nversion: 1\ncommand: rasid train ner\ndata: x\n\nPAYLOAD"
	tests := []struct {
		name, file, kind string
		version          int
		want             string
	}{
		{"old gzip file", "\x1f\x8b\x08\x00binary", "ner", 1, "not a rasid model file"},
		{"empty", "", "ner", 1, "no header"},
		{"wrong kind", good, "tagger", 1, `a "ner" model, want "tagger"`},
		{"newer version", good, "ner", 2, "version 1, this build reads version 2"},
		{"truncated header", "rasid-model 1\nkind: ner\n", "ner", 1, "unterminated"},
		{"bad line", "rasid-model 1\nkind ner\n\n", "ner", 1, "line 2"},
		{"bad version", "rasid-model 1\nkind: ner\nversion: x\n\n", "ner", 1, `bad version "x"`},
		{"no kind", "rasid-model 1\nversion: 1\n\n", "ner", 1, "lacks kind"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Open(strings.NewReader(tt.file), tt.kind, tt.version)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Open error = %v, want one containing %q", err, tt.want)
			}
		})
	}
	bad := []Header{{Version: 1}, {Kind: "x"}, {Kind: "x", Version: 1, Command: "a\nb"}, {Kind: "x", Version: 1, Extra: map[string]string{"a:b": ""}}}
	for _, h := range bad {
		if err := Write(io.Discard, h, func(io.Writer) error { return nil }); err == nil {
			t.Errorf("Write(%+v) = nil, want an error", h)
		}
	}
	boom := errors.New("boom")
	if err := Write(io.Discard, Header{Kind: "x", Version: 1}, func(io.Writer) error { return boom }); !errors.Is(err, boom) {
		t.Errorf("Write with a failing payload = %v, want boom", err)
	}
}

func TestGzip(t *testing.T) {
	h := Header{Kind: "k", Version: 2, Command: "rasid train k"}
	if got := h.WithCommand("").Command; got != "rasid train k" {
		t.Errorf("WithCommand(\"\") = %q, want the default", got)
	}
	h = h.WithCommand("rasid train k --x=1")
	var buf bytes.Buffer
	if err := WriteGzip(&buf, h, func(w *bufio.Writer) error { _, err := w.WriteString("payload"); return err }); err != nil {
		t.Fatal(err)
	}
	got, r, err := OpenGzip(bytes.NewReader(buf.Bytes()), "k", 2)
	if err != nil {
		t.Fatal(err)
	}
	p, _ := io.ReadAll(r)
	if string(p) != "payload" || got.Command != "rasid train k --x=1" {
		t.Errorf("OpenGzip: payload %q, command %q", p, got.Command)
	}
	bad := strings.Replace(buf.String(), "\n\n", "\n\nnot gzip", 1)
	if _, _, err := OpenGzip(strings.NewReader(bad), "k", 2); err == nil {
		t.Error("OpenGzip of a non-gzip payload: no error")
	}
}

func TestRawAndGzipPayloads(t *testing.T) {
	h := Header{Kind: "segmenter", Version: 2, Command: "rasid train morph", Data: "x"}
	payload := []byte("payload\x1f\x8b bytes")
	write := func(w *bufio.Writer) error { _, err := w.Write(payload); return err }
	for name, save := range map[string]func(io.Writer) error{
		"raw":  func(w io.Writer) error { return WriteRaw(w, h, write) },
		"gzip": func(w io.Writer) error { return WriteGzip(w, h, write) },
		"lz4":  func(w io.Writer) error { return WriteLZ4(w, h, write) },
	} {
		var buf bytes.Buffer
		if err := save(&buf); err != nil {
			t.Fatal(err)
		}
		if name == "raw" && !strings.Contains(buf.String(), "\ncompression: none\n\npayload") {
			t.Errorf("raw file = %q", buf.String())
		}
		_, r, err := OpenPayload(bytes.NewReader(buf.Bytes()), "segmenter", 2)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got, err := io.ReadAll(r)
		if err != nil || !bytes.Equal(got, payload) {
			t.Errorf("%s: payload %q (err %v), want %q", name, got, err, payload)
		}
		_, p, err := OpenString(buf.String(), "segmenter", 2)
		if err != nil || p != string(payload) {
			t.Errorf("%s: OpenString payload %q (err %v), want %q", name, p, err, payload)
		}
	}
	// A broken LZ4 frame, and one announcing an absurd size, are errors.
	var buf bytes.Buffer
	if err := WriteLZ4(&buf, h, write); err != nil {
		t.Fatal(err)
	}
	file := buf.String()
	start := strings.Index(file, "\n\n") + 2
	for _, bad := range []string{file[:len(file)-5], file[:start+6] + "\xff\xff\xff\xff\xff\xff\xff\x7f" + file[start+14:]} {
		if _, _, err := OpenString(bad, "segmenter", 2); err == nil {
			t.Errorf("OpenString of a damaged LZ4 payload: no error")
		}
	}
	if _, _, err := OpenString("rasid-model 1\nkind: segmenter\n", "segmenter", 2); err == nil {
		t.Error("OpenString of an unterminated header: no error")
	}
	bad := "rasid-model 1\nkind: segmenter\nversion: 2\ncompression: zstd\n\nx"
	if _, _, err := OpenPayload(strings.NewReader(bad), "segmenter", 2); err == nil || !strings.Contains(err.Error(), "zstd") {
		t.Errorf("unknown compression: err = %v", err)
	}
}
