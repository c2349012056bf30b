package extract

import (
	"testing"

	"github.com/parley/parley/graph"
)

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

// sceneOf is the place and date of the meeting of f with participant p.
func sceneOf(f graph.Facts, p string) (string, string, bool) {
	for _, m := range f.Meetings {
		for _, q := range participants(m) {
			if q == p {
				return m.Place, m.Date.String(), true
			}
		}
	}
	return "", "", false
}

// TestSceneGoesOnInTheNextParagraph: a meeting in person placed in a city
// is the scene of the meetings the next sentences tell without a place,
// in the next paragraph too, when one of its participants meets there
// ("González Laya mantuvo además un encuentro con su homóloga").
func TestSceneGoesOnInTheNextParagraph(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "On Tuesday Pedro Sánchez and Arancha González Laya held talks with Abdul Hamid Dbeibah in Tripoli.\n\nArancha González Laya sat down with her counterpart Najla Mangoush for an hour."},
		{"es", "El martes Pedro Sánchez y Arancha González Laya se reunieron con Abdul Hamid Dbeibah en Trípoli.\n\nGonzález Laya mantuvo además un encuentro con su homóloga, Najla al Mangush."},
		{"fr", "Mardi, Pedro Sánchez et Arancha González Laya se sont entretenus avec Abdul Hamid Dbeibah à Tripoli.\n\nArancha González Laya a aussi rencontré son homologue Najla Mangoush."},
		{"it", "Martedì Pedro Sánchez e Arancha González Laya hanno incontrato Abdul Hamid Dbeibah a Tripoli.\n\nArancha González Laya ha avuto inoltre un colloquio con l'omologa Najla al-Mangoush."},
		{"de", "Am Dienstag trafen Pedro Sánchez und Arancha González Laya in Tripolis Abdul Hamid Dbeibah.\n\nArancha González Laya traf sich außerdem mit ihrer Amtskollegin Najla al-Mangusch."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-04-08", "Title\n\n"+c.text)
		if place, _, ok := sceneOf(f, "najla-mangoush"); !ok || place != "tripoli" {
			t.Errorf("%s %q: meetings %v, want Mangoush's in tripoli", c.lang, c.text, placed(f))
		}
	}
}

// TestPluperfectMeetingIsNoScene: a meeting told in the pluperfect is
// background ("he had met Saleh in Tobruk"): the meeting told after it
// is not held there.
func TestPluperfectMeetingIsNoScene(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Luigi Di Maio had met Aguila Saleh in Tobruk. Di Maio held talks with Khalifa Haftar."},
		{"it", "Luigi Di Maio aveva incontrato Aguila Saleh a Tobruk. Di Maio ha avuto un colloquio con Khalifa Haftar."},
		{"fr", "Luigi Di Maio avait rencontré Aguila Saleh à Tobrouk. Di Maio s'est entretenu avec Khalifa Haftar."},
		{"es", "Luigi Di Maio se había reunido con Aguila Saleh en Tobruk. Di Maio mantuvo un encuentro con Jalifa Haftar."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-10-21", "Title\n\n"+c.text)
		if place, _, ok := sceneOf(f, "khalifa-haftar"); !ok || place == "tobruk" {
			t.Errorf("%s %q: meetings %v, want Haftar's not in tobruk", c.lang, c.text, placed(f))
		}
	}
}

// TestLaterDayIsAnotherScene: a meeting dated days after the scene's
// is not held at it ("Four days later, on 17 January, …").
func TestLaterDayIsAnotherScene(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "On 13 January Sergey Lavrov met Fayez al-Sarraj in Moscow.\n\nOn 17 January Lavrov met Aguila Saleh."},
		{"fr", "Le 13 janvier, Sergueï Lavrov a rencontré Fayez al-Sarraj à Moscou.\n\nLe 17 janvier, Lavrov a rencontré Aguila Saleh."},
		{"es", "El 13 de enero Serguéi Lavrov se reunió con Fayez al Serraj en Moscú.\n\nEl 17 de enero Lavrov se reunió con Aguila Saleh."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-01-20", "Title\n\n"+c.text)
		if place, _, ok := sceneOf(f, "aguila-saleh-issa"); !ok || place == "moscow" {
			t.Errorf("%s %q: meetings %v, want Saleh's not in moscow", c.lang, c.text, placed(f))
		}
	}
}
