package extract

import "testing"

// TestBeforeTheConferenceTakesTheConferencesDay: "before the conference"
// dates a meeting by the day the article gave the conference earlier, not
// by the event told just before it (here a call of another day).
func TestBeforeTheConferenceTakesTheConferencesDay(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Title\n\nThe conference on Libya opened in Rome on 14 March with twelve delegations.\n\nOn 9 March Sergey Lavrov had spoken by phone with Antonio Guterres.\n\nBefore the conference, Mevlüt Çavuşoğlu met Josep Borrell in a hotel near the venue."},
		{"de", "Titel\n\nDie Konferenz zu Libyen begann am 14. März in Rom mit zwölf Delegationen.\n\nAm 9. März hatte Sergej Lawrow mit António Guterres telefoniert.\n\nVor der Konferenz traf Mevlüt Çavuşoğlu Josep Borrell in einem Hotel nahe dem Tagungsort."},
		{"tr", "Başlık\n\nLibya konferansı 14 Mart'ta Roma'da on iki heyetin katılımıyla başladı.\n\n9 Mart'ta Sergey Lavrov, Antonio Guterres ile telefonda görüşmüştü.\n\nMevlüt Çavuşoğlu konferans başlamadan önce Josep Borrell ile bir otelde bir araya geldi."},
		{"ru", "Заголовок\n\nКонференция по Ливии открылась в Риме 14 марта, в ней участвуют двенадцать делегаций.\n\n9 марта Сергей Лавров провёл телефонный разговор с Антониу Гутерришем.\n\nПеред конференцией Мевлют Чавушоглу встретился с Жозепом Боррелем в гостинице рядом с местом встречи."},
		{"ar", "عنوان\n\nافتتح المؤتمر الدولي حول ليبيا أعماله في روما يوم 14 مارس بمشاركة اثنتي عشرة دولة.\n\nوفي 9 مارس أجرى سيرغي لافروف اتصالا هاتفيا مع أنطونيو غوتيريش.\n\nوقبل المؤتمر، التقى مولود تشاووش أوغلو جوزيب بوريل في فندق قرب مقر الاجتماعات."},
		{"ur", "عنوان\n\nلیبیا پر کانفرنس 14 مارچ کو روم میں شروع ہوئی جس میں بارہ وفود شریک ہیں۔\n\n9 مارچ کو سرگئی لاوروف نے انتونیو گوتریس سے ٹیلی فون پر بات کی تھی۔\n\nمولود چاؤش اوغلو نے کانفرنس سے قبل ایک ہوٹل میں جوزپ بوریل سے ملاقات کی۔"},
	}
	want := []string{"mevlut-cavusoglu", "josep-borrell"}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-03-15", c.text)
		if !heldOn(f, "", want, 3, 14) {
			t.Errorf("%s: meetings %v, want Çavuşoğlu–Borrell on 03-14", c.lang, dated(f))
		}
	}
}

// TestCountedFromTheConference: "the day after the summit" counts from the
// summit's day written earlier.
func TestCountedFromTheConference(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Title\n\nThe summit on Libya was held in Rome on 14 March.\n\nOn 9 March Sergey Lavrov had spoken by phone with Antonio Guterres.\n\nThe day after the summit, Mevlüt Çavuşoğlu met Josep Borrell in Brussels."},
		{"de", "Titel\n\nDer Gipfel zu Libyen fand am 14. März in Rom statt.\n\nAm 9. März hatte Sergej Lawrow mit António Guterres telefoniert.\n\nAm Tag nach dem Gipfel traf Mevlüt Çavuşoğlu Josep Borrell in Brüssel."},
	}
	want := []string{"mevlut-cavusoglu", "josep-borrell"}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-03-20", c.text)
		if !heldOn(f, "", want, 3, 15) {
			t.Errorf("%s: meetings %v, want Çavuşoğlu–Borrell on 03-15", c.lang, dated(f))
		}
	}
}

// TestBeforeTheConferenceOwnDayWins: a day written next to the phrase is
// the meeting's own ("on Wednesday, before the conference").
func TestBeforeTheConferenceOwnDayWins(t *testing.T) {
	x := shipped(t)
	f := factsOn(t, x, "en", "2020-03-15", "Title\n\nThe conference on Libya opened in Rome on 14 March.\n\nOn Wednesday, before the conference, Mevlüt Çavuşoğlu met Josep Borrell in Rome.")
	if !heldOn(f, "", []string{"mevlut-cavusoglu", "josep-borrell"}, 3, 11) {
		t.Errorf("meetings %v, want Çavuşoğlu–Borrell on 03-11", dated(f))
	}
}

// TestLaterInTheTripKeepsTheDay: "later" opening the next stop of a trip
// (Urdu "بعد ازاں", Turkish "daha sonra", Italian "subito dopo", Arabic
// "وفي وقت لاحق", Spanish "posteriormente", Russian "позднее") goes on with the day of the meeting told before it.
func TestLaterInTheTripKeepsTheDay(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"ur", "عنوان\n\nترک وزیر خارجہ مولود چاؤش اوغلو نے 12 مارچ کو روم میں اطالوی وزیر خارجہ لوئیجی دی مایو سے ملاقات کی۔\n\nبعد ازاں مولود چاؤش اوغلو نے جوزپ بوریل سے ملاقات کی۔"},
		{"tr", "Başlık\n\nDışişleri Bakanı Mevlüt Çavuşoğlu 12 Mart'ta Roma'da İtalyan mevkidaşı Luigi Di Maio ile görüştü.\n\nÇavuşoğlu daha sonra Josep Borrell ile bir araya gelerek Libya'daki son durumu ele aldı."},
		{"it", "Titolo\n\nIl 12 marzo a Roma il ministro turco Mevlüt Çavuşoğlu ha incontrato il collega Luigi Di Maio.\n\nSubito dopo Çavuşoğlu ha incontrato Josep Borrell."},
		{"es", "Título\n\nEl 12 de marzo en Roma el ministro turco Mevlüt Çavuşoğlu se reunió con su homólogo Luigi Di Maio.\n\nPosteriormente, Çavuşoğlu se reunió con Josep Borrell."},
		{"ru", "Заголовок\n\n12 марта в Риме Мевлют Чавушоглу встретился с Луиджи Ди Майо.\n\nПозднее Мевлют Чавушоглу встретился с Жозепом Боррелем."},
	}
	want := []string{"mevlut-cavusoglu", "josep-borrell"}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-03-14", c.text)
		if !heldOn(f, "", want, 3, 12) {
			t.Errorf("%s: meetings %v, want Çavuşoğlu–Borrell on 03-12", c.lang, dated(f))
		}
	}
}
