// Package sqlite is rasid's embedded archive: one SQLite file (pure Go,
// modernc.org/sqlite) holding each article's original text, metadata and
// analysis layers with its search index, written in one transaction per
// batch. It implements rasid.Store and rasid.Searcher.
//
// The file is in WAL mode: any number of readers (rasid search, the HTTP
// server) keep working while one ingest writes.
package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"

	"github.com/rasid/rasid"
	_ "modernc.org/sqlite" // the database/sql driver "sqlite"
)

// Options configure Open.
type Options struct {
	// ReadOnly opens an existing archive for searching only; a missing
	// file is an error instead of a new archive.
	ReadOnly bool
	// Analyzer analyses query text (tokens and words at least) so that
	// queries match the terms documents were indexed with. Search needs
	// it; Put does not.
	Analyzer *rasid.Pipeline
}

// DB is an open archive. It implements rasid.Store and rasid.Searcher.
type DB struct {
	db       *sql.DB // writes: transactions begin IMMEDIATE
	rdb      *sql.DB // reads: deferred transactions, never wait for a writer
	path     string
	readOnly bool
	analyzer *rasid.Pipeline

	wmu  sync.Mutex       // one Put at a time
	eids map[string]int64 // entity id cache of the writer ("TYPE\x00canonical")

	cmu   sync.Mutex // guards cache
	cache *docTable

	gmu     sync.Mutex // guards genStmt
	genStmt *sql.Stmt  // reads the generation; prepared on first use
}

var (
	_ rasid.Store    = (*DB)(nil)
	_ rasid.Searcher = (*DB)(nil)
)

// DefaultPath is the archive used when a command is given no --db.
const DefaultPath = "rasid.db"

// Open opens the archive at path, creating it unless opt.ReadOnly. A file
// that is not a rasid archive, or one written by a newer rasid, is refused
// with an error saying so.
func Open(path string, opt Options) (*DB, error) {
	if path == "" {
		return nil, errors.New("archive path is empty")
	}
	st, err := os.Stat(path)
	switch {
	case err == nil && st.IsDir():
		return nil, fmt.Errorf("%s is a directory, not a rasid archive", path)
	case err == nil && st.Size() > 0:
		if err := checkHeader(path); err != nil {
			return nil, err
		}
	case err != nil && opt.ReadOnly:
		if os.IsNotExist(err) {
			return nil, fmt.Errorf("no archive at %s (create one with rasid ingest --db %s FILE...)", path, path)
		}
		return nil, err
	}
	dsn := "file:" + escapePath(path) +
		"?_pragma=busy_timeout(20000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)" +
		"&_pragma=cache_size(-32000)"
	// a write transaction takes the write lock at BEGIN, so that two
	// writers queue instead of failing when a read lock turns into a write
	db, err := sql.Open("sqlite", dsn+"&_txlock=immediate")
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	db.SetMaxOpenConns(1)
	d := &DB{db: db, path: path, readOnly: opt.ReadOnly, analyzer: opt.Analyzer, eids: map[string]int64{}}
	if err := d.migrate(); err != nil {
		db.Close()
		return nil, err
	}
	rdb, err := sql.Open("sqlite", dsn)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	rdb.SetMaxOpenConns(8)
	rdb.SetMaxIdleConns(8)
	d.rdb = rdb
	return d, nil
}

func escapePath(p string) string {
	r := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")
	return r.Replace(p)
}

// checkHeader refuses files that are not SQLite databases before SQLite
// gets to them.
func checkHeader(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var h [16]byte
	n, _ := f.Read(h[:])
	if n < 16 || !bytes.Equal(h[:], []byte("SQLite format 3\x00")) {
		return fmt.Errorf("%s is not a rasid archive (not an SQLite database)", path)
	}
	return nil
}

// migrate creates the schema of a new archive or brings an older one up to
// date, and refuses foreign or newer files.
func (d *DB) migrate() error {
	ctx := context.Background()
	var app, ver int
	if err := d.db.QueryRowContext(ctx, "PRAGMA application_id").Scan(&app); err != nil {
		return fmt.Errorf("%s: %w", d.path, err)
	}
	if err := d.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&ver); err != nil {
		return fmt.Errorf("%s: %w", d.path, err)
	}
	if app == 0 && ver == 0 {
		var n int
		if err := d.db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&n); err != nil {
			return fmt.Errorf("%s: %w", d.path, err)
		}
		if n > 0 {
			return fmt.Errorf("%s is not a rasid archive (an SQLite database of another application)", d.path)
		}
	} else if app != applicationID {
		return fmt.Errorf("%s is not a rasid archive (SQLite application id %#x)", d.path, app)
	}
	if ver > schemaVersion {
		return fmt.Errorf("%s is a rasid archive of schema version %d, newer than this rasid understands (%d): use a newer rasid", d.path, ver, schemaVersion)
	}
	if ver == schemaVersion {
		return nil
	}
	// an older archive is upgraded even when opened for reading: the steps
	// only add tables and indexes, in one transaction
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	// re-read under the write lock: another process may have migrated
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&ver); err != nil {
		return err
	}
	for v := ver; v < schemaVersion; v++ {
		if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
			return fmt.Errorf("%s: migrating to schema version %d: %w", d.path, v+1, err)
		}
		if fill := migrationFills[v+1]; fill != nil && v > 0 {
			if err := fill(ctx, tx); err != nil {
				return fmt.Errorf("%s: migrating to schema version %d: %w", d.path, v+1, err)
			}
		}
	}
	if ver == 0 {
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d", applicationID)); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO meta(key, value) VALUES ('next_docno', '1'), ('next_seg', '1'), ('generation', '0')`); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", schemaVersion)); err != nil {
		return err
	}
	return tx.Commit()
}

// Close closes the archive.
func (d *DB) Close() error {
	d.gmu.Lock()
	if d.genStmt != nil {
		d.genStmt.Close()
	}
	d.gmu.Unlock()
	err := d.rdb.Close()
	if e := d.db.Close(); err == nil {
		err = e
	}
	return err
}

// Path returns the archive's file name.
func (d *DB) Path() string { return d.path }
