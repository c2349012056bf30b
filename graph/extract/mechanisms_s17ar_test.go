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

// TestArabicPossessedMeetingNoun: a meeting noun that carries its
// subject as a possessive suffix ("محادثاته", "لقاءه", "اجتماعها",
// "مباحثاته") with the partner after "مع" is a meeting of the one it
// belongs to, as the object of a verb of ending or opening ("أنهى
// محادثاته مع", "اختتم لقاءه مع", "استهلت اجتماعها مع") and in an
// opening "after" phrase whose subject follows the comma.
func TestArabicPossessedMeetingNoun(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		text string
		want []string
	}{
		{"أنهى وزير الخارجية الروسي سيرغي لافروف محادثاته مع عقيلة صالح في موسكو.", []string{"sergey-lavrov", "aguila-saleh-issa"}},
		{"واختتم الرئيس إيمانويل ماكرون لقاءه مع فائز السراج بمؤتمر صحفي.", []string{"emmanuel-macron", "fayez-al-sarraj"}},
		{"وبعد اجتماعه مع ستيفاني وليامز، عاد خالد المشري إلى طرابلس.", []string{"khalid-al-mishri", "stephanie-williams"}},
		{"وعقب مباحثاته مع الرئيس رجب طيب أردوغان، غادر فائز السراج أنقرة.", []string{"fayez-al-sarraj", "recep-tayyip-erdogan"}},
		{"واستهلت نجلاء المنقوش اجتماعها مع مولود تشاووش أوغلو بالحديث عن الهدنة.", []string{"najla-mangoush", "mevlut-cavusoglu"}},
	}
	for _, c := range cases {
		if f := factsOn(t, x, "ar", "2020-06-10", "Title\n\n"+c.text); !onlyMeetingOf(f, c.want) {
			t.Errorf("%q: meetings %v, want %v", c.text, allParts(f), c.want)
		}
	}
	// no partner: no meeting
	if f := factsOn(t, x, "ar", "2020-06-10", "Title\n\nوأنهى فائز السراج اجتماعه دون الإدلاء بأي تصريح."); len(f.Meetings) != 0 {
		t.Errorf("no partner: meetings %v, want none", allParts(f))
	}
}

// TestArabicVirtualMeeting: a meeting held online ("اجتماع افتراضي",
// "التقى … افتراضيا", "محادثات عبر الإنترنت") is a video call, as "عبر
// الفيديو" is.
func TestArabicVirtualMeeting(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		text string
		want []string
	}{
		{"شارك فائز السراج في اجتماع افتراضي مع هايكو ماس.", []string{"fayez-al-sarraj", "heiko-maas"}},
		{"عقد لويجي دي مايو ونجلاء المنقوش اجتماعا افتراضيا لبحث ملف الهجرة.", []string{"luigi-di-maio", "najla-mangoush"}},
		{"التقى هايكو ماس افتراضيا بفائز السراج لبحث تطورات الأوضاع.", []string{"heiko-maas", "fayez-al-sarraj"}},
		{"أجرى سيرغي لافروف محادثات عبر الإنترنت مع عقيلة صالح.", []string{"sergey-lavrov", "aguila-saleh-issa"}},
	}
	for _, c := range cases {
		f := factsOn(t, x, "ar", "2020-06-10", "Title\n\n"+c.text)
		if !onlyMeetingOf(f, c.want) || f.Meetings[0].Mode != graph.ModeVideo {
			t.Errorf("%q: meetings %v, want one video call of %v", c.text, allParts(f), c.want)
		}
	}
	// a meeting with no online cue stays in person
	f := factsOn(t, x, "ar", "2020-06-10", "Title\n\nالتقى فائز السراج هايكو ماس في برلين.")
	if len(f.Meetings) != 1 || f.Meetings[0].Mode == graph.ModeVideo {
		t.Errorf("in person: meetings %+v", f.Meetings)
	}
}

// TestArabicCounterfactualAndAvoidance: a meeting verb right after the
// counterfactual "لو" ("if he had met") tells no meeting, and a verb of
// avoiding ("تجنب", "يتجنب", "تفادى") governs the meeting verb or noun
// after its subject as a refusal does: neither is a meeting. A purpose
// "لتجنب" after a held meeting leaves it standing.
func TestArabicCounterfactualAndAvoidance(t *testing.T) {
	x := shipped(t)
	for _, text := range []string{
		"لو التقى فائز السراج خليفة حفتر لانتهت الحرب.",
		"ولو اجتمع عقيلة صالح مع خالد المشري في وقت أبكر، لتم تجنب الانقسام.",
		"لو اجتمعت نجلاء المنقوش بمولود تشاووش أوغلو لتغير الموقف التركي.",
		"تجنب فائز السراج لقاء خليفة حفتر في باريس.",
		"ويتجنب عقيلة صالح لقاء خالد المشري منذ أشهر.",
		"تجنبت نجلاء المنقوش لقاء مولود تشاووش أوغلو خلال المؤتمر.",
	} {
		if f := factsOn(t, x, "ar", "2020-06-10", "Title\n\n"+text); len(f.Meetings) != 0 {
			t.Errorf("%q: meetings %v, want none", text, allParts(f))
		}
	}
	f := factsOn(t, x, "ar", "2020-06-10", "Title\n\nالتقى فائز السراج رجب طيب أردوغان في إسطنبول لتجنب التصعيد.")
	if !onlyMeetingOf(f, []string{"fayez-al-sarraj", "recep-tayyip-erdogan"}) {
		t.Errorf("purpose: meetings %v, want Sarraj and Erdogan", allParts(f))
	}
}

// TestArabicGuestOf: "حل X ضيفا على Y" (X came as Y's guest), the
// subject between the verb and "ضيفا", is X's visit to Y; the "الحل"
// (solution) of a statement is no such verb.
func TestArabicGuestOf(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		text string
		want []string
	}{
		{"حل وزير الخارجية الفرنسي جان إيف لودريان ضيفا على المشير خليفة حفتر في بنغازي.", []string{"jean-yves-le-drian", "khalifa-haftar"}},
		{"حلت نجلاء المنقوش ضيفة على مولود تشاووش أوغلو في أنقرة.", []string{"najla-mangoush", "mevlut-cavusoglu"}},
		{"ونزل عقيلة صالح ضيفا على الرئيس عبد الفتاح السيسي في القاهرة.", []string{"aguila-saleh-issa", "abdel-fattah-el-sisi"}},
	}
	for _, c := range cases {
		if f := factsOn(t, x, "ar", "2020-06-10", "Title\n\n"+c.text); !onlyMeetingOf(f, c.want) {
			t.Errorf("%q: meetings %v, want %v", c.text, allParts(f), c.want)
		}
	}
	if f := factsOn(t, x, "ar", "2020-06-10", "Title\n\nقال فائز السراج إن الحل السياسي يبقى الخيار الوحيد أمام خليفة حفتر."); len(f.Meetings) != 0 {
		t.Errorf("solution: meetings %v, want none", allParts(f))
	}
}
