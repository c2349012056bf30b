package extract

import "testing"

// TestStateInsideExpertTitle: a state that opens an expert's title
// ("die Libyen-Expertin", "der Türkei-Kenner", "Libya analyst") after an
// inverted speech verb only qualifies the title; the person named after
// it speaks, not the state.
func TestStateInsideExpertTitle(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"de", "Außenminister Heiko Maas traf am Montag Fayez al-Sarradsch in Berlin. „Die Waffenruhe ist brüchig, aber sie hält“, sagt die Libyen-Expertin Anna Berger.", "Waffenruhe ist brüchig", "x-anna-berger"},
		{"de", "Heiko Maas traf Fayez al-Sarradsch am Montag in Berlin. „Ankara will bleiben“, sagte der Türkei-Kenner Markus Brandt.", "Ankara will bleiben", "x-markus-brandt"},
		{"en", "Heiko Maas met Fayez al-Sarraj in Berlin on Monday. \"The truce is fragile but it holds,\" said Libya analyst Tarek Halloum.", "truce is fragile", "x-tarek-halloum"},
	})
}
