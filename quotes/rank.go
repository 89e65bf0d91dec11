package quotes

// A learned choice of the speaker among the candidates of a quote
// (rankfeat.go builds them): a linear score over the candidates'
// features, trained as a softmax over the candidates of each quote by
// `rasid train speaker` (cmd/rasid) on the annotated read sets; a
// per-mention model adds to a candidate's score its best mention's. The
// ranker overrides the rules' speaker only when its best candidate beats
// the rules' choice by the model's margin.

import (
	"bytes"
	_ "embed"
	"sync"

	"github.com/rasid/rasid"
)

// SpeakerModel is a linear ranker of speaker candidates.
type SpeakerModel struct {
	// Weights by feature name.
	Weights map[string]float64
	// Margin is how much the best candidate must outscore the rules'
	// choice to replace it.
	Margin float64
	// GuessesOnly lets the model replace only a speaker the rules carried
	// over or did not find named near the quote (not one read from a
	// mention).
	GuessesOnly bool
	// PerMention adds to a candidate's score the best score of its
	// mentions, each scored by its own features (Candidate.Mentions).
	PerMention bool
}

// guess reports whether the rules' candidate c was carried over or is
// named nowhere near the quote.
func guess(c Candidate) bool {
	for _, f := range c.Feats {
		if f == "rules=carried" || f == "nomention" {
			return true
		}
	}
	return false
}

// Score is the model's score of a candidate.
func (m *SpeakerModel) Score(c Candidate) float64 {
	s, _ := m.ScoreMention(c)
	return s
}

// ScoreMention is the model's score of a candidate and the index of its
// best mention (-1 when the model does not score mentions or c has none).
func (m *SpeakerModel) ScoreMention(c Candidate) (float64, int) {
	s := 0.0
	for _, f := range c.Feats {
		s += m.Weights[f]
	}
	if !m.PerMention {
		return s, -1
	}
	best, bi := 0.0, -1
	for i, ms := range c.Mentions {
		v := 0.0
		for _, f := range ms {
			v += m.Weights[f]
		}
		if bi < 0 || v > best {
			best, bi = v, i
		}
	}
	return s + best, bi
}

// Choose returns the index of the candidate the model picks among cs: the
// rules' choice unless another candidate outscores it by the margin; -1
// when cs holds no rules' choice.
func (m *SpeakerModel) Choose(cs []Candidate) int {
	ri := -1
	for i, c := range cs {
		if c.Rules {
			ri = i
		}
	}
	if ri < 0 || m == nil {
		return ri
	}
	if m.GuessesOnly && !guess(cs[ri]) || heldGroup(cs[ri]) {
		return ri
	}
	if freedNoName(cs[ri]) {
		// the rules' speaker names nobody (rank18.go): the best other
		// candidate, whatever the margin
		best, bs := ri, 0.0
		for i, c := range cs {
			if s := m.Score(c); i != ri && (best == ri || s > bs) {
				best, bs = i, s
			}
		}
		return best
	}
	best, bs := ri, m.Score(cs[ri])
	rs := bs
	for i, c := range cs {
		if s := m.Score(c); s > bs {
			best, bs = i, s
		}
	}
	if best != ri && bs-rs > m.Margin {
		return best
	}
	return ri
}

//go:embed model/speaker.bin
var embeddedSpeaker []byte

var (
	speakerModelMu  sync.RWMutex
	speakerModel    *SpeakerModel
	speakerModelSet bool // SetSpeakerModel was called: speakerModel replaces the embedded one

	embeddedOnce  sync.Once
	embeddedModel *SpeakerModel
)

// EmbeddedSpeakerModel returns the shipped ranker (quotes/model/speaker.bin,
// trained by the command docs/quotes.md and docs/models.md give), decoded
// on first use and shared after; nil when the file cannot be read, which a
// test of the package guards against.
func EmbeddedSpeakerModel() *SpeakerModel {
	embeddedOnce.Do(func() {
		m, err := ReadSpeakerModel(bytes.NewReader(embeddedSpeaker))
		if err == nil {
			embeddedModel = m
		}
	})
	return embeddedModel
}

// SetSpeakerModel makes m the ranker Find uses instead of the embedded one
// (`rasid eval news --speaker-model FILE`); nil leaves the rules' speakers
// as they are (`--speaker-model none`, and `rasid train speaker`, which
// learns from the rules' candidates).
func SetSpeakerModel(m *SpeakerModel) {
	speakerModelMu.Lock()
	speakerModel, speakerModelSet = m, true
	speakerModelMu.Unlock()
}

// ResetSpeakerModel goes back to the embedded ranker.
func ResetSpeakerModel() {
	speakerModelMu.Lock()
	speakerModel, speakerModelSet = nil, false
	speakerModelMu.Unlock()
}

func currentSpeakerModel() *SpeakerModel {
	speakerModelMu.RLock()
	m, set := speakerModel, speakerModelSet
	speakerModelMu.RUnlock()
	if set {
		return m
	}
	return EmbeddedSpeakerModel()
}

// QuoteCandidates are the candidates of one quote found.
type QuoteCandidates struct {
	Quote      rasid.Quote
	Candidates []Candidate
}

// Candidates returns the quotes of d as the rules alone find them, each
// with its speaker candidates (for training and measuring the ranker).
func Candidates(d *rasid.Document) []QuoteCandidates {
	if len(d.Tokens) == 0 {
		return nil
	}
	bufs := finderPool.Get().(*finderBufs)
	defer bufs.put()
	f := newFinder(d, bufs)
	f.direct()
	f.indirect()
	f.attributions()
	f.headlines()
	f.descriptions()
	var rec [][]Candidate
	f.rec = &rec
	qs := f.resolve()
	out := make([]QuoteCandidates, len(qs))
	for i, q := range qs {
		out[i].Quote = q
		if i < len(rec) {
			out[i].Candidates = rec[i]
		}
	}
	return out
}

// rank is the hook of resolve: it records the candidates of c when
// training, or lets the model replace the rules' speaker sp.
func (r *resolver) rank(c *cand, sp rasid.Speaker, prev string) rasid.Speaker {
	if r.f.rec != nil {
		var cs []Candidate
		if sp.Name != "" {
			cs = r.candidates(c, sp, prev, true, false)
		}
		*r.f.rec = append(*r.f.rec, cs)
		return sp
	}
	m := currentSpeakerModel()
	if m == nil || sp.Name == "" {
		return sp
	}
	cs := r.candidates(c, sp, prev, m.PerMention, m.GuessesOnly)
	Conjoin(cs)
	i := m.Choose(cs)
	if i < 0 || cs[i].Rules {
		return sp
	}
	return rasid.Speaker{Name: cs[i].Name, Span: cs[i].Span}
}
