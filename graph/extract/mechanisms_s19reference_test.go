package extract

import (
	"strings"
	"testing"
)

// TestRelativeClauseAfterAnApposition: a relative pronoun after a
// descriptive apposition set off by commas ("Fayez al-Sarraj, le Premier
// ministre sortant, qui a promis", "Haftar, el hombre fuerte del este
// libio, quien aseguró", "Сарраджем, уходящим премьером, который
// пообещал") opens a clause of the person the apposition describes, not
// of the main clause's subject, and a bare title in the apposition
// names no one else (the outgoing prime minister is Sarraj, not the
// prime minister of the day); a place phrase is no apposition ("Saleh,
// at the palace in Cairo, where he announced").
func TestRelativeClauseAfterAnApposition(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, pub, text, want, frag string }{
		{"fr", "2021-03-01", "Abdul Hamid Dbeibah s'est entretenu par téléphone avec Fayez al-Sarraj, le Premier ministre sortant, qui a promis une transition ordonnée.", "fayez-al-sarraj", "transition"},
		{"it", "2021-03-01", "Abdul Hamid Dbeibah ha parlato al telefono con Fayez al-Sarraj, il premier uscente, che ha promesso un passaggio ordinato.", "fayez-al-sarraj", "passaggio"},
		{"es", "2021-03-01", "Abdul Hamid Dbeiba habló por teléfono con Fayez al Sarraj, el primer ministro saliente, que prometió un traspaso ordenado.", "fayez-al-sarraj", "traspaso"},
		{"ru", "2021-03-01", "Абдель Хамид Дбейба поговорил по телефону с Фаизом Сарраджем, уходящим премьером, который пообещал упорядоченную передачу власти.", "fayez-al-sarraj", "передачу"},
		{"en", "2021-03-01", "Dbeibah then called Fayez al-Sarraj, the outgoing premier, who pledged a smooth transfer of power.", "fayez-al-sarraj", "transfer"},
		{"fr", "2020-06-01", "Emmanuel Macron a reçu à l'Élysée Khalifa Haftar, l'homme fort de l'Est libyen, qui a affirmé vouloir respecter le cessez-le-feu.", "khalifa-haftar", "cessez-le-feu"},
		{"es", "2020-06-01", "Pedro Sánchez recibió en la Moncloa a Jalifa Haftar, el hombre fuerte del este libio, quien aseguró que respetará la tregua.", "khalifa-haftar", "tregua"},
		{"it", "2020-06-01", "Giuseppe Conte ha ricevuto a Palazzo Chigi Khalifa Haftar, l'uomo forte della Cirenaica, che ha detto di voler rispettare la tregua.", "khalifa-haftar", "tregua"},
		{"en", "2020-06-01", "Sisi hosted Khalifa Haftar and the speaker of parliament, Aguila Saleh, at the palace in Cairo, where he announced a plan for a truce.", "abdel-fattah-el-sisi", "truce"},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, c.pub, "Title\n\n"+c.text)
		found := false
		for _, s := range f.Statements {
			if s.Speaker != c.want && strings.Contains(strings.ToLower(s.Text), strings.ToLower(c.frag)) {
				t.Errorf("%s %q: %q spoken by %s, want %s", c.lang, c.text, s.Text, s.Speaker, c.want)
			}
			found = found || s.Speaker == c.want && strings.Contains(strings.ToLower(s.Text), strings.ToLower(c.frag))
		}
		if !found && c.want != "abdel-fattah-el-sisi" {
			t.Errorf("%s %q: statements %v, want %s's", c.lang, c.text, speakers(f), c.want)
		}
	}
}
