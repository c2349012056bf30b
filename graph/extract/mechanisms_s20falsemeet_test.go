package extract

import "testing"

// TestPossessiveRelativeEndsParticipants: a possessive relative pronoun
// after a comma ("il cui", "la cui", "cuyo", "cuyas", "чьи", "чей") opens
// a clause about the one named before it: the countries it names are no
// participants of the meeting ("Luigi Di Maio ha incontrato Haftar, il cui
// esercito controlla il confine con il Ciad e il Niger").
func TestPossessiveRelativeEndsParticipants(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"it", "Luigi Di Maio ha incontrato a Bengasi il generale Khalifa Haftar, il cui esercito controlla il confine con il Ciad e il Niger.", []string{"luigi-di-maio", "khalifa-haftar"}},
		{"it", "Luigi Di Maio ha incontrato Fayez al-Serraj, il cui governo è sostenuto dalla Turchia e dal Qatar.", []string{"luigi-di-maio", "fayez-al-sarraj"}},
		{"it", "Era prevista anche una tappa di Luigi Di Maio a Bengasi per un colloquio con il generale Khalifa Haftar, il cui esercito controlla il confine con il Ciad e il Niger.", []string{"luigi-di-maio", "khalifa-haftar"}},
		{"es", "Luigi Di Maio se reunió con Jalifa Haftar, cuyas tropas controlan la frontera con Chad y Níger.", []string{"luigi-di-maio", "khalifa-haftar"}},
		{"es", "Luigi Di Maio se reunió con Fayez al Sarraj, cuyo gobierno cuenta con el respaldo de Turquía y Catar.", []string{"luigi-di-maio", "fayez-al-sarraj"}},
		{"ru", "Луиджи Ди Майо встретился с Халифой Хафтаром, чьи войска контролируют границу с Чадом и Нигером.", []string{"luigi-di-maio", "khalifa-haftar"}},
		{"en", "Luigi Di Maio met Khalifa Haftar, whose forces control the border with Chad and Niger, in Benghazi.", []string{"luigi-di-maio", "khalifa-haftar"}},
		{"fr", "Luigi Di Maio a rencontré Khalifa Haftar, dont les forces contrôlent la frontière avec le Tchad et le Niger.", []string{"luigi-di-maio", "khalifa-haftar"}},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, [][]string{c.want})
	}
}
