package extract

import "testing"

// TestGermanBothAsPluralObject: German refers back to two people named
// before with "beide" / "die beiden" as the object ("empfing beide",
// "sprach mit beiden"), where the other languages use a plural pronoun
// ("received them", "les a reçus"). With a `separate` word in the clause
// ("getrennt", "nacheinander"), the subject met each of the two on their
// own. The separate adverb may also stand inside the talk phrase
// ("sprach getrennt mit", "sprach nacheinander mit"), as other adverbs of
// the `inserted` list do.
func TestGermanBothAsPluralObject(t *testing.T) {
	x := shipped(t)
	lead := "Aguila Saleh und Chalid al-Mischri reisten am Dienstag nach Rom. "
	pair := [][]string{{"luigi-di-maio", "aguila-saleh-issa"}, {"luigi-di-maio", "khalid-al-mishri"}}
	for _, c := range []struct{ lang, text string }{
		{"de", lead + "Außenminister Luigi Di Maio empfing beide nacheinander in der Farnesina."},
		{"de", lead + "Luigi Di Maio sprach mit beiden getrennt."},
		{"de", lead + "Luigi Di Maio sprach nacheinander mit beiden."},
		{"de", lead + "Luigi Di Maio hat die beiden getrennt empfangen."},
		{"en", "Aguila Saleh and Khalid al-Mishri travelled to Rome on Tuesday. Foreign Minister Luigi Di Maio received them separately."},
	} {
		wantAllParts(t, x, c.lang, c.text, pair)
	}
}
