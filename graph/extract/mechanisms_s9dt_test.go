package extract

import (
	"testing"

	"github.com/parley/parley/graph"
)

// TestSinceDateDatesNoMeeting: a written date in a "since" phrase starts a
// state ("has besieged the capital since April"); it dates no meeting.
func TestSinceDateDatesNoMeeting(t *testing.T) {
	x := shipped(t)
	wantEventDates(t, x, []struct{ lang, pub, text, want string }{
		{"en", "2020-11-20", "Heiko Maas met Khalifa Haftar, whose forces have blockaded the oil ports since July, in Benghazi.", ""},
		{"it", "2020-11-20", "Luigi Di Maio ha incontrato Khalifa Haftar, le cui forze bloccano i porti petroliferi da luglio, a Bengasi.", ""},
		{"fr", "2020-11-20", "Jean-Yves Le Drian a rencontré Khalifa Haftar, dont les forces bloquent les ports pétroliers depuis juillet, à Benghazi.", ""},
		{"es", "2020-11-20", "Josep Borrell se reunió con Jalifa Haftar, cuyas fuerzas bloquean los puertos petroleros desde julio, en Bengasi.", ""},
		{"de", "2020-11-20", "Heiko Maas traf Khalifa Haftar, dessen Truppen die Ölhäfen seit Juli blockieren, in Bengasi.", ""},
		{"ru", "2020-11-20", "Сергей Лавров встретился с Халифой Хафтаром, чьи силы с июля блокируют нефтяные порты, в Бенгази.", ""},
		{"ar", "2020-11-20", "التقى وزير الخارجية الروسي سيرغي لافروف خليفة حفتر الذي تغلق قواته الموانئ النفطية منذ يوليو في بنغازي.", ""},
		{"tr", "2020-11-20", "Mevlüt Çavuşoğlu, Temmuz'dan beri petrol limanlarını kapatan Hafter ile Bingazi'de görüştü.", ""},
	})
}

// TestOwnedDateDatesNoMeeting: a date that belongs to another noun of the
// sentence (the elections, the vote) does not date the meeting.
func TestOwnedDateDatesNoMeeting(t *testing.T) {
	x := shipped(t)
	wantEventDates(t, x, []struct{ lang, pub, text, want string }{
		{"en", "2021-06-25", "Antony Blinken met Abdul Hamid Dbeibah in Berlin to discuss the elections on 24 December.", ""},
		{"de", "2021-06-25", "Antony Blinken traf Abdul Hamid Dbeibah in Berlin und sprach über die Wahlen am 24. Dezember.", ""},
		{"fr", "2021-06-25", "Antony Blinken a rencontré Abdul Hamid Dbeibah à Berlin pour évoquer les élections du 24 décembre.", ""},
		{"it", "2021-06-25", "Antony Blinken ha incontrato Abdul Hamid Dbeibah a Berlino per parlare delle elezioni del 24 dicembre.", ""},
		{"es", "2021-06-25", "Antony Blinken se reunió con Abdul Hamid Dbeibah en Berlín para hablar de las elecciones del 24 de diciembre.", ""},
	})
}

// TestAnnouncedDayIsNotTheMeetings: "announced on Thursday that X would
// receive Y in May": the announcement's day does not date the meeting,
// its own month does.
func TestAnnouncedDayIsNotTheMeetings(t *testing.T) {
	x := shipped(t)
	wantEventDates(t, x, []struct{ lang, pub, text, want string }{
		{"fr", "2021-04-09", "Le ministère a annoncé jeudi que Le Drian recevrait la ministre libyenne des Affaires étrangères Najla Mangoush à Paris au cours du mois de juin.", "2021-06"},
		{"en", "2021-04-09", "The ministry announced Thursday that Maas would receive the Libyan foreign minister Najla Mangoush in Berlin at some point during June.", "2021-06"},
		{"it", "2021-04-09", "La Farnesina ha annunciato giovedì che Di Maio riceverà la ministra degli Esteri libica Najla Mangoush a Roma nel corso del mese di giugno.", "2021-06"},
		{"es", "2021-04-09", "El ministerio anunció el jueves que González Laya recibirá a la ministra de Exteriores libia Najla Mangoush en Madrid a lo largo del mes de junio.", "2021-06"},
		{"de", "2021-04-09", "Das Ministerium kündigte am Donnerstag an, dass Maas die libysche Außenministerin Najla Mangoush in Berlin im Laufe des Monats Juni empfangen wird.", "2021-06"},
	})
}

// TestPostponedMeetingDate: a meeting postponed (plural forms: "перенесены",
// "rinviati", "aplazados") is due on the coming day and month, not last year's.
func TestPostponedMeetingDate(t *testing.T) {
	x := shipped(t)
	wantEventDates(t, x, []struct{ lang, pub, text, want string }{
		{"ru", "2020-03-02", "Намеченные на 12 марта переговоры Сергея Лаврова с Халифой Хафтаром перенесены.", "2020-03-12"},
		{"it", "2020-03-02", "I colloqui tra Luigi Di Maio e Khalifa Haftar previsti per il 12 marzo sono stati rinviati.", "2020-03-12"},
		{"es", "2020-03-02", "Los encuentros de Josep Borrell con Jalifa Haftar previstos para el 12 de marzo fueron aplazados.", "2020-03-12"},
	})
}

// TestAnchorByWrittenDateBefore: "the next day", "le lendemain" after a
// sentence that writes a date and tells no event count from that date,
// not from an event told in an earlier paragraph.
func TestAnchorByWrittenDateBefore(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, date string }{
		{"fr", "Khalifa Haftar et Fayez al-Sarraj se sont rencontrés à Abou Dhabi le 27 février.\n\nTout a changé le 4 avril, quand les troupes de l'ANL ont marché sur Tripoli. Antonio Guterres a rencontré Khalifa Haftar à Benghazi le lendemain.", "2019-04-05"},
		{"en", "Khalifa Haftar and Fayez al-Sarraj met in Abu Dhabi on 27 February.\n\nEverything changed on 4 April, when Haftar's troops marched on Tripoli. Antonio Guterres met Khalifa Haftar in Benghazi the next day.", "2019-04-05"},
		{"it", "Khalifa Haftar e Fayez al-Sarraj si sono incontrati ad Abu Dhabi il 27 febbraio.\n\nTutto è cambiato il 4 aprile, quando le truppe di Haftar hanno marciato su Tripoli. Antonio Guterres ha incontrato Khalifa Haftar a Bengasi il giorno dopo.", "2019-04-05"},
		{"es", "Jalifa Haftar y Fayez al Sarraj se reunieron en Abu Dabi el 27 de febrero.\n\nTodo cambió el 4 de abril, cuando las tropas de Haftar marcharon sobre Trípoli. Antonio Guterres se reunió con Jalifa Haftar en Bengasi al día siguiente.", "2019-04-05"},
		{"de", "Khalifa Haftar und Fayez al-Sarraj trafen sich am 27. Februar in Abu Dhabi.\n\nAlles änderte sich am 4. April, als Haftars Truppen auf Tripolis marschierten. Antonio Guterres traf Khalifa Haftar am nächsten Tag in Bengasi.", "2019-04-05"},
		{"ru", "Халифа Хафтар и Файез Сарадж встретились в Абу-Даби 27 февраля.\n\nВсё изменилось 4 апреля, когда войска Хафтара двинулись на Триполи. Антониу Гутерриш встретился с Халифой Хафтаром в Бенгази на следующий день.", "2019-04-05"},
	}
	for _, c := range cases {
		f, err := x.Article(graph.Article{ID: "t", Lang: c.lang, Text: c.text, Published: "2019-04-10"})
		if err != nil {
			t.Fatal(err)
		}
		if !hasMeeting(f, "meeting", c.date, "", "antonio-guterres", "khalifa-haftar") {
			t.Errorf("%s %q: %v, want Guterres and Haftar on %s", c.lang, c.text, summaries(f), c.date)
		}
	}
}
