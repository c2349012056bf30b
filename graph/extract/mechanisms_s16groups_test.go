package extract

import "testing"

// TestGroupOfThreeIsTheListNamedBefore: "the three ministers", "les
// quatre ministres", "dört bakan" as the subject of a meeting with
// someone named after it stand for the list of that many people the
// story named before (not the last event's people nor the last
// sentence's subject), in any case or article form of the phrase.
func TestGroupOfThreeIsTheListNamedBefore(t *testing.T) {
	x := shipped(t)
	three := []string{"sergey-lavrov", "sergei-shoigu", "mevlut-cavusoglu", "fayez-al-sarraj"}
	cases := []struct{ lang, text string }{
		{"en", "Foreign Minister Sergey Lavrov, Defence Minister Sergei Shoigu and their Turkish counterpart Mevlut Cavusoglu arrived in Ankara on Monday. Later the three ministers held talks with Fayez al-Sarraj."},
		{"de", "Außenminister Sergej Lawrow, Verteidigungsminister Sergej Schoigu und ihr türkischer Kollege Mevlüt Çavuşoğlu kamen am Montag in Ankara an. Danach trafen die drei Minister den Regierungschef Fajis al-Sarradsch."},
		{"de", "Außenminister Sergej Lawrow, Verteidigungsminister Sergej Schoigu und ihr türkischer Kollege Mevlüt Çavuşoğlu kamen am Montag in Ankara an. Ein Gespräch der drei Minister mit Fajis al-Sarradsch fand am Abend statt."},
		{"fr", "Le ministre des Affaires étrangères Sergueï Lavrov, le ministre de la Défense Sergueï Choïgou et leur homologue turc Mevlüt Çavuşoğlu sont arrivés lundi à Ankara. Les trois ministres ont ensuite été reçus par Fayez al-Sarraj."},
		{"es", "El canciller Serguéi Lavrov, el ministro de Defensa Serguéi Shoigú y su homólogo turco Mevlüt Çavuşoğlu llegaron el lunes a Ankara. Después, los tres ministros se reunieron con Fayez al Serraj."},
		{"tr", "Dışişleri Bakanı Sergey Lavrov, Savunma Bakanı Sergey Şoygu ve Mevlüt Çavuşoğlu pazartesi günü Ankara'ya geldi. Üç bakan daha sonra Fayiz es-Serrac ile görüştü."},
	}
	for _, c := range cases {
		ms := allParts(factsOf(t, x, c.lang, "Title\n\n"+c.text))
		if !meetingWithAll(ms, three) {
			t.Errorf("%s %q: meetings %v, want one with %v", c.lang, c.text, ms, three)
		}
	}
}

// TestGroupOfThreeAfterAnotherEvent: when an event of one of them (or of
// others) is told between the list and the group phrase, or the group
// meets a person given with his organisation or received by three
// people, the group is still the list of its size.
func TestGroupOfThreeAfterAnotherEvent(t *testing.T) {
	x := shipped(t)
	want := []string{"sergey-lavrov", "sergei-shoigu", "mevlut-cavusoglu", "fayez-al-sarraj"}
	cases := []struct{ lang, text string }{
		{"en", "Foreign Minister Sergey Lavrov, Defence Minister Sergei Shoigu and their Turkish counterpart Mevlut Cavusoglu arrived in Ankara on Monday. In the morning Lavrov spoke by phone with Khalifa Haftar. The three ministers then held talks with the head of the Government of National Accord, Fayez al-Sarraj."},
		{"de", "Außenminister Sergej Lawrow, Verteidigungsminister Sergej Schoigu und ihr türkischer Kollege Mevlüt Çavuşoğlu kamen am Montag in Ankara an. Am Morgen telefonierte Lawrow mit Chalifa Haftar. Anschließend kamen die drei Minister mit dem Chef der Regierung der Nationalen Einheit, Fajis al-Sarradsch, zusammen."},
		{"fr", "Le ministre des Affaires étrangères Sergueï Lavrov, le ministre de la Défense Sergueï Choïgou et leur homologue turc Mevlüt Çavuşoğlu sont arrivés lundi à Ankara. Le matin, M. Lavrov s'est entretenu par téléphone avec Khalifa Haftar. Les trois ministres ont ensuite rencontré le chef du Gouvernement d'union nationale, Fayez al-Sarraj."},
		{"es", "El canciller Serguéi Lavrov, el ministro de Defensa Serguéi Shoigú y su homólogo turco Mevlüt Çavuşoğlu llegaron el lunes a Ankara. Por la mañana, Lavrov habló por teléfono con Jalifa Hafter. Después, los tres ministros se reunieron con el jefe del Gobierno de Acuerdo Nacional, Fayez al Serraj."},
		{"it", "Il ministro degli Esteri Sergei Lavrov, il ministro della Difesa Sergei Shoigu e il loro omologo turco Mevlüt Çavuşoğlu sono arrivati lunedì ad Ankara. In mattinata Lavrov ha parlato al telefono con Khalifa Haftar. I tre ministri hanno poi incontrato il capo del Governo di accordo nazionale, Fayez al-Sarraj."},
	}
	for _, c := range cases {
		ms := allParts(factsOf(t, x, c.lang, "Title\n\n"+c.text))
		if !meetingWithAll(ms, want) {
			t.Errorf("%s %q: meetings %v, want one with %v", c.lang, c.text, ms, want)
		}
	}
	// (received by a president flanked by his two deputies: all six)
	six := []string{"sergey-lavrov", "sergei-shoigu", "mevlut-cavusoglu", "mohamed-al-menfi", "musa-al-koni", "abdullah-al-lafi"}
	for _, c := range []struct{ lang, text string }{
		{"fr", "Sergueï Lavrov, Sergueï Choïgou et Mevlüt Çavuşoğlu sont arrivés lundi à Tripoli. Le matin, M. Lavrov s'est entretenu par téléphone avec Khalifa Haftar. Les trois ministres ont ensuite été reçus par Mohamed al-Menfi, entouré de ses deux adjoints, Moussa al-Koni et Abdallah al-Lafi."},
		{"en", "Sergey Lavrov, Sergei Shoigu and Mevlut Cavusoglu arrived in Tripoli on Monday. In the morning Lavrov spoke by phone with Khalifa Haftar. The three ministers were then received by Mohamed al-Menfi, flanked by his two deputies, Musa al-Koni and Abdullah al-Lafi."},
	} {
		ms := allParts(factsOf(t, x, c.lang, "Title\n\n"+c.text))
		if !meetingWithAll(ms, six) {
			t.Errorf("%s %q: meetings %v, want one with %v", c.lang, c.text, ms, six)
		}
	}
}
