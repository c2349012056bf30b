package extract

import (
	"reflect"
	"testing"
)

// TestConferenceHost: a host verb whose object is a conference names the
// host alone; the sentences after it that list who attended ("Around the
// table were", "ont participé", "Participaron", "وشارك في") are the
// host's guests, one meeting of them all.
func TestConferenceHost(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text, place string
		parts             []string
	}{
		{"en", "Heiko Maas hosted the conference in Berlin on 5 March. Around the table were Fayez al-Sarraj, Mevlüt Çavuşoğlu and Sameh Shoukry.",
			"berlin", []string{"heiko-maas", "fayez-al-sarraj", "mevlut-cavusoglu", "sameh-shoukry"}},
		{"en", "Heiko Maas hosted the summit in Berlin on 5 March. Fayez al-Sarraj and Sameh Shoukry also attended.",
			"berlin", []string{"heiko-maas", "fayez-al-sarraj", "sameh-shoukry"}},
		{"fr", "Jean-Yves Le Drian a accueilli la conférence à Paris le 5 mars. Fayez al-Sarraj et Sameh Choukri y ont participé.",
			"paris", []string{"jean-yves-le-drian", "fayez-al-sarraj", "sameh-shoukry"}},
		{"es", "Luigi Di Maio acogió la conferencia en Roma el 5 de marzo. Asistieron Fayez al-Sarraj y Sameh Shoukry.",
			"rome", []string{"luigi-di-maio", "fayez-al-sarraj", "sameh-shoukry"}},
		{"it", "Luigi Di Maio ha ospitato la conferenza a Roma il 5 marzo. Hanno partecipato Fayez al-Sarraj e Sameh Shoukry.",
			"rome", []string{"luigi-di-maio", "fayez-al-sarraj", "sameh-shoukry"}},
		{"ar", "استضاف وزير الخارجية الإيطالي لويجي دي مايو المؤتمر في روما يوم 5 مارس. وشارك في المؤتمر فايز السراج وسامح شكري.",
			"rome", []string{"luigi-di-maio", "fayez-al-sarraj", "sameh-shoukry"}},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != c.place || f.Meetings[0].Date.Month != 3 || f.Meetings[0].Date.Day != 5 || !reflect.DeepEqual(participants(f.Meetings[0]), c.parts) {
			t.Errorf("%s %q: %+v, want one meeting of %v at %s on 5 March", c.lang, c.text, f.Meetings, c.parts, c.place)
		}
	}
}

// TestSidelineTakesGathering: a meeting on the sidelines of a gathering told
// before ("on the sidelines", "am Rande", "en marge", "a margine", "al
// margen", "على هامش", "на полях") is held where and when the gathering
// was, not where a topic of the talks lies nor on a date said in passing.
func TestSidelineTakesGathering(t *testing.T) {
	x := shipped(t)
	lead := map[string]string{
		"en": "Heiko Maas met Fayez al-Sarraj, Mevlüt Çavuşoğlu and Sameh Shoukry in Berlin on 5 March. ",
		"de": "Heiko Maas traf am 5. März in Berlin Fayez al-Sarraj, Mevlüt Çavuşoğlu und Sameh Schukri. ",
		"fr": "Heiko Maas a rencontré Fayez al-Sarraj, Mevlüt Çavuşoğlu et Sameh Choukri à Berlin le 5 mars. ",
		"it": "Heiko Maas ha incontrato Fayez al-Sarraj, Mevlüt Çavuşoğlu e Sameh Shoukry a Berlino il 5 marzo. ",
		"es": "Heiko Maas se reunió con Fayez al-Sarraj, Mevlüt Çavuşoğlu y Sameh Shoukry en Berlín el 5 de marzo. ",
		"ar": "التقى هايكو ماس فايز السراج ومولود تشاووش أوغلو وسامح شكري في برلين يوم 5 مارس. ",
		"ru": "Хайко Маас встретился с Фаизом Сарраджем, Мевлютом Чавушоглу и Самехом Шукри в Берлине 5 марта. ",
	}
	cases := []struct{ lang, text string }{
		{"en", "On the sidelines, Çavuşoğlu held talks with Shoukry about the port of Tripoli."},
		{"de", "Am Rande traf Çavuşoğlu Schukri zu einem Gespräch über den Hafen von Tripolis."},
		{"fr", "En marge de la réunion, Mevlüt Çavuşoğlu s'est entretenu avec Sameh Choukri du port de Tripoli."},
		{"it", "A margine dell'incontro Çavuşoğlu ha avuto un colloquio con Shoukry sul porto di Tripoli."},
		{"es", "Al margen de la reunión, Çavuşoğlu se reunió con Shoukry para hablar del puerto de Trípoli."},
		{"ar", "وعلى هامش الاجتماع، التقى تشاووش أوغلو شكري."},
		{"ru", "На полях встречи Чавушоглу провел переговоры с Шукри."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, lead[c.lang]+c.text)
		ok := false
		for _, m := range f.Meetings {
			if reflect.DeepEqual(participants(m), []string{"mevlut-cavusoglu", "sameh-shoukry"}) && m.Place == "berlin" && m.Date.Month == 3 && m.Date.Day == 5 {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%s %q: %+v, want Çavuşoğlu and Shoukry in Berlin on 5 March", c.lang, c.text, f.Meetings)
		}
	}
}

// TestConferenceBackdrop: a conference named only as the time of
// something else ("on the eve of the Rome summit", "à la veille du
// sommet", "alla vigilia del vertice", "en vísperas de la cumbre") is no
// meeting, not even of a pair the sentence names; the meeting the
// sentence tells by its verb stays.
func TestConferenceBackdrop(t *testing.T) {
	x := shipped(t)
	none := []struct{ lang, text string }{
		{"en", "Tension between Khalifa Haftar and the Government of National Accord rose on the eve of the Rome summit in March."},
		{"fr", "La tension entre Khalifa Haftar et le Gouvernement d'union nationale a monté à la veille du sommet de Rome en mars."},
		{"it", "La tensione tra Khalifa Haftar e il Governo di accordo nazionale è salita alla vigilia del vertice di Roma di marzo."},
		{"es", "La tensión entre Jalifa Haftar y el Gobierno de Acuerdo Nacional creció en vísperas de la cumbre de Roma en marzo."},
	}
	for _, c := range none {
		if f := factsOf(t, x, c.lang, c.text); len(f.Meetings) != 0 {
			t.Errorf("%s %q: %+v, want no meeting", c.lang, c.text, f.Meetings)
		}
	}
	// the verb's own meeting is kept
	f := factsOf(t, x, "en", "On the eve of the Rome summit, Heiko Maas met Fayez al-Sarraj in Tripoli.")
	if len(f.Meetings) != 1 || !reflect.DeepEqual(participants(f.Meetings[0]), []string{"heiko-maas", "fayez-al-sarraj"}) {
		t.Errorf("eve of the summit: %+v, want Maas's meeting with Sarraj", f.Meetings)
	}
}
