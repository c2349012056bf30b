package extract

import (
	"testing"

	"github.com/parley/parley/graph"
)

// TestForumIsNoParty: a gathering the lexicon lists as an organisation
// (a forum, conference or summit by its name) is where or when people
// meet, no party to their meeting: "on the eve of the forum", "in Tunis,
// seat of the forum", "the forum's opening" leave the two people who met;
// a forum addressed by video stays the partner of that video session.
func TestForumIsNoParty(t *testing.T) {
	x := shipped(t)
	want := [][]string{{"kais-saied", "stephanie-williams"}}
	cases := []struct{ lang, text string }{
		{"en", "On the eve of the opening of the Libyan Political Dialogue Forum, Kais Saied received Stephanie Williams in Tunis."},
		{"it", "Alla vigilia del Forum di dialogo politico libico, Kais Saied ha ricevuto Stephanie Williams a Tunisi."},
		{"ar", "وعشية افتتاح ملتقى الحوار السياسي الليبي، التقى الرئيس التونسي قيس سعيد المبعوثة ستيفاني وليامز في تونس."},
		{"ru", "Накануне открытия Форума ливийского политического диалога Каис Саид принял Стефани Уильямс в Тунисе."},
		{"tr", "Tunus Cumhurbaşkanı Kays Said, Libya Siyasi Diyalog Forumu öncesinde Stephanie Williams ile Tunus'ta görüştü."},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, want)
	}
	// (its abbreviation is the forum too)
	wantAllParts(t, x, "es", "Stephanie Williams se reunió ayer con Kais Saied en Túnez, sede del Foro de Diálogo Político Libio (FDPL).", [][]string{{"stephanie-williams", "kais-saied"}})
	// (a video session with the forum is one)
	f := factsOf(t, x, "en", "Title\n\nStephanie Williams held a video conference with the Libyan Political Dialogue Forum on Monday.")
	if len(f.Meetings) != 1 || f.Meetings[0].Mode != graph.ModeVideo || !sameParts(participants(f.Meetings[0]), []string{"stephanie-williams", "libyan-political-dialogue-forum"}) {
		t.Errorf("video with the forum: %v", allParts(f))
	}
}
