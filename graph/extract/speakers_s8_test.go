package extract

import (
	"strings"
	"testing"
)

// TestUnknownNameAfterVerb: a name the lexicon does not know in the
// speaker slot of an inverted speech verb is a new person, who takes the
// quotation; an earlier actor never does.
func TestUnknownNameAfterVerb(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"it", "Giuseppe Conte ha incontrato Khalifa Haftar a Roma. «La tregua resta fragile», osserva Marta Bellini, ricercatrice dell'Ispi.", "x-marta-bellini"},
		{"fr", "Emmanuel Macron a reçu Fayez al-Sarraj à Paris. « La trêve reste fragile », résume Claire Dumont, chercheuse au CNRS.", "x-claire-dumont"},
		{"es", "Pedro Sánchez recibió a Fayez al-Sarraj en Madrid. «La tregua sigue siendo frágil», dijo Laura Benítez, analista del instituto.", "x-laura-benitez"},
		{"en", "Heiko Maas met Fayez al-Sarraj in Berlin. \"The truce remains fragile,\" said Daniel Whitcombe, a researcher at a London institute.", "x-daniel-whitcombe"},
		{"de", "Heiko Maas traf Fayez al-Sarraj in Berlin. „Die Waffenruhe bleibt brüchig“, sagte Anna Berger, Politologin in Bern.", "x-anna-berger"},
		{"ru", "Сергей Лавров встретился с Фаизом Сараджем в Москве. «Перемирие остаётся хрупким», — заявил Игорь Семёнов.", "x-igor"},
	}
	for _, c := range cases {
		got := speakers(factsOf(t, x, c.lang, c.text))
		if len(got) != 1 || !strings.HasPrefix(got[0], c.want) {
			t.Errorf("%s %q: speakers %v, want %s…", c.lang, c.text, got, c.want)
		}
	}
}

// TestSentenceInitialWordNotName: a capitalised function word opening the
// sentence is no part of an unknown person's name.
func TestSentenceInitialWordNotName(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"es", "Para Laura Benítez, investigadora del instituto, el problema es político. El problema, para ella, no es técnico.", "x-laura-benitez"},
		{"fr", "Pour Claire Dumont, chercheuse au CNRS, la trêve est fragile. Elle pense que pour la France, rien ne change.", "x-claire-dumont"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		found := false
		for _, a := range f.Actors {
			if strings.HasPrefix(a.ID, "x-") && a.ID != c.want {
				t.Errorf("%s %q: actor %s, want %s", c.lang, c.text, a.ID, c.want)
			}
			found = found || a.ID == c.want
		}
		if !found {
			t.Errorf("%s %q: no actor %s", c.lang, c.text, c.want)
		}
	}
}

// TestArticleOpensNoName: an article after the verb opens a title, not a
// person ("schreibt La Stampa").
func TestArticleOpensNoName(t *testing.T) {
	x := shipped(t)
	f := factsOf(t, x, "de", "Die Regierung in Rom, schreibt La Stampa, habe die Lage falsch eingeschätzt.")
	for _, a := range f.Actors {
		if strings.HasPrefix(a.ID, "x-") {
			t.Errorf("actor %s, want none unknown", a.ID)
		}
	}
}
