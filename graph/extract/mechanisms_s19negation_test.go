package extract

import "testing"

// TestWithoutMeetingSomeone: a transitive "without meeting X" adjunct
// ("without meeting", "sans rencontrer", "senza incontrare", "sin reunirse
// con", "ohne … zu treffen", "не встретившись с", "دون أن يلتقي", "ile
// görüşmeden", "سے ملے بغیر") denies only the one it governs: the clause's
// meeting with the others stands, and he is no participant of it.
func TestWithoutMeetingSomeone(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"ar", "ناقش وزير الخارجية الإيطالي لويجي دي مايو مع فايز السراج في طرابلس يوم الاثنين ملف الهجرة، دون أن يلتقي حفتر.", []string{"luigi-di-maio", "fayez-al-sarraj"}},
		{"ar", "التقى جان إيف لودريان فايز السراج في طرابلس أمس من دون أن يلتقي خليفة حفتر.", []string{"jean-yves-le-drian", "fayez-al-sarraj"}},
		{"fr", "Jean-Yves Le Drian a rencontré Fayez al-Sarraj lundi à Tripoli, sans rencontrer Khalifa Haftar.", []string{"jean-yves-le-drian", "fayez-al-sarraj"}},
		{"de", "Heiko Maas traf am Montag in Tripolis Fajis al-Sarradsch, ohne Chalifa Haftar zu treffen.", []string{"heiko-maas", "fayez-al-sarraj"}},
		{"de", "Heiko Maas reiste am Montag nach Tripolis, wo er Fajis al-Sarradsch traf, ohne jedoch Chalifa Haftar zu sehen.", []string{"heiko-maas", "fayez-al-sarraj"}},
		{"ru", "Сергей Лавров встретился с Файезом Сарраджем в Москве, не встретившись с Халифой Хафтаром.", []string{"sergey-lavrov", "fayez-al-sarraj"}},
		{"tr", "Mevlüt Çavuşoğlu, Halife Hafter ile görüşmeden Trablus'ta Fayez es-Serrac ile bir araya geldi.", []string{"mevlut-cavusoglu", "fayez-al-sarraj"}},
		{"ur", "لوئیجی دی مائیو نے خلیفہ حفتر سے ملے بغیر طرابلس میں فائز السراج سے ملاقات کی۔", []string{"luigi-di-maio", "fayez-al-sarraj"}},
		{"it", "Luigi Di Maio ha incontrato Fayez al-Sarraj a Tripoli senza incontrare Khalifa Haftar.", []string{"luigi-di-maio", "fayez-al-sarraj"}},
		{"es", "Luigi Di Maio se reunió con Fayez al Sarraj en Trípoli sin reunirse con Jalifa Hafter.", []string{"luigi-di-maio", "fayez-al-sarraj"}},
		{"es", "Jean-Yves Le Drian se entrevistó el lunes en Trípoli con Fayez al Sarraj, sin reunirse con Jalifa Hafter ni con Aguila Saleh.", []string{"jean-yves-le-drian", "fayez-al-sarraj"}},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, [][]string{c.want})
	}
	// (with no other meeting in its clause, none; the reciprocal form
	// still denies the pair)
	for _, c := range []struct{ lang, text string }{
		{"it", "Khalifa Haftar è ripartito da Roma senza incontrare Fayez al-Sarraj."},
		{"en", "Khalifa Haftar left Moscow without meeting Fayez al-Sarraj."},
		{"en", "On Sunday Abdul Hamid Dbeibah and Mohamed al-Menfi met the press separately without meeting each other."},
	} {
		wantAllParts(t, x, c.lang, c.text, nil)
	}
}
