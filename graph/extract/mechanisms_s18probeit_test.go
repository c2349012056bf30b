package extract

import "testing"

// TestReciprocalSeeEachOther: Italian and Spanish tell two people meeting
// with the reciprocal of "to see" ("si sono visti", "si è visto con",
// "se vieron", "se verán"), subject before or after the verb; "to see
// oneself forced" ("si sono visti costretti", "se vieron obligados") is
// no meeting.
func TestReciprocalSeeEachOther(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"it", "Luigi Di Maio e Najla Mangoush si sono visti alla Farnesina.", [][]string{{"luigi-di-maio", "najla-mangoush"}}},
		{"it", "Ieri si sono visti alla Farnesina Luigi Di Maio e Najla Mangoush.", [][]string{{"luigi-di-maio", "najla-mangoush"}}},
		{"it", "Luigi Di Maio si è visto con Fayez al-Serraj a Tripoli.", [][]string{{"luigi-di-maio", "fayez-al-sarraj"}}},
		{"es", "Albares y Mangoush se vieron en el Palacio de Viana.", [][]string{{"jose-manuel-albares", "najla-mangoush"}}},
		{"es", "Ayer se vieron en Madrid José Manuel Albares y Najla Mangoush.", [][]string{{"jose-manuel-albares", "najla-mangoush"}}},
		{"es", "Fayez al Sarraj y Jalifa Haftar se verán en Moscú la próxima semana.", [][]string{{"fayez-al-sarraj", "khalifa-haftar"}}},
		{"it", "Fayez al-Serraj e Khalifa Haftar si sono visti costretti ad accettare la tregua.", nil},
		{"es", "Fayez al Sarraj y Jalifa Haftar se vieron obligados a aceptar la tregua.", nil},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, c.want)
	}
	f := factsOf(t, x, "es", "Title\n\nFayez al Sarraj y Jalifa Haftar se verán en Moscú la próxima semana.")
	if len(f.Meetings) != 1 || f.Meetings[0].Status != "planned" {
		t.Errorf("es se verán: %v, want one planned meeting", allParts(f))
	}
}
