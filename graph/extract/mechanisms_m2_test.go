package extract

import "testing"

// TestInstitutionPlace: a place that says where an office spoken of is
// ("the reopening of the embassy in Benghazi") is not where the meeting
// was; an office named as the location ("at the embassy in Tunis") is.
func TestInstitutionPlace(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, place string }{
		{"en", "Luigi Di Maio held talks with Fathi Bashagha on trade and the reopening of the Italian embassy in Benghazi.", ""},
		{"fr", "Jean-Yves Le Drian s'est entretenu avec Fathi Bashagha de la sécurité et de la réouverture de l'ambassade de France à Benghazi.", ""},
		{"it", "Luigi Di Maio ha avuto un colloquio con Fathi Bashagha sulla sicurezza e la riapertura dell'ambasciata italiana a Bengasi.", ""},
		{"es", "Arancha González Laya mantuvo una reunión con Fathi Bashagha centrada en la reapertura de la embajada española en Bengasi.", ""},
		{"en", "On the sidelines, Mike Pompeo held talks with Fathi Bashagha on oil and the reopening of the U.S. embassy in Tripoli.", ""},
		{"en", "Luigi Di Maio met Fathi Bashagha at the Italian embassy in Tunis on Monday.", "tunis"},
		{"fr", "Jean-Yves Le Drian a rencontré Fathi Bashagha à l'ambassade de France à Tunis lundi.", "tunis"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != c.place {
			t.Errorf("%s %q: %+v, want one meeting at %q", c.lang, c.text, f.Meetings, c.place)
		}
	}
}
