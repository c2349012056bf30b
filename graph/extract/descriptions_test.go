package extract

import (
	"reflect"
	"slices"
	"testing"
)

// TestDefiniteDescriptions: a title used without a name ("the UN envoy",
// "اقوام متحدہ کے ایلچی", "den Außenminister") is the person the article
// introduced with that title, never the organisation or country that
// qualifies it; with no such person it stays unresolved.
func TestDefiniteDescriptions(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       [][]string // participants of each meeting, in order
	}{
		{"en", "UN envoy Ján Kubiš met Khalifa Haftar in Benghazi on Monday. The UN envoy will meet Prime Minister Abdul Hamid Dbeibah in Tripoli on Thursday.",
			[][]string{{"jan-kubis", "khalifa-haftar"}, {"jan-kubis", "abdul-hamid-dbeibah"}}},
		{"ur", "اقوام متحدہ کے ایلچی یان کوبیش نے بن غازی میں خلیفہ حفتر سے ملاقات کی۔ اقوام متحدہ کے ایلچی جمعرات کو طرابلس میں وزیر اعظم عبدالحمید دبیبہ سے ملیں گے۔",
			[][]string{{"jan-kubis", "khalifa-haftar"}, {"jan-kubis", "abdul-hamid-dbeibah"}}},
		{"de", "Der türkische Außenminister Mevlüt Çavuşoğlu traf am Montag Fayez al-Sarradsch. Am Dienstag empfing Chalifa Haftar den Außenminister.",
			[][]string{{"mevlut-cavusoglu", "fayez-al-sarraj"}, {"khalifa-haftar", "mevlut-cavusoglu"}}},
		// a title whose complement is a list set off by commas ("Minister of
		// Foreign Affairs, European Union and Cooperation, X") still names
		// X; what the complement names only describes the title
		{"es", "La ministra de Asuntos Exteriores, Unión Europea y Cooperación, Arancha González Laya, llegó el lunes a Roma. Acompañada por el embajador Ignacio Moreno, la ministra se reunió después con Luigi Di Maio.",
			[][]string{{"x-ignacio-moreno", "arancha-gonzalez-laya", "luigi-di-maio"}}},
		{"es", "La ministra de Asuntos Exteriores, Unión Europea y Cooperación, Arancha González Laya, recibió el martes en Madrid a Fayez al Serraj.",
			[][]string{{"arancha-gonzalez-laya", "fayez-al-sarraj"}}},
		// a demonym or a country qualifies the title: the holder of that
		// country, never the last one of another ("il ministro turco" is
		// not Di Maio) and never the name after the verb
		{"en", "Egyptian President Abdel Fattah el-Sisi received Khalifa Haftar in Cairo on Monday. Foreign Minister Sameh Shoukry attended. On Tuesday the Egyptian president phoned Vladimir Putin.",
			[][]string{{"abdel-fattah-el-sisi", "khalifa-haftar"}, {"abdel-fattah-el-sisi", "vladimir-putin"}}},
		{"de", "Der ägyptische Präsident Abdel Fattah al-Sisi empfing am Montag Chalifa Haftar in Kairo. Außenminister Samih Schukri war dabei. Am Dienstag telefonierte der ägyptische Präsident mit Wladimir Putin.",
			[][]string{{"abdel-fattah-el-sisi", "khalifa-haftar", "sameh-shoukry"}, {"abdel-fattah-el-sisi", "vladimir-putin"}}},
		{"fr", "Jean-Yves Le Drian a reçu lundi à Paris Fayez al-Sarraj. Le ministre turc des Affaires étrangères, Mevlüt Çavuşoğlu, était à Alger. Mardi, le ministre turc s'est entretenu au téléphone avec Sabri Boukadoum.",
			[][]string{{"jean-yves-le-drian", "fayez-al-sarraj"}, {"mevlut-cavusoglu", "sabri-boukadoum"}}},
		{"ru", "Президент Египта Абдель Фаттах ас-Сиси в понедельник принял в Каире Халифу Хафтара. Во вторник египетский президент провёл телефонный разговор с Владимиром Путиным.",
			[][]string{{"abdel-fattah-el-sisi", "khalifa-haftar"}, {"abdel-fattah-el-sisi", "vladimir-putin"}}},
		{"tr", "Cumhurbaşkanı Abdulfettah es-Sisi pazartesi günü Kahire'de Hafter'i kabul etti. Salı günü Rusya Devlet Başkanı Vladimir Putin, Mısır Cumhurbaşkanı ile telefonda görüştü.",
			[][]string{{"abdel-fattah-el-sisi", "khalifa-haftar"}, {"vladimir-putin", "abdel-fattah-el-sisi"}}},
		{"ur", "مصری صدر عبدالفتاح السیسی نے قاہرہ میں خلیفہ حفتر سے ملاقات کی۔ منگل کو مصری صدر نے ولادیمیر پوٹن سے ٹیلی فون پر بات کی۔",
			[][]string{{"abdel-fattah-el-sisi", "khalifa-haftar"}, {"abdel-fattah-el-sisi", "vladimir-putin"}}},
		{"it", "Luigi Di Maio ha incontrato Fayez al-Sarraj a Roma lunedì. Martedì il ministro turco ha telefonato a Fayez al-Sarraj.",
			[][]string{{"luigi-di-maio", "fayez-al-sarraj"}}},
		// a title of an organisation's head ("the speaker of the House of
		// Representatives", "спикер Палаты представителей", "le président
		// du Conseil présidentiel") is its head the lexicon knows, named
		// in the article; the organisation only qualifies the title
		{"en", "Heiko Maas met Aguila Saleh in Cairo on Monday. On Tuesday Sameh Shoukry received the speaker of the House of Representatives.",
			[][]string{{"heiko-maas", "aguila-saleh-issa"}, {"sameh-shoukry", "aguila-saleh-issa"}}},
		{"ru", "Сергей Лавров встретился в понедельник с Агилой Салехом. Во вторник Сергей Шойгу принял в Москве спикера Палаты представителей.",
			[][]string{{"sergey-lavrov", "aguila-saleh-issa"}, {"sergei-shoigu", "aguila-saleh-issa"}}},
		{"fr", "Emmanuel Macron a reçu mardi Mohamed el-Menfi à l'Élysée. Jeudi, Jean-Yves Le Drian a rencontré le président du Conseil présidentiel à Tripoli.",
			[][]string{{"emmanuel-macron", "mohamed-al-menfi"}, {"jean-yves-le-drian", "mohamed-al-menfi"}}},
		// an Arabic construct with no title of the lexicon: "رئيس" right
		// before the organisation
		{"ar", "استقبل سيرغي لافروف عقيلة صالح في موسكو. ومن المقرر أن يلتقي رئيس مجلس النواب الليبي يوم الجمعة الرئيس فلاديمير بوتين.",
			[][]string{{"sergey-lavrov", "aguila-saleh-issa"}, {"aguila-saleh-issa", "vladimir-putin"}}},
		// of several named with the title, the one the article is about
		{"it", "Il ministro degli Esteri Luigi Di Maio è arrivato lunedì a Tripoli. Di Maio ha incontrato il ministro dell'Interno, Fathi Bashagha. Martedì il ministro ha incontrato Khalifa Haftar a Bengasi.",
			[][]string{{"luigi-di-maio", "fathi-bashagha"}, {"luigi-di-maio", "khalifa-haftar"}}},
		{"en", "Foreign Minister Heiko Maas arrived in Tripoli on Monday. Maas met Interior Minister Fathi Bashagha. On Tuesday the minister met Khalifa Haftar in Benghazi.",
			[][]string{{"heiko-maas", "fathi-bashagha"}, {"heiko-maas", "khalifa-haftar"}}},
		// nobody named with the title: the one person of the article whose
		// office it names
		{"en", "Khalifa Haftar rejected the truce on Monday. Heiko Maas travelled to Benghazi on Thursday to see the field marshal.",
			[][]string{{"heiko-maas", "khalifa-haftar"}}},
		// no envoy named before: nobody, and not the United Nations
		{"fr", "L'envoyé de l'ONU rencontrera jeudi Abdul Hamid Dbeibah à Tripoli.", nil},
		{"tr", "BM Libya Özel Temsilcisi Perşembe günü Trablus'ta Dbeybe ile görüşecek.", nil},
		{"ur", "اقوام متحدہ کے ایلچی جمعرات کو طرابلس میں وزیر اعظم عبدالحمید دبیبہ سے ملیں گے۔", nil},
	}
	for _, c := range cases {
		var got [][]string
		for _, m := range factsOf(t, x, c.lang, c.text).Meetings {
			ps := participants(m)
			if slices.Contains(ps, "united-nations") {
				t.Errorf("%s %q: the organisation of a title met: %v", c.lang, c.text, ps)
			}
			got = append(got, ps)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s %q: meetings %v, want %v", c.lang, c.text, got, c.want)
		}
	}
}

// TestTitleBeforeApposition: a title whose name follows after what the
// title is of and a comma ("the president of the Sovereign Council, General
// X") names X; it is not the last person the article gave that title.
func TestTitleBeforeApposition(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"es", "Aguila Saleh, presidente de la Cámara de Representantes, viajó a Rabat. El martes, Abdel Fattah al Sisi recibió en El Cairo al presidente del Consejo Soberano de Sudán, el general Abdel Fattah al Burhan."},
		{"es", "El presidente de la Cámara de Representantes, Aguila Saleh, habló en Rabat.\n\nEl lunes Abdel Fattah al Sisi visitó Jartum. El martes, además, había recibido en El Cairo al presidente del Consejo Soberano de Sudán, el general Abdel Fattah al Burhan."},
		{"en", "Aguila Saleh, the president of the House of Representatives, flew to Rabat. On Tuesday Abdel Fattah el-Sisi received the president of Sudan's Sovereign Council, General Abdel Fattah al-Burhan, in Cairo."},
	}
	for _, c := range cases {
		for _, m := range factsOf(t, x, c.lang, c.text).Meetings {
			if p := participants(m); slices.Contains(p, "aguila-saleh-issa") && slices.Contains(p, "abdel-fattah-al-burhan") {
				t.Errorf("%s %q: meeting %v joins Saleh to Burhan", c.lang, c.text, p)
			}
		}
	}
}
