package sqlite

import (
	"bytes"
	"compress/flate"
	"context"
	"database/sql"
	"encoding/binary"
	"encoding/json"
	"io"
	"strings"

	"github.com/rasid/rasid"
)

// The reading aids of an article (issue 14) kept for search: its most
// probable topic, a facet and the topic: filter, and its keyphrases, shown
// with hits, counted as a facet and matched by keyphrase:.

// aids is what the archive keeps of a document's topics and keyphrases.
type aids struct {
	topic string
	score float64
	kps   []kp // best first
}

type kp struct{ key, text string }

func docAids(d *rasid.Document) aids {
	var a aids
	if len(d.Topics) > 0 {
		best := d.Topics[0]
		for _, t := range d.Topics[1:] {
			if t.Score > best.Score {
				best = t
			}
		}
		a.topic, a.score = best.Label, best.Score
	}
	for _, k := range d.Keyphrases {
		a.add(k.Lemma, k.Text)
	}
	return a
}

func (a *aids) add(lemma, text string) {
	key := Norm(lemma)
	if key == "" {
		key = Norm(text)
	}
	text = strings.Join(strings.Fields(text), " ")
	if key == "" || text == "" {
		return
	}
	for _, k := range a.kps {
		if k.key == key {
			return
		}
	}
	a.kps = append(a.kps, kp{key, text})
}

func (a *aids) empty() bool { return a.topic == "" && len(a.kps) == 0 }

// encodeKeyphrases writes the doc_aids.keyphrases column.
func (a *aids) encodeKeyphrases() string {
	var b strings.Builder
	for i, k := range a.kps {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(k.key)
		b.WriteByte('\t')
		b.WriteString(k.text)
	}
	return b.String()
}

// decodeKeyphrases reads the doc_aids.keyphrases column, calling fn for
// each phrase, best first, until it returns false.
func decodeKeyphrases(s string, fn func(key, text string) bool) {
	for s != "" {
		line, rest, _ := strings.Cut(s, "\n")
		s = rest
		key, text, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		if !fn(key, text) {
			return
		}
	}
}

// putAids stores a document's aids: its doc_aids row and keyphrase keys.
// keys are those of the keyphrases rows (aidKeys); the rows are gathered.
func (w *writer) putAids(docno int64, a aids, keys []string) error {
	if a.empty() {
		return nil
	}
	if err := w.add(tabDocAids, docno, a.topic, a.score, a.encodeKeyphrases()); err != nil {
		return err
	}
	for _, key := range keys {
		if err := w.add(tabKeyphrases, key, docno); err != nil {
			return err
		}
	}
	return nil
}

// aidKeys are the keys of a document's keyphrases rows: each phrase's
// lemma key and its text, Norm()alised.
func aidKeys(a aids) []string {
	var keys []string
	for _, k := range a.kps {
		keys = append(keys, k.key, Norm(k.text))
	}
	return keys
}

// storedAids reads the topics and keyphrases of a stored document.
func storedAids(stored []byte) (aids, error) {
	var a aids
	zr := flate.NewReader(bytes.NewReader(stored))
	b, err := io.ReadAll(zr)
	zr.Close()
	if err != nil {
		return a, errCodec
	}
	rest := b
	if len(b) > 0 && b[0] == 'R' {
		if len(b) < 2 {
			return a, errCodec
		}
		n, k := binary.Uvarint(b[2:])
		if k <= 0 || n > uint64(len(b)-2-k) {
			return a, errCodec
		}
		rest = b[2+k+int(n):]
	}
	var v struct {
		Topics []struct {
			Label string  `json:"label"`
			Score float64 `json:"score"`
		} `json:"topics"`
		Keyphrases []struct {
			Text  string `json:"text"`
			Lemma string `json:"lemma"`
		} `json:"keyphrases"`
	}
	if err := json.Unmarshal(rest, &v); err != nil {
		return a, errCodec
	}
	d := &rasid.Document{}
	for _, t := range v.Topics {
		d.Topics = append(d.Topics, rasid.Topic{Label: t.Label, Score: t.Score})
	}
	for _, k := range v.Keyphrases {
		d.Keyphrases = append(d.Keyphrases, rasid.Keyphrase{Text: k.Text, Lemma: k.Lemma})
	}
	return docAids(d), nil
}

// fillAids builds doc_aids and keyphrases from the stored documents of an
// archive written before schema version 3 (those analysed with the topics
// and keyphrases layers have them; the others get no row).
func fillAids(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT docno, doc FROM articles`)
	if err != nil {
		return err
	}
	type docAid struct {
		doc int64
		a   aids
	}
	var all []docAid
	for rows.Next() {
		var doc int64
		var blob []byte
		if err := rows.Scan(&doc, &blob); err != nil {
			rows.Close()
			return err
		}
		a, err := storedAids(blob)
		if err != nil || a.empty() {
			continue // a damaged document keeps its text and index
		}
		all = append(all, docAid{doc, a})
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	w := newWriter(ctx, tx)
	defer w.close()
	for _, da := range all {
		if err := w.putAids(da.doc, da.a, aidKeys(da.a)); err != nil {
			return err
		}
	}
	return w.flush()
}

// facetKeyphrases is how many keyphrases the facet lists.
const facetKeyphrases = 10

// keyphraseFacet counts the keyphrases of the documents args (in, the SQL
// list of their placeholders): the most frequent, each as its most
// frequent spelling. Errors leave the facet empty.
func keyphraseFacet(ctx context.Context, tx *sql.Tx, in string, args []any) []rasid.Count {
	out := []rasid.Count{}
	rows, err := tx.QueryContext(ctx, `SELECT keyphrases FROM doc_aids WHERE docno IN `+in, args...)
	if err != nil {
		return out
	}
	defer rows.Close()
	type spelling struct{ key, text string }
	counts := map[string]int{}
	spellings := map[spelling]int{}
	for rows.Next() {
		var s string
		if rows.Scan(&s) != nil {
			return out
		}
		decodeKeyphrases(s, func(key, text string) bool {
			counts[key]++
			spellings[spelling{key, text}]++
			return true
		})
	}
	// each key under its most frequent spelling
	best := map[string]spelling{}
	for sp, n := range spellings {
		b, ok := best[sp.key]
		if !ok || n > spellings[b] || n == spellings[b] && sp.text < b.text {
			best[sp.key] = sp
		}
	}
	// keys written the same (rare) count as one
	byText := map[string]int{}
	for key, n := range counts {
		byText[best[key].text] += n
	}
	for text, n := range byText {
		out = append(out, rasid.Count{Value: text, Count: n})
	}
	sortCounts(out)
	if len(out) > facetKeyphrases {
		out = out[:facetKeyphrases]
	}
	return out
}
