// Package ingest reads news records from files — JSON lines, JSON arrays
// (SaudiNewsNet day files, inside their zips too), plain text, saved HTML
// pages and RSS or Atom feeds, any of them gzip-compressed — analyses them
// on all cores and writes them to a rasid.Store in batches.
//
// Input → output: paths → Items (metadata and original text, or a
// positioned error for a bad record) → analysed rasid.Records → the store.
package ingest

import (
	"archive/zip"
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/input"
)

// Item is one record read from the input, or the error that made a record
// unreadable.
type Item struct {
	Article rasid.Article
	Text    string
	// Where names the record for messages: file:line, file[entry]#n, or
	// the file name.
	Where string
	Err   error
}

// errEmpty marks a record whose text is empty: skipped and counted, not
// an error (SaudiNewsNet has a few hundred).
var errEmpty = errors.New("empty text")

// MaxRecordBytes bounds one record (a JSON line, a text file, a page).
const MaxRecordBytes = 16 << 20

// Walk reads every path (files, or directories recursively in name
// order) and calls emit for each record. It returns an error only for a
// path that cannot be read at all; bad records are emitted as Items with
// Err set, and reading goes on.
func Walk(paths []string, emit func(Item)) error {
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return err
		}
		if !st.IsDir() {
			readFile(p, emit)
			continue
		}
		var files []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if path != p && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if strings.HasPrefix(d.Name(), ".") {
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				// a link to a file is read; links to folders are not
				// followed (no cycles)
				if st, err := os.Stat(path); err != nil || !st.Mode().IsRegular() {
					return nil
				}
			} else if !d.Type().IsRegular() {
				return nil
			}
			files = append(files, path)
			return nil
		})
		if err != nil {
			return err
		}
		sort.Strings(files)
		for _, f := range files {
			readFile(f, emit)
		}
	}
	return nil
}

func readFile(path string, emit func(Item)) {
	fail := func(err error) { emit(Item{Where: path, Err: err}) }
	name := strings.ToLower(filepath.Base(path))
	if strings.HasSuffix(name, ".zip") {
		readZip(path, emit)
		return
	}
	f, err := os.Open(path)
	if err != nil {
		fail(err)
		return
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(name, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			fail(fmt.Errorf("not gzip data: %w", err))
			return
		}
		defer zr.Close()
		r = zr
		name = strings.TrimSuffix(name, ".gz")
	}
	readStream(path, name, r, emit)
}

func readZip(path string, emit func(Item)) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		emit(Item{Where: path, Err: fmt.Errorf("not a zip archive: %w", err)})
		return
	}
	defer zr.Close()
	for _, f := range zr.File {
		if f.FileInfo().IsDir() || strings.HasPrefix(filepath.Base(f.Name), ".") || strings.HasPrefix(f.Name, "__MACOSX") {
			continue
		}
		where := path + "[" + f.Name + "]"
		rc, err := f.Open()
		if err != nil {
			emit(Item{Where: where, Err: err})
			continue
		}
		name := strings.ToLower(filepath.Base(f.Name))
		var r io.Reader = rc
		if strings.HasSuffix(name, ".gz") {
			zr, err := gzip.NewReader(rc)
			if err != nil {
				emit(Item{Where: where, Err: fmt.Errorf("not gzip data: %w", err)})
				rc.Close()
				continue
			}
			r = zr
			name = strings.TrimSuffix(name, ".gz")
		}
		readStream(where, name, r, emit)
		rc.Close()
	}
}

// readStream dispatches on the (decompressed) name and the first bytes.
func readStream(where, name string, r io.Reader, emit func(Item)) {
	br := bufio.NewReaderSize(r, 1<<16)
	head, _ := br.Peek(512)
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	ext := filepath.Ext(name)
	switch {
	case ext == ".jsonl" || ext == ".ndjson":
		readJSONLines(where, br, emit)
	case ext == ".json" || len(head) > 0 && (head[0] == '[' || head[0] == '{') && ext != ".txt" && ext != ".html" && ext != ".htm":
		if len(head) > 0 && head[0] == '[' {
			readJSONArray(where, br, emit)
		} else {
			readJSONLines(where, br, emit)
		}
	case ext == ".html" || ext == ".htm" || ext == ".xhtml" || isHTML(head):
		readHTML(where, br, emit)
	case ext == ".rss" || ext == ".atom" || ext == ".xml" || isFeed(head):
		readFeed(where, br, emit)
	default:
		readText(where, br, emit)
	}
}

func isHTML(head []byte) bool {
	h := strings.ToLower(string(head))
	return strings.HasPrefix(h, "<!doctype html") || strings.HasPrefix(h, "<html")
}

func isFeed(head []byte) bool {
	h := string(head)
	return strings.HasPrefix(h, "<?xml") && (strings.Contains(h, "<rss") || strings.Contains(h, "<feed")) ||
		strings.HasPrefix(h, "<rss") || strings.HasPrefix(h, "<feed")
}

// jsonRecord is the union of the field names rasid accepts.
type jsonRecord struct {
	ID            json.RawMessage `json:"id"`
	Title         string          `json:"title"`
	Text          *string         `json:"text"`
	Content       *string         `json:"content"`
	Date          string          `json:"date"`
	Published     string          `json:"published"`
	DateExtracted string          `json:"date_extracted"`
	Time          string          `json:"time"`
	Source        string          `json:"source"`
	URL           string          `json:"url"`
	Author        string          `json:"author"`
}

// recordItem turns a decoded JSON record into an Item.
func recordItem(where string, raw []byte) Item {
	it := Item{Where: where}
	var rec jsonRecord
	if err := json.Unmarshal(raw, &rec); err != nil {
		it.Err = fmt.Errorf("bad JSON: %v", jsonErr(err))
		return it
	}
	switch {
	case rec.Text != nil:
		it.Text = *rec.Text
	case rec.Content != nil:
		it.Text = *rec.Content
	default:
		it.Err = fmt.Errorf(`no "text" or "content" field`)
		return it
	}
	if strings.TrimSpace(it.Text) == "" {
		it.Err = errEmpty
		return it
	}
	id, err := idString(rec.ID)
	if err != nil {
		it.Err = err
		return it
	}
	if id == "" {
		id = rec.URL
	}
	if id == "" {
		id = where
	}
	date := firstNonEmpty(rec.Date, rec.Published, rec.DateExtracted, rec.Time)
	pub, err := ParseDate(date)
	if err != nil {
		it.Err = err
		return it
	}
	it.Article = rasid.Article{ID: id, Title: rec.Title, Source: rec.Source, URL: rec.URL, Author: rec.Author, Published: pub}
	return it
}

// idString returns a JSON id as a string: a string as it is, a number as
// written in the file (so 0012 or 1e3 round-trip exactly).
func idString(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	if raw[0] == '"' {
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", fmt.Errorf("bad id: %v", err)
		}
		return s, nil
	}
	if raw[0] == '-' || raw[0] >= '0' && raw[0] <= '9' {
		return string(raw), nil
	}
	return "", fmt.Errorf("id must be a string or a number, not %s", raw)
}

func jsonErr(err error) string {
	if se, ok := err.(*json.SyntaxError); ok {
		return fmt.Sprintf("%v (at byte %d)", se, se.Offset)
	}
	return err.Error()
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return strings.TrimSpace(s)
		}
	}
	return ""
}

var dateLayouts = []string{
	"2006-01-02", time.RFC3339, time.RFC3339Nano, "2006-01-02 15:04:05", "2006-01-02T15:04:05", "2006-01-02 15:04",
	time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", "2 Jan 2006 15:04:05 -0700",
	"2006/01/02", "02/01/2006",
}

// ParseDate reads a publication date in the formats news feeds use; the
// empty string is the zero time.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("unreadable date %q (want YYYY-MM-DD, RFC 3339 or RFC 1123)", s)
}

func readJSONLines(where string, r *bufio.Reader, emit func(Item)) {
	line := 0
	for {
		b, err := readLine(r)
		if len(b) > 0 || err == nil {
			line++
		}
		if len(bytes.TrimSpace(b)) > 0 {
			w := where + ":" + strconv.Itoa(line)
			if len(b) > MaxRecordBytes {
				emit(Item{Where: w, Err: fmt.Errorf("record longer than %d bytes", MaxRecordBytes)})
			} else if !utf8.Valid(b) {
				emit(Item{Where: w, Err: fmt.Errorf("invalid UTF-8")})
			} else {
				emit(recordItem(w, b))
			}
		}
		if err != nil {
			if err != io.EOF {
				emit(Item{Where: where + ":" + strconv.Itoa(line+1), Err: err})
			}
			return
		}
	}
}

// readLine reads one line of any length (without its newline).
func readLine(r *bufio.Reader) ([]byte, error) {
	var out []byte
	for {
		b, err := r.ReadSlice('\n')
		out = append(out, b...)
		if err == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimRight(out, "\r\n"), err
	}
}

// readJSONArray reads a JSON array of records (a SaudiNewsNet day file).
func readJSONArray(where string, r io.Reader, emit func(Item)) {
	dec := json.NewDecoder(r)
	if _, err := dec.Token(); err != nil {
		emit(Item{Where: where, Err: fmt.Errorf("bad JSON: %v", jsonErr(err))})
		return
	}
	for n := 1; dec.More(); n++ {
		var raw json.RawMessage
		w := where + "#" + strconv.Itoa(n)
		if err := dec.Decode(&raw); err != nil {
			emit(Item{Where: w, Err: fmt.Errorf("bad JSON: %v", jsonErr(err))})
			return
		}
		emit(recordItem(w, raw))
	}
}

// readText reads one plain-text article: its first line is the title too.
func readText(where string, r io.Reader, emit func(Item)) {
	b, err := io.ReadAll(io.LimitReader(r, MaxRecordBytes+1))
	if err != nil {
		emit(Item{Where: where, Err: err})
		return
	}
	if len(b) > MaxRecordBytes {
		emit(Item{Where: where, Err: fmt.Errorf("file longer than %d bytes", MaxRecordBytes)})
		return
	}
	if !utf8.Valid(b) {
		emit(Item{Where: where, Err: fmt.Errorf("invalid UTF-8 at byte %d (convert it first, e.g. rasid analyze --encoding)", input.FirstInvalid(b))})
		return
	}
	if bytes.IndexByte(b, 0) >= 0 {
		emit(Item{Where: where, Err: fmt.Errorf("binary file (NUL byte)")})
		return
	}
	text := string(b)
	if strings.TrimSpace(text) == "" {
		emit(Item{Where: where, Err: errEmpty})
		return
	}
	title := strings.TrimSpace(strings.SplitN(strings.TrimSpace(text), "\n", 2)[0])
	if utf8.RuneCountInString(title) > 200 {
		title = ""
	}
	emit(Item{Where: where, Text: text, Article: rasid.Article{ID: where, Title: title}})
}
