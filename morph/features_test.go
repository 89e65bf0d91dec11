package morph

import (
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestFeaturesAsWritten checks that the features of every candidate of
// the tokens of testdata/article.txt (and of their stems with endings)
// are those of the features as first written, one hash at a time
// (featuresRef, tagFeaturesRef below), with the word lists of a model
// read from its file and with those of training (maps): the affix hashes
// computed once, the token's facts looked up once and the paradigm's stem
// hashed once give the same keys.
func TestFeaturesAsWritten(t *testing.T) {
	m := loadT(t)
	text, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	var toks []string
	for _, w := range strings.Fields(string(text)) {
		l, _ := letters(w, nil)
		if !arabicOnly(l) || utf8.RuneCountInString(l) > maxRunes {
			continue
		}
		toks = append(toks, l)
		for _, alt := range paradigm {
			toks = append(toks, "و"+l+alt, "بال"+l+alt+"ها")
		}
	}
	// The same model with its word lists in maps, as while training.
	mm := newModel()
	mm.prefixes, mm.suffixes = m.prefixes, m.suffixes
	l := m.lists
	for _, x := range []struct {
		t    *strTable
		v    []uint8
		into map[string]uint8
	}{{l.freq, l.freqV, mm.freq}, {l.names, l.namesV, mm.names}, {l.lex, l.lexV, mm.lex}} {
		for i, k := range x.t.keys {
			x.into[k] = x.v[i]
		}
	}
	n := 0
	for _, tok := range toks {
		for _, c := range m.candidates(tok, nil) {
			if got, want := mm.features(nil, tok, c), mm.featuresRef(nil, tok, c); !slices.Equal(got, want) {
				t.Fatalf("features of %q (%d, %d, %q) differ with the lists in maps", tok, c.p, c.x, c.stem)
			}
			n++
			got, want := m.features(nil, tok, c), m.featuresRef(nil, tok, c)
			if !slices.Equal(got, want) {
				t.Fatalf("features of %q (%d, %d, %q) differ", tok, c.p, c.x, c.stem)
			}
			for _, upos := range []string{"", "NOUN"} {
				if got, want := m.tagFeatures(nil, c, upos), m.tagFeaturesRef(nil, c, upos); !slices.Equal(got, want) {
					t.Fatalf("tag features of %q (%d, %d, %q) differ", tok, c.p, c.x, c.stem)
				}
			}
		}
	}
	if n < 1000 {
		t.Fatalf("only %d candidates", n)
	}
}

// features appends the hashed features of candidate c of token tok: first
// those that depend only on the candidate's UD words (the proclitics, the
// stem's word and the enclitic), then those of the fine segmentation.
func (m *Model) featuresRef(buf []uint64, tok string, c cand) []uint64 {
	p, x := &m.prefixes[c.p], &m.suffixes[c.x]
	sw := m.stemWord(c)
	fw := m.freqOf(sw)

	ft := m.freqOf(tok)
	split := uint8(0)
	if p.pro != "" || x.enc != "" {
		split = 1
	}
	fnd := uint8(0)
	if p.hDet {
		fnd = m.freqOf(sw[len("ال"):])
	}
	swl := uint8(min(utf8.RuneCountInString(sw), 10))
	buf = append(buf,
		uint64(tpl(60).Field(p.pro)),
		uint64(tpl(61).Field(x.enc)),
		uint64(tpl(62).Field(p.pro).Field(x.enc)),
		uint64(tpl(63).Byte(fw).Field(p.pro)),
		uint64(tpl(64).Byte(fw).Field(x.enc)),
		uint64(tpl(65).Byte(ft).Byte(split)),
		uint64(tpl(66).Byte(fw).Byte(ft).Byte(split)),
		uint64(tpl(67).Field(headRunes(sw, 1)).Field(p.pro)),
		uint64(tpl(68).Field(headRunes(sw, 2)).Field(p.pro)),
		uint64(tpl(69).Field(tailRunes(sw, 1)).Field(x.enc)),
		uint64(tpl(70).Field(tailRunes(sw, 2)).Field(x.enc)),
		uint64(tpl(71).Field(sw).Field(x.enc)),
		uint64(tpl(72).Field(sw).Field(p.pro)),
		uint64(tpl(73).Byte(swl).Byte(split)),
		uint64(tpl(74).Byte(fnd).Byte(fw)),
	)
	pid, xid := p.id, x.id
	sl := utf8.RuneCountInString(c.stem)
	if sl > 8 {
		sl = 8
	}
	nseg := len(p.segs) + len(x.segs) + 1
	fs := m.freqOf(c.stem)
	fd := m.freqOf2("ال", c.stem)
	lx := m.lexOf(c.stem)
	det := uint8(0)
	if p.hDet {
		det = 1
	}
	f1, f2 := headRunes(c.stem, 1), headRunes(c.stem, 2)
	l1, l2, l3 := tailRunes(c.stem, 1), tailRunes(c.stem, 2), tailRunes(c.stem, 3)
	buf = append(buf,
		uint64(tpl(1).Field(pid)),
		uint64(tpl(2).Field(xid)),
		uint64(tpl(3).Field(pid).Field(xid)),
		uint64(tpl(4).Byte(uint8(sl)).Byte(det).Byte(uint8(nseg))),
		uint64(tpl(5).Field(f1).Field(pid)),
		uint64(tpl(6).Field(f2).Field(pid)),
		uint64(tpl(7).Field(l1).Field(xid)),
		uint64(tpl(8).Field(l2).Field(xid)),
		uint64(tpl(9).Field(l3).Field(xid)),
		uint64(tpl(10).Byte(fs).Field(pid)),
		uint64(tpl(11).Byte(fs).Field(xid)),
		uint64(tpl(12).Byte(fw).Field(pid)),
		uint64(tpl(13).Byte(fw).Field(xid)),
		uint64(tpl(14).Byte(ft).Byte(uint8(nseg))),
		uint64(tpl(15).Byte(fd).Byte(det)),
		uint64(tpl(16).Byte(lx).Field(xid)),
		uint64(tpl(17).Byte(lx).Field(pid)),
	)
	buf = append(buf,
		uint64(tpl(18).Field(c.stem).Field(xid)),
		uint64(tpl(19).Field(c.stem).Field(pid)),
	)
	buf = append(buf,
		uint64(tpl(20).Byte(fs).Byte(fw).Byte(ft)),
		uint64(tpl(21).Byte(fd).Byte(fs).Field(pid)),
	)
	buf = append(buf,
		uint64(tpl(26).Byte(m.nameOf(tok)).Byte(uint8(nseg))),
		uint64(tpl(27).Byte(m.nameOf(sw)).Field(pid)),
		uint64(tpl(28).Byte(m.nameOf(c.stem)).Field(xid)),
	)
	// Paradigm evidence: a true stem is also written with other endings.
	rich, top := uint8(0), uint8(0)
	for i, alt := range paradigm {
		f := m.freqOf2(c.stem, alt)
		buf = append(buf, uint64(tpl(22).Byte(uint8(i)).Byte(f).Field(xid)))
		if f > 0 {
			rich++
		}
		top = max(top, f)
	}
	dom := int(ft) - int(top) + 16
	buf = append(buf,
		uint64(tpl(29).Byte(rich).Field(xid)),
		uint64(tpl(30).Byte(uint8(dom)).Field(xid)),
	)
	return buf
}

// tagFeatures appends the hashed context features of a stem for the tag
// classifier; the class is mixed in when scoring.
func (m *Model) tagFeaturesRef(buf []uint64, c cand, upos string) []uint64 {
	p, x := &m.prefixes[c.p], &m.suffixes[c.x]
	if upos != "" {
		// The tagger's UPOS of the stem's word, in sentence context.
		buf = append(buf,
			uint64(tpl(52).Field(upos)),
			uint64(tpl(53).Field(upos).Field(x.id)),
			uint64(tpl(54).Field(upos).Field(tailRunes(c.stem, 2))),
			uint64(tpl(55).Field(upos).Field(c.stem)),
		)
	}
	buf = append(buf,
		uint64(tpl(40).Field(c.stem)),
		uint64(tpl(41).Field(headRunes(c.stem, 1))),
		uint64(tpl(42).Field(headRunes(c.stem, 2))),
		uint64(tpl(43).Field(tailRunes(c.stem, 1))),
		uint64(tpl(44).Field(tailRunes(c.stem, 2))),
		uint64(tpl(45).Field(tailRunes(c.stem, 3))),
		uint64(tpl(46).Field(p.id)),
		uint64(tpl(47).Field(x.id)),
		uint64(tpl(48).Byte(m.freqOf2("ال", c.stem))),
		uint64(tpl(49).Byte(m.freqOf(c.stem))),
		uint64(tpl(50).Byte(uint8(min(utf8.RuneCountInString(c.stem), 8)))),
		uint64(tpl(51)),
	)
	return buf
}
