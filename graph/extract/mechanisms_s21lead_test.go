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
