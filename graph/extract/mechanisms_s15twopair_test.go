package extract

import "testing"

// TestTwoOfThemAreTheTwoSides: "the two men", "ambas ministras", "i due
// ministri", "die beiden Minister", "iki bakan" after a trip on which the
// traveller came with a minister or an aide of his own country stand for
// the traveller and his host, not the traveller and his companion; the
// companion may be one the lexicon knows of the same country or one named
// only after "accompanied by".
func TestTwoOfThemAreTheTwoSides(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"fr", "Jean-Yves Le Drian, accompagné de Florence Parly, s'est rendu jeudi à Tripoli, où il a été reçu par Mohamed el-Menfi.\n\nLes deux hommes s'étaient déjà entretenus par téléphone le 2 février.",
			[]string{"jean-yves-le-drian", "mohamed-al-menfi"}},
		{"it", "Luigi Di Maio è arrivato martedì a Tripoli con Luciana Lamorgese ed è stato ricevuto da Mohamed al-Menfi.\n\nI due si erano già sentiti al telefono il 2 febbraio.",
			[]string{"luigi-di-maio", "mohamed-al-menfi"}},
		{"es", "Arancha González Laya viajó el lunes a Trípoli, acompañada por el secretario de Estado Pablo Ortega Vidal, y se reunió con Najla Mangoush.\n\nAmbas ministras ya habían hablado por teléfono el 2 de febrero.",
			[]string{"arancha-gonzalez-laya", "najla-mangoush"}},
		{"en", "Heiko Maas, accompanied by the German envoy Klaus Wendtner, met Mohamed al-Menfi in Tripoli on Tuesday.\n\nThe two men had already spoken by phone on 2 February.",
			[]string{"heiko-maas", "mohamed-al-menfi"}},
		{"tr", "Mevlüt Çavuşoğlu, Hulusi Akar ile birlikte salı günü Trablus'ta Muhammed el-Menfi ile görüştü.\n\nİki isim 2 Şubat'ta telefonda da görüşmüştü.",
			[]string{"mevlut-cavusoglu", "mohamed-al-menfi"}},
		{"de", "Heiko Maas reiste am Dienstag in Begleitung von Annegret Kramp-Karrenbauer nach Tripolis und traf dort Mohamed al-Menfi.\n\nDie beiden Männer hatten bereits am 2. Februar miteinander telefoniert.",
			[]string{"heiko-maas", "mohamed-al-menfi"}},
		{"ru", "Сергей Лавров вместе с Сергеем Шойгу во вторник встретился в Москве с Халифой Хафтаром.\n\nОба политика уже провели телефонный разговор 2 февраля.",
			[]string{"sergey-lavrov", "khalifa-haftar"}},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		var calls [][]string
		for _, m := range f.Meetings {
			if m.Mode == "call" {
				calls = append(calls, participants(m))
			}
		}
		if len(calls) != 1 || !sameParts(calls[0], c.want) {
			t.Errorf("%s %q: calls %v, want %v", c.lang, c.text, calls, c.want)
		}
	}
}

// TestTwoOfThemKeepADifferentPair: when the last event's first two are of
// different countries, "the two" stays that pair.
func TestTwoOfThemKeepADifferentPair(t *testing.T) {
	x := shipped(t)
	f := factsOf(t, x, "en", "Title\n\nHeiko Maas met Mohamed al-Menfi in Tripoli on Tuesday.\n\nThe two men had already spoken by phone on 2 February.")
	if !meetingWithAll(allParts(f), []string{"heiko-maas", "mohamed-al-menfi"}) || len(allParts(f)) != 2 {
		t.Errorf("meetings %v", allParts(f))
	}
}
