package extract

import "testing"

// TestReciprocalSeeEachOther: Italian and Spanish tell two people meeting
// with the reciprocal of "to see" ("si sono visti", "si è visto con",
// "se vieron", "se verán"), subject before or after the verb; "to see
// oneself forced" ("si sono visti costretti", "se vieron obligados") is
// no meeting.
func TestReciprocalSeeEachOther(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"it", "Luigi Di Maio e Najla Mangoush si sono visti alla Farnesina.", [][]string{{"luigi-di-maio", "najla-mangoush"}}},
		{"it", "Ieri si sono visti alla Farnesina Luigi Di Maio e Najla Mangoush.", [][]string{{"luigi-di-maio", "najla-mangoush"}}},
		{"it", "Luigi Di Maio si è visto con Fayez al-Serraj a Tripoli.", [][]string{{"luigi-di-maio", "fayez-al-sarraj"}}},
		{"es", "Albares y Mangoush se vieron en el Palacio de Viana.", [][]string{{"jose-manuel-albares", "najla-mangoush"}}},
		{"es", "Ayer se vieron en Madrid José Manuel Albares y Najla Mangoush.", [][]string{{"jose-manuel-albares", "najla-mangoush"}}},
		{"es", "Fayez al Sarraj y Jalifa Haftar se verán en Moscú la próxima semana.", [][]string{{"fayez-al-sarraj", "khalifa-haftar"}}},
		{"it", "Fayez al-Serraj e Khalifa Haftar si sono visti costretti ad accettare la tregua.", nil},
		{"es", "Fayez al Sarraj y Jalifa Haftar se vieron obligados a aceptar la tregua.", nil},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, c.want)
	}
	f := factsOf(t, x, "es", "Title\n\nFayez al Sarraj y Jalifa Haftar se verán en Moscú la próxima semana.")
	if len(f.Meetings) != 1 || f.Meetings[0].Status != "planned" {
		t.Errorf("es se verán: %v, want one planned meeting", allParts(f))
	}
}

// TestOpeningNonFiniteClause: a gerund, participle or "al" + infinitive
// clause that opens the sentence has no subject of its own: the one named
// after its comma, the main clause's subject, met its partner, though the
// main verb is a speech verb ("Ricevendo Haftar a Palazzo Chigi, Conte ha
// chiesto …", "Reuniéndose con Dbeibah, Albares reiteró …", "Al recibir a
// Haftar, Sánchez pidió …"). A gerund inside the sentence has the subject
// of the clause before it; with no one named there, its partners did not
// meet only each other.
func TestOpeningNonFiniteClause(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"it", "Ricevendo Khalifa Haftar a Palazzo Chigi, Giuseppe Conte ha chiesto un cessate il fuoco.", [][]string{{"giuseppe-conte", "khalifa-haftar"}}},
		{"it", "Incontrando Fayez al-Serraj a Tripoli, Luigi Di Maio ha ribadito il sostegno dell'Italia al governo.", [][]string{{"luigi-di-maio", "fayez-al-sarraj"}}},
		{"it", "Incontratosi con Fayez al-Serraj a Istanbul, Recep Tayyip Erdogan ha promesso nuovi aiuti.", [][]string{{"recep-tayyip-erdogan", "fayez-al-sarraj"}}},
		{"es", "Reunido con el primer ministro Fayez al Sarraj, Erdogan reiteró su apoyo al Gobierno de Trípoli.", [][]string{{"recep-tayyip-erdogan", "fayez-al-sarraj"}}},
		{"es", "Reuniéndose con Abdul Hamid Dbeibah en Trípoli, Albares reiteró el apoyo de España.", [][]string{{"jose-manuel-albares", "abdul-hamid-dbeibah"}}},
		{"es", "Al recibir a Jalifa Haftar en La Moncloa, Pedro Sánchez pidió un alto el fuego.", [][]string{{"pedro-sanchez", "khalifa-haftar"}}},
		{"it", "Mario Draghi ha scelto Tripoli per la sua prima missione, incontrando Abdul Hamid Dbeibah e Mohamed al-Menfi.", [][]string{{"mario-draghi", "abdul-hamid-dbeibah", "mohamed-al-menfi"}}},
		{"it", "Ieri sera il corteo ha attraversato il centro di Tripoli, incontrando Abdul Hamid Dbeibah e Mohamed al-Menfi.", nil},
		{"es", "Anoche la comitiva recorrió el centro de Trípoli, reuniéndose con Abdul Hamid Dbeibah y Mohamed al Menfi.", nil},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, c.want)
	}
	// the sentence before names another: the main clause's subject, not
	// that one, met the partner
	f := factsOf(t, x, "es", "Title\n\nFayez al Sarraj habló ayer ante el Parlamento. Reuniéndose con Abdul Hamid Dbeibah en Trípoli, Albares reiteró el apoyo de España.")
	if !onlyMeetingOf(f, []string{"jose-manuel-albares", "abdul-hamid-dbeibah"}) {
		t.Errorf("es gerund after another's sentence: %v, want Albares and Dbeibah", allParts(f))
	}
}

// TestObjectsEachWithPlace: one verb with two objects, each followed by
// its own place ("ha visto Haftar a Bengasi e Shoukry al Cairo", "met
// Haftar in Benghazi and Sarraj in Tripoli"), is two meetings: the place
// after a partner, its preposition counted as its own, is nearer to him
// than the place that closes the partner before.
func TestObjectsEachWithPlace(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		a, b       []string
	}{
		{"it", "Nikos Dendias ha visto Khalifa Haftar a Bengasi e Sameh Shoukry al Cairo.", []string{"nikos-dendias", "khalifa-haftar"}, []string{"nikos-dendias", "sameh-shoukry"}},
		{"it", "La ministra Luciana Lamorgese ha incontrato Fathi Bashagha a Tripoli e Kais Saied a Tunisi nella stessa settimana.", []string{"luciana-lamorgese", "fathi-bashagha"}, []string{"luciana-lamorgese", "kais-saied"}},
		{"es", "Albares se reunió con Abdul Hamid Dbeibah en Trípoli y Jalifa Haftar en Bengasi.", []string{"jose-manuel-albares", "abdul-hamid-dbeibah"}, []string{"jose-manuel-albares", "khalifa-haftar"}},
		{"en", "On 17 December Luigi Di Maio met Khalifa Haftar in Benghazi and Fayez al-Sarraj in Tripoli.", []string{"luigi-di-maio", "khalifa-haftar"}, []string{"luigi-di-maio", "fayez-al-sarraj"}},
		{"fr", "Le 17 décembre, Luigi Di Maio a rencontré Khalifa Haftar à Benghazi et Fayez al-Sarraj à Tripoli.", []string{"luigi-di-maio", "khalifa-haftar"}, []string{"luigi-di-maio", "fayez-al-sarraj"}},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, [][]string{c.a, c.b})
	}
	// the place before the partner stays his: "a Tripoli Sarraj e, nel
	// pomeriggio, a Bengasi Haftar"
	f := factsOf(t, x, "it", "Title\n\nLuigi Di Maio ha incontrato a Tripoli Fayez al-Serraj e, nel pomeriggio, a Bengasi Khalifa Haftar.")
	places := map[string]string{}
	for _, m := range f.Meetings {
		for _, p := range participants(m) {
			places[p] = m.Place
		}
	}
	if places["fayez-al-sarraj"] != "tripoli" || places["khalifa-haftar"] != "benghazi" {
		t.Errorf("it place before the partner: %v", places)
	}
}

// TestWishedRequestedProposedMeeting: a meeting someone hopes for, wants,
// asks for or proposes ("spera di incontrare", "vorrebbe incontrare",
// "ha chiesto un incontro con", "è stato proposto un incontro", "espera
// reunirse", "querría reunirse", "solicitó una reunión con") is not held
// and not planned: no meeting. One declined ("ha declinato l'invito") is
// none either.
func TestWishedRequestedProposedMeeting(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct{ lang, text string }{
		{"it", "Khalifa Haftar spera di incontrare Giuseppe Conte a Roma."},
		{"it", "Aguila Saleh vorrebbe incontrare Luigi Di Maio prima di Natale."},
		{"it", "Khalifa Haftar vuole incontrare Giuseppe Conte a Roma."},
		{"it", "Fayez al-Serraj ha chiesto un incontro a Recep Tayyip Erdogan."},
		{"it", "Luigi Di Maio ha chiesto un incontro con Khalifa Haftar."},
		{"it", "Secondo la Farnesina, a Fayez al-Serraj era stato proposto un incontro con Giuseppe Conte."},
		{"it", "Giuseppe Conte avrebbe voluto incontrare Khalifa Haftar, ma il generale ha declinato l'invito."},
		{"es", "Jalifa Haftar espera reunirse con Pedro Sánchez en Madrid."},
		{"es", "Aguila Saleh querría reunirse con Albares antes de Navidad."},
		{"es", "Jalifa Haftar quiere reunirse con Pedro Sánchez en Madrid."},
		{"es", "Fayez al Sarraj solicitó una reunión con Recep Tayyip Erdogan."},
		{"es", "Albares pidió una reunión con Jalifa Haftar."},
		{"es", "Pedro Sánchez habría querido reunirse con Jalifa Haftar, pero el mariscal declinó la invitación."},
	} {
		wantAllParts(t, x, c.lang, c.text, nil)
	}
}

// TestWithoutMeeting: "senza incontrare X", "sin reunirse con X" (without
// meeting X) deny the meeting of the clause's subject with X.
func TestWithoutMeeting(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct{ lang, text string }{
		{"it", "Luigi Di Maio è ripartito da Bengasi senza incontrare Khalifa Haftar."},
		{"it", "Lamorgese ha lasciato Tripoli senza ricevere Fathi Bashagha."},
		{"it", "Senza incontrare Khalifa Haftar, Di Maio è ripartito per Roma."},
		{"es", "Albares abandonó Bengasi sin reunirse con Jalifa Haftar."},
		{"es", "Sin haberse entrevistado con Fayez al Sarraj, Heiko Maas regresó a Berlín."},
		{"es", "Sin reunirse con Jalifa Haftar, Albares regresó a Madrid."},
	} {
		wantAllParts(t, x, c.lang, c.text, nil)
	}
}

// TestGuestOfHost: "X è stato ospite di Y", "X fue invitado de Y", "como
// invitada de Y" (the guest of) tell X's visit to Y; the guest of honour
// of an event ("ospite d'onore", "invitado de honor") is none.
func TestGuestOfHost(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"it", "Khalifa Haftar è stato ospite di Vladimir Putin a Mosca.", [][]string{{"khalifa-haftar", "vladimir-putin"}}},
		{"it", "Najla Mangoush è stata ospite di Luigi Di Maio alla Farnesina.", [][]string{{"najla-mangoush", "luigi-di-maio"}}},
		{"it", "Abdul Hamid Dbeibah è stato ospite di Recep Tayyip Erdogan ad Ankara.", [][]string{{"abdul-hamid-dbeibah", "recep-tayyip-erdogan"}}},
		{"es", "Jalifa Haftar fue invitado de Vladimir Putin en Moscú.", [][]string{{"khalifa-haftar", "vladimir-putin"}}},
		{"es", "Najla Mangoush estuvo en Madrid como invitada de José Manuel Albares.", [][]string{{"najla-mangoush", "jose-manuel-albares"}}},
		{"es", "Albares estuvo en El Cairo como invitado del ministro Sameh Shukri.", [][]string{{"jose-manuel-albares", "sameh-shoukry"}}},
		{"it", "Khalifa Haftar è stato l'ospite d'onore della parata militare a Bengasi.", nil},
		{"es", "Jalifa Haftar fue el invitado de honor del desfile militar en Bengasi.", nil},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, c.want)
	}
}

// TestLowerCaseWordIsNoAcronym: a one-word name always spelt with a
// capital ("NATO", "Nato") names no one in a lower-case word: Italian
// "nato" (born) is no NATO, "la Nato" still is.
func TestLowerCaseWordIsNoAcronym(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		text string
		want [][]string
	}{
		{"Khalifa Haftar, nato ad Ajdabiya nel 1943, ha incontrato ieri Giuseppe Conte a Roma.", [][]string{{"khalifa-haftar", "giuseppe-conte"}}},
		{"L'incontro tra Luigi Di Maio e Fayez al-Serraj è nato da un'idea della Farnesina.", [][]string{{"luigi-di-maio", "fayez-al-sarraj"}}},
		{"Il viaggio di Khalifa Haftar a Roma da Giuseppe Conte non era nato per caso.", [][]string{{"khalifa-haftar", "giuseppe-conte"}}},
		{"Luigi Di Maio ha incontrato a Bruxelles il segretario generale della Nato Jens Stoltenberg.", [][]string{{"luigi-di-maio", "jens-stoltenberg"}}},
		{"Luigi Di Maio ha incontrato i vertici della Nato a Bruxelles.", [][]string{{"luigi-di-maio", "nato"}}},
	}
	for _, c := range cases {
		wantAllParts(t, x, "it", c.text, c.want)
	}
}

// TestSummitDatesTheClause: a summit named by its city or body in a
// fronted time phrase ("A due mesi dal vertice di Berlino, …", "Tras la
// cumbre de Moscú, …", "Cinco meses después de la cumbre de Berlín, …")
// dates the clause: the countries of the clause did not meet there. A
// summit that names its people ("Tras la cumbre entre Sánchez y Erdogan")
// is still a meeting.
func TestSummitDatesTheClause(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"it", "A due mesi dal vertice di Berlino, Turchia e Russia restano divise sulla Libia.", nil},
		{"it", "Dopo il vertice di Mosca, Russia e Turchia hanno continuato a trattare sulla Libia.", nil},
		{"es", "Desde la cumbre de Berlín, Alemania y Francia no han logrado avances.", nil},
		{"es", "Tras la cumbre de Moscú, Rusia y Turquía siguieron negociando sobre Libia.", nil},
		{"it", "Dopo il vertice tra Giuseppe Conte e Khalifa Haftar a Roma, i due leader hanno parlato alla stampa.", [][]string{{"giuseppe-conte", "khalifa-haftar"}}},
		{"es", "Tras la cumbre entre Pedro Sánchez y Recep Tayyip Erdogan en Ankara, ambos líderes comparecieron ante la prensa.", [][]string{{"pedro-sanchez", "recep-tayyip-erdogan"}}},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, c.want)
	}
}

// TestItalianIsIsNoAnd: Italian "è" (is) folds to "e" (and) but is no
// conjunction: in "Di Maio è stato ricevuto da Sarraj e poi da Mishri"
// the subject is not coordinated with the first agent, and the `then`
// word parts the two receptions.
func TestItalianIsIsNoAnd(t *testing.T) {
	x := shipped(t)
	for _, text := range []string{
		"Luigi Di Maio è stato ricevuto da Fayez al-Serraj e poi da Khaled al-Mishri.",
		"Luigi Di Maio è stato accolto prima da Fayez al-Serraj, poi da Khaled al-Mishri.",
	} {
		wantAllParts(t, x, "it", text, [][]string{{"luigi-di-maio", "fayez-al-sarraj"}, {"luigi-di-maio", "khalid-al-mishri"}})
	}
	// "e" (and) still coordinates
	wantAllParts(t, x, "it", "Luigi Di Maio e Lorenzo Guerini sono stati ricevuti da Fayez al-Serraj.", [][]string{{"luigi-di-maio", "lorenzo-guerini", "fayez-al-sarraj"}})
}
