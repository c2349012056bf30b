package extract

import (
	"reflect"
	"slices"
	"testing"

	"github.com/parley/parley/graph"
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

// TestAttendanceList: a sentence listing three or more people as
// attending ("Around the table sat", "Attorno al tavolo sedevano",
// "Participaron", "nahmen … teil", "приняли участие", "وشارك في"), with
// no meeting told just before it to join, is the gathering itself, on the
// day and at the place the lead gives.
func TestAttendanceList(t *testing.T) {
	x := shipped(t)
	want := []string{"heiko-maas", "jean-yves-le-drian", "luigi-di-maio", "sameh-shoukry"}
	cases := []struct{ lang, text string }{
		{"en", "Embargo pledge\n\nForeign ministers pledged in Berlin on 5 March to respect the arms embargo on Libya.\n\nAround the table sat Heiko Maas, Jean-Yves Le Drian, Luigi Di Maio and Sameh Shoukry."},
		{"it", "Impegno sull'embargo\n\nI ministri degli Esteri si sono impegnati a Berlino il 5 marzo a rispettare l'embargo sulle armi.\n\nAttorno al tavolo sedevano Heiko Maas, Jean-Yves Le Drian, Luigi Di Maio e Sameh Shoukry."},
		{"es", "Compromiso sobre el embargo\n\nLos ministros de Exteriores se comprometieron en Berlín el 5 de marzo a respetar el embargo de armas.\n\nParticiparon Heiko Maas, Jean-Yves Le Drian, Luigi Di Maio y Sameh Shoukry."},
		{"de", "Zusage zum Embargo\n\nDie Außenminister haben sich am 5. März in Berlin verpflichtet, das Waffenembargo einzuhalten.\n\nHeiko Maas, Jean-Yves Le Drian, Luigi Di Maio und Sameh Schukri nahmen an der Konferenz teil."},
		{"fr", "Engagement sur l'embargo\n\nLes ministres des Affaires étrangères se sont engagés à Berlin le 5 mars à respecter l'embargo sur les armes.\n\nHeiko Maas, Jean-Yves Le Drian, Luigi Di Maio et Sameh Choukri ont participé à la conférence."},
		{"ru", "Обязательство по эмбарго\n\nМинистры иностранных дел 5 марта в Берлине обязались соблюдать оружейное эмбарго.\n\nВ конференции приняли участие Хайко Маас, Жан-Ив Ле Дриан, Луиджи Ди Майо и Самех Шукри."},
		{"ar", "تعهد بالحظر\n\nتعهد وزراء الخارجية في برلين يوم 5 مارس باحترام حظر الأسلحة.\n\nوشارك في المؤتمر هايكو ماس وجان إيف لودريان ولويجي دي مايو وسامح شكري."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != "berlin" || f.Meetings[0].Date.Month != 3 || f.Meetings[0].Date.Day != 5 || !reflect.DeepEqual(participants(f.Meetings[0]), want) {
			t.Errorf("%s %q: %+v, want one meeting of %v in Berlin on 5 March", c.lang, c.text, f.Meetings, want)
		}
	}
}

// TestItalianBilaterale: Italian "un bilaterale" is a meeting noun; "il
// premier ha avuto un bilaterale con A e un colloquio con B" is two
// meetings of the subject, one with each, not one of A with B.
func TestItalianBilaterale(t *testing.T) {
	x := shipped(t)
	f := factsOf(t, x, "it", "Vertice a Bruxelles\n\nIl presidente del Consiglio Giuseppe Conte è arrivato a Bruxelles il 5 marzo.\n\nA margine del vertice il premier ha avuto un bilaterale con Kyriakos Mitsotakis e un breve colloquio con Emmanuel Macron.")
	var got [][]string
	for _, m := range f.Meetings {
		got = append(got, participants(m))
	}
	if len(got) != 2 || !slices.ContainsFunc(got, func(p []string) bool { return reflect.DeepEqual(p, []string{"giuseppe-conte", "kyriakos-mitsotakis"}) }) ||
		!slices.ContainsFunc(got, func(p []string) bool { return reflect.DeepEqual(p, []string{"giuseppe-conte", "emmanuel-macron"}) }) {
		t.Errorf("bilaterale: %v, want Conte with Mitsotakis and Conte with Macron", got)
	}
}

// TestToldPhraseNewPartner: a phrase that would point back at talks told
// before ("dopo i colloqui con …") names partners no meeting before holds:
// talks of their own, not the ones told.
func TestToldPhraseNewPartner(t *testing.T) {
	x := shipped(t)
	f := factsOf(t, x, "it", "Vertice\n\nHeiko Maas ha incontrato Fayez al-Sarraj a Berlino il 19 gennaio.\n\nLa sera Maas ha ricevuto Khalifa Haftar, che il 13 gennaio aveva lasciato Mosca dopo i colloqui con Sergej Lavrov e Sergej Shoigu.")
	if !slices.ContainsFunc(f.Meetings, func(m graph.Meeting) bool { return slices.Contains(participants(m), "sergey-lavrov") }) {
		t.Errorf("%+v, want the talks with Lavrov", f.Meetings)
	}
}

// TestAroundOneTable: bringing three or more people "around one table"
// ("autour d'une même table", "an einen Tisch", "en torno a una mesa") is
// their gathering, even when another clause of the sentence denies
// something else ("the photograph never came").
func TestAroundOneTable(t *testing.T) {
	x := shipped(t)
	want := []string{"angela-merkel", "vladimir-putin", "emmanuel-macron", "giuseppe-conte"}
	cases := []struct{ lang, text string }{
		{"en", "A year on\n\nWhen Angela Merkel brought Vladimir Putin, Emmanuel Macron and Giuseppe Conte around one table in Berlin on 5 March, the deal everyone hoped for never came."},
		{"fr", "Un an après\n\nQuand Angela Merkel a réuni Vladimir Poutine, Emmanuel Macron et Giuseppe Conte autour d'une même table à Berlin le 5 mars, l'accord espéré n'est jamais venu."},
		{"es", "Un año después\n\nCuando Angela Merkel sentó a Vladímir Putin, Emmanuel Macron y Giuseppe Conte en torno a una mesa en Berlín el 5 de marzo, el acuerdo esperado nunca llegó."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != "berlin" || f.Meetings[0].Date.Day != 5 || !reflect.DeepEqual(participants(f.Meetings[0]), want) {
			t.Errorf("%s %q: %+v, want one meeting of %v in Berlin on 5 March", c.lang, c.text, f.Meetings, want)
		}
	}
}
