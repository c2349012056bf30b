package extract

import "testing"

// TestStateInsideExpertTitle: a state that opens an expert's title
// ("die Libyen-Expertin", "der Türkei-Kenner", "Libya analyst") after an
// inverted speech verb only qualifies the title; the person named after
// it speaks, not the state.
func TestStateInsideExpertTitle(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"de", "Außenminister Heiko Maas traf am Montag Fayez al-Sarradsch in Berlin. „Die Waffenruhe ist brüchig, aber sie hält“, sagt die Libyen-Expertin Anna Berger.", "Waffenruhe ist brüchig", "x-anna-berger"},
		{"de", "Heiko Maas traf Fayez al-Sarradsch am Montag in Berlin. „Ankara will bleiben“, sagte der Türkei-Kenner Markus Brandt.", "Ankara will bleiben", "x-markus-brandt"},
		{"en", "Heiko Maas met Fayez al-Sarraj in Berlin on Monday. \"The truce is fragile but it holds,\" said Libya analyst Tarek Halloum.", "truce is fragile", "x-tarek-halloum"},
	})
}

// TestOfficeOfStateInstitution: a press or communications office whose
// owner is a state's institution, not an actor of the lexicon ("دائرة
// الاتصال في الرئاسة التركية", "المكتب الإعلامي للرئاسة التركية", "the
// communications directorate of the Turkish presidency", "la direction
// de la communication de la présidence turque"), speaks for the state the
// institution stands for, not for the president the article named.
func TestOfficeOfStateInstitution(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"ar", "استقبل الرئيس التركي رجب طيب أردوغان فايز السراج في أنقرة يوم الاثنين. وأكدت دائرة الاتصال في الرئاسة التركية، في بيان مقتضب، أن أنقرة ستواصل دعمها للحكومة الشرعية.", "ستواصل دعمها", "turkey"},
		{"ar", "استقبل الرئيس التركي رجب طيب أردوغان فايز السراج في أنقرة يوم الاثنين. وقالت دائرة الاتصال بالرئاسة التركية إن المحادثات تناولت الهدنة.", "تناولت الهدنة", "turkey"},
		{"ar", "استقبل الرئيس المصري عبد الفتاح السيسي عقيلة صالح في القاهرة يوم الأحد. وأوضح المكتب الإعلامي للرئاسة المصرية أن اللقاء بحث وقف إطلاق النار.", "بحث وقف إطلاق النار", "egypt"},
		{"en", "Erdogan received Sarraj in Ankara on Monday. The communications directorate of the Turkish presidency said the talks had covered the ceasefire.", "covered the ceasefire", "turkey"},
		{"fr", "Erdogan a reçu Sarraj lundi à Ankara. La direction de la communication de la présidence turque a indiqué que les entretiens avaient porté sur la trêve.", "porté sur la trêve", "turkey"},
	})
}

// TestSubjectBeforeSourceAside: an aside opened by "as" after a comma
// and closed by the comma before a speech verb cites where the words come
// from ("Шукри, как сообщила пресс-служба МИД Египта, заявил", "Shoukry,
// as his ministry's press office reported, said"): the subject before it
// speaks, not the source inside it nor the host the article named first,
// and the aside's own verb reports no words of its own.
func TestSubjectBeforeSourceAside(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"ru", "Михаил Богданов принял в Москве министра иностранных дел Египта Самеха Шукри. Египетский министр, как сообщила пресс-служба его ведомства, заявил, что Каир поддерживает перемирие.", "Каир поддерживает", "sameh-shoukry"},
		{"en", "Mikhail Bogdanov received Sameh Shoukry in Moscow on Monday. Shoukry, as his ministry's press office reported, said Cairo backed the truce.", "backed the truce", "sameh-shoukry"},
		{"it", "Mikhail Bogdanov ha ricevuto Sameh Shoukry lunedì a Mosca. Shoukry, come ha riferito la Farnesina, ha affermato che il Cairo sostiene la tregua.", "sostiene la tregua", "sameh-shoukry"},
	})
	wantOnlySpeaker(t, x, "ru", "Title\n\nМихаил Богданов принял в Москве Самеха Шукри. Шукри, как сообщила пресс-служба МИД Египта, заявил, что Каир поддерживает перемирие.", "sameh-shoukry")
}

// TestRussianPronounGenderOfUnlisted: "По её словам" / "По его словам"
// is the words of the last person of the pronoun's gender even when no
// one the lexicon lists is named: a Russian surname tells its bearer's
// gender ("Анна Полякова", "Олег Самарин"), so the expert who opened the
// sentence before speaks, not the one quoted before her.
func TestRussianPronounGenderOfUnlisted(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"ru", "Сергей Лавров провёл переговоры с Наджлой Мангуш в Москве.\n\n«Кремль ведёт сразу несколько партий, и не все они видны со стороны», — считает политолог Олег Самарин.\n\nЕго коллега, арабист Анна Полякова, полагает, что ставка на маршала обернулась для Москвы ловушкой. По её словам, Россия может потерять влияние на востоке Ливии, если не найдёт новых союзников.", "может потерять влияние", "x-anna-polyakova"},
		{"ru", "Сергей Лавров провёл переговоры с Наджлой Мангуш в Москве.\n\n«Кремль ведёт сразу несколько партий, и не все они видны со стороны», — считает политолог Анна Полякова.\n\nЕё коллега, арабист Олег Самарин, полагает, что ставка на маршала обернулась для Москвы ловушкой. По его словам, Россия может потерять влияние на востоке Ливии, если не найдёт новых союзников.", "может потерять влияние", "x-oleg-samarin"},
	})
}
