package extract

import "testing"

// TestDayOfThatMonth: a day written with the month the story last named
// ("El 17 de ese mes", "le 17 du même mois", "il 17 dello stesso mese",
// "am 17. desselben Monats", "17 числа того же месяца", "aynı ayın
// 17'sinde", "في 17 من الشهر نفسه", "اسی مہینے کی 17 تاریخ کو", "on the
// 17th of that month") is that month's day, not the paper's month nor the
// day written before it.
func TestDayOfThatMonth(t *testing.T) {
	runDateProbes(t, []dateProbe{
		{"en", "2020-02-20", "Nikos Dendias flew to Benghazi on 20 December. Khalifa Haftar returned the visit in January. On the 17th of that month, he was received in Athens by Kyriakos Mitsotakis.", "kyriakos-mitsotakis", "2020-01-17"},
		{"en", "2020-02-20", "Khalifa Haftar left Moscow on 14 January without signing. On the 17th of the same month, Kyriakos Mitsotakis received him in Athens.", "kyriakos-mitsotakis", "2020-01-17"},
		{"es", "2020-02-20", "Nikos Dendias viajó el 20 de diciembre a Bengasi. Haftar devolvió la visita en enero. El 17 de ese mes, Jalifa Haftar fue recibido en Atenas por Kyriakos Mitsotakis.", "kyriakos-mitsotakis", "2020-01-17"},
		{"es", "2020-02-20", "Jalifa Haftar abandonó Moscú el 14 de enero sin firmar. El 17 de ese mismo mes, Kyriakos Mitsotakis lo recibió en Atenas.", "kyriakos-mitsotakis", "2020-01-17"},
		{"fr", "2020-02-20", "Nikos Dendias s'est rendu à Benghazi le 20 décembre. Khalifa Haftar lui a rendu la visite en janvier. Le 17 de ce mois-là, il a été reçu à Athènes par Kyriakos Mitsotakis.", "kyriakos-mitsotakis", "2020-01-17"},
		{"fr", "2020-02-20", "Khalifa Haftar a quitté Moscou le 14 janvier sans signer. Le 17 du même mois, Kyriakos Mitsotakis l'a reçu à Athènes.", "kyriakos-mitsotakis", "2020-01-17"},
		{"it", "2020-02-20", "Nikos Dendias è volato a Bengasi il 20 dicembre. Khalifa Haftar ha ricambiato la visita a gennaio. Il 17 di quel mese è stato ricevuto ad Atene da Kyriakos Mitsotakis.", "kyriakos-mitsotakis", "2020-01-17"},
		{"it", "2020-02-20", "Khalifa Haftar ha lasciato Mosca il 14 gennaio senza firmare. Il 17 dello stesso mese Kyriakos Mitsotakis lo ha ricevuto ad Atene.", "kyriakos-mitsotakis", "2020-01-17"},
		{"de", "2020-02-20", "Chalifa Haftar verließ Moskau am 14. Januar, ohne zu unterschreiben. Am 17. desselben Monats empfing Kyriakos Mitsotakis Haftar in Athen.", "kyriakos-mitsotakis", "2020-01-17"},
		{"de", "2020-02-20", "Nikos Dendias reiste am 20. Dezember nach Bengasi. Chalifa Haftar erwiderte den Besuch im Januar. Am 17. jenes Monats empfing ihn Kyriakos Mitsotakis in Athen.", "kyriakos-mitsotakis", "2020-01-17"},
		{"ru", "2020-02-20", "Никос Дендиас 20 декабря прилетел в Бенгази. Халифа Хафтар нанёс ответный визит в январе: 17-го числа того же месяца его принял в Афинах Кириакос Мицотакис.", "kyriakos-mitsotakis", "2020-01-17"},
		{"ru", "2020-02-20", "Халифа Хафтар покинул Москву 14 января, не подписав документ. 17 числа того же месяца Кириакос Мицотакис принял Хафтара в Афинах.", "kyriakos-mitsotakis", "2020-01-17"},
		{"tr", "2020-02-20", "Nikos Dendias 20 Aralık'ta Bingazi'ye gitti. Halife Hafter ziyarete ocak ayında karşılık verdi. Aynı ayın 17'sinde Kiryakos Miçotakis, Hafter'i Atina'da kabul etti.", "kyriakos-mitsotakis", "2020-01-17"},
		{"tr", "2020-02-20", "Halife Hafter 14 Ocak'ta imza atmadan Moskova'dan ayrıldı. O ayın 17'sinde Kiryakos Miçotakis Hafter'i Atina'da kabul etti.", "kyriakos-mitsotakis", "2020-01-17"},
		{"ar", "2020-02-20", "غادر خليفة حفتر موسكو في 14 يناير دون أن يوقع. وفي 17 من الشهر نفسه، استقبل كيرياكوس ميتسوتاكيس حفتر في أثينا.", "kyriakos-mitsotakis", "2020-01-17"},
		{"ur", "2020-02-20", "نیکوس دندیاس 20 دسمبر کو بن غازی گئے۔ خلیفہ حفتر نے جنوری میں جوابی دورہ کیا۔ اسی مہینے کی 17 تاریخ کو کریاکوس میتسوتاکس نے ایتھنز میں حفتر سے ملاقات کی۔", "kyriakos-mitsotakis", "2020-01-17"},
		{"ur", "2020-02-20", "خلیفہ حفتر 14 جنوری کو دستخط کیے بغیر ماسکو سے روانہ ہو گئے۔ اسی ماہ کی 17 تاریخ کو کریاکوس میتسوتاکس نے ایتھنز میں حفتر سے ملاقات کی۔", "kyriakos-mitsotakis", "2020-01-17"},
		// (no date before it: the paper's month, as "this month")
		{"es", "2020-02-20", "El 17 de ese mes, Kyriakos Mitsotakis recibió a Jalifa Haftar en Atenas.", "kyriakos-mitsotakis", "2020-02-17"},
	})
}

// TestBuildingIsItsCity: a meeting at a seat of government named as a
// building ("at the chancellery", "à la chancellerie", "alla cancelleria",
// "im Kanzleramt", "в ведомстве федерального канцлера", "في مقر
// المستشارية", "چانسلری میں"; the Élysée, Palazzo Chigi, the Kremlin,
// Ittihadiya, El Mouradia, Mitiga airport in the languages that lacked
// them) is in the building's city, not in a city the sentence before
// named.
func TestBuildingIsItsCity(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		who        []string
		want       string
	}{
		{"en", "Khalifa Haftar left Moscow last week without signing. On Sunday, Angela Merkel received Haftar at the chancellery before the conference opened.", []string{"angela-merkel", "khalifa-haftar"}, "berlin"},
		{"fr", "Khalifa Haftar a quitté Moscou la semaine dernière sans signer. Dimanche, Angela Merkel a reçu Haftar à la chancellerie avant l'ouverture de la conférence.", []string{"angela-merkel", "khalifa-haftar"}, "berlin"},
		{"it", "Khalifa Haftar ha lasciato Mosca la settimana scorsa senza firmare. Domenica Angela Merkel ha incontrato Haftar alla cancelleria prima dell'apertura dei lavori.", []string{"angela-merkel", "khalifa-haftar"}, "berlin"},
		{"ru", "Халифа Хафтар на прошлой неделе покинул Москву, не подписав документ. В воскресенье Ангела Меркель приняла Хафтара в ведомстве федерального канцлера.", []string{"angela-merkel", "khalifa-haftar"}, "berlin"},
		{"tr", "Halife Hafter geçen hafta imza atmadan Moskova'dan ayrıldı. Angela Merkel pazar günü Hafter'i Şansölyelik binasında kabul etti.", []string{"angela-merkel", "khalifa-haftar"}, "berlin"},
		{"ar", "غادر خليفة حفتر موسكو الأسبوع الماضي دون أن يوقع. واستقبلت أنجيلا ميركل حفتر يوم الأحد في مقر المستشارية قبل افتتاح المؤتمر.", []string{"angela-merkel", "khalifa-haftar"}, "berlin"},
		{"ur", "خلیفہ حفتر گزشتہ ہفتے دستخط کیے بغیر ماسکو سے روانہ ہو گئے تھے۔ اتوار کو انجیلا مرکل نے چانسلری میں حفتر سے ملاقات کی۔", []string{"angela-merkel", "khalifa-haftar"}, "berlin"},
		{"ar", "وصل فايز السراج من طرابلس يوم الاثنين. واستقبله إيمانويل ماكرون في قصر الإليزيه يوم الثلاثاء.", []string{"emmanuel-macron", "fayez-al-sarraj"}, "paris"},
		{"ru", "Файез Сарадж прилетел из Триполи в понедельник. Во вторник Эмманюэль Макрон принял его в Елисейском дворце.", []string{"emmanuel-macron", "fayez-al-sarraj"}, "paris"},
		{"tr", "Fayiz es-Serrac pazartesi günü Trablus'tan geldi. Emmanuel Macron salı günü Serrac'ı Elysee Sarayı'nda kabul etti.", []string{"emmanuel-macron", "fayez-al-sarraj"}, "paris"},
		{"ur", "فائز السراج پیر کو طرابلس سے پہنچے۔ منگل کو ایمانوئل میکرون نے ایلیزے پیلس میں فائز السراج سے ملاقات کی۔", []string{"emmanuel-macron", "fayez-al-sarraj"}, "paris"},
		{"ru", "Халифа Хафтар прилетел из Бенгази в понедельник. Во вторник Джузеппе Конте принял его в палаццо Киджи.", []string{"giuseppe-conte", "khalifa-haftar"}, "rome"},
		{"tr", "Halife Hafter pazartesi günü Bingazi'den geldi. Giuseppe Conte salı günü Hafter'i Chigi Sarayı'nda kabul etti.", []string{"giuseppe-conte", "khalifa-haftar"}, "rome"},
		{"ur", "خلیفہ حفتر پیر کو بن غازی سے پہنچے۔ منگل کو جوزپے کونٹے نے پالازو کیگی میں خلیفہ حفتر سے ملاقات کی۔", []string{"giuseppe-conte", "khalifa-haftar"}, "rome"},
		{"ur", "رجب طیب اردوان پیر کو انقرہ سے پہنچے۔ منگل کو ولادیمیر پوتن نے کریملن میں رجب طیب اردوان سے ملاقات کی۔", []string{"vladimir-putin", "recep-tayyip-erdogan"}, "moscow"},
		{"ru", "Халифа Хафтар прилетел из Бенгази в понедельник. Во вторник Абдель Фаттах ас-Сиси принял его во дворце Иттихадия.", []string{"abdel-fattah-el-sisi", "khalifa-haftar"}, "cairo"},
		{"tr", "Halife Hafter pazartesi günü Bingazi'den geldi. Abdulfettah es-Sisi salı günü Hafter'i İttihadiye Sarayı'nda kabul etti.", []string{"abdel-fattah-el-sisi", "khalifa-haftar"}, "cairo"},
		{"de", "Chalifa Haftar kam am Montag aus Bengasi. Am Dienstag empfing ihn Abdel Fattah al-Sisi im Ittihadija-Palast.", []string{"abdel-fattah-el-sisi", "khalifa-haftar"}, "cairo"},
		{"ur", "خلیفہ حفتر پیر کو بن غازی سے پہنچے۔ منگل کو عبدالفتاح السیسی نے قصر الاتحادیہ میں خلیفہ حفتر سے ملاقات کی۔", []string{"abdel-fattah-el-sisi", "khalifa-haftar"}, "cairo"},
		{"ru", "Файез Сарадж прилетел из Триполи в понедельник. Во вторник Абдельмаджид Теббун принял его во дворце Эль-Мурадия.", []string{"abdelmadjid-tebboune", "fayez-al-sarraj"}, "algiers"},
		{"tr", "Fayiz es-Serrac pazartesi günü Trablus'tan geldi. Abdülmecid Tebbun salı günü Serrac'ı Muradiye Sarayı'nda kabul etti.", []string{"abdelmadjid-tebboune", "fayez-al-sarraj"}, "algiers"},
		{"ur", "لوئیگی دی مایو پیر کو روم سے روانہ ہوئے۔ منگل کو معیتیقہ ہوائی اڈے پر فائز السراج نے لوئیگی دی مایو کا استقبال کیا۔", []string{"luigi-di-maio", "fayez-al-sarraj"}, "tripoli"},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-01-20", "Title\n\n"+c.text)
		if _, place, ok := meetingOn(f, c.who); !ok || place != c.want {
			t.Errorf("%s %q: meeting of %v at %q (found %v), want %s; meetings %v", c.lang, c.text, c.who, place, ok, c.want, placed(f))
		}
	}
}

// TestMeetingBeforeTheConferenceIsAtTheConference: a meeting dated by
// the event its phrase names ("before the conference", "vor der
// Konferenz", "avant la conférence", "konferans öncesinde", "کانفرنس سے
// پہلے", "قبل المؤتمر") and placed nowhere in its clause is held where
// that event was, the city named beside its noun before ("The conference
// in Berlin", "la conferenza di Berlino", "برلن کانفرنس", "dün Berlin'de
// düzenlenen konferans"), not in a city an earlier sentence named; and
// its day is the day written nearest that noun, not the first day of the
// sentence ("12 Ocak'ta başlayan ateşkes, dün Berlin'de düzenlenen
// konferansla").
func TestMeetingBeforeTheConferenceIsAtTheConference(t *testing.T) {
	x := shipped(t)
	who := []string{"angela-merkel", "khalifa-haftar"}
	cases := []struct{ lang, text, date string }{
		{"en", "Khalifa Haftar left Moscow on 14 January without signing. The conference in Berlin opened on 19 January. Before the conference, Angela Merkel met Haftar.", "2020-01-19"},
		{"de", "Chalifa Haftar verließ Moskau am 14. Januar, ohne zu unterschreiben. Die Libyen-Konferenz in Berlin begann am 19. Januar. Vor der Konferenz traf Angela Merkel Haftar.", "2020-01-19"},
		{"fr", "Khalifa Haftar a quitté Moscou le 14 janvier sans signer. La conférence de Berlin s'est ouverte le 19 janvier. Avant la conférence, Angela Merkel a rencontré Haftar.", "2020-01-19"},
		{"it", "Khalifa Haftar ha lasciato Mosca il 14 gennaio senza firmare. La conferenza di Berlino si è aperta il 19 gennaio. Prima della conferenza Angela Merkel ha incontrato Haftar.", "2020-01-19"},
		{"es", "Jalifa Haftar abandonó Moscú el 14 de enero sin firmar. La conferencia de Berlín se abrió el 19 de enero. Antes de la conferencia, Angela Merkel se reunió con Haftar.", "2020-01-19"},
		{"ru", "Халифа Хафтар покинул Москву 14 января, не подписав документ. Конференция в Берлине открылась 19 января. Перед конференцией Ангела Меркель встретилась с Хафтаром.", "2020-01-19"},
		{"tr", "Halife Hafter 14 Ocak'ta imza atmadan Moskova'dan ayrıldı. Berlin'deki konferans 19 Ocak'ta başladı. Angela Merkel konferans öncesinde Hafter ile görüştü.", "2020-01-19"},
		{"ur", "خلیفہ حفتر 14 جنوری کو دستخط کیے بغیر ماسکو سے روانہ ہو گئے۔ برلن کانفرنس 19 جنوری کو شروع ہوئی۔ کانفرنس سے پہلے انجیلا مرکل نے حفتر سے ملاقات کی۔", "2020-01-19"},
		{"tr", "Libya'da 12 Ocak'ta başlayan ateşkes, dün Berlin'de düzenlenen konferansla yeni bir aşamaya geçti. Merkel, konferans öncesinde Hafter ile ayrıca görüştü.", "2020-01-24"},
		// (the day: the article's noun lacks the phrase's article, left)
		{"ar", "غادر خليفة حفتر موسكو في 14 يناير دون أن يوقع. وانطلق مؤتمر برلين في 19 يناير. وقبل المؤتمر، التقت أنجيلا ميركل حفتر.", ""},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-01-25", "Title\n\n"+c.text)
		date, place, ok := meetingOn(f, who)
		if !ok || place != "berlin" || c.date != "" && date != c.date {
			t.Errorf("%s %q: meeting of %v on %q at %q (found %v), want %s at berlin; meetings %v", c.lang, c.text, who, date, place, ok, c.date, placed(f))
		}
	}
}

// TestTheSameDayOpensAClause: a day counted from the one the clause
// before told, set beside it by a comma, with a relative word or none
// ("…, the same day Heiko Maas held talks", "…, el mismo día en que el
// ministro alemán Heiko Maas se entrevistaba", "…, le jour même où", "…,
// lo stesso giorno in cui", "…, am selben Tag, an dem", "— в тот же день,
// когда"), opens a clause whose subject is the name after it: Maas met
// Dendias, on that day; the caller of the clause before met no one.
func TestTheSameDayOpensAClause(t *testing.T) {
	x := shipped(t)
	who := []string{"heiko-maas", "nikos-dendias"}
	for _, c := range []struct{ lang, text string }{
		{"en", "Angela Merkel phoned Recep Tayyip Erdoğan on 25 August, the same day Heiko Maas held talks with Nikos Dendias in Athens."},
		{"es", "Angela Merkel habló por teléfono con Erdoğan el 25 de agosto, el mismo día en que Heiko Maas se entrevistaba en Atenas con Nikos Dendias."},
		{"es", "Angela Merkel habló por teléfono con Erdoğan y con Mitsotakis el 25 de agosto, el mismo día en que el ministro alemán Heiko Maas se reunía en Atenas con Nikos Dendias."},
		{"fr", "Angela Merkel a téléphoné à Recep Tayyip Erdoğan le 25 août, le jour même où Heiko Maas s'entretenait à Athènes avec Nikos Dendias."},
		{"it", "Angela Merkel ha telefonato a Recep Tayyip Erdoğan il 25 agosto, lo stesso giorno in cui Heiko Maas incontrava ad Atene Nikos Dendias."},
		{"de", "Angela Merkel telefonierte am 25. August mit Recep Tayyip Erdoğan, am selben Tag, an dem Heiko Maas in Athen mit Nikos Dendias zusammentraf."},
	} {
		f := factsOn(t, x, c.lang, "2020-09-10", "Title\n\n"+c.text)
		date, place, ok := meetingOn(f, who)
		if !ok || date != "2020-08-25" || place != "athens" {
			t.Errorf("%s %q: meeting of %v on %q at %q (found %v), want 2020-08-25 at athens; meetings %v", c.lang, c.text, who, date, place, ok, placed(f))
		}
		if _, _, bad := meetingOn(f, []string{"angela-merkel", "nikos-dendias"}); bad {
			t.Errorf("%s %q: Merkel put in Maas's meeting; meetings %v", c.lang, c.text, placed(f))
		}
	}
}
