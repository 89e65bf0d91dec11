// Package arabic names the letters, marks and digits of the Arabic script
// and classifies runes. It is a leaf package: every other package may use it.
//
// Input → output: a rune → its name (as a constant) or its class.
package arabic

// Letters and marks, named after their Unicode names.
const (
	Hamza            = '\u0621' // ء
	AlefMaddaAbove   = '\u0622' // آ
	AlefHamzaAbove   = '\u0623' // أ
	WawHamzaAbove    = '\u0624' // ؤ
	AlefHamzaBelow   = '\u0625' // إ
	YehHamzaAbove    = '\u0626' // ئ
	Alef             = '\u0627' // ا
	Beh              = '\u0628' // ب
	TehMarbuta       = '\u0629' // ة
	Teh              = '\u062A' // ت
	Dal              = '\u062F' // د
	Sad              = '\u0635' // ص
	Qaf              = '\u0642' // ق
	Kaf              = '\u0643' // ك
	Lam              = '\u0644' // ل
	Meem             = '\u0645' // م
	Noon             = '\u0646' // ن
	Heh              = '\u0647' // ه
	Waw              = '\u0648' // و
	AlefMaksura      = '\u0649' // ى
	Yeh              = '\u064A' // ي
	Fathatan         = '\u064B' // first harakat mark
	Sukun            = '\u0652'
	LastMark         = '\u065F' // last of the combining marks block U+064B–U+065F
	SuperscriptAlef  = '\u0670' // ٰ dagger alef
	AlefWasla        = '\u0671' // ٱ
	Tatweel          = '\u0640' // ـ kashida, elongation only
	Comma            = '\u060C' // ،
	Semicolon        = '\u061B' // ؛
	QuestionMark     = '\u061F' // ؟
	PercentSign      = '\u066A' // ٪
	DecimalSeparator = '\u066B' // ٫
	ThousandsSep     = '\u066C' // ٬
	FullStop         = '\u06D4' // ۔ Arabic full stop (Urdu)
	KehehPersian     = '\u06A9' // ک
	HehGoal          = '\u06C1' // ہ
	HehDoachashmee   = '\u06BE' // ھ
	FarsiYeh         = '\u06CC' // ی
	ZeroIndic        = '\u0660' // ٠ Arabic-Indic digit zero
	ZeroExtended     = '\u06F0' // ۰ extended Arabic-Indic digit zero
)

// IsMark reports whether r is an Arabic combining mark (harakat, shadda,
// sukun, superscript alef and the other marks of U+064B–U+065F, plus the
// Quranic marks U+0610–U+061A and U+06D6–U+06ED).
func IsMark(r rune) bool {
	return (r >= Fathatan && r <= LastMark) || r == SuperscriptAlef ||
		(r >= 0x0610 && r <= 0x061A) || (r >= 0x06D6 && r <= 0x06DC) ||
		(r >= 0x06DF && r <= 0x06E4) || r == 0x06E7 || r == 0x06E8 || (r >= 0x06EA && r <= 0x06ED)
}

// IsLetter reports whether r is an Arabic-script letter (base letters of
// the Arabic, Arabic Supplement and Arabic Extended-A blocks). Marks,
// digits, punctuation and tatweel are not letters.
func IsLetter(r rune) bool {
	switch {
	case r >= 0x0620 && r <= 0x063F, r >= 0x0641 && r <= 0x064A:
		return true
	case r >= 0x066E && r <= 0x066F, r >= 0x0671 && r <= 0x06D3, r == 0x06D5:
		return true
	case r >= 0x06EE && r <= 0x06EF, r >= 0x06FA && r <= 0x06FC, r == 0x06FF:
		return true
	case r >= 0x0750 && r <= 0x077F, r >= 0x08A0 && r <= 0x08C9:
		return true
	}
	return false
}

// Digit returns the value of r if it is an ASCII, Arabic-Indic (٠–٩) or
// extended Arabic-Indic (۰–۹) digit, and ok=false otherwise.
func Digit(r rune) (d int, ok bool) {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0'), true
	case r >= ZeroIndic && r <= ZeroIndic+9:
		return int(r - ZeroIndic), true
	case r >= ZeroExtended && r <= ZeroExtended+9:
		return int(r - ZeroExtended), true
	}
	return 0, false
}

// IsDigit reports whether r is a digit in any of the three scripts.
func IsDigit(r rune) bool {
	_, ok := Digit(r)
	return ok
}
