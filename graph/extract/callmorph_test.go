package extract

import "testing"

// TestCallMorphology: a call is told with every form of the telephone verb
// and adverb of the language (Spanish past subjunctive after "después de
// que", Italian "sentire telefonicamente", French future and infinitive),
// not only the forms of the perfect tense.
func TestCallMorphology(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"es", "El encuentro se produjo dos días después de que Sameh Shukri telefoneara a Josep Borrell.", "call held  sameh-shoukry,josep-borrell"},
		{"es", "Está previsto que Luigi Di Maio telefonee mañana a Najla Mangoush.", "call planned  luigi-di-maio,najla-mangoush"},
		{"es", "Josep Borrell mantuvo una conversación telefónica con Sameh Shukri.", "call held  josep-borrell,sameh-shoukry"},
		{"it", "In serata Luigi Di Maio ha sentito telefonicamente Sameh Shoukry.", "call held  luigi-di-maio,sameh-shoukry"},
		{"it", "Luigi Di Maio si è sentito telefonicamente con Najla Mangoush.", "call held  luigi-di-maio,najla-mangoush"},
		{"fr", "Jean-Yves Le Drian téléphonera vendredi à Sameh Choukry.", "call planned  jean-yves-le-drian,sameh-shoukry"},
		{"fr", "Jean-Yves Le Drian s'est entretenu téléphoniquement avec Sameh Choukry.", "call held  jean-yves-le-drian,sameh-shoukry"},
		{"en", "Josep Borrell was telephoning Sameh Shoukry when the news broke.", "call held  josep-borrell,sameh-shoukry"},
	}
	wantOneEvent(t, x, cases)
}

// TestSameNightAfterDatedScene: "that same night" points back at the day
// the sentence before dates, even when that sentence tells a speech or a
// battle rather than a meeting; a background date weeks away does not move
// it.
func TestSameNightAfterDatedScene(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"es", "Josep Borrell se reunió el 9 de marzo en Bruselas con Sameh Shukri. Luigi Di Maio habló en el Senado el 11 de marzo por la tarde. Esa misma noche conversó por teléfono con Najla Mangoush.", "--03-11"},
		{"en", "Josep Borrell met Sameh Shoukry in Brussels on 9 March. Luigi Di Maio addressed the Senate on 11 March. That night he spoke by phone with Najla Mangoush.", "--03-11"},
		{"en", "Josep Borrell met Sameh Shoukry in Brussels on 9 March. The vote is due on 24 December. That night Luigi Di Maio spoke by phone with Najla Mangoush.", "--03-09"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		var got []string
		for _, m := range f.Meetings {
			if m.Mode == "call" {
				got = append(got, m.Date.String())
			}
		}
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%s %q: call dates %v, want [%s]", c.lang, c.text, got, c.want)
		}
	}
}
