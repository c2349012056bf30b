package extract

import (
	"testing"

	"github.com/parley/parley/graph"
)

// TestPredicateCallsOffTheSubject: a meeting or visit noun that opens its
// sentence, followed by a relative clause set off by commas, takes its
// status from its own predicate after the clause ("…, was called off",
// "…, sagte das Ministerium … ab"), even when the cancelled phrase holds a
// call verb ("called off") or is a German separable verb, and a visit
// phrase that opens the sentence is such a subject too.
func TestPredicateCallsOffTheSubject(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Luigi Di Maio landed in Tunis on Monday. A meeting with Khalifa Haftar, which Italian diplomats had floated on Friday, was called off."},
		{"en", "Luigi Di Maio landed in Tunis on Monday. A stop in Benghazi to meet Khalifa Haftar, which his aides had floated on Friday, was called off."},
		{"en", "Luigi Di Maio landed in Tunis on Monday. A meeting with Khalifa Haftar, which Rome had proposed on Friday, was dropped from the schedule."},
		{"de", "Luigi Di Maio landete am Montag in Tunis. Ein Gespräch mit Chalifa Haftar, das für Mittwoch in Bengasi vorgesehen war, sagte die Farnesina kurzfristig ab."},
		{"it", "Luigi Di Maio è atterrato lunedì a Tunisi. Un incontro con Khalifa Haftar, che la Farnesina aveva ipotizzato venerdì, è stato annullato."},
		{"ru", "Луиджи Ди Майо в понедельник прилетел в Тунис. Встреча с Халифой Хафтаром, которую обсуждали в пятницу, была отменена."},
	}
	want := []string{"luigi-di-maio", "khalifa-haftar"}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-03-10", "Title\n\n"+c.text)
		ok := false
		for _, m := range f.Meetings {
			if sameParts(participants(m), want) {
				ok = m.Status == graph.StatusCancelled
			}
		}
		if !ok {
			t.Errorf("%s %q: meetings %v (%v), want a cancelled one of %v", c.lang, c.text, allParts(f), statuses(f), want)
		}
	}
	// a held meeting whose relative clause is followed by another clause
	// stays held; a visit verb is no subject noun
	held := []struct{ lang, text string }{
		{"en", "Luigi Di Maio landed in Tunis on Monday. A meeting with Khalifa Haftar, which lasted two hours, was described as cordial."},
		{"de", "Luigi Di Maio landete am Montag in Tunis. Ein Gespräch mit Chalifa Haftar, das zwei Stunden dauerte, sagte ihm viel über die Lage."},
	}
	for _, c := range held {
		f := factsOn(t, x, c.lang, "2021-03-10", "Title\n\n"+c.text)
		for _, m := range f.Meetings {
			if sameParts(participants(m), want) && m.Status == graph.StatusCancelled {
				t.Errorf("%s %q: meeting called off, want it held", c.lang, c.text)
			}
		}
	}
}

// TestOneDayLaterAndArabicCountedDays: "one day later" in the forms the
// lexicon lacked (de "einen Tag später", fr "un jour plus tard", es "un
// día más tarde", it "un giorno più tardi", ru "днём позже", ar "في اليوم
// الموالي") and the Arabic bare count "بعد ستة أيام،" / "وبعد يومين،"
// count from the day written before.
func TestOneDayLaterAndArabicCountedDays(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		day        int
	}{
		{"de", "Am 5. Mai empfing Kais Saied den Minister Sameh Shoukry in Karthago. Einen Tag später traf Shoukry in Algier Präsident Abdelmadjid Tebboune.", 6},
		{"en", "On May 5, Kais Saied received Sameh Shoukry in Carthage. One day later Shoukry met Algerian President Abdelmadjid Tebboune in Algiers.", 6},
		{"fr", "Le 5 mai, Kais Saied a reçu Sameh Choukri à Carthage. Un jour plus tard, Choukri a rencontré le président algérien Abdelmadjid Tebboune à Alger.", 6},
		{"es", "El 5 de mayo, Kais Saied recibió a Sameh Shukri en Cartago. Un día más tarde, Shukri se reunió con el presidente argelino Abdelmadjid Tebún en Argel.", 6},
		{"it", "Il 5 maggio Kais Saied ha ricevuto Sameh Shoukry a Cartagine. Un giorno più tardi Shoukry ha incontrato ad Algeri il presidente algerino Abdelmadjid Tebboune.", 6},
		{"ru", "5 мая Каис Саид принял Самеха Шукри в Карфагене. Днём позже Шукри встретился в Алжире с президентом Абдельмаджидом Теббуном.", 6},
		{"ar", "استقبل الرئيس التونسي قيس سعيد وزير الخارجية المصري سامح شكري في قرطاج يوم 5 مايو. وفي اليوم الموالي، التقى شكري الرئيس الجزائري عبد المجيد تبون في الجزائر.", 6},
		{"ar", "استقبل الرئيس التونسي قيس سعيد وزير الخارجية المصري سامح شكري في قرطاج يوم 5 مايو. وبعد أربعة أيام، التقى شكري الرئيس الجزائري عبد المجيد تبون في الجزائر.", 9},
		{"ar", "استقبل الرئيس التونسي قيس سعيد وزير الخارجية المصري سامح شكري في قرطاج يوم 5 مايو. بعد يومين، التقى شكري الرئيس الجزائري عبد المجيد تبون في الجزائر.", 7},
	}
	want := []string{"sameh-shoukry", "abdelmadjid-tebboune"}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-05-20", "Title\n\n"+c.text)
		if !heldOn(f, "", want, 5, c.day) {
			t.Errorf("%s %q: meetings %v, want %v held on 05-%02d", c.lang, c.text, dated(f), want, c.day)
		}
	}
}

// TestArabicOrdinalDay: Arabic writes a day of the month as an ordinal
// before "من" and the month ("في السادس من مايو", "الحادي والعشرين من
// مايو"); the meeting is dated to that day, and a count of days after it
// ("وبعد ثلاثة أيام،") counts from it.
func TestArabicOrdinalDay(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		text string
		day  int
	}{
		{"وفي السادس من مايو، استقبل الرئيس الجزائري عبد المجيد تبون وزير الخارجية المصري سامح شكري في الجزائر.", 6},
		{"التقى وزير الخارجية المصري سامح شكري الرئيس الجزائري عبد المجيد تبون في الجزائر يوم الحادي والعشرين من مايو.", 21},
		{"استقبل الرئيس الجزائري عبد المجيد تبون وزير الخارجية المصري سامح شكري في الخامس عشر من مايو الماضي.", 15},
	}
	want := []string{"abdelmadjid-tebboune", "sameh-shoukry"}
	for _, c := range cases {
		f := factsOn(t, x, "ar", "2021-05-28", "Title\n\n"+c.text)
		if !heldOn(f, "", want, 5, c.day) && !heldOn(f, "", []string{want[1], want[0]}, 5, c.day) {
			t.Errorf("ar %q: meetings %v, want a meeting on 05-%02d", c.text, dated(f), c.day)
		}
	}
	text := "وفي الثاني من مايو، استقبل الرئيس التونسي قيس سعيد وزير الخارجية المصري سامح شكري في قرطاج. وبعد ثلاثة أيام، التقى شكري الرئيس الجزائري عبد المجيد تبون في الجزائر."
	f := factsOn(t, x, "ar", "2021-05-28", "Title\n\n"+text)
	if !heldOn(f, "", []string{"sameh-shoukry", "abdelmadjid-tebboune"}, 5, 5) {
		t.Errorf("ar %q: meetings %v, want Shoukry with Tebboune on 05-05", text, dated(f))
	}
}

// TestDayOfTheSentenceBeforeWithNoEvent: a sentence that tells no event
// but sets the day with "yesterday" ("Ieri è stata la volta del
// ministro", "Gestern war … an der Reihe") dates the meeting told right
// after it with no time of its own, deep in the story as in its lead.
func TestDayOfTheSentenceBeforeWithNoEvent(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, lead, text string }{
		{"it", "Il 2 marzo Sergej Lavrov ha incontrato Mevlüt Çavuşoğlu a Mosca. I due hanno parlato della tregua.", "Ieri è stata la volta del ministro degli Esteri italiano. A Tunisi, Luigi Di Maio ha incontrato Kais Saied per un'ora."},
		{"en", "On March 2, Sergey Lavrov met Mevlüt Çavuşoğlu in Moscow. The two discussed the truce.", "Yesterday it was the Italian foreign minister's turn. In Tunis, Luigi Di Maio met Kais Saied for an hour."},
		{"fr", "Le 2 mars, Sergueï Lavrov a rencontré Mevlüt Çavuşoğlu à Moscou. Les deux ont parlé de la trêve.", "Hier, c'était au tour du chef de la diplomatie italienne. À Tunis, Luigi Di Maio s'est entretenu avec Kais Saied pendant une heure."},
		{"es", "El 2 de marzo, Serguéi Lavrov se reunió con Mevlüt Çavuşoğlu en Moscú. Ambos hablaron de la tregua.", "Ayer le tocó el turno al ministro de Exteriores italiano. En Túnez, Luigi Di Maio se reunió con Kais Saied durante una hora."},
		{"de", "Am 2. März traf Sergej Lawrow in Moskau Mevlüt Çavuşoğlu. Beide sprachen über die Waffenruhe.", "Gestern war der italienische Außenminister an der Reihe. In Tunis traf Luigi Di Maio eine Stunde lang Kais Saied."},
		{"tr", "Sergey Lavrov 2 Mart'ta Moskova'da Mevlüt Çavuşoğlu ile görüştü. İki bakan ateşkesi ele aldı.", "Dün sıra İtalya Dışişleri Bakanı'ndaydı. Luigi Di Maio Tunus'ta Kays Said ile bir saat görüştü."},
		{"ru", "2 марта Сергей Лавров встретился в Москве с Мевлютом Чавушоглу. Министры обсудили перемирие.", "Вчера настала очередь главы МИД Италии. В Тунисе Луиджи Ди Майо в течение часа беседовал с Каисом Саидом."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-03-20", "Title\n\n"+c.lead+"\n\nOther news followed over the weeks.\n\n"+c.text)
		if !heldOn(f, "", []string{"luigi-di-maio", "kais-saied"}, 3, 19) {
			t.Errorf("%s %q: meetings %v, want Di Maio with Saied on 03-19", c.lang, c.text, dated(f))
		}
	}
}
