package extract

import (
	"slices"
	"testing"

	"github.com/parley/parley/graph"
)

// TestRomanceSubjectlessSentenceKeepsTheSubject: a French, Italian or
// Spanish sentence that names no one before its verb ("In mattinata ha
// incontrato X", "Il a été reçu par X", "Por la mañana se entrevistó con
// X") is still about the one the sentence before was about; a meeting
// told next with one partner and no owner is that one's, not the
// partner's of the sentence between.
func TestRomanceSubjectlessSentenceKeepsTheSubject(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text  string
		want, wrong []string
	}{
		{"it", "Luigi Di Maio è arrivato a Tunisi lunedì. In mattinata ha incontrato il presidente Kais Saied. Nel pomeriggio era previsto un colloquio con Fayez al-Sarraj, poi rinviato.",
			[]string{"luigi-di-maio", "fayez-al-sarraj"}, []string{"kais-saied", "fayez-al-sarraj"}},
		{"fr", "Jean-Yves Le Drian est arrivé lundi au Caire. Il a été reçu par Sameh Choukri au ministère. Un entretien avec Abdel Fattah al-Sissi était prévu mardi.",
			[]string{"jean-yves-le-drian", "abdel-fattah-el-sisi"}, []string{"sameh-shoukry", "abdel-fattah-el-sisi"}},
		{"es", "Josep Borrell llegó el domingo a Túnez. Por la mañana se entrevistó con Kais Saied. Por la tarde estaba prevista una reunión con Fayez al Serraj.",
			[]string{"josep-borrell", "fayez-al-sarraj"}, []string{"kais-saied", "fayez-al-sarraj"}},
	}
	for _, c := range cases {
		ms := allParts(factsOf(t, x, c.lang, "Title\n\n"+c.text))
		if !slices.ContainsFunc(ms, func(ps []string) bool { return sameParts(ps, c.want) }) || slices.ContainsFunc(ms, func(ps []string) bool { return sameParts(ps, c.wrong) }) {
			t.Errorf("%s %q: meetings %v, want %v and not %v", c.lang, c.text, ms, c.want, c.wrong)
		}
	}
}

// TestRomanceAideTitlesIntroduceNames: deputy ministers, secretaries of
// state, advisers, ambassadresses and directors general ("la
// sottosegretaria agli Esteri X", "l'ambassadrice de France en Libye, X",
// "la secretaria de Estado de Exteriores, X") introduce a person the
// lexicon does not know, who takes part in the meeting the sentence
// tells.
func TestRomanceAideTitlesIntroduceNames(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"it", "La sottosegretaria agli Esteri Carla Fontana ha incontrato martedì a Tunisi il presidente Kais Saied.", []string{"x-carla-fontana", "kais-saied"}},
		{"fr", "L'ambassadrice de France en Libye, Hélène Marchal, a rencontré mardi Khalid al-Mishri à Tripoli.", []string{"x-helene-marchal", "khalid-al-mishri"}},
		{"fr", "Le conseiller diplomatique de l'Élysée, Paul Garnier, a rencontré mardi Khalid al-Mishri à Tripoli.", []string{"x-paul-garnier", "khalid-al-mishri"}},
		{"es", "La secretaria de Estado de Exteriores, Lucía Ferrer, se reunió el martes en Trípoli con Jaled al Mishri.", []string{"x-lucia-ferrer", "khalid-al-mishri"}},
	}
	for _, c := range cases {
		ms := allParts(factsOf(t, x, c.lang, "Title\n\n"+c.text))
		if len(ms) != 1 || !slices.Contains(ms[0], c.want[0]) || !slices.Contains(ms[0], c.want[1]) {
			t.Errorf("%s %q: meetings %v, want one with %v", c.lang, c.text, ms, c.want)
		}
	}
}

// TestRomanceLiteraryPast: portraits and analyses tell past meetings in
// the Italian passato remoto ("incontrò", "ricevette", "accolse") and the
// French passé simple ("rencontra", "reçut", "s'entretint"); they are
// meetings as much as "ha incontrato" and "a rencontré".
func TestRomanceLiteraryPast(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"it", "Il 12 aprile Luigi Di Maio ricevette Fayez al-Sarraj alla Farnesina.", []string{"luigi-di-maio", "fayez-al-sarraj"}},
		{"it", "Il 3 marzo Giuseppe Conte incontrò Khalifa Haftar a Palazzo Chigi.", []string{"giuseppe-conte", "khalifa-haftar"}},
		{"it", "A Tobruk Aguila Saleh accolse Luigi Di Maio nella sede del Parlamento.", []string{"aguila-saleh-issa", "luigi-di-maio"}},
		{"fr", "Le 2 juillet, Stephanie Williams rencontra Khalifa Haftar à Benghazi.", []string{"stephanie-williams", "khalifa-haftar"}},
		{"fr", "En mai 2019, Emmanuel Macron reçut Khalifa Haftar à l'Élysée.", []string{"emmanuel-macron", "khalifa-haftar"}},
		{"fr", "Le lendemain, Jean-Yves Le Drian s'entretint avec Aguila Saleh à Tobrouk.", []string{"jean-yves-le-drian", "aguila-saleh-issa"}},
	}
	for _, c := range cases {
		if f := factsOf(t, x, c.lang, "Title\n\n"+c.text); !onlyMeetingOf(f, c.want) {
			t.Errorf("%s %q: meetings %v, want only %v", c.lang, c.text, allParts(f), c.want)
		}
	}
}

// TestRomanceTalkTakesItsModeFromAPhoneCue: "a parlé avec", "ha parlato
// con", "conversaron" say nothing of where; after a telephone cue in the
// clause or sentence before ("a décroché le téléphone :", "fue el turno
// del teléfono:", "ha alzato il telefono.") the talk is a call, else a
// meeting; either way it reports no words of the one who talked.
func TestRomanceTalkTakesItsModeFromAPhoneCue(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
		mode       string
	}{
		{"fr", "Mardi, Moscou a décroché le téléphone : Sergueï Lavrov a longuement parlé avec Mevlüt Çavuşoğlu de la situation à Syrte.", []string{"sergey-lavrov", "mevlut-cavusoglu"}, graph.ModeCall},
		{"es", "El jueves fue el turno del teléfono: Emmanuel Macron y Vladímir Putin conversaron sobre Libia.", []string{"emmanuel-macron", "vladimir-putin"}, graph.ModeCall},
		{"it", "Martedì il premier ha alzato il telefono. Giuseppe Conte ha parlato con Recep Tayyip Erdogan della crisi libica.", []string{"giuseppe-conte", "recep-tayyip-erdogan"}, graph.ModeCall},
		{"fr", "Sergueï Lavrov a parlé avec Mevlüt Çavuşoğlu mardi à Moscou.", []string{"sergey-lavrov", "mevlut-cavusoglu"}, graph.ModeInPerson},
		{"es", "El lunes, en Madrid, Pedro Sánchez habló con Fayez al Serraj de la crisis.", []string{"pedro-sanchez", "fayez-al-sarraj"}, graph.ModeInPerson},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if !onlyMeetingOf(f, c.want) || f.Meetings[0].Mode != c.mode || len(f.Statements) > 0 {
			t.Errorf("%s %q: meetings %v (%d statements), want only a %s of %v", c.lang, c.text, allParts(f), len(f.Statements), c.mode, c.want)
		}
	}
}

// TestRomanceObjectRelative: a relative clause whose antecedent is the
// object or partner of its verb ("Haftar, qu'elle avait rencontré", "con
// quien se reunió", "che aveva incontrato" with no name after the verb)
// is a meeting of the antecedent with the one the article is about, the
// woman when the clause says "elle"; a clause with a name after its verb
// is the antecedent's own meeting with that name.
func TestRomanceObjectRelative(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"fr", "Stephanie Williams a succédé à Ghassan Salamé en mars. Les diplomates décrivent une négociatrice tenace. Khalifa Haftar, qu'elle avait rencontré le 3 août à Rajma, reste méfiant.", []string{"stephanie-williams", "khalifa-haftar"}},
		{"es", "Josep Borrell viajó a Túnez en septiembre. Fayez al Serraj, con quien se reunió el día 1 en la sede del Gobierno, sigue a la espera.", []string{"josep-borrell", "fayez-al-sarraj"}},
		{"it", "Ján Kubiš è arrivato a Tripoli a febbraio. Khalifa Haftar, che aveva incontrato il 18 febbraio a Bengasi, resta scettico.", []string{"jan-kubis", "khalifa-haftar"}},
		{"it", "Ján Kubiš è arrivato a Tripoli a febbraio. Khalifa Haftar, che aveva incontrato Abdul Hamid Dbeibah a Bengasi, resta scettico.", []string{"khalifa-haftar", "abdul-hamid-dbeibah"}},
	}
	for _, c := range cases {
		if f := factsOf(t, x, c.lang, "Title\n\n"+c.text); !onlyMeetingOf(f, c.want) {
			t.Errorf("%s %q: meetings %v, want only %v", c.lang, c.text, allParts(f), c.want)
		}
	}
}

// TestMitigaIsTripolisAirport: Mitiga, Tripoli's airport, is the place
// Tripoli, never a misspelt Maiteeq ("accolto all'aeroporto di Mitiga").
func TestMitigaIsTripolisAirport(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"it", "Mario Draghi è atterrato martedì all'aeroporto di Mitiga, dove lo ha accolto il premier Abdul Hamid Dbeibah.", []string{"mario-draghi", "abdul-hamid-dbeibah"}},
		{"es", "Pedro Sánchez aterrizó el jueves en el aeropuerto de Mitiga, donde lo recibió el primer ministro Abdul Hamid Dbeibah.", []string{"pedro-sanchez", "abdul-hamid-dbeibah"}},
		{"fr", "Jean-Yves Le Drian a atterri mardi à l'aéroport de Mitiga, où il a été accueilli par Mohamed al-Menfi.", []string{"jean-yves-le-drian", "mohamed-al-menfi"}},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if !onlyMeetingOf(f, c.want) || f.Meetings[0].Place != "tripoli" {
			t.Errorf("%s %q: meetings %v, want only %v in Tripoli", c.lang, c.text, allParts(f), c.want)
		}
	}
}

// TestRomanceOriginIsNoVenue: the city one flies in from ("au terme d'un
// vol direct depuis Benghazi", "tras un vuelo directo desde Bengasi") is
// not where the meeting is.
func TestRomanceOriginIsNoVenue(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"fr", "Aguila Saleh a été accueilli mardi par Sabri Boukadoum, au terme d'un vol direct depuis Benghazi."},
		{"es", "Jalifa Haftar fue recibido el martes por Abdel Fattah al Sisi, tras un vuelo directo desde Bengasi."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place == "benghazi" {
			t.Errorf("%s %q: meetings %v, want one not in Benghazi", c.lang, c.text, f.Meetings)
		}
	}
}

// TestRomanceMediumFrame: a sentence that names no one but sets the
// medium ("Le téléphone a pris le relais.", "Palazzo Chigi ha
// privilegiato il telefono.", "Sus primeros meses se jugaron por
// videoconferencia.") makes the talks the next sentence tells calls or
// video calls; a call told with its people sets no frame, and the
// sentence after the next is in person again.
func TestRomanceMediumFrame(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		modes      []string
	}{
		{"fr", "Le téléphone a pris le relais. Le 14 avril, Abdelmadjid Tebboune s'est entretenu avec le président tunisien Kaïs Saïed. Le 20 avril, Sabri Boukadoum a rencontré Fayez al-Sarraj à Alger.", []string{graph.ModeCall, graph.ModeInPerson}},
		{"it", "Palazzo Chigi ha privilegiato il telefono. Con Recep Tayyip Erdogan, il 2 marzo, Giuseppe Conte ha avuto un colloquio sul ruolo turco.", []string{graph.ModeCall}},
		{"es", "Sus primeros meses se jugaron sobre todo por videoconferencia. El 10 de junio, Stephanie Williams conversó con Fayez al Sarraj.", []string{graph.ModeVideo}},
		{"fr", "Abdelmadjid Tebboune a téléphoné lundi à Kaïs Saïed. Le lendemain, Abdelmadjid Tebboune s'est entretenu avec Fayez al-Sarraj à Alger.", []string{graph.ModeCall, graph.ModeInPerson}},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		var got []string
		for _, m := range f.Meetings {
			got = append(got, m.Mode)
		}
		if !slices.Equal(got, c.modes) {
			t.Errorf("%s %q: modes %v, want %v", c.lang, c.text, got, c.modes)
		}
	}
}

// TestRomanceStoryPersonOwnsPlannedMeeting: a planned or cancelled
// meeting with one partner and no owner ("Una reunión con Haftar,
// prevista para el miércoles, fue cancelada") is the one the story
// follows, the person it names most, not the first of the last event
// told between two others.
func TestRomanceStoryPersonOwnsPlannedMeeting(t *testing.T) {
	x := shipped(t)
	text := "Josep Borrell llegó el lunes a Trípoli. Josep Borrell elogió el alto el fuego. El martes, Fayez al Sarraj recibió a Khalid al-Mishri en la sede del Gobierno. Una reunión con Jalifa Haftar, prevista para el miércoles, fue cancelada."
	ms := allParts(factsOf(t, x, "es", "Title\n\n"+text))
	if !slices.ContainsFunc(ms, func(ps []string) bool { return sameParts(ps, []string{"josep-borrell", "khalifa-haftar"}) }) {
		t.Errorf("%q: meetings %v, want one of Borrell and Haftar", text, ms)
	}
}

// TestRomanceFuturePassiveIsPlanned: "sera reçu", "serait reçu" (the
// future in reported speech), "será recibido", "sarebbe accolto" tell a
// meeting to come.
func TestRomanceFuturePassiveIsPlanned(t *testing.T) {
	x := shipped(t)
	for _, text := range []string{
		"Abdul Hamid Dbeibah sera reçu à l'Élysée par Emmanuel Macron le 23 avril.",
		"Jean-Yves Le Drian a annoncé mardi qu'Abdul Hamid Dbeibah serait reçu par Emmanuel Macron en mai.",
	} {
		f := factsOf(t, x, "fr", "Title\n\n"+text)
		if len(f.Meetings) != 1 || f.Meetings[0].Status != graph.StatusPlanned {
			t.Errorf("%q: meetings %v, want one planned", text, f.Meetings)
		}
	}
}
