package extract

import (
	"strings"
	"testing"
)

// TestSittingOppositeIsAMeeting: sitting across the table from someone is
// meeting them ("seduti di fronte a", "sat across the table from", "s'est
// assis face à", "se sentó frente a"), including a participle phrase after
// "con" that names two on one side.
func TestSittingOppositeIsAMeeting(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"it", "Le foto di ieri a Misurata, con Lorenzo Guerini e Luigi Di Maio seduti di fronte a Fathi Bashagha, sono state diffuse dal governo.", "lorenzo-guerini+luigi-di-maio+fathi-bashagha"},
		{"it", "Ieri a Tobruk il ministro Luigi Di Maio si è seduto di fronte ad Aguila Saleh per tre ore.", "luigi-di-maio+aguila-saleh-issa"},
		{"en", "On Monday in Ankara, Nikos Dendias sat across the table from Mevlut Cavusoglu for the first time in a year.", "nikos-dendias+mevlut-cavusoglu"},
		{"en", "Television pictures showed Sergey Lavrov sitting opposite Aguila Saleh in Moscow.", "sergey-lavrov+aguila-saleh-issa"},
		{"fr", "Mardi à Tunis, Jean-Yves Le Drian s'est assis face à Khaled al-Mechri pendant une heure.", "jean-yves-le-drian+khalid-al-mishri"},
		{"es", "El lunes en Rabat, Naser Burita se sentó frente a Aguila Saleh durante toda la mañana.", "nasser-bourita+aguila-saleh-issa"},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-11-09", "Title\n\n"+c.text)
		if !onlyMeetingOf(f, strings.Split(c.want, "+")) {
			t.Errorf("%s %q: meetings %v, want only %s", c.lang, c.text, allParts(f), c.want)
		}
	}
}

// TestPlannedThingOfAPurposeClause: a planning word inside a purpose clause
// after the trigger belongs to what the talk served ("pour sauver la
// conférence prévue à Berlin"); the talk itself was held, and its bare
// weekday is behind the paper. French future forms of "s'entretenir" and
// "voir" still make a meeting planned.
func TestPlannedThingOfAPurposeClause(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, status, date string }{
		{"fr", "Mercredi, Jean-Yves Le Drian et Luigi Di Maio se sont entretenus au téléphone pour préparer le sommet prévu à Rome.", "held", "2020-06-17"},
		{"es", "El miércoles, Pedro Sánchez habló por teléfono con Giuseppe Conte para preparar la cumbre prevista en Roma.", "held", "2020-06-17"},
		{"it", "Mercoledì Luigi Di Maio ha sentito al telefono Nikos Dendias per preparare il vertice previsto ad Atene.", "held", "2020-06-17"},
		{"en", "On Wednesday Heiko Maas spoke by phone with Luigi Di Maio in order to prepare the summit planned in Rome.", "held", "2020-06-17"},
		{"fr", "Jeudi, Jean-Yves Le Drian et Luigi Di Maio s'entretiendront à Rome.", "planned", "2020-06-25"},
		{"fr", "Le Drian verra Di Maio jeudi à Rome.", "planned", "2020-06-25"},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-06-22", "Title\n\n"+c.text)
		if len(f.Meetings) != 1 || string(f.Meetings[0].Status) != c.status || f.Meetings[0].Date.String() != c.date {
			var got []string
			for _, m := range f.Meetings {
				got = append(got, string(m.Status)+" "+m.Date.String())
			}
			t.Errorf("%s %q: %v, want one %s on %s", c.lang, c.text, got, c.status, c.date)
		}
	}
}
