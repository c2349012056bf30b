package extract

import "testing"

// TestRelativeClauseNamesAttendees: a relative clause right after a
// conference or meeting noun that names people before its attend verb
// ("the Rome summit, which A, B and C are expected to attend", "auquel A,
// B et C doivent participer", "a la que A, B y C tienen previsto
// asistir") tells who takes part in the host's gathering; a relative
// clause about a person ("X met Y, who later attended the summit") does
// not.
func TestRelativeClauseNamesAttendees(t *testing.T) {
	x := shipped(t)
	host := []string{"mario-draghi", "emmanuel-macron", "recep-tayyip-erdogan", "abdel-fattah-el-sisi"}
	cases := []struct{ lang, text string }{
		{"en", "On Monday Mario Draghi will host a summit on Libya that Emmanuel Macron, Recep Tayyip Erdoğan and Abdel Fattah el-Sisi are due to attend."},
		{"en", "Mario Draghi hosted a summit in Rome, which Emmanuel Macron, Recep Tayyip Erdoğan and Abdel Fattah el-Sisi attended on Monday."},
		{"fr", "Dimanche, Mario Draghi accueillera le sommet de Rome, auquel Emmanuel Macron, Recep Tayyip Erdoğan et Abdel Fattah al-Sissi doivent participer."},
		{"es", "El domingo Mario Draghi acogerá la cumbre de Roma, a la que Emmanuel Macron, Recep Tayyip Erdoğan y Abdelfatá al Sisi tienen previsto asistir."},
		{"it", "Domenica Mario Draghi ospiterà il vertice di Roma, a cui Emmanuel Macron, Recep Tayyip Erdoğan e Abdel Fattah al-Sisi dovrebbero partecipare."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if !onlyMeetingOf(f, host) {
			t.Errorf("%s %q: meetings %v, want only %v", c.lang, c.text, allParts(f), host)
		}
	}
	wantAllParts(t, x, "en", "Mario Draghi met Emmanuel Macron, who later attended the summit.", [][]string{{"mario-draghi", "emmanuel-macron"}})
}
