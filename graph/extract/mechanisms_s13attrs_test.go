package extract

import (
	"testing"

	"github.com/parley/parley/graph"
)

// heldOn tells whether f holds a held meeting or call of exactly want,
// in mode (any when empty), dated to month-day.
func heldOn(f graph.Facts, mode string, want []string, month, day int) bool {
	for _, m := range f.Meetings {
		if (mode == "" || m.Mode == mode) && statusOf(m.Status) == graph.StatusHeld && sameParts(participants(m), want) && m.Date.Month == month && m.Date.Day == day {
			return true
		}
	}
	return false
}

// statusOf reads an empty status as held.
func statusOf(s string) string {
	if s == "" {
		return graph.StatusHeld
	}
	return s
}

// TestPlannedWordInTheTopicIsTheTopics: a planned word in the phrase that
// says what a call or meeting was about modifies the thing discussed (the
// planned conference), not the call: the call was held on the day named.
func TestPlannedWordInTheTopicIsTheTopics(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Sergey Lavrov spoke by phone on Tuesday with Mevlüt Çavuşoğlu about the planned summit in Moscow."},
		{"de", "Sergej Lawrow hat am Dienstag mit Mevlüt Çavuşoğlu über die geplante Gipfelrunde in Moskau telefoniert."},
		{"fr", "Sergueï Lavrov s'est entretenu mardi au téléphone avec Mevlüt Çavuşoğlu sur la prochaine réunion du groupe de Berlin."},
		{"it", "Martedì Sergej Lavrov ha parlato al telefono con Mevlüt Çavuşoğlu sulla prossima riunione del gruppo di Berlino."},
		{"es", "Serguéi Lavrov habló el martes por teléfono con Mevlüt Çavuşoğlu sobre la próxima reunión del grupo de Berlín."},
		{"ru", "Сергей Лавров во вторник провёл телефонный разговор с Мевлютом Чавушоглу о предстоящей конференции в Москве."},
		{"ar", "أجرى وزير الخارجية الروسي سيرغي لافروف الثلاثاء اتصالا هاتفيا مع نظيره التركي مولود تشاووش أوغلو حول القمة المرتقبة في موسكو."},
		{"tr", "Sergey Lavrov salı günü Mevlüt Çavuşoğlu ile Moskova'da yapılması planlanan zirve hakkında telefonda görüştü."},
	}
	want := []string{"sergey-lavrov", "mevlut-cavusoglu"}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-06-12", "Title\n\n"+c.text)
		if !heldOn(f, graph.ModeCall, want, 6, 9) {
			t.Errorf("%s %q: meetings %v (%v), want a held call on 06-09", c.lang, c.text, dated(f), statuses(f))
		}
	}
}

func statuses(f graph.Facts) []string {
	var out []string
	for _, m := range f.Meetings {
		out = append(out, statusOf(m.Status))
	}
	return out
}
