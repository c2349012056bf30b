package extract

import "testing"

// TestMissingTriggerForms: the meeting verbs journalists use that the
// trigger files lacked: Turkish ağırlamak (to host) in its pluperfect,
// reported (-dığını) and participle (-an) forms, Italian intrattenersi
// con, Spanish mantener un aparte con and departir con, French and
// Italian gerunds of the host verb (en recevant, ricevendo), English
// "while receiving", Russian провести беседу с, Urdu "مل چکے ہیں" (has
// met), Arabic dual التقيا (the two met). Each sentence is one meeting
// of the two named, held in the city it names.
func TestMissingTriggerForms(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text, place string
		want              []string
	}{
		{"tr", "Hulusi Akar, geçen ay Ankara'da Libya İçişleri Bakanı Fethi Başağa'yı ağırlamıştı.", "ankara",
			[]string{"hulusi-akar", "fathi-bashagha"}},
		{"tr", "Mevlüt Çavuşoğlu'nun salı günü Fayez es-Serrac'ı Ankara'da ağırladığını hatırlatmak gerek.", "ankara",
			[]string{"mevlut-cavusoglu", "fayez-al-sarraj"}},
		{"tr", "Halife Hafter'i salı günü Kahire'de ağırlayan Abdulfettah es-Sisi, ateşkes çağrısı yaptı.", "cairo",
			[]string{"abdel-fattah-el-sisi", "khalifa-haftar"}},
		{"it", "Martedì a Roma Luigi Di Maio si è intrattenuto con il ministro degli Esteri turco Mevlüt Çavuşoğlu.", "rome",
			[]string{"luigi-di-maio", "mevlut-cavusoglu"}},
		{"it", "Giuseppe Conte ha parlato della tregua martedì a Roma ricevendo Fayez al-Sarraj.", "rome",
			[]string{"giuseppe-conte", "fayez-al-sarraj"}},
		{"es", "El martes en Trípoli, Arancha González Laya mantuvo un aparte con Fayez al Serraj.", "tripoli",
			[]string{"arancha-gonzalez-laya", "fayez-al-sarraj"}},
		{"es", "El martes en Madrid, Pedro Sánchez departió con Fayez al Serraj durante una hora.", "madrid",
			[]string{"pedro-sanchez", "fayez-al-sarraj"}},
		{"fr", "Emmanuel Macron a plaidé mardi pour une trêve en recevant à Paris le président égyptien Abdel Fattah al-Sissi.", "paris",
			[]string{"emmanuel-macron", "abdel-fattah-el-sisi"}},
		{"en", "Abdel Fattah el-Sisi spoke about the ceasefire on Tuesday while receiving Khalifa Haftar in Cairo.", "cairo",
			[]string{"abdel-fattah-el-sisi", "khalifa-haftar"}},
		{"ru", "Во вторник в Анкаре Мевлют Чавушоглу провёл беседу с Фаизом Сараджем.", "ankara",
			[]string{"mevlut-cavusoglu", "fayez-al-sarraj"}},
		{"ur", "خلیفہ حفتر منگل کو قاہرہ میں عبدالفتاح السیسی سے مل چکے ہیں۔", "cairo",
			[]string{"abdel-fattah-el-sisi", "khalifa-haftar"}},
		{"ar", "وكان سامح شكري وسيرغي لافروف قد التقيا في موسكو يوم الثلاثاء.", "moscow",
			[]string{"sameh-shoukry", "sergey-lavrov"}},
	}
	for _, c := range cases {
		oneMeeting(t, x, c.lang, c.text, c.place, c.want)
	}
}

// oneMeeting checks that the text, under a title line, tells one meeting
// of want (in place, unless place is empty).
func oneMeeting(t *testing.T, x *Extractor, lang, text, place string, want []string) {
	t.Helper()
	f := factsOf(t, x, lang, "Title\n\n"+text)
	if len(f.Meetings) != 1 || !sameParts(participants(f.Meetings[0]), want) || place != "" && f.Meetings[0].Place != place {
		t.Errorf("%s %q: meetings %+v, want one of %v in %q", lang, text, f.Meetings, want, place)
	}
}

// TestAlsoTookPartInTheTalks: after a meeting told in the sentence's
// first clause, a clause whose only trigger is a meeting noun and that
// says who else took part ("на переговорах присутствовал также X", "X also
// took part in the talks", "en la reunión participó también X",
// "görüşmede X da hazır bulundu") adds X to that meeting; it is no
// meeting of its own.
func TestAlsoTookPartInTheTalks(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"ru", "Во вторник в Москве Сергей Лавров принял Халифу Хафтара; на переговорах присутствовал также Михаил Богданов.",
			[]string{"sergey-lavrov", "khalifa-haftar", "mikhail-bogdanov"}},
		{"en", "On Tuesday in Cairo Abdel Fattah el-Sisi received Khalifa Haftar; Sameh Shoukry also took part in the talks.",
			[]string{"abdel-fattah-el-sisi", "khalifa-haftar", "sameh-shoukry"}},
		{"es", "El martes en Madrid, Pedro Sánchez recibió a Fayez al Serraj; en la reunión participó también Arancha González Laya.",
			[]string{"pedro-sanchez", "fayez-al-sarraj", "arancha-gonzalez-laya"}},
		{"tr", "Salı günü Ankara'da Recep Tayyip Erdoğan, Fayez es-Serrac'ı kabul etti; görüşmede Mevlüt Çavuşoğlu da hazır bulundu.",
			[]string{"recep-tayyip-erdogan", "fayez-al-sarraj", "mevlut-cavusoglu"}},
		// the noun also read as a meeting phrase ("entretien", "Treffen", "ملاقات")
		{"fr", "Mardi à Paris, Emmanuel Macron a reçu Fayez al-Sarraj ; Jean-Yves Le Drian a également participé à l'entretien.",
			[]string{"emmanuel-macron", "fayez-al-sarraj", "jean-yves-le-drian"}},
		{"de", "Am Dienstag empfing Angela Merkel in Berlin Fajis al-Sarradsch; an dem Treffen nahm auch Heiko Maas teil.",
			[]string{"angela-merkel", "fayez-al-sarraj", "heiko-maas"}},
		{"ur", "منگل کو قاہرہ میں عبدالفتاح السیسی نے خلیفہ حفتر سے ملاقات کی، ملاقات میں سامح شکری بھی شریک تھے۔",
			[]string{"abdel-fattah-el-sisi", "khalifa-haftar", "sameh-shoukry"}},
	}
	for _, c := range cases {
		oneMeeting(t, x, c.lang, c.text, "", c.want)
	}
}

// TestSatInOnTheMeeting: "X also sat in on the meeting", "Al colloquio ha
// presenziato X" in the sentence after a meeting add X to it.
func TestSatInOnTheMeeting(t *testing.T) {
	x := shipped(t)
	oneMeeting(t, x, "en", "On Tuesday in Benghazi Khalifa Haftar received Richard Norland. Foreign Minister Sameh Shoukry also sat in on the meeting.", "benghazi",
		[]string{"khalifa-haftar", "richard-norland", "sameh-shoukry"})
	oneMeeting(t, x, "it", "Martedì a Roma il presidente del Consiglio Giuseppe Conte ha ricevuto il premier libico Fayez al-Sarraj. Al colloquio ha presenziato il ministro degli Esteri Luigi Di Maio.", "rome",
		[]string{"giuseppe-conte", "fayez-al-sarraj", "luigi-di-maio"})
}
