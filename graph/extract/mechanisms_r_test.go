package extract

import (
	"testing"

	"github.com/parley/parley/graph"
)

// TestLedeDayBefore: Russian "накануне" is the day before the paper when
// no event of its paragraph anchors it, the day before that event when one
// does, and the eve of the event it names when a noun follows it.
func TestLedeDayBefore(t *testing.T) {
	runConstructions(t, "ru", []consCase{
		{text: "Лавров накануне провёл переговоры с Хафтаром в Москве.",
			meet: []string{"meet held 2021-03-09 khalifa-haftar,sergey-lavrov"}},
		{text: "Шойгу в понедельник встретился с Халифой Хафтаром. Накануне он провёл телефонный разговор с Хулуси Акаром.",
			meet: []string{"call held 2021-03-07 hulusi-akar,sergei-shoigu", "meet held 2021-03-08 khalifa-haftar,sergei-shoigu"}},
		{text: "Шойгу в понедельник встретился с Халифой Хафтаром.\n\nНакануне Лавров провёл телефонный разговор с Мевлютом Чавушоглу.",
			meet: []string{"call held 2021-03-09 mevlut-cavusoglu,sergey-lavrov", "meet held 2021-03-08 khalifa-haftar,sergei-shoigu"}},
		{text: "Шойгу в понедельник встретился с Халифой Хафтаром.\n\nНакануне визита Лавров провёл телефонный разговор с Мевлютом Чавушоглу.",
			meet: []string{"call held 2021-03-07 mevlut-cavusoglu,sergey-lavrov", "meet held 2021-03-08 khalifa-haftar,sergei-shoigu"}},
	})
}

// TestRefusalAndLateNegation: a refusal of the meeting noun it governs
// denies the meeting ("lehnt jede Begegnung mit X ab", "отказался от
// встречи с X", "X ile görüşmeyi reddetti"), a German negation closing its
// clause denies the verb before it, and "nicht nur" denies nothing.
func TestRefusalAndLateNegation(t *testing.T) {
	runConstructions(t, "de", []consCase{
		{text: "Sarradsch lehnt jedes Treffen mit Chalifa Haftar ab; Haftar und Sarradsch haben sich seitdem nicht gesehen."},
		{text: "Getroffen haben sich Sarradsch und Haftar bis heute nie."},
		{text: "Sarradsch lehnte ein Treffen mit Haftar in Rom ab."},
		{text: "Haftar lehnte beim Treffen mit Maas den Vorschlag ab.",
			meet: []string{"meet held - heiko-maas,khalifa-haftar"}},
		{text: "Maas traf am Dienstag nicht nur Haftar, sondern auch Aguila Saleh.",
			meet: []string{"meet held 2021-03-09 aguila-saleh-issa,heiko-maas,khalifa-haftar"}},
	})
	runConstructions(t, "ru", []consCase{
		{text: "Сарадж отказался от встречи с Хафтаром в Москве."},
		{text: "Хафтар отклонил встречу с Сараджем в Анкаре."},
	})
	runConstructions(t, "tr", []consCase{
		{text: "Serrac, Moskova'da Hafter ile bir araya gelmeyi reddetti."},
		{text: "Serrac, Hafter ile yapılacak görüşmeye yanaşmadı."},
		{text: "Serrac, Hafter ile görüşme teklifini reddetti."},
	})
}

// TestOpeningAnaphor: a visit or meeting noun opening its sentence as the
// subject of what follows is the event told before, not a new one; the
// event it is said to follow is news of its own. A phrase pointing back
// at an event whose people it names adds nothing.
func TestOpeningAnaphor(t *testing.T) {
	runConstructions(t, "tr", []consCase{
		{text: "Akar pazar günü Trablus'ta Serrac ile görüştü. Ziyaret, Hafter'in geçen hafta yaptığı açıklamaların ardından gerçekleşti.",
			meet: []string{"meet held 2021-03-07 fayez-al-sarraj,hulusi-akar"}},
		{text: "Akar pazar günü Trablus'ta Serrac ile görüştü. Ziyaret, Erdoğan'ın cumartesi günü Serrac ile yaptığı telefon görüşmesinin ardından geldi. Erdoğan'ın görüşmede Serrac'a destek sözü verdiği öğrenildi.",
			meet: []string{"call held 2021-03-06 fayez-al-sarraj,recep-tayyip-erdogan", "meet held 2021-03-07 fayez-al-sarraj,hulusi-akar"}},
		{text: "Çavuşoğlu, Dbeybe ile telefonla görüştü. Akar ise Başağa ile video konferans yoluyla bir araya geldi.",
			meet: []string{"call held - abdul-hamid-dbeibah,mevlut-cavusoglu", "video held - fathi-bashagha,hulusi-akar"}},
	})
	runConstructions(t, "ru", []consCase{
		{text: "Лавров во вторник принял в Москве Ахмеда Майтига. Визит Майтига в Москву стал первым после снятия блокады.",
			meet: []string{"meet held 2021-03-09 ahmed-maiteeq,sergey-lavrov"}},
	})
	runConstructions(t, "de", []consCase{
		{text: "Maas traf am Dienstag in Tripolis Dbeiba. Der Besuch war der erste eines deutschen Ministers seit 2019.",
			meet: []string{"meet held 2021-03-09 abdul-hamid-dbeibah,heiko-maas"}},
	})
}

// TestVideoMannerClause: a video conference named in a participle or
// relative clause about the meeting noun is the manner of that meeting.
func TestVideoMannerClause(t *testing.T) {
	runConstructions(t, "ru", []consCase{
		{text: "Об этом говорится по итогам переговоров Лаврова с Мевлютом Чавушоглу, прошедших во вторник в формате видеоконференции.",
			meet: []string{"video held 2021-03-09 mevlut-cavusoglu,sergey-lavrov"}},
		{text: "Министр Олег Прохоров встретился с министром экономики Али Хадиди.",
			meet: []string{"meet held - x-ali-hadidi,x-oleg-prokhorov"}},
	})
	runConstructions(t, "de", []consCase{
		{text: "Die Gespräche zwischen Maas und Lawrow, die am Dienstag per Videokonferenz stattfanden, blieben ohne Ergebnis.",
			meet: []string{"video held 2021-03-09 heiko-maas,sergey-lavrov"}},
	})
}

// TestEscortedDelegation: the people who come with the subject ("in
// Begleitung von", "в сопровождении", "eşliğinde", "beraberindeki … ile
// birlikte") are at the meeting, also when a military title alone
// introduces them.
func TestEscortedDelegation(t *testing.T) {
	runConstructions(t, "de", []consCase{
		{text: "In Begleitung von Generalinspekteur Bernd Adler traf Kramp-Karrenbauer in Ankara Hulusi Akar.",
			meet: []string{"meet held - annegret-kramp-karrenbauer,hulusi-akar,x-bernd-adler"}},
	})
	runConstructions(t, "ru", []consCase{
		{text: "Шойгу в сопровождении начальника Генштаба Валерия Герасимова встретился в Москве с Халифой Хафтаром.",
			meet: []string{"meet held - khalifa-haftar,sergei-shoigu,valery-gerasimov"}},
	})
	runConstructions(t, "tr", []consCase{
		{text: "Akar, beraberindeki Genelkurmay Başkanı Yaşar Güler ve Kara Kuvvetleri Komutanı Ümit Dündar ile birlikte Trablus'ta Serrac ile görüştü.",
			meet: []string{"meet held - fayez-al-sarraj,hulusi-akar,umit-dundar,yasar-guler"}},
		{text: "Soylu, Deniz Kuvvetleri Komutanı Kemal Yurt eşliğinde Başağa ile görüştü.",
			meet: []string{"meet held - fathi-bashagha,suleyman-soylu,x-kemal-yurt"}},
	})
}

// TestSameDaySameCity: an in-person event dated by the event told before on
// the same day ("im Anschluss", "в тот же день", "aynı gün") happens in its
// city when it names none of its own.
func TestSameDaySameCity(t *testing.T) {
	runConstructions(t, "de", []consCase{
		{text: "Maas traf am Dienstag in Algier Sabri Boukadoum. Im Anschluss empfing ihn Präsident Abdelmadjid Tebboune.",
			meet: []string{"meet held 2021-03-09 abdelmadjid-tebboune,heiko-maas", "meet held 2021-03-09 heiko-maas,sabri-boukadoum"}},
	})
	runConstructions(t, "ru", []consCase{
		{text: "Мишустин во вторник принял в Москве Абдель Хамида Дбейбу. В тот же день Наджла Мангуш провела переговоры с Сергеем Лавровым.",
			meet: []string{"meet held 2021-03-09 abdul-hamid-dbeibah,mikhail-mishustin", "meet held 2021-03-09 najla-mangoush,sergey-lavrov"}},
	})
	runConstructions(t, "tr", []consCase{
		{text: "Akar salı günü Trablus'ta Serrac ile görüştü. Akar aynı gün Fethi Başağa ile de görüştü.",
			meet: []string{"meet held 2021-03-09 fathi-bashagha,hulusi-akar", "meet held 2021-03-09 fayez-al-sarraj,hulusi-akar"}},
	})
}

// TestProtagonistsCancelledMeeting: a planned or cancelled meeting with one
// partner and no owner is the one the story follows.
func TestProtagonistsCancelledMeeting(t *testing.T) {
	runConstructions(t, "de", []consCase{
		{text: "Maas telefonierte am Abend mit Mevlüt Çavuşoğlu. Ein für Donnerstag geplantes Treffen mit Präsident Kais Saied in Tunis wurde abgesagt.",
			meet: []string{"call held - heiko-maas,mevlut-cavusoglu", "meet cancelled 2021-03-11 heiko-maas,kais-saied"}},
	})
	runConstructions(t, "ru", []consCase{
		{text: "Лавров во вторник встретился в Москве с Ахмедом Майтигом. Намеченная на четверг встреча с Халифой Хафтаром отменена.",
			meet: []string{"meet cancelled 2021-03-11 khalifa-haftar,sergey-lavrov", "meet held 2021-03-09 ahmed-maiteeq,sergey-lavrov"}},
	})
}

// TestSameDayPlace checks the city the same-day events inherit.
func TestSameDayPlace(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct{ lang, text, want string }{
		{"de", "Maas traf am Dienstag in Algier Sabri Boukadoum. Im Anschluss empfing ihn Präsident Abdelmadjid Tebboune.", "algiers"},
		{"ru", "Мишустин во вторник принял в Москве Абдель Хамида Дбейбу. В тот же день Наджла Мангуш провела переговоры с Сергеем Лавровым.", "moscow"},
		{"tr", "Akar salı günü Trablus'ta Serrac ile görüştü. Akar aynı gün Fethi Başağa ile de görüştü.", "tripoli"},
	} {
		f, err := x.Article(graph.Article{ID: "t", Lang: c.lang, Published: consPublished, Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		if len(f.Meetings) != 2 {
			t.Errorf("%s: %d meetings, want 2", c.text, len(f.Meetings))
			continue
		}
		for _, m := range f.Meetings {
			if m.Place != c.want {
				t.Errorf("%s: place %q, want %q", c.text, m.Place, c.want)
			}
		}
	}
}

// TestRelativeMonth: "last month" and "next month" date an event by the
// paper's month, the day unknown.
func TestRelativeMonth(t *testing.T) {
	runConstructions(t, "tr", []consCase{
		{text: "Başağa'nın geçen ay Malta'da Robert Abela ile yapması planlanan görüşme iptal edilmişti.",
			meet: []string{"meet cancelled 2021-02 fathi-bashagha,robert-abela"}},
	})
	runConstructions(t, "ru", []consCase{
		{text: "Лавров в прошлом месяце встретился в Москве с Халифой Хафтаром.",
			meet: []string{"meet held 2021-02 khalifa-haftar,sergey-lavrov"}},
	})
	runConstructions(t, "de", []consCase{
		{text: "Maas will im kommenden Monat in Tripolis mit Dbeiba zusammentreffen.",
			meet: []string{"meet planned 2021-04 abdul-hamid-dbeibah,heiko-maas"}},
	})
}

// TestSameDelegationNewPartner: the same delegation meeting another
// partner next is another meeting, on the same trip.
func TestSameDelegationNewPartner(t *testing.T) {
	runConstructions(t, "ru", []consCase{
		{text: "Шойгу и Герасимов в воскресенье встретились в Москве с Халифой Хафтаром. Затем Шойгу и Герасимов провели переговоры с Агилой Салехом.",
			meet: []string{"meet held 2021-03-07 aguila-saleh-issa,sergei-shoigu,valery-gerasimov", "meet held 2021-03-07 khalifa-haftar,sergei-shoigu,valery-gerasimov"}},
	})
	runConstructions(t, "tr", []consCase{
		{text: "Akar ve Güler pazar günü Trablus'ta Serrac ile bir araya geldi. Akar ve Güler daha sonra Fethi Başağa'yı makamında ziyaret etti.",
			meet: []string{"meet held 2021-03-07 fathi-bashagha,hulusi-akar,yasar-guler", "meet held 2021-03-07 fayez-al-sarraj,hulusi-akar,yasar-guler"}},
	})
}

// TestGermanTitleGender: a bare German title names the holder of its
// gender: "die Ministerin" is the woman of the office, not the man named
// last.
func TestGermanTitleGender(t *testing.T) {
	runConstructions(t, "de", []consCase{
		{text: "Verteidigungsministerin Annegret Kramp-Karrenbauer traf in Rom Lorenzo Guerini. Guerini sprach von Fortschritten. Am Folgetag telefonierte die Ministerin mit Hulusi Akar.",
			meet: []string{"call held - annegret-kramp-karrenbauer,hulusi-akar", "meet held - annegret-kramp-karrenbauer,lorenzo-guerini"},
			say:  []string{"lorenzo-guerini"}},
	})
}

// TestMoreVerbForms: meeting and visit verbs in the forms wire reports use
// ("виделся с", "провела переговоры", "приняла", "побывал в"), an
// invitation that plans a visit, and a Turkish title in the genitive.
func TestMoreVerbForms(t *testing.T) {
	runConstructions(t, "ru", []consCase{
		{text: "Хафтар последний раз виделся с Сергеем Шойгу в Москве.",
			meet: []string{"meet held - khalifa-haftar,sergei-shoigu"}},
		{text: "Наджла Мангуш во вторник провела переговоры с Сергеем Лавровым.",
			meet: []string{"meet held 2021-03-09 najla-mangoush,sergey-lavrov"}},
		{text: "Наджла Мангуш пригласила Сергея Лаврова посетить Триполи.",
			meet: []string{"meet planned - najla-mangoush,sergey-lavrov"}},
	})
	runConstructions(t, "de", []consCase{
		{text: "Dbeiba lud Maas zu einem Besuch nach Tripolis ein.",
			meet: []string{"meet planned - abdul-hamid-dbeibah,heiko-maas"}},
	})
	runConstructions(t, "tr", []consCase{
		{text: "Başağa dün Ankara'da Süleyman Soylu ile görüştü. Libyalı bakanın yarın Hulusi Akar ile de görüşmesi planlanıyor.",
			meet: []string{"meet held 2021-03-09 fathi-bashagha,suleyman-soylu", "meet planned 2021-03-11 fathi-bashagha,hulusi-akar"}},
	})
}

// TestDelegationSubjectOfCountry: a delegation as the subject of a meeting is the
// people of its country named with the trip before.
func TestDelegationSubjectOfCountry(t *testing.T) {
	runConstructions(t, "tr", []consCase{
		{text: "Soylu ve Dündar pazartesi günü Trablus'ta Serrac ile görüştü. Türk heyeti salı günü Fethi Başağa ile bir araya geldi.",
			meet: []string{"meet held 2021-03-08 fayez-al-sarraj,suleyman-soylu,umit-dundar", "meet held 2021-03-09 fathi-bashagha,suleyman-soylu,umit-dundar"}},
	})
	runConstructions(t, "ru", []consCase{
		{text: "Шойгу и Герасимов в понедельник встретились в Бенгази с Халифой Хафтаром. Во вторник российская делегация провела переговоры с Агилой Салехом.",
			meet: []string{"meet held 2021-03-08 khalifa-haftar,sergei-shoigu,valery-gerasimov", "meet held 2021-03-09 aguila-saleh-issa,sergei-shoigu,valery-gerasimov"}},
	})
	runConstructions(t, "de", []consCase{
		{text: "Maas und Annen trafen am Montag in Tripolis Fajis al-Sarradsch. Am Dienstag traf die deutsche Delegation Khalid al-Mishri.",
			meet: []string{"meet held 2021-03-08 fayez-al-sarraj,heiko-maas,niels-annen", "meet held 2021-03-09 heiko-maas,khalid-al-mishri,niels-annen"}},
		// a delegation met is no subject
		{text: "Maas und Annen trafen am Montag in Tripolis Fajis al-Sarradsch. Am Dienstag traf sich Haftar mit einer Delegation unter Leitung von Richard Norland.",
			meet: []string{"meet held 2021-03-08 fayez-al-sarraj,heiko-maas,niels-annen", "meet held 2021-03-09 khalifa-haftar,richard-norland"}},
	})
}

// TestToldPhraseAnchor: a phrase pointing back at a told event by its
// partner ("после встречи с X", "nach dem Treffen mit X") adds no meeting
// and no participant, and "the same day" is that event's day.
func TestToldPhraseAnchor(t *testing.T) {
	runConstructions(t, "ru", []consCase{
		{text: "Лавров во вторник провёл переговоры с Агилой Салехом. В среду Салеха принял Михаил Богданов. В тот же день, после встречи с Салехом, Лавров провёл телефонный разговор с Мевлютом Чавушоглу.",
			meet: []string{"call held 2021-03-09 mevlut-cavusoglu,sergey-lavrov", "meet held 2021-03-09 aguila-saleh-issa,sergey-lavrov", "meet held 2021-03-10 aguila-saleh-issa,mikhail-bogdanov"}},
	})
}

// TestWishAndEscortToCome: a wish to visit is no visit; those expected to
// accompany a planned visit join it.
func TestWishAndEscortToCome(t *testing.T) {
	runConstructions(t, "tr", []consCase{
		// (the wish is Menfi's words, which the passive reports: session 13)
		{text: "Açıklamada, Menfi'nin Türkiye'yi ziyaret etme arzusunu ilettiği belirtildi.", say: []string{"mohamed-al-menfi"}},
		{text: "Dbeybe'nin gelecek hafta Ankara'da Erdoğan ile görüşmesi bekleniyor. Dbeybe'ye ziyarette Dışişleri Bakanı Necla el-Menguş'un da eşlik etmesi bekleniyor.",
			meet: []string{"meet planned 2021-03 abdul-hamid-dbeibah,najla-mangoush,recep-tayyip-erdogan"}},
	})
	runConstructions(t, "ru", []consCase{
		{text: "Менфи выразил желание посетить Москву.", say: []string{"mohamed-al-menfi"}},
	})
}

// TestMonthOfRelativeYear: a month of "last year" takes the paper's year
// shifted; without the paper's date it gives no date.
func TestMonthOfRelativeYear(t *testing.T) {
	runConstructions(t, "ru", []consCase{
		{text: "Хафтар встречался с Сергеем Шойгу в Москве в январе прошлого года.",
			meet: []string{"meet held 2020-01 khalifa-haftar,sergei-shoigu"}},
	})
	runConstructions(t, "de", []consCase{
		{text: "Haftar hatte Maas im Januar letzten Jahres in Bengasi getroffen.",
			meet: []string{"meet held 2020-01 heiko-maas,khalifa-haftar"}},
	})
	x := shipped(t)
	f, err := x.Article(graph.Article{ID: "t", Lang: "ru", Text: "Хафтар встречался с Сергеем Шойгу в Москве в январе прошлого года."})
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Meetings) != 1 || !f.Meetings[0].Date.IsZero() {
		t.Errorf("no paper's date: got %+v, want one undated meeting", f.Meetings)
	}
}

// TestDepartureIsNoVisit: leaving ("reiste … ab") is no visit.
func TestDepartureIsNoVisit(t *testing.T) {
	runConstructions(t, "de", []consCase{
		{text: "Sarradsch unterschrieb den Entwurf, Haftar reiste in der Nacht ohne Unterschrift ab."},
		{text: "Maas reiste am Dienstag nach Tripolis und traf dort Dbeiba.",
			meet: []string{"meet held 2021-03-09 abdul-hamid-dbeibah,heiko-maas"}},
	})
}
