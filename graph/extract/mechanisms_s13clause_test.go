package extract

import "testing"

// TestAndClauseNewSubject: a clause joined by "and" after a comma that
// names a subject of its own before its verb ("…, y dos días más tarde
// Lamorgese viajó a Trípoli para reunirse con Serraj") is an event of its
// own: its subject is no partner of the clause before, and the place it
// names is not the first event's.
func TestAndClauseNewSubject(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       [][]string
		place      string // of the first event
	}{
		{"es", "El lunes, el ministro Luigi Di Maio recibió en Roma a Fathi Bashagha, y dos días más tarde Lamorgese viajó a Trípoli para reunirse con Fayez al Serraj.", [][]string{{"luigi-di-maio", "fathi-bashagha"}, {"luciana-lamorgese", "fayez-al-sarraj"}}, "rome"},
		{"es", "El jueves el rey Mohamed VI recibió a Jalifa Hafter en su palacio, y el canciller Nasser Burita se entrevistó después en Rabat con Aguila Saleh.", [][]string{{"mohammed-vi", "khalifa-haftar"}, {"nasser-bourita", "aguila-saleh-issa"}}, ""},
		{"en", "On Monday, Sergey Lavrov received Aguila Saleh in Moscow, and a week later Heiko Maas flew to Tripoli to meet Fayez al-Sarraj.", [][]string{{"sergey-lavrov", "aguila-saleh-issa"}, {"heiko-maas", "fayez-al-sarraj"}}, "moscow"},
		{"fr", "Lundi, Emmanuel Macron a reçu Khalifa Haftar à l'Élysée, et deux jours plus tard Jean-Yves Le Drian s'est rendu à Tripoli pour rencontrer Fayez al-Sarraj.", [][]string{{"emmanuel-macron", "khalifa-haftar"}, {"jean-yves-le-drian", "fayez-al-sarraj"}}, "paris"},
		{"it", "Lunedì Giuseppe Conte ha ricevuto a Palazzo Chigi Khalifa Haftar, e il giorno dopo Luigi Di Maio è volato a Tripoli per incontrare Fayez al-Sarraj.", [][]string{{"giuseppe-conte", "khalifa-haftar"}, {"luigi-di-maio", "fayez-al-sarraj"}}, "rome"},
		{"ru", "В понедельник Владимир Путин принял в Кремле Реджепа Тайипа Эрдогана, и через два дня Сергей Лавров прилетел в Триполи для встречи с Файезом Сарраджем.", [][]string{{"vladimir-putin", "recep-tayyip-erdogan"}, {"sergey-lavrov", "fayez-al-sarraj"}}, "moscow"},
		{"de", "Am Montag empfing Angela Merkel in Berlin Recep Tayyip Erdoğan, und Heiko Maas reiste zwei Tage später nach Tripolis, um Fayez al-Sarradsch zu treffen.", [][]string{{"angela-merkel", "recep-tayyip-erdogan"}, {"heiko-maas", "fayez-al-sarraj"}}, "berlin"},
		// a list of objects goes on past the comma: one meeting
		{"en", "Lavrov met Saleh, Haftar, and Sarraj during the visit to Moscow.", [][]string{{"sergey-lavrov", "khalifa-haftar", "fayez-al-sarraj"}}, "moscow"},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, c.want)
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if c.place != "" && len(f.Meetings) > 0 && f.Meetings[0].Place != c.place {
			t.Errorf("%s %q: first event in %q, want %q", c.lang, c.text, f.Meetings[0].Place, c.place)
		}
	}
}

// TestSubordinateClausePastAnAside: "después de que", "dopo che", "après
// que" open a clause with a subject of its own, even past an aside about
// the main event that names someone ("La reunión, la primera desde que
// Hafter …, se celebra días después de que Saleh fuera recibido …"), and
// with an auxiliary between the subject and its verb: its event is the
// subject's with the agent, and the aside's name is no partner.
func TestSubordinateClausePastAnAside(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"es", "La reunión, la primera desde que el mariscal Jalifa Hafter lanzó su ofensiva, se celebra días después de que Aguila Saleh fuera recibido en El Cairo por Abdel Fatah al Sisi.", [][]string{{"aguila-saleh-issa", "abdel-fattah-el-sisi"}}},
		{"it", "L'incontro, il primo da quando le truppe del maresciallo Khalifa Haftar hanno lasciato Tripoli, arriva pochi giorni dopo che Fayez al-Sarraj è stato ricevuto ad Ankara da Recep Tayyip Erdogan.", [][]string{{"fayez-al-sarraj", "recep-tayyip-erdogan"}}},
		{"fr", "La rencontre, la première depuis que les troupes du maréchal Khalifa Haftar ont quitté Tripoli, intervient quelques jours après que Fayez al-Sarraj a été reçu à Ankara par Recep Tayyip Erdogan.", [][]string{{"fayez-al-sarraj", "recep-tayyip-erdogan"}}},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, c.want)
	}
}

// TestFrenchDontClauseIsItsOwn: "dont" (and "lesquels", "auquel") after
// a comma opens a relative clause as "qui" does: the place it names is
// not the meeting's ("…, dont les troupes encerclent Tripoli").
func TestFrenchDontClauseIsItsOwn(t *testing.T) {
	x := shipped(t)
	for _, text := range []string{
		"Lundi, Emmanuel Macron s'est entretenu avec Khalifa Haftar, dont les troupes encerclent Tripoli depuis avril.",
		"Mardi, Jean-Yves Le Drian a rencontré Aguila Saleh, dont les partisans ont manifesté la veille devant le parlement de Tobrouk.",
	} {
		f := factsOf(t, x, "fr", "Title\n\n"+text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != "" {
			t.Errorf("%q: %v, want one meeting with no place", text, f.Meetings)
		}
	}
}

// TestSequelClauseKeepsItsPlace: "and" with a time word after a meeting
// ("y al día siguiente voló a Tobruk", "and the next day flew to
// Benghazi", "et le lendemain s'est rendu à Benghazi") opens the
// subject's next event: the first meeting takes neither its place nor
// its day, and the second has its own partner.
func TestSequelClauseKeepsItsPlace(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text    string
		second, place string // the second meeting's partner; the place
	}{
		{"es", "Josep Borrell se reunió el lunes con Fayez al Sarraj y al día siguiente voló a Tobruk para entrevistarse con Aguila Saleh.", "aguila-saleh-issa", "tobruk"},
		{"en", "Heiko Maas met Fayez al-Sarraj on Monday and the next day flew to Benghazi to meet Khalifa Haftar.", "khalifa-haftar", "benghazi"},
		{"en", "Heiko Maas met Fayez al-Sarraj and then flew to Benghazi to meet Khalifa Haftar.", "khalifa-haftar", "benghazi"},
		{"fr", "Jean-Yves Le Drian a rencontré Fayez al-Sarraj lundi et le lendemain s'est rendu à Benghazi pour rencontrer Khalifa Haftar.", "khalifa-haftar", "benghazi"},
		{"it", "Luigi Di Maio ha incontrato Fayez al-Sarraj lunedì e il giorno dopo è volato a Bengasi per vedere Khalifa Haftar.", "khalifa-haftar", "benghazi"},
		{"ru", "Сергей Лавров встретился с Файезом Сарраджем в понедельник и на следующий день вылетел в Бенгази для встречи с Халифой Хафтаром.", "khalifa-haftar", "benghazi"},
		{"de", "Heiko Maas traf am Montag Fayez al-Sarradsch und reiste am nächsten Tag nach Bengasi, um Khalifa Haftar zu treffen.", "khalifa-haftar", "benghazi"},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-06-20", "Title\n\n"+c.text)
		if len(f.Meetings) != 2 {
			t.Errorf("%s %q: meetings %v, want two", c.lang, c.text, allParts(f))
			continue
		}
		first, second := f.Meetings[0], f.Meetings[1]
		if first.Place == c.place || !first.Date.IsZero() && first.Date == second.Date {
			t.Errorf("%s %q: first meeting in %q on %v, the second's place or day", c.lang, c.text, first.Place, first.Date)
		}
		if second.Place != c.place || !sameParts(participants(second), []string{participants(first)[0], c.second}) {
			t.Errorf("%s %q: second meeting %v in %q, want its subject and %s in %s", c.lang, c.text, participants(second), second.Place, c.second, c.place)
		}
	}
}

// TestDatedEventAfterAToldOne: a phrase that points back at an event
// ("dopo la telefonata", "tras la conversación", "après l'entretien")
// with its own date and "between" after it tells an earlier event of its
// own, with its own partners, not the one just told.
func TestDatedEventAfterAToldOne(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"it", "Martedì Luigi Di Maio ha ricevuto alla Farnesina Fathi Bashagha. L'incontro arriva dopo la telefonata del 3 marzo tra Di Maio e il premier Fayez al-Sarraj."},
		{"es", "El martes Josep Borrell recibió en Bruselas a Fathi Bashagha. El encuentro llega tras la conversación del 3 de marzo entre Borrell y el primer ministro Fayez al Serraj."},
		{"fr", "Mardi, Jean-Yves Le Drian a reçu Fathi Bashagha à Paris. La rencontre intervient après l'entretien du 3 mars entre Le Drian et le Premier ministre Fayez al-Sarraj."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-06-20", "Title\n\n"+c.text)
		got := allParts(f)
		if len(got) != 2 || len(got[1]) != 2 || got[1][1] != "fayez-al-sarraj" || f.Meetings[1].Date.Month != 3 {
			t.Errorf("%s %q: meetings %v, want a second one with Sarraj on 3 March", c.lang, c.text, got)
		}
	}
}

// TestTurkishParticipleHeadIsTheSubject: a Turkish trigger closed by a
// subject participle ("görüşen", "ağırlayan", "bir araya gelen")
// qualifies the name after it, its subject; the clause after that name's
// comma is the subject's next deed, whose names and places are not the
// meeting's, unless it holds a trigger of its own.
func TestTurkishParticipleHeadIsTheSubject(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		text  string
		want  [][]string
		place string
	}{
		{"Pazartesi günü Moskova'da Rusya Dışişleri Bakanı Sergey Lavrov ile görüşen Hafter, ateşkes metnini imzalamadan Ankara'ya dönmedi ve Türkiye ile Rusya'yı şaşırttı.", [][]string{{"sergey-lavrov", "khalifa-haftar"}}, "moscow"},
		{"Salı günü Fayez es-Serrac'ı Ankara'da ağırlayan Cumhurbaşkanı Erdoğan, Libya ve Akdeniz konusunda Yunanistan'ı uyardı.", [][]string{{"fayez-al-sarraj", "recep-tayyip-erdogan"}}, "ankara"},
		{"Cuma günü Roma'da bir araya gelen İtalya Dışişleri Bakanı Luigi Di Maio ile Yunan mevkidaşı Nikos Dendias, Libya'ya uygulanan silah ambargosunu görüştü.", [][]string{{"luigi-di-maio", "nikos-dendias"}}, "rome"},
	}
	for _, c := range cases {
		wantAllParts(t, x, "tr", c.text, c.want)
		if f := factsOf(t, x, "tr", "Title\n\n"+c.text); len(f.Meetings) > 0 && f.Meetings[0].Place != c.place {
			t.Errorf("%q: in %q, want %q", c.text, f.Meetings[0].Place, c.place)
		}
	}
}

// TestAtATimeWhenClauseIsItsOwn: "at a time when", "au moment où", "en
// momentos en que", "in un momento in cui", "ایسے وقت … جب", "في وقت"
// after a trigger open a clause of its own: the names in it are no
// partners of the event the sentence points back at, nor its subject.
func TestAtATimeWhenClauseIsItsOwn(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Recep Tayyip Erdoğan spoke by phone with Vladimir Putin on Monday. The call came at a time when Sedat Önal and Sergey Vershinin were holding consultations on Libya in Ankara."},
		{"fr", "Recep Tayyip Erdoğan s'est entretenu au téléphone avec Vladimir Poutine lundi. L'appel intervient au moment où Sedat Önal et Sergueï Verchinine tiennent des consultations sur la Libye à Ankara."},
		{"es", "Recep Tayyip Erdogan habló por teléfono con Vladímir Putin el lunes. La llamada se produce en momentos en que Sedat Önal y Serguéi Vershinin celebran consultas sobre Libia en Ankara."},
		{"ur", "ترک صدر رجب طیب اردوان نے پیر کو روسی صدر ولادیمیر پوتن سے ٹیلی فون پر بات کی۔ یہ ٹیلی فونک رابطہ ایسے وقت میں ہوا ہے جب مصر اور متحدہ عرب امارات مشرقی لیبیا کی حمایت کر رہے ہیں۔"},
		{"ar", "استقبل الرئيس التونسي قيس سعيد رئيس المجلس الرئاسي فائز السراج يوم الاثنين. وتأتي الزيارة في وقت تحشد فيه مصر والإمارات قواتهما شرقي ليبيا."},
		{"it", "Recep Tayyip Erdogan ha parlato al telefono con Vladimir Putin lunedì. La telefonata arriva in un momento in cui Sedat Önal e Sergej Vershinin tengono consultazioni sulla Libia ad Ankara."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-06-20", "Title\n\n"+c.text)
		if len(f.Meetings) != 1 {
			t.Errorf("%s %q: meetings %v, want only the first sentence's", c.lang, c.text, allParts(f))
		}
	}
}

// TestConferenceTimePhraseIsNoPlace: a phrase that times the sentence by
// a conference ("بعد أيام من مؤتمر برلين،", "A week after the Berlin
// conference,") names the conference's city, not where the event after
// the comma took place; "on the sidelines of" it still does.
func TestConferenceTimePhraseIsNoPlace(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, place string }{
		{"ar", "وبعد أيام من مؤتمر برلين، استقبل الرئيس عبد المجيد تبون في الجزائر العاصمة رئيس المجلس الرئاسي فائز السراج.", "algiers"},
		{"ar", "وبعد أيام من مؤتمر برلين، أجرى فائز السراج محادثات مع الرئيس عبد المجيد تبون.", ""},
		{"en", "A week after the Berlin conference, Abdelmadjid Tebboune received Fayez al-Sarraj.", ""},
		{"fr", "Une semaine après la conférence de Berlin, Abdelmadjid Tebboune a reçu Fayez al-Sarraj.", ""},
		{"es", "Una semana después de la conferencia de Berlín, Abdelmayid Tebún recibió a Fayez al Serraj.", ""},
		{"en", "On the sidelines of the Berlin conference, Heiko Maas met Fayez al-Sarraj.", "berlin"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != c.place {
			t.Errorf("%s %q: %v, want one meeting in %q", c.lang, c.text, f.Meetings, c.place)
		}
	}
}

// TestPlannedTopicLeavesTheEventHeld: a planning cue that qualifies what
// a topic phrase names ("über die geplante Libyen-Konferenz", "about the
// planned conference") tells the topic's status, not the event's: the
// call that talks about it took place.
func TestPlannedTopicLeavesTheEventHeld(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"de", "Heiko Maas hat am Dienstag mit Mevlüt Çavuşoğlu über die geplante Libyen-Konferenz in Berlin telefoniert."},
		{"en", "Heiko Maas spoke by phone on Tuesday with Mevlüt Çavuşoğlu about the planned conference in Berlin."},
		{"es", "Heiko Maas habló por teléfono el martes con Mevlüt Çavuşoğlu sobre la prevista conferencia de Berlín."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-01-15", "Title\n\n"+c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Status != "held" {
			t.Errorf("%s %q: %v, want one call held", c.lang, c.text, f.Meetings)
		}
	}
}
