package extract

import "testing"

// TestTripCityIsTheSceneOfItsLaterMeetings: an arrival or visit to a city
// (with no host named) sets the scene of the traveller's later held
// meetings that the story tells by a venue or by nothing at all, in later
// paragraphs too ("se reunió en la residencia del embajador con …").
func TestTripCityIsTheSceneOfItsLaterMeetings(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Heiko Maas arrived in Tripoli on Monday for a one-day visit.\n\nThe trip comes as the country prepares for elections.\n\nIn the afternoon Maas held talks with Khalid al-Mishri at the German ambassador's residence."},
		{"es", "Heiko Maas llegó el lunes a Trípoli para una visita de un día.\n\nEl viaje se produce en plena preparación de las elecciones.\n\nPor la tarde, Maas se reunió en la residencia del embajador alemán con Khalid al-Mishri."},
		{"fr", "Heiko Maas est arrivé lundi à Tripoli pour une visite d'une journée.\n\nLe déplacement intervient alors que le pays prépare les élections.\n\nDans l'après-midi, M. Maas s'est entretenu avec Khalid al-Mishri à la résidence de l'ambassadeur."},
		{"it", "Heiko Maas è arrivato lunedì a Tripoli per una visita di un giorno.\n\nIl viaggio arriva mentre il paese prepara le elezioni.\n\nNel pomeriggio Maas ha incontrato Khalid al-Mishri presso la residenza dell'ambasciatore."},
		{"tr", "Heiko Maas pazartesi günü Trablus'u ziyaret etti.\n\nZiyaret, ülkenin seçimlere hazırlandığı bir döneme denk geliyor.\n\nMaas öğleden sonra Halid el-Mişri ile büyükelçilik konutunda görüştü."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-04-06", "Title\n\n"+c.text)
		if place, _, ok := sceneOf(f, "khalid-al-mishri"); !ok || place != "tripoli" {
			t.Errorf("%s %q: meetings %v, want al-Mishri's in tripoli", c.lang, c.text, placed(f))
		}
	}
}

// TestTripCityKeepsOffOtherMeetings: the trip's city is not the scene of
// a meeting planned for later, of one told as background (pluperfect),
// nor of one days after the trip; and a city of the traveller's own
// country sets no trip.
func TestTripCityKeepsOffOtherMeetings(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Heiko Maas arrived in Tripoli on Monday for a one-day visit.\n\nThe trip comes as the country prepares for elections.\n\nMaas is expected to meet Khalid al-Mishri next month."},
		{"en", "Heiko Maas arrived in Tripoli on Monday for a one-day visit.\n\nThe trip comes as the country prepares for elections.\n\nMaas had met Khalid al-Mishri in January."},
		{"es", "Heiko Maas llegó el lunes a Trípoli para una visita de un día.\n\nEl viaje se produce en plena preparación de las elecciones.\n\nMaas ya se había reunido con Khalid al-Mishri en enero."},
		{"en", "Heiko Maas arrived in Tripoli on 5 April for a one-day visit.\n\nThe trip comes as the country prepares for elections.\n\nOn 20 April Maas held talks with Khalid al-Mishri."},
		{"en", "Heiko Maas returned to Berlin on Monday after a one-day trip.\n\nThe trip comes as Libya prepares for elections.\n\nIn the afternoon Maas held talks with Khalid al-Mishri."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-04-06", "Title\n\n"+c.text)
		if place, _, ok := sceneOf(f, "khalid-al-mishri"); ok && place == "tripoli" {
			t.Errorf("%s %q: meetings %v, want al-Mishri's not in tripoli", c.lang, c.text, placed(f))
		}
	}
}
