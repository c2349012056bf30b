package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestCompassAdjectiveIsNoSurname: an Arabic-script adjective of a compass
// point or region ("مشرقی لیبیا", eastern Libya; "المنطقة الشرقية") is an
// everyday word, never a variant spelling of a surname the article names
// ("مشری", al-Mishri), whatever the rule that reads the sentence.
func TestCompassAdjectiveIsNoSurname(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"ur", "خالد المشری نے منگل کو انقرہ میں ترک صدر رجب طیب ایردوان سے ملاقات کی۔ اسی دن مشرقی لیبیا کے فوجی کمانڈر خلیفہ حفتر قاہرہ پہنچے اور مصری صدر عبدالفتاح السیسی سے ملاقات کی۔"},
		{"ur", "خالد المشری نے طرابلس میں اطالوی وزیر خارجہ لوئیجی دی مائیو سے بات چیت کی۔ مشرقی شہر بن غازی میں خلیفہ حفتر نے روسی نائب وزیر خارجہ میخائل بوگدانوف کا استقبال کیا۔"},
		{"ur", "خالد المشری کل دوحہ روانہ ہوئے۔ شمالی اور مشرقی علاقوں کے دورے کے بعد خلیفہ حفتر نے عقیلہ صالح سے ملاقات کی۔"},
		{"ar", "التقى خالد المشري الرئيس التركي رجب طيب أردوغان في أنقرة. وفي اليوم نفسه وصل قائد المنطقة الشرقية خليفة حفتر إلى القاهرة والتقى الرئيس عبد الفتاح السيسي."},
	}
	for _, c := range cases {
		for _, ps := range allParts(factsOf(t, x, c.lang, "Title\n\n"+c.text)) {
			if slices.Contains(ps, "khalifa-haftar") && slices.Contains(ps, "khalid-al-mishri") {
				t.Errorf("%s %q: meeting %v, want no al-Mishri beside Haftar", c.lang, c.text, ps)
			}
		}
	}
}

// TestOneSeparateMeetingIsOne: one `separate` word with a singular
// meeting noun ("X نے A اور B سے الگ ملاقات کی", "ayrı bir görüşme", "a
// separate meeting", "un entretien séparé") sets one meeting apart from
// those told before: the partners met together. Reduplicated ("الگ الگ",
// "ayrı ayrı") the word still gives one meeting with each.
func TestOneSeparateMeetingIsOne(t *testing.T) {
	x := shipped(t)
	one := []string{"luigi-di-maio", "aguila-saleh-issa", "khalid-al-mishri"}
	each := [][]string{{"luigi-di-maio", "aguila-saleh-issa"}, {"luigi-di-maio", "khalid-al-mishri"}}
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"ur", "شام کو اطالوی وزیر خارجہ لوئیجی دی مائیو نے عقیلہ صالح اور خالد المشری سے علیحدہ ملاقات کی۔", [][]string{one}},
		{"ur", "اطالوی وزیر خارجہ لوئیجی دی مائیو کل عقیلہ صالح اور خالد المشری سے الگ ملاقات کریں گے۔", [][]string{one}},
		{"ur", "شام کو اطالوی وزیر خارجہ لوئیجی دی مائیو نے عقیلہ صالح اور خالد المشری سے الگ الگ ملاقات کی۔", each},
		{"ur", "شام کو اطالوی وزیر خارجہ لوئیجی دی مائیو نے عقیلہ صالح اور خالد المشری سے علیحدہ علیحدہ ملاقات کی۔", each},
		{"tr", "Akşam saatlerinde İtalya Dışişleri Bakanı Luigi Di Maio, Akile Salih ve Halid el-Mişri ile ayrı bir görüşme yaptı.", [][]string{one}},
		{"tr", "Akşam saatlerinde İtalya Dışişleri Bakanı Luigi Di Maio, Akile Salih ve Halid el-Mişri ile ayrı ayrı görüştü.", each},
		{"fr", "Dans la soirée, un entretien séparé a réuni Luigi Di Maio, Aguila Saleh et Khaled al-Mechri.", [][]string{one}},
		{"en", "In the evening Italian Foreign Minister Luigi Di Maio held a separate meeting with Aguila Saleh and Khalid al-Mishri.", [][]string{one}},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, c.want)
	}
}

// TestTakingPartInTheToldMeeting: a clause whose verb is a taking-part
// word and whose meeting noun points back at the meeting told before
// (ur participial "ہونے والی ملاقات میں", the meeting that was held;
// "görüşmede", "at the meeting") adds those it names to that meeting,
// however many sentences about the delegation stand between; with its
// partner named in the relative ("ایردوان سے ہونے والی ملاقات میں") it is
// no new meeting either.
func TestTakingPartInTheToldMeeting(t *testing.T) {
	x := shipped(t)
	visit := []string{"luigi-di-maio", "mohamed-al-menfi", "najla-mangoush"}
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"ur", "اطالوی وزیر خارجہ لوئیجی دی مائیو منگل کو طرابلس پہنچے جہاں صدارتی کونسل کے سربراہ محمد المنفی نے ان کا استقبال کیا۔ اطالوی وفد میں بیس سے زائد افسران تھے۔ وفد نے ہوائی اڈے سے شہر تک سخت سکیورٹی میں سفر کیا۔ شہر کی سڑکوں پر جگہ جگہ جھنڈے لگے تھے۔ صدارتی محل میں ہونے والی ملاقات میں وزیر خارجہ نجلاء المنقوش بھی شریک ہوئیں۔", [][]string{visit}},
		{"ur", "اطالوی وزیر خارجہ لوئیجی دی مائیو منگل کو طرابلس پہنچے جہاں صدارتی کونسل کے سربراہ محمد المنفی نے ان کا استقبال کیا۔ اطالوی وفد میں بیس سے زائد افسران تھے۔ وفد نے ہوائی اڈے سے شہر تک سخت سکیورٹی میں سفر کیا۔ شہر کی سڑکوں پر جگہ جگہ جھنڈے لگے تھے۔ المنفی سے ہونے والی ملاقات میں وزیر خارجہ نجلاء المنقوش بھی موجود تھیں۔", [][]string{visit}},
		{"tr", "İtalya Dışişleri Bakanı Luigi Di Maio salı günü Trablus'a geldi ve Başkanlık Konseyi Başkanı Muhammed el-Menfi tarafından karşılandı. İtalyan heyetinde yirmiden fazla yetkili vardı. Heyet havalimanından şehre sıkı güvenlik önlemleri altında ulaştı. Şehrin caddeleri bayraklarla donatılmıştı. Görüşmede Dışişleri Bakanı Necla el-Menguş da hazır bulundu.", [][]string{visit}},
		{"en", "Italian Foreign Minister Luigi Di Maio arrived in Tripoli on Tuesday and was received by Presidential Council head Mohamed al-Menfi. The Italian delegation numbered more than twenty officials. It travelled from the airport under tight security. Flags lined the streets of the city. At the meeting Foreign Minister Najla Mangoush was also present.", [][]string{visit}},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, c.want)
	}
}

// TestDelegationNounIsNoName: after a title, a noun phrase headed by a
// delegation noun ("وزیر خارجہ اعلیٰ سطحی وفد کے ہمراہ", the minister with
// a high-level delegation) is no unknown person's name, nor is the noun
// later a surname ("ترک وفد کی ملاقات"); an unknown name after a title
// still is one.
func TestDelegationNounIsNoName(t *testing.T) {
	x := shipped(t)
	wantUnknowns(t, x, "ur", "مصری وزیر خارجہ بڑے تجارتی وفد کے ہمراہ طرابلس پہنچ گئے۔ بعد میں لیبیائی وزیر اعظم عبدالحمید دبیبہ سے مصری وفد کی ملاقات ہوئی۔")
	wantUnknowns(t, x, "ur", "اطالوی وزیر داخلہ اعلیٰ سطحی وفد کے ساتھ روم سے روانہ ہوئے۔")
	wantUnknowns(t, x, "ur", "وفد میں مشیر کامران ملک شامل تھے۔", "x-kamran-malik")
	for _, ps := range allParts(factsOf(t, x, "ur", "Title\n\nمصری وزیر خارجہ بڑے تجارتی وفد کے ہمراہ طرابلس پہنچ گئے۔ بعد میں لیبیائی وزیر اعظم عبدالحمید دبیبہ سے مصری وفد کی ملاقات ہوئی۔")) {
		for _, p := range ps {
			if strings.HasPrefix(p, "x-") {
				t.Errorf("meeting %v: an unknown person from a delegation noun", ps)
			}
		}
	}
}

// TestSettingOffIsNoVisitWithoutDestination: Urdu "روانہ" (set off) is a
// visit only toward a destination named right before it ("قاہرہ روانہ",
// "قاہرہ کے لیے روانہ"); a place marked as the source with "سے" ("قاہرہ
// سے روانہ ہو گئے", left Cairo) or none ("دستخط کیے بغیر روانہ", left
// without signing) tells a departure, as English "left Cairo" does.
func TestSettingOffIsNoVisitWithoutDestination(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"ur", "لیبیائی کمانڈر خلیفہ حفتر منگل کی صبح معاہدے پر دستخط کیے بغیر قاہرہ سے روانہ ہو گئے۔", nil},
		{"ur", "قاہرہ مذاکرات: خلیفہ حفتر دستخط کیے بغیر روانہ", nil},
		{"en", "Libyan commander Khalifa Haftar left Cairo on Tuesday morning without signing the agreement.", nil},
		{"ur", "لیبیائی کمانڈر خلیفہ حفتر منگل کی صبح قاہرہ روانہ ہو گئے جہاں وہ مصری صدر عبدالفتاح السیسی سے ملاقات کریں گے۔", [][]string{{"khalifa-haftar", "abdel-fattah-el-sisi"}}},
		{"ur", "لیبیائی کمانڈر خلیفہ حفتر منگل کی صبح قاہرہ کے لیے روانہ ہو گئے۔", [][]string{{"khalifa-haftar", "egypt"}}},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, c.want)
	}
}

// TestPronounTravellerGoesOn: a pronoun subject of a trip verb ("منگل کو
// وہ طبرق پہنچے", "On Tuesday he travelled to Tobruk", "Am Dienstag reiste
// er nach Tobruk weiter") stands for the envoy the story follows from stop
// to stop, who took part in the event told just before, not for the host
// who spoke in the sentence between.
func TestPronounTravellerGoesOn(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"ur", "پیر کو اقوام متحدہ کے ایلچی یان کوبیش بن غازی گئے جہاں خلیفہ حفتر نے ان کا استقبال کیا۔ حفتر نے جنگ بندی کے عزم کا اعادہ کیا۔ منگل کو وہ طبرق پہنچے اور عقیلہ صالح سے بات چیت کی۔ کوبیش نے کہا کہ انتخابات وقت پر ہوں گے اور کوبیش بدھ کو قاہرہ میں ہوں گے۔"},
		{"en", "On Monday UN envoy Jan Kubis went to Benghazi, where Khalifa Haftar received him. Haftar reaffirmed his commitment to the ceasefire. On Tuesday he travelled to Tobruk and held talks with Aguila Saleh. Kubis said the elections would be held on time; Kubis will be in Cairo on Wednesday."},
		{"de", "Am Montag reiste der UN-Gesandte Ján Kubiš nach Bengasi, wo ihn Chalifa Haftar empfing. Haftar bekräftigte sein Bekenntnis zur Waffenruhe. Am Dienstag reiste er nach Tobruk weiter und sprach mit Aguila Saleh. Kubiš sagte, die Wahlen würden pünktlich stattfinden; Kubiš wird am Mittwoch in Kairo erwartet."},
		{"fr", "Lundi, l'émissaire de l'ONU Ján Kubiš s'est rendu à Benghazi, où Khalifa Haftar l'a reçu. Haftar a réaffirmé son attachement au cessez-le-feu. Mardi, il s'est rendu à Tobrouk et s'est entretenu avec Aguila Saleh. Kubiš a déclaré que les élections auraient lieu à temps ; Kubiš est attendu mercredi au Caire."},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, [][]string{{"jan-kubis", "khalifa-haftar"}, {"jan-kubis", "aguila-saleh-issa"}})
	}
}

// TestTalksOnlyUrgedAreNoMeeting: a meeting noun governed by a noun of
// direction or restoration ("مذاکرات کی طرف", towards talks; "مذاکرات کی
// بحالی", the resumption of talks; "the resumption of talks",
// "возобновлению переговоров") is talks urged or pushed for, no meeting
// of those who urge them.
func TestTalksOnlyUrgedAreNoMeeting(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"ur", "روسی صدر ولادیمیر پوتن اور ترک صدر رجب طیب ایردوان نے لیبیا میں سیاسی مذاکرات کی بحالی پر زور دیا۔"},
		{"ur", "ترکی اور روس اب خلیفہ حفتر کو فائز السراج کے ساتھ مذاکرات کی طرف دھکیل رہے ہیں۔"},
		{"ur", "مصر اور الجزائر نے لیبیائی فریقوں کے درمیان بات چیت کی بحالی کی حمایت کی۔"},
		{"en", "Vladimir Putin and Recep Tayyip Erdogan urged the resumption of talks between the Libyan sides."},
		{"ru", "Владимир Путин и Реджеп Тайип Эрдоган призвали к возобновлению переговоров между ливийскими сторонами."},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, nil)
	}
}
