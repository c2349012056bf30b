package extract

import (
	"testing"

	"github.com/parley/parley/graph"
)

// TestArabicTalkVerbSubjectBeforeWith: in a verb-first Arabic clause the
// subject stands between a verb of talking over ("بحث", "تباحث", "ناقش",
// "تشاور") and the "مع" of its partner: "بحث الرئيس X مع Y" is a meeting
// of X and Y, in every tense; a telephone cue told after it in its
// sentence makes it a call; a place named with no "in" in what they
// discussed is no venue; with no "مع" (or past a comma) the verb tells
// what was discussed, no meeting.
func TestArabicTalkVerbSubjectBeforeWith(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		text string
		want []string
	}{
		{"يبحث وزير الخارجية المصري سامح شكري مع نظيره الجزائري صبري بوقادوم اليوم في القاهرة تطورات الأزمة الليبية.", []string{"sameh-shoukry", "sabri-boukadoum"}},
		{"بحث الرئيس المصري عبد الفتاح السيسي مع رئيس مجلس النواب الليبي عقيلة صالح في القاهرة أمس مستجدات الأوضاع.", []string{"abdel-fattah-el-sisi", "aguila-saleh-issa"}},
		{"تباحث وزير الخارجية الجزائري صبري بوقادوم مع رئيس حكومة الوفاق فائز السراج في الجزائر العاصمة.", []string{"sabri-boukadoum", "fayez-al-sarraj"}},
		{"ناقش رئيس الحكومة عبد الحميد الدبيبة مع الرئيس التركي رجب طيب أردوغان في أنقرة ملف الاستثمارات.", []string{"abdul-hamid-dbeibah", "recep-tayyip-erdogan"}},
		{"تشاور الرئيس التونسي قيس سعيد مع رئيس المجلس الرئاسي محمد المنفي في قرطاج حول الانتخابات.", []string{"kais-saied", "mohamed-al-menfi"}},
		{"وتبحث وزيرة الخارجية نجلاء المنقوش غدا مع نظيرها الإيطالي لويجي دي مايو ملف الهجرة.", []string{"najla-mangoush", "luigi-di-maio"}},
	}
	for _, c := range cases {
		f := factsOn(t, x, "ar", "2020-06-10", "Title\n\n"+c.text)
		if !onlyMeetingOf(f, c.want) || f.Meetings[0].Mode == graph.ModeCall {
			t.Errorf("%q: meetings %v, want one in person of %v", c.text, allParts(f), c.want)
		}
	}
	// the medium told after the partner: a call
	for _, text := range []string{
		"بحث وزير الخارجية الألماني هايكو ماس مع فائز السراج، في اتصال هاتفي مساء الأحد، تطورات الوضع في طرابلس.",
		"ناقش الرئيس إيمانويل ماكرون مع الرئيس عبد الفتاح السيسي خلال اتصال هاتفي الوضع في ليبيا.",
	} {
		f := factsOn(t, x, "ar", "2020-06-10", "Title\n\n"+text)
		if len(f.Meetings) != 1 || f.Meetings[0].Mode != graph.ModeCall {
			t.Errorf("%q: meetings %v, want one call", text, allParts(f))
		}
	}
	// a city in what they discussed, with no "in": no venue
	f := factsOn(t, x, "ar", "2021-05-25", "Title\n\nبحثت وزيرة الخارجية نجلاء المنقوش مع نظيرها صبري بوقادوم إعادة فتح معبر غدامس الحدودي.")
	if len(f.Meetings) != 1 || f.Meetings[0].Place != "" {
		t.Errorf("Ghadames crossing: meetings %+v, want one with no place", f.Meetings)
	}
	// no "مع", or the "مع" past a comma: no meeting
	for _, text := range []string{
		"بحث مجلس الأمن الدولي الوضع في ليبيا خلال جلسة طارئة.",
		"بحث رئيس المجلس الرئاسي فائز السراج الأوضاع الأمنية في طرابلس، مع استمرار هجوم قوات خليفة حفتر.",
		"لم يبحث الرئيس رجب طيب أردوغان مع المشير خليفة حفتر أي ملف.",
	} {
		if f := factsOn(t, x, "ar", "2020-06-10", "Title\n\n"+text); len(f.Meetings) != 0 {
			t.Errorf("%q: meetings %v, want none", text, allParts(f))
		}
	}
}
