package extract

import (
	"slices"
	"testing"
)

// TestHeadOfOrganisationDescribed: a head word before an organisation
// with no name of its own ("the head of the Government of National
// Accord", "le chef du gouvernement d'union nationale", "il capo del
// governo di accordo nazionale", "el jefe del Gobierno de Acuerdo
// Nacional", "der Chef der Einheitsregierung", "глава ПНС", "رئيس حكومة
// الوفاق", "قائد الجيش الوطني الليبي"), or a head's title that holds the
// organisation ("il presidente del Consiglio presidenziale"), stands for
// the person the article named whose lexicon office heads it or a body
// of it (Sarraj chairs the Presidential Council of the GNA), even when a
// meeting verb and its partner follow at once ("the head of the
// Presidential Council met X", "التقى رئيس حكومة الوفاق جوزيب بوريل":
// Borrell is the EU's, the one met).
func TestHeadOfOrganisationDescribed(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, pub, text string
		want            []string
	}{
		{"fr", "2020-01-09", "Fayez al-Sarraj a renoncé à se rendre à Rome mercredi. À Bruxelles, le chef du gouvernement d'union nationale a été reçu par Josep Borrell.", []string{"fayez-al-sarraj", "josep-borrell"}},
		{"it", "2020-01-09", "Fayez al-Sarraj ha rinunciato alla tappa romana mercoledì. A Bruxelles il capo del governo di accordo nazionale è stato ricevuto da Josep Borrell.", []string{"fayez-al-sarraj", "josep-borrell"}},
		{"en", "2020-01-09", "Fayez al-Sarraj skipped the stop in Rome on Wednesday. In Brussels, the head of the Government of National Accord was received by Josep Borrell.", []string{"fayez-al-sarraj", "josep-borrell"}},
		{"es", "2020-01-09", "Fayez al Sarraj renunció el miércoles a la escala en Roma. En Bruselas, el jefe del Gobierno de Acuerdo Nacional fue recibido por Josep Borrell.", []string{"fayez-al-sarraj", "josep-borrell"}},
		{"de", "2020-01-09", "Fajis al-Sarradsch sagte am Mittwoch seinen Halt in Rom ab. In Brüssel wurde der Chef der Einheitsregierung von Josep Borrell empfangen.", []string{"fayez-al-sarraj", "josep-borrell"}},
		{"ru", "2020-01-09", "Файез Сарадж в среду отказался от остановки в Риме. В Брюсселе глава ПНС встретился с Жозепом Боррелем.", []string{"fayez-al-sarraj", "josep-borrell"}},
		{"ar", "2020-01-09", "وألغى فايز السراج توقفه في روما الأربعاء. وفي بروكسل، التقى رئيس حكومة الوفاق جوزيب بوريل.", []string{"fayez-al-sarraj", "josep-borrell"}},
		{"en", "2021-04-10", "Mohamed al-Menfi arrived in Athens on Monday. On Tuesday the head of the Presidential Council met Kyriakos Mitsotakis.", []string{"mohamed-al-menfi", "kyriakos-mitsotakis"}},
		{"it", "2021-04-10", "Mohamed al-Menfi è arrivato lunedì ad Atene. Martedì il presidente del Consiglio presidenziale ha incontrato Kyriakos Mitsotakis.", []string{"mohamed-al-menfi", "kyriakos-mitsotakis"}},
		{"fr", "2020-06-07", "Khalifa Haftar a perdu Tarhouna vendredi. Samedi, le commandant de l'Armée nationale libyenne a rencontré Abdel Fattah al-Sissi au Caire.", []string{"khalifa-haftar", "abdel-fattah-el-sisi"}},
		{"it", "2020-06-07", "Khalifa Haftar ha perso Tarhuna venerdì. Sabato il comandante dell'Esercito nazionale libico ha incontrato Abdel Fattah al-Sisi al Cairo.", []string{"khalifa-haftar", "abdel-fattah-el-sisi"}},
		{"ar", "2020-06-07", "وخسر خليفة حفتر ترهونة الجمعة. والتقى قائد الجيش الوطني الليبي عبد الفتاح السيسي في القاهرة السبت.", []string{"khalifa-haftar", "abdel-fattah-el-sisi"}},
		// named with the head word: that name
		{"ar", "2020-01-09", "والتقى رئيس حكومة الوفاق فايز السراج جوزيب بوريل في بروكسل.", []string{"fayez-al-sarraj", "josep-borrell"}},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, c.pub, "Title\n\n"+c.text)
		if !onlyMeetingOf(f, c.want) {
			t.Errorf("%s %q: meetings %v, want one of %v", c.lang, c.text, allParts(f), c.want)
		}
	}
	// a minister of it is no head of it
	f := factsOn(t, x, "en", "2020-01-09", "Title\n\nMohamed Taha Siala arrived in Rome on Tuesday. On Wednesday the head of the Government of National Accord met Giuseppe Conte.")
	for _, ps := range allParts(f) {
		if slices.Contains(ps, "mohamed-taha-siala") {
			t.Errorf("the head of the GNA as its foreign minister: meetings %v", allParts(f))
		}
	}
}
