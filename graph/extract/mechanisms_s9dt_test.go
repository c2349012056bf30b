package extract

import "testing"

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
