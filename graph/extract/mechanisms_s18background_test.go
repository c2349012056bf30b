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

// TestDayAfterAnEventWrittenWithItsDate: a fronted "a day after" phrase
// that names another event with its own written day ("A day after the
// ceasefire was signed in Geneva on October 23, Williams called Haftar",
// "Au lendemain de la signature … le 23 octobre", "بعد يوم واحد من توقيع
// الاتفاق في 23 أكتوبر، …") dates the clause's event that many days
// after that day, not on it.
func TestDayAfterAnEventWrittenWithItsDate(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, who, want string }{
		{"en", "A day after the ceasefire was signed in Geneva on October 23, Williams called Haftar to urge him to respect it.", "khalifa-haftar", "2020-10-24"},
		{"en", "Two days after the accord was signed on October 23, Saied received Williams in Tunis.", "kais-saied", "2020-10-25"},
		{"fr", "Au lendemain de la signature du cessez-le-feu à Genève le 23 octobre, Stephanie Williams a téléphoné à Khalifa Haftar.", "khalifa-haftar", "2020-10-24"},
		{"it", "Due giorni dopo la firma della tregua a Ginevra il 23 ottobre, Stephanie Williams ha telefonato a Khalifa Haftar.", "khalifa-haftar", "2020-10-25"},
		{"es", "Un día después de la firma del alto el fuego en Ginebra el 23 de octubre, Stephanie Williams habló por teléfono con Jalifa Haftar.", "khalifa-haftar", "2020-10-24"},
		{"de", "Einen Tag nach der Unterzeichnung der Waffenruhe in Genf am 23. Oktober telefonierte Stephanie Williams mit Khalifa Haftar.", "khalifa-haftar", "2020-10-24"},
		{"ru", "На следующий день после подписания перемирия в Женеве 23 октября Стефани Уильямс провела телефонный разговор с Халифой Хафтаром.", "khalifa-haftar", "2020-10-24"},
		{"ar", "وبعد يوم واحد من توقيع اتفاق وقف إطلاق النار في جنيف في 23 أكتوبر، أجرت ستيفاني ويليامز اتصالا هاتفيا بالمشير خليفة حفتر.", "khalifa-haftar", "2020-10-24"},
		{"ar", "وبعد يومين من توقيع الاتفاق في 23 أكتوبر، استقبل الرئيس قيس سعيد ستيفاني ويليامز في تونس.", "kais-saied", "2020-10-25"},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-11-20", "Title\n\n"+c.text)
		if _, date, ok := sceneOf(f, c.who); !ok || date != c.want {
			t.Errorf("%s %q: meetings %v (%s's on %q), want %s", c.lang, c.text, placed(f), c.who, date, c.want)
		}
	}
}

// TestArabicMonthWithItsSecondName: Arabic writes a month with its
// Levantine name after a slash ("24 ديسمبر/كانون الأول", "الثامن من
// نوفمبر/تشرين الثاني 2020"): the second name belongs to the date, whose
// year may follow it; it is no month alone that would date a meeting by
// the month of the elections its sentence names. "عشية انطلاق" (the eve
// of the launch of) counts from the event named after it, as "عشية
// افتتاح" does: a day written before it is the meeting's own.
func TestArabicMonthWithItsSecondName(t *testing.T) {
	x := shipped(t)
	cases := []struct{ text, who, want string }{
		{"وأجرى المنفي محادثات مع الرئيس عبد المجيد تبون في الجزائر تناولت الانتخابات المقررة في 24 ديسمبر/كانون الأول.", "abdelmadjid-tebboune", ""},
		{"وأجرى المنفي محادثات مع الرئيس عبد المجيد تبون في الجزائر يوم 17 مارس/آذار.", "abdelmadjid-tebboune", "2021-03-17"},
		{"ففي الثامن من نوفمبر/تشرين الثاني 2020، عشية انطلاق ملتقى الحوار السياسي الليبي، استقبل الرئيس التونسي قيس سعيد بقصر قرطاج ستيفاني ويليامز.", "kais-saied", "2020-11-08"},
		{"ففي الثامن من نوفمبر 2020، عشية انطلاق ملتقى الحوار السياسي الليبي، استقبل الرئيس التونسي قيس سعيد بقصر قرطاج ستيفاني ويليامز.", "kais-saied", "2020-11-08"},
	}
	for _, c := range cases {
		f := factsOn(t, x, "ar", "2021-03-18", "عنوان\n\n"+c.text)
		if _, date, ok := sceneOf(f, c.who); !ok || date != c.want {
			t.Errorf("%q: meetings %v (%s's on %q), want %q", c.text, placed(f), c.who, date, c.want)
		}
	}
}

// TestDayOfThePapersMonth: a day written with the paper's month in place
// of a month name ("bu ayın 6'sında", "في التاسع من الشهر الجاري", "am 6.
// dieses Monats", "el 6 de este mes", "اس ماہ کی 6 تاریخ کو") dates the
// meeting to that day, so that "the day before the visit" counts from it.
func TestDayOfThePapersMonth(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, who, want string }{
		{"tr", "Miçotakis bu ayın 6'sında Trablus'a giderek Dibeybe ile görüştü. Miçotakis, ziyaretten bir gün önce Dibeybe ile telefonda da görüşmüştü.", "kyriakos-mitsotakis", "2021-04-06"},
		{"ar", "واستقبل الرئيس قيس سعيد في التاسع من الشهر الجاري ستيفاني ويليامز في تونس.", "kais-saied", "2021-04-09"},
		{"es", "Maas se reunió con Dbeibah en Trípoli el 6 de este mes.", "heiko-maas", "2021-04-06"},
		{"de", "Maas traf Dbeibah am 6. dieses Monats in Tripolis.", "heiko-maas", "2021-04-06"},
		{"ur", "ماس نے اس ماہ کی 6 تاریخ کو طرابلس میں عبدالحمید دبیبہ سے ملاقات کی۔", "heiko-maas", "2021-04-06"},
		{"fr", "Heiko Maas a rencontré Dbeibah à Tripoli le 6 de ce mois.", "heiko-maas", "2021-04-06"},
		{"it", "Heiko Maas ha incontrato Dbeibah a Tripoli il 6 del mese corrente.", "heiko-maas", "2021-04-06"},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-04-20", "Title\n\n"+c.text)
		if _, date, ok := sceneOf(f, c.who); !ok || date != c.want {
			t.Errorf("%s %q: meetings %v (%s's on %q), want %s", c.lang, c.text, placed(f), c.who, date, c.want)
		}
	}
	// the call the day before the visit
	f := factsOn(t, x, "tr", "2021-04-20", "Title\n\n"+cases[0].text)
	if len(f.Meetings) != 2 || f.Meetings[1].Date.String() != "2021-04-05" {
		t.Errorf("%q: meetings %v, want the call on 2021-04-05", cases[0].text, placed(f))
	}
	// (no paper's date, no day)
	f = factsOn(t, x, "es", "", "Title\n\n"+cases[2].text)
	if _, date, ok := sceneOf(f, "heiko-maas"); !ok || date != "" {
		t.Errorf("%q with no paper's date: meetings %v, want one undated", cases[2].text, placed(f))
	}
}

// TestCityOfADistanceReference: a meeting in a town named with its
// distance from a capital ("en Buznika, a unos cuarenta kilómetros de
// Rabat", "Rabat'ın 40 kilometre güneyindeki Buznika'da") is in the town:
// es and tr write Bouznika "Buznika".
func TestCityOfADistanceReference(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"es", "El domingo, Naser Burita recibió a Jaled al Mishri en Buznika, a unos cuarenta kilómetros de Rabat."},
		{"tr", "Nasır Burita pazar günü Rabat'ın 40 kilometre güneyindeki Buznika'da Halid el-Mişri ile görüştü."},
		{"fr", "Dimanche, Nasser Bourita a reçu Khaled al-Mechri à Bouznika, à une quarantaine de kilomètres de Rabat."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-09-10", "Title\n\n"+c.text)
		if place, _, ok := sceneOf(f, "nasser-bourita"); !ok || place != "bouznika" {
			t.Errorf("%s %q: meetings %v, want Bourita's in bouznika", c.lang, c.text, placed(f))
		}
	}
}
