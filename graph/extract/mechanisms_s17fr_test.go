package extract

import "testing"

// TestUrgeAcrossHyphenatedName: "appeler X à + infinitive" urges; the
// hyphen inside a name ("al-Sarraj", "el-Menfi", "Jean-Yves") is no dash
// ending the urge verb's clause, so the appeal is no telephone call.
func TestUrgeAcrossHyphenatedName(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct{ lang, text string }{
		{"fr", "Luigi Di Maio a appelé Fayez al-Sarraj et Khalifa Haftar à reprendre le dialogue."},
		{"fr", "Emmanuel Macron a appelé lundi Khalifa Haftar et Fayez al-Sarraj à la retenue."},
		{"fr", "Antonio Guterres a appelé mercredi Mohamed el-Menfi à organiser les élections en décembre."},
		{"fr", "Mike Pompeo a appelé Jean-Yves Le Drian et Luigi Di Maio à soutenir l'embargo."},
		{"es", "Antonio Guterres llamó el miércoles a Mohamed al-Menfi a celebrar las elecciones en diciembre."},
		{"en", "Antonio Guterres on Wednesday called on Mohamed al-Menfi to hold the elections in December."},
	} {
		if f := factsOn(t, x, c.lang, "2021-06-10", "Title\n\n"+c.text); len(f.Meetings) != 0 {
			t.Errorf("%s %q: meetings %v, want none (an appeal)", c.lang, c.text, allParts(f))
		}
	}
	// a call with a hyphenated partner stays a call
	f := factsOn(t, x, "fr", "2021-06-10", "Titre\n\nAntonio Guterres a appelé mercredi Mohamed el-Menfi pour évoquer les élections.")
	if !callOf(f, []string{"antonio-guterres", "mohamed-al-menfi"}) {
		t.Errorf("call: meetings %v, want a call of Guterres and el-Menfi", allParts(f))
	}
}
