package extract

import (
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
