package extract

import (
	"strings"
	"testing"
)

// TestSittingOppositeIsAMeeting: sitting across the table from someone is
// meeting them ("seduti di fronte a", "sat across the table from", "s'est
// assis face à", "se sentó frente a"), including a participle phrase after
// "con" that names two on one side.
func TestSittingOppositeIsAMeeting(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"it", "Le foto di ieri a Misurata, con Lorenzo Guerini e Luigi Di Maio seduti di fronte a Fathi Bashagha, sono state diffuse dal governo.", "lorenzo-guerini+luigi-di-maio+fathi-bashagha"},
		{"it", "Ieri a Tobruk il ministro Luigi Di Maio si è seduto di fronte ad Aguila Saleh per tre ore.", "luigi-di-maio+aguila-saleh-issa"},
		{"en", "On Monday in Ankara, Nikos Dendias sat across the table from Mevlut Cavusoglu for the first time in a year.", "nikos-dendias+mevlut-cavusoglu"},
		{"en", "Television pictures showed Sergey Lavrov sitting opposite Aguila Saleh in Moscow.", "sergey-lavrov+aguila-saleh-issa"},
		{"fr", "Mardi à Tunis, Jean-Yves Le Drian s'est assis face à Khaled al-Mechri pendant une heure.", "jean-yves-le-drian+khalid-al-mishri"},
		{"es", "El lunes en Rabat, Naser Burita se sentó frente a Aguila Saleh durante toda la mañana.", "nasser-bourita+aguila-saleh-issa"},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-11-09", "Title\n\n"+c.text)
		if !onlyMeetingOf(f, strings.Split(c.want, "+")) {
			t.Errorf("%s %q: meetings %v, want only %s", c.lang, c.text, allParts(f), c.want)
		}
	}
}

// TestPlannedThingOfAPurposeClause: a planning word inside a purpose clause
// after the trigger belongs to what the talk served ("pour sauver la
// conférence prévue à Berlin"); the talk itself was held, and its bare
// weekday is behind the paper. French future forms of "s'entretenir" and
// "voir" still make a meeting planned.
func TestPlannedThingOfAPurposeClause(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, status, date string }{
		{"fr", "Mercredi, Jean-Yves Le Drian et Luigi Di Maio se sont entretenus au téléphone pour préparer le sommet prévu à Rome.", "held", "2020-06-17"},
		{"es", "El miércoles, Pedro Sánchez habló por teléfono con Giuseppe Conte para preparar la cumbre prevista en Roma.", "held", "2020-06-17"},
		{"it", "Mercoledì Luigi Di Maio ha sentito al telefono Nikos Dendias per preparare il vertice previsto ad Atene.", "held", "2020-06-17"},
		{"en", "On Wednesday Heiko Maas spoke by phone with Luigi Di Maio in order to prepare the summit planned in Rome.", "held", "2020-06-17"},
		{"fr", "Jeudi, Jean-Yves Le Drian et Luigi Di Maio s'entretiendront à Rome.", "planned", "2020-06-25"},
		{"fr", "Le Drian verra Di Maio jeudi à Rome.", "planned", "2020-06-25"},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-06-22", "Title\n\n"+c.text)
		if len(f.Meetings) != 1 || string(f.Meetings[0].Status) != c.status || f.Meetings[0].Date.String() != c.date {
			var got []string
			for _, m := range f.Meetings {
				got = append(got, string(m.Status)+" "+m.Date.String())
			}
			t.Errorf("%s %q: %v, want one %s on %s", c.lang, c.text, got, c.status, c.date)
		}
	}
}

// TestCancellationThatOnlyDates: a postponement or cancellation inside an
// "after" phrase dates the clause's own event and does not cancel it ("The
// day after the postponement, on Monday, X and Y spoke by telephone"), in
// head-first languages (the word after "after") and head-last ones (Urdu
// and Turkish: the word before the postposition). A cancellation that
// governs the meeting noun still cancels it ("görüşmenin ertelenmesinin
// ardından": the meeting was postponed).
func TestCancellationThatOnlyDates(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, status string }{
		{"en", "The day after the cancellation, on Tuesday, Heiko Maas and Nikos Dendias spoke by telephone.", "held"},
		{"fr", "Au lendemain de l'annulation, mardi, Heiko Maas et Nikos Dendias se sont entretenus au téléphone.", "held"},
		{"es", "Al día siguiente del aplazamiento, el martes, Heiko Maas y Nikos Dendias hablaron por teléfono.", "held"},
		{"it", "Il giorno dopo il rinvio, martedì, Heiko Maas e Nikos Dendias si sono sentiti al telefono.", "held"},
		{"de", "Einen Tag nach der Absage telefonierten Heiko Maas und Nikos Dendias am Dienstag.", "held"},
		{"ar", "وفي اليوم التالي للإلغاء، الثلاثاء، أجرى هايكو ماس ونيكوس دندياس اتصالاً هاتفياً.", "held"},
		{"ur", "التوا کے اگلے روز، منگل کو، ہائیکو ماس اور نیکوس دندیاس نے ٹیلی فون پر بات کی۔", "held"},
		{"tr", "Ziyaretin ertelenmesinin ertesi günü, salı, Heiko Maas ve Nikos Dendias telefonda görüştü.", "held"},
		{"tr", "Ziyaret, Maas'ın Dendias ile Atina'da yapması planlanan görüşmenin son anda ertelenmesinin ardından gerçekleşti.", "cancelled"},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-08-28", "Title\n\n"+c.text)
		if !onlyMeetingOf(f, []string{"heiko-maas", "nikos-dendias"}) || string(f.Meetings[0].Status) != c.status {
			var got []string
			for _, m := range f.Meetings {
				got = append(got, string(m.Status))
			}
			t.Errorf("%s %q: meetings %v %v, want only Maas-Dendias %s", c.lang, c.text, allParts(f), got, c.status)
		}
	}
}

// TestMultiCallIsOneCall: a call the text calls three-way ("à trois", "a
// tre", "трехсторонний", "ثلاثياً") is one event with all its
// ends; without the word, a caller phoning two people makes two calls.
func TestMultiCallIsOneCall(t *testing.T) {
	x := shipped(t)
	three := []string{"sameh-shoukry", "jean-yves-le-drian", "luigi-di-maio"}
	cases := []struct {
		lang, text string
		calls      int
	}{
		{"en", "On Monday Sameh Shoukry held a three-way call with Jean-Yves Le Drian and Luigi Di Maio.", 1},
		{"fr", "Lundi, Sameh Choukri a eu un entretien téléphonique à trois avec Jean-Yves Le Drian et Luigi Di Maio.", 1},
		{"it", "Lunedì Sameh Shoukry ha avuto una telefonata a tre con Jean-Yves Le Drian e Luigi Di Maio.", 1},
		{"ru", "В понедельник Самех Шукри провел трехсторонний телефонный разговор с Жан-Ивом Ле Дрианом и Луиджи Ди Майо.", 1},
		{"ar", "وأجرى سامح شكري الاثنين اتصالاً هاتفياً ثلاثياً مع جان إيف لودريان ولويجي دي مايو.", 1},
		{"fr", "Lundi, Sameh Choukri s'est entretenu au téléphone avec Jean-Yves Le Drian et Luigi Di Maio.", 2},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-06-23", "Title\n\n"+c.text)
		if len(f.Meetings) != c.calls || c.calls == 1 && !onlyMeetingOf(f, three) {
			t.Errorf("%s %q: calls %v, want %d", c.lang, c.text, allParts(f), c.calls)
		}
	}
}

// TestRussianHeldTalkWithAdjective: "провел отдельную беседу с X", "провёл
// короткую встречу с X": an adjective between the verb and its talk noun.
func TestRussianHeldTalkWithAdjective(t *testing.T) {
	x := shipped(t)
	for _, text := range []string{
		"Сергей Шойгу провел отдельную беседу с Халифой Хафтаром.",
		"Сергей Шойгу провёл короткую встречу с Халифой Хафтаром.",
		"Сергей Шойгу провел двухчасовые переговоры с Халифой Хафтаром.",
	} {
		f := factsOn(t, x, "ru", "2020-01-14", "Title\n\n"+text)
		if !onlyMeetingOf(f, []string{"sergei-shoigu", "khalifa-haftar"}) {
			t.Errorf("%q: meetings %v, want only Shoigu-Haftar", text, allParts(f))
		}
	}
}
