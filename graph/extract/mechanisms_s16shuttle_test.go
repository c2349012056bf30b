package extract

import (
	"slices"
	"testing"
)

// TestMediatorsMeetEachSideApart: mediators who held talks with two
// rivals whom the article says never met met each side on its own: one
// meeting per side with every mediator, never one with both rivals.
func TestMediatorsMeetEachSideApart(t *testing.T) {
	x := shipped(t)
	lav, cav := "sergey-lavrov", "mevlut-cavusoglu"
	sar, haf := "fayez-al-sarraj", "khalifa-haftar"
	want := [][]string{{lav, cav, sar}, {lav, cav, haf}}
	cases := []struct{ lang, text string }{
		{"en", "On Monday Sergey Lavrov and Mevlüt Çavuşoğlu held talks in Moscow with Fayez al-Sarraj and Khalifa Haftar. Sarraj and Haftar did not meet."},
		{"fr", "Lundi, Sergueï Lavrov et Mevlüt Çavuşoğlu se sont entretenus à Moscou avec Fayez al-Sarraj et Khalifa Haftar. Sarraj et Haftar ne se sont pas rencontrés."},
		{"de", "Am Montag verhandelten Sergej Lawrow und Mevlüt Çavuşoğlu in Moskau mit Fajis al-Sarradsch und Chalifa Haftar. Sarradsch und Haftar trafen sich nicht."},
		{"it", "Lunedì Sergej Lavrov e Mevlüt Çavuşoğlu hanno incontrato a Mosca Fayez al-Sarraj e Khalifa Haftar. Sarraj e Haftar non si sono incontrati."},
		{"es", "El lunes, Serguéi Lavrov y Mevlüt Çavuşoğlu se reunieron en Moscú con Fayez al Serraj y Jalifa Hafter. Serraj y Hafter no se reunieron."},
		{"ru", "В понедельник Сергей Лавров и Мевлют Чавушоглу провели в Москве переговоры с Фаизом Сарраджем и Халифой Хафтаром. Лично Сарадж и Хафтар так и не встретились."},
		{"tr", "Sergey Lavrov ve Mevlüt Çavuşoğlu pazartesi günü Moskova'da Fayez es-Serrac ve Halife Hafter ile görüştü. Serrac ile Hafter yüz yüze görüşmedi."},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, want)
	}
}

// TestMediatedApartOnlyHeld: a planned meeting whose guests include a
// denied pair is no mediation told: it is not split per side.
func TestMediatedApartOnlyHeld(t *testing.T) {
	x := shipped(t)
	f := factsOf(t, x, "en", "Title\n\nOn 19 January Angela Merkel will meet Vladimir Putin in Berlin, with Fayez al-Sarraj and Khalifa Haftar among the guests. Sarraj and Haftar have never met.")
	if meetingWithAll(allParts(f), []string{"angela-merkel", "vladimir-putin", "khalifa-haftar"}) {
		t.Errorf("planned meeting split per side: %v", allParts(f))
	}
}

// TestShuttleBetweenTheSides: ministers who shuttled between "the two
// delegations" or "the two rooms", with the sides named in the sentence
// before, met each side on its own; an article opening the subject
// ("Les ministres …", "Los ministros …") is no plural pronoun.
func TestShuttleBetweenTheSides(t *testing.T) {
	x := shipped(t)
	lav, cav := "sergey-lavrov", "mevlut-cavusoglu"
	want := [][]string{{lav, cav, "fayez-al-sarraj"}, {lav, cav, "khalifa-haftar"}}
	cases := []struct{ lang, text string }{
		{"fr", "Mardi, Fayez al-Sarraj et Khalifa Haftar ont attendu toute la journée à Moscou. Les ministres Sergueï Lavrov et Mevlüt Çavuşoğlu ont fait la navette entre les deux délégations."},
		{"it", "Martedì Fayez al-Sarraj e Khalifa Haftar sono rimasti tutto il giorno a Mosca. Il ministro Sergej Lavrov e il collega turco Mevlüt Çavuşoğlu hanno fatto la spola tra le due sale."},
		{"es", "El martes Fayez al Serraj y Jalifa Hafter pasaron el día en Moscú. Los ministros Serguéi Lavrov y Mevlüt Çavuşoğlu iban y venían entre las dos salas."},
		{"en", "On Tuesday Fayez al-Sarraj and Khalifa Haftar spent the day in Moscow. The ministers Sergey Lavrov and Mevlüt Çavuşoğlu had to shuttle between the two rooms."},
		{"de", "Am Dienstag warteten Fajis al-Sarradsch und Chalifa Haftar in Moskau. Sergej Lawrow und Mevlüt Çavuşoğlu pendelten zwischen den Räumen."},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, want)
	}
}

// TestMediatorsAreTheTalksPeople: "the mediators" as the subject of a
// shuttle, with no one named, are the people of the talks told just
// before; those talks, told without their partners, are the same
// meeting, now one per side (with the sides named after a semicolon in
// another clause, or in a sentence of their own).
func TestMediatorsAreTheTalksPeople(t *testing.T) {
	x := shipped(t)
	lav, cav := "sergey-lavrov", "mevlut-cavusoglu"
	want := [][]string{{lav, cav, "fayez-al-sarraj"}, {lav, cav, "khalifa-haftar"}}
	cases := []struct{ lang, text string }{
		{"en", "On Monday Sergey Lavrov and Mevlüt Çavuşoğlu held talks in Moscow with the Libyan delegations. Fayez al-Sarraj and Khalifa Haftar stayed in separate wings; the mediators shuttled between the two rooms."},
		{"de", "Am Montag verhandelten Sergej Lawrow und Mevlüt Çavuşoğlu in Moskau mit den libyschen Lagern. Fajis al-Sarradsch und Chalifa Haftar blieben in getrennten Sälen; die Vermittler pendelten zwischen den Räumen."},
		{"fr", "Lundi, Sergueï Lavrov et Mevlüt Çavuşoğlu ont mené des pourparlers à Moscou avec les délégations libyennes. Fayez al-Sarraj et Khalifa Haftar sont restés dans deux ailes du bâtiment ; les médiateurs ont fait la navette entre les deux délégations."},
		{"it", "Lunedì Sergej Lavrov e Mevlüt Çavuşoğlu hanno avuto colloqui a Mosca con le delegazioni libiche. Fayez al-Sarraj e Khalifa Haftar sono rimasti in due ali del palazzo; i mediatori hanno fatto la spola tra le due sale."},
		{"es", "El lunes, Serguéi Lavrov y Mevlüt Çavuşoğlu mantuvieron conversaciones en Moscú con las delegaciones libias. Fayez al Serraj y Jalifa Hafter permanecieron en alas distintas; los mediadores iban y venían entre las dos salas."},
		{"ru", "В понедельник Сергей Лавров и Мевлют Чавушоглу провели в Москве переговоры с ливийскими делегациями. Фаиз Сарадж и Халифа Хафтар находились в разных залах. Посредники встречались с каждой из делегаций отдельно."},
		{"tr", "Sergey Lavrov ve Mevlüt Çavuşoğlu pazartesi günü Moskova'da Libyalı heyetlerle görüşme yaptı. Fayez es-Serrac ile Halife Hafter ayrı salonlarda bekledi. Arabulucular her ikisiyle ayrı ayrı görüştü."},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, want)
	}
}

// TestMediatorsNeedTalksBefore: "the mediators" with no talks told in
// the sentences before stand for no one.
func TestMediatorsNeedTalksBefore(t *testing.T) {
	x := shipped(t)
	f := factsOf(t, x, "en", "Title\n\nFayez al-Sarraj and Khalifa Haftar stayed in Moscow on Monday. The mediators shuttled between the two rooms.")
	for _, ps := range allParts(f) {
		if len(ps) > 1 && slices.Contains(ps, "fayez-al-sarraj") && slices.Contains(ps, "khalifa-haftar") {
			t.Errorf("meetings %v", allParts(f))
		}
	}
}

// TestDenialThenHowTheTalksWent: a denial in a clause of its own, closed
// by a colon that opens how the mediators talked to each side ("X and Y
// did not meet: Lavrov and Çavuşoğlu received the two delegations
// separately"), or a dash after the talks that opens the denial, leaves
// the mediators' meetings with each side standing.
func TestDenialThenHowTheTalksWent(t *testing.T) {
	x := shipped(t)
	lav, cav := "sergey-lavrov", "mevlut-cavusoglu"
	want := [][]string{{lav, cav, "khalifa-haftar"}, {lav, cav, "fayez-al-sarraj"}}
	cases := []struct{ lang, text string }{
		{"en", "Khalifa Haftar and Fayez al-Sarraj did not meet: Sergey Lavrov and Mevlüt Çavuşoğlu received the two delegations separately."},
		{"it", "Khalifa Haftar e Fayez al-Sarraj non si sono incontrati: Sergej Lavrov e Mevlüt Çavuşoğlu hanno ricevuto separatamente le due delegazioni."},
		{"es", "Jalifa Hafter y Fayez al Serraj no se reunieron: Serguéi Lavrov y Mevlüt Çavuşoğlu recibieron por separado a las dos delegaciones."},
		{"fr", "Khalifa Haftar et Fayez al-Sarraj ne se sont jamais vus ce jour-là : Sergueï Lavrov et Mevlüt Çavuşoğlu ont reçu séparément les deux délégations."},
		{"de", "Am Montag warteten Chalifa Haftar und Fajis al-Sarradsch in Moskau. Sergej Lawrow und Mevlüt Çavuşoğlu verhandelten stundenlang getrennt mit beiden Delegationen – Haftar und Sarradsch trafen sich nicht."},
		{"en", "On Monday Khalifa Haftar and Fayez al-Sarraj waited in Moscow. Sergey Lavrov and Mevlüt Çavuşoğlu held separate talks with the two delegations – Haftar and Sarraj did not meet."},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, want)
	}
}

// TestColonAfterDenialNeedsAVerb: after a denial, a colon that opens a
// noun pointing back at the meeting denied ("l'incontro è saltato") tells
// no held meeting.
func TestColonAfterDenialNeedsAVerb(t *testing.T) {
	x := shipped(t)
	f := factsOf(t, x, "it", "Titolo\n\nNon c'è stato invece l'incontro con Khalifa Haftar, previsto a Bengasi con Luigi Di Maio: il faccia a faccia è saltato.")
	for _, m := range f.Meetings {
		if m.Status == "held" {
			t.Errorf("held meeting %v", participants(m))
		}
	}
}

// TestTheTwoRivalsDidNotMeet: after talks of outsiders with two people
// of one country, "the two men did not meet" denies those two: the
// outsiders met each of them on their own.
func TestTheTwoRivalsDidNotMeet(t *testing.T) {
	x := shipped(t)
	lav, cav := "sergey-lavrov", "mevlut-cavusoglu"
	want := [][]string{{lav, cav, "fayez-al-sarraj"}, {lav, cav, "khalifa-haftar"}}
	cases := []struct{ lang, text string }{
		{"en", "On Monday Sergey Lavrov and Mevlüt Çavuşoğlu held talks in Moscow with Fayez al-Sarraj and Khalifa Haftar. The two Libyan leaders did not meet."},
		{"fr", "Lundi, Sergueï Lavrov et Mevlüt Çavuşoğlu se sont entretenus à Moscou avec Fayez al-Sarraj et Khalifa Haftar. Les deux hommes ne se sont pas rencontrés."},
		{"it", "Lunedì Sergej Lavrov e Mevlüt Çavuşoğlu hanno incontrato a Mosca Fayez al-Sarraj e Khalifa Haftar. I due rivali non si sono visti."},
		{"es", "El lunes, Serguéi Lavrov y Mevlüt Çavuşoğlu se reunieron en Moscú con Fayez al Serraj y Jalifa Hafter. Los dos rivales no se reunieron."},
		{"de", "Am Montag verhandelten Sergej Lawrow und Mevlüt Çavuşoğlu in Moskau mit Fajis al-Sarradsch und Chalifa Haftar. Die beiden Männer trafen sich nicht."},
		{"ru", "В понедельник Сергей Лавров и Мевлют Чавушоглу провели в Москве переговоры с Фаизом Сарраджем и Халифой Хафтаром. Оба политика так и не встретились."},
		{"tr", "Sergey Lavrov ve Mevlüt Çavuşoğlu pazartesi günü Moskova'da Fayez es-Serrac ve Halife Hafter ile görüştü. İki lider yüz yüze görüşmedi."},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, want)
	}
}

// TestTheTwoAfterTalksOfTwo: "the two men did not meet" after a meeting
// of two people only denies no one it joined.
func TestTheTwoAfterTalksOfTwo(t *testing.T) {
	x := shipped(t)
	wantAllParts(t, x, "en", "On Monday Sergey Lavrov held talks in Moscow with Khalifa Haftar. The two men did not meet Fayez al-Sarraj.", [][]string{{"sergey-lavrov", "khalifa-haftar"}})
}
