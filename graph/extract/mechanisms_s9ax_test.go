package extract

import (
	"reflect"
	"testing"
)

// TestOpeningAfterTalks: a clause-opening "after talks in P with X"
// phrase ("وبعد مباحثات في روما مع X، عاد Y", "après un entretien à Rome
// avec X, Y est rentré"), also after a fronted time phrase, is Y's meeting
// with X at P; a place past the phrase's comma belongs to the main verb
// and splits nothing off.
func TestOpeningAfterTalks(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text, place string
		parts             []string
	}{
		{"ar", "وفي الأسبوع نفسه، وبعد مباحثات في روما مع رئيس الوزراء ماريو دراغي، عاد رئيس الحكومة عبد الحميد الدبيبة بوعود إيطالية بإعادة فتح القنصلية في بنغازي.",
			"rome", []string{"mario-draghi", "abdul-hamid-dbeibah"}},
		{"ar", "وصل وزير الخارجية التركي مولود تشاووش أوغلو إلى الجزائر. وفي اليوم ذاته، وبعد محادثات في أثينا مع رئيس الوزراء كيرياكوس ميتسوتاكيس، عاد رئيس المجلس الرئاسي محمد المنفي بوعود يونانية بفتح قنصلية في بنغازي.",
			"athens", []string{"kyriakos-mitsotakis", "mohamed-al-menfi"}},
		{"en", "In the same week, after talks in Rome with Prime Minister Mario Draghi, Abdul Hamid Dbeibah returned with Italian promises to reopen the consulate in Benghazi.",
			"rome", []string{"mario-draghi", "abdul-hamid-dbeibah"}},
		{"fr", "La même semaine, après un entretien à Rome avec Mario Draghi, Abdel Hamid Dbeibah est rentré avec la promesse de rouvrir le consulat à Benghazi.",
			"rome", []string{"mario-draghi", "abdul-hamid-dbeibah"}},
		{"it", "Nella stessa settimana, dopo colloqui a Roma con Mario Draghi, Abdul Hamid Dbeibah è tornato con la promessa di riaprire il consolato a Bengasi.",
			"rome", []string{"mario-draghi", "abdul-hamid-dbeibah"}},
		{"es", "La misma semana, tras conversaciones en Roma con Mario Draghi, Abdul Hamid Dbeibah regresó con la promesa de reabrir el consulado en Bengasi.",
			"rome", []string{"mario-draghi", "abdul-hamid-dbeibah"}},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != c.place || !reflect.DeepEqual(participants(f.Meetings[0]), c.parts) {
			t.Errorf("%s %q: %+v, want one meeting of %v at %s", c.lang, c.text, f.Meetings, c.parts, c.place)
		}
	}
}

// TestArabicObjectSuffix: an Arabic meeting verb carries its object as a
// suffix ("استقبله", "التقاه"): with one actor in its clause, also in a
// relative clause about "the man" ("فالرجل الذي كان X قد استقبله"), the
// suffix stands for the last sentence's subject, as "l'a reçu", "lo ha
// ricevuto" do in French and Italian.
func TestArabicObjectSuffix(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text, place string
		parts             []string
	}{
		{"ar", "وصل رئيس الحكومة عبد الحميد الدبيبة إلى تونس أمس. فالرجل الذي كان الرئيس قيس سعيد قد استقبله في قرطاج في ١٢ آذار/مارس، يسعى إلى تعزيز التعاون.",
			"tunis", []string{"kais-saied", "abdul-hamid-dbeibah"}},
		{"ar", "يتابع وزير الخارجية الإيطالي لويجي دي مايو الملف الليبي منذ عامين. وكان الرئيس عبد الفتاح السيسي قد التقاه في روما في ١٢ آذار/مارس.",
			"rome", []string{"abdel-fattah-el-sisi", "luigi-di-maio"}},
		{"fr", "Luigi Di Maio suit le dossier libyen depuis deux ans. Le président Abdel Fattah al-Sissi l'avait reçu à Rome le 12 mars.",
			"rome", []string{"abdel-fattah-el-sisi", "luigi-di-maio"}},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != c.place || f.Meetings[0].Date.Month != 3 || f.Meetings[0].Date.Day != 12 || !reflect.DeepEqual(participants(f.Meetings[0]), c.parts) {
			t.Errorf("%s %q: %+v, want one meeting of %v at %s on 12 March", c.lang, c.text, f.Meetings, c.parts, c.place)
		}
	}
}

// TestUrduPortfolioTitle: an Urdu minister's title is "وزیر" with the
// portfolio after it, no linking word ("وزیر تجارت", "وزیر توانائی"):
// the portfolio is part of the title, not of the name that follows.
func TestUrduPortfolioTitle(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		text string
		want []string
	}{
		{"لیبیا کے وزیر خارجہ محمد طاہر سیالہ نے جمعرات کو طرابلس میں ترکی کے وزیر تجارت روحسار پیکجان سے ملاقات کی۔",
			[]string{"mohamed-taha-siala", "ruhsar-pekcan"}},
		{"لیبیا کے وزیر خارجہ محمد طاہر سیالہ نے جمعرات کو طرابلس میں وزیر توانائی فاتح دونمیز سے ملاقات کی۔",
			[]string{"mohamed-taha-siala", "fatih-donmez"}},
	}
	for _, c := range cases {
		f := factsOf(t, x, "ur", c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != "tripoli" || !reflect.DeepEqual(participants(f.Meetings[0]), c.want) {
			t.Errorf("%q: %+v, want one meeting of %v in Tripoli", c.text, f.Meetings, c.want)
		}
	}
}

// TestNegotiatingTable: "the negotiating table" ("مذاکرات کی میز",
// "طاولة المفاوضات", "стол переговоров") is a figure for talking at all,
// no meeting of the one who calls for a return to it with anyone the
// sentence names.
func TestNegotiatingTable(t *testing.T) {
	x := shipped(t)
	none := []struct{ lang, text string }{
		{"ur", "وزیر خارجہ شاہ محمود قریشی نے کہا کہ تمام فریقوں کو اقوام متحدہ کی نگرانی میں مذاکرات کی میز پر آنا چاہیے۔"},
		{"ru", "Генеральный секретарь Лиги арабских государств Ахмед Абуль Гейт призвал в Каире ливийские стороны вернуться за стол переговоров под эгидой ООН."},
		{"ar", "دعا الأمين العام لجامعة الدول العربية أحمد أبو الغيط في القاهرة الأطراف الليبية إلى العودة إلى طاولة المفاوضات برعاية الأمم المتحدة."},
		{"en", "Arab League Secretary-General Ahmed Aboul Gheit in Cairo urged the Libyan parties to return to the negotiating table under United Nations auspices."},
		{"es", "El secretario general de la Liga Árabe, Ahmed Aboul Gheit, instó en El Cairo a las partes libias a volver a la mesa de negociaciones bajo los auspicios de Naciones Unidas."},
	}
	for _, c := range none {
		if f := factsOf(t, x, c.lang, c.text); len(f.Meetings) != 0 {
			t.Errorf("%s %q: %+v, want no meeting", c.lang, c.text, f.Meetings)
		}
	}
	// (the sentence is read: its speaker is found)
	for _, c := range []struct{ lang, text, want string }{{none[0].lang, none[0].text, "shah-mahmood-qureshi"}, {none[3].lang, none[3].text, "ahmed-aboul-gheit"}} {
		wantOnlySpeaker(t, x, c.lang, c.text, c.want)
	}
}

// TestArabicWasNoComplementizer: "كان" (was) is no "ك" + "أن": in "تأجل
// لقاء كان مقررا … بين X وY" the clause goes on to the pair who were to
// meet; "تأجل" (was postponed) calls the meeting off.
func TestArabicWasNoComplementizer(t *testing.T) {
	x := shipped(t)
	for _, text := range []string{
		"تأجل لقاء كان مقررا يوم 21 أكتوبر في الرباط بين خالد المشري وعقيلة صالح.",
		"وألغي اجتماع كان مرتقبا يوم 21 أكتوبر في الرباط بين خالد المشري وعقيلة صالح.",
	} {
		f := factsOf(t, x, "ar", text)
		if len(f.Meetings) != 1 || f.Meetings[0].Status != "cancelled" || f.Meetings[0].Place != "rabat" || f.Meetings[0].Date.Day != 21 || !reflect.DeepEqual(participants(f.Meetings[0]), []string{"khalid-al-mishri", "aguila-saleh-issa"}) {
			t.Errorf("%q: %+v, want the cancelled meeting of Mishri and Saleh in Rabat on 21 October", text, f.Meetings)
		}
	}
}

// TestAfterPriorStop: an Arabic "after" that opens a list of stops made
// before ("بعد زيارة طرابلس وبنغازي") takes no place from the clause
// before it: the meeting is where the traveller arrived.
func TestAfterPriorStop(t *testing.T) {
	x := shipped(t)
	text := "وصل وزير الخارجية الإيطالي لويجي دي مايو يوم الأربعاء إلى تونس بعد زيارة طرابلس ومصراتة، والتقى هناك نظيره التونسي عثمان الجرندي."
	f := factsOf(t, x, "ar", text)
	if len(f.Meetings) != 1 || f.Meetings[0].Place != "tunis" {
		t.Errorf("%q: %+v, want one meeting in Tunis", text, f.Meetings)
	}
}
