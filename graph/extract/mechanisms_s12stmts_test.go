package extract

import (
	"testing"
)

// TestStateOfficeOwnedByCountrySpeaks: a state's office whose country is
// named before it through a genitive ("Egypt's foreign ministry")
// speaks for that country, also when the owner opens the sentence after
// another one's stop.
func TestStateOfficeOwnedByCountrySpeaks(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"en", "Najla Mangoush flew to Athens on Monday for talks with Nikos Dendias. Egypt's foreign ministry said the maritime deal was void.", "maritime deal was void", "egypt"},
		{"en", "Dbeibah held talks in Algiers on Sunday. Tunisia's foreign ministry said in a statement that the border would reopen soon.", "border would reopen", "tunisia"},
	})
}
