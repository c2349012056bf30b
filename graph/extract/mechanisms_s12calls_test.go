package extract

import (
	"testing"

	"github.com/parley/parley/graph"
)

// TestS12CallTakenFromSomeone: a call told from the side of the one who
// took it ("took a call from X", "atender una llamada de X", "a pris un
// appel de X", "rispondere a una telefonata di X", "nahm einen Anruf von
// X entgegen", "ответил на звонок от X") is a call of the subject and X.
func TestS12CallTakenFromSomeone(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "On Thursday Jean-Yves Le Drian took a call from Russian Foreign Minister Sergey Lavrov, who wanted to discuss Sirte."},
		{"en", "Between two sessions Jean-Yves Le Drian stepped aside to take a phone call from Sergey Lavrov."},
		{"es", "Durante la cumbre, Jean-Yves Le Drian tuvo que atender una llamada de Serguéi Lavrov."},
		{"fr", "Jeudi, Jean-Yves Le Drian a pris un appel de Sergueï Lavrov avant de repartir."},
		{"it", "Giovedì Jean-Yves Le Drian ha dovuto rispondere a una telefonata di Sergej Lavrov."},
		{"de", "Während der Sitzung nahm Jean-Yves Le Drian einen Anruf von Sergej Lawrow entgegen."},
		{"ru", "В четверг Жан-Ив Ле Дриан ответил на звонок от Сергея Лаврова."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if !onlyMeetingOf(f, []string{"jean-yves-le-drian", "sergey-lavrov"}) || f.Meetings[0].Mode != graph.ModeCall {
			t.Errorf("%s %q: meetings %v, want only a call of Le Drian and Lavrov", c.lang, c.text, allParts(f))
		}
	}
}

// TestS12HostIsNoCallPartner: "the host" speaking after a call told
// between two meetings is the host of the talks, not the one who called.
func TestS12HostIsNoCallPartner(t *testing.T) {
	x := shipped(t)
	text := "Title\n\nHeiko Maas se reunió primero a solas con Fayez al Serraj durante una hora. Entre reunión y reunión, el ministro alemán se apartó para atender una llamada de Serguéi Lavrov.\n\nEn la rueda de prensa, Maas fue tajante: «No vamos a aceptar una solución militar». El anfitrión, por su parte, aseguró que «no habrá marcha atrás»."
	f := factsOf(t, x, "es", text)
	for _, s := range f.Statements {
		if s.Speaker == "sergey-lavrov" {
			t.Errorf("es: statement %q given to Lavrov, the caller, not the host", s.Text)
		}
	}
}
