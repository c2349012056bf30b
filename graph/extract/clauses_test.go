package extract

import (
	"strings"
	"testing"
)

// TestClauseMarks: a semicolon or a dash closes a clause inside a
// sentence. The actors, place and status of one clause stay with its own
// trigger: "he will see Sarraj in Tripoli; a meeting with Haftar in
// Benghazi was cancelled" is two events, and a headline's "X phones Y –
// Z travels to W" joins nobody of one half to the other.
func TestClauseMarks(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string // mode status place participants, one per event
	}{
		{"it", "Luigi Di Maio vedrà Fayez al-Sarraj a Tripoli; un incontro con Khalifa Haftar a Bengasi è stato annullato.",
			[]string{"in_person planned tripoli luigi-di-maio,fayez-al-sarraj", "in_person cancelled benghazi luigi-di-maio,khalifa-haftar"}},
		{"en", "Luigi Di Maio will meet Fayez al-Sarraj in Tripoli; a meeting with Khalifa Haftar in Benghazi has been cancelled.",
			[]string{"in_person planned tripoli luigi-di-maio,fayez-al-sarraj", "in_person cancelled benghazi luigi-di-maio,khalifa-haftar"}},
		{"de", "Merkel telefoniert mit dem Präsidenten – Maas reist nach Bengasi", nil},
	}
	for _, c := range cases {
		got := summaries(factsOf(t, x, c.lang, c.text))
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s %q:\n got %q\nwant %q", c.lang, c.text, got, c.want)
		}
	}
}

// TestPlaceOfItsClause: a place before a semicolon or dash is not the
// place of the event after it.
func TestPlaceOfItsClause(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"de", "Salamé in Berlin – Treffen mit Luigi Di Maio in Rom abgesagt", "rome"},
		{"en", "Ghassan Salamé in Berlin – meeting with Luigi Di Maio in Rome cancelled", "rome"},
		{"fr", "Ghassan Salamé à Berlin ; sa rencontre avec Luigi Di Maio à Rome est annulée", "rome"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != c.want {
			t.Errorf("%s %q: %v, want one meeting in %s", c.lang, c.text, summaries(f), c.want)
		}
	}
}

// TestMeetingNounAfterTheEvent: a meeting noun after the sentence's event,
// with no partner of its own ("to prepare a meeting of Libya's
// neighbours"), is another meeting whose people the text does not give:
// it borrows neither the sentence's subject nor the previous sentence's.
func TestMeetingNounAfterTheEvent(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"fr", "Abdelmadjid Tebboune a parlé.\n\nSabri Boukadoum recevra Sameh Choukri pour préparer une réunion des pays voisins de la Libye.", "in_person planned  sabri-boukadoum,sameh-shoukry"},
		{"en", "Abdelmadjid Tebboune spoke.\n\nSabri Boukadoum will receive Sameh Shoukry to prepare a meeting of the neighbours of Libya.", "in_person planned  sabri-boukadoum,sameh-shoukry"},
		{"es", "Abdelmadjid Tebboune habló.\n\nSabri Boukadoum recibirá a Sameh Shoukry para preparar una reunión de los vecinos de Libia.", "in_person planned  sabri-boukadoum,sameh-shoukry"},
	}
	wantOneEvent(t, x, cases)
}

// TestSubordinateClauseAfterTrigger: a clause introduced after the trigger
// by a complementizer or relative "that" keeps its actors and its tense:
// "the conference that Germany will host" makes the call neither planned
// nor Germany's.
func TestSubordinateClauseAfterTrigger(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"en", "Mike Pompeo spoke by telephone with Sergey Lavrov about the conference that Germany will host in Berlin.", "call held  mike-pompeo,sergey-lavrov"},
		{"it", "António Guterres ha parlato al telefono con Fayez al-Sarraj, dopo che Aguila Saleh aveva annunciato una tregua.", "call held  antonio-guterres,fayez-al-sarraj"},
		{"fr", "Jean-Yves Le Drian s'est entretenu par téléphone avec Fayez al-Sarraj de la conférence que l'Allemagne organisera.", "call held  jean-yves-le-drian,fayez-al-sarraj"},
	}
	wantOneEvent(t, x, cases)
}

// TestCommaNewSubject: a comma followed by a new subject and its trigger
// opens a clause of its own ("X receives Y, Z cancels the visit"); a list
// of names after a comma ("met Haftar, Saleh and Sarraj during the
// visit") does not.
func TestCommaNewSubject(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"it", "Conte riceve Haftar a Palazzo Chigi, Sarraj annulla la visita a Roma",
			[]string{"in_person held rome giuseppe-conte,khalifa-haftar", "visit cancelled rome giuseppe-conte,fayez-al-sarraj"}},
		{"en", "Giuseppe Conte receives Khalifa Haftar in Rome, Sarraj cancels his visit",
			[]string{"in_person held rome giuseppe-conte,khalifa-haftar", "visit cancelled rome giuseppe-conte,fayez-al-sarraj"}},
		{"en", "Heiko Maas met Khalifa Haftar, Aguila Saleh and Fayez al-Sarraj during his visit to Libya.",
			[]string{"visit held libya heiko-maas,khalifa-haftar,aguila-saleh-issa,fayez-al-sarraj"}},
	}
	for _, c := range cases {
		got := summaries(factsOf(t, x, c.lang, c.text))
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s %q:\n got %q\nwant %q", c.lang, c.text, got, c.want)
		}
	}
}

// TestTwoPlacesOneTrigger: one meeting verb with partners in two places
// is one meeting per place, whether the place comes before the partner
// (Italian "a Tripoli Sarraj") or after ("Sarraj in Tripoli").
func TestTwoPlacesOneTrigger(t *testing.T) {
	x := shipped(t)
	want := []string{"in_person held tripoli luigi-di-maio,fayez-al-sarraj", "in_person held benghazi luigi-di-maio,khalifa-haftar"}
	cases := []struct{ lang, text string }{
		{"it", "Luigi Di Maio ha incontrato in mattinata a Tripoli Fayez al-Sarraj e, nel pomeriggio, a Bengasi Khalifa Haftar."},
		{"en", "Luigi Di Maio met Fayez al-Sarraj in Tripoli in the morning and Khalifa Haftar in Benghazi in the afternoon."},
		{"es", "Luigi Di Maio se reunió con Fayez al-Sarraj en Trípoli por la mañana y con Khalifa Haftar en Bengasi por la tarde."},
	}
	for _, c := range cases {
		if got := summaries(factsOf(t, x, c.lang, c.text)); strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s %q:\n got %q\nwant %q", c.lang, c.text, got, want)
		}
	}
}
