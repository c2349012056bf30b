package extract

import (
	"slices"
	"testing"
)

// TestTwoMinistersAreTheMinisters: "the two ministers" ("iki bakan", "оба
// министра", "الوزيران", "دونوں وزرائے خارجہ") are the two ministers of the
// last event that joined two, not the president who received one of them
// in the event told last.
func TestTwoMinistersAreTheMinisters(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
	}{
		{"tr", "Dışişleri Bakanı Mevlüt Çavuşoğlu, Yunanistan Dışişleri Bakanı Nikos Dendias'ı salı günü Antalya'da ağırladı. Dendias daha sonra Cumhurbaşkanı Recep Tayyip Erdoğan tarafından kabul edildi. İki bakan şubat ayında da telefonda görüşmüştü."},
		{"ru", "Сергей Лавров провёл в Сочи переговоры с главой МИД Греции Никосом Дендиасом. Затем греческого министра принял президент Владимир Путин. Оба министра уже говорили по телефону в марте."},
		{"ar", "أجرى وزير الخارجية التركي مولود جاويش أوغلو محادثات في أنقرة مع نظيره اليوناني نيكوس دندياس. واستقبل الرئيس رجب طيب أردوغان الوزير اليوناني في وقت لاحق. وكان الوزيران قد بحثا الملف الليبي هاتفيا في مارس."},
		{"ur", "ترک وزیر خارجہ مولود چاؤش اوغلو نے انقرہ میں یونانی وزیر خارجہ نیکوس دندیاس سے ملاقات کی۔ بعد میں صدر رجب طیب اردوان نے یونانی وزیر کا استقبال کیا۔ دونوں وزرائے خارجہ نے مارچ میں فون پر بھی بات کی تھی۔"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		found := false
		for _, m := range f.Meetings {
			if m.Mode == "call" {
				found = true
				if !sameParts(participants(m), []string{"mevlut-cavusoglu", "nikos-dendias"}) && !sameParts(participants(m), []string{"sergey-lavrov", "nikos-dendias"}) {
					t.Errorf("%s %q: call of %v, want the two ministers", c.lang, c.text, participants(m))
				}
			}
		}
		if !found {
			t.Errorf("%s %q: no call in %v", c.lang, c.text, allParts(f))
		}
	}
}

// TestPersonAsideNamesNoPartner: a relative or participial clause about a
// person, opened by a comma after the name or a description of him ("Ян
// Кубиш, сменивший …", "…, который …", "یان کوبش، جنہوں نے …، نے",
// "…, прибывшим в Москву по приглашению …"), names people who are not
// partners of the sentence's meeting; a clause with a meeting of its own
// is its own event, and one after a meeting noun tells who met.
func TestPersonAsideNamesNoPartner(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"ru", "Министр иностранных дел Египта Самех Шукри, представлявший на конференции Абдель Фаттаха ас-Сиси, провёл в Берлине переговоры с Хайко Маасом.", [][]string{{"sameh-shoukry", "heiko-maas"}}},
		{"ru", "Хайко Маас провёл в Берлине переговоры с Самехом Шукри, передавшим ему послание Абдель Фаттаха ас-Сиси.", [][]string{{"heiko-maas", "sameh-shoukry"}}},
		{"ru", "Сергей Лавров провёл переговоры с Халифой Хафтаром, прибывшим в Москву по приглашению Владимира Путина.", [][]string{{"sergey-lavrov", "khalifa-haftar"}}},
		{"ru", "Ян Кубиш, который сменил на этом посту Стефани Уильямс, встретился в Триполи с Абдель Хамидом Дбейбой.", [][]string{{"jan-kubis", "abdul-hamid-dbeibah"}}},
		{"ru", "Ян Кубиш прибыл в Триполи. Словацкий дипломат, сменивший на этом посту Стефани Уильямс, встретился с Абдель Хамидом Дбейбой.", [][]string{{"jan-kubis", "abdul-hamid-dbeibah"}}},
		{"ru", "Сергей Лавров, встретившийся накануне с Хафтаром, провёл переговоры с Агилой Салехом.", [][]string{{"sergey-lavrov", "khalifa-haftar"}, {"sergey-lavrov", "aguila-saleh-issa"}}},
		{"ru", "Встреча, состоявшаяся в Москве при участии Сергея Лаврова и Халифы Хафтара, длилась три часа.", [][]string{{"sergey-lavrov", "khalifa-haftar"}}},
		{"ur", "مصری وزیر خارجہ سامح شکری، جنہوں نے کانفرنس میں صدر عبدالفتاح السیسی کی نمائندگی کی، نے برلن میں جرمن وزیر خارجہ ہائیکو ماس سے ملاقات کی۔", [][]string{{"sameh-shoukry", "heiko-maas"}}},
		{"ur", "یان کوبش، جنہوں نے اسٹیفنی ولیمز کی جگہ لی تھی، نے طرابلس میں عبدالحمید دبیبہ سے ملاقات کی۔", [][]string{{"jan-kubis", "abdul-hamid-dbeibah"}}},
		{"ar", "أجرى وزير الخارجية الروسي سيرغي لافروف، الذي خلف إيغور إيفانوف، محادثات في موسكو مع المشير خليفة حفتر.", [][]string{{"sergey-lavrov", "khalifa-haftar"}}},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, c.want)
	}
}

// TestDelegationInTheGenitive: a Turkish delegation noun in the genitive,
// the subject of a nominalised verb ("Heyetin salı günü … ile görüşmesi
// bekleniyor", "Heyetin daha sonra … ile görüştüğü bildirildi"), stands
// for the members of the trip told before, as "heyet" does.
func TestDelegationInTheGenitive(t *testing.T) {
	x := shipped(t)
	cases := []string{
		"Dışişleri Bakanı Mevlüt Çavuşoğlu ile Milli Savunma Bakanı Hulusi Akar pazartesi günü Trablus'a gitti. Heyet, Başkanlık Konseyi Başkanı Fayez es-Serrac ile görüştü. Heyetin salı günü Misrata'ya geçerek Halid el-Mişri ile görüşmesi bekleniyor.",
		"Dışişleri Bakanı Mevlüt Çavuşoğlu ile Milli Savunma Bakanı Hulusi Akar cuma günü Trablus'a gitti. Heyetin cumartesi günü Bingazi'de Halid el-Mişri ile görüşmesi planlanıyor.",
	}
	for _, c := range cases {
		f := factsOf(t, x, "tr", "Title\n\n"+c)
		if !meetingWithAll(allParts(f), []string{"mevlut-cavusoglu", "hulusi-akar", "khalid-al-mishri"}) {
			t.Errorf("tr %q: meetings %v, want Çavuşoğlu and Akar with al-Mishri", c, allParts(f))
		}
		for _, p := range allParts(f) {
			if sameParts(p, []string{"fayez-al-sarraj", "khalid-al-mishri"}) {
				t.Errorf("tr %q: meeting %v, want none of al-Sarraj with al-Mishri", c, p)
			}
		}
	}
}

// TestTurkishTimePhraseIsNoPartner: a Turkish time phrase closed by a
// postposition after a verbal noun ("Dibeybe ile görüşmesinin ardından",
// "Dibeybe'yi kabulünün ardından", "Dibeybe'nin ziyaretinden bir gün
// sonra", "Hafter'in Moskova'dan ayrılmasının ardından") names no partner
// of the verb after it; a meeting it tells is an event of its own. "daha
// önce" (before, earlier) closes no such phrase.
func TestTurkishTimePhraseIsNoPartner(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		text string
		want [][]string
	}{
		{"Cumhurbaşkanı Recep Tayyip Erdoğan, Başbakan Abdulhamid Dibeybe ile görüşmesinin ardından İtalya Başbakanı Mario Draghi ile telefonda görüştü.", [][]string{{"recep-tayyip-erdogan", "abdul-hamid-dbeibah"}, {"recep-tayyip-erdogan", "mario-draghi"}}},
		{"Dışişleri Bakanı Mevlüt Çavuşoğlu, Rus mevkidaşı Sergey Lavrov ile yaptığı telefon görüşmesinin ardından Libya Dışişleri Bakanı Necla el-Manguş ile bir araya geldi.", [][]string{{"mevlut-cavusoglu", "sergey-lavrov"}, {"mevlut-cavusoglu", "najla-mangoush"}}},
		{"Cumhurbaşkanı Recep Tayyip Erdoğan, Başbakan Abdulhamid Dibeybe'yi kabulünün ardından İtalya Başbakanı Mario Draghi ile telefonda görüştü.", [][]string{{"recep-tayyip-erdogan", "mario-draghi"}}},
		{"Dışişleri Bakanı Mevlüt Çavuşoğlu, Libya Başbakanı Abdulhamid Dibeybe'nin ziyaretinden bir gün sonra Rus mevkidaşı Sergey Lavrov ile telefonda görüştü.", [][]string{{"mevlut-cavusoglu", "sergey-lavrov"}}},
		{"Rusya Dışişleri Bakanı Sergey Lavrov, Hafter'in Moskova'dan ayrılmasının ardından Temsilciler Meclisi Başkanı Akile Salih ile görüştü.", [][]string{{"sergey-lavrov", "aguila-saleh-issa"}}},
		{"Serrac'la görüşmesinin ardından Akar, Libya Savunma Bakanı Salahaddin en-Nemruş ile bir araya geldi.", [][]string{{"hulusi-akar", "salah-al-namroush"}}},
		{"Dışişleri Bakanı Mevlüt Çavuşoğlu, Serrac ile daha önce Ankara'da görüşmüştü.", [][]string{{"mevlut-cavusoglu", "fayez-al-sarraj"}}},
	}
	for _, c := range cases {
		wantAllParts(t, x, "tr", c.text, c.want)
	}
}

// TestDemonymDiplomatIsThePersonOfThatCountry: an unnamed noun with a
// demonym as a meeting's subject ("российский дипломат провел
// переговоры", "Rus diplomat … ile görüştü") is the person of that
// country named last, not the host told in the sentence before.
func TestDemonymDiplomatIsThePersonOfThatCountry(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"ru", "Заместитель министра иностранных дел России Михаил Богданов прибыл в Доху. В понедельник Богданова принял министр иностранных дел Катара Мухаммед бен Абдеррахман Аль Тани. Во вторник российский дипломат провел переговоры в Абу-Даби с Анваром Гаргашем."},
		{"tr", "Rusya Dışişleri Bakan Yardımcısı Mihail Bogdanov pazartesi günü Doha'ya gitti. Bogdanov'u Katar Dışişleri Bakanı Muhammed bin Abdurrahman Al Sani kabul etti. Rus diplomat salı günü Abu Dabi'de Enver Gargaş ile görüştü."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if !meetingWithAll(allParts(f), []string{"mikhail-bogdanov", "anwar-gargash"}) {
			t.Errorf("%s %q: meetings %v, want Bogdanov with Gargash", c.lang, c.text, allParts(f))
		}
		for _, p := range allParts(f) {
			if slices.Contains(p, "anwar-gargash") && slices.Contains(p, "mohammed-bin-abdulrahman-bin-jassim-al-thani") {
				t.Errorf("%s %q: meeting %v, want no Qatari minister with Gargash", c.lang, c.text, p)
			}
		}
	}

}

// TestEmirInBothRussianSpellings: Russian writes "bin" both "бен" and
// "бин"; either spelling of the emir of Qatar is the emir, not Qatar.
func TestEmirInBothRussianSpellings(t *testing.T) {
	x := shipped(t)
	for _, text := range []string{
		"Фаиз Сарадж прибыл в Доху. Эмир Катара шейх Тамим бин Хамад Аль Тани принял гостя во дворце.",
		"Эмир Катара Тамим бен Хамад Аль Тани принял в Дохе Фаиза Сараджа.",
	} {
		f := factsOf(t, x, "ru", "Title\n\n"+text)
		if !meetingWithAll(allParts(f), []string{"tamim-bin-hamad-al-thani", "fayez-al-sarraj"}) {
			t.Errorf("ru %q: meetings %v, want the emir with al-Sarraj", text, allParts(f))
		}
	}
}

// TestUrduErgativePronounKeepsTheSubject: an Urdu sentence whose subject
// is "انہوں نے" names someone else only as an owner ("السیسی کے بیان پر
// سوال کا جواب انہوں نے نہیں دیا"): the pronoun in the next sentence
// still stands for the subject before it, not for the owner.
func TestUrduErgativePronounKeepsTheSubject(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		text string
		want []string
	}{
		{"روسی وزیر خارجہ سرگئی لاوروف نے الجزائر میں صحافیوں سے بات کی۔ خلیفہ حفتر کے مطالبات پر سوال کا جواب انہوں نے گول کر دیا۔ جمعہ کی صبح روانگی سے پہلے انہوں نے جرمن وزیر خارجہ ہائیکو ماس سے بھی فون پر بات کی، جن سے اگلے ماہ برلن میں ان کی ملاقات طے ہے۔", []string{"sergey-lavrov", "heiko-maas"}},
		{"ترک وزیر خارجہ مولود چاؤش اوغلو نے طرابلس میں پریس کانفرنس کی۔ مصری صدر عبدالفتاح السیسی کے بیان پر سوال کا جواب انہوں نے نہیں دیا۔ رات کو انہوں نے اطالوی وزیر خارجہ لوئیجی دی مائیو سے فون پر مختصر گفتگو کی، جن سے اگلے ہفتے روم میں ان کی ملاقات طے ہے۔", []string{"mevlut-cavusoglu", "luigi-di-maio"}},
	}
	for _, c := range cases {
		f := factsOf(t, x, "ur", "Title\n\n"+c.text)
		if !meetingWithAll(allParts(f), c.want) {
			t.Errorf("ur %q: meetings %v, want %v", c.text, allParts(f), c.want)
		}
		for _, p := range allParts(f) {
			if slices.Contains(p, "khalifa-haftar") || slices.Contains(p, "abdel-fattah-el-sisi") {
				t.Errorf("ur %q: meeting %v, want no owner of the question as partner", c.text, p)
			}
		}
	}
}

// TestSameDayInTheNextClause: "the same day" in a sentence's second clause
// ("aynı gün", "в тот же день", "في اليوم نفسه") counts from the day of the
// first clause's meeting, and the Turkish passive host forms ("tarafından
// kabul edilmişti", "tarafından kabul edilen") tell a meeting with the
// agent: the second clause is its own meeting with its own host.
func TestSameDayInTheNextClause(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"tr", "Ondan önce, 3 Mart'ta İtalya Dışişleri Bakanı Luigi Di Maio Bingazi'de Hafter ile görüşmüş, aynı gün Trablus'ta Dibeybe tarafından kabul edilmişti."},
		{"ru", "3 марта Луиджи Ди Майо встретился в Бенгази с Халифой Хафтаром, а в тот же день в Триполи его принял Абдель Хамид Дбейба."},
		{"ar", "التقى لويجي دي مايو خليفة حفتر في بنغازي في 3 مارس، وفي اليوم نفسه استقبله عبد الحميد الدبيبة في طرابلس."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-04-20", "Title\n\n"+c.text)
		found := false
		for _, m := range f.Meetings {
			if sameParts(participants(m), []string{"luigi-di-maio", "abdul-hamid-dbeibah"}) {
				found = true
				if got := m.Date.String(); got != "2021-03-03" && got != "--03-03" {
					t.Errorf("%s %q: the Tripoli meeting dated %q, want 3 March", c.lang, c.text, got)
				}
			}
			if slices.Contains(participants(m), "khalifa-haftar") && slices.Contains(participants(m), "abdul-hamid-dbeibah") {
				t.Errorf("%s %q: meeting %v joins the two clauses", c.lang, c.text, participants(m))
			}
		}
		if !found {
			t.Errorf("%s %q: meetings %v, want Di Maio with Dbeibah", c.lang, c.text, allParts(f))
		}
	}
	f := factsOf(t, x, "tr", "Title\n\nRusya Dışişleri Bakanı Sergey Lavrov tarafından kabul edilen Hafter, Moskova'da ateşkes metnini imzalamadı.")
	if !meetingWithAll(allParts(f), []string{"sergey-lavrov", "khalifa-haftar"}) {
		t.Errorf("tr: meetings %v, want Lavrov's reception of Haftar", allParts(f))
	}
}

// TestOwnerOfATimeNounIsNoPartner: after the verb, the one whose deed an
// "after" phrase names ("после отступления Хафтара от Триполи", "بعد
// انسحاب حفتر من طرابلس") only dates the meeting; an adverb before the
// subject ("После обеда Путин …") leaves the subject standing.
func TestOwnerOfATimeNounIsNoPartner(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"ru", "Сергей Лавров встретился в Москве с Агилой Салехом после отступления Халифы Хафтара от Триполи.", []string{"sergey-lavrov", "aguila-saleh-issa"}},
		{"ru", "Реджеп Тайип Эрдоган принял в Анкаре Фаиза Сараджа после поражения Халифы Хафтара под Триполи.", []string{"recep-tayyip-erdogan", "fayez-al-sarraj"}},
		{"ar", "التقى سيرغي لافروف عقيلة صالح في موسكو بعد انسحاب خليفة حفتر من طرابلس.", []string{"sergey-lavrov", "aguila-saleh-issa"}},
		{"ru", "После обеда Владимир Путин провёл переговоры с Реджепом Тайипом Эрдоганом.", []string{"vladimir-putin", "recep-tayyip-erdogan"}},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if !onlyMeetingOf(f, c.want) {
			t.Errorf("%s %q: meetings %v, want only %v", c.lang, c.text, allParts(f), c.want)
		}
	}
}
