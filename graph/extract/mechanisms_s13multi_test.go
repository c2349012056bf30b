package extract

import "testing"

// TestThenPartsTwoMeetingsLatin: a `then` word between two partners of
// one trigger ("met Haftar in Moscow, then Sarraj", "puis", "poi",
// "después con", "danach") tells two meetings one after the other, each
// with the whole subject, in en fr it es de as in tr ru ar ur; the
// English adjective "the then" parts nothing.
func TestThenPartsTwoMeetingsLatin(t *testing.T) {
	x := shipped(t)
	two := [][]string{{"sergey-lavrov", "mevlut-cavusoglu", "khalifa-haftar"}, {"sergey-lavrov", "mevlut-cavusoglu", "fayez-al-sarraj"}}
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"en", "On Monday Sergey Lavrov and Mevlüt Çavuşoğlu received Khalifa Haftar at a guest house in Moscow, then Fayez al-Sarraj.", two},
		{"fr", "Lundi, Sergueï Lavrov et Mevlüt Çavuşoğlu ont reçu à Moscou Khalifa Haftar, puis Fayez al-Sarraj.", two},
		{"it", "Lunedì Sergej Lavrov e Mevlüt Çavuşoğlu hanno ricevuto a Mosca Khalifa Haftar e poi Fayez al-Sarraj.", two},
		{"es", "El lunes Serguéi Lavrov y Mevlüt Çavuşoğlu se reunieron en Moscú con Jalifa Hafter y después con Fayez al Serraj.", two},
		{"de", "Am Montag trafen Sergej Lawrow und Mevlüt Çavuşoğlu in Moskau Chalifa Haftar und danach Fajis al-Sarradsch.", two},
		{"fr", "Josep Borrell a rencontré jeudi Aguila Saleh à Qobba, puis Khalifa Haftar à Benghazi.", [][]string{{"josep-borrell", "aguila-saleh-issa"}, {"josep-borrell", "khalifa-haftar"}}},
		{"es", "Arancha González Laya llegó el martes a Trípoli. La ministra se entrevistó después con Mohamed Siala y Najla Mangoush.", [][]string{{"arancha-gonzalez-laya", "mohamed-taha-siala", "najla-mangoush"}}},
		{"en", "On Thursday Josep Borrell met Aguila Saleh and the then interior minister Fathi Bashagha in Cairo.", [][]string{{"josep-borrell", "aguila-saleh-issa", "fathi-bashagha"}}},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, c.want)
	}
}
