package extract

import (
	"slices"
	"testing"
)

// TestVisitStatesAreNoParties: a visit is a trip of people to people. A
// state beside a named traveller that is not where the trip goes (a state
// the sentence before named, the traveller's label) is no party of the
// visit, in every language.
func TestVisitStatesAreNoParties(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"ru", "Россия и Турция в понедельник провели консультации по Ливии. Днём позже в Рабат с визитом прибыл премьер-министр Абдель Хамид Дбейба."},
		{"en", "Russia and Turkey held consultations on Libya on Monday. A day later Prime Minister Abdul Hamid Dbeibah arrived in Rabat on a visit."},
		{"fr", "La Russie et la Turquie ont tenu lundi des consultations sur la Libye. Le lendemain, le Premier ministre Abdel Hamid Dbeibah est arrivé à Rabat pour une visite."},
		{"ur", "روس اور ترکی نے پیر کو لیبیا پر مشاورت کی۔ اگلے روز وزیر اعظم عبدالحمید دبیبہ سرکاری دورے پر رباط پہنچے۔"},
		{"ar", "أجرت روسيا وتركيا مشاورات حول ليبيا يوم الاثنين. وبعد يوم وصل رئيس الحكومة عبد الحميد الدبيبة إلى الرباط في زيارة رسمية."},
	}
	for _, c := range cases {
		for _, ps := range allParts(factsOf(t, x, c.lang, "Title\n\n"+c.text)) {
			if slices.Contains(ps, "abdul-hamid-dbeibah") && (slices.Contains(ps, "russia") || slices.Contains(ps, "turkey")) {
				t.Errorf("%s %q: meeting %v, want no state with the traveller", c.lang, c.text, ps)
			}
		}
	}
}
