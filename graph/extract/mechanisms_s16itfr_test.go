package extract

import (
	"strings"
	"testing"
)

// TestRomanceTravelVerbForms: Italian and French tell a trip with a verb
// of motion in every tense, gender and number ("è volata a", "era stato
// a … da X", "si erano recati", "s'est rendue", "se rendaient"); the host
// follows as the visit's partner ("da" + person, "chez" + person), as
// with the forms already listed ("si è recato", "s'est rendu").
func TestRomanceTravelVerbForms(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
		place      string
	}{
		{"it", "Il ministro Sergej Lavrov è volato ad Algeri da Abdelmadjid Tebboune per parlare della crisi.", []string{"sergey-lavrov", "abdelmadjid-tebboune"}, "algiers"},
		{"it", "La ministra Najla Mangoush era stata ad Ankara da Mevlüt Çavuşoğlu alla vigilia del vertice.", []string{"najla-mangoush", "mevlut-cavusoglu"}, "ankara"},
		{"it", "Heiko Maas e Jean-Yves Le Drian si erano recati al Cairo da Abdel Fattah al-Sisi.", []string{"heiko-maas", "jean-yves-le-drian", "abdel-fattah-el-sisi"}, "cairo"},
		{"it", "Stephanie Williams si è recata a Tunisi da Kais Saied.", []string{"stephanie-williams", "kais-saied"}, "tunis"},
		{"fr", "Najla Mangoush s'est rendue à Ankara chez Recep Tayyip Erdogan.", []string{"najla-mangoush", "recep-tayyip-erdogan"}, "ankara"},
		{"fr", "Heiko Maas et Luigi Di Maio se sont rendus au Caire chez Abdel Fattah al-Sissi.", []string{"heiko-maas", "luigi-di-maio", "abdel-fattah-el-sisi"}, "cairo"},
		{"fr", "À l'époque, Sergueï Lavrov se rendait souvent à Alger chez Abdelmadjid Tebboune.", []string{"sergey-lavrov", "abdelmadjid-tebboune"}, "algiers"},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-09-01", "Title\n\n"+c.text)
		if !onlyMeetingOf(f, c.want) {
			t.Errorf("%s %q: meetings %v, want %v", c.lang, c.text, allParts(f), c.want)
			continue
		}
		if m := f.Meetings[0]; m.Mode != "visit" || m.Place != c.place {
			t.Errorf("%s %q: %s in %q, want a visit in %q", c.lang, c.text, m.Mode, m.Place, c.place)
		}
	}
}

// TestItalianStayNeedsPlace: "essere stato a" tells a trip only with a
// known place right after it (`visit_stay`): "era stato a Tunisi da
// Saied" is a visit, "è stato a capo", "è stato al centro" are none.
func TestItalianStayNeedsPlace(t *testing.T) {
	x := shipped(t)
	wantAllParts(t, x, "it", "Il ministro Nikos Dendias era stato al Cairo da Sameh Shoukry due settimane prima.", [][]string{{"nikos-dendias", "sameh-shoukry"}})
	wantAllParts(t, x, "it", "Sergej Lavrov è stato al centro delle polemiche con Khalifa Haftar per mesi.", nil)
	wantAllParts(t, x, "it", "Mevlüt Çavuşoğlu è stato a lungo in disaccordo con Aguila Saleh.", nil)
}

// TestWeeksLaterCountsFromTheEventBefore: "two weeks later" counts from
// the day of the event told before it, also in an elliptic second clause
// ("received A on 8 May, then B two weeks later"): fr "deux semaines plus
// tard", it "due settimane dopo", es "dos semanas más tarde".
func TestWeeksLaterCountsFromTheEventBefore(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"fr", "Le ministre Sergueï Lavrov avait reçu Aguila Saleh à Moscou le 3 mars, puis Khaled al-Mishri deux semaines plus tard."},
		{"it", "Il ministro Sergej Lavrov aveva ricevuto Aguila Saleh a Mosca il 3 marzo, poi Khaled al-Mishri due settimane dopo."},
		{"es", "El ministro Serguéi Lavrov recibió a Aguila Saleh en Moscú el 3 de marzo y, dos semanas más tarde, a Khaled al-Mishri."},
		{"en", "Sergey Lavrov received Aguila Saleh in Moscow on 3 March. Two weeks later, he received Khaled al-Mishri."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-09-01", "Title\n\n"+c.text)
		got := map[string]string{}
		for _, m := range f.Meetings {
			for _, p := range participants(m) {
				got[p] = m.Date.String()
			}
		}
		if got["aguila-saleh-issa"] != "2020-03-03" || got["khalid-al-mishri"] != "2020-03-17" {
			t.Errorf("%s %q: dates %v, want Saleh 2020-03-03 and Mishri 2020-03-17", c.lang, c.text, got)
		}
	}
}

// TestLaterStopTakesItsOwnDay: a trip's or round's later stop, joined by
// "and" with a phrase counting days ("e il giorno dopo ad Abu Dhabi da
// X", "et le lendemain à Alger chez Y"), is dated so many days after the
// stop before it, not on the first stop's day.
func TestLaterStopTakesItsOwnDay(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"it", "Il 3 marzo Nikos Dendias aveva visto Sameh Shoukry al Cairo e il giorno dopo Aguila Saleh a Bengasi."},
		{"fr", "Le 3 mars, Nikos Dendias avait vu Sameh Choukri au Caire et le lendemain Aguila Saleh à Benghazi."},
		{"es", "El 3 de marzo Nikos Dendias se reunió con Sameh Shoukry en El Cairo y al día siguiente con Aguila Saleh en Bengasi."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-09-01", "Title\n\n"+c.text)
		got := map[string]string{}
		for _, m := range f.Meetings {
			for _, p := range participants(m) {
				got[p] = m.Date.String() + "@" + m.Place
			}
		}
		if got["sameh-shoukry"] != "2020-03-03@cairo" || got["aguila-saleh-issa"] != "2020-03-04@benghazi" {
			t.Errorf("%s %q: %v, want Shoukry 2020-03-03 in Cairo and Saleh 2020-03-04 in Benghazi", c.lang, c.text, got)
		}
	}
}

// TestAwaitingHostOnArrival: the host who waits for or welcomes a
// traveller on arrival, the traveller an object clitic ("Ad attenderlo
// c'era X", "lo attendeva X", "ad accoglierli, X"), met the traveller
// told before. (French "l'attendait" is left out: listed as a host it
// did not fire, and a bare "attendait" makes "attendait une réponse de
// Moscou" a meeting.)
func TestAwaitingHostOnArrival(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"it", "Il ministro Nikos Dendias è arrivato al Cairo martedì. Ad attenderlo all'aeroporto c'era il collega Sameh Shoukry.", []string{"nikos-dendias", "sameh-shoukry"}},
		{"it", "Il ministro Nikos Dendias è arrivato al Cairo martedì. Nella sede del ministero lo attendeva il collega Sameh Shoukry.", []string{"nikos-dendias", "sameh-shoukry"}},
		{"it", "La ministra Najla Mangoush è arrivata ad Ankara lunedì. Ad accoglierla c'era Mevlüt Çavuşoğlu.", []string{"najla-mangoush", "mevlut-cavusoglu"}},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-09-01", "Title\n\n"+c.text)
		if !meetingWithAll(allParts(f), c.want) {
			t.Errorf("%s %q: meetings %v, want one of %v", c.lang, c.text, allParts(f), c.want)
		}
	}
	// (waiting for an answer is no meeting)
	wantAllParts(t, x, "it", "Il generale Khalifa Haftar attendeva una risposta da Mosca da settimane.", nil)
}

// TestAgentAfterPalaceOf: "reçu au palais de Carthage par le président
// X": the agent word "par" (`agent`) opens the passive's agent, so the
// person after it is no owner of the "palais" (an `unnamed` word) named
// before through "de" (aideOwner), as in "conseiller du président X".
func TestAgentAfterPalaceOf(t *testing.T) {
	x := shipped(t)
	wantAllParts(t, x, "fr", "Le ministre Sameh Choukri a été accueilli au palais de Carthage par le président Kaïs Saïed.", [][]string{{"sameh-shoukry", "kais-saied"}})
	wantAllParts(t, x, "fr", "Nikos Dendias a été reçu au palais de l'Élysée par Emmanuel Macron.", [][]string{{"nikos-dendias", "emmanuel-macron"}})
	// (an aide of the president is still no participant himself)
	wantAllParts(t, x, "fr", "Sameh Choukri a rencontré un conseiller du président Kaïs Saïed.", nil)
}

// TestAndWithADayOfItsOwn: "and" right before a day of its own parts a
// clause's partners in two events, the later one dated by that day
// ("s'est entretenu avec A et, le 23 avril, avec B", "ha sentito A e, il
// 23 aprile, B").
func TestAndWithADayOfItsOwn(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"fr", "Le ministre Nikos Dendias s'est entretenu le 4 mai avec Sameh Choukri et, le 19 mai, avec Aguila Saleh."},
		{"it", "Il ministro Nikos Dendias ha incontrato il 4 maggio Sameh Shoukry e, il 19 maggio, Aguila Saleh."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-09-01", "Title\n\n"+c.text)
		got := map[string]string{}
		for _, m := range f.Meetings {
			got[strings.Join(participants(m), "+")] = m.Date.String()
		}
		if got["nikos-dendias+sameh-shoukry"] != "2020-05-04" || got["nikos-dendias+aguila-saleh-issa"] != "2020-05-19" {
			t.Errorf("%s %q: %v, want Dendias-Shoukry on 2020-05-04 and Dendias-Saleh on 2020-05-19", c.lang, c.text, got)
		}
	}
}

// TestGatheredParticiplePlural: the plural participle of "riunirsi",
// "se réunir" set off after its subjects ("A e B, riuniti ad Ankara per
// …", "A et B, réunies à Alger, …") tells their meeting, as the singular
// forms listed before do.
func TestGatheredParticiplePlural(t *testing.T) {
	x := shipped(t)
	wantAllParts(t, x, "it", "Il 5 marzo Sameh Shoukry e Nikos Dendias, riuniti al Cairo per firmare l'accordo, hanno criticato Ankara.", [][]string{{"sameh-shoukry", "nikos-dendias"}})
	wantAllParts(t, x, "fr", "Najla Mangoush et Stephanie Williams, réunies à Tunis pour préparer le forum, ont plaidé pour des élections.", [][]string{{"najla-mangoush", "stephanie-williams"}})
}

// TestHomeHeadOfState: "le chef de l'État" with no country, in French,
// is the French president when the article names him (`home_titles`),
// though a foreign head of state was named last; with no French holder
// it stays the one named before.
func TestHomeHeadOfState(t *testing.T) {
	x := shipped(t)
	text := "Emmanuel Macron a reçu mardi à l'Élysée le président tunisien Kaïs Saïed.\n\nLe chef de l'État s'était entretenu par téléphone le 2 mars avec Recep Tayyip Erdogan."
	f := factsOn(t, x, "fr", "2020-09-01", "Title\n\n"+text)
	if !meetingWithAll(allParts(f), []string{"emmanuel-macron", "recep-tayyip-erdogan"}) || meetingWithAll(allParts(f), []string{"kais-saied", "recep-tayyip-erdogan"}) {
		t.Errorf("fr %q: meetings %v, want Macron's call with Erdogan", text, allParts(f))
	}
	text = "Kaïs Saïed a reçu mardi à Carthage Sabri Boukadoum.\n\nLe chef de l'État s'était entretenu par téléphone le 2 mars avec Recep Tayyip Erdogan."
	f = factsOn(t, x, "fr", "2020-09-01", "Title\n\n"+text)
	if !meetingWithAll(allParts(f), []string{"kais-saied", "recep-tayyip-erdogan"}) {
		t.Errorf("fr %q: meetings %v, want Saied's call with Erdogan", text, allParts(f))
	}
}
