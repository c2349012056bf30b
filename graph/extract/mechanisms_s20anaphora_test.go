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
