package extract

import (
	"slices"
	"testing"
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
