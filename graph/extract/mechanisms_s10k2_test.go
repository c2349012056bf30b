package extract

import "testing"

// TestFaceToFaceAdverb: talk told with an adverb of presence ("spoke face
// to face", "sprachen unter vier Augen", "ont parlé en tête-à-tête",
// "hanno parlato a quattr'occhi", "hablaron cara a cara", "поговорили с
// глазу на глаз", "تحدث … على انفراد") is a meeting in person, though the
// verb alone ("spoke", "parlé", "поговорили") may be a call.
func TestFaceToFaceAdverb(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, place string }{
		{"en", "On Friday in Brussels, Josep Borrell and Sergey Lavrov talked one-on-one for the first time in a year.", "brussels"},
		{"de", "Am Freitag sprachen Josep Borrell und Sergej Lawrow in Brüssel eine Stunde lang unter vier Augen.", "brussels"},
		{"fr", "Vendredi à Bruxelles, Josep Borrell et Sergueï Lavrov ont parlé face à face pendant une heure.", "brussels"},
		{"it", "Venerdì a Bruxelles Josep Borrell e Sergej Lavrov hanno parlato a quattr'occhi per un'ora.", "brussels"},
		{"es", "El viernes, en Bruselas, Josep Borrell y Serguéi Lavrov hablaron cara a cara durante una hora.", "brussels"},
		{"ru", "В пятницу в Брюсселе Жозеп Боррель и Сергей Лавров около часа поговорили с глазу на глаз.", "brussels"},
		{"ar", "وفي بروكسل يوم الجمعة، تحدث جوزيب بوريل مع سيرغي لافروف على انفراد لمدة ساعة.", "brussels"},
	}
	for _, c := range cases {
		oneMeeting(t, x, c.lang, c.text, c.place, []string{"josep-borrell", "sergey-lavrov"})
	}
}

// TestFaceToFaceAdverbDenied: the adverb follows the verb it qualifies, so
// a negation anywhere before it in its clause denies the meeting ("have
// never spoken face to face", "لم يتحدث … على انفراد").
func TestFaceToFaceAdverbDenied(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Josep Borrell and Sergey Lavrov have still not talked with each other face to face."},
		{"de", "Josep Borrell hat mit Sergej Lawrow bisher nicht unter vier Augen gesprochen."},
		{"fr", "Josep Borrell et Sergueï Lavrov n'ont toujours pas parlé en tête-à-tête."},
		{"it", "Josep Borrell e Sergej Lavrov non hanno ancora parlato a quattr'occhi."},
		{"es", "Josep Borrell y Serguéi Lavrov todavía no han hablado cara a cara."},
		{"ru", "Жозеп Боррель и Сергей Лавров так и не поговорили с глазу на глаз."},
		{"ar", "لم يتحدث جوزيب بوريل مع سيرغي لافروف على انفراد حتى الآن."},
	}
	for _, c := range cases {
		if f := factsOf(t, x, c.lang, "Title\n\n"+c.text); len(f.Meetings) != 0 {
			t.Errorf("%s %q: meetings %s, want none", c.lang, c.text, dumpMeetings(f))
		}
	}
}

// TestSidelinesOfSummit: a summit named after "on the sidelines of" ("en
// marge du sommet", "am Rande des Gipfels", "a margine del vertice", "al
// margen de la cumbre", "на полях саммита", "zirvesinin marjında", "على
// هامش القمة", "کانفرنس کے موقع پر") is the backdrop of the sentence's
// meeting, no meeting of its own, and the organisation holding it is no
// participant of the meeting held beside it.
func TestSidelinesOfSummit(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "On the sidelines of the Arab League summit, Abdel Fattah el-Sisi held talks with Abdelmadjid Tebboune."},
		{"fr", "En marge du sommet de la Ligue arabe, Abdel Fattah al-Sissi s'est entretenu avec Abdelmadjid Tebboune."},
		{"it", "A margine del vertice della Lega araba, Abdel Fattah al-Sisi ha avuto un colloquio con Abdelmadjid Tebboune."},
		{"es", "Al margen de la cumbre de la Liga Árabe, Abdel Fattah al Sisi conversó con Abdelmadjid Tebboune."},
		{"de", "Am Rande des Gipfels der Arabischen Liga traf Abdel Fattah al-Sisi Abdelmadjid Tebboune."},
		{"ru", "На полях саммита Лиги арабских государств Абдель Фаттах ас-Сиси встретился с Абдельмаджидом Теббуном."},
		{"tr", "Arap Birliği zirvesinin marjında Abdulfettah es-Sisi, Abdulmecid Tebbun ile görüştü."},
		{"ar", "على هامش قمة جامعة الدول العربية، التقى عبد الفتاح السيسي الرئيس عبد المجيد تبون."},
		{"ur", "عرب لیگ کانفرنس کے موقع پر عبدالفتاح السیسی نے عبدالمجید تبون سے ملاقات کی۔"},
	}
	for _, c := range cases {
		oneMeeting(t, x, c.lang, c.text, "", []string{"abdel-fattah-el-sisi", "abdelmadjid-tebboune"})
	}
}
