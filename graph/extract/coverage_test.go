package extract

import (
	"slices"
	"testing"
)

// TestDomainCoverage: heads of state and government, foreign and defence
// ministers of the countries in the Libya file are actors in every
// script, and a sea is not the city its name contains.
func TestDomainCoverage(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"es", "El presidente del Gobierno, Pedro Sánchez, se reunió en Trípoli con Abdul Hamid Dbeibah.", []string{"pedro-sanchez", "abdul-hamid-dbeibah"}},
		{"ar", "استقبل رئيس الحكومة الإسبانية بيدرو سانشيز في مدريد رئيس المجلس الرئاسي محمد المنفي.", []string{"pedro-sanchez", "mohamed-al-menfi"}},
		{"ru", "Аранча Гонсалес Лайя провела переговоры с Луиджи Ди Майо.", []string{"arancha-gonzalez-laya", "luigi-di-maio"}},
		{"fr", "Jean-Marc Ayrault a rencontré Fayez al-Sarraj à Tunis.", []string{"jean-marc-ayrault", "fayez-al-sarraj"}},
		{"tr", "Binali Yıldırım, Fayez es-Serrac ile Ankara'da görüştü.", []string{"binali-yildirim", "fayez-al-sarraj"}},
		{"en", "Greek Prime Minister Alexis Tsipras met Khalifa Haftar in Athens.", []string{"alexis-tsipras", "khalifa-haftar"}},
		{"ar", "التقى الملك محمد السادس رئيس مجلس النواب عقيلة صالح في الرباط.", []string{"mohammed-vi", "aguila-saleh-issa"}},
		// ministers of state, deputies and spokesmen of the 2020-2021 rounds
		{"en", "James Cleverly discussed port security with Ahmed Maiteeg in London.", []string{"james-cleverly", "ahmed-maiteeq"}},
		{"tr", "Sedat Önal ve Hamdi Sanad Loza, Ankara'da Mustafa Şentop ile görüştü.", []string{"sedat-onal", "hamdi-sanad-loza", "mustafa-sentop"}},
		{"ur", "صدر رجب طیب ایردوان نے جنرل یاشار گولر سے ملاقات کی۔", []string{"recep-tayyip-erdogan", "yasar-guler"}},
		{"es", "Sameh Shukri recibió en su despacho a Ahmed Abulgueit.", []string{"sameh-shoukry", "ahmed-aboul-gheit"}},
		{"ru", "Ахмед Майтиг встретился с Сергеем Лавровым.", []string{"ahmed-maiteeq", "sergey-lavrov"}},
		// Urdu writes the long vowel or leaves it out: کوبیش, کوبش
		{"ur", "کوبش نے منگل کو خالد المشری سے ملاقات کی۔", []string{"jan-kubis", "khalid-al-mishri"}},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		var got []string
		for _, a := range f.Actors {
			got = append(got, a.ID)
		}
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s %q: actors %v, want %s", c.lang, c.text, got, w)
			}
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"ur", "یونان بحیرۂ روم میں اپنے حقوق کا دفاع کرے گا۔"},
		{"ar", "ناقش الطرفان الأمن في البحر الأبيض المتوسط."},
	} {
		for _, p := range factsOf(t, x, c.lang, c.text).Places {
			if p.ID == "rome" {
				t.Errorf("%s %q: place rome, want the Mediterranean", c.lang, c.text)
			}
		}
	}
}
