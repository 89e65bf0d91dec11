package input

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// Record is one document of a JSON-lines stream.
type Record struct {
	// Line is the 1-based line number of the record in its stream.
	Line int
	// ID is the record's "id" (a number is kept as written), or empty.
	ID string
	// Text is the text to analyse: "text", or else "title" and "content"
	// joined by a line break.
	Text string
	// Title is the "title" given beside a "text" (the headline, kept apart
	// from the text); empty when the title went into Text.
	Title string
	// Date is the record's "date", or the zero time when it is absent or
	// unreadable (a warning says which).
	Date time.Time
	// Warnings are the problems that did not stop the record.
	Warnings []string
}

// LineError is a line of a JSON-lines stream that holds no document: the
// line is skipped and the stream goes on.
type LineError struct {
	Line    int
	Problem string
	// Empty marks a well-formed record whose text fields are all present
	// but blank (no title, text or content to analyse): a warning for the
	// caller, not a failure (rasid ingest counts such records "empty").
	Empty bool
}

func (e *LineError) Error() string { return e.Problem }

// JSONLReader reads a JSON-lines stream one record at a time, with memory
// bounded by the longest line (at most Options.MaxBytes).
type JSONLReader struct {
	br     *bufio.Reader
	opt    Options
	max    int
	line   int
	buf    []byte
	ids    map[string]int
	offset int64
}

// NewJSONLReader reads records from r. opt.Lenient repairs invalid UTF-8;
// opt.MaxBytes bounds a line.
func NewJSONLReader(r io.Reader, opt Options) *JSONLReader {
	max := opt.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	return &JSONLReader{br: bufio.NewReaderSize(r, 64<<10), opt: opt, max: max, ids: map[string]int{}}
}

// Line returns the number of lines read so far.
func (jr *JSONLReader) Line() int { return jr.line }

// Offset returns the number of bytes read so far.
func (jr *JSONLReader) Offset() int64 { return jr.offset }

// readLine reads the next line into jr.buf, reporting whether it was over
// the limit (then jr.buf holds nothing useful).
func (jr *JSONLReader) readLine() (tooLong bool, err error) {
	jr.buf = jr.buf[:0]
	for {
		var frag []byte
		frag, err = jr.br.ReadSlice('\n')
		jr.offset += int64(len(frag))
		if tooLong || len(jr.buf)+len(frag) > jr.max+1 {
			tooLong = true
		} else {
			jr.buf = append(jr.buf, frag...)
		}
		if err != bufio.ErrBufferFull {
			break
		}
	}
	if err == io.EOF && (len(jr.buf) > 0 || tooLong) {
		err = nil // a last line without a line break
	}
	return tooLong, err
}

// SkipLines reads and drops n lines (to resume an interrupted run),
// reporting how many there were.
func (jr *JSONLReader) SkipLines(n int) (int, error) {
	k := 0
	for ; k < n; k++ {
		if _, err := jr.readLine(); err != nil {
			if err == io.EOF {
				return k, nil
			}
			return k, err
		}
		jr.line++
	}
	return k, nil
}

// Next returns the next record. Blank lines are passed over. At the end it
// returns io.EOF; a line that holds no document gives a *LineError and the
// stream can go on; other errors are read errors.
func (jr *JSONLReader) Next() (*Record, error) {
	for {
		tooLong, err := jr.readLine()
		if err != nil {
			return nil, err
		}
		jr.line++
		if tooLong {
			return nil, &LineError{Line: jr.line, Problem: fmt.Sprintf("line is over the limit of %d bytes for one document (--max-bytes); skipped", jr.max)}
		}
		line := jr.buf
		if jr.line == 1 {
			line = bytes.TrimPrefix(line, []byte("\uFEFF")) // a byte order mark
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		return jr.parse(line)
	}
}

func (jr *JSONLReader) parse(line []byte) (*Record, error) {
	// Most lines are valid UTF-8 objects: read only the fields used, in
	// one pass. Anything else takes the way through encoding/json, whose
	// messages say what is wrong.
	if len(line) <= jr.max+1 {
		if f, ok := scanFields(line); ok {
			return jr.record(&f, nil)
		}
	}
	return jr.parseSlow(line)
}

// parseSlow reads a line through encoding/json.
func (jr *JSONLReader) parseSlow(line []byte) (*Record, error) {
	bad := func(format string, a ...any) (*Record, error) {
		return nil, &LineError{Line: jr.line, Problem: fmt.Sprintf(format, a...)}
	}
	text, warnings, err := Decode(line, Options{Encoding: "utf-8", Lenient: jr.opt.Lenient, MaxBytes: jr.max + 1})
	if err != nil {
		return bad("%v", err)
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal([]byte(text), &fields); err != nil {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			return bad("malformed JSON at byte %d of the line: %s", se.Offset, strings.TrimPrefix(se.Error(), "json: "))
		case errors.As(err, &te):
			return bad("the line is a JSON %s, not an object like {\"id\": \"1\", \"text\": \"…\"}", te.Value)
		}
		return bad("malformed JSON: %s", strings.TrimPrefix(err.Error(), "json: "))
	}
	if fields == nil {
		return bad("the line is JSON null, not an object like {\"id\": \"1\", \"text\": \"…\"}")
	}
	var f recordFields
	for i, name := range fieldNames {
		if raw, ok := fields[name]; ok {
			f.raw[i] = raw
		}
	}
	return jr.record(&f, warnings)
}

// The fields of a record that are read; the others are ignored.
const (
	fieldID = iota
	fieldText
	fieldTitle
	fieldContent
	fieldDate
)

var fieldNames = [...]string{fieldID: "id", fieldText: "text", fieldTitle: "title", fieldContent: "content", fieldDate: "date"}

// recordFields holds the JSON values of the fields read, as written (nil
// when absent).
type recordFields struct {
	raw [len(fieldNames)][]byte
}

// record makes the record of a line from its fields.
func (jr *JSONLReader) record(f *recordFields, warnings []string) (*Record, error) {
	bad := func(format string, a ...any) (*Record, error) {
		return nil, &LineError{Line: jr.line, Problem: fmt.Sprintf(format, a...)}
	}
	rec := &Record{Line: jr.line, Warnings: warnings}
	str := func(field int) (string, error) {
		raw := f.raw[field]
		if raw == nil || string(raw) == "null" {
			return "", nil
		}
		s, ok := unquote(raw)
		if !ok {
			return "", &LineError{Line: jr.line, Problem: fmt.Sprintf("%q must be a string, not %s", fieldNames[field], jsonKind(raw))}
		}
		return s, nil
	}
	if raw := f.raw[fieldID]; raw != nil && string(raw) != "null" {
		if s, ok := unquote(raw); ok {
			rec.ID = s
		} else if raw[0] == '-' || raw[0] >= '0' && raw[0] <= '9' {
			rec.ID = string(raw) // a number, as written
		} else {
			rec.Warnings = append(rec.Warnings, fmt.Sprintf("\"id\" must be a string or a number, not %s; the line number is used instead", jsonKind(raw)))
		}
	}
	body, err := str(fieldText)
	if err != nil {
		return nil, err
	}
	title, err := str(fieldTitle)
	if err != nil {
		return nil, err
	}
	if body != "" {
		rec.Title = title
	} else {
		content, err := str(fieldContent)
		if err != nil {
			return nil, err
		}
		body = content
		if strings.TrimSpace(title) != "" {
			if strings.TrimSpace(content) == "" {
				rec.Warnings = append(rec.Warnings, "the record has a \"title\" but no \"text\" or \"content\": only the title is analysed")
				body = title
			} else {
				body = title + "\n" + content
			}
		}
	}
	if strings.TrimSpace(body) == "" {
		if f.raw[fieldText] == nil && f.raw[fieldContent] == nil && f.raw[fieldTitle] == nil {
			return bad("no text to analyse: the record needs a non-empty \"text\" (or \"content\") field")
		}
		return nil, &LineError{Line: jr.line, Empty: true, Problem: "empty record (its title, text and content are blank): skipped"}
	}
	rec.Text = body
	date, err := str(fieldDate)
	if err != nil {
		rec.Warnings = append(rec.Warnings, err.Error()+"; relative dates are resolved without it")
	} else if date != "" {
		if d, ok := parseDate(date); ok {
			rec.Date = d
		} else {
			rec.Warnings = append(rec.Warnings, fmt.Sprintf("\"date\" %q is not a date (YYYY-MM-DD, optionally followed by a time); relative dates are resolved without it", date))
		}
	}
	if rec.ID != "" {
		if first, dup := jr.ids[rec.ID]; dup {
			rec.Warnings = append(rec.Warnings, fmt.Sprintf("id %q is also the id of line %d", rec.ID, first))
		} else {
			jr.ids[rec.ID] = jr.line
		}
	}
	return rec, nil
}

// parseDate reads a date, optionally followed by a time (2015-07-21,
// 2015-07-21T10:30:00Z, 2015-07-21 10:30:00).
func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 10 {
		return time.Time{}, false
	}
	if len(s) > 10 && s[10] != 'T' && s[10] != ' ' {
		return time.Time{}, false
	}
	d, err := time.Parse("2006-01-02", s[:10])
	return d, err == nil
}

// jsonKind names the kind of a JSON value for a message.
func jsonKind(raw []byte) string {
	s := bytes.TrimSpace(raw)
	if len(s) == 0 {
		return "empty"
	}
	switch s[0] {
	case '"':
		return "a string"
	case '{':
		return "an object"
	case '[':
		return "an array"
	case 't', 'f':
		return "true or false"
	case 'n':
		return "null"
	}
	return "a number"
}
