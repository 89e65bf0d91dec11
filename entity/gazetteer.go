package entity

import (
	"bufio"
	"embed"
	"io/fs"
	"sort"
	"strings"
)

//go:embed gazetteer/*.txt
var gazetteerFS embed.FS

// gazetteer holds the name lists written for this package (entity/gazetteer):
// multi-token names by class, and an alias table mapping every written form
// of a known entity to its canonical name.
type gazetteer struct {
	root    *trieNode
	aliases map[string][]alias // folded, space-joined form → canonical names
	// tagNames holds each class with tagSuffixes (tagSentence).
	tagNames map[string][3]string
}

type alias struct {
	canonical string
	typ       string // PER, ORG, LOC, MISC or "" for non-entities
}

type trieNode struct {
	next  map[string]*trieNode
	class []string // classes of the entries that end here
}

// The class of a list decides its entity type: the part before the dot.
func classType(class string) string {
	if i := strings.IndexByte(class, '.'); i > 0 {
		class = class[:i]
	}
	switch class {
	case "PER", "ORG", "LOC", "MISC":
		return class
	}
	return ""
}

func loadGazetteer() (*gazetteer, error) {
	g := &gazetteer{root: &trieNode{}, aliases: map[string][]alias{}}
	files, err := fs.Glob(gazetteerFS, "gazetteer/*.txt")
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	for _, f := range files {
		b, err := gazetteerFS.ReadFile(f)
		if err != nil {
			return nil, err
		}
		g.parse(string(b))
	}
	g.nameTags()
	return g, nil
}

// parse reads one list: "@CLASS" lines switch the class; every other
// non-comment line is a group of forms separated by "|", the first being
// the canonical name.
func (g *gazetteer) parse(text string) {
	class := ""
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if i := strings.Index(line, "#"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "@") {
			class = strings.TrimSpace(line[1:])
			continue
		}
		forms := strings.Split(line, "|")
		canon := strings.Join(strings.Fields(forms[0]), " ")
		if class == "NAT" {
			forms = nationalityForms(canon)
		}
		for _, f := range forms {
			toks := strings.Fields(f)
			if len(toks) == 0 {
				continue
			}
			g.add(toks, class)
			key := foldJoin(toks)
			if typ := classType(class); typ != "" {
				dup := false
				for _, a := range g.aliases[key] {
					dup = dup || a.typ == typ
				}
				if !dup {
					g.aliases[key] = append(g.aliases[key], alias{canonical: canon, typ: typ})
				}
			}
		}
	}
}

func foldJoin(toks []string) string {
	f := make([]string, len(toks))
	for i, t := range toks {
		f[i] = fold(t)
	}
	return strings.Join(f, " ")
}

func (g *gazetteer) add(toks []string, class string) {
	n := g.root
	for _, t := range toks {
		t = fold(t)
		if n.next == nil {
			n.next = map[string]*trieNode{}
		}
		c := n.next[t]
		if c == nil {
			c = &trieNode{}
			n.next[t] = c
		}
		n = c
	}
	for _, c := range n.class {
		if c == class {
			return
		}
	}
	n.class = append(n.class, class)
}

// has reports whether the folded word w is a one-word entry of class: the
// classes of the trie node one step from the root, found with one lookup
// keyed by the word alone (no class+word key to build and hash).
func (g *gazetteer) has(class, w string) bool {
	n := g.root.next[w]
	if n == nil {
		return false
	}
	for _, c := range n.class {
		if c == class {
			return true
		}
	}
	return false
}

// match finds the longest gazetteer entry starting at token i (folded
// tokens in ws) and returns its length and classes. The first token may
// carry proclitics (بموسكو → موسكو, للأمم → الامم).
func (g *gazetteer) match(ws []string, i int) (int, []string) {
	return g.matchFor(ws, i, false)
}

// gazMemo keeps the matches (match) at the tokens of one sentence, each
// looked up once however many rules ask: n[i] is the length of the match
// at i + 1, 0 when not looked up yet. A zero gazMemo keeps nothing.
type gazMemo struct {
	n   []int32
	cls [][]string
}

// matchAt is match(ws, i), kept in memo; ws must be the sentence's words
// that memo was made for.
func (g *gazetteer) matchAt(memo gazMemo, ws []string, i int) (int, []string) {
	if memo.n == nil {
		return g.match(ws, i)
	}
	if memo.n[i] == 0 {
		n, cls := g.match(ws, i)
		memo.n[i], memo.cls[i] = int32(n)+1, cls
	}
	return int(memo.n[i]) - 1, memo.cls[i]
}

// spanOnly reports whether a class is one of the lists read by the span
// rules only (class names ending in ".x"): the model was trained without
// them, so its features must not see them.
func spanOnly(class string) bool { return strings.HasSuffix(class, ".x") }

// modelClasses returns the classes the model's features may use.
func modelClasses(cs []string) []string {
	for _, c := range cs {
		if spanOnly(c) {
			out := make([]string, 0, len(cs))
			for _, c := range cs {
				if !spanOnly(c) {
					out = append(out, c)
				}
			}
			return out
		}
	}
	return cs
}

// matchFor is match; with model set, entries of the span-only lists are
// ignored.
func (g *gazetteer) matchFor(ws []string, i int, model bool) (int, []string) {
	n, cls, nm, clsm := g.matchBoth(ws, i)
	if model {
		return nm, clsm
	}
	return n, cls
}

// matchBoth is matchFor without and with model from one walk of the trie.
func (g *gazetteer) matchBoth(ws []string, i int) (n int, cls []string, nm int, clsm []string) {
	try := func(f string) {
		t := g.root.next[f]
		for j := i; t != nil; {
			if l := j - i + 1; len(t.class) > 0 {
				if l > n {
					n, cls = l, t.class
				}
				if l > nm {
					if mc := modelClasses(t.class); len(mc) > 0 {
						nm, clsm = l, mc
					}
				}
			}
			j++
			if j >= len(ws) || t.next == nil {
				break
			}
			t = t.next[ws[j]]
		}
	}
	w := ws[i]
	try(w)
	for _, p := range proclitics(w) {
		rest := w[len(p):]
		try(rest)
		if strings.HasSuffix(p, "ل") && strings.HasPrefix(rest, "ل") {
			try("ا" + rest) // لل: li + al
		}
	}
	return n, cls, nm, clsm
}

// tagSentence sets the gazetteer features of each token: CLASS-B on the
// first token of a match, CLASS-I on the others. Matches are taken longest
// first, left to right. The matches of all the lists (match) at the
// tokens looked at are kept in gz.
func (g *gazetteer) tagSentence(ws []string, in []tokInfo, gz gazMemo) []string {
	ws = grow(ws, len(in))
	for i := range in {
		ws[i] = in[i].w
	}
	for i := 0; i < len(ws); {
		na, all, n, classes := g.matchBoth(ws, i)
		if gz.n != nil {
			gz.n[i], gz.cls[i] = int32(na)+1, all
		}
		if n == 0 {
			i++
			continue
		}
		for k := 0; k < n; k++ {
			for _, c := range classes {
				in[i+k].gaz = append(in[i+k].gaz, g.tagName(c, min(k, 1)))
			}
		}
		if n > 1 {
			for _, c := range classes {
				in[i].gaz = append(in[i].gaz, g.tagName(c, 2))
			}
		}
		i += n
	}
	return ws
}

// tagSuffixes are the suffixes of the gazetteer features of a token: the
// first of a match, a later one, the first of a match of several tokens.
var tagSuffixes = [3]string{"-B", "-I", "-multi"}

// tagName returns class c with tagSuffixes[k], from the names built at
// load.
func (g *gazetteer) tagName(c string, k int) string {
	if ns, ok := g.tagNames[c]; ok {
		return ns[k]
	}
	return c + tagSuffixes[k]
}

// nameTags fills tagNames with the classes of every entry.
func (g *gazetteer) nameTags() {
	g.tagNames = map[string][3]string{}
	var walk func(n *trieNode)
	walk = func(n *trieNode) {
		for _, c := range n.class {
			if _, ok := g.tagNames[c]; !ok {
				g.tagNames[c] = [3]string{c + tagSuffixes[0], c + tagSuffixes[1], c + tagSuffixes[2]}
			}
		}
		for _, next := range n.next {
			walk(next)
		}
	}
	walk(g.root)
}

// lookupAlias returns the canonical name of a known name (folded,
// space-joined) of type typ.
func (g *gazetteer) lookupAlias(name, typ string) (string, bool) {
	for _, a := range g.aliases[name] {
		if a.typ == typ {
			return a.canonical, true
		}
	}
	return "", false
}

// nationalityForms expands a masculine nationality adjective with the
// article (الروسي al-rusi "the Russian") to the forms a text uses: feminine
// الروسية, plurals الروسيون/الروسيين, and all of them without the article.
func nationalityForms(m string) []string {
	base := []string{m}
	if strings.HasSuffix(m, "ي") {
		base = append(base, m+"ة", m+"ون", m+"ين")
	}
	out := append([]string{}, base...)
	for _, f := range base {
		if strings.HasPrefix(f, "ال") && !strings.Contains(f, " ") {
			out = append(out, strings.TrimPrefix(f, "ال"))
		}
	}
	return out
}
