package extract

import "testing"

// TestPairObjectMetSeparately: a pair phrase as the object of a meeting
// verb ("the two Libyan leaders", "die beiden libyschen Politiker", "i due
// leader libici", "دونوں لیبیائی رہنماؤں سے") with a `separate` word stands,
// like a plural object pronoun, for the two people the sentence before
// named; every subject met each of them on his own, also when the subject
// is a pair itself ("Lavrov and Çavuşoğlu met the two leaders
// separately"), and the two never meet each other there.
func TestPairObjectMetSeparately(t *testing.T) {
	x := shipped(t)
	one := []string{"sergey-lavrov", "mevlut-cavusoglu", "fayez-al-sarraj"}
	two := []string{"sergey-lavrov", "mevlut-cavusoglu", "khalifa-haftar"}
	cases := []struct{ lang, text string }{
		{"en", "Fayez al-Sarraj and Khalifa Haftar arrived in Moscow on Sunday. Sergey Lavrov and Mevlut Cavusoglu met the two Libyan leaders separately on Monday."},
		{"de", "Fayez al-Sarradsch und Chalifa Haftar kamen am Sonntag nach Moskau. Sergej Lawrow und Mevlüt Çavuşoğlu trafen die beiden libyschen Politiker am Montag getrennt."},
		{"it", "Fayez al-Sarraj e Khalifa Haftar sono arrivati domenica a Mosca. Sergei Lavrov e Mevlut Cavusoglu hanno incontrato separatamente i due leader libici lunedì."},
		{"ur", "فائز السراج اور خلیفہ حفتر اتوار کو ماسکو پہنچے۔ سرگئی لاوروف اور مولود چاوش اوغلو نے پیر کو دونوں لیبیائی رہنماؤں سے الگ الگ ملاقاتیں کیں۔"},
		{"fr", "Fayez al-Sarraj et Khalifa Haftar sont arrivés dimanche à Moscou. Sergueï Lavrov et Mevlüt Çavuşoğlu ont reçu séparément les deux dirigeants libyens lundi."},
		{"es", "Fayez al Sarraj y Jalifa Haftar llegaron el domingo a Moscú. Serguéi Lavrov y Mevlut Cavusoglu se reunieron por separado con los dos líderes libios el lunes."},
		{"ru", "Фаиз Сарадж и Халифа Хафтар прибыли в воскресенье в Москву. Сергей Лавров и Мевлют Чавушоглу в понедельник по отдельности встретились с обоими ливийскими лидерами."},
	}
	for _, c := range cases {
		ms := allParts(factsOf(t, x, c.lang, "Title\n\n"+c.text))
		if !meetingWithAll(ms, one) || !meetingWithAll(ms, two) || meetingWithAll(ms, append(one, "khalifa-haftar")) {
			t.Errorf("%s %q: meetings %v, want %v and %v apart", c.lang, c.text, ms, one, two)
		}
	}
	// (one subject, a pair phrase after the verb: the same split)
	wantAllParts(t, x, "en", "Fayez al-Sarraj and Khalifa Haftar were both in Berlin on Sunday for the conference. Angela Merkel met the two Libyan leaders separately at the chancellery.",
		[][]string{{"angela-merkel", "fayez-al-sarraj"}, {"angela-merkel", "khalifa-haftar"}})
}

// TestPairPhraseSubjectIsNoObject: a pair phrase with no person before it
// in its clause is the subject, never the object a `separate` word splits:
// "The two Libyan leaders met Merkel separately" is a meeting of each of
// them with Merkel, not of Merkel's partners named before.
func TestPairPhraseSubjectIsNoObject(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct{ lang, text string }{
		{"en", "Fayez al-Sarraj and Khalifa Haftar arrived in Berlin on Sunday. The two Libyan leaders met Angela Merkel separately at the chancellery."},
		{"de", "Fayez al-Sarradsch und Chalifa Haftar kamen am Sonntag nach Berlin. Die beiden libyschen Politiker trafen Angela Merkel getrennt im Kanzleramt."},
	} {
		ms := allParts(factsOf(t, x, c.lang, "Title\n\n"+c.text))
		for _, m := range ms {
			if len(m) > 2 && meetingWithAll([][]string{m}, []string{"angela-merkel"}) {
				t.Errorf("%s %q: meetings %v, want no pair object read", c.lang, c.text, ms)
			}
		}
	}
}

// TestJoinVerbsAddToTheMeetingBefore: a sentence whose verb says someone
// joined the meeting told just before ("s'est joint à la rencontre", "se
// sumó al encuentro", "si è unito all'incontro", "was joined by", "Beim
// Gespräch war X dabei") names one more of its participants, no meeting
// of its own.
func TestJoinVerbsAddToTheMeetingBefore(t *testing.T) {
	x := shipped(t)
	three := func(a, b string) []string { return []string{a, b, "fathi-bashagha"} }
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"fr", "Jean-Yves Le Drian a rencontré Fayez al-Sarraj à Tripoli lundi. Le ministre de l'Intérieur Fathi Bachagha s'est joint à la rencontre.", three("jean-yves-le-drian", "fayez-al-sarraj")},
		{"es", "Luigi Di Maio se reunió con Fayez al Sarraj en Trípoli el martes. Al encuentro se sumó el ministro del Interior, Fathi Bashagha.", three("luigi-di-maio", "fayez-al-sarraj")},
		{"it", "Luigi Di Maio ha incontrato Fayez al-Sarraj a Tripoli lunedì. All'incontro si è unito il ministro dell'Interno Fathi Bashagha.", three("luigi-di-maio", "fayez-al-sarraj")},
		{"it", "Luigi Di Maio ha incontrato Fayez al-Sarraj a Tripoli lunedì. Al colloquio si è poi aggiunto il ministro dell'Interno Fathi Bashagha.", three("luigi-di-maio", "fayez-al-sarraj")},
		{"en", "Dominic Raab met Fayez al-Sarraj in Tripoli on Thursday. At the meeting he was joined by Interior Minister Fathi Bashagha.", three("dominic-raab", "fayez-al-sarraj")},
		{"de", "Heiko Maas traf am Dienstag in Tripolis Fayez al-Sarradsch. Beim Gespräch war Innenminister Fathi Baschagha dabei.", three("heiko-maas", "fayez-al-sarraj")},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if !onlyMeetingOf(f, c.want) {
			t.Errorf("%s %q: meetings %v, want only %v", c.lang, c.text, allParts(f), c.want)
		}
	}
}
