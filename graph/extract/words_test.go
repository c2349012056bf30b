package extract

import (
	"slices"
	"testing"
)

// TestClosedWords: the embedded word lists parse and hold every language
// the detector counts.
func TestClosedWords(t *testing.T) {
	cw, err := readClosedWords()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range append(slices.Clone(latinOrder), "ur", "ar") {
		if len(cw.function[l]) < 5 {
			t.Errorf("function_words %s: %d words", l, len(cw.function[l]))
		}
	}
	for _, l := range []string{"nl", "pt", "ca", "ro", "fa"} {
		if len(cw.neighbour[l]) < 5 {
			t.Errorf("neighbour_words %s: %d words", l, len(cw.neighbour[l]))
		}
	}
	if !cw.abbrev["dr"] || !cw.abbrev["no"] || cw.abbrev["the"] {
		t.Errorf("abbreviations: %v", cw.abbrev)
	}
	if cw.groupNum["three"] != 3 || cw.groupNum["dört"] != 4 || !cw.deleg[Fold("الوفد")] || !cw.capital[Fold("بالعاصمة")] || cw.home["it"] != "italy" {
		t.Errorf("group numbers, Arabic-script nouns or home countries missing: %+v", cw)
	}
}
