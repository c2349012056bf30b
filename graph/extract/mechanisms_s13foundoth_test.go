package extract

import (
	"testing"

	"github.com/parley/parley/graph"
)

// TestS13TakingPartInTheSentencesOwnMeeting: a taking-part clause after a
// comma ("в которых участвовал", "an denen auch … teilnahm", "who was
// accompanied by") that follows a
// meeting verb naming its own subject and partner is about that meeting:
// the sentence tells a new meeting, not more people at the one told
// before. A taking-part sentence with no meeting of its own ("Во встрече
// также участвовал", "An dem Treffen nahm auch … teil") still joins the
// last one.
func TestS13TakingPartInTheSentencesOwnMeeting(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"ru", "Сергей Лавров встретился с Халифой Хафтаром в Москве. На следующий день Сергей Шойгу провёл переговоры с Фаизом Сараджем, в которых участвовал также Михаил Богданов.",
			[][]string{{"sergey-lavrov", "khalifa-haftar"}, {"sergei-shoigu", "fayez-al-sarraj", "mikhail-bogdanov"}}},
		{"de", "Heiko Maas traf am Montag Khalifa Haftar in Berlin. Am Dienstag führte Angela Merkel Gespräche mit Fayez al-Sarraj, an denen auch Ján Kubiš teilnahm.",
			[][]string{{"heiko-maas", "khalifa-haftar"}, {"angela-merkel", "fayez-al-sarraj", "jan-kubis"}}},
		{"en", "Luigi Di Maio met Khalifa Haftar in Benghazi on Monday. On Tuesday Ahmed Maiteeq received Josep Borrell in Tripoli, who was accompanied by Ján Kubiš.",
			[][]string{{"luigi-di-maio", "khalifa-haftar"}, {"ahmed-maiteeq", "josep-borrell", "jan-kubis"}}},
		{"ru", "Сергей Лавров встретился с Халифой Хафтаром в Москве. Во встрече также участвовал Михаил Богданов.",
			[][]string{{"sergey-lavrov", "khalifa-haftar", "mikhail-bogdanov"}}},
		{"de", "Heiko Maas traf am Montag Khalifa Haftar in Berlin. An dem Treffen nahm auch Ján Kubiš teil.",
			[][]string{{"heiko-maas", "khalifa-haftar", "jan-kubis"}}},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, c.want)
	}
}

// TestS13RussianMetOnArrival: "встречал", "встретил" with a person as its
// object (often a pronoun: "в аэропорту его встречал X", "где её
// встретил X") is a reception; with an attitude beside it ("инициативу
// встретили настороженно") it is how a proposal was taken, no meeting.
func TestS13RussianMetOnArrival(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		text string
		want [][]string
	}{
		{"Премьер-министр Ливии Абдель Хамид Дбейба прибыл в Анкару. В аэропорту его встречал министр иностранных дел Мевлют Чавушоглу.",
			[][]string{{"abdul-hamid-dbeibah", "mevlut-cavusoglu"}}},
		{"Наджла аль-Мангуш прилетела в Рим, где её встретил министр иностранных дел Луиджи Ди Майо.",
			[][]string{{"najla-mangoush", "luigi-di-maio"}}},
		{"Фаиз Сарадж встречал Хулуси Акара у трапа самолёта в аэропорту Внуково.",
			[][]string{{"fayez-al-sarraj", "hulusi-akar"}}},
		{"В Бенгази инициативу Сараджа встретили настороженно, а Халифа Хафтар назвал её «манёвром».", nil},
		{"Предложение Хафтара о перемирии Фаиз Сарадж встретил скептически.", nil},
	}
	for _, c := range cases {
		wantAllParts(t, x, "ru", c.text, c.want)
	}
}

// TestS13DenialInAClauseOfItsOwn: a semicolon parts two clauses, one
// with a denial. In a verb-final clause it stands right after the verb
// ("Serrac ile görüştü; Hafter ise …"), and the denial after it names
// other people: the meeting before stands. A denial told first leaves
// the held meeting after the semicolon standing too, and a `both` phrase
// there ("the two leaders", "iki lider", "оба лидера", "دونوں رہنماؤں")
// is the pair just denied: with a separate word, each of them met the
// others on his own.
func TestS13DenialInAClauseOfItsOwn(t *testing.T) {
	x := shipped(t)
	sarraj := []string{"fayez-al-sarraj", "sergey-lavrov"}
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"tr", "Sergey Lavrov Moskova'da Serrac ile görüştü; Hafter ise Akile Salih ile görüşmedi.", [][]string{sarraj}},
		{"ur", "لاوروف نے ماسکو میں سراج سے ملاقات کی؛ حفتر نے عقیلہ صالح سے ملاقات نہیں کی۔", [][]string{sarraj}},
		{"ru", "Сергей Лавров провёл переговоры с Фаизом Сараджем; Халифа Хафтар с Агилой Салехом не встретился.", [][]string{sarraj}},
		{"en", "In Moscow Fayez al-Sarraj and Khalifa Haftar did not meet; the two leaders held separate talks with Sergey Lavrov.",
			[][]string{sarraj, {"khalifa-haftar", "sergey-lavrov"}}},
		{"ru", "В Москве Фаиз Сарадж и Халифа Хафтар не встретились; оба лидера по отдельности провели переговоры с Сергеем Лавровым.",
			[][]string{sarraj, {"khalifa-haftar", "sergey-lavrov"}}},
		{"ur", "ماسکو میں فائز السراج اور خلیفہ حفتر کی ملاقات نہیں ہوئی؛ دونوں رہنماؤں نے سرگئی لاوروف سے الگ الگ ملاقات کی۔",
			[][]string{sarraj, {"khalifa-haftar", "sergey-lavrov"}}},
		{"tr", "Moskova'da Fayiz es-Serrac ile Halife Hafter yüz yüze görüşmedi; iki lider, Sergey Lavrov ve Mevlüt Çavuşoğlu ile ayrı ayrı görüştü.",
			[][]string{{"fayez-al-sarraj", "sergey-lavrov", "mevlut-cavusoglu"}, {"khalifa-haftar", "sergey-lavrov", "mevlut-cavusoglu"}}},
		// a clause after the semicolon that denies itself is about the pair
		{"tr", "Çavuşoğlu ile Şukri henüz yüz yüze görüşmedi; iki bakanın bir araya gelmesi için belirlenmiş bir tarih yok.", nil},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, c.want)
	}
}

// TestS13BothLeadersSeparately: a `both` phrase as the subject of a
// meeting told with a separate word ("The two leaders held separate talks
// with Lavrov", "Оба лидера по отдельности провели переговоры", "İki
// lider, Lavrov ile ayrı ayrı görüştü") is one meeting per member of the
// pair, with the partner named.
func TestS13BothLeadersSeparately(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Fayez al-Sarraj and Khalifa Haftar arrived in Moscow on Monday. The two leaders held separate talks with Sergey Lavrov."},
		{"ru", "Фаиз Сарадж и Халифа Хафтар в понедельник прибыли в Москву. Оба лидера по отдельности провели переговоры с Сергеем Лавровым."},
		{"tr", "Fayiz es-Serrac ile Halife Hafter pazartesi Moskova'ya geldi. İki lider, Sergey Lavrov ile ayrı ayrı görüştü."},
	}
	for _, c := range cases {
		ms := allParts(factsOf(t, x, c.lang, "Title\n\n"+c.text))
		if !meetingWithAll(ms, []string{"fayez-al-sarraj", "sergey-lavrov"}) || !meetingWithAll(ms, []string{"khalifa-haftar", "sergey-lavrov"}) ||
			meetingWithAll(ms, []string{"fayez-al-sarraj", "khalifa-haftar", "sergey-lavrov"}) {
			t.Errorf("%s %q: meetings %v, want Sarraj and Haftar each with Lavrov, apart", c.lang, c.text, ms)
		}
	}
}

// TestS13UrduFutureHost: Urdu tells a reception to come with the future
// of "میزبانی کرنا" ("ان کی میزبانی کریں گے"), a planned meeting with the
// one hosted; "لیبیا پر … کانفرنس کی میزبانی" hosts a conference on
// Libya, whose country is its topic, no guest.
func TestS13UrduFutureHost(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		text string
		want []string
	}{
		{"نجلاء المنقوش اگلے ہفتے انقرہ جائیں گی، جہاں ترک وزیر خارجہ مولود چاؤش اوغلو ان کی میزبانی کریں گے۔", []string{"najla-mangoush", "mevlut-cavusoglu"}},
		{"اطالوی وزیر اعظم ماریو دراگی آئندہ ماہ روم میں عبدالحمید دبیبہ کی میزبانی کریں گے۔", []string{"mario-draghi", "abdul-hamid-dbeibah"}},
	}
	for _, c := range cases {
		f := factsOn(t, x, "ur", "2021-04-20", "Title\n\n"+c.text)
		if !onlyMeetingOf(f, c.want) || f.Meetings[0].Status != graph.StatusPlanned {
			t.Errorf("%q: meetings %v (%+v), want only %v planned", c.text, allParts(f), f.Meetings, c.want)
		}
	}
	wantAllParts(t, x, "ur", "جرمن وزیر خارجہ ہائیکو ماس 23 جون کو برلن میں لیبیا پر بین الاقوامی کانفرنس کی میزبانی کریں گے۔", nil)
}

// TestS13TurkishPassiveVerbalNounHost: Turkish tells a reception to come
// with the passive verbal noun and its agent before "bekleniyor",
// "planlanıyor" ("X'in Y tarafından kabul edilmesi bekleniyor",
// "ağırlanması planlanıyor"): a planned meeting of X and Y.
func TestS13TurkishPassiveVerbalNounHost(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		text string
		want []string
	}{
		{"Abdülhamid Dibeybe Ankara'ya geldi. Libya Başbakanı'nın yarın Cumhurbaşkanı Erdoğan tarafından kabul edilmesi bekleniyor.", []string{"abdul-hamid-dbeibah", "recep-tayyip-erdogan"}},
		{"Akile Salih'in hafta sonu Kahire'de Sisi tarafından ağırlanması planlanıyor.", []string{"aguila-saleh-issa", "abdel-fattah-el-sisi"}},
	}
	for _, c := range cases {
		f := factsOn(t, x, "tr", "2021-04-20", "Başlık\n\n"+c.text)
		if !onlyMeetingOf(f, c.want) || f.Meetings[0].Status != graph.StatusPlanned {
			t.Errorf("%q: meetings %v (%+v), want only %v planned", c.text, allParts(f), f.Meetings, c.want)
		}
	}
}

// TestS13ArabicTakingPartWithNoOneNamed: Arabic names those taking part
// right after the word ("بحضور X", "وفد ضم X"); one with no one named
// after it ("على رأس وفد ضم عدة وزراء"، "برفقة وفد كبير") adds no one to
// the meeting told before, and the sentence's own meeting stands. A
// taking-part sentence that names someone still joins the last meeting.
func TestS13ArabicTakingPartWithNoOneNamed(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		text string
		want [][]string
	}{
		{"التقى لافروف حفتر في موسكو يوم الاثنين. ثم جاءت زيارة وزير الخارجية التركي مولود تشاووش أوغلو إلى طرابلس على رأس وفد ضم عدة وزراء، التقى خلالها السراج.",
			[][]string{{"sergey-lavrov", "khalifa-haftar"}, {"mevlut-cavusoglu", "fayez-al-sarraj"}}},
		{"استقبل السيسي حفتر في القاهرة يوم الأحد. وفي اليوم التالي وصل رئيس الوزراء الإيطالي ماريو دراغي إلى طرابلس برفقة وفد كبير، والتقى الدبيبة في مقر الحكومة.",
			[][]string{{"abdel-fattah-el-sisi", "khalifa-haftar"}, {"mario-draghi", "abdul-hamid-dbeibah"}}},
		{"استقبل السيسي حفتر في القاهرة يوم الأحد. وشارك في اللقاء رئيس المخابرات عباس كامل.",
			[][]string{{"abdel-fattah-el-sisi", "khalifa-haftar", "abbas-kamel"}}},
	}
	for _, c := range cases {
		wantAllParts(t, x, "ar", c.text, c.want)
	}
}

// TestS13EachOfTheTwoSeparately: the two people named last as the object
// of a meeting verb with a separate word ("с каждым из них по
// отдельности", "دونوں سے الگ الگ", "her ikisiyle ayrı ayrı") are its
// partners, one meeting each; in Urdu an "and" after a denied meeting
// opens a clause whose ergative subject's meeting the denial leaves
// standing.
func TestS13EachOfTheTwoSeparately(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"ru", "Фаиз Сарадж и Халифа Хафтар в понедельник были в Берлине. Канцлер Ангела Меркель провела переговоры с каждым из них по отдельности."},
		{"ur", "فائز السراج اور خلیفہ حفتر دونوں برلن میں موجود تھے۔ چانسلر انگیلا میرکل نے دونوں سے الگ الگ بات چیت کی۔"},
		{"tr", "Fayiz es-Serrac ile Halife Hafter pazartesi Berlin'deydi. Merkel her ikisiyle ayrı ayrı görüştü."},
		{"ur", "فائز السراج اور خلیفہ حفتر دونوں برلن میں موجود تھے، تاہم دونوں رہنماؤں کی آپس میں کوئی ملاقات نہیں ہوئی تھی اور چانسلر انگیلا میرکل نے دونوں سے الگ الگ بات چیت کی تھی۔"},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, [][]string{{"angela-merkel", "fayez-al-sarraj"}, {"angela-merkel", "khalifa-haftar"}})
	}
}
