package extract

import (
	"testing"

	"github.com/parley/parley/graph"
)

// TestThenPartsTheObjectsInLatinLanguages: a `then` word between two
// partners of one meeting verb ("held talks with X, head of …, and later
// with Y", "a reçu X lundi, puis Y mardi", "traf X und anschließend Y")
// tells two meetings one after the other, as it already did in tr ru ar
// ur; the two partners did not meet each other.
func TestThenPartsTheObjectsInLatinLanguages(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, subj string }{
		{"en", "In Tripoli, Heiko Maas met Fayez al-Sarraj, the head of the unity government, and later Khalid al-Mishri.", "heiko-maas"},
		{"en", "Sergey Lavrov held talks with Fayez al-Sarraj on Monday and then with Khalid al-Mishri on Tuesday.", "sergey-lavrov"},
		{"fr", "À Tripoli, Heiko Maas s'est entretenu avec Fayez al-Sarraj, chef du gouvernement d'union, puis avec Khaled al-Mechri.", "heiko-maas"},
		{"fr", "Sergueï Lavrov a reçu Fayez al-Sarraj lundi, et ensuite Khaled al-Mechri mardi.", "sergey-lavrov"},
		{"it", "A Tripoli Heiko Maas ha avuto colloqui con Fayez al-Sarraj, capo del governo di unità, e più tardi con Khalid al-Mishri.", "heiko-maas"},
		{"es", "En Trípoli, Heiko Maas se reunió con Fayez al-Sarraj, jefe del gobierno de unidad, y luego con Khalid al-Mishri.", "heiko-maas"},
		{"de", "In Tripolis traf Heiko Maas zunächst Fajis al-Sarradsch, den Chef der Einheitsregierung, und anschließend Khaled al-Mischri.", "heiko-maas"},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, [][]string{{c.subj, "fayez-al-sarraj"}, {c.subj, "khalid-al-mishri"}})
	}
	// (joined by a plain "and", the partners met together)
	wantAllParts(t, x, "en", "In Tripoli, Heiko Maas met Fayez al-Sarraj and Khalid al-Mishri.", [][]string{{"heiko-maas", "fayez-al-sarraj", "khalid-al-mishri"}})
}

// TestAndOpensAClauseWithItsOwnSubject: after a comma, an "and" word, a
// time phrase at most and a name right before the next meeting verb open
// a main clause of its own ("…, and a few days later Boukadoum flew to
// Benghazi to meet Haftar"): that name is the subject of the later
// meeting, not a second guest of the first; a pronoun keeps the subject.
func TestAndOpensAClauseWithItsOwnSubject(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "On 3 March, Sergey Lavrov received Fayez al-Sarraj in Moscow, and two weeks later Heiko Maas travelled to Benghazi to meet Khalifa Haftar."},
		{"en", "Sergey Lavrov met Fayez al-Sarraj in Moscow on Tuesday, and Heiko Maas held talks with Khalifa Haftar in Benghazi."},
		{"es", "El 3 de marzo, Serguéi Lavrov recibió en Moscú a Fayez al Serraj, y dos semanas más tarde Heiko Maas viajó a Bengasi para entrevistarse con Jalifa Hafter."},
		{"fr", "Le 3 mars, Sergueï Lavrov a reçu Fayez al-Sarraj à Moscou, et deux semaines plus tard Heiko Maas s'est rendu à Benghazi pour rencontrer Khalifa Haftar."},
		{"it", "Il 3 marzo Sergej Lavrov ha ricevuto Fayez al-Sarraj a Mosca, e due settimane dopo Heiko Maas si è recato a Bengasi per incontrare Khalifa Haftar."},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, [][]string{{"sergey-lavrov", "fayez-al-sarraj"}, {"heiko-maas", "khalifa-haftar"}})
	}
	// (a pronoun after the "and" keeps the subject of the first clause)
	wantAllParts(t, x, "en", "Sergey Lavrov met Fayez al-Sarraj in Moscow on Tuesday, and he later held talks with Khalifa Haftar.", [][]string{{"sergey-lavrov", "fayez-al-sarraj"}, {"sergey-lavrov", "khalifa-haftar"}})
}

// TestTwoMinistersOfTheEarlierMeeting: "the two ministers" in any gender
// ("las dos ministras", "le due ministre", "die beiden Ministerinnen")
// and "the two spoke" are the pair of an earlier event; when the event
// told last is a minister's planned trip to a prime minister, "the two
// ministers" are still the two ministers who met before.
func TestTwoMinistersOfTheEarlierMeeting(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"es", "Arancha González Laya recibió el martes en Madrid a Najla Mangush. González Laya viajará a Trípoli en junio para reunirse con el primer ministro, Abdul Hamid Dbeibah. Las dos ministras ya habían hablado por teléfono el 2 de marzo."},
		{"it", "Luigi Di Maio ha ricevuto martedì a Roma Najla Mangoush. Di Maio andrà a Tripoli a giugno, dove incontrerà il premier Abdul Hamid Dbeibah. Le due ministre si erano già sentite al telefono il 2 marzo."},
		{"en", "Luigi Di Maio received Najla Mangoush in Rome on Tuesday. Di Maio will travel to Tripoli in June to meet Prime Minister Abdul Hamid Dbeibah. The two foreign ministers had already spoken by phone on 2 March."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-04-01", "Title\n\n"+c.text)
		var calls [][]string
		for _, m := range f.Meetings {
			if m.Mode == graph.ModeCall {
				calls = append(calls, participants(m))
			}
		}
		if len(calls) != 1 || !sameParts(calls[0], []string{participants(f.Meetings[0])[0], "najla-mangoush"}) {
			t.Errorf("%s: calls %v, want the host's with Mangoush", c.lang, calls)
		}
	}
	wantAllParts(t, x, "en", "Heiko Maas received Sameh Shoukry in Berlin on Monday. The two spoke by phone again on Friday.", [][]string{{"heiko-maas", "sameh-shoukry"}, {"heiko-maas", "sameh-shoukry"}})
	wantAllParts(t, x, "es", "Josep Borrell recibió a Najla Mangush en Bruselas el lunes. Las dos se reunieron de nuevo en Roma el viernes.", [][]string{{"josep-borrell", "najla-mangoush"}, {"josep-borrell", "najla-mangoush"}})
}

// TestPronounThroughASentenceOfQuotes: a sentence that names no person
// outside its quotation and speaks of a pronoun ("«…», dijo él a los
// periodistas", "\"…,\" she told the delegates") hands its referent on:
// the pronoun of the next sentence is the one the sentence before it was
// about, of the pronoun's gender (not a country in the quotation, nor a
// man named last when the pronoun is "she").
func TestPronounThroughASentenceOfQuotes(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"es", "Heiko Maas aterrizó el lunes en Trípoli. «Libia necesita un solo gobierno», dijo él a los periodistas. Después fue recibido por Fayez al Serraj.", []string{"heiko-maas", "fayez-al-sarraj"}},
		{"it", "Heiko Maas è atterrato lunedì a Tripoli. «La Libia ha bisogno di un solo governo», ha detto lui ai giornalisti. Poi è stato ricevuto da Fayez al-Sarraj.", []string{"heiko-maas", "fayez-al-sarraj"}},
		{"en", "Stephanie Williams greeted Kais Saied in Tunis on Monday. \"We are here to save a country,\" she told the delegates. Two days later she flew to Benghazi to meet Khalifa Haftar.", []string{"stephanie-williams", "khalifa-haftar"}},
		{"en", "Kais Saied greeted Stephanie Williams in Tunis on Monday. \"We are here to save a country,\" she told the delegates. On Wednesday she travelled to Benghazi to meet Khalifa Haftar.", []string{"stephanie-williams", "khalifa-haftar"}},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, [][]string{c.want})
	}
}

// TestSigningTogetherIsAMeeting: two people who sign something together
// ("X and his counterpart Y signed in Rome an agreement", "firmaron",
// "hanno firmato", "unterzeichneten X und Y") met to do it; states or
// organisations that signed ("Rome and Tunis signed"), a participle ("the
// agreement signed in Rome") and "the two ministers signed" after a
// meeting told before report no meeting of their own.
func TestSigningTogetherIsAMeeting(t *testing.T) {
	x := shipped(t)
	pair := [][]string{{"luigi-di-maio", "othman-jerandi"}}
	for _, c := range []struct{ lang, text string }{
		{"en", "On 4 May, Luigi Di Maio and his Tunisian counterpart Othman Jerandi signed a migration agreement in Rome."},
		{"en", "Luigi Di Maio signed a migration agreement with Othman Jerandi in Rome on 4 May."},
		{"fr", "Le 4 mai, Luigi Di Maio et son homologue tunisien, Othman Jerandi, ont signé à Rome un accord sur les migrations."},
		{"it", "Il 4 maggio Luigi Di Maio e il suo omologo tunisino Othman Jerandi hanno firmato a Roma un accordo sulle migrazioni."},
		{"es", "El 4 de mayo, Luigi Di Maio y su homólogo tunecino, Othman Jerandi, firmaron en Roma un acuerdo migratorio."},
		{"de", "Am 4. Mai unterzeichneten Luigi Di Maio und sein tunesischer Amtskollege Othman Jerandi in Rom ein Migrationsabkommen."},
		{"en", "Di Maio received Othman Jerandi in Rome on Tuesday. The two ministers signed a migration agreement."},
	} {
		wantAllParts(t, x, c.lang, c.text, pair)
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "Rome and Tunis signed a migration agreement in May."},
		{"es", "El acuerdo que Italia firmó con Túnez en mayo sigue vigente, dijo Luigi Di Maio."},
		{"en", "Othman Jerandi said the agreement signed in Rome on 4 May with Luigi Di Maio would hold."},
	} {
		wantAllParts(t, x, c.lang, c.text, nil)
	}
}

// TestBesideSomeoneIsAMeeting: what one person does beside another
// ("opened the conference alongside Williams", "junto a", "aux côtés
// de", "accanto a", "an der Seite von") is a meeting of the two; not a
// state's or an army's side ("fought alongside Haftar's forces",
// "Rusia, junto a Egipto, apoya a Hafter"), and not when the sentence
// tells its meeting with another trigger ("Al tavolo, accanto a Draghi,
// sedeva anche X").
func TestBesideSomeoneIsAMeeting(t *testing.T) {
	x := shipped(t)
	pair := [][]string{{"kais-saied", "stephanie-williams"}}
	for _, c := range []struct{ lang, text string }{
		{"en", "On Monday Tunisian President Kais Saied opened the conference in Tunis alongside Stephanie Williams."},
		{"es", "El lunes, el presidente tunecino, Kais Saied, abrió en Túnez la conferencia junto a la enviada de la ONU, Stephanie Williams."},
		{"fr", "Lundi, le président tunisien Kaïs Saïed a ouvert la conférence à Tunis aux côtés de l'envoyée de l'ONU, Stephanie Williams."},
		{"it", "Lunedì il presidente tunisino Kais Saied ha aperto la conferenza a Tunisi accanto all'inviata dell'Onu, Stephanie Williams."},
		{"de", "Am Montag eröffnete der tunesische Präsident Kais Saied in Tunis an der Seite von Stephanie Williams die Konferenz."},
	} {
		wantAllParts(t, x, c.lang, c.text, pair)
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "Russian mercenaries fought alongside Khalifa Haftar's forces near Tripoli."},
		{"es", "Rusia, junto a Egipto, apoya a Jalifa Hafter."},
		{"fr", "La Turquie restera aux côtés de Fayez al-Sarraj, a déclaré Recep Tayyip Erdoğan."},
	} {
		wantAllParts(t, x, c.lang, c.text, nil)
	}
	wantAllParts(t, x, "it", "Mario Draghi ha ricevuto Abdul Hamid Dbeibah a Roma. Al tavolo, accanto a Draghi, sedeva anche Luigi Di Maio.", [][]string{{"mario-draghi", "abdul-hamid-dbeibah", "luigi-di-maio"}})
}

// TestSatDownApartFromWith: "sat down" is a meeting verb when a place or
// a time stands before its "with" ("sat down in Tripoli with X", "sat
// down for two hours with X"), and "two days later" counts from the
// event told before.
func TestSatDownApartFromWith(t *testing.T) {
	x := shipped(t)
	pair := [][]string{{"heiko-maas", "fayez-al-sarraj"}}
	wantAllParts(t, x, "en", "On Monday Heiko Maas sat down for two hours with Fayez al-Sarraj in Tripoli.", pair)
	wantAllParts(t, x, "en", "The delegates sat down in Geneva on Monday.", nil)
	f := factsOn(t, x, "en", "2021-03-12", "Title\n\nOn 3 March Heiko Maas held talks with Khalifa Haftar in Benghazi. Two days later he sat down in Tripoli with Fayez al-Sarraj.")
	if len(f.Meetings) != 2 || !sameParts(participants(f.Meetings[1]), pair[0]) || f.Meetings[1].Date.Day != 5 {
		t.Errorf("meetings %+v, want the second with Sarraj on 5 March", f.Meetings)
	}
}

// TestCallInTheInfinitive: a call told in the infinitive ("found time to
// call Dendias", "a trouvé le temps d'appeler", "di chiamare", "para
// llamar a") is a call when its callee is named right after it; "to call
// for a truce", "appeler à un cessez-le-feu", "llamar a la calma" are
// appeals, no call.
func TestCallInTheInfinitive(t *testing.T) {
	x := shipped(t)
	pair := [][]string{{"najla-mangoush", "nikos-dendias"}}
	for _, c := range []struct{ lang, text string }{
		{"en", "Between two sessions, Najla Mangoush found time to call Nikos Dendias."},
		{"fr", "Entre deux séances, Najla Mangoush a trouvé le temps d'appeler Nikos Dendias."},
		{"it", "Tra una sessione e l'altra, Najla Mangoush ha trovato il tempo di chiamare Nikos Dendias."},
		{"es", "Entre dos sesiones, Najla Mangush encontró tiempo para llamar a Nikos Dendias."},
	} {
		wantAllParts(t, x, c.lang, c.text, pair)
	}
	for _, c := range []struct{ lang, text string }{
		{"fr", "Jean-Yves Le Drian a exhorté Khalifa Haftar à appeler à un cessez-le-feu."},
		{"en", "Luigi Di Maio urged Khalifa Haftar to call for a ceasefire."},
		{"es", "Josep Borrell pidió a Jalifa Hafter llamar a la calma."},
	} {
		wantAllParts(t, x, c.lang, c.text, nil)
	}
}
