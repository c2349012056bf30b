package extract

import (
	"slices"
	"testing"

	"github.com/parley/parley/graph"
)

// TestTitlePartnerToldByCountry: a headline naming both partners
// ("Lamorgese riceve Bashagha") keeps its meeting when the lead first
// names the guest by an office and a nationality ("il suo omologo
// libico, Fathi Bashagha"); the event is not lost to the title.
func TestTitlePartnerToldByCountry(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, want0, text string }{
		{"it", "luigi-di-maio", "Di Maio riceve Siala alla Farnesina\nROMA – Tre ore di colloquio alla Farnesina per fare il punto sugli arrivi dalla Libia. Il ministro degli Esteri, Luigi Di Maio, ha ricevuto ieri il suo omologo del governo di accordo nazionale libico, Mohamed Siala, accompagnato dal commodoro Abdelhamid al-Zawi."},
		{"fr", "jean-yves-le-drian", "Le Drian reçoit Siala au Quai d'Orsay\nPARIS – Trois heures d'entretien au Quai d'Orsay pour faire le point sur les départs depuis la Libye. Le ministre des Affaires étrangères, Jean-Yves Le Drian, a reçu hier son homologue du gouvernement d'union nationale libyen, Mohamed Siala, accompagné du commodore Abdelhamid al-Zawi."},
		{"es", "jose-manuel-albares", "Albares recibe a Siala en Madrid\nMADRID – Tres horas de conversación en el ministerio para repasar las salidas desde Libia. El ministro de Exteriores, José Manuel Albares, recibió ayer a su homólogo del gobierno de acuerdo nacional libio, Mohamed Siala, acompañado del comodoro Abdelhamid al-Zawi."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-06-10", c.text)
		if ms := allParts(f); len(ms) == 0 || !meetingWithAll(ms, []string{c.want0, "mohamed-taha-siala"}) {
			t.Errorf("%s %q: meetings %v, want one with the host and Siala", c.lang, c.text, ms)
		}
	}
}

// TestPluperfectMeetingVerbs: a meeting told as past before the story's
// own ("s'était entretenue avec", "se había entrevistado con", "si erano
// visti", "had seen") is a meeting as the perfect is.
func TestPluperfectMeetingVerbs(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"fr", "Deux jours plus tôt, Najla Mangoush s'était entretenue à Rome avec Luigi Di Maio.", []string{"najla-mangoush", "luigi-di-maio"}},
		{"fr", "Sergueï Lavrov et Mevlüt Çavuşoğlu s'étaient entretenus à Sotchi en septembre.", []string{"sergey-lavrov", "mevlut-cavusoglu"}},
		{"fr", "Le ministre avait vu Fayez al-Sarraj à Tripoli quelques semaines auparavant.", nil},
		{"fr", "Heiko Maas avait vu Fayez al-Sarraj à Tripoli quelques semaines auparavant.", []string{"heiko-maas", "fayez-al-sarraj"}},
		{"es", "Aguila Saleh se había entrevistado en Rabat con Naser Burita a finales de julio.", []string{"aguila-saleh-issa", "nasser-bourita"}},
		{"es", "Lavrov y Çavuşoğlu se habían visto en Sochi en septiembre.", []string{"sergey-lavrov", "mevlut-cavusoglu"}},
		{"it", "Lavrov e Çavuşoğlu si erano visti a Soči a settembre.", []string{"sergey-lavrov", "mevlut-cavusoglu"}},
		{"it", "Heiko Maas aveva visto Fayez al-Sarraj a Tripoli qualche settimana prima.", []string{"heiko-maas", "fayez-al-sarraj"}},
		{"it", "Di Maio si era riunito ad Algeri con Sabri Boukadoum a gennaio.", []string{"luigi-di-maio", "sabri-boukadoum"}},
		{"en", "Heiko Maas had seen Fayez al-Sarraj in Tripoli a few weeks earlier.", []string{"heiko-maas", "fayez-al-sarraj"}},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-06-10", "Title\n\n"+c.text)
		if c.want == nil {
			continue
		}
		if !onlyMeetingOf(f, c.want) {
			t.Errorf("%s %q: meetings %v, want %v", c.lang, c.text, allParts(f), c.want)
		}
	}
}

// TestLaterBodyMeetingIsNotTheTitles: once the lead has been merged into
// the title's event ("Di Maio reçoit son homologue tunisien à Rome"), a
// meeting the body tells later in another city with partners the title
// does not name ("qui s'était entretenu à Tripoli avec Dbeibah et
// al-Menfi") is a meeting of its own, not the title's moved there.
func TestLaterBodyMeetingIsNotTheTitles(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, host, text string }{
		{"fr", "luigi-di-maio", "Libye : Di Maio reçoit son homologue tunisien à Rome\n\nROME, 10 juin 2021 - Le ministre italien des Affaires étrangères, Luigi Di Maio, a reçu mercredi à Rome son homologue tunisien, Othman Jerandi, pour parler des élections libyennes.\n\nLes deux ministres ont évoqué les migrations et la sécurité de la frontière.\n\nLe chef de la diplomatie tunisienne, qui s'était entretenu la semaine dernière à Tripoli avec Abdul Hamid Dbeibah et Mohamed al-Menfi, a plaidé pour un retrait des mercenaires."},
		{"it", "luigi-di-maio", "Libia, Di Maio riceve l'omologo tunisino alla Farnesina\n\nROMA – Il ministro degli Esteri, Luigi Di Maio, ha ricevuto mercoledì alla Farnesina il suo omologo tunisino, Othman Jerandi, per parlare delle elezioni libiche.\n\nI due ministri hanno discusso anche di migrazioni e di sicurezza dei confini.\n\nIl capo della diplomazia tunisina, che la settimana scorsa si era riunito a Tripoli con Abdul Hamid Dbeibah e Mohamed al-Menfi, ha chiesto il ritiro dei mercenari."},
		{"es", "jose-manuel-albares", "Libia: Albares recibe a su homólogo tunecino en Madrid\n\nMADRID – El ministro de Exteriores, José Manuel Albares, recibió el miércoles en Madrid a su homólogo tunecino, Othman Jerandi, para hablar de las elecciones libias.\n\nAmbos ministros abordaron también la migración y la seguridad de las fronteras.\n\nEl jefe de la diplomacia tunecina, que la semana pasada se había reunido en Trípoli con Abdul Hamid Dbeibah y Mohamed al-Menfi, pidió la retirada de los mercenarios."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-06-10", c.text)
		ms := allParts(f)
		if !slices.ContainsFunc(ms, func(p []string) bool { return sameParts(p, []string{c.host, "othman-jerandi"}) }) {
			t.Errorf("%s: meetings %v, want the host with Jerandi alone", c.lang, ms)
		}
		if !meetingWithAll(ms, []string{"othman-jerandi", "abdul-hamid-dbeibah", "mohamed-al-menfi"}) {
			t.Errorf("%s: meetings %v, want Jerandi with Dbeibah and al-Menfi", c.lang, ms)
		}
	}
}

// TestMeetingInRelativeAfterDenial: a denial ("did not meet X") does not
// take with it the meeting a relative clause after the denied partner
// tells ("…, who had flown to Rome, where he was received by Conte"): that
// clause reports a meeting that did happen; the denied pair stays apart.
func TestMeetingInRelativeAfterDenial(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "The envoy did not see Khalifa Haftar, who had flown to Rome, where he was received on Tuesday by Giuseppe Conte."},
		{"fr", "L'émissaire n'a pas vu Khalifa Haftar, qui s'était rendu à Rome, où il a été reçu mardi par Giuseppe Conte."},
		{"es", "El enviado no se reunió con Jalifa Haftar, que había viajado a Roma, donde fue recibido el martes por Giuseppe Conte."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-01-10", "Title\n\n"+c.text)
		if !onlyMeetingOf(f, []string{"khalifa-haftar", "giuseppe-conte"}) {
			t.Errorf("%s %q: meetings %v, want only Haftar with Conte", c.lang, c.text, allParts(f))
		}
	}
	// the denial itself still holds when no relative clause follows
	if f := factsOn(t, x, "fr", "2020-01-10", "Title\n\nGiuseppe Conte n'a pas rencontré Khalifa Haftar, malgré les efforts de Rome."); len(f.Meetings) != 0 {
		t.Errorf("fr: meetings %v, want none", allParts(f))
	}
}

// TestPluralPronounMetSeparately: "X li ha ricevuti separatamente", "les
// a reçus séparément", "los recibió por separado", "empfing sie getrennt":
// the plural pronoun stands for the two people named before, and the
// subject met each of them on their own; a denial about the pair in a
// clause of its own after a semicolon ("; i due rivali, però, non si
// incontrarono mai") leaves those two meetings standing.
func TestPluralPronounMetSeparately(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"it", "Aguila Saleh e Khalid al-Mishri erano entrambi a Rabat. Il ministro Nasser Bourita li ha ricevuti separatamente."},
		{"it", "Aguila Saleh e Khalid al-Mishri arrivarono a Rabat il 27 luglio. Nasser Bourita li ricevette separatamente; i due rivali, però, non si incontrarono mai."},
		{"fr", "Aguila Saleh et Khalid al-Mishri se trouvaient tous deux à Rabat. Nasser Bourita les a reçus séparément."},
		{"es", "Aguila Saleh y Jaled al-Mishri estaban ambos en Rabat. Naser Burita los recibió por separado."},
		{"de", "Aguila Saleh und Chalid al-Mischri waren beide in Rabat. Nasser Bourita empfing sie getrennt."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-07-29", "Title\n\n"+c.text)
		ms := allParts(f)
		for _, p := range []string{"aguila-saleh-issa", "khalid-al-mishri"} {
			if !slices.ContainsFunc(ms, func(m []string) bool { return sameParts(m, []string{"nasser-bourita", p}) }) {
				t.Errorf("%s %q: meetings %v, want Bourita with %s alone", c.lang, c.text, ms, p)
			}
		}
		if meetingWithAll(ms, []string{"aguila-saleh-issa", "khalid-al-mishri"}) {
			t.Errorf("%s %q: meetings %v join Saleh and al-Mishri", c.lang, c.text, ms)
		}
	}
}

// TestHostsMetTheTwoDelegationsSeparately: "held separate talks with the
// two delegations", "ont reçu séparément chacune des deux délégations",
// "se reunieron por separado con las dos delegaciones": the delegations
// are the two people named before; the hosts met each side on its own,
// and no later step joins the two sides again.
func TestHostsMetTheTwoDelegationsSeparately(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Aguila Saleh and Khalid al-Mishri arrived in Rabat on Monday. Nasser Bourita and Stephanie Williams held separate talks with the two delegations."},
		{"fr", "Aguila Saleh et Khalid al-Mishri sont arrivés lundi à Rabat. Nasser Bourita et Stephanie Williams ont reçu séparément chacune des deux délégations."},
		{"es", "Aguila Saleh y Jaled al-Mishri llegaron el lunes a Rabat. Naser Burita y Stephanie Williams se reunieron por separado con las dos delegaciones."},
		{"it", "Aguila Saleh e Khalid al-Mishri sono arrivati lunedì a Rabat. Nasser Bourita e Stephanie Williams hanno incontrato separatamente le due delegazioni."},
		{"de", "Aguila Saleh und Chalid al-Mischri trafen am Montag in Rabat ein. Nasser Bourita und Stephanie Williams trafen die beiden Delegationen getrennt."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-06-10", "Title\n\n"+c.text)
		ms := allParts(f)
		for _, p := range []string{"aguila-saleh-issa", "khalid-al-mishri"} {
			if !slices.ContainsFunc(ms, func(m []string) bool { return sameParts(m, []string{"nasser-bourita", "stephanie-williams", p}) }) {
				t.Errorf("%s %q: meetings %v, want Bourita and Williams with %s", c.lang, c.text, ms, p)
			}
		}
		if meetingWithAll(ms, []string{"aguila-saleh-issa", "khalid-al-mishri", "nasser-bourita"}) {
			t.Errorf("%s %q: meetings %v join the two delegations", c.lang, c.text, ms)
		}
	}
}

// TestShuttleIsSeparateMeetings: shuttle diplomacy ("a fait la navette
// entre X et Y", "shuttled between X and Y", "facevano la spola tra le
// due delegazioni") is a meeting with each side on its own.
func TestShuttleIsSeparateMeetings(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		hosts      []string
	}{
		{"fr", "Nasser Bourita a fait la navette entre Aguila Saleh et Khalid al-Mishri toute la journée.", []string{"nasser-bourita"}},
		{"en", "Nasser Bourita shuttled between Aguila Saleh and Khalid al-Mishri all day.", []string{"nasser-bourita"}},
		{"fr", "Aguila Saleh et Khalid al-Mishri sont arrivés lundi à Rabat. Nasser Bourita et Stephanie Williams faisaient la navette entre les deux délégations.", []string{"nasser-bourita", "stephanie-williams"}},
		{"it", "Aguila Saleh e Khalid al-Mishri sono arrivati lunedì a Rabat. Nasser Bourita e Stephanie Williams facevano la spola tra le due delegazioni.", []string{"nasser-bourita", "stephanie-williams"}},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-06-10", "Title\n\n"+c.text)
		ms := allParts(f)
		for _, p := range []string{"aguila-saleh-issa", "khalid-al-mishri"} {
			if !slices.ContainsFunc(ms, func(m []string) bool { return sameParts(m, append(slices.Clone(c.hosts), p)) }) {
				t.Errorf("%s %q: meetings %v, want %v with %s", c.lang, c.text, ms, c.hosts, p)
			}
		}
		if meetingWithAll(ms, []string{"aguila-saleh-issa", "khalid-al-mishri", "nasser-bourita"}) {
			t.Errorf("%s %q: meetings %v join the two sides", c.lang, c.text, ms)
		}
	}
}

// TestHostInfinitive: the infinitive of a host verb after a modal or a
// cleft ("doit accueillir", "era X ad accogliere", "debe acoger") and the
// Italian passive "ospitato dal" tell the meeting as the finite forms do.
func TestHostInfinitive(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text, status string
	}{
		{"fr", "Le président Kaïs Saïed doit accueillir jeudi à Tunis Abdul Hamid Dbeibah.", graph.StatusPlanned},
		{"it", "Il 3 marzo era il presidente Kais Saied ad accogliere a Tunisi Abdul Hamid Dbeibah.", graph.StatusHeld},
		{"it", "Dbeibah parteciperà al vertice di Tunisi, ospitato dal presidente Kais Saied.", graph.StatusPlanned},
		{"it", "Kais Saied si prepara a ospitare Abdul Hamid Dbeibah a Tunisi la prossima settimana.", graph.StatusPlanned},
		{"es", "El presidente Kais Saied debe acoger el jueves en Túnez a Abdul Hamid Dbeibah.", ""},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-06-10", "Title\n\n"+c.text)
		if !onlyMeetingOf(f, []string{"kais-saied", "abdul-hamid-dbeibah"}) {
			t.Errorf("%s %q: meetings %v, want Saied with Dbeibah", c.lang, c.text, allParts(f))
			continue
		}
		if c.status != "" && f.Meetings[0].Status != c.status {
			t.Errorf("%s %q: status %s, want %s", c.lang, c.text, f.Meetings[0].Status, c.status)
		}
	}
}

// TestConveneAndNegotiateVerbs: convening two people ("réunira X et Y",
// "ha riunito", "reunió a", "brought together", "brachte … zusammen"),
// sitting down with and negotiating with someone ("negotiated with", "a
// négocié … avec", "negoció con", "verhandelte … mit"), and the
// infinitive or future of seeing ("deve vedere", "verá a") are meetings;
// a refusal to negotiate ("descartó negociar con") and a body that
// convenes ("la commission doit se réunir") are not.
func TestConveneAndNegotiateVerbs(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"fr", "Emmanuel Macron réunira dimanche Fayez al-Sarraj et Khalifa Haftar à Paris.", []string{"emmanuel-macron", "fayez-al-sarraj", "khalifa-haftar"}},
		{"it", "Giuseppe Conte ha riunito domenica a Palermo Fayez al-Sarraj e Khalifa Haftar.", []string{"giuseppe-conte", "fayez-al-sarraj", "khalifa-haftar"}},
		{"es", "Pedro Sánchez reunió el domingo en Madrid a Fayez al Sarraj y a Jalifa Haftar.", []string{"pedro-sanchez", "fayez-al-sarraj", "khalifa-haftar"}},
		{"en", "Emmanuel Macron brought together Fayez al-Sarraj and Khalifa Haftar in Paris on Sunday.", []string{"emmanuel-macron", "fayez-al-sarraj", "khalifa-haftar"}},
		{"de", "Emmanuel Macron brachte am Sonntag in Paris Fajis al-Sarradsch und Chalifa Haftar zusammen.", []string{"emmanuel-macron", "fayez-al-sarraj", "khalifa-haftar"}},
		{"en", "Fayez al-Sarraj will sit down with Giuseppe Conte in Rome on Thursday.", []string{"fayez-al-sarraj", "giuseppe-conte"}},
		{"it", "Fayez al-Sarraj deve vedere giovedì a Roma Giuseppe Conte.", []string{"fayez-al-sarraj", "giuseppe-conte"}},
		{"es", "Fayez al Sarraj verá el jueves en Roma a Giuseppe Conte.", []string{"fayez-al-sarraj", "giuseppe-conte"}},
		{"en", "Fayez al-Sarraj negotiated with Giuseppe Conte in Rome on Thursday.", []string{"fayez-al-sarraj", "giuseppe-conte"}},
		{"fr", "Fayez al-Sarraj a négocié jeudi à Rome avec Giuseppe Conte.", []string{"fayez-al-sarraj", "giuseppe-conte"}},
		{"es", "Fayez al Sarraj negoció el jueves en Roma con Giuseppe Conte.", []string{"fayez-al-sarraj", "giuseppe-conte"}},
		{"de", "Fajis al-Sarradsch verhandelte am Donnerstag in Rom mit Giuseppe Conte.", []string{"fayez-al-sarraj", "giuseppe-conte"}},
		{"es", "Sarraj descartó negociar con Jalifa Haftar, al que calificó de criminal.", nil},
		{"fr", "Fayez al-Sarraj et Khalifa Haftar ont quitté Paris; la commission mixte doit se réunir le 15 avril à Tripoli.", nil},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-06-10", "Title\n\n"+c.text)
		if c.want == nil {
			if len(f.Meetings) != 0 {
				t.Errorf("%s %q: meetings %v, want none", c.lang, c.text, allParts(f))
			}
			continue
		}
		if !onlyMeetingOf(f, c.want) {
			t.Errorf("%s %q: meetings %v, want %v", c.lang, c.text, allParts(f), c.want)
		}
	}
	if f := factsOn(t, x, "fr", "2021-06-10", "Title\n\nEmmanuel Macron réunira dimanche Fayez al-Sarraj et Khalifa Haftar à Paris."); len(f.Meetings) == 1 && f.Meetings[0].Status != graph.StatusPlanned {
		t.Errorf("fr réunira: status %s, want planned", f.Meetings[0].Status)
	}
}

// TestFrenchPluralMeetingNouns: the plural meeting nouns ("des
// entretiens", "des pourparlers", "les rencontres") and "a discuté avec"
// tell a meeting as the singular ones do.
func TestFrenchPluralMeetingNouns(t *testing.T) {
	x := shipped(t)
	for _, text := range []string{
		"Fayez al-Sarraj a eu des entretiens jeudi à Rome avec Giuseppe Conte.",
		"Fayez al-Sarraj a mené des pourparlers jeudi à Rome avec Giuseppe Conte.",
		"Fayez al-Sarraj a discuté avec Giuseppe Conte jeudi à Rome.",
	} {
		f := factsOn(t, x, "fr", "2021-06-10", "Title\n\n"+text)
		if !onlyMeetingOf(f, []string{"fayez-al-sarraj", "giuseppe-conte"}) {
			t.Errorf("%q: meetings %v, want Sarraj with Conte", text, allParts(f))
		}
	}
}

// TestCallVerbsWithoutPhone: Italian "ha sentito X" and "si è sentito con
// X" are a call with no telephone word; English "took a call from X" is a
// call X made, "rang X" one the subject made.
func TestCallVerbsWithoutPhone(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"it", "Il 7 maggio Sergey Lavrov ha sentito Mevlüt Çavuşoğlu."},
		{"it", "Sergey Lavrov si è sentito con Mevlüt Çavuşoğlu lunedì."},
		{"en", "During the session Sergey Lavrov took a call from Mevlüt Çavuşoğlu."},
		{"en", "Sergey Lavrov rang Mevlüt Çavuşoğlu on Monday."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-06-10", "Title\n\n"+c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Mode != graph.ModeCall || !sameParts(participants(f.Meetings[0]), []string{"sergey-lavrov", "mevlut-cavusoglu"}) {
			t.Errorf("%s %q: meetings %v, want one call of Lavrov and Çavuşoğlu", c.lang, c.text, allParts(f))
		}
	}
}

// TestExpectedByIsAPlannedReception: "X è atteso lunedì da Y", "X est
// attendu lundi par Y", "X es esperado el lunes por Y": Y is to receive X,
// a planned meeting; expected somewhere with no one named is none.
func TestExpectedByIsAPlannedReception(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"it", "Khalid al-Mishri è atteso lunedì a Roma dal ministro Luigi Di Maio."},
		{"fr", "Khalid al-Mishri est attendu lundi à Paris par Jean-Yves Le Drian."},
		{"es", "Khalid al-Mishri es esperado el lunes en Madrid por Arancha González Laya."},
	}
	want := map[string]string{"it": "luigi-di-maio", "fr": "jean-yves-le-drian", "es": "arancha-gonzalez-laya"}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-06-10", "Title\n\n"+c.text)
		if !onlyMeetingOf(f, []string{"khalid-al-mishri", want[c.lang]}) || f.Meetings[0].Status != graph.StatusPlanned {
			t.Errorf("%s %q: meetings %v, want one planned with %s", c.lang, c.text, allParts(f), want[c.lang])
		}
	}
	if f := factsOn(t, x, "fr", "2021-06-10", "Title\n\nKhalid al-Mishri est attendu le 16 juin à Athènes."); len(f.Meetings) != 0 {
		t.Errorf("fr: meetings %v, want none", allParts(f))
	}
}

// TestSeatedBesideTheAttendees: a summit told by who sat beside whom
// ("Putin sedeva accanto ad Angela Merkel, Erdoğan ed Macron", "ont pris
// place X, Y et Z", "se sentó junto a") is the gathering of those named.
func TestSeatedBesideTheAttendees(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"it", "Il giorno dopo, a Parigi, Sabri Boukadoum sedeva accanto a Luigi Di Maio, Heiko Maas e Jean-Yves Le Drian."},
		{"fr", "Autour de la présidente de séance ont pris place Sabri Boukadoum, Luigi Di Maio, Heiko Maas et Jean-Yves Le Drian."},
		{"es", "Al día siguiente, en París, Sabri Boukadoum se sentó junto a Luigi Di Maio, Heiko Maas y Jean-Yves Le Drian."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-06-10", "Title\n\n"+c.text)
		if !meetingWithAll(allParts(f), []string{"sabri-boukadoum", "luigi-di-maio", "heiko-maas", "jean-yves-le-drian"}) {
			t.Errorf("%s %q: meetings %v, want the four together", c.lang, c.text, allParts(f))
		}
	}
}
