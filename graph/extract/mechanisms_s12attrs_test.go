package extract

import (
	"testing"

	"github.com/parley/parley/graph"
)

// callOn tells whether f holds a call of exactly want dated to the day
// month-day.
func callOn(f graph.Facts, want []string, month, day int) bool {
	for _, m := range f.Meetings {
		if m.Mode == graph.ModeCall && sameParts(participants(m), want) && m.Date.Month == month && m.Date.Day == day {
			return true
		}
	}
	return false
}

// TestDayShiftOpeningCountsFromTheSentenceBefore: "the day before", "the
// next day" opening a sentence count from the last day the sentence
// before names, even when that sentence's event was called off, not from
// the held meeting told paragraphs earlier.
func TestDayShiftOpeningCountsFromTheSentenceBefore(t *testing.T) {
	x := shipped(t)
	lead := map[string]string{
		"en": "On Wednesday, Heiko Maas met Luigi Di Maio in Rome.",
		"fr": "Mercredi, Heiko Maas a rencontré Luigi Di Maio à Rome.",
		"de": "Am Mittwoch traf Heiko Maas in Rom Luigi Di Maio.",
		"es": "El miércoles, Heiko Maas se reunió con Luigi Di Maio en Roma.",
		"it": "Mercoledì Heiko Maas ha incontrato Luigi Di Maio a Roma.",
		"tr": "Heiko Maas, çarşamba günü Roma'da Luigi Di Maio ile bir araya geldi.",
		"ru": "В среду Хайко Маас встретился в Риме с Луиджи Ди Майо.",
	}
	cases := []struct {
		lang, text string
		day        int
	}{
		{"en", "The talks planned for Friday in Tripoli were called off. The day before, Sergey Lavrov spoke by phone with Mevlüt Çavuşoğlu.", 11},
		{"fr", "La visite que Jean-Yves Le Drian devait effectuer vendredi à Tripoli a été reportée. La veille, Sergueï Lavrov s'était entretenu au téléphone avec Mevlüt Çavuşoğlu.", 11},
		{"de", "Der Besuch von Jean-Yves Le Drian in Tripolis wurde am Freitag abgesagt. Am Vortag hatte Sergej Lawrow mit Mevlüt Çavuşoğlu telefoniert.", 11},
		{"es", "La visita que Jean-Yves Le Drian debía realizar el viernes a Trípoli fue aplazada. La víspera, Serguéi Lavrov había hablado por teléfono con Mevlüt Çavuşoğlu.", 11},
		{"it", "La visita che Jean-Yves Le Drian doveva compiere venerdì a Tripoli è stata rinviata. Il giorno prima, Sergej Lavrov aveva parlato al telefono con Mevlüt Çavuşoğlu.", 11},
		{"tr", "Jean-Yves Le Drian'ın cuma günü Trablus'a yapacağı ziyaret ertelendi. Bir gün önce Sergey Lavrov ile Mevlüt Çavuşoğlu telefonda görüştü.", 11},
		{"ru", "Визит Жан-Ива Ле Дриана в Триполи, намеченный на пятницу, был отложен. Днём ранее Сергей Лавров провёл телефонный разговор с Мевлютом Чавушоглу.", 11},
		{"fr", "Le ministre a reçu jeudi son homologue Nikos Dendias. Le lendemain, Sergueï Lavrov s'est entretenu au téléphone avec Mevlüt Çavuşoğlu.", 12},
		{"ru", "В четверг Лавров принял в Москве Никоса Дендиаса. На следующий день Сергей Лавров провёл телефонный разговор с Мевлютом Чавушоглу.", 12},
	}
	want := []string{"sergey-lavrov", "mevlut-cavusoglu"}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-06-13", "Title\n\n"+lead[c.lang]+"\n\n"+c.text)
		if !callOn(f, want, 6, c.day) {
			t.Errorf("%s %q: meetings %v, want the call on 06-%02d", c.lang, c.text, dated(f), c.day)
		}
	}
	// a day far from the story's is another story's: "she would go to
	// Paris on 12 July. The next day the delegation …" stays on the
	// story's day
	f := factsOn(t, x, "fr", "2020-06-13", "Titre\n\nMercredi, Heiko Maas a rencontré Luigi Di Maio à Rome. Elle a précisé qu'elle se rendrait à Paris le 12 juillet. Le lendemain, Sergueï Lavrov s'est entretenu au téléphone avec Mevlüt Çavuşoğlu.")
	if !callOn(f, want, 6, 11) {
		t.Errorf("fr far day: meetings %v, want the call on 06-11", dated(f))
	}
}

// dated lists the meetings of f with their dates and places.
func dated(f graph.Facts) []string {
	var out []string
	for _, m := range f.Meetings {
		out = append(out, m.Mode+" "+m.Date.String()+" "+m.Place+" "+joinParts(participants(m)))
	}
	return out
}

func joinParts(ps []string) string {
	s := ""
	for i, p := range ps {
		if i > 0 {
			s += ","
		}
		s += p
	}
	return s
}
