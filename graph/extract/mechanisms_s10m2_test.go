package extract

import (
	"testing"

	"github.com/parley/parley/graph"
)

// meetingsAre fails unless the text gives exactly the meetings whose
// participants are want, in order.
func meetingsAre(t *testing.T, x *Extractor, lang, text string, want ...[]string) {
	t.Helper()
	f := factsOf(t, x, lang, text)
	var got [][]string
	for _, m := range f.Meetings {
		got = append(got, participants(m))
	}
	ok := len(got) == len(want)
	for i := 0; ok && i < len(want); i++ {
		ok = sameParts(got[i], want[i])
	}
	if !ok {
		t.Errorf("%s: meetings %v, want %v\n%s", lang, got, want, text)
	}
}

// TestCounterfactualMeeting: a meeting told in the conditional perfect
// ("would have met", "aurait rencontré", "se habría reunido", "avrebbe
// incontrato", "wäre … zusammengetroffen", "встретился бы", "görüşmüş olurdu",
// "لكان التقى", "ملاقات ہو جاتی") did not take place: no event; the
// meeting the article tells stays alone.
func TestCounterfactualMeeting(t *testing.T) {
	x := shipped(t)
	want := []string{"heiko-maas", "najla-mangoush"}
	cases := []struct{ lang, text string }{
		{"en", "Heiko Maas met Najla Mangoush in Berlin on Monday. Had the storm not grounded his plane, Maas would have met Aguila Saleh in Benghazi as well."},
		{"en", "Heiko Maas met Najla Mangoush in Berlin on Monday. But for the strike, he would have hosted Aguila Saleh the next week."},
		{"fr", "Heiko Maas a rencontré lundi à Berlin Najla Mangoush. Sans la grève des contrôleurs, il aurait rencontré Aguila Saleh à Benghazi le lendemain."},
		{"es", "Heiko Maas se reunió el lunes en Berlín con Najla Mangoush. Sin la huelga de controladores, se habría reunido con Aguila Saleh en Bengasi al día siguiente."},
		{"it", "Heiko Maas ha incontrato lunedì a Berlino Najla Mangoush. Senza lo sciopero dei controllori, avrebbe incontrato Aguila Saleh a Bengasi il giorno dopo."},
		{"de", "Heiko Maas traf am Montag in Berlin Najla Mangoush. Ohne den Streik der Fluglotsen wäre Maas am Dienstag in Bengasi mit Aguila Saleh zusammengetroffen."},
		{"ru", "Хайко Маас встретился в понедельник в Берлине с Наджлой Мангуш. Если бы не забастовка, Маас на следующий день встретился бы с Агилой Салехом в Бенгази."},
		{"tr", "Heiko Maas pazartesi günü Berlin'de Necla Menguş ile görüştü. Grev olmasaydı Maas ertesi gün Bingazi'de Akile Salih ile de görüşmüş olurdu."},
		{"ar", "التقى وزير الخارجية الألماني هايكو ماس يوم الاثنين في برلين وزيرة الخارجية الليبية نجلاء المنقوش. ولولا الإضراب لكان التقى عقيلة صالح في بنغازي في اليوم التالي."},
		{"ur", "جرمن وزیر خارجہ ہائیکو ماس نے پیر کو برلن میں نجلا المنقوش سے ملاقات کی۔ اگر ہڑتال نہ ہوتی تو ہائیکو ماس کی اگلے روز بن غازی میں عقیلہ صالح سے ملاقات ہو جاتی۔"},
		{"ur", "جرمن وزیر خارجہ ہائیکو ماس نے پیر کو برلن میں نجلا المنقوش سے ملاقات کی۔ اگر ہڑتال نہ ہوتی تو ہائیکو ماس اگلے روز بن غازی میں عقیلہ صالح سے ملاقات کر لیتے۔"},
	}
	for _, c := range cases {
		meetingsAre(t, x, c.lang, c.text, want)
	}
}

// TestBetweenMeetings: "between meetings" ("entre reunión y reunión",
// "tra un incontro e l'altro", "entre deux réunions", "zwischen zwei
// Treffen", "между встречами", "görüşmeler arasında", "بين اجتماعين",
// "ملاقاتوں کے درمیان") only times what follows: its meeting noun is no
// meeting with the one named after it.
func TestBetweenMeetings(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Between meetings, Heiko Maas read a long message from Najla Mangoush."},
		{"es", "Entre reunión y reunión, Heiko Maas leyó un largo mensaje de Najla Mangoush."},
		{"it", "Tra un incontro e l'altro, Heiko Maas ha letto un lungo messaggio di Najla Mangoush."},
		{"fr", "Entre deux réunions, Heiko Maas a lu un long message de Najla Mangoush."},
		{"de", "Zwischen zwei Treffen las Heiko Maas eine lange Nachricht von Najla Mangoush."},
		{"ru", "Между встречами Хайко Маас прочитал длинное послание Наджлы Мангуш."},
		{"tr", "Heiko Maas, görüşmeler arasında Necla Menguş'un uzun mesajını okudu."},
		{"ar", "وبين اجتماعين، قرأ هايكو ماس رسالة طويلة من نجلاء المنقوش."},
		{"ur", "ہائیکو ماس نے دو ملاقاتوں کے درمیان نجلا المنقوش کا طویل پیغام پڑھا۔"},
	}
	for _, c := range cases {
		meetingsAre(t, x, c.lang, c.text)
	}
}

// TestBasedPlace: a place that says where a participant or another noun
// sits ("who sits in Tobruk", "the Tobruk-based", "qui siège à", "con
// sede en", "con sede a", "mit Sitz in", "in … ansässigen", "базирующегося
// в", "merkezli", "ومقره") is not where the meeting is; a place of the
// trigger's own clause still is.
func TestBasedPlace(t *testing.T) {
	x := shipped(t)
	want := []string{"kais-saied", "aguila-saleh-issa"}
	cases := []struct{ lang, text, place string }{
		{"en", "Kais Saied received Aguila Saleh, who sits in Tobruk, on Thursday.", ""},
		{"en", "Kais Saied received Aguila Saleh, who sits in Tobruk, in Tunis on Thursday.", "tunis"},
		{"fr", "Kais Saied a reçu jeudi Aguila Saleh, qui siège à Tobrouk.", ""},
		{"es", "Kais Saied recibió el jueves a Aguila Saleh, presidente del parlamento con sede en Tobruk.", ""},
		{"it", "Kais Saied ha ricevuto giovedì Aguila Saleh, presidente del parlamento con sede a Tobruk.", ""},
		{"de", "Kais Saied empfing am Donnerstag Aguila Saleh, den Präsidenten des Parlaments mit Sitz in Tobruk.", ""},
		{"de", "Kais Saied empfing am Donnerstag den Präsidenten des in Tobruk ansässigen Parlaments, Aguila Saleh.", ""},
		{"tr", "Kays Said perşembe günü Tobruk merkezli meclisin başkanı Akile Salih'i kabul etti.", ""},
		{"ar", "استقبل الرئيس التونسي قيس سعيد يوم الخميس عقيلة صالح رئيس مجلس النواب ومقره طبرق.", ""},
	}
	for _, c := range cases {
		meetingsAre(t, x, c.lang, c.text, want)
		if f := factsOf(t, x, c.lang, c.text); len(f.Meetings) == 1 && f.Meetings[0].Place != c.place {
			t.Errorf("%s: place %q, want %q\n%s", c.lang, f.Meetings[0].Place, c.place, c.text)
		}
	}
	// Russian: the same with a meeting verb
	meetingsAre(t, x, "ru", "Хайко Маас в четверг встретился с Агилой Салехом, спикером базирующегося в Тобруке парламента.", []string{"heiko-maas", "aguila-saleh-issa"})
	if f := factsOf(t, x, "ru", "Хайко Маас в четверг встретился с Агилой Салехом, спикером базирующегося в Тобруке парламента."); len(f.Meetings) == 1 && f.Meetings[0].Place != "" {
		t.Errorf("ru: place %q, want none", f.Meetings[0].Place)
	}
}

// TestInPersonIdioms: "a tête-à-tête", "a quattr'occhi", "unter vier
// Augen", "с глазу на глаз", "على انفراد", "ون آن ون" are talks in
// person between the two named: a meeting even with a verb that is no
// meeting word ("spoke", "hanno parlato", "поговорили").
func TestInPersonIdioms(t *testing.T) {
	x := shipped(t)
	want := []string{"heiko-maas", "sergey-lavrov"}
	cases := []struct{ lang, text string }{
		{"en", "Heiko Maas had a tête-à-tête with Sergey Lavrov in Moscow on Tuesday."},
		{"it", "Heiko Maas ha avuto martedì a Mosca un tête-à-tête con Sergey Lavrov."},
		{"it", "Heiko Maas e Sergey Lavrov hanno parlato a quattr'occhi martedì a Mosca."},
		{"de", "Heiko Maas und Sergej Lawrow sprachen am Dienstag in Moskau unter vier Augen."},
		{"ru", "Хайко Маас и Сергей Лавров во вторник в Москве поговорили с глазу на глаз."},
		{"ar", "وتحدث هايكو ماس وسيرغي لافروف على انفراد يوم الثلاثاء في موسكو."},
		{"ur", "ہائیکو ماس اور سرگئی لاوروف کے درمیان منگل کو ماسکو میں ون آن ون ہوئی۔"},
	}
	for _, c := range cases {
		meetingsAre(t, x, c.lang, c.text, want)
		if f := factsOf(t, x, c.lang, c.text); len(f.Meetings) == 1 && (f.Meetings[0].Mode != graph.ModeInPerson || f.Meetings[0].Place != "moscow") {
			t.Errorf("%s: %s in %q, want in person in moscow", c.lang, f.Meetings[0].Mode, f.Meetings[0].Place)
		}
	}
}
