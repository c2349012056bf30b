package extract

import "testing"

// TestRelativeClauseTalkVerbIsPlannedMeeting: a prepositional relative
// after a comma and a person whose clause holds only a talk verb of
// things still to come (`rel_talk`: "with whom he will discuss", "mit
// dem er … besprechen will", "con cui discuterà", "con quien
// discutirá", "с которым он обсудит") is the main subject's planned
// meeting with that person, beside the event told before the comma.
func TestRelativeClauseTalkVerbIsPlannedMeeting(t *testing.T) {
	x := shipped(t)
	wantTourEvents(t, x, []tourCase{
		{"en", "2020-01-10", "Heiko Maas spoke by phone on Thursday with Ghassan Salamé, with whom he will discuss the Berlin conference next week.", []string{"held call heiko-maas,ghassan-salame", "planned in_person heiko-maas,ghassan-salame"}},
		{"de", "2020-01-10", "Heiko Maas telefonierte am Donnerstag mit Ghassan Salamé, mit dem er nächste Woche die Berliner Konferenz besprechen will.", []string{"held call heiko-maas,ghassan-salame", "planned in_person heiko-maas,ghassan-salame"}},
		{"it", "2020-01-10", "Luigi Di Maio ha parlato giovedì al telefono con Ghassan Salamé, con cui discuterà la prossima settimana della conferenza di Berlino.", []string{"held call luigi-di-maio,ghassan-salame", "planned in_person luigi-di-maio,ghassan-salame"}},
		{"es", "2020-01-10", "Luigi Di Maio habló el jueves por teléfono con Ghassan Salamé, con quien discutirá la próxima semana la conferencia de Berlín.", []string{"held call luigi-di-maio,ghassan-salame", "planned in_person luigi-di-maio,ghassan-salame"}},
		{"ru", "2020-01-10", "Сергей Лавров в четверг провел телефонный разговор с Гасаном Саламе, с которым он обсудит на следующей неделе Берлинскую конференцию.", []string{"held call sergey-lavrov,ghassan-salame", "planned in_person sergey-lavrov,ghassan-salame"}},
		// (controls: French already read it; a talk verb outside such a
		// clause is no meeting)
		{"fr", "2020-01-10", "Jean-Yves Le Drian s'est entretenu jeudi au téléphone avec Ghassan Salamé, avec qui il discutera la semaine prochaine de la conférence de Berlin.", []string{"held call jean-yves-le-drian,ghassan-salame", "planned in_person jean-yves-le-drian,ghassan-salame"}},
		{"en", "2020-01-10", "Heiko Maas spoke by phone on Thursday with Ghassan Salamé. The conference will discuss the ceasefire next week.", []string{"held call heiko-maas,ghassan-salame"}},
	})
}
