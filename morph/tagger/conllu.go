package tagger

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// Source tells which treebank a sentence comes from; label conventions
// differ between them and training weighs them differently.
type Source uint8

// Treebank sources.
const (
	PADT Source = iota // UD v1 PADT with lemmas and roots (vocalized forms)
	PUD                // UD v2 Arabic PUD (the evaluation's conventions)
)

// token is one syntactic word of a training or evaluation sentence, with
// labels already mapped to UD v2.
type token struct {
	Form     string // undiacritized form, as the tagger sees it
	UPOS     string // "" when the treebank leaves the word unanalysed
	Lemma    string // undiacritized lemma
	LemmaVoc string // vocalized lemma as in the treebank
	Feats    string // UD v2 FEATS, "" for none
	Root     string // Arabic letters, "" when none
	Gloss    string // PADT English gloss (used for PROPN mapping)
	XPOS     string
	Foreign  bool
	NoSpace  bool // MISC SpaceAfter=No: the next word is in the same token
	Deprel   string
	Vocal    string // the form as written in the treebank (PADT: vocalized)
}

// sentence is one treebank sentence.
type sentence struct {
	Doc    string // document id (PUD # newdoc id), "" when absent
	Source Source
	Toks   []token
}

// readCoNLLU reads the sentences of a CoNLL-U file. Multi-word token lines
// and empty nodes are skipped.
func readCoNLLU(r io.Reader, src Source) ([]sentence, error) {
	var out []sentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	doc := ""
	var cur sentence
	flush := func() {
		if len(cur.Toks) > 0 {
			cur.Doc = doc
			cur.Source = src
			out = append(out, cur)
		}
		cur = sentence{}
	}
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			flush()
			continue
		}
		if strings.HasPrefix(line, "#") {
			if v, ok := strings.CutPrefix(line, "# newdoc id = "); ok {
				doc = strings.TrimSpace(v)
			}
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 10 {
			return nil, fmt.Errorf("tagger: bad CoNLL-U line %q", line)
		}
		if strings.ContainsAny(f[0], "-.") {
			continue
		}
		t := token{
			Form:     Strip(f[1]),
			UPOS:     f[3],
			LemmaVoc: canonicalMarks(f[2]),
			Lemma:    Strip(f[2]),
			XPOS:     f[4],
			Deprel:   f[7],
			Vocal:    f[1],
		}
		if f[5] != "_" {
			t.Feats = f[5]
		}
		if f[9] != "_" {
			for _, kv := range strings.Split(f[9], "|") {
				k, v, _ := strings.Cut(kv, "=")
				switch k {
				case "Root":
					t.Root = parseRoot(v)
				case "Gloss":
					t.Gloss = v
				case "SpaceAfter":
					t.NoSpace = v == "No"
				}
			}
		}
		if strings.Contains(t.Feats, "Foreign=Foreign") {
			t.Foreign = true
		}
		if t.LemmaVoc == "_" {
			t.LemmaVoc, t.Lemma = "", ""
		}
		cur.Toks = append(cur.Toks, t)
	}
	flush()
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

func readCoNLLUFile(path string, src Source) ([]sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readCoNLLU(f, src)
}
