package extract

import (
	"testing"

	"github.com/parley/parley/graph"
)

// wantNoMeeting checks that each text, published on 10 March 2021, tells
// no meeting or call.
func wantNoMeeting(t *testing.T, x *Extractor, cases []struct{ lang, text string }) {
	t.Helper()
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-03-10", "Title\n\n"+c.text)
		if len(f.Meetings) != 0 {
			t.Errorf("%s %q: meetings %v (%v), want none", c.lang, c.text, allParts(f), statuses(f))
		}
	}
}

// TestConditionalMeetingIsNone: a meeting verb in the protasis of a
// condition ("If Haftar met Sarraj, …", "Si Haftar rencontrait Sarraj",
// "Se Haftar avesse incontrato", "Falls … trifft", "Если Хафтар
// встретится", "إذا التقى", "اگر … ملاقات کریں تو") is only supposed: no
// meeting. A condition after the trigger, or one a comma closes before
// it, leaves the meeting planned; "even if" concedes a fact; a condition
// on whether a meeting noun takes place keeps the planned meeting.
func TestConditionalMeetingIsNone(t *testing.T) {
	x := shipped(t)
	wantNoMeeting(t, x, []struct{ lang, text string }{
		{"en", "If Khalifa Haftar met Fayez al-Sarraj in Rome, the ceasefire could hold."},
		{"en", "Unless Khalifa Haftar meets Fayez al-Sarraj in Geneva, the talks will collapse."},
		{"fr", "Si Khalifa Haftar rencontrait Fayez al-Sarraj à Rome, l'Italie en sortirait renforcée."},
		{"fr", "Si Khalifa Haftar avait rencontré Fayez al-Sarraj à Moscou, l'accord aurait été signé."},
		{"it", "Se Khalifa Haftar avesse incontrato Fayez al-Sarraj a Mosca, l'accordo sarebbe stato firmato."},
		{"de", "Falls sich Chalifa Haftar mit Fajis al-Sarradsch in Rom trifft, könnte die Waffenruhe halten."},
		{"ru", "Если Хафтар встретится с Сараджем в Риме, перемирие может устоять."},
		{"ar", "إذا التقى حفتر السراج في روما فإن وقف إطلاق النار قد يصمد."},
		{"ur", "اگر حفتر روم میں سراج سے ملاقات کریں تو جنگ بندی برقرار رہ سکتی ہے۔"},
		{"ur", "اگر حفتر اور سراج کی ملاقات ہوتی تو معاہدہ ہو جاتا۔"},
	})
	pair := []string{"khalifa-haftar", "fayez-al-sarraj"}
	wantStatus(t, x, []struct{ lang, text string }{
		{"en", "Khalifa Haftar will meet Fayez al-Sarraj in Rome next week if the truce holds."},
		{"en", "If the truce holds, Khalifa Haftar will meet Fayez al-Sarraj in Rome next week."},
		{"es", "Si la tregua se mantiene, Jalifa Haftar se reunirá con Fayez al Sarraj en Roma la próxima semana."},
		{"ur", "اگر جنگ بندی برقرار رہی تو حفتر اگلے ہفتے روم میں سراج سے ملاقات کریں گے۔"},
		{"ru", "Хафтар встретится с Сараджем в Риме на следующей неделе. Если встреча состоится, она станет первой за год."},
	}, pair, graph.StatusPlanned)
	wantStatus(t, x, []struct{ lang, text string }{
		{"fr", "Même si Khalifa Haftar a rencontré Fayez al-Sarraj à Rome lundi, aucun accord n'a été signé."},
		{"it", "Anche se Khalifa Haftar ha incontrato Fayez al-Sarraj a Roma lunedì, non è stato firmato alcun accordo."},
		{"es", "Fayez al Sarraj y Jalifa Haftar se reunieron entre sí en Moscú el lunes."},
	}, pair, graph.StatusHeld)
}

// TestCueInWhatWasDiscussed: a planned cue in the complement of a verb
// of discussing after the meeting's verb, or in a relative clause inside
// it ("met X on Sept. 8 to discuss a plan under which revenues would be
// held abroad", "pour évoquer une feuille de route qui devrait mener à",
// "um über einen Mechanismus zu sprechen, nach dem … werden sollen"), is
// the topic's: the meeting stays held, dated behind the paper. A meeting
// noun's own predicate past such a phrase is still its status.
func TestCueInWhatWasDiscussed(t *testing.T) {
	x := shipped(t)
	held := []struct {
		lang, text string
		want       []string
		date       string
	}{
		{"en", "Richard Norland met Mustafa Sanalla in Tunis on Sept. 8 to discuss a plan under which oil revenues would be held in a foreign account.", []string{"richard-norland", "mustafa-sanalla"}, "2020-09-08"},
		{"fr", "Jean-Yves Le Drian a reçu Aguila Saleh lundi pour évoquer une feuille de route qui devrait mener à des élections.", []string{"jean-yves-le-drian", "aguila-saleh-issa"}, "2021-03-08"},
		{"de", "Heiko Maas traf Fajis al-Sarradsch am 8. September in Tunis, um über einen Mechanismus zu sprechen, nach dem die Öleinnahmen eingefroren werden sollen.", []string{"heiko-maas", "fayez-al-sarraj"}, "2020-09-08"},
	}
	for _, c := range held {
		f := factsOn(t, x, c.lang, "2021-03-10", "Title\n\n"+c.text)
		if st, dt := statusOf(f, c.want); st != graph.StatusHeld || dt.String() != c.date {
			t.Errorf("%s %q: meetings %v (%v), want one held of %v on %s", c.lang, c.text, allParts(f), statuses(f), c.want, c.date)
		}
	}
	wantStatus(t, x, []struct{ lang, text string }{
		{"fr", "Une rencontre entre Jean-Yves Le Drian et Aguila Saleh, prévue le 14 juin à Tobrouk pour évoquer les élections, a été reportée sine die."},
	}, []string{"jean-yves-le-drian", "aguila-saleh-issa"}, graph.StatusCancelled)
	wantStatus(t, x, []struct{ lang, text string }{
		{"ru", "Намеченная на 14 июня встреча Лаврова с Сараджем в Москве, на которой предполагалось обсудить перемирие, была отменена."},
	}, []string{"sergey-lavrov", "fayez-al-sarraj"}, graph.StatusCancelled)
	wantStatus(t, x, []struct{ lang, text string }{
		{"en", "Heiko Maas will meet Fayez al-Sarraj in Berlin next week to discuss elections that are scheduled for December."},
	}, []string{"heiko-maas", "fayez-al-sarraj"}, graph.StatusPlanned)
}

// TestCorrelativeNegationOpeningTheClause: "neither … nor", "ni … ni",
// "weder … noch" fronted before the subject deny the clause's verb
// however far it stands ("Neither in Moscow nor in Berlin did X and Y
// agree to meet", "Ni à Moscou, ni à Berlin, X et Y n'ont accepté de se
// rencontrer"); a meeting noun another verb governs, a clause a comma
// and a relative or `but` word open, and a sentence after a semicolon
// are left alone.
func TestCorrelativeNegationOpeningTheClause(t *testing.T) {
	x := shipped(t)
	wantNoMeeting(t, x, []struct{ lang, text string }{
		{"en", "Neither in Moscow nor in Berlin did Fayez al-Sarraj and Khalifa Haftar agree to meet."},
		{"fr", "Ni à Moscou, ni à Berlin, Fayez al-Sarraj et Khalifa Haftar n'ont accepté de se rencontrer."},
		{"fr", "Ni Fayez al-Sarraj ni Khalifa Haftar n'ont voulu se rencontrer à Berlin."},
		{"es", "Ni en Moscú ni en Berlín aceptaron Fayez al Sarraj y Jalifa Haftar reunirse."},
		{"de", "Weder in Moskau noch in Berlin waren Fajis al-Sarradsch und Chalifa Haftar bereit, sich zu treffen."},
	})
	wantStatus(t, x, []struct{ lang, text string }{
		{"en", "Neither man had met a Libyan leader before; on Monday Heiko Maas met Fayez al-Sarraj in Berlin."},
	}, []string{"heiko-maas", "fayez-al-sarraj"}, graph.StatusHeld)
	wantStatus(t, x, []struct{ lang, text string }{
		{"fr", "Ni Paris ni Rome n'ont commenté l'entretien de lundi, au cours duquel Jean-Yves Le Drian a reçu Aguila Saleh à Paris."},
	}, []string{"jean-yves-le-drian", "aguila-saleh-issa"}, graph.StatusHeld)
}

// TestRelativeClauseSchedulesTheMeetingNoun: a relative clause right
// after a meeting noun's phrase whose predicate is a planned or cancelled
// cue ("визит X в Москву для переговоров с Лавровым, который намечен на
// май", "ein Treffen …, das für Mai geplant ist", "a meeting …, which is
// scheduled for May") tells the event's status, not the status of the
// person named last before its comma; after a meeting verb the relative
// clause is the person's.
func TestRelativeClauseSchedulesTheMeetingNoun(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"ru", "Следующим шагом должен стать визит Наджлы аль-Мангуш в Москву для переговоров с Лавровым, который намечен на май.", []string{"najla-mangoush", "sergey-lavrov"}},
		{"de", "Als nächster Schritt gilt ein Besuch von Nadschla al-Mangusch in Moskau zu Gesprächen mit Sergej Lawrow, der für Mai geplant ist.", []string{"najla-mangoush", "sergey-lavrov"}},
		{"ru", "Переговоры Лаврова с Сараджем в Москве, которые намечены на май, будут посвящены перемирию.", []string{"sergey-lavrov", "fayez-al-sarraj"}},
		{"de", "Ein Treffen von Heiko Maas mit Sergej Lawrow in Moskau, das für Mai geplant ist, soll die Konferenz vorbereiten.", []string{"heiko-maas", "sergey-lavrov"}},
		{"en", "A meeting between Heiko Maas and Sergey Lavrov in Moscow, which is scheduled for May, will prepare the conference.", []string{"heiko-maas", "sergey-lavrov"}},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-03-10", "Title\n\n"+c.text)
		if st, dt := statusOf(f, c.want); st != graph.StatusPlanned || dt.String() != "2021-05" {
			t.Errorf("%s %q: meetings %v (%v), want one planned of %v in 2021-05", c.lang, c.text, allParts(f), statuses(f), c.want)
		}
	}
	wantStatus(t, x, []struct{ lang, text string }{
		{"en", "Heiko Maas met Fayez al-Sarraj in Berlin on Monday, who is expected in Rome next week."},
		{"de", "Heiko Maas traf am Montag in Berlin Fajis al-Sarradsch, der für Mai in Rom erwartet wird."},
	}, []string{"heiko-maas", "fayez-al-sarraj"}, graph.StatusHeld)
}

// TestTurkishAttributiveFutureParticiple: a Turkish future participle
// before the noun it qualifies ("aralık ayında yapılacak seçimler", the
// elections to be held) is that noun's, not the meeting's: the meeting
// stays held, dated behind the paper. Before a meeting noun, or closing
// its clause, it still plans the meeting.
func TestTurkishAttributiveFutureParticiple(t *testing.T) {
	x := shipped(t)
	held := []struct {
		text string
		want []string
		date string
	}{
		{"Çavuşoğlu pazartesi günü Ankara'da Akile Salih ile görüştü; görüşmede aralık ayında yapılacak seçimler ele alındı.", []string{"mevlut-cavusoglu", "aguila-saleh-issa"}, "2021-03-08"},
		{"Çavuşoğlu, 8 Eylül'de Tunus'ta Serrac ile görüşerek aralık ayında yapılacak seçimleri ele aldı.", []string{"mevlut-cavusoglu", "fayez-al-sarraj"}, "2020-09-08"},
		{"Necla Menguş, 3 Mart'ta Roma'da Luigi Di Maio ile görüşerek yapılacak seçimlere destek istedi.", []string{"najla-mangoush", "luigi-di-maio"}, "2021-03-03"},
	}
	for _, c := range held {
		f := factsOn(t, x, "tr", "2021-03-10", "Title\n\n"+c.text)
		if st, dt := statusOf(f, c.want); st != graph.StatusHeld || dt.String() != c.date {
			t.Errorf("tr %q: meetings %v (%v), want one held of %v on %s", c.text, allParts(f), statuses(f), c.want, c.date)
		}
	}
	wantStatus(t, x, []struct{ lang, text string }{
		{"tr", "Çavuşoğlu ile Serrac arasında yapılacak görüşme Ankara'da olacak."},
		{"tr", "Çavuşoğlu ile Serrac arasındaki görüşme gelecek hafta Ankara'da yapılacak."},
	}, []string{"mevlut-cavusoglu", "fayez-al-sarraj"}, graph.StatusPlanned)
}
