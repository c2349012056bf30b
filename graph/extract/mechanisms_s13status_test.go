package extract

import (
	"testing"

	"github.com/parley/parley/graph"
)

// statusOf is the status of f's only meeting of exactly want ("" when
// there is none, or more than one).
func statusOf(f graph.Facts, want []string) (string, graph.Date) {
	found, n := graph.Meeting{}, 0
	for _, m := range f.Meetings {
		if sameParts(participants(m), want) {
			found, n = m, n+1
		}
	}
	if n != 1 {
		return "", graph.Date{}
	}
	if found.Status == "" {
		return graph.StatusHeld, found.Date
	}
	return found.Status, found.Date
}

// TestIntentionAndFutureFormsPlan: an intention or schedule verb before
// the meeting's infinitive (ru "собирается", "намерена", "должна
// встретиться"), a Turkish future participle of the light verb ("görüşme
// yapacağı açıklandı") and the Urdu future of "to be" ("ملاقات … ہوگی")
// tell a meeting still to come; a month named with it lies ahead of the
// paper's day, not behind it.
func TestIntentionAndFutureFormsPlan(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
		month      int
	}{
		{"ru", "Глава турецкой дипломатии Мевлют Чавушоглу собирается провести переговоры с Сергеем Лавровым в Сочи.", []string{"mevlut-cavusoglu", "sergey-lavrov"}, 0},
		{"ru", "Наджла Мангуш должна встретиться с Сергеем Лавровым в Москве в октябре.", []string{"najla-mangoush", "sergey-lavrov"}, 10},
		{"ru", "Наджла Мангуш намерена встретиться с Луиджи Ди Майо в Риме.", []string{"najla-mangoush", "luigi-di-maio"}, 0},
		{"tr", "Dışişleri Bakanı Mevlüt Çavuşoğlu'nun ekim ayında Roma'da Luigi Di Maio ile görüşme yapacağı bildirildi.", []string{"mevlut-cavusoglu", "luigi-di-maio"}, 10},
		{"ur", "نجلاء المنقوش اور اطالوی وزیر خارجہ لوئیجی دی مائیو کی ملاقات اکتوبر میں روم میں ہوگی۔", []string{"najla-mangoush", "luigi-di-maio"}, 10},
		{"ar", "ومن المقرر أن تلتقي وزيرة الخارجية الليبية نجلاء المنقوش نظيرها الإيطالي لويجي دي مايو في روما في أكتوبر.", []string{"najla-mangoush", "luigi-di-maio"}, 10},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-06-12", "Title\n\n"+c.text)
		st, dt := statusOf(f, c.want)
		if st != graph.StatusPlanned || c.month != 0 && (dt.Month != c.month || dt.Year != 2021) {
			t.Errorf("%s %q: meetings %v (%v), want one planned, month %d of 2021", c.lang, c.text, dated(f), statuses(f), c.month)
		}
	}
}

// TestPlanToldInThePastIsCalledOff: a plan told in the past tense (ru
// "должен был встретиться", tr "görüşmesi planlanıyordu", ar "كان من
// المقرر أن", ur "ملاقات طے تھی") is one that did not come about: the
// meeting is called off even when the clause that says so is another
// one or none ("пришлось отменить", "programdan çıkarıldı", "قبل أن تُلغى").
func TestPlanToldInThePastIsCalledOff(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"ru", "Сергей Лавров должен был встретиться с Наджлой Мангуш в Москве в пятницу.", []string{"sergey-lavrov", "najla-mangoush"}},
		{"ru", "Визит Наджлы Мангуш в Рим отложен; там она должна была провести переговоры с Луиджи Ди Майо.", []string{"najla-mangoush", "luigi-di-maio"}},
		{"ru", "Переговоры Сергея Лаврова с Наджлой Мангуш, назначенные на вечер, пришлось отменить.", []string{"sergey-lavrov", "najla-mangoush"}},
		{"tr", "Sergey Lavrov'un cuma günü Moskova'da Necla el-Manguş ile görüşmesi planlanıyordu.", []string{"sergey-lavrov", "najla-mangoush"}},
		{"tr", "Mevlüt Çavuşoğlu'nun programında Luigi Di Maio ile Roma'da yapılması planlanan bir görüşme de vardı, fakat bu görüşme programdan çıkarıldı.", []string{"mevlut-cavusoglu", "luigi-di-maio"}},
		{"ar", "كان من المقرر أن يلتقي وزير الخارجية الروسي سيرغي لافروف نظيرته الليبية نجلاء المنقوش في موسكو يوم الجمعة.", []string{"sergey-lavrov", "najla-mangoush"}},
		{"ar", "وكان من المقرر أن تلتقي نجلاء المنقوش لويجي دي مايو في روما، قبل أن تُلغى الزيارة بسبب الطقس.", []string{"najla-mangoush", "luigi-di-maio"}},
		{"ur", "روسی وزیر خارجہ سرگئی لاوروف کی نجلاء المنقوش سے ماسکو میں ملاقات جمعہ کو طے تھی۔", []string{"sergey-lavrov", "najla-mangoush"}},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-06-12", "Title\n\n"+c.text)
		if st, _ := statusOf(f, c.want); st != graph.StatusCancelled {
			t.Errorf("%s %q: meetings %v (%v), want one cancelled", c.lang, c.text, dated(f), statuses(f))
		}
	}
	// the same tenses for a plan still to come are no cancellation
	for _, c := range []struct {
		lang, text string
		want       []string
	}{
		{"ru", "Сергей Лавров должен встретиться с Наджлой Мангуш в Москве в пятницу.", []string{"sergey-lavrov", "najla-mangoush"}},
		{"tr", "Sergey Lavrov'un cuma günü Moskova'da Necla el-Manguş ile görüşmesi planlanıyor.", []string{"sergey-lavrov", "najla-mangoush"}},
		{"ar", "ومن المقرر أن يلتقي وزير الخارجية الروسي سيرغي لافروف نظيرته الليبية نجلاء المنقوش في موسكو يوم الجمعة.", []string{"sergey-lavrov", "najla-mangoush"}},
		{"ur", "روسی وزیر خارجہ سرگئی لاوروف کی نجلاء المنقوش سے ماسکو میں ملاقات جمعہ کو طے ہے۔", []string{"sergey-lavrov", "najla-mangoush"}},
	} {
		f := factsOn(t, x, c.lang, "2021-06-12", "Title\n\n"+c.text)
		if st, _ := statusOf(f, c.want); st != graph.StatusPlanned {
			t.Errorf("%s %q: meetings %v (%v), want one planned", c.lang, c.text, dated(f), statuses(f))
		}
	}
}

// TestPastPlanCalledOffRomanceEnglish: the same cause in English, Spanish
// and Italian: "had been expected", "had hoped to", "debía reunirse",
// "era previsto", "saltò" tell a meeting that did not come about, while
// the held one told before it in the sentence stays held.
func TestPastPlanCalledOffRomanceEnglish(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"en", "Najla Mangoush had been expected in Rome on Friday for talks with Luigi Di Maio.", []string{"najla-mangoush", "luigi-di-maio"}},
		{"en", "Luigi Di Maio had hoped to meet Najla Mangoush in Rome on Friday.", []string{"luigi-di-maio", "najla-mangoush"}},
		{"es", "Najla Mangush debía reunirse el viernes en Roma con Luigi Di Maio.", []string{"najla-mangoush", "luigi-di-maio"}},
		{"it", "Il colloquio tra Najla Mangush e Luigi Di Maio, fissato per venerdì a Roma, saltò all'ultimo momento.", []string{"najla-mangoush", "luigi-di-maio"}},
		{"it", "Per venerdì era previsto un incontro tra Najla Mangush e Luigi Di Maio a Roma.", []string{"najla-mangoush", "luigi-di-maio"}},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-06-12", "Title\n\n"+c.text)
		if st, _ := statusOf(f, c.want); st != graph.StatusCancelled {
			t.Errorf("%s %q: meetings %v (%v), want one cancelled", c.lang, c.text, dated(f), statuses(f))
		}
	}
	text := "Luigi Di Maio received Khalifa Haftar in Rome on Friday, and had hoped to see Najla Mangoush there the same day."
	f := factsOn(t, x, "en", "2021-06-12", "Title\n\n"+text)
	if st, _ := statusOf(f, []string{"luigi-di-maio", "khalifa-haftar"}); st != graph.StatusHeld {
		t.Errorf("en %q: meetings %v (%v), want the one with Haftar held", text, dated(f), statuses(f))
	}
}

// TestOnBeforeADateIsNoTopic: "on" is a topic word ("talks on a
// ceasefire"), but before a date it is a preposition of time, and a
// cancelled cue after the date is the predicate of the trip ("A trip to
// Rome … to meet X on 14 December was postponed"), not a word of what the
// meeting was about; a cancelled meeting dated in the month just past
// stays in it.
func TestOnBeforeADateIsNoTopic(t *testing.T) {
	x := shipped(t)
	for _, text := range []string{
		"A trip to Rome by Najla Mangoush to meet Luigi Di Maio on 14 December was postponed at the last minute.",
		"Najla Mangoush's planned visit to Rome to meet Luigi Di Maio on December 14 was called off.",
	} {
		f := factsOn(t, x, "en", "2021-01-10", "Title\n\n"+text)
		st, dt := statusOf(f, []string{"najla-mangoush", "luigi-di-maio"})
		if st != graph.StatusCancelled || dt.Year != 2020 || dt.Month != 12 || dt.Day != 14 {
			t.Errorf("en %q: meetings %v (%v), want one cancelled on 2020-12-14", text, dated(f), statuses(f))
		}
	}
}

// TestNextDayIsNoPlan: "the next day" counts on from a day told before;
// its "next" (ur "اگلے") is no plan, and the meeting it dates was held.
func TestNextDayIsNoPlan(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"ur", "نجلاء المنقوش منگل کو روم پہنچیں۔ اگلے روز نجلاء المنقوش نے اطالوی وزیر خارجہ لوئیجی دی مائیو سے ملاقات کی۔"},
		{"ur", "نجلاء المنقوش منگل کو روم پہنچیں۔ اگلے دن اطالوی وزیر خارجہ لوئیجی دی مائیو اور نجلاء المنقوش کی ملاقات ہوئی۔"},
		{"en", "Najla Mangoush arrived in Rome on Tuesday. The next day she met Luigi Di Maio."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-06-12", "Title\n\n"+c.text)
		if st, _ := statusOf(f, []string{"najla-mangoush", "luigi-di-maio"}); st != graph.StatusHeld {
			t.Errorf("%s %q: meetings %v (%v), want one held", c.lang, c.text, dated(f), statuses(f))
		}
	}
}
