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
