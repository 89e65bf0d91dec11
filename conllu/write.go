package conllu

import (
	"bufio"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/rasid/rasid/normalize"

	"github.com/rasid/rasid"
)

// WriteDocument writes d as UD v2 CoNLL-U: one sentence per d.Sentences
// entry that holds a token, headed by "# newdoc id = <docID>" (first
// sentence, when docID is not empty), "# sent_id = <docID>-<n>" (n from 1) and "# text = …" (the
// sentence's text with line breaks replaced by spaces).
//
// Each token goes to the sentence whose span contains it (a token outside
// every sentence goes to the sentence it overlaps, else the one before it,
// so that no character is lost; a document with tokens and no sentence
// layer is written as one sentence). A token whose Words hold more than one
// word becomes a range line "i-j FORM" followed by its words; a token with
// one word is one line carrying that word's annotation; a token without
// words is one line with FORM only. FORM of a token line is always the
// token's surface text; word lines print Form, Lemma, UPOS, Feats, with
// XPOS, HEAD, DEPREL and DEPS "_". MISC of the token line carries
// SpaceAfter=No when the next token starts right after it, and Norm=<norm>
// when the token's normalised form differs from its surface text.
//
// Tabs and line breaks inside a field are written as spaces and empty
// fields as "_", so the output always parses.
func WriteDocument(w io.Writer, d *rasid.Document, docID string) error {
	return WriteWindow(w, d, docID, 0)
}

// WriteWindow writes d, one window of a longer document analysed in parts,
// as WriteDocument does, with its sentences numbered from firstSent+1 and
// the "# newdoc" line only for the first window (firstSent 0). The next
// window starts at firstSent + len(d.Sentences).
func WriteWindow(w io.Writer, d *rasid.Document, docID string, firstSent int) error {
	bw := bufio.NewWriter(w)
	sents := d.Sentences
	if len(sents) == 0 && len(d.Tokens) > 0 {
		sents = []rasid.Span{{Start: d.Tokens[0].Start, End: d.Tokens[len(d.Tokens)-1].End}}
	}
	groups := assign(sents, d.Tokens)
	var line []string
	first := true
	for si, sent := range sents {
		if len(groups[si]) == 0 {
			// CoNLL-U has no empty sentences: a sentence span without
			// tokens (spaces only) is left out, keeping the numbering.
			continue
		}
		if first && docID != "" && firstSent == 0 {
			bw.WriteString("# newdoc id = " + clean(docID) + "\n")
		}
		first = false
		bw.WriteString("# sent_id = ")
		if docID != "" {
			bw.WriteString(clean(docID) + "-")
		}
		bw.WriteString(strconv.Itoa(firstSent+si+1) + "\n")
		bw.WriteString("# text = " + clean(sentText(d.Text, sent)) + "\n")
		id := 0
		for _, k := range groups[si] {
			tok := &d.Tokens[k]
			misc := tokenMisc(d, k)
			form := tok.In(d.Text)
			switch len(tok.Words) {
			case 0:
				id++
				line = append(line[:0], strconv.Itoa(id), form, "_", "_", "_", "_", "_", "_", "_", misc)
				writeLine(bw, line)
			case 1:
				id++
				wd := &tok.Words[0]
				line = append(line[:0], strconv.Itoa(id), form, lemmaOf(wd), wd.UPOS, "_", wd.Feats, "_", "_", "_", misc)
				writeLine(bw, line)
			default:
				first := id + 1
				id += len(tok.Words)
				line = append(line[:0], strconv.Itoa(first)+"-"+strconv.Itoa(id), form, "_", "_", "_", "_", "_", "_", "_", misc)
				writeLine(bw, line)
				for j := range tok.Words {
					wd := &tok.Words[j]
					// FORM is the letters the word covers, as UD Arabic-PUD
					// writes split tokens (ل + لسلطة); a dictionary form that
					// differs (ل + السلطة) goes to MISC as Form=.
					wf, wmisc := wd.Form, "_"
					if wd.Start >= tok.Start && wd.End <= tok.End && wd.Start < wd.End {
						wf = wd.In(d.Text)
						if wd.Form != "" && wd.Form != wf {
							wmisc = "Form=" + wd.Form
						}
					}
					if wf == "" {
						wf = "_"
					}
					line = append(line[:0], strconv.Itoa(first+j), wf, lemmaOf(wd), wd.UPOS, "_", wd.Feats, "_", "_", "_", wmisc)
					writeLine(bw, line)
				}
			}
		}
		bw.WriteString("\n")
	}
	return bw.Flush()
}

// assign returns, for each sentence, the indexes of the tokens it holds.
func assign(sents []rasid.Span, toks []rasid.Token) [][]int {
	groups := make([][]int, len(sents))
	if len(sents) == 0 {
		return groups
	}
	for k := range toks {
		t := toks[k].Span
		// The last sentence starting at or before the token.
		i := sort.Search(len(sents), func(i int) bool { return sents[i].Start > t.Start }) - 1
		if i < 0 {
			i = 0
		}
		// A sentence ending before the token is followed by one that the
		// token overlaps, if any.
		if sents[i].End <= t.Start && i+1 < len(sents) && sents[i+1].Start < t.End {
			i++
		}
		groups[i] = append(groups[i], k)
	}
	return groups
}

// tokenMisc returns the MISC column of token k.
func tokenMisc(d *rasid.Document, k int) string {
	tok := &d.Tokens[k]
	var items []string
	if k+1 < len(d.Tokens) && d.Tokens[k+1].Start == tok.End {
		items = append(items, "SpaceAfter=No")
	}
	if tok.Norm != "" && tok.Norm != tok.In(d.Text) {
		items = append(items, "Norm="+strings.ReplaceAll(tok.Norm, "|", "｜"))
	}
	if len(items) == 0 {
		return "_"
	}
	return strings.Join(items, "|")
}

func sentText(text string, s rasid.Span) string {
	if s.Start < 0 || s.End > len(text) || s.Start > s.End {
		return ""
	}
	return strings.TrimSpace(s.In(text))
}

var fieldCleaner = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ", "\u2028", " ", "\u2029", " ")

func clean(s string) string {
	// most fields hold none of the characters replaced: no Replacer pass
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\r', '\n', '\t', 0xE2: // 0xE2 starts U+2028 and U+2029
			return fieldCleaner.Replace(s)
		}
	}
	return s
}

func writeLine(bw *bufio.Writer, cols []string) {
	for i, c := range cols {
		if i > 0 {
			bw.WriteByte('\t')
		}
		c = clean(c)
		if strings.TrimSpace(c) == "" {
			c = "_"
		}
		bw.WriteString(c)
	}
	bw.WriteByte('\n')
}

// lemmaOf returns the lemma written in the LEMMA column: the diacritized
// lemma when the model knows it and it agrees with the undiacritized one
// (UD Arabic treebanks write lemmas vocalized), else the undiacritized one,
// else "_".
func lemmaOf(w *rasid.Word) string {
	switch {
	case w.LemmaVoc != "" && (w.Lemma == "" || bare(w.LemmaVoc) == bare(w.Lemma)):
		return w.LemmaVoc
	case w.Lemma != "":
		return w.Lemma
	}
	return "_"
}

// bare removes Arabic diacritics and tatweel (the normalize folds).
var bare = normalize.New(normalize.Diacritics | normalize.Tatweel).String
