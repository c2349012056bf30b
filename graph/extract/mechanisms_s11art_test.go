package extract

import (
	"slices"
	"testing"
)

// TestCountryOfATitleIsNoVenue: in Turkish a bare country before a title
// ("Rusya Dışişleri Bakanı") only says whose official someone is, not
// where the meeting took place; a locative country still is.
func TestCountryOfATitleIsNoVenue(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, place string }{
		{"tr", "Fransa Cumhurbaşkanı Emmanuel Macron'un ev sahipliğindeki toplantıya Rusya Dışişleri Bakanı Sergey Lavrov ve Mısır Dışişleri Bakanı Samih Şükri de katıldı.", ""},
		{"tr", "Fayiz es-Serrac, dün Türkiye Savunma Bakanı Hulusi Akar ile bir araya geldi.", ""},
		{"tr", "Fayiz es-Serrac, dün Türkiye'de Hulusi Akar ile bir araya geldi.", "turkey"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != c.place {
			var got []string
			for _, m := range f.Meetings {
				got = append(got, m.Place)
			}
			t.Errorf("%s %q: places %q, want one meeting in %q", c.lang, c.text, got, c.place)
		}
	}
}

// TestQuotationGoesOnFromReportedSpeaker: a quotation with no subject of
// its own ("وتابع: «…»", "şöyle konuştu: "…"") after someone spoke in
// reported speech is that person's, not the speaker of the quotation
// before him.
func TestQuotationGoesOnFromReportedSpeaker(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"ar", "وفي مؤتمر صحفي، قال أردوغان: «سنواصل دعم الحكومة الليبية في كل الظروف». بدوره، أكد الدبيبة أن بلاده تريد تعاونا أوسع مع تركيا في مجال الطاقة. وتابع: «سنفتح أبوابنا أمام المستثمرين الأتراك من دون استثناء»."},
		{"tr", "Erdoğan basın toplantısında \"Libya'daki meşru hükümete desteğimiz sürecek\" dedi. Dibeybe ise Türk şirketlerinin Libya'ya dönmesini istediklerini söyledi. Ardından şöyle konuştu: \"Yatırımcılara kapımız açık, herkesi bekliyoruz.\""},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		got := speakers(f)
		if len(got) != 3 || got[0] != "recep-tayyip-erdogan" || got[1] != "abdul-hamid-dbeibah" || got[2] != "abdul-hamid-dbeibah" {
			t.Errorf("%s %q: speakers %v, want Erdoğan then Dbeibah twice", c.lang, c.text, got)
		}
	}
}

// TestArabicNegatedRelativeDescribesTheEvent: a negated clause joined to
// an indefinite event noun ("في زيارة لم يُعلن عنها", "في لقاء لم تكشف
// عنه") describes the event and denies nothing; its date is not the
// event's. A negation of a definite noun ("الزيارة لم تتم") still denies.
func TestArabicNegatedRelativeDescribesTheEvent(t *testing.T) {
	x := shipped(t)
	held := []string{
		"استقبل المشير خليفة حفتر في بنغازي يوم الخميس اللواء عباس كامل، في زيارة لم يُكشف عنها من قبل.",
		"التقى أردوغان الرئيس قيس سعيد في تونس في لقاء لم تعلن عنه الرئاسة التونسية.",
	}
	for _, text := range held {
		f := factsOn(t, x, "ar", "2021-01-23", "Title\n\n"+text)
		if len(f.Meetings) != 1 || f.Meetings[0].Status != "held" {
			t.Errorf("%q: meetings %v, want one held", text, allParts(f))
		}
	}
	dated := "وصل وزير الخارجية مولود جاويش أوغلو إلى طرابلس أمس الأربعاء والتقى فائز السراج، في زيارة لم يُعلن عنها تأتي بعد توقيع الاتفاق في نوفمبر الماضي."
	f := factsOn(t, x, "ar", "2020-06-18", "Title\n\n"+dated)
	if len(f.Meetings) == 0 {
		t.Errorf("%q: no meeting", dated)
	}
	for _, m := range f.Meetings {
		if m.Date.String() != "2020-06-17" {
			t.Errorf("%q: meeting %v dated %s, want 2020-06-17", dated, participants(m), m.Date)
		}
	}
	denied := "وقالت الرئاسة إن الزيارة لم تتم، وإن أردوغان لم يلتق قيس سعيد."
	if f := factsOf(t, x, "ar", "Title\n\n"+denied); len(f.Meetings) != 0 {
		t.Errorf("%q: meetings %v, want none", denied, allParts(f))
	}
}

// TestRussianSpeechOfExplaining: "объяснили" (explained it by) and "дали
// понять" (made it understood) report what the one named said; an
// impersonal plural after the seat of a government is that country's.
func TestRussianSpeechOfExplaining(t *testing.T) {
	x := shipped(t)
	cases := []struct{ text, want string }{
		{"В Кремле дали понять, что визит Хафтара в Москву пока не планируется.", "russia"},
		{"Визит Дендиаса отложен. В Афинах это объяснили «загруженным графиком министра».", "greece"},
		{"Министр Сергей Лавров дал понять, что Москва готова принять Хафтара.", "sergey-lavrov"},
	}
	for _, c := range cases {
		wantOnlySpeaker(t, x, "ru", "Title\n\n"+c.text, c.want)
	}
}

// TestArabicFeminineVerbTakesAWoman: a verb in the feminine with its
// subject dropped ("أجرت اتصالاً", "والتقت") goes on from the woman named
// before, not from the man who was the last sentence's subject.
func TestArabicFeminineVerbTakesAWoman(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		text string
		want []string
	}{
		{"وصلت ستيفاني وليامز إلى بنغازي يوم الأحد. والتقى عقيلة صالح المشير خليفة حفتر في الرجمة. وفي المساء، أجرت اتصالاً هاتفياً بفائز السراج لحثه على دعم الاتفاق.",
			[]string{"stephanie-williams", "fayez-al-sarraj"}},
		{"وصلت نجلاء المنقوش إلى أنقرة أمس. واستقبل أردوغان الدبيبة في القصر الرئاسي. ثم أجرت محادثات مع مولود جاويش أوغلو في مقر الخارجية.",
			[]string{"najla-mangoush", "mevlut-cavusoglu"}},
	}
	for _, c := range cases {
		f := factsOf(t, x, "ar", "Title\n\n"+c.text)
		ps := allParts(f)
		if len(ps) == 0 || !sameParts(ps[len(ps)-1], c.want) {
			t.Errorf("%q: meetings %v, want the last %v", c.text, ps, c.want)
		}
	} // a feminine verb before a call noun in construct with a name agrees
	// with that noun, its subject: no woman takes part
	text := "التقى خليفة حفتر في روما المستشارة فيكتوريا كوتس. وأحدثت مكالمة ترامب الهاتفية إحراجاً في وزارة الخارجية."
	for _, ps := range allParts(factsOf(t, x, "ar", "Title\n\n"+text)) {
		if slices.Contains(ps, "donald-trump") && slices.Contains(ps, "victoria-coates") {
			t.Errorf("%q: meeting %v, want none of Coates with Trump", text, ps)
		}
	}
}

// TestArabicVisitForAMeeting: a visit made "to meet" someone ("يزور X
// القاهرة للقاء Y") is one visit with Y as host, not a visit to a country
// and a meeting of its own.
func TestArabicVisitForAMeeting(t *testing.T) {
	x := shipped(t)
	text := "ومن المقرر أن يزور سيالة القاهرة الشهر المقبل للقاء سامح شكري."
	f := factsOf(t, x, "ar", "Title\n\n"+text)
	if !onlyMeetingOf(f, []string{"mohamed-taha-siala", "sameh-shoukry"}) || f.Meetings[0].Mode != "visit" || f.Meetings[0].Status != "planned" {
		t.Errorf("%q: meetings %v, want one planned visit of Siala to Shoukry", text, allParts(f))
	}
}

// TestArabicVisitObjectIsTheDestination: the place right after a visit
// verb, past the visitor's name at most ("يزور الدبيبة موسكو"), is where
// the visit goes, before a place a later clause names.
func TestArabicVisitObjectIsTheDestination(t *testing.T) {
	x := shipped(t)
	for _, text := range []string{
		"ومن المنتظر أن يزور الدبيبة موسكو الأسبوع المقبل للقاء ميخائيل ميشوستين، إذ لا يزال مرتزقة فاغنر ينتشرون في الجفرة.",
		"زار سامح شكري طرابلس يوم الأحد والتقى عبد الحميد الدبيبة، في وقت تواصل فيه قوات حفتر انتشارها في سرت.",
	} {
		f := factsOf(t, x, "ar", "Title\n\n"+text)
		if len(f.Meetings) == 0 {
			t.Errorf("%q: no meeting", text)
		}
		for _, m := range f.Meetings {
			if m.Place != "moscow" && m.Place != "tripoli" {
				t.Errorf("%q: meeting %v in %q, want the visit's destination", text, participants(m), m.Place)
			}
		}
	}
}

// TestTurkishNegatedVerbalNouns: the negative suffix on a meeting verb
// made a noun or participle ("görüşmediği öğrenildi", "bir araya
// gelmeyeceğini açıkladı", "buluşmadıklarını") denies the meeting like
// the finite "görüşmedi".
func TestTurkishNegatedVerbalNouns(t *testing.T) {
	x := shipped(t)
	for _, text := range []string{
		"Öte yandan Çavuşoğlu'nun Trablus ziyareti sırasında Halife Hafter ile görüşmediği öğrenildi.",
		"Dışişleri Bakanlığı, Çavuşoğlu'nun bu hafta Sergey Lavrov ile bir araya gelmeyeceğini açıkladı.",
	} {
		f := factsOf(t, x, "tr", "Title\n\n"+text)
		for _, m := range f.Meetings {
			if m.Status != "cancelled" {
				t.Errorf("%q: meeting %v %s, want none held or planned", text, participants(m), m.Status)
			}
		}
	}
}
