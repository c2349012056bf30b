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

// TestCancelledVisitMeetsTheCitysHost: a called-off visit that names only
// its traveller and a city ("cancelled his visit to Rome", "a annulé sa
// visite", "sagte seinen Besuch … ab", "canceló su visita", "ألغى
// زيارته", "دورہ منسوخ کر دیا") is with the person of that city's country
// who held a meeting in the city in the two sentences before: the host
// the traveller was to see.
func TestCancelledVisitMeetsTheCitysHost(t *testing.T) {
	x := shipped(t)
	held := "held in_person giuseppe-conte,khalifa-haftar"
	off := "cancelled in_person giuseppe-conte,fayez-al-sarraj"
	wantTourEvents(t, x, []tourCase{
		{"en", "2020-01-10", "Giuseppe Conte received Khalifa Haftar in Rome on Wednesday. Fayez al-Sarraj was also expected in Rome that day, but he called off his visit at the last minute.", []string{held, off}},
		{"en", "2020-01-10", "Giuseppe Conte received Khalifa Haftar in Rome on Wednesday. Fayez al-Sarraj, angered by the invitation to his rival, cancelled his visit to Rome at the last minute.", []string{held, off}},
		{"fr", "2020-01-10", "Giuseppe Conte a reçu Khalifa Haftar à Rome mercredi. Fayez al-Sarraj, irrité par l'invitation faite à son rival, a annulé sa visite à Rome à la dernière minute.", []string{held, off}},
		{"fr", "2020-01-10", "Giuseppe Conte a reçu Khalifa Haftar à Rome mercredi. Fayez al-Sarraj était aussi attendu à Rome ce jour-là, mais il a annulé sa visite au dernier moment.", []string{held, off}},
		{"de", "2020-01-10", "Giuseppe Conte empfing am Mittwoch Chalifa Haftar in Rom. Fajis al-Sarradsch, verärgert über die Einladung an seinen Rivalen, sagte seinen Besuch in Rom in letzter Minute ab.", []string{held, off}},
		{"de", "2020-01-10", "Giuseppe Conte empfing am Mittwoch Chalifa Haftar in Rom. Auch Fajis al-Sarradsch wurde an diesem Tag in Rom erwartet, doch er sagte seinen Besuch kurzfristig ab.", []string{held, off}},
		{"es", "2020-01-10", "Giuseppe Conte recibió el miércoles a Jalifa Hafter en Roma. Fayez al Sarraj, molesto por la invitación a su rival, canceló su visita a Roma en el último momento.", []string{held, off}},
		{"es", "2020-01-10", "Giuseppe Conte recibió el miércoles a Jalifa Hafter en Roma. Fayez al Sarraj también era esperado ese día en Roma, pero canceló su visita en el último momento.", []string{held, off}},
		{"ar", "2020-01-10", "استقبل جوزيبي كونتي خليفة حفتر في روما يوم الأربعاء. وألغى فايز السراج زيارته إلى روما في اللحظة الأخيرة.", []string{held, off}},
		{"ar", "2020-01-10", "استقبل جوزيبي كونتي خليفة حفتر في روما يوم الأربعاء. وكان من المنتظر أن يصل فايز السراج إلى روما في اليوم نفسه، لكنه ألغى زيارته في اللحظة الأخيرة.", []string{held, off}},
		{"ur", "2020-01-10", "جوزیپے کونٹے نے بدھ کو روم میں خلیفہ حفتر کا استقبال کیا۔ فائز السراج نے آخری لمحے میں روم کا دورہ منسوخ کر دیا۔", []string{held, off}},
		{"it", "2020-01-10", "Giuseppe Conte ha ricevuto Khalifa Haftar a Roma mercoledì. Fayez al-Sarraj, irritato per l'invito al rivale, annullò all'ultimo momento la sua visita a Roma.", []string{held, off}},
		{"ru", "2020-01-10", "Джузеппе Конте принял в среду Халифу Хафтара в Риме. Файез Саррадж, раздраженный приглашением соперника, в последний момент отменил визит в Рим.", []string{held, off}},
		{"ru", "2020-01-10", "Джузеппе Конте принял в среду Халифу Хафтара в Риме. В тот же день в Риме ждали и Файеза Сарраджа, но он в последний момент отменил свой визит.", []string{held, off}},
		// (controls: the visit's own partner named in its sentence, or a
		// city other than the scene's, takes no host)
		{"en", "2020-01-10", "Giuseppe Conte received Khalifa Haftar in Rome on Wednesday. Fayez al-Sarraj cancelled his visit to Paris at the last minute.", []string{held}},
	})
}
