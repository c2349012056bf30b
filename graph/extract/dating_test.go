package extract

import (
	"testing"

	"github.com/parley/parley/graph"
)

// callDate is the date of the article's first call or video call.
func callDate(f graph.Facts) (graph.Date, bool) {
	for _, m := range f.Meetings {
		if m.Mode == graph.ModeCall || m.Mode == graph.ModeVideo {
			return m.Date, true
		}
	}
	return graph.Date{}, false
}

// TestAnchorAfterTitle: a title that restates the lead event takes the
// lead's date, and that date still anchors "the day before" later on.
func TestAnchorAfterTitle(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Maas meets Haftar in Benghazi\n\nHeiko Maas met Khalifa Haftar in Benghazi on 8 July.\n\nThe day before, Maas spoke by telephone with Fayez al-Sarraj."},
		{"ru", "Маас встретился с Хафтаром в Бенгази\n\nХайко Маас 8 июля встретился в Бенгази с Халифой Хафтаром.\n\nНакануне Маас провёл телефонный разговор с Файезом Сараджем."},
		{"fr", "Maas rencontre Haftar à Benghazi\n\nHeiko Maas a rencontré le 8 juillet à Benghazi Khalifa Haftar.\n\nLa veille, Maas s'était entretenu par téléphone avec Fayez al-Sarraj."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		got, ok := callDate(f)
		if want := (graph.Date{Month: 7, Day: 7}); !ok || got != want {
			t.Errorf("%s: call date %v (found %v), want --07-07: %+v", c.lang, got, ok, f.Meetings)
		}
	}
}
