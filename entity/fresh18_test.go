package entity_test

import "testing"

// The head noun إقليم is left out of a province's name, as محافظة and
// ولاية are; a region listed with it (إقليم كردستان), one named by a
// feature or a direction keeps it.
func TestProvinceHeads(t *testing.T) {
	checkEntities(t, []entityCase{
		{text: "وقال مسؤول محلي إن الهجوم وقع في إقليم باداخشان شمال البلاد.",
			want: []string{"LOC باداخشان"}, not: []string{"LOC إقليم باداخشان"}},
		{text: "وضرب زلزال قوي إقليم جاوة الغربية صباح اليوم.",
			want: []string{"LOC جاوة الغربية"}, not: []string{"LOC إقليم جاوة الغربية"}},
		{text: "وزار الوفد إقليم كردستان العراق الأسبوع الماضي.",
			want: []string{"LOC إقليم كردستان العراق"}},
		{text: "وتشمل الخطة مشاريع لتنمية إقليم قناة السويس خلال عشر سنوات.",
			not: []string{"LOC قناة السويس"}},
	})
}

// A social-media handle after a name (a tweet quoted: the name, then
// ‏@account) is no word of the name.
func TestHandleEnds(t *testing.T) {
	checkEntities(t, []entityCase{
		{text: "وكتب د. سعد العتيبي \u200f@saadotaibi 11   حسبنا الله ونعم الوكيل\n\nوكتب خالد الزهراني \u200f@khzahrani 4   اللهم احفظ بلادنا\n\nوكتب سعد العتيبي \u200f@saadotaibi 12   رحم الله الشهداء",
			want: []string{"PER سعد العتيبي", "PER خالد الزهراني"},
			not:  []string{"PER سعد العتيبي \u200f@saadotaibi", "PER خالد الزهراني \u200f@khzahrani"}},
	})
}
