package extract

import (
	"strings"
	"testing"
)

// TestTitleRemitIsNoScene: the country of an office a title names ("the
// UN envoy to Libya", "المبعوثة الأممية بالإنابة إلى ليبيا", "посол США в
// Ливии", "der deutsche Botschafter in Libyen") is neither where the
// meeting was nor a party to it, also in Arabic, Russian and German and
// with the title's adjectives between; a second scene it must not split
// the meeting into ("استقبل … بقصر قرطاج، المبعوثة … إلى ليبيا" is one
// meeting in Tunis).
func TestTitleRemitIsNoScene(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want, place string }{
		{"ar", "استقبل رئيس الجمهورية التونسية قيس سعيّد، أمس الأحد بقصر قرطاج، المبعوثة الأممية بالإنابة إلى ليبيا ستيفاني ويليامز.", "kais-saied+stephanie-williams", "tunis"},
		{"ar", "التقى الرئيس المصري عبد الفتاح السيسي في القاهرة المبعوث الأممي الخاص إلى ليبيا غسان سلامة.", "abdel-fattah-el-sisi+ghassan-salame", "cairo"},
		{"ar", "بحث وزير الخارجية التركي مولود تشاووش أوغلو مع المبعوث الأممي إلى ليبيا يان كوبيش الوضع السياسي.", "mevlut-cavusoglu+jan-kubis", ""},
		{"ar", "التقى عقيلة صالح أمس السفير الأمريكي لدى ليبيا ريتشارد نورلاند.", "aguila-saleh-issa+richard-norland", ""},
		{"ru", "Сергей Лавров в понедельник принял посла США в Ливии Ричарда Норланда.", "sergey-lavrov+richard-norland", ""},
		{"ru", "Михаил Богданов встретился в Москве со спецпосланником ООН по Ливии Гассаном Саламе.", "mikhail-bogdanov+ghassan-salame", "moscow"},
		{"de", "Heiko Maas empfing am Montag in Berlin den amerikanischen Botschafter in Libyen, Richard Norland.", "heiko-maas+richard-norland", "berlin"},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-11-09", "Title\n\n"+c.text)
		if !onlyMeetingOf(f, strings.Split(c.want, "+")) || f.Meetings[0].Place != c.place {
			t.Errorf("%s %q: meetings %v, want only %s@%s", c.lang, c.text, placed(f), c.want, c.place)
		}
	}
}

// TestMediumFrameStopsAtACity: a sentence that sets a meeting in a city
// tells a meeting in person, even right after a sentence about a phone
// call that names no one by name ("I due ministri si erano sentiti al
// telefono …. … Draghi, che a Tripoli aveva incontrato Dbeibah"); with no
// city, the frame still makes the next talk a call or video call.
func TestMediumFrameStopsAtACity(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, mode string }{
		{"it", "I due ministri si erano sentiti al telefono lo scorso 18 marzo. Di Maio era poi tornato in Libia il 6 aprile al seguito di Mario Draghi, che a Tripoli aveva incontrato Dbeibah.", "in_person"},
		{"fr", "Les deux ministres s'étaient parlé au téléphone le 12 février. Le 23 mars, Le Drian s'est entretenu à Tripoli avec Mohamed al-Menfi.", "in_person"},
		{"es", "Los dos ministros habían conversado por teléfono el 4 de marzo. El 6 de abril, González Laya se reunió en Trípoli con Mohamed al Menfi.", "in_person"},
		{"es", "Sus primeros meses se jugaron por videoconferencia. El 10 de junio, Williams conversó con Sarraj.", "video"},
		{"fr", "Le téléphone a pris le relais. Le 14 avril, Tebboune s'est entretenu avec Kais Saied.", "call"},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-04-20", "Title\n\n"+c.text)
		if len(f.Meetings) != 1 || string(f.Meetings[0].Mode) != c.mode {
			var modes []string
			for _, m := range f.Meetings {
				modes = append(modes, string(m.Mode))
			}
			t.Errorf("%s %q: meetings %v modes %v, want one %s", c.lang, c.text, placed(f), modes, c.mode)
		}
	}
}

// TestEnglishPurposeInfinitive: English marks what a trip is for with the
// bare infinitive ("will travel to Tripoli with Maas to meet Dbeibah"):
// the meeting is the trip's, with the traveller's companions, as "pour
// rencontrer", "per incontrare", "para reunirse con", "um … zu treffen".
func TestEnglishPurposeInfinitive(t *testing.T) {
	x := shipped(t)
	cases := []struct{ text, want string }{
		{"Le Drian will travel to Tripoli on Thursday with Heiko Maas to meet Abdul Hamid Dbeibah.", "abdul-hamid-dbeibah+heiko-maas+jean-yves-le-drian"},
		{"Lavrov travelled to Ankara on Monday with Sergei Shoigu to hold talks with Mevlut Cavusoglu.", "mevlut-cavusoglu+sergei-shoigu+sergey-lavrov"},
		{"Erdogan will travel to Moscow on Friday with Mevlut Cavusoglu to meet Vladimir Putin.", "mevlut-cavusoglu+recep-tayyip-erdogan+vladimir-putin"},
	}
	for _, c := range cases {
		f := factsOn(t, x, "en", "2021-03-20", "Title\n\n"+c.text)
		if !onlyMeetingOf(f, strings.Split(c.want, "+")) {
			t.Errorf("%q: meetings %v, want one of %s", c.text, placed(f), c.want)
		}
	}
}

// TestRelationAside: an apposition after a person's name that says whose
// ally, rival or kin he is names someone who takes no part ("Aguila
// Saleh, an ally of Khalifa Haftar, met Tebboune"), in seven languages;
// the person it describes still does.
func TestRelationAside(t *testing.T) {
	wantOnlyMeetingIn(t, "2020-02-12", "abdelmadjid-tebboune+aguila-saleh-issa", []langText{
		{"en", "Aguila Saleh, a longtime ally of Khalifa Haftar, met Abdelmadjid Tebboune in Algiers on Monday."},
		{"fr", "Aguila Saleh, allié de Khalifa Haftar, a rencontré lundi à Alger Abdelmadjid Tebboune."},
		{"de", "Aguila Saleh, ein Verbündeter von Khalifa Haftar, traf am Montag in Algier Abdelmadjid Tebboune."},
		{"it", "Aguila Saleh, alleato di Khalifa Haftar, ha incontrato lunedì ad Algeri Abdelmadjid Tebboune."},
		{"es", "Aguila Saleh, aliado de Jalifa Haftar, se reunió el lunes en Argel con Abdelmadjid Tebboune."},
		{"ru", "Агила Салех, союзник Халифы Хафтара, в понедельник встретился в Алжире с Абдельмаджидом Теббуном."},
		{"ar", "عقيلة صالح، حليف المشير خليفة حفتر، التقى الاثنين في الجزائر الرئيس عبد المجيد تبون."},
		{"en", "Abdelmadjid Tebboune received Aguila Saleh, a rival of Fayez al-Sarraj, in Algiers on Monday."},
	})
}

// TestLibyanTownsAndSuburbs: the gazetteer knows the Libyan towns of the
// war's news (Sabratha, Bani Walid, Ras Lanuf, Brega, al-Watiya …) and
// the suburbs the gold guide counts as their city (Tajoura and Janzour are
// Tripoli, Rajma Benghazi), so a suburb is no person of a similar name
// ("Tajoura" is not Haitham al-Tajouri), and the venues of the talks
// (Hurghada; Gammarth, where the forum met, is Tunis).
func TestLibyanTownsAndSuburbs(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, place string }{
		{"fr", "Nikos Dendias a rencontré jeudi à Rajma le maréchal Khalifa Haftar.", "benghazi"},
		{"ar", "التقى وزير الخارجية اليوناني نيكوس دندياس المشير خليفة حفتر في الرجمة.", "benghazi"},
		{"it", "Lamorgese ha incontrato Fathi Bashagha a Tagiura.", "tripoli"},
		{"en", "Fathi Bashagha met Stephanie Williams in Tajoura on Monday.", "tripoli"},
		{"en", "Khalifa Haftar met Aguila Saleh in Ras Lanuf on Monday.", "ras-lanuf"},
		{"ru", "Хулуси Акар встретился с Фаизом Сараджем в Сабрате.", "sabratha"},
		{"fr", "Stephanie Williams a rencontré Kais Saied à Gammarth lundi.", "tunis"},
		{"ru", "Аббас Камель встретился со Стефани Уильямс в Хургаде.", "hurghada"},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-09-05", "Title\n\n"+c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != c.place {
			t.Errorf("%s %q: meetings %v, want one in %s", c.lang, c.text, placed(f), c.place)
		}
		for _, a := range f.Actors {
			if a.ID == "haitham-al-tajouri" {
				t.Errorf("%s %q: the suburb read as %s", c.lang, c.text, a.ID)
			}
		}
	}
}

// TestGermanPronounBeforeSourceClause: "Am Dienstag will er X treffen, wie
// das Auswärtige Amt mitteilte": the source after the comma is no party,
// and the lower-case verb "treffen" (not the noun "Treffen") closes its
// clause, so the pronoun subject is the traveller of the sentence before.
func TestGermanPronounBeforeSourceClause(t *testing.T) {
	x := shipped(t)
	cases := []struct{ text, want string }{
		{"Heiko Maas flog am Montag nach Kairo. Am Dienstag will er den ägyptischen Außenminister, Sameh Schukri, treffen, wie das Auswärtige Amt mitteilte.", "heiko-maas+sameh-shoukry"},
		{"Heiko Maas reiste am Dienstag nach Athen. In den kommenden Wochen will er auch den Parlamentspräsidenten im Osten des Landes, Aguila Saleh, treffen, wie das Auswärtige Amt mitteilte.", "aguila-saleh-issa+heiko-maas"},
		{"Heiko Maas flog am Montag nach Kairo. Am Dienstag will er Sameh Schukri treffen.", "heiko-maas+sameh-shoukry"},
	}
	for _, c := range cases {
		f := factsOn(t, x, "de", "2020-08-24", "Titel\n\n"+c.text)
		if !onlyMeetingOf(f, strings.Split(c.want, "+")) {
			t.Errorf("%q: meetings %v, want one of %s", c.text, placed(f), c.want)
		}
	}
}

// TestItalianPassatoRemoto: Italian background pieces tell past meetings
// in the passato remoto ("vide al-Serraj", "ebbe un colloquio con",
// "parlò con") and purposes with the infinitive ("volò ad Ankara per
// discutere del dossier con X"); a thing "seen" is no meeting.
func TestItalianPassatoRemoto(t *testing.T) {
	x := shipped(t)
	cases := []struct{ text, want string }{
		{"Il 19 giugno Di Maio volò ad Ankara per discutere del dossier libico con Mevlüt Çavuşoğlu.", "luigi-di-maio+mevlut-cavusoglu"},
		{"Il 1° settembre Di Maio tornò in Libia: a Tripoli vide al-Serraj.", "fayez-al-sarraj+luigi-di-maio"},
		{"Nel dicembre 2019 Conte ebbe un colloquio con Haftar a Roma.", "giuseppe-conte+khalifa-haftar"},
		{"Il 3 marzo Di Maio parlò a lungo con Fathi Bashagha a Tripoli.", "fathi-bashagha+luigi-di-maio"},
		{"La conferenza vide la partecipazione di molti ministri.", ""},
	}
	for _, c := range cases {
		f := factsOn(t, x, "it", "2020-12-19", "Titolo\n\n"+c.text)
		ok := len(f.Meetings) == 0
		if c.want != "" {
			ok = onlyMeetingOf(f, strings.Split(c.want, "+"))
		}
		if !ok {
			t.Errorf("%q: meetings %v, want %q", c.text, placed(f), c.want)
		}
	}
}

// TestHopedForMeeting: a meeting a host only hoped to bring about
// ("received Haftar, hoping to bring him together with Sarraj",
// "sperando di far incontrare il generale con Serraj", "in der Hoffnung,
// ihn mit Sarradsch zusammenzubringen") is none, and its people take no
// part in the reception, in eight languages.
func TestHopedForMeeting(t *testing.T) {
	wantOnlyMeetingIn(t, "2020-01-10", "giuseppe-conte+khalifa-haftar", []langText{
		{"it", "L'8 gennaio Conte ricevette Haftar a Palazzo Chigi sperando di far incontrare il generale con Fayez al-Serraj."},
		{"en", "On January 8 Conte received Haftar in Rome, hoping to bring him together with Fayez al-Sarraj."},
		{"en", "Conte received Haftar in Rome in the hope of arranging a meeting with Fayez al-Sarraj."},
		{"fr", "Le 8 janvier, Conte a reçu Haftar à Rome en espérant organiser une rencontre avec Fayez al-Sarraj."},
		{"es", "El 8 de enero, Conte recibió a Haftar en Roma con la esperanza de reunirlo con Fayez al Sarraj."},
		{"de", "Am 8. Januar empfing Conte Haftar in Rom in der Hoffnung, ihn mit Fajis al-Sarradsch zusammenzubringen."},
		{"ru", "8 января Конте принял Хафтара в Риме, надеясь организовать его встречу с Файезом Сараджем."},
		{"ar", "استقبل كونتي حفتر في روما على أمل جمعه بفائز السراج."},
	})
}

// TestOrdinalDayBeforeMonth: a day in digits with an ordinal ending right
// before its month ("le 1er septembre", "1st September", "el 1º de
// septiembre") is the day, not a month alone.
func TestOrdinalDayBeforeMonth(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"fr", "Le 1er septembre, Di Maio a rencontré Sarraj à Tripoli."},
		{"en", "On 1st September Di Maio met Sarraj in Tripoli."},
		{"es", "El 1º de septiembre Di Maio se reunió con Sarraj en Trípoli."},
		{"it", "Il 1° settembre Di Maio ha incontrato Sarraj a Tripoli."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-09-05", "Title\n\n"+c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Date.String() != "2020-09-01" {
			var ds []string
			for _, m := range f.Meetings {
				ds = append(ds, m.Date.String())
			}
			t.Errorf("%s %q: dates %v, want 2020-09-01", c.lang, c.text, ds)
		}
	}
}

// langText is a probe sentence and its language.
type langText struct{ lang, text string }

// wantOnlyMeetingIn checks that each case, on a paper of date pub, gives
// exactly one meeting or call, whose people are want's ("a+b").
func wantOnlyMeetingIn(t *testing.T, pub, want string, cases []langText) {
	t.Helper()
	x := shipped(t)
	for _, c := range cases {
		f := factsOn(t, x, c.lang, pub, "Title\n\n"+c.text)
		if !onlyMeetingOf(f, strings.Split(want, "+")) {
			t.Errorf("%s %q: meetings %v, want only %s", c.lang, c.text, placed(f), want)
		}
	}
}
