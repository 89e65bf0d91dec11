package quotes_test

import "testing"

// TestS16RelativeAfterComma: a relative clause set off by a comma after a
// name (التقى الرئيس فلان، الذي أكد أن …) says what the named one said; the
// participles after it go on with the same speaker. After a comma only a
// name is taken: a common noun there may close a phrase the clause does
// not describe (session 16, sentences written for this test).
func TestS16RelativeAfterComma(t *testing.T) {
	tests := []speakerCase{
		{"a person named after his title, then ، الذي أكد",
			"زار الوفد العاصمة أمس، والتقى خلالها الرئيس الفرنسي جان دوبري، الذي أكد أن العلاقات بين البلدين قوية.",
			"العلاقات بين", "جان دوبري"},
		{"the participle after the relative clause goes on with its speaker",
			"زار الوفد العاصمة أمس، والتقى خلالها الرئيس الفرنسي جان دوبري، الذي أكد أن العلاقات بين البلدين قوية، مشيرا إلى أن التعاون سيتواصل.",
			"التعاون سيتواصل", "جان دوبري"},
		{"a woman named after her office, then ، التي أوضحت",
			"وافتتحت المعرض مديرة المتحف سلمى الخطيب، التي أوضحت أن القطع المعروضة نادرة.",
			"القطع المعروضة", "سلمى الخطيب"},
	}
	runSpeakerCases(t, tests)
}
