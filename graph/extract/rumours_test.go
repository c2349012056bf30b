package extract

import "testing"

// TestRumouredMeetingIsNone: a meeting the text only reports as a rumour
// ("rumours of a meeting between X and Y") is no meeting in any language.
func TestRumouredMeetingIsNone(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "In Benghazi, officials dismissed rumours of a meeting between Fathi Bashagha and Khalifa Haftar."},
		{"fr", "À Benghazi, on dément les rumeurs d'une rencontre entre Fathi Bashagha et Khalifa Haftar."},
		{"it", "A Bengasi sono state smentite le voci di un incontro tra Fathi Bashagha e Khalifa Haftar."},
		{"es", "En Bengasi se desmintieron los rumores de una reunión entre Fathi Bashagha y Jalifa Haftar."},
		{"de", "In Bengasi wurden Gerüchte über ein Treffen zwischen Fathi Baschagha und Chalifa Haftar zurückgewiesen."},
		{"ru", "В Бенгази опровергли слухи о встрече Фатхи Башаги и Халифы Хафтара."},
		{"ar", "نفت مصادر في بنغازي شائعات عن لقاء بين فتحي باشاغا وخليفة حفتر."},
		{"ur", "بن غازی میں باشاغا اور حفتر کی ملاقات کی افواہیں مسترد کر دی گئیں۔"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if len(f.Meetings) != 0 {
			t.Errorf("%s %q: meetings %v, want none", c.lang, c.text, allParts(f))
		}
	}
}
