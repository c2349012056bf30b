package extract

import "testing"

// TestInsertedAdverb: an adverb inside a compound tense ("s'est longuement
// entretenu", "si è poi riunito") does not break the meeting phrase.
func TestInsertedAdverb(t *testing.T) {
	runConstructions(t, "fr", []consCase{
		{text: "Jean-Yves Le Drian s'est longuement entretenu lundi avec Fathi Bashagha.",
			meet: []string{"meet held 2021-03-08 fathi-bashagha,jean-yves-le-drian"}},
		{text: "Jean-Yves Le Drian s'est également longuement entretenu à Paris, mardi, avec Fathi Bashagha.",
			meet: []string{"meet held 2021-03-09 fathi-bashagha,jean-yves-le-drian"}},
	})
	runConstructions(t, "it", []consCase{
		{text: "Luigi Di Maio si è poi riunito a Roma con Fathi Bashagha.",
			meet: []string{"meet held - fathi-bashagha,luigi-di-maio"}},
		{text: "Luigi Di Maio si è già riunito martedì con Fathi Bashagha.",
			meet: []string{"meet held 2021-03-09 fathi-bashagha,luigi-di-maio"}},
	})
}
