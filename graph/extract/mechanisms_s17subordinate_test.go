package extract

import "testing"

// TestRelativeAboutTheObjectTellsItsOwnMeeting: a sentence whose main
// verb is no meeting verb ("praised", "criticised", "lobte", "a
// critiqué") and whose first trigger lies in a relative clause about the
// main clause's object tells the clause's meeting, of the antecedent and
// the clause's partner; the main clause's subject takes no part
// (objectRelative). The antecedent may carry an apposition before the
// relative's comma ("X, the head of …, who"), and the clause may run a
// few words before its trigger ("who was in Ankara on Monday for talks
// with").
func TestRelativeAboutTheObjectTellsItsOwnMeeting(t *testing.T) {
	x := shipped(t)
	want := []string{"fathi-bashagha", "hulusi-akar"}
	cases := []struct{ lang, text string }{
		{"en", "Antonio Guterres praised Fathi Bashagha, who was in Ankara last Thursday for talks with Hulusi Akar."},
		{"en", "Heiko Maas criticised Fathi Bashagha, the interior minister of the Government of National Accord, who was in Ankara on Thursday for talks with Hulusi Akar."},
		{"fr", "Antonio Guterres a critiqué Fathi Bashagha, qui se trouvait jeudi à Ankara pour des entretiens avec Hulusi Akar."},
		{"it", "Antonio Guterres ha criticato Fathi Bashagha, che giovedì era ad Ankara per colloqui con Hulusi Akar."},
		{"es", "Antonio Guterres criticó a Fathi Bashagha, que el jueves estuvo en Ankara para conversar con Hulusi Akar."},
		{"de", "Antonio Guterres kritisierte Fathi Baschagha, der am Donnerstag in Ankara mit Hulusi Akar zusammengetroffen war."},
		{"ru", "Антониу Гутерриш раскритиковал Фатхи Башагу, который в четверг был в Анкаре на переговорах с Хулуси Акаром."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-11-20", "Title\n\n"+c.text)
		if !onlyMeetingOf(f, want) {
			t.Errorf("%s %q: meetings %v, want only %v", c.lang, c.text, allParts(f), want)
		}
	}
}

// TestRelativeAfterDeniedMeetingIsTheAntecedents: "X did not meet Y, the
// head of …, who was in Athens for talks with Z": the relative clause's
// meeting is Y's with Z, its antecedent named before an apposition, not
// the denied meeting's subject's (relativeAntecedent, appositionHead).
// A place's relative ("…, then to Khartoum, where") is no person's.
func TestRelativeAfterDeniedMeetingIsTheAntecedents(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct {
		lang, text string
		want       []string
	}{
		{"en", "Josep Borrell did not see Fathi Bashagha, the interior minister, who was in Ankara on Thursday for talks with Hulusi Akar.", []string{"fathi-bashagha", "hulusi-akar"}},
		{"en", "Josep Borrell did not meet Aguila Saleh, the speaker of the House of Representatives, who was in Cairo that day for talks with Abdel Fattah al-Sisi.", []string{"aguila-saleh-issa", "abdel-fattah-el-sisi"}},
	} {
		f := factsOn(t, x, c.lang, "2020-11-20", "Title\n\n"+c.text)
		if !meetingWithAll(allParts(f), c.want) {
			t.Errorf("%s %q: meetings %v, want one of %v", c.lang, c.text, allParts(f), c.want)
		}
		for _, ps := range allParts(f) {
			if len(ps) > 0 && ps[0] == "josep-borrell" && len(ps) == 2 && ps[1] == c.want[1] {
				t.Errorf("%s %q: %v joins the main clause's subject to the relative's partner", c.lang, c.text, ps)
			}
		}
	}
}
