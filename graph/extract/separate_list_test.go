package extract

import (
	"slices"
	"testing"
)

// TestSeparatePartnersPastCommas: the partners of "separately" may be
// listed with commas ("X, Y and Z") or each given a title in apposition
// ("the head of the government, Fayez al-Sarraj, then the field
// marshal"); each is met apart, and the partners are never joined.
func TestSeparatePartnersPastCommas(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"fr", "Mardi, à Berlin, Heiko Maas a reçu tour à tour le président du Parlement, Aguila Saleh, puis le maréchal Khalifa Haftar."},
		{"en", "On Tuesday in Berlin, Heiko Maas received separately the parliament speaker, Aguila Saleh, then Field Marshal Khalifa Haftar."},
		{"it", "Martedì a Berlino Heiko Maas ha ricevuto separatamente il presidente del Parlamento, Aguila Saleh, e poi il maresciallo Khalifa Haftar."},
		{"es", "El martes, en Berlín, Heiko Maas recibió por separado a Aguila Saleh, a Fayez al Sarraj y al mariscal Jalifa Haftar."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		parts := allParts(f)
		if len(parts) < 2 {
			t.Errorf("%s %q: meetings %v, want one per partner", c.lang, c.text, parts)
			continue
		}
		for _, p := range parts {
			if !slices.Contains(p, "heiko-maas") || slices.Contains(p, "aguila-saleh-issa") && slices.Contains(p, "khalifa-haftar") {
				t.Errorf("%s %q: meeting %v, want Maas with one partner at a time", c.lang, c.text, p)
			}
		}
	}
}

// TestSemicolonEndsEventClause: a semicolon after the trigger opens a
// clause of its own, whose names are not the meeting's ("Sarraj was not
// there"), unless it goes on with a list of names in apposition.
func TestSemicolonEndsEventClause(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Heiko Maas met Khalifa Haftar in Berlin; Fayez al-Sarraj was not there."},
		{"fr", "Heiko Maas a rencontré Khalifa Haftar à Berlin ; Fayez al-Sarraj était absent."},
		{"es", "Heiko Maas se reunió con Jalifa Haftar en Berlín; Fayez al Sarraj no estuvo presente."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if !onlyMeetingOf(f, []string{"heiko-maas", "khalifa-haftar"}) {
			t.Errorf("%s %q: meetings %v, want Maas with Haftar only", c.lang, c.text, allParts(f))
		}
	}
	f := factsOf(t, x, "en", "Title\n\nHeiko Maas met a delegation in Berlin led by Khalifa Haftar, the field marshal; Aguila Saleh, the speaker; and Abdullah al-Thinni.")
	if len(f.Meetings) == 0 {
		t.Error("semicolon list: no meeting")
	}
	for _, p := range allParts(f) {
		if !slices.Contains(p, "aguila-saleh-issa") {
			t.Errorf("meeting %v, want the semicolon list's Saleh in it", p)
		}
	}
}
