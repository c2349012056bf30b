package extract

import (
	"testing"
)

// TestTitleOnlyMerges: the title line only restates what the body tells;
// a headline clause the body never tells again ("X phones Y; Z receives
// W") makes no event of its own, and its participants are not mixed
// into one garbled event.
func TestTitleOnlyMerges(t *testing.T) {
	x := shipped(t)
	want := []string{"hulusi-akar", "fathi-bashagha"}
	cases := []struct{ lang, text string }{
		{"en", "Maas phones Sarraj; Akar receives Bashagha in Ankara\n\nTurkish Defence Minister Hulusi Akar received Libya's interior minister Fathi Bashagha in Ankara on Tuesday to discuss military training."},
		{"de", "Maas telefoniert mit Sarradsch, Akar empfängt Baschagha\n\nDer türkische Verteidigungsminister Hulusi Akar hat am Dienstag in Ankara den libyschen Innenminister Fathi Baschagha empfangen."},
		{"fr", "Maas appelle Sarraj ; Akar reçoit Bachagha à Ankara\n\nLe ministre turc de la Défense Hulusi Akar a reçu mardi à Ankara le ministre libyen de l'Intérieur Fathi Bachagha."},
		{"tr", "Maas Serrac ile telefonda görüştü; Akar Başağa'yı kabul etti\n\nMilli Savunma Bakanı Hulusi Akar, Libya İçişleri Bakanı Fethi Başağa'yı salı günü Ankara'da kabul etti."},
		{"ar", "ماس يتصل بالسراج ثم أكار يستقبل باشاغا\n\nاستقبل وزير الدفاع التركي خلوصي أكار يوم الثلاثاء في أنقرة وزير الداخلية الليبي فتحي باشاغا."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if len(f.Meetings) != 1 || !sameParts(participants(f.Meetings[0]), want) {
			var got [][]string
			for _, m := range f.Meetings {
				got = append(got, participants(m))
			}
			t.Errorf("%s: meetings %v, want only %v", c.lang, got, want)
		}
	}
}
