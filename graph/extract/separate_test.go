package extract

import (
	"slices"
	"testing"
)

// TestSeparateTalks: "held separate talks with X and with Y" is two
// meetings, one with each partner, and never one with both.
func TestSeparateTalks(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Heiko Maas held separate talks with Fayez al-Sarraj and with Khalifa Haftar in Berlin on Sunday."},
		{"en", "In Rome, Giuseppe Conte and Luigi Di Maio separately met Khalifa Haftar and Fayez al-Sarraj."},
		{"fr", "Jean-Yves Le Drian a rencontré séparément Fayez al-Sarraj et Khalifa Haftar à Paris."},
		{"de", "Heiko Maas traf in Berlin getrennt mit Fayez al-Sarradsch und Chalifa Haftar zusammen."},
		{"es", "Pedro Sánchez se reunió por separado con Abdul Hamid Dbeibah y con Mohamed al Menfi en Trípoli."},
		{"ru", "Сергей Лавров провёл отдельные переговоры с Фаизом Сараджем и Халифой Хафтаром в Москве."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		n := 0
		for _, m := range f.Meetings {
			ps := participants(m)
			both := 0
			for _, p := range ps {
				if p == "fayez-al-sarraj" || p == "khalifa-haftar" || p == "abdul-hamid-dbeibah" || p == "mohamed-al-menfi" {
					both++
				}
			}
			if both > 1 {
				t.Errorf("%s %q: one meeting with both partners %v", c.lang, c.text, ps)
			}
			if both == 1 {
				n++
			}
		}
		if n != 2 {
			var all [][]string
			for _, m := range f.Meetings {
				all = append(all, participants(m))
			}
			t.Errorf("%s %q: meetings %v, want one per partner", c.lang, c.text, all)
		}
	}
	// without "separate", one meeting of three stays one
	f := factsOf(t, x, "en", "Heiko Maas met Fayez al-Sarraj and Khalifa Haftar in Berlin on Sunday.")
	if len(f.Meetings) != 1 || !slices.Contains(participants(f.Meetings[0]), "khalifa-haftar") {
		t.Errorf("joint meeting: %+v", f.Meetings)
	}
}
