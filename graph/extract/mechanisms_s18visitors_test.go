package extract

import (
	"testing"

	"github.com/parley/parley/graph"
)

// wantSceneMeetings checks that text, in lang and published on pub,
// gives a meeting of each pair of want (with others at most in it when
// it lists them) and none that holds two partners of want's pairs that
// are not one pair: each step of the trip is a meeting of its own.
func wantSceneMeetings(t *testing.T, x *Extractor, lang, pub, text string, want [][]string) {
	t.Helper()
	f := factsOn(t, x, lang, pub, "Title\n\n"+text)
	ms := allParts(f)
	for _, w := range want {
		if !meetingWithAll(ms, w) {
			t.Errorf("%s %q: meetings %v, want one of %v", lang, text, ms, w)
		}
	}
	for i, a := range want {
		for _, b := range want[i+1:] {
			if a[1] != b[1] && meetingWithAll(ms, []string{a[1], b[1]}) {
				t.Errorf("%s %q: meetings %v join %s and %s, met one after the other", lang, text, ms, a[1], b[1])
			}
		}
	}
}

// TestSceneTravellerOfSubjectlessClause: a trip (visit, arrival) opens a
// scene whose later meetings name the traveller by a pronoun, a dropped
// subject or not at all (the passive's subject): "He was then received by
// X", "He then sat down with X", "fue recibida por X", "X tarafından
// kabul edildi" are the traveller's meetings, not the last named
// person's.
func TestSceneTravellerOfSubjectlessClause(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, pub, text string
		want            [][]string
	}{
		{"en", "2020-10-13", "German Foreign Minister Heiko Maas arrived in Algiers on Monday, October 12. His first meeting was with President Abdelmadjid Tebboune. He then sat down with Foreign Minister Sabri Boukadoum.",
			[][]string{{"heiko-maas", "abdelmadjid-tebboune"}, {"heiko-maas", "sabri-boukadoum"}}},
		{"en", "2020-09-02", "EU foreign policy chief Josep Borrell arrived in Tripoli on Tuesday, September 1. Upon arrival he was received by Fayez al-Sarraj. He later met Khalid al-Mishri.",
			[][]string{{"josep-borrell", "fayez-al-sarraj"}, {"josep-borrell", "khalid-al-mishri"}}},
		{"tr", "2021-06-20", "Dışişleri Bakanı Mevlüt Çavuşoğlu, 19 Haziran Cumartesi günü Trablus'a gitti. Çavuşoğlu burada Başbakan Abdulhamid Dibeybe ile görüştü. Ardından Başkanlık Konseyi Başkanı Muhammed el-Menfi tarafından kabul edildi.",
			[][]string{{"mevlut-cavusoglu", "abdul-hamid-dbeibah"}, {"mevlut-cavusoglu", "mohamed-al-menfi"}}},
		{"ur", "2020-07-07", "الجزائری وزیر خارجہ صبری بوقادوم اتوار کو طرابلس پہنچے جہاں انہوں نے فائز السراج سے ملاقات کی۔ اگلے روز وہ بن غازی گئے اور خلیفہ حفتر سے ملے۔",
			[][]string{{"sabri-boukadoum", "fayez-al-sarraj"}, {"sabri-boukadoum", "khalifa-haftar"}}},
		{"es", "2020-07-07", "El canciller argelino, Sabri Bukadum, visitó el domingo 5 de julio Trípoli, donde se entrevistó con Fayez al Sarraj. Al día siguiente viajó a Bengasi. Allí se reunió con el mariscal Jalifa Haftar.",
			[][]string{{"sabri-boukadoum", "fayez-al-sarraj"}, {"sabri-boukadoum", "khalifa-haftar"}}},
		{"ru", "2021-06-20", "Министр иностранных дел Турции Мевлют Чавушоглу в субботу, 19 июня, прибыл в Триполи. Там он встретился с премьер-министром Абдель Хамидом Дбейбой. Затем его принял глава Президентского совета Мухаммед аль-Менфи.",
			[][]string{{"mevlut-cavusoglu", "abdul-hamid-dbeibah"}, {"mevlut-cavusoglu", "mohamed-al-menfi"}}},
	}
	for _, c := range cases {
		wantSceneMeetings(t, x, c.lang, c.pub, c.text, c.want)
	}
	// (a subject of its own, named or not, keeps its clause: "his
	// deputy met X and Y", "Dbeibah received Y")
	wantAllParts(t, x, "en", "Josep Borrell arrived in Tripoli on Tuesday. Abdul Hamid Dbeibah received Khalid al-Mishri the same day.",
		[][]string{{"abdul-hamid-dbeibah", "khalid-al-mishri"}})
}

// TestThenClauseOfUnnamedSubject: "X, then Y" with a verb in each clause
// and no subject named ("è stata ricevuta dal premier X, poi ha
// incontrato Y", "Prima ha incontrato X, poi è stato ricevuto da Y"):
// each clause is a meeting of the traveller with its own partner, not
// one meeting of the two partners.
func TestThenClauseOfUnnamedSubject(t *testing.T) {
	x := shipped(t)
	wantSceneMeetings(t, x, "it", "2021-05-18", "La ministra dell'Interno Luciana Lamorgese è arrivata lunedì 17 maggio a Tripoli. In mattinata è stata ricevuta dal premier Abdul Hamid Dbeibah, poi ha incontrato la ministra degli Esteri Najla Mangoush.",
		[][]string{{"luciana-lamorgese", "abdul-hamid-dbeibah"}, {"luciana-lamorgese", "najla-mangoush"}})
	wantSceneMeetings(t, x, "it", "2021-06-20", "Il ministro degli Esteri turco Mevlut Cavusoglu è arrivato sabato 19 giugno a Tripoli. Prima ha incontrato il premier Abdul Hamid Dbeibah, poi è stato ricevuto da Mohamed al-Menfi.",
		[][]string{{"mevlut-cavusoglu", "abdul-hamid-dbeibah"}, {"mevlut-cavusoglu", "mohamed-al-menfi"}})
	wantSceneMeetings(t, x, "fr", "2020-10-02", "Le ministre allemand des Affaires étrangères, Heiko Maas, est arrivé jeudi 1er octobre à Alger. Au cours de sa visite, il a été reçu par le président Abdelmadjid Tebboune, puis s'est entretenu avec Sabri Boukadoum.",
		[][]string{{"heiko-maas", "abdelmadjid-tebboune"}, {"heiko-maas", "sabri-boukadoum"}})
}

// TestArrivalWithDateBeforeDestination: an arrival verb whose destination
// comes after a date or adverb ("llegó el lunes 17 de mayo a Trípoli",
// "est arrivé jeudi 1er octobre à Alger", "arrived on Saturday in
// Tripoli") opens the trip's scene; a lower-case word after the
// preposition is no destination ("llegaron a convocarse", "llegó a un
// acuerdo").
func TestArrivalWithDateBeforeDestination(t *testing.T) {
	x := shipped(t)
	wantSceneMeetings(t, x, "es", "2021-05-18", "La ministra italiana del Interior, Luciana Lamorgese, llegó el lunes 17 de mayo a Trípoli. A primera hora fue recibida por el primer ministro Abdul Hamid Dbeibah y a continuación por la ministra de Exteriores, Najla Mangush.",
		[][]string{{"luciana-lamorgese", "abdul-hamid-dbeibah"}, {"luciana-lamorgese", "najla-mangoush"}})
	wantSceneMeetings(t, x, "es", "2020-10-02", "El ministro alemán de Exteriores, Heiko Maas, llegó el jueves 1 de octubre a Argel. Se entrevistó primero con el presidente Abdelmadjid Tebún y después con su homólogo Sabri Bukadum.",
		[][]string{{"heiko-maas", "abdelmadjid-tebboune"}, {"heiko-maas", "sabri-boukadoum"}})
	wantSceneMeetings(t, x, "en", "2021-06-21", "Greek Foreign Minister Nikos Dendias arrived on Saturday in Tripoli. He was received by Prime Minister Abdul Hamid Dbeibah and later met Mohamed al-Menfi.",
		[][]string{{"nikos-dendias", "abdul-hamid-dbeibah"}, {"nikos-dendias", "mohamed-al-menfi"}})
	// (an infinitive after "llegar a" is no destination: the pair stays
	// met, not denied by "nunca llegaron a")
	f := factsOn(t, x, "es", "2020-01-10", "Title\n\nHaftar y Sarraj se reunieron en Abu Dabi en febrero de 2019, un encuentro que se presentó como el preludio de unas elecciones que nunca llegaron a convocarse.")
	if !meetingWithAll(allParts(f), []string{"khalifa-haftar", "fayez-al-sarraj"}) {
		t.Errorf("meetings %v, want Haftar and Sarraj met", allParts(f))
	}
}

// TestVisitForPurposeIsOneVisit: a trip made to meet someone ("sono
// atterrati a Bengasi per incontrare Haftar", "voló a Tobruk para
// entrevistarse con Saleh") is one visit of every traveller with him.
func TestVisitForPurposeIsOneVisit(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct{ lang, text string }{
		{"it", "Giuseppe Conte e Luigi Di Maio sono atterrati a Bengasi giovedì mattina per incontrare il generale Khalifa Haftar."},
		{"es", "Giuseppe Conte y Luigi Di Maio volaron a Bengasi el jueves para reunirse con el mariscal Jalifa Haftar."},
	} {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if len(f.Meetings) != 1 || !meetingWithAll(allParts(f), []string{"giuseppe-conte", "luigi-di-maio", "khalifa-haftar"}) || f.Meetings[0].Status != graph.StatusHeld {
			t.Errorf("%s %q: meetings %v, want one visit of the three", c.lang, c.text, allParts(f))
		}
	}
}

// meetingOn finds the meeting or call of f whose participants include
// all of want, and tells its day and place.
func meetingOn(f graph.Facts, want []string) (date, place string, ok bool) {
	for _, m := range f.Meetings {
		if containsAll(participants(m), want) {
			return m.Date.String(), m.Place, true
		}
	}
	return "", "", false
}

// TestSceneDayOfUndatedMeetings: a meeting of the traveller told with no
// day in the open scene of a trip is on the trip's day, in its city; a
// meeting in another city stays undated; "on the second
// day", "am Tag darauf" count a day on from the trip's; a trip told with
// no meeting moves the story's day and city ("Am Tag darauf reiste Maas
// nach Tunis weiter. … Am Nachmittag empfing der Minister …").
func TestSceneDayOfUndatedMeetings(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, pub, text string
		want            []string
		date, place     string
	}{
		{"es", "2020-07-07", "El canciller argelino, Sabri Bukadum, visitó el domingo 5 de julio Trípoli, donde se entrevistó con Fayez al Sarraj. Al día siguiente viajó a Bengasi. Allí se reunió con el mariscal Jalifa Haftar.",
			[]string{"sabri-boukadoum", "khalifa-haftar"}, "2020-07-06", "benghazi"},
		{"ru", "2021-03-10", "Сергей Лавров 8 марта посетил Алжир, где провёл переговоры с президентом Абдельмаджидом Теббуном. На следующий день министр прибыл в Тунис. Там он был принят президентом Каисом Саидом.",
			[]string{"sergey-lavrov", "kais-saied"}, "2021-03-09", "tunis"},
		{"en", "2021-06-21", "Turkish Foreign Minister Mevlut Cavusoglu arrived in Tripoli on Saturday, June 19, for a two-day visit. On the second day of the visit, he met Presidential Council head Mohamed al-Menfi.",
			[]string{"mevlut-cavusoglu", "mohamed-al-menfi"}, "2021-06-20", "tripoli"},
		{"de", "2020-08-27", "Der griechische Außenminister Nikos Dendias ist am Dienstag, 25. August, nach Tripolis gereist. Er wurde von Fayez al-Sarradsch empfangen. Am zweiten Tag seines Besuchs traf er Khalid al-Mischri.",
			[]string{"nikos-dendias", "khalid-al-mishri"}, "2020-08-26", "tripoli"},
		{"de", "2020-10-14", "Heiko Maas ist am 12. Oktober nach Algier gereist, wo er von Präsident Abdelmadjid Tebboune empfangen wurde.\n\nAm Tag darauf reiste Maas nach Tunis weiter. Am Nachmittag empfing der Minister in der Botschaft eine Delegation unter Leitung von Khalid al-Mischri.",
			[]string{"heiko-maas", "khalid-al-mishri"}, "2020-10-13", "tunis"},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, c.pub, "Title\n\n"+c.text)
		if date, place, ok := meetingOn(f, c.want); !ok || date != c.date || place != c.place {
			t.Errorf("%s %q: meeting %v on %q in %q (found %v), want %s in %s", c.lang, c.text, c.want, date, place, ok, c.date, c.place)
		}
	}
	// (a stop reached with no then-word may be another day: no day)
	f := factsOn(t, x, "fr", "2020-10-13", "Title\n\nSabri Boukadoum a entamé dimanche 11 octobre une tournée au Maghreb par Rabat, où il s'est entretenu avec son homologue Nasser Bourita. Il s'est rendu à Tunis, où il a été reçu par le président Kaïs Saïed.")
	if date, _, ok := meetingOn(f, []string{"sabri-boukadoum", "kais-saied"}); ok && date == "2020-10-11" {
		t.Errorf("meeting with Saied dated %s, the day of the stop before", date)
	}
}

// TestSceneOfAMisreadGuest: a visit whose first name is a misread word
// ("La ministra de Asuntos Exteriores, …, Arancha González Laya, visitó
// … Trípoli") still has its traveller, the one of its people from abroad;
// "de la mañana" is the same day, not tomorrow; and the trip city's
// country named in the sentence before ("el embajador de España en
// Libia") is no place of the scene's meetings: the city is.
func TestSceneOfAMisreadGuest(t *testing.T) {
	x := shipped(t)
	text := "La ministra de Asuntos Exteriores, Unión Europea y Cooperación, Arancha González Laya, visitó el miércoles 7 de abril Trípoli en un viaje relámpago. La jefa de la diplomacia española llegó acompañada del embajador de España en Libia. A primera hora de la mañana fue recibida por el primer ministro Abdul Hamid Dbeibah, y a continuación por el presidente del Consejo Presidencial, Mohamed al Menfi."
	f := factsOn(t, x, "es", "2021-04-08", "Title\n\n"+text)
	for _, p := range []string{"abdul-hamid-dbeibah", "mohamed-al-menfi"} {
		date, place, ok := meetingOn(f, []string{"arancha-gonzalez-laya", p})
		if !ok || date != "2021-04-07" || place != "tripoli" {
			t.Errorf("meeting of González Laya and %s on %q in %q (found %v), want 2021-04-07 in tripoli; meetings %v", p, date, place, ok, allParts(f))
		}
	}
	for _, m := range f.Meetings {
		if m.Status != graph.StatusHeld {
			t.Errorf("meeting %v is %s, want held", participants(m), m.Status)
		}
	}
}
