package extract

import "testing"

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
