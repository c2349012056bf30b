package extract

import (
	"slices"
	"testing"

	"github.com/parley/parley/graph"
)

// TestRelativeClauseMeetingBeforeSpeech: a meeting told in a relative
// clause whose partner stands in an apposition to a title ("…, que se
// reunió con el primer ministro, Abdelhamid Dbeiba, aseguró que …") keeps
// that partner, and the speech verb after it is the antecedent's, not the
// partner's.
func TestRelativeClauseMeetingBeforeSpeech(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"es", "Norland, que se reunió el 3 de junio en Trípoli con el primer ministro, Abdelhamid Dbeiba, aseguró que Washington no tiene favoritos."},
		{"es", "Norland, que se reunió con el primer ministro, Abdelhamid Dbeiba, dijo que Washington no tiene preferencias."},
		{"fr", "Norland, qui a rencontré le Premier ministre, Abdelhamid Dbeibah, a assuré que Washington n'a pas de préférence."},
		{"it", "Norland, che ha incontrato il premier, Abdelhamid Dbeibah, ha assicurato che Washington non ha preferenze."},
		{"en", "Norland, who met the prime minister, Abdul Hamid Dbeibah, said that Washington had no favourite."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if !onlyMeetingOf(f, []string{"richard-norland", "abdul-hamid-dbeibah"}) {
			t.Errorf("%s %q: meetings %v, want one of Norland and Dbeibah", c.lang, c.text, allParts(f))
		}
		if got := speakers(f); len(got) != 1 || got[0] != "richard-norland" {
			t.Errorf("%s %q: speakers %v, want only richard-norland", c.lang, c.text, got)
		}
	}
	// the clause's own date and place
	f := factsOf(t, x, "es", "Title\n\nNorland, que se reunió el 3 de junio en Trípoli con el primer ministro, Abdelhamid Dbeiba, aseguró que Washington no tiene favoritos.")
	if len(f.Meetings) == 1 && (f.Meetings[0].Date.Month != 6 || f.Meetings[0].Date.Day != 3 || f.Meetings[0].Place != "tripoli") {
		t.Errorf("es: meeting date %v place %s, want 06-03 tripoli", f.Meetings[0].Date, f.Meetings[0].Place)
	}
	// a name after a relative clause that tells no person is the speaker
	if got := speakers(factsOf(t, x, "es", "Title\n\nDurante la reunión, que duró dos horas, Dbeiba aseguró que Washington no tiene favoritos.")); len(got) != 1 || got[0] != "abdul-hamid-dbeibah" {
		t.Errorf("es: speakers %v, want only abdul-hamid-dbeibah", got)
	}
}

// TestRussianParticipleMeeting: a Russian participle clause ("Лавров,
// встретившийся в понедельник в Москве с Хафтаром, заявил …", "Путин,
// принявший накануне в Кремле Сарраджа, …") tells a meeting with the
// clause's date and place.
func TestRussianParticipleMeeting(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		text  string
		want  []string
		place string
	}{
		{"Лавров, встретившийся в понедельник в Москве с Халифой Хафтаром, заявил, что перемирие соблюдается.", []string{"sergey-lavrov", "khalifa-haftar"}, "moscow"},
		{"Путин, принявший накануне в Кремле Фаиза Сарраджа, заявил, что перемирие соблюдается.", []string{"vladimir-putin", "fayez-al-sarraj"}, "moscow"},
		{"Сарраджу, встречавшемуся в марте в Анкаре с Эрдоганом, не удалось договориться.", []string{"fayez-al-sarraj", "recep-tayyip-erdogan"}, "ankara"},
	}
	for _, c := range cases {
		f := factsOn(t, x, "ru", "2021-06-10", "Title\n\n"+c.text)
		if !slices.ContainsFunc(f.Meetings, func(m graph.Meeting) bool { return sameParts(participants(m), c.want) && m.Place == c.place }) {
			t.Errorf("%q: meetings %v, want %v at %s", c.text, allParts(f), c.want, c.place)
		}
	}
}

// TestRelativeClausePlaceIsItsOwn: the place of a meeting told in a
// relative clause is the one the clause names ("الذي التقى حفتر في
// نجامينا في نوفمبر 2019، فيحرص على … مع بنغازي"), not one the main
// clause names after it; N'Djamena has its Arabic and Turkish spellings.
func TestRelativeClausePlaceIsItsOwn(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, place string }{
		{"ar", "أما الرئيس التشادي إدريس ديبي، الذي التقى حفتر في نجامينا في نوفمبر 2019، فيحرص على إبقاء قنواته مفتوحة مع بنغازي وطرابلس معاً.", "ndjamena"},
		{"ar", "أما الرئيس التشادي إدريس ديبي، الذي التقى حفتر في أبوظبي في نوفمبر 2019، فيحرص على إبقاء قنواته مفتوحة مع بنغازي وطرابلس معاً.", "abu-dhabi"},
		{"tr", "Turun son durağında 18 Aralık Cuma günü Encemine'ye giden Başağa, Çad Devlet Başkanı İdris Debi ile görüştü.", "ndjamena"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != c.place {
			t.Errorf("%s %q: meetings %v, want one at %s", c.lang, c.text, f.Meetings, c.place)
		}
	}
}

// TestWeekdayDayNumber: a weekday with a day number and no month ("que el
// domingo 15 se había reunido", "jeudi 17", "giovedì 17") dates the
// meeting of its clause on that day: of the month around the paper's date
// whose day falls on that weekday, or without a paper's date, of the month
// of the last full date written before it (the dateline's).
func TestWeekdayDayNumber(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, pub, text string
		month, day      int
	}{
		{"es", "2020-11-20", "Williams, que el domingo 15 se había reunido en Túnez con el presidente tunecino, Kais Saied, dirige el Foro.", 11, 15},
		{"es", "2020-11-20", "El martes 27, el presidente turco, Recep Tayyip Erdogan, recibió en Estambul a Fayez al Sarraj.", 10, 27},
		{"fr", "2020-01-20", "Jean-Yves Le Drian, qui avait rencontré jeudi 16 à Paris Khalifa Haftar, a appelé à la retenue.", 1, 16},
		{"it", "2020-01-20", "Giovedì 16 Luigi Di Maio ha incontrato a Roma Khalifa Haftar.", 1, 16},
		{"es", "", "Los países vecinos de Libia exigieron el 19 de noviembre en Túnez la retirada de los mercenarios.\n\nWilliams, que el domingo 15 se había reunido en Túnez con el presidente tunecino, Kais Saied, dirige el Foro.", 11, 15},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, c.pub, "Title\n\n"+c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Date.Month != c.month || f.Meetings[0].Date.Day != c.day {
			t.Errorf("%s %q: meetings %v, want one on %02d-%02d", c.lang, c.text, f.Meetings, c.month, c.day)
		}
	}
}

// TestSpanishDatelineMonth: a Spanish agency dateline abbreviates the
// month ("Túnez, 19 nov (Agencia Meridiana).-"), and a weekday with a day
// number later in the article takes that month.
func TestSpanishDatelineMonth(t *testing.T) {
	x := shipped(t)
	f := factsOn(t, x, "es", "", "Title\n\nTúnez, 19 nov (Agencia Meridiana).- Los países vecinos de Libia se reunieron en Túnez.\n\nWilliams, que el domingo 15 se había reunido en Túnez con el presidente tunecino, Kais Saied, dirige el Foro.")
	if !slices.ContainsFunc(f.Meetings, func(m graph.Meeting) bool { return m.Date.Month == 11 && m.Date.Day == 15 }) {
		t.Errorf("meetings %v, want one on 11-15", f.Meetings)
	}
}

// TestTwoDaysBefore: "two days before" dates its clause two days before
// the event told before it, as "the day before" does ("Two days before
// the conference, he and Dendias hosted Khalifa Haftar in Athens").
func TestTwoDaysBefore(t *testing.T) {
	x := shipped(t)
	f := factsOf(t, x, "en", "Title\n\nThe Berlin conference on Libya opened on 19 January 2020.\n\nTwo days before the conference, Kyriakos Mitsotakis hosted Khalifa Haftar in Athens.")
	if !slices.ContainsFunc(f.Meetings, func(m graph.Meeting) bool {
		return slices.Contains(participants(m), "khalifa-haftar") && m.Date.Month == 1 && m.Date.Day == 17
	}) {
		t.Errorf("meetings %v, want Mitsotakis and Haftar on 01-17", f.Meetings)
	}
}
