package extract

import "testing"

// TestWhereClauseTakesTheCityBeforeIt: a relative "where" clause after a
// place a traveller goes on to ("went on to Benghazi, where he met
// Haftar") is held in that place, not in the city of the sentence before.
func TestWhereClauseTakesTheCityBeforeIt(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "On Monday Luigi Di Maio met Fayez al-Sarraj in Tripoli. He then went on to Benghazi, where he met Khalifa Haftar."},
		{"en", "On Monday Luigi Di Maio met Fayez al-Sarraj in Tripoli. On Tuesday he flew on to Benghazi, where he was received by Khalifa Haftar."},
		{"fr", "Lundi, Luigi Di Maio a rencontré Fayez al-Sarraj à Tripoli. Il s'est ensuite rendu à Benghazi, où il a rencontré Khalifa Haftar."},
		{"it", "Lunedì Luigi Di Maio ha incontrato Fayez al-Sarraj a Tripoli. Poi è volato a Bengasi, dove ha incontrato Khalifa Haftar."},
		{"es", "El lunes Luigi Di Maio se reunió con Fayez al Serraj en Trípoli. Después viajó a Bengasi, donde se reunió con Jalifa Haftar."},
		{"de", "Am Montag traf Luigi Di Maio in Tripolis Fayez al-Sarradsch. Danach flog er weiter nach Bengasi, wo er Chalifa Haftar traf."},
		{"ru", "В понедельник Луиджи Ди Майо встретился в Триполи с Файезом Сарраджем. Затем он отправился в Бенгази, где встретился с Халифой Хафтаром."},
		{"ur", "لوئیجی دی مائیو نے پیر کو طرابلس میں فائز السراج سے ملاقات کی۔ اس کے بعد دی مائیو بن غازی گئے جہاں انہوں نے خلیفہ حفتر سے ملاقات کی۔"},
		{"ar", "التقى لويجي دي مايو يوم الاثنين فايز السراج في طرابلس. ثم توجه إلى بنغازي حيث التقى خليفة حفتر."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-09-05", "Title\n\n"+c.text)
		ok := false
		for _, m := range f.Meetings {
			ps := participants(m)
			for _, p := range ps {
				if p == "khalifa-haftar" {
					ok = m.Place == "benghazi"
				}
			}
		}
		if !ok {
			t.Errorf("%s %q: meetings %v, want Haftar's in benghazi", c.lang, c.text, placed(f))
		}
	}
}

// TestFlewIntoIsADirection: English "into" before a city is where one
// went ("flew into Tripoli"), as "to" is.
func TestFlewIntoIsADirection(t *testing.T) {
	x := shipped(t)
	f := factsOn(t, x, "en", "2020-06-18", "Title\n\nA Turkish delegation led by Mevlut Cavusoglu flew into Benghazi on Wednesday, the first visit by Ankara's officials since the war, and met Khalifa Haftar.")
	if len(f.Meetings) != 1 || f.Meetings[0].Place != "benghazi" {
		t.Errorf("meetings %v, want one in benghazi", placed(f))
	}
}
