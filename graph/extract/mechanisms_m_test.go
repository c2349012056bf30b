package extract

import (
	"reflect"
	"testing"

	"github.com/parley/parley/graph"
)

// TestBuildingPlaces: a seat of government or ministry named as where a
// meeting took place ("at the Kremlin", "alla Farnesina", "en la
// Moncloa", "au Quai d'Orsay") gives its city.
func TestBuildingPlaces(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, place string }{
		{"en", "Donald Trump received Fayez al-Sarraj at the White House on Monday.", "washington"},
		{"en", "Boris Johnson received Fayez al-Sarraj at Downing Street on Monday.", "london"},
		{"fr", "Jean-Yves Le Drian a reçu Fayez al-Sarraj au Quai d'Orsay lundi.", "paris"},
		{"fr", "Vladimir Poutine a reçu Khalifa Haftar au Kremlin lundi.", "moscow"},
		{"it", "Sergio Mattarella ha ricevuto Fayez al-Sarraj al Quirinale lunedì.", "rome"},
		{"it", "Vladimir Putin ha ricevuto Khalifa Haftar al Cremlino lunedì.", "moscow"},
		{"es", "El presidente del Gobierno, Pedro Sánchez, recibió el 3 de marzo en la Moncloa a Abdul Hamid Dbeibah.", "madrid"},
		{"es", "Vladimir Putin recibió el lunes en el Kremlin a Jalifa Haftar.", "moscow"},
		{"de", "Heiko Maas empfing Fayez al-Sarraj am Montag im Kanzleramt.", "berlin"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != c.place {
			t.Errorf("%s %q: %+v, want one meeting at %s", c.lang, c.text, f.Meetings, c.place)
		}
	}
}

// TestHeadlinePlace: a title that names a meeting and, after a colon,
// what it was about ("…: more aid for Sabha") gives way to the body's
// place; the lead's "accompanied by" joins its own meeting, not the
// title's.
func TestHeadlinePlace(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text, place string
		parts             []string
	}{
		{"it", "Di Maio riceve Siala: più aiuti per Sebha\n\nIl ministro degli Esteri Luigi Di Maio ha ricevuto il 3 marzo alla Farnesina il collega libico Mohamed Taha Siala, accompagnato dall'ambasciatore Omar Tarhouni. Al centro dei colloqui la sicurezza.",
			"rome", []string{"luigi-di-maio", "mohamed-taha-siala", "x-omar-tarhouni"}},
		{"en", "Maas meets Siala: more aid for Sabha\n\nGerman Foreign Minister Heiko Maas met Mohamed Taha Siala in Berlin on 3 March, accompanied by ambassador Omar Tarhouni. Security was at the centre of the talks.",
			"berlin", []string{"heiko-maas", "mohamed-taha-siala", "x-omar-tarhouni"}},
		{"fr", "Le Drian reçoit Siala : de l'aide pour Sebha\n\nLe ministre des Affaires étrangères Jean-Yves Le Drian a reçu le 3 mars à Paris Mohamed Taha Siala, accompagné de l'ambassadeur Omar Tarhouni.",
			"paris", []string{"jean-yves-le-drian", "mohamed-taha-siala", "x-omar-tarhouni"}},
		{"es", "Sánchez recibe a Dbeibah: más ayuda para Sabha\n\nEl presidente del Gobierno, Pedro Sánchez, recibió el 3 de marzo en la Moncloa a Abdul Hamid Dbeibah, acompañado por el embajador Omar Tarhouni.",
			"madrid", []string{"pedro-sanchez", "abdul-hamid-dbeibah", "x-omar-tarhouni"}},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != c.place || f.Meetings[0].Date.IsZero() || !reflect.DeepEqual(participants(f.Meetings[0]), c.parts) {
			t.Errorf("%s %q: %+v, want one dated meeting of %v at %s", c.lang, c.text, f.Meetings, c.parts, c.place)
		}
	}
}

// TestPurposePlace: a place in a purpose clause after the meeting ("to
// reopen the consulate in Benghazi") is not where they met; a meeting
// verb inside the purpose clause keeps its place.
func TestPurposePlace(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, place string }{
		{"es", "Luigi Di Maio se reunió el lunes con Fayez al Sarraj, con quien firmó un acuerdo para reabrir el consulado en Bengasi.", ""},
		{"it", "Heiko Maas ha incontrato lunedì Fayez al-Sarraj, con il quale ha firmato un accordo per riaprire il consolato a Bengasi.", ""},
		{"fr", "Heiko Maas a rencontré lundi Fayez al-Sarraj, avec qui il a signé un accord pour rouvrir le consulat à Benghazi.", ""},
		{"en", "Heiko Maas met Fayez al-Sarraj on Monday and signed an agreement in order to reopen the consulate in Benghazi.", ""},
		{"fr", "Antonio Guterres s'est envolé lundi pour Benghazi afin de rencontrer Khalifa Haftar.", "benghazi"},
		{"es", "Josep Borrell viajó el lunes para reunirse con Fayez al Sarraj en Trípoli.", "tripoli"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != c.place {
			t.Errorf("%s %q: %+v, want one meeting at %q", c.lang, c.text, f.Meetings, c.place)
		}
	}
}

// TestSequencePlace: a meeting told as the next step of the last one
// ("then", "ensuite", "poi", "después") with a participant in common is
// held where and when that one was; one of other people is not.
func TestSequencePlace(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, place string }{
		{"es", "Luigi Di Maio se reunió el lunes en Trípoli con Fayez al Sarraj. Aguila Saleh criticó la visita. Después, Di Maio se reunió con Khalid al Mishri.", "tripoli"},
		{"it", "Heiko Maas ha incontrato lunedì a Tripoli Fayez al-Sarraj. Aguila Saleh ha criticato la visita. Poi Maas ha visto Khalid al-Mishri.", "tripoli"},
		{"fr", "Heiko Maas a rencontré lundi à Tripoli Fayez al-Sarraj. Aguila Saleh a critiqué la visite. Maas a ensuite rencontré Khalid al-Mishri.", "tripoli"},
		{"en", "Heiko Maas met Fayez al-Sarraj in Tripoli on Monday. Aguila Saleh criticised the visit. Maas then met Khalid al-Mishri.", "tripoli"},
		{"en", "Heiko Maas met Fayez al-Sarraj in Tripoli on Monday. Aguila Saleh criticised the visit. Khalifa Haftar then met Khalid al-Mishri.", ""},
	}
	for _, c := range cases {
		f, err := x.Article(graph.Article{ID: "t", Lang: c.lang, Text: c.text, Published: "2021-03-10"})
		if err != nil {
			t.Fatal(err)
		}
		if len(f.Meetings) != 2 {
			t.Errorf("%s %q: %+v, want two meetings", c.lang, c.text, f.Meetings)
			continue
		}
		m := f.Meetings[1]
		wantDate := c.place != ""
		if m.Place != c.place || m.Date.IsZero() == wantDate {
			t.Errorf("%s %q: second meeting %+v, want place %q (dated %v)", c.lang, c.text, m, c.place, wantDate)
		}
	}
}

// TestUnnamedCounterpart: a counterpart given only by a demonym is the
// one person of that country who held the same office at the article's
// date (the lexicon's terms), or one named before; with no single holder
// the country stands for them.
func TestUnnamedCounterpart(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text, pub string
		want            []string
	}{
		{"fr", "Emmanuel Macron a reçu son homologue égyptien à l'Élysée le 7 décembre.", "2020-12-10", []string{"emmanuel-macron", "abdel-fattah-el-sisi"}},
		{"en", "Heiko Maas held talks with his Turkish counterpart in Ankara on Monday.", "2020-03-10", []string{"heiko-maas", "mevlut-cavusoglu"}},
		{"it", "Luigi Di Maio ha incontrato lunedì ad Ankara il suo omologo turco.", "2020-03-10", []string{"luigi-di-maio", "mevlut-cavusoglu"}},
		{"es", "Arancha González Laya se reunió el lunes en Trípoli con su homóloga libia.", "2021-05-10", []string{"arancha-gonzalez-laya", "najla-mangoush"}},
		// the office changed hands in March 2021: a year before, the GNA's
		// and the eastern government's ministers both held it
		{"es", "Arancha González Laya se reunió el lunes en Trípoli con su homóloga libia.", "2020-03-10", []string{"arancha-gonzalez-laya", "libya"}},
		{"fr", "Kaïs Saïed s'est entretenu à Alger avec son homologue algérien le 2 février.", "", []string{"kais-saied", "abdelmadjid-tebboune"}},
		// a counterpart named right after keeps the name
		{"en", "Heiko Maas met his Turkish counterpart, Hulusi Akar, in Ankara on Monday.", "2020-03-10", []string{"heiko-maas", "hulusi-akar"}},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, c.pub, c.text)
		if len(f.Meetings) != 1 || !reflect.DeepEqual(participants(f.Meetings[0]), c.want) {
			t.Errorf("%s %q (%s): %+v, want one meeting of %v", c.lang, c.text, c.pub, f.Meetings, c.want)
		}
	}
}

// TestCapitalPlace: "received in the capital" is in the capital of the
// country a demonym beside it names, else of the dateline's or of the
// last place named.
func TestCapitalPlace(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, place string }{
		{"en", "Heiko Maas arrived in Libya on Monday. He was received in the capital by Fayez al-Sarraj.", "tripoli"},
		{"fr", "TRIPOLI — Heiko Maas a été reçu lundi dans la capitale libyenne par Fayez al-Sarraj.", "tripoli"},
		{"es", "Heiko Maas fue recibido el lunes en la capital egipcia por Abdelfatah al Sisi.", "cairo"},
		{"it", "Maas in Libia\n\nMISURATA – Una lunga giornata libica per Heiko Maas. In mattinata il ministro è stato ricevuto nella capitale da Fayez al-Sarraj.", "tripoli"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != c.place {
			t.Errorf("%s %q: %+v, want one meeting at %s", c.lang, c.text, f.Meetings, c.place)
		}
	}
}

// TestAppositiveEvent: "…, the first visit by a German minister since the
// GNA took office" describes the meeting just told; it is no second one
// with the organisation.
func TestAppositiveEvent(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Heiko Maas held talks in Tripoli on Monday with Fayez al-Sarraj, the first visit by a German minister since the Government of National Accord took office."},
		{"fr", "Heiko Maas s'est entretenu lundi à Tripoli avec Fayez al-Sarraj, la première visite d'un ministre allemand depuis l'installation du Gouvernement d'union nationale."},
		{"it", "Heiko Maas ha incontrato lunedì a Tripoli Fayez al-Sarraj, la prima visita di un ministro tedesco da quando il Governo di accordo nazionale si è insediato."},
		{"es", "Heiko Maas se reunió el lunes en Trípoli con Fayez al Sarraj, la primera visita de un ministro alemán desde que el Gobierno de Acuerdo Nacional tomó posesión."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if len(f.Meetings) != 1 || !reflect.DeepEqual(participants(f.Meetings[0]), []string{"heiko-maas", "fayez-al-sarraj"}) {
			t.Errorf("%s %q: %+v, want one meeting of Maas and Sarraj", c.lang, c.text, f.Meetings)
		}
	}
}

// TestAffiliationPlace: a country that completes a title ("the ambassador
// to Libya", "l'ambasciatore d'Italia in Libia") or an adjective written
// like it ("su homóloga libia") says where an office is, not where they
// met.
func TestAffiliationPlace(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "The British ambassador to Libya, Nicholas Hopton, met Fayez al-Sarraj on Monday."},
		{"it", "L'ambasciatore d'Italia in Libia, Giuseppe Buccino Grimaldi, ha incontrato lunedì Fayez al-Sarraj."},
		{"fr", "L'ambassadeur de France en Libye, Béatrice du Hellen, a rencontré lundi Fayez al-Sarraj."},
		{"es", "Acompañada por el embajador de España en Libia, Ignacio Moreno Arrieta, la ministra Arancha González Laya se entrevistó después con Mohamed Siala."},
		{"es", "Por la tarde Arancha González Laya mantuvo un encuentro con su homóloga libia, Najla al Mangush."},
		{"it", "Luigi Di Maio ha incontrato lunedì la sua omologa libia Najla Mangoush."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != "" {
			t.Errorf("%s %q: %+v, want one meeting with no place", c.lang, c.text, f.Meetings)
		}
	}
}

// TestDescribedEvent: a sentence that says what the last meeting was
// ("It was the first visit by a German minister since …", "Il s'agit de la
// première visite …") is no new meeting.
func TestDescribedEvent(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Heiko Maas met Fayez al-Sarraj in Tripoli on Monday. It was the first visit by a German minister since the Government of National Accord took office."},
		{"fr", "Heiko Maas a rencontré lundi Fayez al-Sarraj à Tripoli. Il s'agit de la première visite d'un ministre allemand depuis l'installation du Gouvernement d'union nationale."},
		{"it", "Heiko Maas ha incontrato lunedì Fayez al-Sarraj a Tripoli. Si tratta della prima visita di un ministro tedesco da quando il Governo di accordo nazionale si è insediato."},
		{"es", "Heiko Maas se reunió el lunes con Fayez al Sarraj en Trípoli. Se trata de la primera visita de un ministro alemán desde que el Gobierno de Acuerdo Nacional tomó posesión."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != "tripoli" {
			t.Errorf("%s %q: %+v, want one meeting in Tripoli", c.lang, c.text, f.Meetings)
		}
	}
}

// TestRelativeClauseMeeting: a relative clause with a meeting of its own
// ("Guterres, who had met Sarraj in the morning, flew to Benghazi to meet
// Haftar") is a meeting of the antecedent and its partner; the main
// clause's place and partner are not its.
func TestRelativeClauseMeeting(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"fr", "Antonio Guterres, qui venait de s’entretenir avec Fayez al-Sarraj dans la matinée, s’est envolé le lendemain pour Benghazi afin de rencontrer Khalifa Haftar."},
		{"en", "Antonio Guterres, who had met Fayez al-Sarraj in the morning, flew to Benghazi the next day to meet Khalifa Haftar."},
		{"it", "Antonio Guterres, che in mattinata aveva incontrato Fayez al-Sarraj, è volato a Bengasi per incontrare Khalifa Haftar."},
		{"es", "Antonio Guterres, que por la mañana se había reunido con Fayez al Sarraj, voló a Bengasi para reunirse con Jalifa Haftar."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if len(f.Meetings) != 2 {
			t.Errorf("%s %q: %+v, want two meetings", c.lang, c.text, f.Meetings)
			continue
		}
		a, b := f.Meetings[0], f.Meetings[1]
		if !reflect.DeepEqual(participants(a), []string{"antonio-guterres", "fayez-al-sarraj"}) || a.Place != "" ||
			!reflect.DeepEqual(participants(b), []string{"antonio-guterres", "khalifa-haftar"}) || b.Place != "benghazi" {
			t.Errorf("%s %q: %+v, want Guterres-Sarraj (no place) and Guterres-Haftar in Benghazi", c.lang, c.text, f.Meetings)
		}
	}
}

// TestMeetingNamedForCity: a city after the meeting noun through a link
// word ("leur rencontre d'Abou Dhabi", "il loro incontro di Abu Dhabi")
// names where it was; the country the city stands for takes no part.
func TestMeetingNamedForCity(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"fr", "Fayez al-Sarraj et Khalifa Haftar ne se sont plus parlé depuis leur rencontre d’Abou Dhabi, le 27 février."},
		{"it", "Fayez al-Sarraj e Khalifa Haftar non si parlano dal loro incontro di Abu Dhabi del 27 febbraio."},
		{"es", "Fayez al Sarraj y Jalifa Haftar no han hablado desde su reunión de Abu Dabi del 27 de febrero."},
		{"en", "Fayez al-Sarraj and Khalifa Haftar have not spoken since their meeting in Abu Dhabi on 27 February."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != "abu-dhabi" || !reflect.DeepEqual(participants(f.Meetings[0]), []string{"fayez-al-sarraj", "khalifa-haftar"}) {
			t.Errorf("%s %q: %+v, want one meeting of Sarraj and Haftar in Abu Dhabi", c.lang, c.text, f.Meetings)
		}
	}
}

// TestLeadDate: a title in the present tense is dated the day of
// publication, a dateline's date is the report's; the lead's own date
// ("on Wednesday") is the meeting's, and the title's event takes it.
func TestLeadDate(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "US envoy holds talks with Bashagha in Tripoli\n\nTRIPOLI, Aug 27 (MWS) - The U.S. ambassador to Libya, Richard Norland, met Fathi Bashagha in Tripoli on Wednesday."},
		{"fr", "Le Drian rencontre Sarraj à Tripoli\n\nTRIPOLI, 27 août (AFP) - Jean-Yves Le Drian a rencontré mercredi Fayez al-Sarraj à Tripoli."},
		{"it", "Di Maio incontra Sarraj a Tripoli\n\nTRIPOLI, 27 agosto (ANSA) - Luigi Di Maio ha incontrato mercoledì Fayez al-Sarraj a Tripoli."},
		{"es", "Borrell se reúne con Sarraj en Trípoli\n\nTRÍPOLI, 27 ago (EFE) - Josep Borrell se reunió el miércoles con Fayez al Sarraj en Trípoli."},
	}
	want := graph.Date{Year: 2020, Month: 8, Day: 26}
	for _, c := range cases {
		f, err := x.Article(graph.Article{ID: "t", Lang: c.lang, Text: c.text, Published: "2020-08-27"})
		if err != nil {
			t.Fatal(err)
		}
		if len(f.Meetings) != 1 || f.Meetings[0].Date != want || f.Meetings[0].Place != "tripoli" {
			t.Errorf("%s %q: %+v, want one meeting in Tripoli on %v", c.lang, c.text, f.Meetings, want)
		}
	}
}
