package extract

import (
	"reflect"
	"testing"
)

// s9dCase is a text published on pub with an event of parts on the date
// want ("" for none).
type s9dCase struct {
	lang, pub, text string
	parts           []string
	want            string
}

// wantOneDated: each text reports exactly one event, c's.
func wantOneDated(t *testing.T, cases []s9dCase) {
	t.Helper()
	x := shipped(t)
	for _, c := range cases {
		f := factsOn(t, x, c.lang, c.pub, c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Date.String() != c.want || !reflect.DeepEqual(participants(f.Meetings[0]), c.parts) {
			t.Errorf("%s %q (published %s): %v, want one event of %v on %q", c.lang, c.text, c.pub, summaries(f), c.parts, c.want)
		}
	}
}

// TestRelativeMonthAllLangs: "last month", "next month", "earlier this month" in
// every language date a meeting to the month of the paper's, shifted; a
// month-relative phrase in a later clause is that clause's.
func TestRelativeMonthAllLangs(t *testing.T) {
	wantOneDated(t, []s9dCase{
		{"en", "2020-10-14", "Heiko Maas met Fayez al-Sarraj in Tripoli last month.", []string{"heiko-maas", "fayez-al-sarraj"}, "2020-09"},
		{"en", "2020-10-14", "Earlier this month Heiko Maas held talks with Fayez al-Sarraj in Tripoli.", []string{"heiko-maas", "fayez-al-sarraj"}, "2020-10"},
		{"en", "2020-12-14", "Heiko Maas is expected to meet Fayez al-Sarraj in Tripoli next month.", []string{"heiko-maas", "fayez-al-sarraj"}, "2021-01"},
		{"fr", "2020-10-14", "Jean-Yves Le Drian rencontrera Fayez al-Sarraj à Tripoli le mois prochain.", []string{"jean-yves-le-drian", "fayez-al-sarraj"}, "2020-11"},
		{"it", "2020-10-14", "Luigi Di Maio ha incontrato Fayez al-Sarraj a Tripoli il mese scorso.", []string{"luigi-di-maio", "fayez-al-sarraj"}, "2020-09"},
		{"es", "2020-10-14", "Josep Borrell se reunió con Fayez al Serraj en Trípoli el mes pasado.", []string{"josep-borrell", "fayez-al-sarraj"}, "2020-09"},
		{"ar", "2020-10-14", "ومن المقرر أن يزور السراج القاهرة الشهر المقبل حيث سيلتقي الرئيس عبد الفتاح السيسي.", []string{"fayez-al-sarraj", "abdel-fattah-el-sisi"}, "2020-11"},
		{"ur", "2020-10-14", "شاہ محمود قریشی نے گزشتہ ماہ طرابلس میں فائز السراج سے ملاقات کی تھی۔", []string{"shah-mahmood-qureshi", "fayez-al-sarraj"}, "2020-09"},
		{"ru", "2020-10-14", "Сергей Лавров в этом месяце провёл переговоры с Халифой Хафтаром в Москве.", []string{"sergey-lavrov", "khalifa-haftar"}, "2020-10"},
		{"tr", "2020-10-14", "Mevlüt Çavuşoğlu bu ayın başında Trablus'ta Fayez es-Serrac ile görüştü.", []string{"mevlut-cavusoglu", "fayez-al-sarraj"}, "2020-10"},
		{"de", "2020-10-14", "Heiko Maas hat Anfang dieses Monats in Tripolis Fayez al-Sarraj getroffen.", []string{"heiko-maas", "fayez-al-sarraj"}, "2020-10"},
		// the month of a later clause is not the meeting's
		{"en", "2021-04-14", "Abdul Hamid Dbeibah visited Ankara on Monday and held talks with Recep Tayyip Erdoğan, his first trip abroad since he was sworn in last month.", []string{"abdul-hamid-dbeibah", "recep-tayyip-erdogan"}, "2021-04-12"},
		// without the paper's date no month
		{"en", "", "Heiko Maas met Fayez al-Sarraj in Tripoli last month.", []string{"heiko-maas", "fayez-al-sarraj"}, ""},
	})
}

// TestRelativeWeekMonth: "last week", "next week" give the month when the
// whole week (Monday to Sunday) lies in one month, and no date when it
// runs over two; "گزشتہ ہفتے کو" is last Saturday, not last week.
func TestRelativeWeekMonth(t *testing.T) {
	wantOneDated(t, []s9dCase{
		// Thursday 2020-10-15: last week 5-11 October, next week 19-25
		{"en", "2020-10-15", "Heiko Maas met Fayez al-Sarraj in Tripoli last week.", []string{"heiko-maas", "fayez-al-sarraj"}, "2020-10"},
		{"es", "2020-10-15", "Josep Borrell viajará la próxima semana a Trípoli, donde se reunirá con Fayez al Serraj.", []string{"josep-borrell", "fayez-al-sarraj"}, "2020-10"},
		{"it", "2020-10-15", "La settimana scorsa Luigi Di Maio ha incontrato Fayez al-Serraj a Tripoli.", []string{"luigi-di-maio", "fayez-al-sarraj"}, "2020-10"},
		{"de", "2020-10-15", "Heiko Maas hatte erst vergangene Woche mit Fayez al-Sarraj telefoniert.", []string{"heiko-maas", "fayez-al-sarraj"}, "2020-10"},
		{"tr", "2020-10-15", "Mevlüt Çavuşoğlu'nun önümüzdeki hafta Trablus'ta Fayez es-Serrac ile görüşmesi bekleniyor.", []string{"mevlut-cavusoglu", "fayez-al-sarraj"}, "2020-10"},
		{"ru", "2020-10-15", "На прошлой неделе Сергей Лавров провёл переговоры с Халифой Хафтаром в Москве.", []string{"sergey-lavrov", "khalifa-haftar"}, "2020-10"},
		{"ar", "2020-10-15", "التقى السراج الأسبوع الماضي في طرابلس وزير الخارجية التركي مولود تشاووش أوغلو.", []string{"fayez-al-sarraj", "mevlut-cavusoglu"}, "2020-10"},
		// Thursday 2020-10-29: next week is 2-8 November; last week 19-25 October
		{"en", "2020-10-29", "Heiko Maas will meet Fayez al-Sarraj in Tripoli next week.", []string{"heiko-maas", "fayez-al-sarraj"}, "2020-11"},
		// Wednesday 2020-11-04: last week ran 26 October to 1 November
		{"en", "2020-11-04", "Heiko Maas met Fayez al-Sarraj in Tripoli last week.", []string{"heiko-maas", "fayez-al-sarraj"}, ""},
		{"fr", "2020-11-04", "Jean-Yves Le Drian a rencontré Fayez al-Sarraj à Tripoli la semaine dernière.", []string{"jean-yves-le-drian", "fayez-al-sarraj"}, ""},
	})
}

// wantAmong: each text's events include one of parts on the date want.
func wantAmong(t *testing.T, cases []s9dCase) {
	t.Helper()
	x := shipped(t)
	for _, c := range cases {
		f := factsOn(t, x, c.lang, c.pub, c.text)
		found := false
		for _, m := range f.Meetings {
			if reflect.DeepEqual(participants(m), c.parts) {
				found = true
				if m.Date.String() != c.want {
					t.Errorf("%s %q (published %s): %v on %q, want %q", c.lang, c.text, c.pub, c.parts, m.Date.String(), c.want)
				}
			}
		}
		if !found {
			t.Errorf("%s %q: %v, want an event of %v on %q", c.lang, c.text, summaries(f), c.parts, c.want)
		}
	}
}

// TestAnchorInSentence: "the next day", "tags darauf", "al día
// siguiente" after a day written earlier in the same sentence count from
// that day, when no event before them is dated to the day.
func TestAnchorInSentence(t *testing.T) {
	wantAmong(t, []s9dCase{
		{"de", "", "Auf ihrer Reise traf Stephanie Williams am 4. März in Tunis Aguila Saleh, tags darauf telefonierte sie mit Khalid al-Mishri.", []string{"stephanie-williams", "khalid-al-mishri"}, "--03-05"},
		{"it", "", "Il 4 marzo Stephanie Williams ha incontrato a Tunisi Aguila Saleh, il giorno dopo ha avuto un colloquio telefonico con Khalid al-Mishri.", []string{"stephanie-williams", "khalid-al-mishri"}, "--03-05"},
		{"ru", "", "4 марта Стефани Уильямс встретилась в Тунисе с Агилой Салехом, а на следующий день провела телефонный разговор с Халедом аль-Мишри.", []string{"stephanie-williams", "khalid-al-mishri"}, "--03-05"},
		{"es", "", "Stephanie Williams se reunió el 4 de marzo en Túnez con Aguila Saleh y al día siguiente habló por teléfono con Khalid al Mishri.", []string{"stephanie-williams", "khalid-al-mishri"}, "--03-05"},
	})
}

// TestStoryDay: the day the lead sets (an arrival, a round of talks, a
// trip) dates the story's first held event told without a date of its
// own, and an anchor word ("la veille", "Aquel día", "на следующий
// день") when no event before it is dated to the day; a sentence with a
// time of its own, and a date the lead gives to no event, do not.
func TestStoryDay(t *testing.T) {
	wantAmong(t, []s9dCase{
		// the anchor counts from the lead's day
		{"fr", "", "Libye : trois ministres à Tripoli\n\nLes ministres Jean-Yves Le Drian et Heiko Maas sont arrivés le 12 mai à Tripoli pour une visite éclair.\n\nIls ont plaidé pour des élections rapides.\n\nLa veille, M. Le Drian s'était entretenu par téléphone avec Aguila Saleh.", []string{"jean-yves-le-drian", "aguila-saleh-issa"}, "--05-11"},
		{"es", "", "Borrell en Libia\n\nEl alto representante Josep Borrell aterrizó en Trípoli el 3 de octubre, en plena tregua.\n\nAquel día Borrell se reunió con Fayez al Serraj.", []string{"josep-borrell", "fayez-al-sarraj"}, "--10-03"},
		{"ru", "", "Консультации в Москве\n\nВ Москве 14 марта прошли консультации по Ливии.\n\nНа следующий день Сергей Лавров провёл переговоры с Агилой Салехом.", []string{"sergey-lavrov", "aguila-saleh-issa"}, "--03-15"},
		// the story's first event, undated, is on the lead's day
		{"ru", "2021-03-16", "Консультации в Москве\n\nВ Москве вчера прошёл очередной раунд консультаций по Ливии. Российскую делегацию возглавил Сергей Лавров. В переговорах приняли участие Агила Салех и Хулуси Акар.", []string{"aguila-saleh-issa", "hulusi-akar"}, "2021-03-15"},
		// a date the lead gives to no event (an election) is not the
		// story's day when one of its events has one
		{"en", "", "Talks in Tunis\n\nThe elections are due on 24 December. The forum opened on 9 November in Tunis with talks among the delegates.\n\nThe next day Stephanie Williams met Aguila Saleh.", []string{"stephanie-williams", "aguila-saleh-issa"}, "--11-10"},
		// a first event its sentence times itself is not redated
		{"en", "2020-10-20", "Wagner in Libya\n\nThe fighters landed at Jufra on Monday, officials said.\n\nThe Wagner Group, which first met Khalifa Haftar in 2019, runs the base.", []string{"wagner-group", "khalifa-haftar"}, ""},
	})
}
