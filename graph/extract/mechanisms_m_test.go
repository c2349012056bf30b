package extract

import (
	"reflect"
	"testing"
)

// TestBuildingPlaces: a seat of government or ministry named as where a
// meeting took place ("at the Kremlin", "alla Farnesina", "en la
// Moncloa", "au Quai d'Orsay") gives its city.
func TestBuildingPlaces(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, place string }{
		{"en", "Donald Trump received Fayez al-Sarraj at the White House on Monday.", "washington"},
		{"en", "Boris Johnson received Fayez al-Sarraj at Downing Street on Monday.", "london"},
		{"fr", "Jean-Yves Le Drian a reçu Fayez al-Sarraj au Quai d'Orsay lundi.", "paris"},
		{"fr", "Vladimir Poutine a reçu Khalifa Haftar au Kremlin lundi.", "moscow"},
		{"it", "Sergio Mattarella ha ricevuto Fayez al-Sarraj al Quirinale lunedì.", "rome"},
		{"it", "Vladimir Putin ha ricevuto Khalifa Haftar al Cremlino lunedì.", "moscow"},
		{"es", "El presidente del Gobierno, Pedro Sánchez, recibió el 3 de marzo en la Moncloa a Abdul Hamid Dbeibah.", "madrid"},
		{"es", "Vladimir Putin recibió el lunes en el Kremlin a Jalifa Haftar.", "moscow"},
		{"de", "Heiko Maas empfing Fayez al-Sarraj am Montag im Kanzleramt.", "berlin"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != c.place {
			t.Errorf("%s %q: %+v, want one meeting at %s", c.lang, c.text, f.Meetings, c.place)
		}
	}
}

// TestHeadlinePlace: a title that names a meeting and, after a colon,
// what it was about ("…: more aid for Sabha") gives way to the body's
// place; the lead's "accompanied by" joins its own meeting, not the
// title's.
func TestHeadlinePlace(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text, place string
		parts             []string
	}{
		{"it", "Di Maio riceve Siala: più aiuti per Sebha\n\nIl ministro degli Esteri Luigi Di Maio ha ricevuto il 3 marzo alla Farnesina il collega libico Mohamed Taha Siala, accompagnato dall'ambasciatore Omar Tarhouni. Al centro dei colloqui la sicurezza.",
			"rome", []string{"luigi-di-maio", "mohamed-taha-siala", "x-omar-tarhouni"}},
		{"en", "Maas meets Siala: more aid for Sabha\n\nGerman Foreign Minister Heiko Maas met Mohamed Taha Siala in Berlin on 3 March, accompanied by ambassador Omar Tarhouni. Security was at the centre of the talks.",
			"berlin", []string{"heiko-maas", "mohamed-taha-siala", "x-omar-tarhouni"}},
		{"fr", "Le Drian reçoit Siala : de l'aide pour Sebha\n\nLe ministre des Affaires étrangères Jean-Yves Le Drian a reçu le 3 mars à Paris Mohamed Taha Siala, accompagné de l'ambassadeur Omar Tarhouni.",
			"paris", []string{"jean-yves-le-drian", "mohamed-taha-siala", "x-omar-tarhouni"}},
		{"es", "Sánchez recibe a Dbeibah: más ayuda para Sabha\n\nEl presidente del Gobierno, Pedro Sánchez, recibió el 3 de marzo en la Moncloa a Abdul Hamid Dbeibah, acompañado por el embajador Omar Tarhouni.",
			"madrid", []string{"pedro-sanchez", "abdul-hamid-dbeibah", "x-omar-tarhouni"}},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != c.place || f.Meetings[0].Date.IsZero() || !reflect.DeepEqual(participants(f.Meetings[0]), c.parts) {
			t.Errorf("%s %q: %+v, want one dated meeting of %v at %s", c.lang, c.text, f.Meetings, c.parts, c.place)
		}
	}
}
