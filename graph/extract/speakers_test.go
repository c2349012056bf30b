package extract

import (
	"reflect"
	"testing"
)

// TestCommaAfterVerb: a comma right after a clause-initial speech verb
// closes the speaker's clause; the name after the comma is what was said
// about, not who said it.
func TestCommaAfterVerb(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"de", "Heiko Maas erklärte, ohne Haftar am Tisch werde es keinen Fortschritt geben."},
		{"de", "Maas betonte, Deutschland verfolge in Libyen „keine eigenen Interessen“."},
		{"en", "Heiko Maas said, without Haftar at the table, there would be no progress."},
	}
	for _, c := range cases {
		if got := speakers(factsOf(t, x, c.lang, c.text)); !reflect.DeepEqual(got, []string{"heiko-maas"}) {
			t.Errorf("%s %q: speakers %v, want [heiko-maas]", c.lang, c.text, got)
		}
	}
}
