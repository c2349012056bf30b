package extract

import (
	"slices"
	"testing"
)

// hasPart tells whether any meeting or call of parts holds actor.
func hasPart(parts [][]string, actor string) bool {
	return slices.ContainsFunc(parts, func(p []string) bool { return slices.Contains(p, actor) })
}

// TestOwnStateAfterBorrowedSubject: a country or organisation whose own
// person the clause borrows as its subject from the sentences before is
// that person's label, not a second participant: "Haftar flew to Moscow.
// The talks on Libya ended without a deal" is no meeting of Haftar with
// Libya, nor "Putin and Erdogan spoke by phone, after their meeting in
// Sochi", after a sentence on Moscow and Ankara, one with Russia.
func TestOwnStateAfterBorrowedSubject(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, state string }{
		{"en", "Khalifa Haftar flew to Moscow on Monday. The talks on Libya ended on Tuesday without a deal.", "libya"},
		{"ru", "Халифа Хафтар прилетел в Москву в понедельник. Переговоры по Ливии в российской столице завершились без результата.", "libya"},
		{"ar", "وصل خليفة حفتر إلى موسكو يوم الاثنين. وانتهت المحادثات حول ليبيا يوم الثلاثاء دون اتفاق.", "libya"},
		{"fr", "Sur le front de la trêve, Moscou et Ankara s'activent. Vladimir Poutine et Recep Tayyip Erdogan se sont parlé au téléphone dans l'après-midi, trois jours après leur rencontre à Sotchi, pour faire le point sur le cessez-le-feu.", "russia"},
		{"it", "Sul fronte libico si muovono Mosca e Ankara. Vladimir Putin e Recep Tayyip Erdogan si sono sentiti ieri sera per telefono, due giorni dopo il loro incontro a Sochi, per discutere della tregua.", "russia"},
	}
	for _, c := range cases {
		if got := allParts(factsOf(t, x, c.lang, "Title\n\n"+c.text)); hasPart(got, c.state) {
			t.Errorf("%s %q: meetings %v, want none with %s", c.lang, c.text, got, c.state)
		}
	}
}
