package extract

import (
	"testing"

	"github.com/parley/parley/graph"
)

// TestOfficeSeatBeforeName: the seat of the office a title names may stand
// between the office and the person who holds it ("رئيس المجلس الأعلى
// للدولة في طرابلس خالد المشري", "the Speaker of the House in Tobruk Aguila
// Saleh"); the person speaks, not the office. An office with a seat and no
// name after it still speaks for its country.
func TestOfficeSeatBeforeName(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"ar", "وقال رئيس مجلس النواب في طبرق عقيلة صالح إن البرلمان مستعد لاستئناف الحوار.", "aguila-saleh-issa"},
		{"ar", "وأكد رئيس المجلس الرئاسي بطرابلس فائز السراج أن حكومته ترفض أي هدنة مشروطة.", "fayez-al-sarraj"},
		{"ar", "وقالت وزارة الخارجية في القاهرة إن الحكومة تتابع التطورات عن كثب.", "egypt"},
		{"en", "The Speaker of the House of Representatives in Tobruk Aguila Saleh said parliament was ready to resume the dialogue.", "aguila-saleh-issa"},
	}
	for _, c := range cases {
		wantOnlySpeaker(t, x, c.lang, "Title\n\n"+c.text, c.want)
	}
}

// TestForcesOwnerIsNoParty: whose troops or offensive a meeting or call is
// about is no party to it ("the withdrawal of Haftar's forces", "انسحاب
// قوات حفتر", "le forze di Haftar", "силы Хафтара", "Hafter'e bağlı
// güçler", "حفتر کی افواج"), while a commander named by a title that
// holds a forces word still takes part ("قومی فوج کے کمانڈر خلیفہ حفتر نے
// ان کا استقبال کیا").
func TestForcesOwnerIsNoParty(t *testing.T) {
	x := shipped(t)
	sisiMacron := [][]string{{"abdel-fattah-el-sisi", "emmanuel-macron"}}
	for _, c := range []struct{ lang, text string }{
		{"en", "Sisi spoke by phone with Macron on Tuesday about the withdrawal of Haftar's forces from Sirte."},
		{"ar", "وبحث السيسي مع ماكرون هاتفياً يوم الثلاثاء انسحاب قوات المشير خليفة حفتر من سرت."},
		{"fr", "Sissi s'est entretenu mardi au téléphone avec Emmanuel Macron du retrait des forces de Haftar de Syrte."},
		{"it", "Al-Sisi ha avuto martedì un colloquio telefonico con Emmanuel Macron sul ritiro delle forze di Haftar da Sirte."},
		{"es", "Al Sisi habló por teléfono el martes con Emmanuel Macron sobre la retirada de las fuerzas de Haftar de Sirte."},
		{"ru", "Ас-Сиси во вторник провел телефонный разговор с Эммануэлем Макроном об отводе сил Хафтара от Сирта."},
		{"tr", "Sisi salı günü Macron ile telefonda görüşerek Hafter'e bağlı güçlerin Sirte'den çekilmesini ele aldı."},
		{"ur", "سیسی نے منگل کو ماکروں سے ٹیلی فون پر بات کی جس میں حفتر کی افواج کے سرت سے انخلا پر تبادلہ خیال ہوا۔"},
	} {
		wantAllParts(t, x, c.lang, c.text, sisiMacron)
	}
	wantAllParts(t, x, "ur", "پیر کو کوبیش بن غازی گئے جہاں لیبیائی قومی فوج کے کمانڈر خلیفہ حفتر نے ان کا استقبال کیا۔",
		[][]string{{"jan-kubis", "khalifa-haftar"}})
}

// TestSpanishPluralHost: a plural host verb ("recibieron", "acogieron")
// hosts as the singular does; with "por separado" each guest has a
// meeting of their own with both hosts.
func TestSpanishPluralHost(t *testing.T) {
	x := shipped(t)
	wantAllParts(t, x, "es", "Lavrov y Shoigú recibieron por separado a Serraj y a Haftar en Moscú.",
		[][]string{{"sergey-lavrov", "sergei-shoigu", "fayez-al-sarraj"}, {"sergey-lavrov", "sergei-shoigu", "khalifa-haftar"}})
}

// TestTomorrowIsPlanned: a meeting on a day counted forward from the
// paper's ("tomorrow", "غداً", "yarın", "demain") is still to come,
// whatever the tense of its verb; Urdu "کل" (yesterday or tomorrow) follows
// the tense.
func TestTomorrowIsPlanned(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct{ lang, text, want string }{
		{"en", "Tunisian President Kais Saied receives his Algerian counterpart Abdelmadjid Tebboune tomorrow in Carthage for talks on Libya.", graph.StatusPlanned},
		{"ar", "يستقبل الرئيس التونسي قيس سعيد غداً نظيره الجزائري عبد المجيد تبون في قصر قرطاج لبحث الأزمة الليبية.", graph.StatusPlanned},
		{"tr", "Tunus Cumhurbaşkanı Kays Said yarın Cezayir Cumhurbaşkanı Abdulmecid Tebbun'u Kartaca Sarayı'nda ağırlıyor.", graph.StatusPlanned},
		{"ur", "تیونس کے صدر قیس سعید کل الجزائری صدر عبدالمجید تبون سے ملاقات کریں گے۔", graph.StatusPlanned},
		{"ur", "تیونس کے صدر قیس سعید نے کل الجزائری صدر عبدالمجید تبون سے ملاقات کی۔", graph.StatusHeld},
	} {
		f := factsOn(t, x, c.lang, "", "Title\n\n"+c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Status != c.want {
			t.Errorf("%s %q: %d meetings %+v, want one %s", c.lang, c.text, len(f.Meetings), f.Meetings, c.want)
		}
	}
}
