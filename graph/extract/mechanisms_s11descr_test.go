package extract

import (
	"strings"
	"testing"
)

// TestHostAndGuestDescriptionsSpeak: a host or guest noun opening the
// clause of a speech verb, with no name after it ("The host said", "Sein
// Gast sagte", "El anfitrión aseguró", "Гость … сказал", "وأضاف الضيف
// الإيطالي"), is the host (the guest) of the meeting told before, the
// partner of the one who spoke last; a guest noun qualified by a country
// is the guest of that country.
func TestHostAndGuestDescriptionsSpeak(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"en", "Turkish Foreign Minister Mevlüt Çavuşoğlu was received in Tripoli on Monday by Fayez al-Sarraj. Çavuşoğlu said Turkey would not leave Libya. The host said his government would reject any ceasefire.", "government would reject", "fayez-al-sarraj"},
		{"de", "Der algerische Außenminister Sabri Boukadoum wurde am Dienstag in Berlin von Heiko Maas empfangen. Maas sagte, Algerien sei ein unverzichtbarer Partner. Sein Gast sagte, seit Januar sei zu wenig geschehen.", "zu wenig geschehen", "sabri-boukadoum"},
		{"es", "El ministro turco Mevlüt Çavuşoğlu fue recibido el lunes en Trípoli por Fayez al Serraj. Çavuşoğlu dijo que Turquía seguirá en Libia. El anfitrión, por su parte, aseguró que el Gobierno no aceptará ningún alto el fuego.", "ningún alto el fuego", "fayez-al-sarraj"},
		{"it", "Il ministro turco Mevlüt Çavuşoğlu è stato ricevuto lunedì a Tripoli da Fayez al-Sarraj. Çavuşoğlu ha detto che la Turchia resterà in Libia. Il padrone di casa ha detto che il governo non accetterà alcuna tregua.", "alcuna tregua", "fayez-al-sarraj"},
		{"ru", "Агилу Салеха в понедельник принял в Москве Сергей Лавров. Лавров заявил, что Россия поддерживает политический диалог. Гость, в свою очередь, сказал, что парламент готов к переговорам.", "готов к переговорам", "aguila-saleh-issa"},
		{"ar", "استقبل رئيس المجلس الرئاسي فائز السراج في طرابلس يوم الأربعاء وزير الخارجية الإيطالي لويجي دي مايو. وقال السراج إن إيطاليا شريك مهم. وأضاف الضيف الإيطالي أن بلاده تتحدث مع جميع الأطراف.", "تتحدث مع جميع الأطراف", "luigi-di-maio"},
	})
}

// TestUnresolvedDescriptionIsNoOnesWords: a host or guest noun opening a
// speech verb's clause, in an article that tells no meeting it could be
// the host or guest of, is someone the article leaves unnamed: the words
// are not the last speaker's.
func TestUnresolvedDescriptionIsNoOnesWords(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, frag string }{
		{"en", "Heiko Maas said Germany would keep talking to all sides. The host said the conference would go ahead in January.", "conference would go ahead"},
		{"es", "Heiko Maas dijo que Alemania seguirá hablando con todas las partes. El anfitrión aseguró que la conferencia se celebrará en enero.", "conferencia se celebrará"},
		{"de", "Heiko Maas sagte, Deutschland werde mit allen Seiten sprechen. Der Gastgeber sagte, die Konferenz finde im Januar statt.", "Konferenz finde"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		for _, s := range f.Statements {
			if strings.Contains(s.Text, c.frag) {
				t.Errorf("%s %q: statement of %q, want none", c.lang, c.text, s.Speaker)
			}
		}
	}
}

// TestGuestOfACountry: a guest noun qualified by a country ("le visiteur
// français", "الضيف المصري") is the person of that country named before,
// the one who heads the delegation when several are.
func TestGuestOfACountry(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"fr", "Jean-Yves Le Drian est arrivé mardi au Caire pour une tournée régionale. L'après-midi, le président Abdel Fattah al-Sissi a reçu le visiteur français au palais d'Ittihadiya.", []string{"abdel-fattah-el-sisi", "jean-yves-le-drian"}},
		{"ar", "قال وزير الخارجية الإيطالي لويجي دي مايو إن بلاده تدعم الحوار بين الليبيين. واستقبل الرئيس عبد الفتاح السيسي الضيف الإيطالي في قصر الاتحادية يوم الثلاثاء.", []string{"abdel-fattah-el-sisi", "luigi-di-maio"}},
		{"it", "Il ministro degli Esteri Luigi Di Maio ha detto che l'Italia sostiene il dialogo. Martedì il presidente Abdel Fattah al-Sisi ha ricevuto l'ospite italiano al palazzo Ittihadiya.", []string{"abdel-fattah-el-sisi", "luigi-di-maio"}},
		{"es", "El ministro de Exteriores italiano, Luigi Di Maio, dijo que Italia apoya el diálogo. El martes, el presidente Abdel Fattah al Sisi recibió al visitante italiano en el palacio de Ittihadiya.", []string{"abdel-fattah-el-sisi", "luigi-di-maio"}},
		{"ru", "Министр иностранных дел Италии Луиджи Ди Майо заявил, что Италия поддерживает диалог. Во вторник президент Абдель Фаттах ас-Сиси принял итальянского гостя во дворце Иттихадия.", []string{"abdel-fattah-el-sisi", "luigi-di-maio"}},
		{"tr", "İtalya Dışişleri Bakanı Luigi Di Maio, İtalya'nın diyaloğu desteklediğini söyledi. Cumhurbaşkanı Abdulfettah es-Sisi salı günü İtalyan konuğu İttihadiye Sarayı'nda kabul etti.", []string{"abdel-fattah-el-sisi", "luigi-di-maio"}},
		{"ur", "اطالوی وزیر خارجہ لوئیجی دی مائیو نے کہا کہ اٹلی مذاکرات کی حمایت کرتا ہے۔ منگل کو صدر عبدالفتاح السیسی نے اطالوی مہمان کا اتحادیہ محل میں استقبال کیا۔", []string{"abdel-fattah-el-sisi", "luigi-di-maio"}},
		{"en", "Italian Foreign Minister Luigi Di Maio landed in Cairo on Tuesday morning. In the afternoon President Abdel Fattah el-Sisi received the Italian guest at the Ittihadiya palace.", []string{"abdel-fattah-el-sisi", "luigi-di-maio"}},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		found := false
		for _, p := range allParts(f) {
			if sameParts(p, c.want) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s %q: meetings %q, want %q", c.lang, c.text, allParts(f), c.want)
		}
	}
}

// TestEpithetStandsForItsActor: an epithet the lexicon gives an actor
// ("the Libyan strongman", "l'homme fort de l'Est", "el hombre fuerte del
// este libio", "der starke Mann Ostlibyens", "фельдмаршал", "الرجل القوي
// في شرق ليبيا", "فیلڈ مارشل"), with no name after it, is that actor once
// the article has named him; before that it stands for no one.
func TestEpithetStandsForItsActor(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"en", "Khalifa Haftar has refused to withdraw from Sirte. On Monday Heiko Maas met Sameh Shoukry in Cairo. On Tuesday the Libyan strongman phoned Vladimir Putin.", [][]string{{"heiko-maas", "sameh-shoukry"}, {"khalifa-haftar", "vladimir-putin"}}},
		{"fr", "Khalifa Haftar refuse de se retirer de Syrte. Lundi, Heiko Maas a rencontré Sameh Choukri au Caire. Mardi, l'homme fort de l'Est libyen a téléphoné à Vladimir Poutine.", [][]string{{"heiko-maas", "sameh-shoukry"}, {"khalifa-haftar", "vladimir-putin"}}},
		{"es", "Jalifa Haftar se niega a retirarse de Sirte. El lunes, Heiko Maas se reunió con Sameh Shoukry en El Cairo. El martes, el hombre fuerte del este libio habló por teléfono con Vladímir Putin.", [][]string{{"heiko-maas", "sameh-shoukry"}, {"khalifa-haftar", "vladimir-putin"}}},
		{"it", "Khalifa Haftar rifiuta di ritirarsi da Sirte. Lunedì Heiko Maas ha incontrato Sameh Shoukry al Cairo. Martedì l'uomo forte della Cirenaica ha telefonato a Vladimir Putin.", [][]string{{"heiko-maas", "sameh-shoukry"}, {"khalifa-haftar", "vladimir-putin"}}},
		{"de", "Chalifa Haftar weigert sich, aus Sirte abzuziehen. Am Montag traf Heiko Maas in Kairo Sameh Schukri. Am Dienstag telefonierte der starke Mann Ostlibyens mit Wladimir Putin.", [][]string{{"heiko-maas", "sameh-shoukry"}, {"khalifa-haftar", "vladimir-putin"}}},
		{"ru", "Халифа Хафтар отказывается уходить из Сирта. В понедельник Хайко Маас встретился в Каире с Самехом Шукри. Во вторник фельдмаршал провел телефонный разговор с Владимиром Путиным.", [][]string{{"heiko-maas", "sameh-shoukry"}, {"khalifa-haftar", "vladimir-putin"}}},
		{"ar", "يرفض خليفة حفتر الانسحاب من سرت. وأجرى الرجل القوي في شرق ليبيا يوم الثلاثاء اتصالا هاتفيا مع فلاديمير بوتين.", [][]string{{"khalifa-haftar", "vladimir-putin"}}},
		{"ur", "خلیفہ حفتر نے سرت سے پیچھے ہٹنے سے انکار کیا ہے۔ منگل کو فیلڈ مارشل نے ولادیمیر پوٹن سے ٹیلی فون پر بات کی۔", [][]string{{"khalifa-haftar", "vladimir-putin"}}},
		// not named before: the epithet is no one the article told
		{"en", "On Tuesday the Libyan strongman phoned Vladimir Putin. Khalifa Haftar has refused to withdraw from Sirte.", nil},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, c.want)
	}
}

// TestHostAndGuestByThePlace: after a meeting told with no host ("met",
// "ملاقات کی", "se reunió"), the host is its participant at home in the
// place's country and the guest the one from abroad.
func TestHostAndGuestByThePlace(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"en", "Sergey Lavrov met Aguila Saleh in Moscow on Monday. The guest said that parliament was ready for talks.", "ready for talks", "aguila-saleh-issa"},
		{"es", "Heiko Maas se reunió el lunes en Trípoli con Fayez al Serraj. El anfitrión aseguró que el Gobierno no aceptará ningún alto el fuego.", "ningún alto el fuego", "fayez-al-sarraj"},
		{"ur", "روس کے وزیر خارجہ سرگئی لاوروف نے پیر کے روز ماسکو میں عقیلہ صالح سے ملاقات کی۔ مہمان اسپیکر نے بتایا کہ پارلیمان مذاکرات کے لیے تیار ہے۔", "مذاکرات کے لیے تیار", "aguila-saleh-issa"},
	})
}

// TestGermanGegenueberIsTheCounterpart: "sein Gegenüber", "ihrem
// Gegenüber" is the counterpart: as a speaker, the partner of the one
// who spoke last, never that speaker himself.
func TestGermanGegenueberIsTheCounterpart(t *testing.T) {
	x := shipped(t)
	text := "Heiko Maas empfing am Dienstag Sabri Boukadoum in Berlin. Maas sagte, Algerien sei ein unverzichtbarer Partner. Sein Gegenüber sagte, seit Januar sei zu wenig geschehen."
	f := factsOf(t, x, "de", "Title\n\n"+text)
	got := ""
	for _, s := range f.Statements {
		if strings.Contains(s.Text, "zu wenig geschehen") {
			got = s.Speaker
		}
	}
	if got != "sabri-boukadoum" {
		t.Errorf("speaker %q, want sabri-boukadoum", got)
	}
}

// speakerCase is a text whose statement holding frag must be want's.
type speakerCase struct{ lang, text, frag, want string }

func wantSpeakersOf(t *testing.T, x *Extractor, cases []speakerCase) {
	t.Helper()
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		got := ""
		var all []string
		for _, s := range f.Statements {
			all = append(all, s.Speaker+": "+s.Text)
			if strings.Contains(s.Text, c.frag) {
				got = s.Speaker
			}
		}
		if got != c.want {
			t.Errorf("%s %q: speaker %q, want %q (statements %q)", c.lang, c.text, got, c.want, all)
		}
	}
}
