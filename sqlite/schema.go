package sqlite

import (
	"context"
	"database/sql"
	"encoding/binary"
)

// applicationID marks a SQLite file as a rasid archive ("rasd").
const applicationID = 0x72617364

// schemaVersion is the archive format version, kept in PRAGMA user_version.
// A file with a higher version was written by a newer rasid and is refused;
// a lower one is brought up to date by migrations.
const schemaVersion = 3

// migrations[v] brings a version v archive to version v+1; migrations[0]
// creates an empty archive. Never edit a released step: append a new one.
var migrations = []string{
	// 0 → 1
	`
CREATE TABLE meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
) WITHOUT ROWID;

-- One row per live article. docno is the internal number used by postings
-- and stories; it is never reused (an updated article gets a new one).
CREATE TABLE articles (
	docno     INTEGER PRIMARY KEY,
	id        TEXT NOT NULL UNIQUE,
	url       TEXT NOT NULL DEFAULT '',
	source    TEXT NOT NULL DEFAULT '',
	title     TEXT NOT NULL DEFAULT '',
	author    TEXT NOT NULL DEFAULT '',
	published TEXT NOT NULL DEFAULT '',  -- YYYY-MM-DD or ''
	ingested  TEXT NOT NULL,             -- RFC 3339
	hash      TEXT NOT NULL,             -- SHA-256 of text, hex
	normhash  TEXT NOT NULL,             -- SHA-256 of the normalised words, hex
	dup_of    INTEGER NOT NULL DEFAULT 0,-- docno of an earlier article with the same normhash
	story     INTEGER NOT NULL,
	words     INTEGER NOT NULL,
	bytes     INTEGER NOT NULL,
	nterms    INTEGER NOT NULL,          -- indexed positions (BM25 length)
	minhash   BLOB,                      -- MinHash signature
	spans     BLOB,                      -- byte span of each indexed position
	text      TEXT NOT NULL,             -- the original text, byte for byte
	doc       BLOB NOT NULL              -- every layer, deflate-compressed (codec.go)
);
CREATE INDEX articles_normhash ON articles(normhash);
CREATE INDEX articles_story ON articles(story);
CREATE INDEX articles_published ON articles(published);

-- Postings: for each term, one row per segment (an ingest batch). data is
-- a list of (docno delta, tf, position deltas) varints.
CREATE TABLE postings (
	term TEXT NOT NULL,
	seg  INTEGER NOT NULL,
	data BLOB NOT NULL,
	PRIMARY KEY (term, seg)
) WITHOUT ROWID;

-- Document numbers replaced by an update; their postings are skipped.
CREATE TABLE deleted (docno INTEGER PRIMARY KEY);

-- LSH buckets of the MinHash signatures (one row per band).
CREATE TABLE lsh (
	bucket INTEGER NOT NULL,
	docno  INTEGER NOT NULL,
	PRIMARY KEY (bucket, docno)
) WITHOUT ROWID;

CREATE TABLE entities (
	eid       INTEGER PRIMARY KEY,
	type      TEXT NOT NULL,
	canonical TEXT NOT NULL,
	norm      TEXT NOT NULL,   -- canonical, Search-normalised
	UNIQUE (type, canonical)
);
CREATE INDEX entities_norm ON entities(norm);

-- Spellings seen for an entity, Search-normalised, with their count.
CREATE TABLE aliases (
	alias TEXT NOT NULL,
	eid   INTEGER NOT NULL,
	surface TEXT NOT NULL,
	n     INTEGER NOT NULL,
	PRIMARY KEY (alias, eid)
) WITHOUT ROWID;
CREATE INDEX aliases_eid ON aliases(eid);

CREATE TABLE mentions (
	docno INTEGER NOT NULL,
	eid   INTEGER NOT NULL,
	start INTEGER NOT NULL,  -- byte offsets into articles.text
	end   INTEGER NOT NULL
);
CREATE INDEX mentions_docno ON mentions(docno);
CREATE INDEX mentions_eid ON mentions(eid, docno);

CREATE TABLE titles (
	docno  INTEGER NOT NULL,
	person TEXT NOT NULL,    -- canonical name
	pnorm  TEXT NOT NULL,
	title  TEXT NOT NULL
);
CREATE INDEX titles_docno ON titles(docno);
CREATE INDEX titles_pnorm ON titles(pnorm);

CREATE TABLE quotes (
	qid       INTEGER PRIMARY KEY,
	docno     INTEGER NOT NULL,
	speaker   TEXT NOT NULL,
	snorm     TEXT NOT NULL,  -- speaker, Search-normalised
	kind      TEXT NOT NULL,
	start     INTEGER NOT NULL, -- byte offsets into articles.text
	end       INTEGER NOT NULL,
	cue_start INTEGER NOT NULL,
	cue_end   INTEGER NOT NULL,
	terms     TEXT NOT NULL   -- the quote's distinct light-stem terms, space-separated
);
CREATE INDEX quotes_docno ON quotes(docno);
CREATE INDEX quotes_snorm ON quotes(snorm);
`,
	// 1 → 2: the distinct entities of each article in one row, for facets
	// (articles stored before have none; facets fall back to mentions)
	`
CREATE TABLE doc_entities (
	docno INTEGER PRIMARY KEY,
	ents  BLOB NOT NULL  -- uvarint eid, byte type index (entityTypes), repeated
);
`,
	// 2 → 3: the reading aids of issue 14 (topics, keyphrases) as facets
	// and filters; filled from the stored documents that have them
	`
CREATE TABLE doc_aids (
	docno      INTEGER PRIMARY KEY,
	topic      TEXT NOT NULL,  -- the most probable topic label, '' without one
	score      REAL NOT NULL,  -- its probability
	keyphrases TEXT NOT NULL   -- best first, one a line: lemma key, tab, text as written
);

-- Keyphrase filter: each keyphrase's text and lemma, Norm()alised.
CREATE TABLE keyphrases (
	key   TEXT NOT NULL,
	docno INTEGER NOT NULL,
	PRIMARY KEY (key, docno)
) WITHOUT ROWID;

-- The proper word prefixes and suffixes of each entity's norm (لافروف
-- of سيرغي لافروف), so that a part of a name is found through an index.
CREATE TABLE entity_parts (
	part TEXT NOT NULL,
	eid  INTEGER NOT NULL,
	PRIMARY KEY (part, eid)
) WITHOUT ROWID;
`,
}

// migrationFills[v] fills what migration step v-1 → v added from the
// existing rows (run when an existing archive is upgraded).
var migrationFills = map[int]func(context.Context, *sql.Tx) error{
	2: fillDocEntities,
	3: fillV3,
}

// fillV3 fills the tables of schema version 3.
func fillV3(ctx context.Context, tx *sql.Tx) error {
	if err := fillAids(ctx, tx); err != nil {
		return err
	}
	return fillEntityParts(ctx, tx)
}

// fillDocEntities builds doc_entities from mentions.
func fillDocEntities(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT m.docno, m.eid, e.type FROM mentions m JOIN entities e ON e.eid = m.eid ORDER BY m.docno, m.eid`)
	if err != nil {
		return err
	}
	type docEnts struct {
		doc  int64
		ents []byte
	}
	var all []docEnts
	for rows.Next() {
		var doc, eid int64
		var typ string
		if err := rows.Scan(&doc, &eid, &typ); err != nil {
			rows.Close()
			return err
		}
		if len(all) == 0 || all[len(all)-1].doc != doc {
			all = append(all, docEnts{doc: doc})
		}
		de := &all[len(all)-1]
		de.ents = binary.AppendUvarint(de.ents, uint64(eid))
		de.ents = append(de.ents, typeIndex(typ))
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	st, err := tx.PrepareContext(ctx, `INSERT INTO doc_entities(docno, ents) VALUES (?, ?)`)
	if err != nil {
		return err
	}
	defer st.Close()
	for _, de := range all {
		if _, err := st.ExecContext(ctx, de.doc, de.ents); err != nil {
			return err
		}
	}
	return nil
}
