package extract

import (
	"strings"
	"testing"
)

// TestVisitFramingSentence: a sentence that frames the visit just told
// ("The visit comes as …", "La visita se produce mientras …", "Ziyaret, …
// ardından geldi") reports no new one, whoever else it names.
func TestVisitFramingSentence(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"en", "Luigi Di Maio visited Tripoli on Monday. The visit comes as Khalifa Haftar and Egypt keep up pressure on Sirte.", "visit held tripoli luigi-di-maio"},
		{"es", "Luigi Di Maio visitó Trípoli el lunes. La visita se produce mientras Jalifa Haftar y Egipto mantienen la presión sobre Sirte.", "visit held tripoli luigi-di-maio"},
		{"fr", "Luigi Di Maio s'est rendu lundi à Tripoli. La visite intervient alors que Khalifa Haftar et l'Égypte maintiennent la pression sur Syrte.", "visit held tripoli luigi-di-maio"},
		{"it", "Luigi Di Maio ha visitato Tripoli lunedì. La visita arriva mentre Khalifa Haftar e l'Egitto mantengono la pressione su Sirte.", "visit held tripoli luigi-di-maio"},
		{"de", "Luigi Di Maio besuchte am Montag Tripolis. Der Besuch kommt, während Khalifa Haftar und Ägypten den Druck auf Sirte aufrechterhalten.", "visit held tripoli luigi-di-maio"},
		{"tr", "Hulusi Akar pazartesi günü Trablus'u ziyaret etti. Ziyaret, Hafter'in ve Mısır'ın Sirte üzerindeki baskıyı artırmasının ardından geldi.", "visit held tripoli hulusi-akar"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		got := summaries(f)
		// the first visit may or may not carry a partner: only the count
		// of events and the absence of Haftar matter
		if len(got) > 1 || strings.Contains(strings.Join(got, "|"), "khalifa-haftar") {
			t.Errorf("%s %q: %q, want at most the one visit (%s)", c.lang, c.text, got, c.want)
		}
	}
}
