package entity

import "strings"

// Rules for encyclopaedic text (docs/ner.md, "Session 9 — Wikipedia"):
// states named by a head and an adjective (الدولة العثمانية), official
// names with their head (جمهورية X), natural features and conventional
// regions with their head (البحر الميت، خليج X، بلاد X), glosses in Latin
// script after a language label, and common nouns the model takes for
// organisations (sects, body systems).

var (
	// stateAdjHeads name a state with the adjectives after them: الدولة
	// العثمانية، الخلافة العباسية، الإمبراطورية البيزنطية، الجمهورية
	// العراقية.
	stateAdjHeads = foldSet("الدولة", "الخلافة", "السلطنة", "الإمبراطورية", "الامبراطورية",
		"الجمهورية", "الإمارة")
	// stateNameHeads stand before a state's own name and belong to it:
	// جمهورية X، مملكة X، إمارة X، سلطنة X.
	stateNameHeads = foldSet("جمهورية", "مملكة", "إمارة", "امارة", "سلطنة", "إمبراطورية", "امبراطورية",
		"خلافة")
	// stateDescs after الدولة describe a state rather than name one.
	stateDescs = foldSet("الإسلامية", "المدنية", "الوطنية", "العميقة", "الحديثة", "المركزية",
		"الاتحادية", "الدينية", "العلمانية", "الفاشلة", "الواحدة", "المضيفة", "الجارة", "الشقيقة",
		"الصديقة", "المستقلة", "القومية", "الديمقراطية", "العضو", "المعنية", "الحالية", "العربية",
		"اليهودية", "الفلسطينية", "الكردية", "الموحدة", "الراعية", "المانحة", "النامية")
	// featureHeads are heads of natural features and conventional regions
	// that keep the name after them, a listed place too: خليج العقبة،
	// صحراء النقب، بلاد الشام، بحر قزوين.
	featureHeads = foldSet("خليج", "صحراء", "بحر", "بلاد", "غور", "جزر", "أرخبيل", "مضيق")
	// townHeads take a place without the article only as a description.
	townHeads = foldSet("بحر", "صحراء")
	// seaHeads take an adjective: البحر الميت، المحيط الهادئ، الخليج العربي.
	seaHeads = foldSet("البحر", "المحيط")
	// sectNames are religious communities, which are no organisations.
	sectNames = foldSet("السنة", "الشيعة", "الدروز", "العلويون", "العلويين", "الإسماعيلية",
		"الصوفية", "الأشاعرة", "المعتزلة", "الخوارج", "الزيدية", "الإباضية")
	// bodySystems after جهاز name an organ system of the body, not a body
	// of the state: الجهاز العصبي، جهاز الهضم.
	bodySystems = foldSet("المناعي", "الهضمي", "العصبي", "التنفسي", "الدوري", "البولي",
		"التناسلي", "العضلي", "الهيكلي", "اللمفاوي", "الليمفاوي", "الهضم", "هضم", "المناعة",
		"التنفس", "الإخراج", "الغدد", "الغددي")
)

// Folded words the rules compare with, folded once.
var (
	foldDawla, foldJumhuriya = fold("الدولة"), fold("الجمهورية")
	foldIttihad, foldSovi    = fold("الاتحاد"), fold("السوفي")
	foldJihaz, foldAlJihaz   = fold("جهاز"), fold("الجهاز")
)

// stateAdj reports whether folded w can be a state's adjective: a definite
// relative adjective (…ية) or a listed nationality, no stop word.
func (r *ruleCtx) stateAdj(w string) bool {
	if !defWord(w) || stopWords[w] || genericMods[w] || vagueNat[w] {
		return false
	}
	return strings.HasSuffix(w, "يه") || r.m.gaz.has("NAT", w)
}

// stateNames tags states named by a head and adjectives (الدولة الأموية،
// الإمبراطورية الرومانية المقدسة) and puts the head of an official name
// into the place after it (جمهورية X). After الدولة a modern nationality
// is the state as an actor (ORG in news copy), an institution's adjective
// (السلطانية) or a descriptive one no name: all are left to the other rules.
func (r *ruleCtx) stateNames() {
	for i := 0; i+1 < len(r.fw); i++ {
		h := r.fw[i]
		switch {
		case stateAdjHeads[h]:
			a := r.fw[i+1]
			if !r.stateAdj(a) {
				continue
			}
			if h == foldDawla && (r.m.gaz.has("NAT", a) || nameMods[a]) || h != foldJumhuriya && stateDescs[a] {
				continue
			}
			e := i + 2
			for e < len(r.fw) && e < i+4 && r.stateAdj(r.fw[e]) {
				e++
			}
			if r.place(chunk{i, e, "LOC"}, anyChunk) {
				i = e - 1
			}
		case h == foldIttihad && strings.HasPrefix(r.fw[i+1], foldSovi):
			// the Soviet Union was a state
			if k := r.chunkAt(i); k >= 0 && r.cs[k].start == i && r.cs[k].end == i+2 {
				r.cs[k].typ = "LOC"
			} else if k < 0 {
				r.place(chunk{i, i + 2, "LOC"}, anyChunk)
			}
		case stateNameHeads[h]:
			if r.chunkAt(i) >= 0 {
				continue
			}
			if k := r.chunkAt(i + 1); k >= 0 && r.cs[k].start == i+1 && r.cs[k].typ == "LOC" {
				r.cs[k].start = i
			}
		}
	}
}

// featurePlaces joins the head of a natural feature or a conventional
// region to the place after it (خليج + العقبة) or to a definite name the
// model missed, a rare word (بلاد الرافدين), and tags a sea named by its
// adjective (البحر الميت، البحر الأبيض المتوسط).
func (r *ruleCtx) featurePlaces() {
	for i := 0; i+1 < len(r.fw); i++ {
		h := r.fw[i]
		if r.chunkAt(i) >= 0 {
			continue
		}
		switch {
		case featureHeads[h]:
			if k := r.chunkAt(i + 1); k >= 0 {
				// A sea or desert before a place without the article is
				// the sea off a town, a description (news copy: بحر جازان);
				// with the article it is named (صحراء النقب); a gulf or a
				// region keeps its head (خليج العقبة، بلاد الشام).
				if c := r.cs[k]; c.start == i+1 && (c.typ == "LOC" && !(townHeads[h] && !strings.HasPrefix(r.fw[c.start], "ال")) || c.typ == "PERS" && c.end == i+2) {
					r.cs[k].start = i
					r.cs[k].typ = "LOC"
				}
				continue
			}
			if w := r.fw[i+1]; defWord(w) && r.nameLike(i+1) && !r.m.gaz.has("NAT", w) && r.m.clusters.count(w) < rarePlaceWord {
				r.place(chunk{i, i + 2, "LOC"}, anyChunk)
			}
		case seaHeads[h]:
			e := i + 1
			for e < len(r.fw) && e < i+3 && defWord(r.fw[e]) && !stopWords[r.fw[e]] && !genericMods[r.fw[e]] && !vagueNat[r.fw[e]] && !r.headAt(e, hAnyHead) {
				e++
			}
			if e > i+1 {
				r.place(chunk{i, e, "LOC"}, anyChunk)
			}
		}
	}
}

// dropGlosses removes names in Latin script glossed after a language label
// in brackets, (بالإنجليزية: X؛ وبالفرنسية: Y): a translation of the
// term before, not a name.
func (r *ruleCtx) dropGlosses() {
	out := r.cs[:0]
	for _, c := range r.cs {
		if !latinOnly(r.fw[c.start:c.end]) || !r.glossed(c.start) {
			out = append(out, c)
		}
	}
	r.cs = out
}

// glossed reports whether token i follows a language label and a colon.
func (r *ruleCtx) glossed(i int) bool {
	if i < 2 || r.fw[i-1] != ":" {
		return false
	}
	w := r.fw[i-2]
	w = strings.TrimPrefix(w, "و")
	w = strings.TrimPrefix(w, "ب")
	return strings.HasPrefix(w, "ال") && strings.HasSuffix(w, "يه")
}

// dropCommonOrgs removes organisations that are common nouns: a sect alone
// (السنة، الشيعة) and an organ system of the body (الجهاز المناعي).
func (r *ruleCtx) dropCommonOrgs() {
	out := r.cs[:0]
	for _, c := range r.cs {
		if c.typ == "ORG" {
			if c.end-c.start == 1 && sectNames[r.fw[c.start]] {
				continue
			}
			if c.end-c.start >= 2 && (r.fw[c.start] == foldJihaz || r.fw[c.start] == foldAlJihaz) && bodySystems[r.fw[c.start+1]] {
				continue
			}
		}
		out = append(out, c)
	}
	r.cs = out
}

// laqabHeads are the second words of compound laqabs (صلاح الدين، نور
// الدين، سيف الدولة، عبد الله is no laqab but a name the model knows).
var laqabHeads = foldSet("الدين", "الدولة")

// placeNouns before a laqab make it a place named after the person
// (محافظة صلاح الدين).
var placeNouns = foldSet("محافظة", "مدينة", "ولاية", "قضاء", "منطقة", "حي", "شارع", "جامعة",
	"مطار", "ميناء", "جسر", "مستشفى", "مسجد", "جامع", "مدرسة", "قلعة", "ساحة", "ملعب")

// kunyaWords start a kunya (أبو القاسم).
var kunyaWords = foldSet("أبو", "أبي", "أبا", "ابو", "ابي", "أم")

// laqabNames makes persons of compound laqabs (X الدين، X الدولة) the
// model took for places (an organisation so named is a group: أنصار
// الدين; a laqab the alias table knows as a place stays one), joins a
// relative adjective after one (صلاح الدين الأيوبي), drops الدين alone taken for a name, cuts a
// place with ب off a person's name (… الأيوبي | بمصر), and joins a kunya
// to the name that follows it (أبو القاسم محمد بن عبد الله).
func (r *ruleCtx) laqabNames() {
	out := r.cs[:0]
	for _, c := range r.cs {
		if c.end-c.start == 1 && c.typ == "PERS" && laqabHeads[strings.TrimPrefix(r.fw[c.start], "و")] {
			continue // والدين: religion
		}
		out = append(out, c)
	}
	r.cs = out
	for k := range r.cs {
		c := r.cs[k]
		if c.end-c.start != 2 || !laqabHeads[r.fw[c.start+1]] || !arabicOnly(r.fw[c.start]) || defWord(r.fw[c.start]) {
			continue
		}
		if c.typ == "ORG" {
			continue // أنصار الدين: a group named so
		}
		if c.typ == "LOC" {
			if c.start > 0 && placeNouns[headForm(r.fw[c.start-1])] || r.procliticWord(c.start) {
				continue
			}
			r.cs[k].typ = "PERS"
		}
		if e := c.end; e < len(r.fw) && r.chunkAt(e) < 0 && defWord(r.fw[e]) && strings.HasSuffix(r.fw[e], "ي") &&
			!stopWords[r.fw[e]] && !genericMods[r.fw[e]] && !r.m.gaz.has("NAT", r.fw[e]) {
			r.cs[k].end++
		}
	}
	for k := range r.cs {
		c := r.cs[k]
		if c.typ != "PERS" || c.end-c.start < 3 {
			continue
		}
		w := r.fw[c.end-1]
		if strings.HasPrefix(w, "ب") && r.m.isPlace(w[len("ب"):]) && !r.m.isPlace(w) {
			r.cs[k].end--
		}
	}
	for k := 0; k < len(r.cs); k++ {
		a := r.cs[k]
		if a.typ != "PERS" || a.end-a.start != 2 || !kunyaWords[r.fw[a.start]] || a.end >= len(r.fw) {
			continue
		}
		if j := r.chunkAt(a.end); j >= 0 && r.cs[j].start == a.end && r.cs[j].typ == "PERS" {
			r.cs[k].end = r.cs[j].end
			r.cs = append(r.cs[:j], r.cs[j+1:]...)
			if j < k {
				k--
			}
		}
	}
}
