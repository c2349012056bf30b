package extract

import (
	"testing"

	"github.com/parley/parley/graph"
)

// TestCueOpeningTheTriggersClause: a planned cue that opens the clause of
// a meeting verb governed through a chain of infinitives or a "where"
// clause ("is expected to travel to Algiers next week to meet …",
// "dovrebbe sentire … al telefono …", "حيث من المقرر أن يلتقي …") plans the
// meeting even when no trigger comes before it in the sentence; a cue that
// a comma sets off before the clause ("Expected in Rome at the end of the
// month, X met Y on March 7") is not the meeting's.
func TestCueOpeningTheTriggersClause(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"en", "Egypt's Foreign Minister Sameh Shoukry is expected to travel to Algiers next week to meet his Algerian counterpart, Sabri Boukadoum, and discuss border security, an Egyptian official said.", []string{"sameh-shoukry", "sabri-boukadoum"}},
		{"it", "Secondo fonti di Palazzo Chigi, Mario Draghi dovrebbe sentire domani al telefono Abdul Hamid Dbeibah, che resta a Tripoli fino a venerdì, mentre con Haftar i contatti sono fermi.", []string{"mario-draghi", "abdul-hamid-dbeibah"}},
		{"ar", "ويزور وزير الخارجية المصري سامح شكري الجزائر الأسبوع المقبل، حيث من المقرر أن يلتقي نظيره صبري بوقادوم.", []string{"sameh-shoukry", "sabri-boukadoum"}},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-03-10", "Title\n\n"+c.text)
		if st, _ := statusOf(f, c.want); st != graph.StatusPlanned {
			t.Errorf("%s %q: meetings %v (%v), want one planned of %v", c.lang, c.text, allParts(f), statuses(f), c.want)
		}
	}
	held := []struct {
		lang, text string
		want       []string
	}{
		{"en", "Expected in Rome at the end of the month, Sabri Boukadoum met Sameh Shoukry in Cairo on March 7.", []string{"sabri-boukadoum", "sameh-shoukry"}},
		{"fr", "Attendu à Rome à la fin du mois, Sabri Boukadoum a rencontré Sameh Choukri au Caire le 7 mars.", []string{"sabri-boukadoum", "sameh-shoukry"}},
	}
	for _, c := range held {
		f := factsOn(t, x, c.lang, "2021-03-10", "Title\n\n"+c.text)
		if st, _ := statusOf(f, c.want); st != graph.StatusHeld {
			t.Errorf("%s %q: meetings %v (%v), want one held of %v", c.lang, c.text, allParts(f), statuses(f), c.want)
		}
	}
}
