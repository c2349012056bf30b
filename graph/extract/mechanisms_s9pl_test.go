package extract

import (
	"testing"
)

// TestDeparturePlace: a place governed by a departure phrase ("before
// returning to Rome", "avant de regagner Paris", "Ankara'ya dönmeden
// önce") is where someone goes after the meeting, not where it was held:
// the meeting gets no place from it.
func TestDeparturePlace(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Before returning to Rome, Luigi Di Maio met Mohamed al-Menfi on 3 May."},
		{"en", "Luigi Di Maio met Mohamed al-Menfi on 3 May before flying back to Rome."},
		{"fr", "Avant de regagner Paris, Jean-Yves Le Drian a rencontré Mohamed el-Menfi le 3 mai."},
		{"it", "Prima di rientrare a Roma, Luigi Di Maio ha incontrato Mohamed al-Menfi il 3 maggio."},
		{"es", "Antes de regresar a Roma, Luigi Di Maio se reunió con Mohamed al Menfi el 3 de mayo."},
		{"de", "Vor seiner Rückkehr nach Rom traf Luigi Di Maio am 3. Mai Mohammed al-Menfi."},
		{"ru", "Перед возвращением в Москву Сергей Лавров 3 мая встретился с Мохаммедом аль-Менфи."},
		{"tr", "Mevlüt Çavuşoğlu, Ankara'ya dönmeden önce 3 Mayıs'ta Muhammed el-Menfi ile görüştü."},
		{"ar", "قبل أن يعود إلى روما، التقى وزير الخارجية الإيطالي لويجي دي مايو محمد المنفي."},
		{"ur", "اطالوی وزیر خارجہ لوئیگی دی مایو نے روم واپسی سے قبل 3 مئی کو محمد المنفی سے ملاقات کی۔"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != "" || c.lang != "ar" && f.Meetings[0].Date.Day != 3 {
			t.Errorf("%s %q: %+v, want one meeting with no place (on 3 May)", c.lang, c.text, f.Meetings)
		}
	}
	// the last stop before going home is where the last meeting was
	stops := []struct{ lang, text string }{
		{"en", "On 3 May Luigi Di Maio met Abdul Hamid Dbeibah in Tripoli. Before returning to Rome, Di Maio met Mohamed al-Menfi."},
		{"es", "El 3 de mayo Luigi Di Maio se reunió con Abdul Hamid Dbeiba en Trípoli. Antes de regresar a Roma, Di Maio se reunió con Mohamed al Menfi."},
		{"it", "Il 3 maggio Luigi Di Maio ha incontrato Abdul Hamid Dbeibah a Tripoli. Prima di rientrare a Roma, Di Maio ha incontrato Mohamed al-Menfi."},
	}
	for _, c := range stops {
		f := factsOf(t, x, c.lang, c.text)
		ok := len(f.Meetings) == 2
		for _, m := range f.Meetings {
			ok = ok && m.Place == "tripoli" && m.Date.Day == 3
		}
		if !ok {
			t.Errorf("%s %q: %+v, want two meetings in Tripoli on 3 May", c.lang, c.text, f.Meetings)
		}
	}
}

// TestNamedCapital: a capital named by its country ("in the Libyan
// capital", "nella capitale libica", "in der libyschen Hauptstadt", "в
// столице Ливии", "Rusya'nın başkentinde") is where the meeting was, and
// it wins over a place named in the sentence as no location; the country
// is no participant.
func TestNamedCapital(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, place string }{
		{"en", "Luigi Di Maio, who flew in from Rome, met Fayez al-Sarraj in the Libyan capital on 3 May.", "tripoli"},
		{"en", "Luigi Di Maio, who flew in from Rome, met Fayez al-Sarraj in Libya's capital on 3 May.", "tripoli"},
		{"it", "Arrivato nella capitale libica il 3 maggio, il titolare della Farnesina Luigi Di Maio ha incontrato Fayez al-Sarraj.", "tripoli"},
		{"fr", "Jean-Yves Le Drian, venu de Paris, a rencontré Fayez al-Sarraj dans la capitale libyenne le 3 mai.", "tripoli"},
		{"es", "Luigi Di Maio, llegado desde Roma, se reunió con Fayez al Sarraj en la capital libia el 3 de mayo.", "tripoli"},
		{"de", "Luigi Di Maio traf am 3. Mai in der libyschen Hauptstadt Fajis al-Sarradsch.", "tripoli"},
		{"ru", "Сергей Лавров 3 мая встретился в столице Ливии с Файезом Сараджем.", "tripoli"},
		{"ru", "Сергей Лавров 3 мая встретился в ливийской столице с Файезом Сараджем.", "tripoli"},
		{"tr", "Mevlüt Çavuşoğlu 3 Mayıs'ta Libya'nın başkentinde Fayiz es-Serrac ile görüştü.", "tripoli"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != c.place || len(f.Meetings[0].Participants) != 2 {
			t.Errorf("%s %q: %+v, want one meeting of two at %s", c.lang, c.text, f.Meetings, c.place)
		}
	}
}

// TestDatelineNotDestination: the city a reporter files from ("ANKARA
// —", "انقرہ (نمائندہ خصوصی) —") is not where a visit went when the
// clause names its destinations ("a visit to Libya and Algeria").
func TestDatelineNotDestination(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Turkish minister ends tour\n\nANKARA — Mevlüt Çavuşoğlu completed a two-day visit to Tunisia and Algeria on 3 May."},
		{"en", "Turkish minister ends tour\n\nANKARA (Staff) — Mevlüt Çavuşoğlu completed a two-day visit to Tunisia and Algeria on 3 May."},
		{"ur", "ترک وزیر خارجہ کا دورہ\n\nانقرہ (نمائندہ خصوصی) — ترکی کے وزیر خارجہ میولوت چاؤش اوغلو نے تیونس اور الجزائر کا دو روزہ دورہ مکمل کر لیا ہے۔"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		for _, m := range f.Meetings {
			if m.Place == "ankara" {
				t.Errorf("%s %q: %+v, want no meeting in Ankara", c.lang, c.text, f.Meetings)
			}
		}
		if len(f.Meetings) == 0 {
			t.Errorf("%s %q: no meeting, want the visit", c.lang, c.text)
		}
	}
}
