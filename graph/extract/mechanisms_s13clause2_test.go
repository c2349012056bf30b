package extract

import "testing"

// TestFrontedClauseOwnSubject: a sentence that opens with a subordinate
// clause ("When", "Après que", "Dopo che", "Después de que", "Когда")
// naming its own subject before its verb, closed by a comma before a main
// clause that names another subject, tells two events: the main
// subject is no partner of the first, the first subject none of the
// second, and each keeps its own place.
func TestFrontedClauseOwnSubject(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       [][]string
		places     []string
	}{
		{"en", "When Sergey Lavrov hosted Aguila Saleh in Moscow, Recep Tayyip Erdogan held talks with Fayez al-Sarraj in Ankara.", [][]string{{"sergey-lavrov", "aguila-saleh-issa"}, {"recep-tayyip-erdogan", "fayez-al-sarraj"}}, []string{"moscow", "ankara"}},
		{"en", "After Heiko Maas met Fayez al-Sarraj in Tripoli on Monday, President Kais Saied received Stephanie Williams in Tunis.", [][]string{{"heiko-maas", "fayez-al-sarraj"}, {"kais-saied", "stephanie-williams"}}, []string{"tripoli", "tunis"}},
		{"fr", "Après que Heiko Maas a rencontré Fayez al-Sarraj à Tripoli, le président Kais Saied a reçu Stephanie Williams à Tunis.", [][]string{{"heiko-maas", "fayez-al-sarraj"}, {"kais-saied", "stephanie-williams"}}, []string{"tripoli", "tunis"}},
		{"it", "Dopo che Heiko Maas ha incontrato Fayez al-Sarraj a Tripoli, il presidente Kais Saied ha ricevuto Stephanie Williams a Tunisi.", [][]string{{"heiko-maas", "fayez-al-sarraj"}, {"kais-saied", "stephanie-williams"}}, []string{"tripoli", "tunis"}},
		{"es", "Cuando Heiko Maas se reunió con Fayez al Serraj en Trípoli, el presidente Kais Saied recibió a Stephanie Williams en Túnez.", [][]string{{"heiko-maas", "fayez-al-sarraj"}, {"kais-saied", "stephanie-williams"}}, []string{"tripoli", "tunis"}},
		{"ru", "Когда Сергей Лавров встречался с Агилой Салехом в Москве, Реджеп Тайип Эрдоган принимал Файеза Сарраджа в Анкаре.", [][]string{{"sergey-lavrov", "aguila-saleh-issa"}, {"recep-tayyip-erdogan", "fayez-al-sarraj"}}, []string{"moscow", "ankara"}},
		// an "after" phrase with no subject of its own shares the main
		// clause's: one event
		{"en", "After talks with Fayez al-Sarraj in Tripoli, Heiko Maas flew home.", [][]string{{"fayez-al-sarraj", "heiko-maas"}}, []string{"tripoli"}},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, c.want)
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		for i, m := range f.Meetings {
			if i < len(c.places) && m.Place != c.places[i] {
				t.Errorf("%s %q: event %d in %q, want %q", c.lang, c.text, i, m.Place, c.places[i])
			}
		}
	}
}

// TestFrontedClausePronounSubject: the subordinate clause's subject may
// be a pronoun, and the main clause's may follow its verb (German verb
// second): "Nachdem er sich mit X abgestimmt hatte, sprach er mit Y" is
// two calls of the one the sentence before named, X no partner of Y.
func TestFrontedClausePronounSubject(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"de", "Der ägyptische Präsident Abdel Fattah al-Sisi suchte im Frühjahr Verbündete. Nachdem er sich im April telefonisch mit Emmanuel Macron abgestimmt hatte, warb er am 3. Mai in einem Telefonat mit Wladimir Putin für eine Waffenruhe.", [][]string{{"abdel-fattah-el-sisi", "emmanuel-macron"}, {"abdel-fattah-el-sisi", "vladimir-putin"}}},
		{"en", "Egyptian President Abdel Fattah al-Sisi spent the spring on the phone. After he had spoken by telephone with Emmanuel Macron in April, he pressed for a truce in a phone call with Vladimir Putin on May 3.", [][]string{{"abdel-fattah-el-sisi", "emmanuel-macron"}, {"abdel-fattah-el-sisi", "vladimir-putin"}}},
	}
	for _, c := range cases {
		got := allParts(factsOf(t, x, c.lang, "Title\n\n"+c.text))
		for _, w := range c.want {
			if !meetingWithAll(got, w) {
				t.Errorf("%s %q: meetings %v, want one of %v", c.lang, c.text, got, w)
			}
		}
		for _, g := range got {
			if sameParts(g, []string{"emmanuel-macron", "vladimir-putin"}) {
				t.Errorf("%s %q: the two clauses' partners met: %v", c.lang, c.text, got)
			}
		}
	}
}
