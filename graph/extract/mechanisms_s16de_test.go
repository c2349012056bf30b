package extract

import (
	"slices"
	"testing"

	"github.com/parley/parley/graph"
)

// onlyVisitIn tells whether f holds a single meeting, a visit of want
// held in place.
func onlyVisitIn(f graph.Facts, want []string, place string) bool {
	return onlyMeetingOf(f, want) && f.Meetings[0].Mode == "visit" && f.Meetings[0].Place == place
}

// onlyMeetingIn tells whether f holds a single meeting, of want, held in
// place.
func onlyMeetingIn(f graph.Facts, want []string, place string) bool {
	return onlyMeetingOf(f, want) && f.Meetings[0].Place == place
}

// TestTravelParticipleIsAVisit: German tells a past trip in the perfect
// or pluperfect, its participle at the clause's end ("war nach Tunis
// gereist", "ist nach Bengasi geflogen", "war aus Rom angereist"), often
// with a purpose clause naming whom the traveller went to see ("um mit
// X zu sprechen"). The participle is a visit trigger as the simple past
// "reiste" is; the other languages put the participle right after the
// auxiliary and already read it.
func TestTravelParticipleIsAVisit(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text, place string
		want              []string
	}{
		{"de", "Außenminister Heiko Maas war am Montag nach Tunis gereist, um mit Präsident Kais Saied über die Lage an der Grenze zu sprechen.", "tunis", []string{"heiko-maas", "kais-saied"}},
		{"de", "Luigi Di Maio ist am Mittwoch überraschend nach Bengasi geflogen, um dort Chalifa Haftar zu treffen.", "benghazi", []string{"luigi-di-maio", "khalifa-haftar"}},
		{"de", "Für das Gespräch mit Chalifa Haftar war Nikos Dendias eigens nach Bengasi angereist.", "benghazi", []string{"nikos-dendias", "khalifa-haftar"}},
		{"en", "Foreign Minister Heiko Maas had travelled to Tunis on Monday to talk with President Kais Saied about the border.", "tunis", []string{"heiko-maas", "kais-saied"}},
		{"fr", "Le ministre Heiko Maas s'était rendu lundi à Tunis pour s'entretenir avec le président Kais Saied de la frontière.", "tunis", []string{"heiko-maas", "kais-saied"}},
		{"it", "Luigi Di Maio si è recato mercoledì a Bengasi per incontrare Khalifa Haftar.", "benghazi", []string{"luigi-di-maio", "khalifa-haftar"}},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-10-20", "Title\n\n"+c.text)
		// (the mode is German's concern here: "s'était rendu … pour
		// s'entretenir" is read as talks in Tunis)
		if c.lang == "de" && !onlyVisitIn(f, c.want, c.place) || !onlyMeetingIn(f, c.want, c.place) {
			t.Errorf("%s %q: meetings %+v, want only a visit of %v in %s", c.lang, c.text, f.Meetings, c.want, c.place)
		}
	}
}

// TestTripWithoutMeetingEachOther: "ohne einander zu begegnen" ("without
// meeting each other") denies a meeting of the two who travelled.
func TestTripWithoutMeetingEachOther(t *testing.T) {
	x := shipped(t)
	for _, text := range []string{
		"Fajis al-Sarradsch und Chalifa Haftar waren im Januar nach Moskau gereist, ohne einander zu begegnen.",
		"Sarradsch und Haftar hielten sich am selben Tag in Paris auf, ohne sich zu treffen.",
	} {
		if f := factsOn(t, x, "de", "2020-02-01", "Title\n\n"+text); len(f.Meetings) != 0 {
			t.Errorf("de %q: meetings %v, want none", text, allParts(f))
		}
	}
}

// TestPlacesAfterBetweenAreNoVenue: two capitals after a `between` word
// ("das Abkommen zwischen Ankara und Tripolis", "the accord between Rome
// and Tripoli") stand for the states a deal or a dispute binds, never for
// where the meeting that speaks of it is held, nor, after a noun that is
// no meeting word, for parties to it.
func TestPlacesAfterBetweenAreNoVenue(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text, place string
		want              []string
	}{
		{"de", "Weniger ruhig verlief der Tag in Athen. Dorthin war Heiko Maas am Dienstag gereist, um mit Nikos Dendias über den Streit zwischen Ankara und Athen zu sprechen.", "athens", []string{"heiko-maas", "nikos-dendias"}},
		{"de", "Heiko Maas traf am Dienstag Nikos Dendias, um über das Seeabkommen zwischen Ankara und Tripolis zu beraten.", "", []string{"heiko-maas", "nikos-dendias"}},
		{"en", "Luigi Di Maio met Khalifa Haftar on Tuesday to discuss the migration pact between Rome and Tripoli.", "", []string{"luigi-di-maio", "khalifa-haftar"}},
		{"it", "Luigi Di Maio ha incontrato martedì Khalifa Haftar per discutere dell'accordo tra Roma e Tripoli.", "", []string{"luigi-di-maio", "khalifa-haftar"}},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-08-28", "Title\n\n"+c.text)
		if !onlyMeetingIn(f, c.want, c.place) {
			t.Errorf("%s %q: meetings %+v, want only one of %v held in %q", c.lang, c.text, f.Meetings, c.want, c.place)
		}
	}
}

// TestTravelToPersonIsTheVisited: "zu" + a person after a verb of travel
// is whom the traveller went to see, before the destination ("reiste zu
// Putin nach Moskau") or before a participle at the clause's end ("war
// zu Erdoğan gereist"), not a topic as "sich zu Putin äußern" is. A bare
// "flog" is a trip as "reiste" is ("flog am Dienstag nach Bengasi").
func TestTravelToPersonIsTheVisited(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		text, place string
		want        []string
	}{
		{"Am Freitag war Kanzlerin Angela Merkel zu Wladimir Putin nach Sotschi gereist.", "sochi", []string{"angela-merkel", "vladimir-putin"}},
		{"Angela Merkel reiste am Samstag zu Recep Tayyip Erdoğan nach Istanbul.", "istanbul", []string{"angela-merkel", "recep-tayyip-erdogan"}},
		{"Heiko Maas flog am Dienstag überraschend nach Bengasi, um mit Chalifa Haftar über die Waffenruhe zu sprechen.", "benghazi", []string{"heiko-maas", "khalifa-haftar"}},
	}
	for _, c := range cases {
		f := factsOn(t, x, "de", "2020-01-20", "Title\n\n"+c.text)
		if !onlyVisitIn(f, c.want, c.place) {
			t.Errorf("de %q: meetings %+v, want only a visit of %v in %s", c.text, f.Meetings, c.want, c.place)
		}
	}
	if f := factsOn(t, x, "de", "2020-01-20", "Title\n\nAngela Merkel äußerte sich am Samstag in Berlin zu Wladimir Putin."); len(f.Meetings) != 0 {
		t.Errorf("de: a topic after zu makes meetings %v", allParts(f))
	}
}

// TestOnwardTripTakesNoOneAlong: "flog der Minister weiter nach Ankara"
// names its traveller after the verb, by title: the one who spoke last
// in Athens stays there, no partner of the trip.
func TestOnwardTripTakesNoOneAlong(t *testing.T) {
	x := shipped(t)
	text := "Heiko Maas traf am Dienstag in Athen seinen Amtskollegen Nikos Dendias. Dendias sagte danach, Athen sei zu Gesprächen bereit. Am Abend flog der Minister weiter nach Ankara."
	f := factsOn(t, x, "de", "2020-08-26", "Title\n\n"+text)
	for _, m := range f.Meetings {
		if m.Place == "ankara" && slices.Contains(participants(m), "nikos-dendias") {
			t.Errorf("de %q: Dendias goes to Ankara: %v", text, allParts(f))
		}
	}
}

// TestNameInRelativeClauseIsNoSubject: a name inside a relative clause
// after a comma ("in die Emirate, die als Unterstützer Haftars gelten")
// is no subject of its sentence: the pronoun of the next one ("will er")
// is still the traveller.
func TestNameInRelativeClauseIsNoSubject(t *testing.T) {
	x := shipped(t)
	text := "Heiko Maas traf am Montag in Tripolis Fajis al-Sarradsch. Am Abend flog Maas weiter nach Kairo, das als wichtigster Verbündeter von Chalifa Haftar gilt. Dort will er am Dienstag mit Außenminister Sameh Schukri zusammenkommen."
	f := factsOn(t, x, "de", "2020-08-17", "Title\n\n"+text)
	if !slices.ContainsFunc(allParts(f), func(ps []string) bool { return sameParts(ps, []string{"heiko-maas", "sameh-shoukry"}) }) {
		t.Errorf("de %q: meetings %v, want one of Maas with Shoukry", text, allParts(f))
	}
	for _, ps := range allParts(f) {
		if slices.Contains(ps, "khalifa-haftar") {
			t.Errorf("de %q: Haftar takes part: %v", text, allParts(f))
		}
	}
}

// TestPronounSubjectWithTwoPartners: a personal pronoun beside the verb
// ("traf er", "er traf", "he met", "il a rencontré", "он встретился")
// stands for the one the sentence before was about, who meets every
// partner the verb names after it: with two partners he is not left out,
// and the two are not made to meet each other alone. A pronoun that is
// the subject of another verb ("Er sagte, X und Y hätten sich getroffen")
// or of a meeting noun's sentence ("Er lobte das Treffen zwischen X und
// Y") adds no one.
func TestPronounSubjectWithTwoPartners(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"de", "Außenminister Heiko Maas ist zu Besuch in Libyen. In Tripolis traf er am Montag Ministerpräsident Fajis al-Sarradsch sowie Außenminister Mohamed Siala.", []string{"heiko-maas", "fayez-al-sarraj", "mohamed-taha-siala"}},
		{"de", "Heiko Maas reiste am Montag nach Kairo. Er traf dort Sameh Schukri und den Generalsekretär der Arabischen Liga, Ahmed Abul Gheit.", []string{"heiko-maas", "sameh-shoukry", "ahmed-aboul-gheit"}},
		{"en", "Foreign Minister Heiko Maas is on a tour of Libya. In Tripoli he met Prime Minister Fayez al-Sarraj and Foreign Minister Mohamed Siala on Monday.", []string{"heiko-maas", "fayez-al-sarraj", "mohamed-taha-siala"}},
		{"fr", "Le ministre Heiko Maas est en visite en Libye. À Tripoli, il a rencontré lundi Fayez al-Sarraj et Mohamed Siala.", []string{"heiko-maas", "fayez-al-sarraj", "mohamed-taha-siala"}},
		{"ru", "Министр Хайко Маас находится с визитом в Ливии. В Триполи он встретился в понедельник с Фаизом Сараджем и Мохаммедом Сиялой.", []string{"heiko-maas", "fayez-al-sarraj", "mohamed-taha-siala"}},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-06-20", "Title\n\n"+c.text)
		if !meetingWithAll(allParts(f), c.want) {
			t.Errorf("%s %q: meetings %v, want one of %v", c.lang, c.text, allParts(f), c.want)
		}
	}
	for _, text := range []string{
		"Heiko Maas ist in Berlin. Er sagte am Montag, Fajis al-Sarradsch und Chalifa Haftar hätten sich in Kairo getroffen.",
		"Heiko Maas ist in Berlin. Er lobte am Montag das Treffen zwischen Fajis al-Sarradsch und Chalifa Haftar in Kairo.",
	} {
		f := factsOn(t, x, "de", "2020-06-20", "Title\n\n"+text)
		for _, ps := range allParts(f) {
			if slices.Contains(ps, "heiko-maas") {
				t.Errorf("de %q: Maas takes part: %v", text, allParts(f))
			}
		}
	}
}

// TestRelativeClauseNamingNoOneIsNoMeeting: a meeting word in a relative
// clause that names no one of its own ("Baschagha, der sich zu
// Gesprächen in Ankara aufhielt", "who was in Ankara for talks") tells
// what the antecedent was doing: no meeting of his with the subject of
// the clause before, whose own call stands alone.
func TestRelativeClauseNamingNoOneIsNoMeeting(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"de", "Die UN-Vermittlerin Stephanie Williams ist in Tripolis. Am Abend telefonierte sie mit Innenminister Fathi Baschagha, der sich zu Gesprächen in Kairo aufhielt."},
		{"en", "UN envoy Stephanie Williams is in Tripoli. In the evening she called Interior Minister Fathi Bashagha, who was in Cairo for talks."},
		{"ru", "Спецпосланник Стефани Уильямс находится в Триполи. Вечером она позвонила министру Фатхи Башаге, который находился в Каире на переговорах."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-09-20", "Title\n\n"+c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Mode != "call" || !sameParts(participants(f.Meetings[0]), []string{"stephanie-williams", "fathi-bashagha"}) {
			t.Errorf("%s %q: meetings %+v, want only the call of Williams with Bashagha", c.lang, c.text, f.Meetings)
		}
	}
}

// TestSeparableVerbBeforeCoordinatedVerb: a separable verb's particle
// ("kam … zusammen", "rief … an") or a verb-final clause's verb ("als X
// mit Y zusammentraf") may be followed by "und" and the next verb of the
// same subject instead of a mark: the clause still closes there.
func TestSeparableVerbBeforeCoordinatedVerb(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		text string
		want []string
	}{
		{"Heiko Maas kam am Montag in Rom mit Luigi Di Maio zusammen und warb für eine europäische Marinemission.", []string{"heiko-maas", "luigi-di-maio"}},
		{"Angela Merkel rief am Montag Recep Tayyip Erdoğan an und bat um Zurückhaltung.", []string{"angela-merkel", "recep-tayyip-erdogan"}},
		{"Im Frühjahr, als Ghassan Salamé in Genf mit Josep Borrell zusammentraf und um europäische Hilfe bat, schien eine Einigung nah.", []string{"ghassan-salame", "josep-borrell"}},
	}
	for _, c := range cases {
		f := factsOn(t, x, "de", "2020-06-20", "Title\n\n"+c.text)
		if !onlyMeetingOf(f, c.want) {
			t.Errorf("de %q: meetings %v, want only %v", c.text, allParts(f), c.want)
		}
	}
}

// TestFrontedMeetingPhraseAfterDateline: a lead that opens, after its
// dateline, with a fronted meeting phrase ("Berlin – Bei einem Treffen
// mit X forderte Y …", "In einem Telefonat mit X sagte Y …") puts the
// subject after the verb: Y met X and is the speaker.
func TestFrontedMeetingPhraseAfterDateline(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		text, speaker string
		want          []string
	}{
		{"Kairo – Bei einem Treffen mit Sameh Schukri forderte Heiko Maas am Mittwoch einen sofortigen Waffenstillstand.", "heiko-maas", []string{"heiko-maas", "sameh-shoukry"}},
		{"Berlin – In einem Telefonat mit Sergej Lawrow sagte Angela Merkel am Freitag, die Söldner müssten abziehen.", "angela-merkel", []string{"angela-merkel", "sergey-lavrov"}},
	}
	for _, c := range cases {
		f := factsOn(t, x, "de", "2020-06-20", "Title\n\n"+c.text)
		if !onlyMeetingOf(f, c.want) {
			t.Errorf("de %q: meetings %v, want only %v", c.text, allParts(f), c.want)
		}
		if got := speakers(f); len(got) != 1 || got[0] != c.speaker {
			t.Errorf("de %q: speakers %v, want %s", c.text, got, c.speaker)
		}
	}
}

// TestFrontedPartnerBeforeAuxiliaryAndPronoun: German may front the
// partner and put the pronoun subject right after the auxiliary, the
// participle last ("Mit Sisi war er schon im Januar zusammengetroffen",
// "Haftar hatte ihn zuvor empfangen"): the pronoun is the one the
// sentence before was about.
func TestFrontedPartnerBeforeAuxiliaryAndPronoun(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Heiko Maas ist in Kairo. Mit Abdel Fattah al-Sisi war er schon im Januar zusammengetroffen.", []string{"heiko-maas", "abdel-fattah-el-sisi"}},
		{"Heiko Maas ist in Kairo. Mit Mevlüt Çavuşoğlu hatte er bereits am Montag telefoniert.", []string{"heiko-maas", "mevlut-cavusoglu"}},
		{"Heiko Maas ist in Libyen. Chalifa Haftar hatte ihn zuvor in Bengasi empfangen.", []string{"heiko-maas", "khalifa-haftar"}},
	} {
		f := factsOn(t, x, "de", "2020-06-20", "Title\n\n"+c.text)
		if !onlyMeetingOf(f, c.want) {
			t.Errorf("de %q: meetings %v, want only %v", c.text, allParts(f), c.want)
		}
	}
}
