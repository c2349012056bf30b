package extract

import "testing"

// TestPairMetEachSeparately: a pair told apart and then met "each
// separately" by a third is one meeting per member, never a meeting of
// the pair. The languages say it with an object of their own: fr "les
// reçoit chacun à part", "avec l'un et l'autre"; it "con entrambi",
// "uno alla volta"; es "con ambos", "a cada uno"; ru "каждого из них";
// tr "iki liderle" (the pair phrase with its fused "ile"); en "met with
// both separately".
func TestPairMetEachSeparately(t *testing.T) {
	x := shipped(t)
	mer := [][]string{{"angela-merkel", "fayez-al-sarraj"}, {"angela-merkel", "khalifa-haftar"}}
	con := [][]string{{"giuseppe-conte", "fayez-al-sarraj"}, {"giuseppe-conte", "khalifa-haftar"}}
	mac := [][]string{{"emmanuel-macron", "fayez-al-sarraj"}, {"emmanuel-macron", "khalifa-haftar"}}
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"fr", "Fayez al-Sarraj et Khalifa Haftar ne se sont pas rencontrés à Berlin. Angela Merkel les a reçus chacun à part à la chancellerie.", mer},
		{"fr", "Fayez al-Sarraj et Khalifa Haftar ne se sont pas croisés à Rome. Giuseppe Conte s'est entretenu séparément avec l'un et l'autre.", con},
		{"fr", "Sarraj et Haftar ne se parlent plus ; Emmanuel Macron les a reçus chacun à part à l'Élysée mardi.", mac},
		{"it", "Fayez al-Sarraj e Khalifa Haftar non si sono incontrati a Berlino. Angela Merkel ha parlato con entrambi separatamente.", mer},
		{"it", "Serraj e Haftar erano entrambi a Roma mercoledì, ma non si sono visti. Giuseppe Conte li ha ricevuti uno alla volta a Palazzo Chigi.", con},
		{"es", "Fayez al Sarraj y Jalifa Haftar no se reunieron en Berlín. Angela Merkel conversó con ambos por separado en la cancillería.", mer},
		{"es", "Sarraj y Haftar estuvieron en Roma el miércoles, pero no se vieron. Giuseppe Conte recibió a cada uno por separado.", con},
		{"ru", "Сарадж и Хафтар отказались встречаться друг с другом. Эмманюэль Макрон принял каждого из них отдельно в Елисейском дворце.", mac},
		{"tr", "Fayiz es-Serrac ile Halife Hafter Berlin'de görüşmedi. Angela Merkel, iki liderle ayrı ayrı bir araya geldi.", mer},
		{"tr", "Serrac ile Hafter Roma'da yüz yüze görüşmedi. Giuseppe Conte, Roma'da iki liderle ayrı ayrı görüştü.", con},
		{"en", "Fayez al-Sarraj and Khalifa Haftar did not meet in Paris. Emmanuel Macron met with both separately at the Elysée.", mac},
	}
	for _, c := range cases {
		wantMeetingSet(t, x, c.lang, "2020-01-25", c.text, c.want)
	}
	// "entrambi" as the subject's own word stays out of the object:
	// "erano entrambi in città … li ha ricevuti separatamente"
	wantMeetingSet(t, x, "it", "2020-01-25", "Serraj e Haftar erano entrambi a Berlino, ma non si sono mai visti. Angela Merkel li ha ricevuti separatamente.", mer)
	// "с ними … отдельно": met them apart from the others, no pair
	// ("Хафтар провёл с ними переговоры отдельно" after talks with
	// Sarraj is Haftar's own talks with the ministers)
}
