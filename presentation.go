package rasid

import (
	"context"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE) are glyph
// variants from old encodings and PDF copy: ﻓﻲ is في written with its
// initial and final glyphs. The models know the letters, not the glyphs,
// so a document holding presentation forms is analysed on a folded copy of
// its text, where each form is replaced by its letters (NFKC, without the
// space that NFKC puts before an isolated mark: U+FE70 ﹰ is fathatan), and
// every span is mapped back to the original text. Ligatures that stand for
// several words (ﷺ, ﷽) are left as they are: they stay one token whose
// norm spells the words out.

// isPresentation reports whether r is an Arabic presentation form.
func isPresentation(r rune) bool {
	return (r >= 0xFB50 && r <= 0xFDFF) || (r >= 0xFE70 && r <= 0xFEFE)
}

// PresentationLetters returns the letters a presentation form stands for,
// or "" when r is not a presentation form of one word.
func PresentationLetters(r rune) string {
	if !isPresentation(r) {
		return ""
	}
	d := strings.Trim(norm.NFKC.String(string(r)), " ")
	if d == string(r) || d == "" || strings.Contains(d, " ") {
		return ""
	}
	return d
}

// foldSeg is one replaced rune: [fs, fe) in the folded text stands for
// [os, oe) in the original.
type foldSeg struct{ fs, fe, os, oe int }

type foldMap []foldSeg

// foldPresentation returns text with its one-word presentation forms
// replaced by their letters, and the map back, or ok false when text has
// none.
func foldPresentation(text string) (folded string, m foldMap, ok bool) {
	// every presentation form is U+F000 or above: its UTF-8 starts with 0xEF
	if strings.IndexByte(text, 0xEF) < 0 {
		return text, nil, false
	}
	var b strings.Builder
	last := 0
	for i, r := range text {
		if r < 0xFB50 {
			continue
		}
		d := PresentationLetters(r)
		if d == "" {
			continue
		}
		if b.Len() == 0 && len(m) == 0 {
			b.Grow(len(text) + len(text)/8)
		}
		b.WriteString(text[last:i])
		fs := b.Len()
		b.WriteString(d)
		size := utf8.RuneLen(r)
		m = append(m, foldSeg{fs: fs, fe: b.Len(), os: i, oe: i + size})
		last = i + size
	}
	if len(m) == 0 {
		return text, nil, false
	}
	b.WriteString(text[last:])
	return b.String(), m, true
}

// pos maps an offset of the folded text to the original: inside a
// replaced rune, to its start (atEnd false) or its end (atEnd true).
func (m foldMap) pos(p int, atEnd bool) int {
	i := sort.Search(len(m), func(i int) bool { return m[i].fe > p })
	if i < len(m) && m[i].fs <= p {
		if p == m[i].fs || !atEnd {
			return m[i].os
		}
		return m[i].oe
	}
	if i == 0 {
		return p
	}
	prev := m[i-1]
	return prev.oe + (p - prev.fe)
}

func (m foldMap) span(s Span) Span {
	return Span{Start: m.pos(s.Start, false), End: m.pos(s.End, true)}
}

// annotateFolded runs the pipeline on the folded text of d and maps the
// layers back onto d. Every layer that holds spans must be mapped here (a
// new layer too; FuzzAnalyze and TestCLIPresentationForms catch a span
// left in folded offsets).
func (p *Pipeline) annotateFolded(ctx context.Context, d *Document, folded string, m foldMap) error {
	f := *d
	f.Text = folded
	if err := p.run(ctx, &f); err != nil {
		return err
	}
	for i := range f.Sentences {
		f.Sentences[i] = m.span(f.Sentences[i])
	}
	for i := range f.Tokens {
		t := &f.Tokens[i]
		t.Span = m.span(t.Span)
		for j := range t.Words {
			t.Words[j].Span = m.span(t.Words[j].Span)
		}
	}
	for i := range f.Entities {
		f.Entities[i].Span = m.span(f.Entities[i].Span)
	}
	for i := range f.Titles {
		f.Titles[i].Span = m.span(f.Titles[i].Span)
	}
	for i := range f.Dates {
		f.Dates[i].Span = m.span(f.Dates[i].Span)
	}
	for i := range f.Quotes {
		q := &f.Quotes[i]
		q.Span = m.span(q.Span)
		q.Cue = m.span(q.Cue)
		if q.Speaker.End > q.Speaker.Start {
			q.Speaker.Span = m.span(q.Speaker.Span)
		}
	}
	for i := range f.Keyphrases {
		f.Keyphrases[i].Span = m.span(f.Keyphrases[i].Span)
	}
	for i := range f.Summary {
		f.Summary[i] = m.span(f.Summary[i])
	}
	f.Text = d.Text
	*d = f
	return nil
}
