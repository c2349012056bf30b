package extract

import (
	"slices"
	"testing"

	"github.com/parley/parley/graph"
)

// callOn tells whether f holds a call of exactly want dated to the day
// month-day.
func callOn(f graph.Facts, want []string, month, day int) bool {
	for _, m := range f.Meetings {
		if m.Mode == graph.ModeCall && sameParts(participants(m), want) && m.Date.Month == month && m.Date.Day == day {
			return true
		}
	}
	return false
}

// TestDayShiftOpeningCountsFromTheSentenceBefore: "the day before", "the
// next day" opening a sentence count from the last day the sentence
// before names, even when that sentence's event was called off, not from
// the held meeting told paragraphs earlier.
func TestDayShiftOpeningCountsFromTheSentenceBefore(t *testing.T) {
	x := shipped(t)
	lead := map[string]string{
		"en": "On Wednesday, Heiko Maas met Luigi Di Maio in Rome.",
		"fr": "Mercredi, Heiko Maas a rencontré Luigi Di Maio à Rome.",
		"de": "Am Mittwoch traf Heiko Maas in Rom Luigi Di Maio.",
		"es": "El miércoles, Heiko Maas se reunió con Luigi Di Maio en Roma.",
		"it": "Mercoledì Heiko Maas ha incontrato Luigi Di Maio a Roma.",
		"tr": "Heiko Maas, çarşamba günü Roma'da Luigi Di Maio ile bir araya geldi.",
		"ru": "В среду Хайко Маас встретился в Риме с Луиджи Ди Майо.",
	}
	cases := []struct {
		lang, text string
		day        int
	}{
		{"en", "The talks planned for Friday in Tripoli were called off. The day before, Sergey Lavrov spoke by phone with Mevlüt Çavuşoğlu.", 11},
		{"fr", "La visite que Jean-Yves Le Drian devait effectuer vendredi à Tripoli a été reportée. La veille, Sergueï Lavrov s'était entretenu au téléphone avec Mevlüt Çavuşoğlu.", 11},
		{"de", "Der Besuch von Jean-Yves Le Drian in Tripolis wurde am Freitag abgesagt. Am Vortag hatte Sergej Lawrow mit Mevlüt Çavuşoğlu telefoniert.", 11},
		{"es", "La visita que Jean-Yves Le Drian debía realizar el viernes a Trípoli fue aplazada. La víspera, Serguéi Lavrov había hablado por teléfono con Mevlüt Çavuşoğlu.", 11},
		{"it", "La visita che Jean-Yves Le Drian doveva compiere venerdì a Tripoli è stata rinviata. Il giorno prima, Sergej Lavrov aveva parlato al telefono con Mevlüt Çavuşoğlu.", 11},
		{"tr", "Jean-Yves Le Drian'ın cuma günü Trablus'a yapacağı ziyaret ertelendi. Bir gün önce Sergey Lavrov ile Mevlüt Çavuşoğlu telefonda görüştü.", 11},
		{"ru", "Визит Жан-Ива Ле Дриана в Триполи, намеченный на пятницу, был отложен. Днём ранее Сергей Лавров провёл телефонный разговор с Мевлютом Чавушоглу.", 11},
		{"fr", "Le ministre a reçu jeudi son homologue Nikos Dendias. Le lendemain, Sergueï Lavrov s'est entretenu au téléphone avec Mevlüt Çavuşoğlu.", 12},
		{"ru", "В четверг Лавров принял в Москве Никоса Дендиаса. На следующий день Сергей Лавров провёл телефонный разговор с Мевлютом Чавушоглу.", 12},
	}
	want := []string{"sergey-lavrov", "mevlut-cavusoglu"}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-06-13", "Title\n\n"+lead[c.lang]+"\n\n"+c.text)
		if !callOn(f, want, 6, c.day) {
			t.Errorf("%s %q: meetings %v, want the call on 06-%02d", c.lang, c.text, dated(f), c.day)
		}
	}
	// a day far from the story's is another story's: "she would go to
	// Paris on 12 July. The next day the delegation …" stays on the
	// story's day
	f := factsOn(t, x, "fr", "2020-06-13", "Titre\n\nMercredi, Heiko Maas a rencontré Luigi Di Maio à Rome. Elle a précisé qu'elle se rendrait à Paris le 12 juillet. Le lendemain, Sergueï Lavrov s'est entretenu au téléphone avec Mevlüt Çavuşoğlu.")
	if !callOn(f, want, 6, 11) {
		t.Errorf("fr far day: meetings %v, want the call on 06-11", dated(f))
	}
}

// dated lists the meetings of f with their dates and places.
func dated(f graph.Facts) []string {
	var out []string
	for _, m := range f.Meetings {
		out = append(out, m.Mode+" "+m.Date.String()+" "+m.Place+" "+joinParts(participants(m)))
	}
	return out
}

func joinParts(ps []string) string {
	s := ""
	for i, p := range ps {
		if i > 0 {
			s += ","
		}
		s += p
	}
	return s
}

// TestPlaceInWhatWasSaidIsNoVenue: a place in what the partner said after
// the meeting ("…, who said that Algeria would help to train police
// officers in Libya") is not where they met; a place the sentence gives
// the meeting itself stays, and so does one of a meeting the speech tells
// ("ha annunciato che a maggio sarà a Roma per un nuovo incontro").
func TestPlaceInWhatWasSaidIsNoVenue(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"es", "Al Manqush se reunió con su homólogo argelino, Sabri Boukadoum, quien afirmó que su país apoyará la retirada de los mercenarios desplegados en Libia."},
		{"en", "Najla Mangoush met her Algerian counterpart Sabri Boukadoum, who said that Algeria would help to train police officers in Libya."},
		{"fr", "Najla Mangoush a rencontré son homologue algérien, Sabri Boukadoum, qui a affirmé que son pays soutiendrait le départ des mercenaires présents en Libye."},
		{"it", "Najla Mangoush ha incontrato il suo omologo algerino, Sabri Boukadoum, che ha detto che il suo paese sosterrà il ritiro dei mercenari presenti in Libia."},
		{"de", "Najla Mangusch traf ihren algerischen Amtskollegen Sabri Boukadoum, der sagte, sein Land wolle die Polizeiausbildung in Libyen unterstützen."},
		{"ar", "التقت وزيرة الخارجية نجلاء المنقوش نظيرها الجزائري صبري بوقادوم، الذي قال إن بلاده ستدعم تدريب الشرطة في ليبيا."},
		{"ru", "Наджла аль-Мангуш встретилась с Сабри Букадумом, который заявил, что его страна поможет в подготовке полиции в Ливии."},
	}
	want := []string{"najla-mangoush", "sabri-boukadoum"}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if !onlyMeetingOf(f, want) || f.Meetings[0].Place != "" {
			t.Errorf("%s %q: meetings %v, want one of %v with no place", c.lang, c.text, dated(f), want)
		}
	}
	f := factsOf(t, x, "en", "Title\n\nNajla Mangoush met Sabri Boukadoum in Algiers, who said that Algeria would help to train police officers in Libya.")
	if !onlyMeetingOf(f, want) || f.Meetings[0].Place != "algiers" {
		t.Errorf("en: meetings %v, want one in Algiers", dated(f))
	}
	f = factsOf(t, x, "it", "Titolo\n\nDbeibah ha incontrato Draghi e ha annunciato che a maggio sarà a Roma per un nuovo incontro con Di Maio.")
	for _, m := range f.Meetings {
		if sameParts(participants(m), []string{"abdul-hamid-dbeibah", "luigi-di-maio"}) && m.Place != "rome" {
			t.Errorf("it: meetings %v, want the one with Di Maio in Rome", dated(f))
		}
	}
}

// TestWireDatelineWithLongAgencyName: a wire dateline whose agency has
// several words ("TUNIS, Sept 16 (Maghreb Daily News Service) -") is the
// report's date, not the meeting's: "on Monday" after it dates the
// meeting.
func TestWireDatelineWithLongAgencyName(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "TUNIS, Sept 16 (Maghreb Daily News Service) - Tunisian President Kais Saied received Fayez al-Sarraj, the head of the Tripoli-based government, at Carthage Palace on Monday."},
		{"fr", "TUNIS, 16 septembre (Agence Presse Maghreb Centrale) - Le président tunisien Kaïs Saïed a reçu Fayez al-Sarraj, chef du gouvernement d'union nationale, au palais de Carthage lundi."},
		{"es", "TÚNEZ, 16 sep (Agencia de Noticias del Magreb) - El presidente tunecino, Kais Said, recibió a Fayez al Sarraj, jefe del Gobierno de unidad nacional, en el palacio de Cartago el lunes."},
		{"it", "TUNISI, 16 settembre (Agenzia Stampa del Maghreb) - Il presidente tunisino Kais Saied ha ricevuto Fayez al-Sarraj, capo del governo di accordo nazionale, nel palazzo di Cartagine lunedì."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-09-16", "Title\n\n"+c.text)
		ok := false
		for _, m := range f.Meetings {
			ok = ok || slices.Contains(participants(m), "kais-saied") && slices.Contains(participants(m), "fayez-al-sarraj") && m.Date.Month == 9 && m.Date.Day == 14 && m.Place == "tunis"
		}
		if !ok {
			t.Errorf("%s %q: meetings %v, want Saied and Sarraj on 09-14 in Tunis", c.lang, c.text, dated(f))
		}
	}
}

// TestSeatOfAnOfficeIsNoVenue: the city an ambassador, envoy or consul is
// posted to ("accompanied by the ambassador in Tunis", "Misrata Askeri
// Bölge Komutanı") says where the office sits, not where the meeting was;
// a venue the sentence gives besides stays.
func TestSeatOfAnOfficeIsNoVenue(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "The minister, who travelled with the ambassador in Tunis, Javier Puig, was received by Prime Minister Abdul Hamid Dbeibah."},
		{"es", "La ministra Arancha González Laya, que llegó acompañada del embajador en Túnez, Javier Puig, fue recibida por el primer ministro, Abdulhamid Dbeiba."},
		{"fr", "Jean-Yves Le Drian, accompagné de l'ambassadeur à Tunis, a été reçu par le Premier ministre Abdelhamid Dbeibah."},
		{"it", "Luigi Di Maio, accompagnato dall'ambasciatore a Tunisi, è stato ricevuto dal premier Abdulhamid Dbeibah."},
		{"de", "Heiko Maas, begleitet vom Botschafter in Tunis, wurde von Ministerpräsident Abdul Hamid Dbeibah empfangen."},
		{"ru", "Сергей Лавров в сопровождении посла в Тунисе был принят премьер-министром Абдель Хамидом Дбейбой."},
		{"ar", "استقبل رئيس الحكومة عبد الحميد الدبيبة وزير الخارجية الإيطالي لويجي دي مايو، يرافقه السفير في تونس العاصمة."},
		{"tr", "Mevlüt Çavuşoğlu, Tunus Büyükelçisi ile birlikte Başbakan Abdulhamid Dibeybe ile görüştü."},
		{"tr", "Hulusi Akar, Misrata Askeri Bölge Komutanı Tuğgeneral Ramazan el-Fituri ile görüştü."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != "" {
			t.Errorf("%s %q: meetings %v, want one with no place", c.lang, c.text, dated(f))
		}
	}
	f := factsOf(t, x, "en", "Title\n\nThe Italian ambassador in Tunis, Lorenzo Fanara, met Prime Minister Abdul Hamid Dbeibah in Tripoli.")
	if len(f.Meetings) != 1 || f.Meetings[0].Place != "tripoli" {
		t.Errorf("en: meetings %v, want one in Tripoli", dated(f))
	}
}

// TestMonthOfLastYear: a month with "last year" or "next year" after it
// ("in January last year", "en janvier de l'année dernière", "في يناير من
// العام الماضي") is in the paper's year shifted, not the nearest such
// month.
func TestMonthOfLastYear(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text  string
		year, month int
	}{
		{"en", "Kais Saied, who received Fayez al-Sarraj in Tunis in January last year, said that the talks would go on.", 2020, 1},
		{"fr", "Kaïs Saïed avait reçu Fayez al-Sarraj à Tunis en janvier de l'année dernière.", 2020, 1},
		{"it", "Kais Saied aveva ricevuto Fayez al-Sarraj a Tunisi nel gennaio dell'anno scorso.", 2020, 1},
		{"es", "Kais Said recibió a Fayez al Sarraj en Túnez en enero del año pasado.", 2020, 1},
		{"ar", "وكان الرئيس التونسي قيس سعيد قد استقبل فائز السراج في تونس العاصمة في يناير من العام الماضي.", 2020, 1},
		{"en", "Kais Saied will receive Fayez al-Sarraj in Tunis in June next year.", 2022, 6},
		{"fr", "Kaïs Saïed recevra Fayez al-Sarraj à Tunis en juin de l'année prochaine.", 2022, 6},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-03-10", "Title\n\n"+c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Date.Year != c.year || f.Meetings[0].Date.Month != c.month {
			t.Errorf("%s %q: meetings %v, want one in %d-%02d", c.lang, c.text, dated(f), c.year, c.month)
		}
	}
}

// TestSituationInACountryIsATopic: "the situation in X" in the forms each
// language contracts before masculine countries ("die Lage im Tschad",
// "la situation au Soudan", "della situazione nel Sudan", "la guerra en
// Sudán") names what was discussed, not where they met.
func TestSituationInACountryIsATopic(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"de", "Maas und Çavuşoğlu kamen zu einem Gespräch zusammen, bei dem es vor allem um die Lage im Tschad ging."},
		{"fr", "Le Drian s'est entretenu avec Choukri, notamment de la situation au Soudan."},
		{"it", "Di Maio ha incontrato Shoukry; al centro del colloquio la situazione nel Sudan."},
		{"it", "Di Maio ha incontrato Shoukry: si è parlato soprattutto della situazione nel Sudan."},
		{"es", "González Laya se reunió con Shoukry y ambos abordaron la guerra en Sudán."},
		{"en", "Blinken met Shoukry and discussed the security situation in Sudan."},
		{"ru", "Лавров встретился с Шукри; стороны обсудили обстановку в Судане."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != "" {
			t.Errorf("%s %q: meetings %v, want one with no place", c.lang, c.text, dated(f))
		}
	}
}

// TestNamedProcessIsATopic: a city naming a process or a conference
// whose outcome is discussed ("مسار برلين", "مخرجات مؤتمر برلين", "le
// processus de Berlin", "Berlin süreci") is no venue; a venue the
// sentence gives stays.
func TestNamedProcessIsATopic(t *testing.T) {
	x := shipped(t)
	for _, text := range []string{
		"ومن المنتظر أن يلتقي كوبيش وزير الخارجية الفرنسي جان إيف لودريان، الذي تشارك بلاده في مسار برلين.",
		"من المقرر أن يلتقي المبعوث الأممي يان كوبيش السفير الألماني أوليفر أوفتشا، الذي يتولى تنسيق مسار برلين.",
		"التقى المنفي الرئيس الفرنسي إيمانويل ماكرون، في إطار متابعة مخرجات مؤتمر برلين.",
		"اجتمع دبيبة مع ميركل لمناقشة نتائج مؤتمر برلين الثاني.",
	} {
		f := factsOf(t, x, "ar", "عنوان\n\n"+text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != "" {
			t.Errorf("%q: meetings %v, want one with no place", text, dated(f))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"fr", "Kubis doit rencontrer Jean-Yves Le Drian, dont le pays participe au processus de Berlin."},
		{"it", "Kubis dovrebbe incontrare Jean-Yves Le Drian, il cui paese partecipa al processo di Berlino."},
		{"es", "Kubis se reunirá con Jean-Yves Le Drian, cuyo país participa en el proceso de Berlín."},
		{"tr", "Kubiş'in, ülkesi Berlin sürecinde yer alan Jean-Yves Le Drian ile görüşmesi bekleniyor."},
	} {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != "" {
			t.Errorf("%s %q: meetings %v, want one with no place", c.lang, c.text, dated(f))
		}
	}
	f := factsOf(t, x, "ar", "عنوان\n\nالتقى لويجي دي مايو نجلاء المنقوش في روما، وبحثا مخرجات مؤتمر برلين.")
	if len(f.Meetings) != 1 || f.Meetings[0].Place != "rome" {
		t.Errorf("meetings %v, want one in Rome", dated(f))
	}
}

// TestVisitObjectIsTheDestination: the place right after a visit verb
// ("visited Benghazi", "посетил Бенгази", "visitó Bengasi") is where the
// visit went, before a place a later clause names ("… and later hosted
// Sarraj in Algiers").
func TestVisitObjectIsTheDestination(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Boukadoum recalled that he had visited Benghazi in January, where he met Khalifa Haftar, and later hosted Fayez al-Sarraj in Algiers."},
		{"ru", "Букадум напомнил, что в январе посетил Бенгази, где встречался с Халифой Хафтаром, а затем принимал в Алжире Файеза Сарраджа."},
		{"es", "Boukadoum recordó que en enero visitó Bengasi, donde se reunió con Jalifa Haftar, y que después recibió en Argel a Fayez al Sarraj."},
		{"it", "Boukadoum ha ricordato di aver visitato Bengasi a gennaio, dove ha incontrato Khalifa Haftar, e di aver poi ricevuto Fayez al-Sarraj ad Algeri."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-01-20", "Title\n\n"+c.text)
		ok := false
		for _, m := range f.Meetings {
			if slices.Contains(participants(m), "khalifa-haftar") {
				ok = m.Place == "benghazi"
			}
		}
		if !ok {
			t.Errorf("%s %q: meetings %v, want the one with Haftar in Benghazi", c.lang, c.text, dated(f))
		}
	}
}

// TestCapitalTakesTheDemonymBeforeIt: where the adjective stands before
// its noun, "in the Egyptian capital Libyan Prime Minister …", "в
// египетской столице ливийский премьер" is Cairo: the demonym after the
// capital word opens the next phrase.
func TestCapitalTakesTheDemonymBeforeIt(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"ru", "Во вторник в египетской столице ливийский премьер Абдель Хамид Дбейба встретился с Абдель Фаттахом ас-Сиси."},
		{"en", "On Tuesday in the Egyptian capital Libyan Prime Minister Abdul Hamid Dbeibah met Abdel Fattah el-Sisi."},
		{"de", "Am Dienstag empfing Abdel Fattah al-Sisi in der ägyptischen Hauptstadt libysche Minister und Regierungschef Abdul Hamid Dbeibah."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-04-22", "Title\n\n"+c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != "cairo" {
			t.Errorf("%s %q: meetings %v, want one in Cairo", c.lang, c.text, dated(f))
		}
	}
}

// TestDatelineOfADeskReportingATrip: a dateline at home over a trip
// abroad ("ANKARA – Akar paid an official visit to Tripoli … was received
// in Tripoli … The delegation later met X") is no scene of the meetings
// told after one placed elsewhere.
func TestDatelineOfADeskReportingATrip(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "ANKARA - Turkish Defence Minister Hulusi Akar paid an official visit to Tripoli on Monday.\n\nAkar was received in Tripoli by Prime Minister Abdul Hamid Dbeibah. The delegation later met Mohammed al-Haddad."},
		{"fr", "ANKARA — Le ministre turc de la Défense, Hulusi Akar, s'est rendu lundi à Tripoli.\n\nAkar a été reçu à Tripoli par le Premier ministre Abdelhamid Dbeibah. La délégation a ensuite rencontré Mohammed al-Haddad."},
		{"tr", "ANKARA – Milli Savunma Bakanı Hulusi Akar, pazartesi günü Trablus'a resmi bir ziyaret gerçekleştirdi.\n\nAkar, Trablus'ta Başbakan Abdulhamid Dibeybe tarafından kabul edildi. Heyet daha sonra Muhammed el-Haddad ile bir araya geldi."},
		{"es", "ANKARA — El ministro turco de Defensa, Hulusi Akar, viajó el lunes a Trípoli.\n\nAkar fue recibido en Trípoli por el primer ministro, Abdulhamid Dbeiba. Después, la delegación se reunió con Mohammed al Haddad."},
		{"de", "ANKARA – Der türkische Verteidigungsminister Hulusi Akar ist am Montag nach Tripolis gereist.\n\nAkar wurde in Tripolis von Ministerpräsident Abdul Hamid Dbeibah empfangen. Anschließend traf die Delegation Mohammed al-Haddad."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-06-29", "Title\n\n"+c.text)
		ok := false
		for _, m := range f.Meetings {
			if slices.Contains(participants(m), "mohammed-al-haddad") {
				ok = m.Place != "ankara"
			}
		}
		if !ok {
			t.Errorf("%s %q: meetings %v, want the one with al-Haddad, not in Ankara", c.lang, c.text, dated(f))
		}
	}
	// a dateline with no other place told stays the scene
	f := factsOn(t, x, "en", "2021-06-29", "Title\n\nTRIPOLI - Turkish Defence Minister Hulusi Akar met Prime Minister Abdul Hamid Dbeibah on Monday.")
	if len(f.Meetings) != 1 || f.Meetings[0].Place != "tripoli" {
		t.Errorf("en: meetings %v, want one in Tripoli", dated(f))
	}
}

// TestMeetingNounCalledOffPastItsRelativeClause: a meeting noun whose own
// predicate comes after a relative clause ("The meeting between X and Y,
// which was to take place on Tuesday in Rome, has been postponed
// indefinitely") is called off, and its weekday is the one it was due
// on, not the past one.
func TestMeetingNounCalledOffPastItsRelativeClause(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "The meeting between Sarraj and Italian Prime Minister Giuseppe Conte, which was to take place on Tuesday in Rome, has been postponed indefinitely."},
		{"fr", "La rencontre entre Sarraj et le président du Conseil italien Giuseppe Conte, qui devait avoir lieu mardi à Rome, a été reportée sine die."},
		{"it", "L'incontro tra Sarraj e il premier Giuseppe Conte, che doveva svolgersi martedì a Roma, è stato rinviato a data da destinarsi."},
		{"es", "La reunión entre Sarraj y el primer ministro italiano Giuseppe Conte, que debía celebrarse el martes en Roma, fue aplazada sin fecha."},
		{"de", "Das Treffen zwischen Sarradsch und dem italienischen Regierungschef Giuseppe Conte, das am Dienstag in Rom stattfinden sollte, wurde auf unbestimmte Zeit verschoben."},
		{"ru", "Встреча Сараджа с премьер-министром Италии Джузеппе Конте, которая должна была пройти во вторник в Риме, перенесена на неопределённый срок."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-01-13", "Title\n\n"+c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Status != graph.StatusCancelled || f.Meetings[0].Date.Day != 14 {
			t.Errorf("%s %q: meetings %v, want one called off, due on 01-14", c.lang, c.text, dated(f))
		}
	}
	// a relative clause of its own that calls nothing off leaves it held
	f := factsOn(t, x, "en", "2020-01-13", "Title\n\nThe meeting between Sarraj and Giuseppe Conte, which lasted two hours, took place in Rome on Tuesday.")
	if len(f.Meetings) != 1 || f.Meetings[0].Status != graph.StatusHeld {
		t.Errorf("en: meetings %v, want one held", dated(f))
	}
}

// TestTurkishPlannedParticiple: "planlandığını", "planlandı",
// "planlanmaktadır" make the meeting planned, so "mayıs ayında" is the
// coming May, not the last one.
func TestTurkishPlannedParticiple(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		text  string
		month int
	}{
		{"Kaynaklar, Dibeybe'nin haziran ayında Ankara'yı ziyaret ederek Erdoğan ile görüşmesinin planlandığını belirtti.", 6},
		{"Menfi'nin mayıs ayında Roma'da Draghi ile bir araya gelmesi planlandı.", 5},
		{"Çavuşoğlu'nun haziranda Atina'da Dendias ile görüşmesi planlanmaktadır.", 0},
	}
	for _, c := range cases {
		f := factsOn(t, x, "tr", "2021-04-16", "Başlık\n\n"+c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Status != graph.StatusPlanned || c.month != 0 && (f.Meetings[0].Date.Year != 2021 || f.Meetings[0].Date.Month != c.month) {
			t.Errorf("%q: meetings %v, want one planned for 2021-%02d", c.text, dated(f), c.month)
		}
	}
}

// TestEveOfAnotherEvent: "on the eve of the signing", "la víspera de la
// firma", "am Vorabend der Unterzeichnung" count from the event the noun
// names: from the day its sentence writes after it, the day itself when
// written before it in apposition ("Lundi, à la veille de son départ"),
// else from the story's day, never from an unrelated event told before.
func TestEveOfAnotherEvent(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, pub, text string
		month, day      int
		want            []string
	}{
		{"en", "2020-10-26", "Williams, who had phoned Mike Pompeo on the eve of the signing, watched as the two delegations signed a ceasefire on 23 October.", 10, 22, []string{"stephanie-williams", "mike-pompeo"}},
		{"es", "2020-10-26", "Williams, que había telefoneado la víspera de la firma a Mike Pompeo, vio cómo el 23 de octubre las delegaciones firmaban el alto el fuego.", 10, 22, []string{"stephanie-williams", "mike-pompeo"}},
		{"de", "2020-10-26", "Williams, die am Vorabend der Unterzeichnung mit Mike Pompeo telefoniert hatte, sah zu, wie die Delegationen am 23. Oktober den Waffenstillstand unterzeichneten.", 10, 22, []string{"stephanie-williams", "mike-pompeo"}},
		{"fr", "2021-04-07", "Lundi, à la veille de son départ, Mario Draghi s'est entretenu au téléphone avec le président égyptien Abdel Fattah al-Sissi.", 4, 5, []string{"mario-draghi", "abdel-fattah-el-sisi"}},
		{"fr", "2021-04-10", "TRIPOLI — Le ministre italien Luigi Di Maio est arrivé jeudi 8 avril à Tripoli, où il a rencontré le Premier ministre Abdelhamid Dbeibah.\n\nLes deux hommes ont évoqué la réouverture des liaisons aériennes.\n\nLa veille de son arrivée, Di Maio s'était entretenu par téléphone avec son homologue égyptien Sameh Choukri.", 4, 7, []string{"luigi-di-maio", "sameh-shoukry"}},
		{"en", "2021-04-10", "TRIPOLI - Italian Foreign Minister Luigi Di Maio arrived in Tripoli on Thursday, April 8, where he met Prime Minister Abdul Hamid Dbeibah.\n\nThe two discussed the resumption of flights.\n\nOn the eve of his arrival, Di Maio had spoken by phone with his Egyptian counterpart Sameh Shoukry.", 4, 7, []string{"luigi-di-maio", "sameh-shoukry"}},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, c.pub, "Title\n\n"+c.text)
		if !callOn(f, c.want, c.month, c.day) {
			t.Errorf("%s %q: meetings %v, want the call on %02d-%02d", c.lang, c.text, dated(f), c.month, c.day)
		}
	}
}

// TestNoStepAfterABackgroundTrip: a trip told as background, dated days
// before the story's meeting ("Before coming to Ankara, Dendias had
// travelled to Tripoli on 6 April"), lends neither its city nor its day
// to the meeting told next as a further step ("Dendias was then received
// by Erdoğan").
func TestNoStepAfterABackgroundTrip(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "ANKARA - Turkish Foreign Minister Mevlüt Çavuşoğlu met his Greek counterpart Nikos Dendias in Ankara on Thursday.\n\nBefore coming to Ankara, Dendias had travelled to Tripoli on 6 April, where he met Prime Minister Abdul Hamid Dbeibah.\n\nAfter the talks at the ministry, Dendias was then received by President Recep Tayyip Erdoğan."},
		{"fr", "ANKARA — Le ministre turc des Affaires étrangères Mevlüt Çavuşoğlu a rencontré jeudi à Ankara son homologue grec Nikos Dendias.\n\nAvant de venir à Ankara, Dendias s'était rendu le 6 avril à Tripoli, où il avait rencontré le Premier ministre Abdelhamid Dbeibah.\n\nAprès ces entretiens, Dendias a ensuite été reçu par le président Recep Tayyip Erdoğan."},
		{"es", "ANKARA — El ministro turco de Exteriores, Mevlüt Çavuşoğlu, se reunió el jueves en Ankara con su homólogo griego, Nikos Dendias.\n\nAntes de llegar a Ankara, Dendias había viajado el 6 de abril a Trípoli, donde se reunió con el primer ministro Abdulhamid Dbeiba.\n\nTras esas conversaciones, Dendias fue recibido después por el presidente Recep Tayyip Erdoğan."},
		{"tr", "ANKARA - Dışişleri Bakanı Mevlüt Çavuşoğlu, Yunanistan Dışişleri Bakanı Nikos Dendias ile perşembe günü Ankara'da bir araya geldi.\n\nDendias, Ankara ziyaretinden önce 6 Nisan'da Trablus'a giderek Başbakan Abdulhamid Dibeybe ile görüşmüştü.\n\nYunan bakan, Bakanlıktaki temasının ardından Cumhurbaşkanı Recep Tayyip Erdoğan tarafından da kabul edildi."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-04-16", "Title\n\n"+c.text)
		ok := false
		for _, m := range f.Meetings {
			if slices.Contains(participants(m), "recep-tayyip-erdogan") {
				ok = m.Place != "tripoli" && m.Date.Day != 6
			}
		}
		if !ok {
			t.Errorf("%s %q: meetings %v, want the one with Erdoğan, not in Tripoli on 04-06", c.lang, c.text, dated(f))
		}
	}
}

// TestWeekdayDayBeforeTheLastWrittenDay: with no paper's date, "el jueves
// 8" of a trip still to come after "el 24 de marzo" is in April, the
// month after; a larger day stays in that month.
func TestWeekdayDayBeforeTheLastWrittenDay(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"es", "La ministra Arancha González Laya, que el 24 de marzo había hablado con Najla Mangoush, viajará el jueves 8 a Argel, donde se reunirá con Sabri Boukadoum."},
		{"fr", "Jean-Yves Le Drian, qui avait parlé le 24 mars avec Najla Mangoush, se rendra jeudi 8 à Alger, où il rencontrera Sabri Boukadoum."},
		{"it", "Luigi Di Maio, che il 24 marzo aveva sentito Najla Mangoush, sarà giovedì 8 ad Algeri, dove incontrerà Sabri Boukadoum."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		for _, m := range f.Meetings {
			if slices.Contains(participants(m), "sabri-boukadoum") && (m.Date.Month != 4 || m.Date.Day != 8) {
				t.Errorf("%s %q: meetings %v, want the one with Boukadoum on 04-08", c.lang, c.text, dated(f))
			}
		}
	}
	f := factsOf(t, x, "es", "Título\n\nEl 2 de marzo la ministra Arancha González Laya habló con Najla Mangoush; el jueves 18 se reunió en Argel con Sabri Boukadoum.")
	ok := false
	for _, m := range f.Meetings {
		ok = ok || slices.Contains(participants(m), "sabri-boukadoum") && m.Date.Month == 3 && m.Date.Day == 18
	}
	if !ok {
		t.Errorf("es: meetings %v, want the one with Boukadoum on 03-18", dated(f))
	}
}

// TestPlaceDiscussedIsNoVenue: a place after what the partners discussed
// ("with whom he also discussed the fighting in Sirte", "con cui ha
// discusso la riapertura del consolato a Bengasi", "с которым успел
// обсудить и Сирт") is the topic, not where they met.
func TestPlaceDiscussedIsNoVenue(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Bogdanov held talks with Sameh Shoukry, with whom he also discussed the fighting in Sirte."},
		{"fr", "Bogdanov s'est entretenu avec Sameh Choukri, avec qui il a évoqué la reprise des vols vers Benghazi."},
		{"it", "Bogdanov ha incontrato Sameh Shoukry, con cui ha discusso la riapertura del consolato a Bengasi."},
		{"es", "Bogdanov se reunió con Sameh Shoukry, con quien analizaron la reapertura del consulado en Bengasi."},
		{"ru", "Богданов провёл переговоры с Самехом Шукри, с которым успел обсудить и Сирт, и судьбу нефтяных терминалов."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != "" {
			t.Errorf("%s %q: meetings %v, want one with no place", c.lang, c.text, dated(f))
		}
	}
}

// TestDateOfThePurposeIsNotTheMeetings: a date in the purpose clause
// after the trigger ("per preparare il Consiglio Affari esteri del 13
// luglio", "pour préparer le Conseil du 13 juillet") dates what they
// prepare, not the call.
func TestDateOfThePurposeIsNotTheMeetings(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"it", "Di Maio e Le Drian si sono ritrovati in videoconferenza con Heiko Maas per preparare il Consiglio Affari esteri del 13 luglio."},
		{"fr", "Le Drian et Di Maio ont tenu une visioconférence avec Heiko Maas pour préparer le Conseil des affaires étrangères du 13 juillet."},
		{"es", "Di Maio y Le Drian celebraron una videoconferencia con Heiko Maas para preparar el Consejo de Asuntos Exteriores del 13 de julio."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-07-10", "Title\n\n"+c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Date.Day == 13 {
			t.Errorf("%s %q: meetings %v, want one not dated 13 July", c.lang, c.text, dated(f))
		}
	}
}

// TestArabicJoinedArticleSpelling: "لاسيل سان كلو", La Celle-Saint-Cloud
// with the article joined, is the venue, not Paris named after it as a
// landmark ("قرب باريس").
func TestArabicJoinedArticleSpelling(t *testing.T) {
	x := shipped(t)
	f := factsOf(t, x, "ar", "عنوان\n\nوكان ماكرون قد استقبل السراج وحفتر في لاسيل سان كلو قرب باريس في يوليو 2017.")
	if len(f.Meetings) != 1 || f.Meetings[0].Place != "la-celle-saint-cloud" {
		t.Errorf("meetings %v, want one in La Celle-Saint-Cloud", dated(f))
	}
}

// TestDayBeforeDoesNotMoveTheStorysDay: an event told as the day before
// the story's day ("The day before, she had spoken by phone with
// Guterres") leaves "the next day" after it counting from the story's
// day; "a day before that" still counts back from it.
func TestDayBeforeDoesNotMoveTheStorysDay(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, pub, text string
		want            []string
		month, day      int
	}{
		{"en", "2020-09-19", "On Thursday, September 17, Stephanie Williams met Fayez al-Sarraj in Geneva. The day before, she had spoken by phone with Antonio Guterres. The next day, Williams met Aguila Saleh.", []string{"stephanie-williams", "aguila-saleh-issa"}, 9, 18},
		{"fr", "2020-09-19", "Jeudi 17 septembre, Stephanie Williams a rencontré Fayez al-Sarraj à Genève. La veille, elle s'était entretenue au téléphone avec Antonio Guterres. Le lendemain, Williams a rencontré Aguila Saleh.", []string{"stephanie-williams", "aguila-saleh-issa"}, 9, 18},
		{"ru", "2020-12-30", "28 декабря Хулуси Акар встретился в Анкаре с Фаизом Сарраджем. Накануне Акар провёл переговоры с Агилой Салехом. За день до этого Акар встретился с Халифой Хафтаром.", []string{"hulusi-akar", "khalifa-haftar"}, 12, 26},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, c.pub, "Title\n\n"+c.text)
		ok := false
		for _, m := range f.Meetings {
			ok = ok || sameParts(participants(m), c.want) && m.Date.Month == c.month && m.Date.Day == c.day
		}
		if !ok {
			t.Errorf("%s %q: meetings %v, want %v on %02d-%02d", c.lang, c.text, dated(f), c.want, c.month, c.day)
		}
	}
}
