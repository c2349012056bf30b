package extract

import (
	"sort"
	"strings"
	"testing"
)

// unknownIDs lists the ids of the people a text names whom the lexicon
// does not know ("x-…").
func unknownIDs(t *testing.T, x *Extractor, lang, text string) []string {
	t.Helper()
	var out []string
	for id := range factsOf(t, x, lang, text).Mentions {
		if strings.HasPrefix(id, "x-") {
			out = append(out, id)
		}
	}
	sort.Strings(out)
	return out
}

// wantUnknowns: text names exactly the unknown people want.
func wantUnknowns(t *testing.T, x *Extractor, lang, text string, want ...string) {
	t.Helper()
	got := unknownIDs(t, x, lang, text)
	sort.Strings(want)
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("%s %q: unknown people %v, want %v", lang, text, got, want)
	}
}

// TestNameEndsBeforeVerbWords: after a title, an unknown name in Arabic
// script, where no capital tells where it ends, stops before the verb
// words of its clause: Urdu auxiliaries and light verbs ("شامل تھے",
// "سمیت", "کر رہے ہیں") are no part of the name (the `stop` words of
// triggers/ur.yaml).
func TestNameEndsBeforeVerbWords(t *testing.T) {
	x := shipped(t)
	wantUnknowns(t, x, "ur", "وفد میں مشیر طارق الزاوی شامل تھے۔", "x-tariq-al-zawi")
	wantUnknowns(t, x, "ur", "اجلاس میں نائب وزیر خالد الورفلی سمیت کئی حکام نے شرکت کی۔", "x-khalid-al-werfalli")
	wantUnknowns(t, x, "ur", "سفیر ہشام البارونی اس معاملے پر کام کر رہے ہیں۔", "x-hisham-al-barooni")
	wantUnknowns(t, x, "ur", "ملاقات میں مشیر برائے توانائی عمر البرعصی اور دیگر حکام شامل ہیں۔", "x-umar-al-barasi")
}

// TestTurkishDeputyTitle: Turkish writes "deputy minister" as the
// office and a possessive "Yardımcısı" after it ("Bakan Yardımcısı",
// "Başkan Yardımcısı"), capitalised as the title is: it is part of the
// title, not the first word of the name.
func TestTurkishDeputyTitle(t *testing.T) {
	x := shipped(t)
	wantUnknowns(t, x, "tr", "Heyete Dışişleri Bakan Yardımcısı Kemal Özdemir de eşlik etti.", "x-kemal-ozdemir")
	wantUnknowns(t, x, "tr", "Toplantıya Meclis Başkan Yardımcısı Ayşe Demirtaş da katıldı.", "x-ayse-demirtas")
}

// TestRegionAfterTitleIsNoPerson: a region an office covers ("directeur
// Afrique du Nord", "департамента Ближнего Востока", "per il Medio
// Oriente") is a place, never a person, and the name before the comma of
// such a title is still the title's.
func TestRegionAfterTitleIsNoPerson(t *testing.T) {
	x := shipped(t)
	wantUnknowns(t, x, "fr", "Le ministre était accompagné de Paul Marchetti, directeur Afrique du Nord au Quai d'Orsay.", "x-paul-marchetti")
	wantUnknowns(t, x, "es", "Le acompañaba Pedro Almagro, director general para el Magreb y Oriente Próximo.", "x-pedro-almagro")
	wantUnknowns(t, x, "it", "Lo accompagnava Marco Rinaldi, direttore per il Medio Oriente della Farnesina.", "x-marco-rinaldi")
	wantNames(t, x, []nameCase{
		{"ru", "Во встрече участвовал директор департамента Ближнего Востока МИД Олег Сидоренко.", nil, []string{"x-blizhnego-vostoka"}},
		{"en", "Talks with the minister for the Middle East and North Africa followed in Tripoli.", nil, []string{"x-north-africa"}},
	})
}

// TestSurnameWithoutArticle: Urdu (and at times Arabic) writes an Arabic
// surname without its article once the person is named in full ("محمد
// المنفی … منفی نے"); the bare form, which may be a common word ("منفی",
// negative), names the person only after the full name.
func TestSurnameWithoutArticle(t *testing.T) {
	x := shipped(t)
	f := factsOf(t, x, "ur", "ترک صدر نے محمد المنفی کو فون کیا۔ ترک وزیر خارجہ نے بھی بات کی۔ منفی نے 11 فروری کو بن غازی کا دورہ کیا اور خلیفہ حفتر سے ملاقات کی۔")
	if !meetingWithAll(allParts(f), []string{"mohamed-al-menfi", "khalifa-haftar"}) {
		t.Errorf("ur bare surname: meetings %v, want Menfi with Haftar", allParts(f))
	}
	f = factsOf(t, x, "ur", "صدارتی کونسل کے سربراہ محمد المنفی نے طرابلس میں اجلاس کی صدارت کی۔ بعد میں منفی نے بن غازی کا دورہ کیا اور حفتر سے ملاقات کی۔")
	if f.Mentions["mohamed-al-menfi"] < 2 {
		t.Errorf("ur bare surname: mentions %v, want Menfi twice", f.Mentions)
	}
	f = factsOf(t, x, "ur", "وزیر خارجہ نجلاء المنقوش نے انقرہ کا دورہ کیا۔ منقوش نے ترک ہم منصب سے ملاقات کی۔")
	if f.Mentions["najla-mangoush"] < 2 {
		t.Errorf("ur bare surname: mentions %v, want Mangoush twice", f.Mentions)
	}
	wantNames(t, x, []nameCase{
		{"ur", "ماہرین کے مطابق اس فیصلے کے معیشت پر منفی اثرات ہوں گے۔", nil, []string{"mohamed-al-menfi"}},
	})
}

// TestSpanishSpellingOfKhaledHaftar: Spanish writes Khalid "Jaled" and
// the family name "Hafter" as well as "Haftar".
func TestSpanishSpellingOfKhaledHaftar(t *testing.T) {
	x := shipped(t)
	wantNames(t, x, []nameCase{
		{"es", "El vicepresidente se reunió en Sochi con Jaled Hafter, jefe de una brigada del Ejército Nacional Libio.", []string{"khaled-haftar"}, nil},
		{"es", "Según fuentes de Bengasi, Jaled Haftar viajará a El Cairo la próxima semana.", []string{"khaled-haftar"}, nil},
	})
}

// TestRussianArabicNames: an unknown Arab written in Russian is romanised
// as English writes Arabic names, not letter by letter from Russian: a
// given name romanise.yaml lists for Russian takes its English spelling
// in any case ("Хишамом", "Салема", "Фараджу"), and the other words of a
// name with a listed given name or an article read х as h, дж as j, a
// final or intervocalic в as w and у after a consonant as ou. Russian
// and Turkish names keep the plain transliteration.
func TestRussianArabicNames(t *testing.T) {
	x := shipped(t)
	wantUnknowns(t, x, "ru", "Во вторник замминистра провёл телефонный разговор с послом Египта в Москве Хишамом аль-Хадди.", "x-hisham-al-haddi")
	wantUnknowns(t, x, "ru", "Затем Богданов принял посла Ливии в России Салема аль-Кикли.", "x-salem-al-kikli")
	wantUnknowns(t, x, "ru", "Лавров принял делегацию парламента Ливии во главе с депутатом Фараджем аль-Авами.", "x-faraj-al-awami")
	wantUnknowns(t, x, "ru", "В переговорах участвовал депутат Мансур аль-Джабри.", "x-mansour-al-jabri")
	wantUnknowns(t, x, "ru", "С турецкой стороны в консультациях участвовал замминистра Юнус Эмре Караосманоглу.", "x-yunus-emre-karaosmanoglu")
	wantUnknowns(t, x, "ru", "Во встрече участвовал генерал Глеб Сорокин.", "x-gleb-sorokin")
}
