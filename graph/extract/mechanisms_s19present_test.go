package extract

import "testing"

// TestHistoricalPresentSigningAndMeeting: an analysis tells past events in
// the present ("Il 6 agosto Dendias e Shoukry firmano un accordo", "Il 17
// gennaio Mitsotakis e Dendias ricevono Haftar"); the present plurals of
// signing, meeting and receiving are `sign`, `meet` and `host` phrases as
// their past forms are, and the past date keeps the meeting held. One
// signer, or an infinitive, signs with no one.
func TestHistoricalPresentSigningAndMeeting(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"it", "Il 14 settembre 2020, al Cairo, Luigi Di Maio e Sameh Shoukry firmano una dichiarazione comune.", [][]string{{"luigi-di-maio", "sameh-shoukry"}}},
		{"it", "Il 9 giugno 2020 Di Maio e Dendias si incontrano ad Atene.", [][]string{{"luigi-di-maio", "nikos-dendias"}}},
		{"it", "Due giorni dopo, il 13 gennaio 2020, Sergej Lavrov e Mevlüt Çavuşoğlu ricevono a Mosca Fayez al-Serraj.", [][]string{{"sergey-lavrov", "mevlut-cavusoglu", "fayez-al-sarraj"}}},
		{"it", "Nel maggio 2018 Emmanuel Macron ospita all'Eliseo Khalifa Haftar e Fayez al-Serraj.", [][]string{{"emmanuel-macron", "khalifa-haftar", "fayez-al-sarraj"}}},
		{"es", "El 6 de agosto de 2020, en El Cairo, Dendias y su homólogo egipcio Sameh Shukri firman un acuerdo marítimo.", [][]string{{"nikos-dendias", "sameh-shoukry"}}},
		{"de", "Am 6. August 2020 unterzeichnen Dendias und sein ägyptischer Kollege Sameh Schukri in Kairo ein Seeabkommen.", [][]string{{"nikos-dendias", "sameh-shoukry"}}},
		{"en", "On 6 August 2020, in Cairo, Dendias and his Egyptian counterpart Sameh Shoukry sign a maritime deal of their own.", [][]string{{"nikos-dendias", "sameh-shoukry"}}},
		{"fr", "Le 29 mai 2018, Emmanuel Macron réunit à l'Élysée Fayez al-Sarraj et Khalifa Haftar.", [][]string{{"emmanuel-macron", "fayez-al-sarraj", "khalifa-haftar"}}},
		{"en", "Khalifa Haftar refused to sign the ceasefire document in Moscow.", nil},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, c.want)
	}
	f := factsOn(t, x, "it", "2021-03-02", "Title\n\nIl 9 giugno 2020 Di Maio e Dendias si incontrano ad Atene.")
	if len(f.Meetings) != 1 || f.Meetings[0].Status != "held" || f.Meetings[0].Date.String() != "2020-06-09" {
		t.Errorf("it dated historical present: %+v, want one held meeting on 2020-06-09", f.Meetings)
	}
}

// TestJointActTogetherWith: people who present, unveil, announce or sign
// something together ("together with", "gemeinsam mit", "insieme a",
// "вместе с", "ile birlikte", "بالاشتراك مع", "مل کر") did it in one place:
// the `joint_with` phrase is a `beside` trigger when a `joint_act` verb
// stands near it. Without one ("travelled together with his deputy",
// "forderte gemeinsam mit Le Drian"), or between countries, it tells none.
func TestJointActTogetherWith(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"en", "On 6 June 2020 in Cairo, Egyptian President Abdel Fattah al-Sisi presented the Cairo Declaration together with Khalifa Haftar and Aguila Saleh.", [][]string{{"abdel-fattah-el-sisi", "khalifa-haftar", "aguila-saleh-issa"}}},
		{"en", "In Rome in March, Emmanuel Macron unveiled a joint migration plan together with Giuseppe Conte.", [][]string{{"emmanuel-macron", "giuseppe-conte"}}},
		{"de", "In Rom stellte Heiko Maas gemeinsam mit Luigi Di Maio einen Plan vor.", [][]string{{"heiko-maas", "luigi-di-maio"}}},
		{"it", "Il 6 giugno 2020 al Cairo Abdel Fattah al-Sisi ha presentato insieme a Khalifa Haftar e Aguila Saleh la cosiddetta Dichiarazione del Cairo.", [][]string{{"abdel-fattah-el-sisi", "khalifa-haftar", "aguila-saleh-issa"}}},
		{"ru", "6 июня 2020 года в Каире Хафтар и Агила Салех вместе с президентом Египта Абдель Фаттахом ас-Сиси представили мирную инициативу.", [][]string{{"khalifa-haftar", "aguila-saleh-issa", "abdel-fattah-el-sisi"}}},
		{"ru", "В Москве Сергей Лавров совместно с Мевлютом Чавушоглу представил план урегулирования.", [][]string{{"sergey-lavrov", "mevlut-cavusoglu"}}},
		{"tr", "Çavuşoğlu, Moskova'da Lavrov ile birlikte ateşkes çağrısını açıkladı.", [][]string{{"mevlut-cavusoglu", "sergey-lavrov"}}},
		{"ar", "وفي موسكو، أعلن لافروف بالاشتراك مع جاويش أوغلو مبادرة لوقف إطلاق النار.", [][]string{{"sergey-lavrov", "mevlut-cavusoglu"}}},
		{"ur", "27 نومبر 2019 کو استنبول میں اردوان اور فائز السراج نے مل کر دو مفاہمتی یادداشتوں پر دستخط کیے۔", [][]string{{"recep-tayyip-erdogan", "fayez-al-sarraj"}}},
		{"en", "Heiko Maas travelled to Tripoli together with his deputy on Monday.", nil},
		{"en", "Russia, together with Turkey, announced a ceasefire in Libya.", nil},
		{"de", "Heiko Maas forderte gemeinsam mit Le Drian einen Waffenstillstand.", nil},
		{"it", "L'Italia, insieme a Francia e Germania, ha presentato una risoluzione all'Onu.", nil},
		{"es", "España, junto con Italia, anunció una nueva misión naval.", nil},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, c.want)
	}
}

// TestSignerApart: one signer, and another named after a word that turns
// to a second subject with a verb of its own ("while", "mais", "mentre",
// "mientras que", "а", "بينما", Turkish "ise" and "ancak", German
// "dagegen"), signed alone: no meeting of the two. A signing with a
// partner before the turn stays a meeting.
func TestSignerApart(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"en", "In Moscow, Fayez al-Sarraj signed the truce on Monday, but Khalifa Haftar left without signing it.", nil},
		{"de", "Sarradsch unterzeichnete das Papier am Montag in Moskau, Haftar dagegen reiste ab, ohne zu unterschreiben.", nil},
		{"fr", "Fayez al-Sarraj a signé le texte lundi à Moscou, tandis que Khalifa Haftar a réclamé un délai.", nil},
		{"ru", "Глава ПНС Файез Сарадж подписал соглашение о перемирии, а маршал Халифа Хафтар попросил отсрочку.", nil},
		{"tr", "Serrac ateşkes metnini Moskova'da imzaladı, Hafter ise imzalamadan kentten ayrıldı.", nil},
		{"tr", "UMH Başkanı Fayiz es-Serrac belgeyi imzaladı ancak Halife Hafter ek süre istedi.", nil},
		{"ar", "وقع رئيس حكومة الوفاق فائز السراج على الاتفاق في موسكو، بينما غادر خليفة حفتر دون توقيعه.", nil},
		{"en", "In Istanbul, Fayez al-Sarraj signed two memoranda with Recep Tayyip Erdogan, while Khalifa Haftar warned against them.", [][]string{{"fayez-al-sarraj", "recep-tayyip-erdogan"}}},
		{"ar", "ووقع السراج مع أردوغان مذكرتي تفاهم، بينما انتقد حفتر الاتفاق.", [][]string{{"fayez-al-sarraj", "recep-tayyip-erdogan"}}},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, c.want)
	}
}

// TestPresentWithWeekdayPlanned: the present of a meeting verb with a bare
// weekday ("Maas trifft am Sonntag Haftar", "Le Drian reçoit mardi
// Mangoush", "Лавров во вторник принимает Мангуш") tells a meeting to
// come, on the next such day; the past tense with a weekday, and the
// narrative present with a written date, stay held.
func TestPresentWithWeekdayPlanned(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text, status, date string
	}{
		{"de", "Heiko Maas trifft am Sonntag in Bengasi Khalifa Haftar, teilte das Auswärtige Amt mit.", "planned", "2021-02-07"},
		{"de", "Kanzlerin Angela Merkel empfängt am Dienstag Fajis al-Sarradsch im Kanzleramt.", "planned", "2021-02-09"},
		{"en", "Heiko Maas meets Khalifa Haftar in Benghazi on Sunday, the German foreign office said.", "planned", "2021-02-07"},
		{"fr", "Jean-Yves Le Drian reçoit mardi au Quai d'Orsay son homologue libyenne Najla Mangoush.", "planned", "2021-02-09"},
		{"it", "Luigi Di Maio riceve martedì alla Farnesina la collega libica Najla Mangoush.", "planned", "2021-02-09"},
		{"es", "José Manuel Albares recibe el martes en Madrid a su homóloga libia, Najla Mangush.", "planned", "2021-02-09"},
		{"ru", "Сергей Лавров во вторник принимает в Москве главу МИД Ливии Наджлу Мангуш.", "planned", "2021-02-09"},
		{"ar", "يستقبل وزير الخارجية الروسي سيرغي لافروف يوم الثلاثاء في موسكو نظيرته الليبية نجلاء المنقوش.", "planned", "2021-02-09"},
		{"de", "Heiko Maas traf am Donnerstag in Bengasi Khalifa Haftar.", "held", "2021-02-04"},
		{"fr", "Jean-Yves Le Drian a reçu jeudi au Quai d'Orsay son homologue libyenne Najla Mangoush.", "held", "2021-02-04"},
		{"de", "Am Sonntag, dem 19. Januar 2020, empfängt Angela Merkel Khalifa Haftar im Kanzleramt.", "held", "2020-01-19"},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-02-06", "Title\n\n"+c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Status != c.status || f.Meetings[0].Date.String() != c.date {
			t.Errorf("%s %q: %+v, want one %s meeting on %s", c.lang, c.text, f.Meetings, c.status, c.date)
		}
	}
}
