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
