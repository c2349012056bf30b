package extract

import (
	"strings"
	"testing"
)

// TestVisitFramingSentence: a sentence that frames the visit just told
// ("The visit comes as …", "La visita se produce mientras …", "Ziyaret, …
// ardından geldi") reports no new one, whoever else it names: the article
// tells the one meeting of its lead.
func TestVisitFramingSentence(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Luigi Di Maio visited Tripoli on Monday and met Fayez al-Sarraj. The visit comes as Khalifa Haftar and Egypt keep up pressure on Sirte."},
		{"es", "Luigi Di Maio visitó Trípoli el lunes y se reunió con Fayez al Sarraj. La visita se produce mientras Jalifa Haftar y Egipto mantienen la presión sobre Sirte."},
		{"fr", "Luigi Di Maio s'est rendu lundi à Tripoli, où il a rencontré Fayez al-Sarraj. La visite intervient alors que Khalifa Haftar et l'Égypte maintiennent la pression sur Syrte."},
		{"it", "Luigi Di Maio ha visitato Tripoli lunedì e ha incontrato Fayez al-Sarraj. La visita arriva mentre Khalifa Haftar e l'Egitto mantengono la pressione su Sirte."},
		{"de", "Luigi Di Maio besuchte am Montag Tripolis und traf Fayez al-Sarradsch. Der Besuch kommt, während Khalifa Haftar und Ägypten den Druck auf Sirte aufrechterhalten."},
		{"tr", "Hulusi Akar pazartesi günü Trablus'u ziyaret ederek Fayez es-Serrac ile görüştü. Ziyaret, Hafter'in ve Mısır'ın Sirte üzerindeki baskıyı artırmasının ardından geldi."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		got := summaries(f)
		if len(got) != 1 || !strings.HasSuffix(got[0], "fayez-al-sarraj") || strings.Contains(got[0], "khalifa-haftar") {
			t.Errorf("%s %q: %q, want the lead's one meeting with Sarraj", c.lang, c.text, got)
		}
	}
}

// TestSidelineMeeting: two guests of a summit who meet on its sidelines
// hold a meeting of their own; the summit keeps its host and guests.
func TestSidelineMeeting(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Angela Merkel hosted a conference on Libya in Berlin, attended by Vladimir Putin, Recep Tayyip Erdoğan and Emmanuel Macron.\n\nOn the sidelines of the summit, Putin met Erdoğan for forty minutes."},
		{"fr", "Angela Merkel a accueilli à Berlin une conférence sur la Libye, en présence de Vladimir Poutine, Recep Tayyip Erdoğan et Emmanuel Macron.\n\nEn marge du sommet, Poutine s'est entretenu avec Erdoğan pendant quarante minutes."},
		{"ru", "Ангела Меркель провела в Берлине встречу по Ливии с участием Владимира Путина, Реджепа Тайипа Эрдогана и Эммануэля Макрона.\n\nНа полях встречи Путин провёл переговоры с Эрдоганом."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Titel\n\n"+c.text)
		got := summaries(f)
		side := false
		for _, s := range got {
			side = side || strings.HasSuffix(s, " recep-tayyip-erdogan,vladimir-putin") || strings.HasSuffix(s, " vladimir-putin,recep-tayyip-erdogan")
		}
		if len(got) != 2 || !side {
			t.Errorf("%s: %q, want the summit and Putin's meeting with Erdoğan", c.lang, got)
		}
	}
}
