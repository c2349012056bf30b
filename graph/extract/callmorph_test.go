package extract

import (
	"testing"

	"github.com/parley/parley/graph"
)

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

// TestSidelineAndSceneDates: a meeting "on the sidelines" without a date
// of its own is on the day of the summit told before; a meeting right
// after a scene that dates the day ("trascorsa ieri a Tripoli dal
// ministro") about the same person is on that day.
func TestSidelineAndSceneDates(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"en", "Angela Merkel hosted Vladimir Putin, Recep Tayyip Erdoğan and Emmanuel Macron in Berlin on 19 January.\n\nOn the sidelines, Antony Blinken held talks with Najla Mangoush.", "--01-19"},
		{"de", "Angela Merkel empfing am 19. Januar in Berlin Wladimir Putin, Recep Tayyip Erdoğan und Emmanuel Macron.\n\nAm Rande der Konferenz traf Heiko Maas Najla al-Mangusch.", "--01-19"},
		{"it", "Angela Merkel ha ricevuto il 19 gennaio a Berlino Vladimir Putin, Recep Tayyip Erdoğan ed Emmanuel Macron.\n\nA margine del vertice Luigi Di Maio ha incontrato Najla Mangoush.", "--01-19"},
		{"ar", "استقبلت أنغيلا ميركل يوم 19 يناير في برلين فلاديمير بوتين ورجب طيب أردوغان وإيمانويل ماكرون.\n\nوعلى هامش المؤتمر التقى لويجي دي مايو نجلاء المنقوش.", "--01-19"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Titel\n\n"+c.text)
		var got []string
		for _, m := range f.Meetings {
			if len(m.Participants) == 2 {
				got = append(got, m.Date.String())
			}
		}
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%s: sideline meeting dates %v, want [%s]", c.lang, got, c.want)
		}
	}
	// the day of a scene about the same person, from the paper's date;
	// a scene about someone else dates nothing
	for text, want := range map[string]string{
		"Una giornata fitta, quella trascorsa ieri a Tripoli dal ministro Luigi Di Maio. Accolto all'aeroporto, Di Maio è stato ricevuto da Najla Mangoush.":   "2021-06-03",
		"Una giornata fitta, quella trascorsa ieri a Tripoli dal ministro Lorenzo Guerini. Accolto all'aeroporto, Di Maio è stato ricevuto da Najla Mangoush.": "",
	} {
		f, err := x.Article(graph.Article{ID: "t", Lang: "it", Published: "2021-06-04", Text: "Titel\n\n" + text})
		if err != nil {
			t.Fatal(err)
		}
		if len(f.Meetings) != 1 || f.Meetings[0].Date.String() != want {
			t.Errorf("%.60q: meetings %+v, want one on %q", text, f.Meetings, want)
		}
	}
}
