package extract

import "testing"

// TestThenPartsTheObjectsInLatinLanguages: a `then` word between two
// partners of one meeting verb ("held talks with X, head of …, and later
// with Y", "a reçu X lundi, puis Y mardi", "traf X und anschließend Y")
// tells two meetings one after the other, as it already did in tr ru ar
// ur; the two partners did not meet each other.
func TestThenPartsTheObjectsInLatinLanguages(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, subj string }{
		{"en", "In Tripoli, Heiko Maas met Fayez al-Sarraj, the head of the unity government, and later Khalid al-Mishri.", "heiko-maas"},
		{"en", "Sergey Lavrov held talks with Fayez al-Sarraj on Monday and then with Khalid al-Mishri on Tuesday.", "sergey-lavrov"},
		{"fr", "À Tripoli, Heiko Maas s'est entretenu avec Fayez al-Sarraj, chef du gouvernement d'union, puis avec Khaled al-Mechri.", "heiko-maas"},
		{"fr", "Sergueï Lavrov a reçu Fayez al-Sarraj lundi, et ensuite Khaled al-Mechri mardi.", "sergey-lavrov"},
		{"it", "A Tripoli Heiko Maas ha avuto colloqui con Fayez al-Sarraj, capo del governo di unità, e più tardi con Khalid al-Mishri.", "heiko-maas"},
		{"es", "En Trípoli, Heiko Maas se reunió con Fayez al-Sarraj, jefe del gobierno de unidad, y luego con Khalid al-Mishri.", "heiko-maas"},
		{"de", "In Tripolis traf Heiko Maas zunächst Fajis al-Sarradsch, den Chef der Einheitsregierung, und anschließend Khaled al-Mischri.", "heiko-maas"},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, [][]string{{c.subj, "fayez-al-sarraj"}, {c.subj, "khalid-al-mishri"}})
	}
	// (joined by a plain "and", the partners met together)
	wantAllParts(t, x, "en", "In Tripoli, Heiko Maas met Fayez al-Sarraj and Khalid al-Mishri.", [][]string{{"heiko-maas", "fayez-al-sarraj", "khalid-al-mishri"}})
}
