package extract

import "testing"

// TestRomanceMeetingVerbParadigms: French and Spanish tell a meeting in
// every tense of the verb, not only the passé composé and the pretérito:
// the present of a report of the day ("s'entretient", "se réunissent",
// "se reúnen", "acoge"), the imparfait and imperfecto of narrative
// background ("s'entretenaient", "se réunissaient", "se entrevistaban",
// "conversaba", "recibía"), the plus-que-parfait of a seating phrase
// ("avaient pris place autour de"), the future ("se rencontreront",
// "se entrevistarán"), which is a planned meeting, and the meal and
// courtesy verbs ("a déjeuné avec", "almorzó … con", "pour saluer",
// "para saludar a", "est allé voir", "para ver a").
func TestRomanceMeetingVerbParadigms(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
		status     string
	}{
		{"fr", "Ce mardi à Alger, Sabri Boukadoum s'entretient avec le maréchal Khalifa Haftar.", []string{"sabri-boukadoum", "khalifa-haftar"}, "held"},
		{"fr", "Le même jour, Sabri Boukadoum et Fayez al-Sarraj s'entretenaient à Tripoli.", []string{"sabri-boukadoum", "fayez-al-sarraj"}, "held"},
		{"fr", "Sabri Boukadoum et Fayez al-Sarraj se réunissent ce lundi à Tripoli.", []string{"sabri-boukadoum", "fayez-al-sarraj"}, "held"},
		{"fr", "Sabri Boukadoum et Fayez al-Sarraj se réunissaient le 3 mars à Tripoli.", []string{"sabri-boukadoum", "fayez-al-sarraj"}, "held"},
		{"fr", "Sabri Boukadoum et Fayez al-Sarraj se rencontreront lundi à Tripoli.", []string{"sabri-boukadoum", "fayez-al-sarraj"}, "planned"},
		{"fr", "Les présidents Abdelmadjid Tebboune et Kaïs Saïed reçoivent ce lundi à Alger le maréchal Khalifa Haftar.", []string{"abdelmadjid-tebboune", "kais-saied", "khalifa-haftar"}, "held"},
		{"fr", "Autour de Sabri Boukadoum avaient pris place l'Égyptien Sameh Choukri et l'Allemand Heiko Maas.", []string{"sabri-boukadoum", "sameh-shoukry", "heiko-maas"}, "held"},
		{"fr", "Le ministre Jean-Yves Le Drian a déjeuné avec Fayez al-Sarraj à Tripoli.", []string{"jean-yves-le-drian", "fayez-al-sarraj"}, "held"},
		{"fr", "Le ministre Sabri Boukadoum a fait escale à Tripoli pour saluer Fayez al-Sarraj.", []string{"sabri-boukadoum", "fayez-al-sarraj"}, "held"},
		{"fr", "Le ministre Sabri Boukadoum est allé voir Fayez al-Sarraj à Tripoli.", []string{"sabri-boukadoum", "fayez-al-sarraj"}, "held"},
		{"es", "Sabri Boukadoum y Fayez al Sarraj se reúnen este lunes en Trípoli.", []string{"sabri-boukadoum", "fayez-al-sarraj"}, "held"},
		{"es", "Sabri Boukadoum y Fayez al Sarraj se entrevistaban ese mismo día en Trípoli.", []string{"sabri-boukadoum", "fayez-al-sarraj"}, "held"},
		{"es", "Sabri Boukadoum y Fayez al Sarraj se entrevistarán el lunes en Trípoli.", []string{"sabri-boukadoum", "fayez-al-sarraj"}, "planned"},
		{"es", "Sabri Boukadoum conversaba el 3 de marzo en Trípoli con Fayez al Sarraj.", []string{"sabri-boukadoum", "fayez-al-sarraj"}, "held"},
		{"es", "El presidente argelino Abdelmadjid Tebboune acogía el 3 de marzo en Argel al mariscal Jalifa Haftar.", []string{"abdelmadjid-tebboune", "khalifa-haftar"}, "held"},
		{"es", "El ministro Sabri Boukadoum almorzó el lunes con Fayez al Sarraj en Trípoli.", []string{"sabri-boukadoum", "fayez-al-sarraj"}, "held"},
		{"es", "El ministro Sabri Boukadoum hizo escala en Trípoli para saludar a Fayez al Sarraj.", []string{"sabri-boukadoum", "fayez-al-sarraj"}, "held"},
		{"es", "El ministro Sabri Boukadoum acudió a la sede del Gobierno para ver a Fayez al Sarraj.", []string{"sabri-boukadoum", "fayez-al-sarraj"}, "held"},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-09-01", "Title\n\n"+c.text)
		if !onlyMeetingOf(f, c.want) {
			t.Errorf("%s %q: meetings %v, want %v", c.lang, c.text, allParts(f), c.want)
			continue
		}
		if got := string(f.Meetings[0].Status); got != c.status {
			t.Errorf("%s %q: status %s, want %s", c.lang, c.text, got, c.status)
		}
	}
}

// TestRomanceParadigmsKeepNonMeetings: a hosting verb with a country and
// a conference ("Argel acogía la conferencia"), an imperfect subjunctive
// that only looks like a future ("después de que Sánchez conversara por
// teléfono con Erdogan" is a past call) and "saludar" of a decision tell
// no meeting of the forms added.
func TestRomanceParadigmsKeepNonMeetings(t *testing.T) {
	x := shipped(t)
	f := factsOn(t, x, "es", "2020-09-08", "Title\n\nLa visita se produce días después de que el presidente Pedro Sánchez conversara por teléfono el martes con el presidente turco, Recep Tayyip Erdogan.")
	for _, m := range f.Meetings {
		if m.Status != "held" {
			t.Errorf("es conversara: %v %s, want a held call", participants(m), m.Status)
		}
	}
	wantAllParts(t, x, "es", "El ministro Sabri Boukadoum saludó la decisión del Parlamento de Tobruk.", nil)
	wantAllParts(t, x, "fr", "Le ministre Sabri Boukadoum a salué la décision du Parlement de Tobrouk.", nil)
}

// TestFrenchHostWaitsWhere: "…, où l'attendait X" names the host who
// waits for the traveller at the place he reached, as Italian "dove lo
// attendeva X" (session 16): the visit is the traveller's with X. Only
// after "où": "le sort qui l'attendait" is no host.
func TestFrenchHostWaitsWhere(t *testing.T) {
	x := shipped(t)
	wantAllParts(t, x, "fr", "Le ministre Sabri Boukadoum s'est ensuite rendu à Benghazi, où l'attendait le maréchal Khalifa Haftar.", [][]string{{"sabri-boukadoum", "khalifa-haftar"}})
	wantAllParts(t, x, "fr", "Les ministres Heiko Maas et Luigi Di Maio se sont rendus au siège du gouvernement, où les attendaient le premier ministre Abdel Hamid Dbeibah et Najla Mangoush.", [][]string{{"heiko-maas", "luigi-di-maio", "abdul-hamid-dbeibah", "najla-mangoush"}})
	wantAllParts(t, x, "fr", "Le ministre Sabri Boukadoum savait le sort qui l'attendait à Benghazi face au maréchal Khalifa Haftar.", nil)
}
