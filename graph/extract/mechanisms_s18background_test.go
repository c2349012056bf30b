package extract

import "testing"

// TestStartOfATruceDatesNoMeeting: the day a truce starts ("from
// midnight on 12 January", "à partir du 12 janvier à minuit", "12 Ocak
// gece yarısından itibaren", "اعتبارا من منتصف ليل 12 يناير") or a
// deadline falls ("the March 21 deadline") is that state's, not the day
// of the meeting whose clause asks for it: the meeting keeps the day
// told before it, or none.
func TestStartOfATruceDatesNoMeeting(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, who, want string }{
		{"en", "Erdoğan arrived in Istanbul on January 8. There he met Putin, and the two called for a ceasefire starting at midnight on January 12.", "vladimir-putin", "2020-01-08"},
		{"fr", "Erdogan et Poutine se sont vus à Istanbul et ont appelé à un cessez-le-feu à partir du 12 janvier à minuit.", "vladimir-putin", ""},
		{"es", "Erdogan y Putin se reunieron en Estambul y pidieron un alto el fuego a partir de la medianoche del 12 de enero.", "vladimir-putin", ""},
		{"de", "Erdoğan und Putin trafen sich in Istanbul und forderten eine Waffenruhe ab Mitternacht des 12. Januar.", "vladimir-putin", ""},
		{"ru", "Путин и Эрдоган встретились в Стамбуле и призвали к прекращению огня с полуночи 12 января.", "vladimir-putin", ""},
		{"ar", "والتقى أردوغان وبوتين في إسطنبول ودعوا إلى وقف لإطلاق النار اعتبارا من منتصف ليل 12 يناير.", "vladimir-putin", ""},
		{"tr", "Erdoğan ile Putin İstanbul'da görüştü ve 12 Ocak gece yarısından itibaren ateşkes çağrısı yaptı.", "vladimir-putin", ""},
		{"tr", "Erdoğan ile Putin 8 Ocak'ta İstanbul'da bir araya geldi. İki lider görüşmenin ardından tarafları 12 Ocak gece yarısından itibaren ateşkese çağırdı.", "vladimir-putin", "2020-01-08"},
		{"en", "Maas met Dbeibah in Tripoli and urged him to meet the March 21 deadline.", "abdul-hamid-dbeibah", ""},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-01-20", "Title\n\n"+c.text)
		if c.lang == "en" && c.who == "abdul-hamid-dbeibah" {
			f = factsOn(t, x, c.lang, "2021-03-10", "Title\n\n"+c.text)
		}
		if place, date, ok := sceneOf(f, c.who); !ok || date != c.want || place == "" {
			t.Errorf("%s %q: meetings %v (%s's on %q), want one on %q", c.lang, c.text, placed(f), c.who, date, c.want)
		}
	}
}

// TestTurkishMeetingRetoldAsAVerbalNoun: an analysis retells an earlier
// meeting as a verbal noun in a case ("bir araya gelmesiyle başladı",
// "görüşmesiyle tırmandı", "bir araya gelmesinin ardından"): the meeting
// is told, with its own day and city.
func TestTurkishMeetingRetoldAsAVerbalNoun(t *testing.T) {
	x := shipped(t)
	cases := []struct{ text, who, place, date string }{
		{"Süreç, Erdoğan ile Putin'in 8 Ocak'ta İstanbul'da bir araya gelmesiyle başladı.", "vladimir-putin", "istanbul", "2020-01-08"},
		{"Her şey, Hafter ile Sisi'nin 3 Mart'ta Kahire'de görüşmesiyle başlamıştı.", "khalifa-haftar", "cairo", "2020-03-03"},
		{"Gerginlik, Hafter'in 3 Mart'ta Kahire'de Sisi ile görüşmesiyle tırmandı.", "khalifa-haftar", "cairo", "2020-03-03"},
		{"Erdoğan ile Putin'in 8 Ocak'ta İstanbul'da bir araya gelmesinin ardından ateşkes ilan edildi.", "vladimir-putin", "istanbul", "2020-01-08"},
	}
	for _, c := range cases {
		f := factsOn(t, x, "tr", "2020-04-01", "Başlık\n\n"+c.text)
		if place, date, ok := sceneOf(f, c.who); !ok || place != c.place || date != c.date {
			t.Errorf("%q: meetings %v, want %s's in %s on %s", c.text, placed(f), c.who, c.place, c.date)
		}
	}
}

// TestCapitalNamedByItsCountry: an analysis names the city of a retold
// meeting by its country ("nella capitale belga", "in the Belgian
// capital", "في العاصمة البلجيكية", "Belçika'nın başkentinde", "بیلجیم کے
// دارالحکومت میں"): Belgium is a country whose capital is Brussels, and a
// Turkish country written bare before "başkent" ("Mısır başkentinde", a
// compound with no genitive) names its capital as the genitive does.
func TestCapitalNamedByItsCountry(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, who, want string }{
		{"it", "Nella capitale belga Fayez al-Sarraj fu ricevuto da Josep Borrell l'8 gennaio.", "josep-borrell", "brussels"},
		{"en", "Sarraj flew on to Brussels. In the Belgian capital he met Borrell on January 8.", "josep-borrell", "brussels"},
		{"fr", "Dans la capitale belge, Fayez al-Sarraj a été reçu le 8 janvier par Josep Borrell.", "josep-borrell", "brussels"},
		{"es", "En la capital belga, Serraj fue recibido el 8 de enero por Josep Borrell.", "josep-borrell", "brussels"},
		{"de", "In der belgischen Hauptstadt wurde Sarradsch am 8. Januar von Josep Borrell empfangen.", "josep-borrell", "brussels"},
		{"ru", "В бельгийской столице Сарраджа 8 января принял Жозеп Боррель.", "josep-borrell", "brussels"},
		{"ar", "وفي العاصمة البلجيكية استقبل جوزيب بوريل فائز السراج في 8 يناير.", "josep-borrell", "brussels"},
		{"tr", "Serrac, 8 Ocak'ta Belçika'nın başkentinde Josep Borrell ile görüştü.", "josep-borrell", "brussels"},
		{"ur", "بیلجیم کے دارالحکومت میں جوزپ بوریل نے 8 جنوری کو فائز السراج سے ملاقات کی۔", "josep-borrell", "brussels"},
		{"tr", "Hafter pazartesi günü Mısır başkentinde Sisi ile bir araya geldi.", "khalifa-haftar", "cairo"},
		{"tr", "Serrac, Belçika başkenti Brüksel'de Josep Borrell ile görüştü.", "josep-borrell", "brussels"},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-02-01", "Title\n\n"+c.text)
		if place, _, ok := sceneOf(f, c.who); !ok || place != c.want {
			t.Errorf("%s %q: meetings %v, want %s's in %s", c.lang, c.text, placed(f), c.who, c.want)
		}
	}
}
