package extract

import (
	"testing"

	"github.com/parley/parley/graph"
)

// plannedWith is the planned in-person meeting of f, if there is one.
func plannedWith(f graph.Facts) (graph.Meeting, bool) {
	for _, m := range f.Meetings {
		if m.Mode != graph.ModeCall && m.Status == graph.StatusPlanned {
			return m, true
		}
	}
	return graph.Meeting{}, false
}

// TestOfficialsOfTheTwoCountries: "the foreign ministers of the two
// countries", "les chefs de la diplomatie des deux pays", "i ministri
// degli Esteri dei due Paesi", "los cancilleres de ambos países", "die
// Außenminister beider Länder", "главы МИД двух стран", "iki ülkenin
// dışişleri bakanları", "وزيرا خارجية البلدين", "دونوں ممالک کے وزرائے
// خارجہ" name the pair of the event told before, and nobody else: they
// meet.
func TestOfficialsOfTheTwoCountries(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"en", "Sergey Lavrov phoned Mevlüt Çavuşoğlu on Monday. The foreign ministers of the two countries will meet in Sochi next month.",
			[]string{"sergey-lavrov", "mevlut-cavusoglu"}},
		{"fr", "Lundi, Sergueï Lavrov s'est entretenu au téléphone avec Mevlüt Çavuşoğlu. Les chefs de la diplomatie des deux pays se rencontreront à Sotchi le mois prochain.",
			[]string{"sergey-lavrov", "mevlut-cavusoglu"}},
		{"it", "Lunedì Sergej Lavrov ha parlato al telefono con Mevlüt Çavuşoğlu. I ministri degli Esteri dei due Paesi si incontreranno a Sochi il mese prossimo.",
			[]string{"sergey-lavrov", "mevlut-cavusoglu"}},
		{"es", "El lunes Serguéi Lavrov habló por teléfono con Mevlüt Çavuşoğlu. Los cancilleres de ambos países se reunirán en Sochi el próximo mes.",
			[]string{"sergey-lavrov", "mevlut-cavusoglu"}},
		{"de", "Am Montag telefonierte Sergej Lawrow mit Mevlüt Çavuşoğlu. Die Außenminister beider Länder wollen sich im nächsten Monat in Sotschi treffen.",
			[]string{"sergey-lavrov", "mevlut-cavusoglu"}},
		{"ru", "В понедельник Сергей Лавров провёл телефонный разговор с Мевлютом Чавушоглу. Главы МИД двух стран встретятся в Сочи в следующем месяце.",
			[]string{"sergey-lavrov", "mevlut-cavusoglu"}},
		{"tr", "Dışişleri Bakanı Mevlüt Çavuşoğlu pazartesi günü Rus mevkidaşı Sergey Lavrov ile telefonda görüştü. İki ülkenin dışişleri bakanları gelecek ay Soçi'de bir araya gelecek.",
			[]string{"sergey-lavrov", "mevlut-cavusoglu"}},
		{"ar", "أجرى سيرغي لافروف يوم الاثنين اتصالا هاتفيا مع مولود تشاووش أوغلو. ومن المقرر أن يلتقي وزيرا خارجية البلدين في سوتشي الشهر المقبل.",
			[]string{"sergey-lavrov", "mevlut-cavusoglu"}},
		{"ur", "پیر کو سرگئی لاوروف نے مولود چاووش اوغلو سے ٹیلی فون پر بات کی۔ دونوں ممالک کے وزرائے خارجہ اگلے ماہ سوچی میں ملاقات کریں گے۔",
			[]string{"sergey-lavrov", "mevlut-cavusoglu"}},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		m, ok := plannedWith(f)
		if !ok || !sameParts(participants(m), c.want) {
			t.Errorf("%s %q: meetings %v, want a planned meeting of %v", c.lang, c.text, metParts(f), c.want)
		}
	}
}

// TestGroupPhraseIsNoHolder: the title inside a group phrase ("İki
// bakanın", "the two foreign ministers") is no bare title for one
// holder: a foreign minister the article named more often before does
// not join the pair's meeting. Turkish puts the pair in the genitive
// before a nominalised verb ("İki bakanın … görüşmesi planlanıyor").
func TestGroupPhraseIsNoHolder(t *testing.T) {
	x := shipped(t)
	want := []string{"mevlut-cavusoglu", "sameh-shoukry"}
	cases := []struct{ lang, text string }{
		{"tr", "Yunanistan Dışişleri Bakanı Nikos Dendias salı günü Bingazi'ye gitti. Dendias orada Halife Hafter ile görüştü. Dışişleri Bakanı Mevlüt Çavuşoğlu ise perşembe günü Mısırlı mevkidaşı Samih Şükri ile telefonda görüştü. İki bakanın haziran ayında yüz yüze görüşmesi planlanıyor."},
		{"en", "Greek Foreign Minister Nikos Dendias flew to Benghazi on Tuesday. Dendias met Khalifa Haftar there. On Thursday Foreign Minister Mevlüt Çavuşoğlu spoke by phone with Sameh Shoukry. The two foreign ministers will meet in June."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		m, ok := plannedWith(f)
		if !ok || !sameParts(participants(m), want) {
			t.Errorf("%s %q: meetings %v, want a planned meeting of %v", c.lang, c.text, metParts(f), want)
		}
	}
}

// TestSubjectTitleOfSentenceBefore: a bare title opening its sentence
// ("Mercredi, le ministre s'est entretenu …") is the one person of the
// sentence before whose office it names, even when that person was
// named there without the title and as no main subject, not an older
// holder the article introduced with the title.
func TestSubjectTitleOfSentenceBefore(t *testing.T) {
	x := shipped(t)
	want := []string{"jean-yves-le-drian", "sameh-shoukry"}
	cases := []struct{ lang, text string }{
		{"en", "Greek Foreign Minister Nikos Dendias received Khalifa Haftar in Athens on Monday. In Paris, the trip Jean-Yves Le Drian had planned to Tunis on Tuesday was called off. On Wednesday, the minister spoke by phone with Sameh Shoukry."},
		{"fr", "Le ministre grec des Affaires étrangères, Nikos Dendias, a reçu lundi Khalifa Haftar à Athènes. À Paris, la visite que Jean-Yves Le Drian devait faire mardi à Tunis a été annulée. Mercredi, le ministre s'est entretenu au téléphone avec Sameh Choukri."},
		{"it", "Il ministro degli Esteri greco Nikos Dendias ha ricevuto lunedì Khalifa Haftar ad Atene. A Parigi, la visita che Jean-Yves Le Drian doveva compiere martedì a Tunisi è stata annullata. Mercoledì il ministro ha parlato al telefono con Sameh Shoukry."},
		{"es", "El ministro de Exteriores griego, Nikos Dendias, recibió el lunes a Jalifa Haftar en Atenas. En París, la visita que Jean-Yves Le Drian debía hacer el martes a Túnez fue cancelada. El miércoles, el ministro habló por teléfono con Sameh Shukri."},
		{"ru", "Министр иностранных дел Греции Никос Дендиас принял в понедельник Халифу Хафтара в Афинах. В Париже визит, который Жан-Ив Ле Дриан собирался совершить во вторник в Тунис, был отменён. В среду министр провёл телефонный разговор с Самехом Шукри."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		var calls [][]string
		found := false
		for _, m := range f.Meetings {
			if m.Mode == graph.ModeCall {
				calls = append(calls, participants(m))
				found = found || sameParts(participants(m), want)
			}
		}
		if !found {
			t.Errorf("%s %q: calls %v, want one of %v", c.lang, c.text, calls, want)
		}
	}
}

// TestSubjectTitleKeepsTheProtagonist: the holder the article named more
// often stays the title's person even when the sentence before names
// another ("Bashagha, for his part, said …. The minister then met …" is
// still Guerini). A guard for TestSubjectTitleOfSentenceBefore.
func TestSubjectTitleKeepsTheProtagonist(t *testing.T) {
	x := shipped(t)
	want := []string{"lorenzo-guerini", "khalifa-haftar"}
	cases := []struct{ lang, text string }{
		{"en", "Italian Defence Minister Lorenzo Guerini arrived in Tripoli on Monday. Guerini met the interior minister, Fathi Bashagha. \"Italy stands by Libya\", Guerini said. Bashagha, for his part, said his ministry relied on Italian training. On Tuesday, the minister met Khalifa Haftar in Benghazi."},
		{"it", "Il ministro della Difesa Lorenzo Guerini è arrivato lunedì a Tripoli. Guerini ha incontrato il ministro dell'Interno, Fathi Bashagha. «L'Italia resta al fianco della Libia», ha detto Guerini. Bashagha, da parte sua, ha spiegato che il suo ministero conta sull'addestramento italiano. Martedì il ministro ha incontrato Khalifa Haftar a Bengasi."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		ps := metParts(f)
		if len(ps) == 0 || !sameParts(ps[len(ps)-1], want) {
			t.Errorf("%s %q: meetings %v, want the last of %v", c.lang, c.text, ps, want)
		}
	}
}

// TestCountryTitleFollowsTheStory: a bare title with a country ("the
// Libyan leader", "le dirigeant libyen", "il leader libico", "el
// dirigente libio", "der libysche Politiker", "ливийский лидер")
// is, of the people of that country whose office it names, the one the
// article has named most often, not one named last in passing.
func TestCountryTitleFollowsTheStory(t *testing.T) {
	x := shipped(t)
	want := []string{"mohamed-al-menfi", "idriss-deby"}
	cases := []struct{ lang, text string }{
		{"en", "Mohamed al-Menfi arrived in Khartoum on Thursday. Menfi held talks with Abdalla Hamdok. Menfi also met Abdel Fattah al-Burhan. Sudanese fighters came to Libya during the offensive led by Khalifa Haftar in 2019. The Libyan leader had met Idriss Déby in N'Djamena on Monday."},
		{"fr", "Mohamed el-Menfi est arrivé jeudi à Khartoum. Menfi s'est entretenu avec Abdallah Hamdok. Menfi a aussi rencontré Abdel Fattah al-Burhane. Des combattants soudanais sont venus en Libye pendant l'offensive lancée par Khalifa Haftar en 2019. Le dirigeant libyen avait rencontré Idriss Déby lundi à N'Djamena."},
		{"it", "Mohamed al-Menfi è arrivato giovedì a Khartoum. Menfi ha incontrato Abdalla Hamdok. Menfi ha visto anche Abdel Fattah al-Burhan. Combattenti sudanesi sono arrivati in Libia durante l'offensiva lanciata da Khalifa Haftar nel 2019. Il leader libico aveva incontrato Idriss Déby lunedì a N'Djamena."},
		{"ru", "Мохаммед аль-Менфи прибыл в четверг в Хартум. Менфи провёл переговоры с Абдаллой Хамдоком. Менфи также встретился с Абдель Фаттахом аль-Бурханом. Суданские боевики приехали в Ливию во время наступления Халифы Хафтара в 2019 году. Ливийский лидер в понедельник встретился в Нджамене с Идрисом Деби."},
		{"tr", "Muhammed el-Menfi perşembe günü Hartum'a geldi. Menfi, Abdullah Hamduk ile görüştü. Menfi ayrıca Abdulfettah el-Burhan ile de görüştü. Sudanlı savaşçılar 2019'da Halife Hafter'in saldırısı sırasında Libya'ya geldi. Libyalı lider pazartesi günü Encamena'da İdris Debi ile görüşmüştü."},
		{"es", "Mohamed al Menfi llegó el jueves a Jartum. Al Menfi se reunió con Abdalá Hamdok. Al Menfi también se entrevistó con Abdelfatah al Burhan. Combatientes sudaneses llegaron a Libia durante la ofensiva lanzada por Jalifa Haftar en 2019. El dirigente libio se había reunido el lunes en Yamena con Idriss Déby."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		found := false
		for _, ps := range metParts(f) {
			found = found || sameParts(ps, want)
		}
		if !found {
			t.Errorf("%s %q: meetings %v, want one of %v", c.lang, c.text, metParts(f), want)
		}
	}
}

// TestBarePairReflexive: "i due" and "les deux" with no noun, right
// before a reflexive clitic ("I due si incontreranno", "Les deux se
// rencontreront"), are the pair of the event told before.
func TestBarePairReflexive(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"it", "Lunedì Sergej Lavrov ha parlato al telefono con Mevlüt Çavuşoğlu. I due si incontreranno a Sochi il mese prossimo.",
			[]string{"sergey-lavrov", "mevlut-cavusoglu"}},
		{"fr", "Lundi, Sergueï Lavrov s'est entretenu au téléphone avec Mevlüt Çavuşoğlu. Les deux se rencontreront à Sotchi le mois prochain.",
			[]string{"sergey-lavrov", "mevlut-cavusoglu"}},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		m, ok := plannedWith(f)
		if !ok || !sameParts(participants(m), c.want) {
			t.Errorf("%s %q: meetings %v, want a planned meeting of %v", c.lang, c.text, metParts(f), c.want)
		}
	}
}
