package extract

import (
	"slices"
	"testing"

	"github.com/parley/parley/graph"
)

// TestS12TurkishVerbShapes: Turkish tells a meeting or a reception in
// many shapes of one verb: the -ken and -ip converbs ("ağırlarken",
// "görüşüp"), the -dik participle with its cases ("bir araya geldiklerini
// hatırlattı", "görüştükten sonra"), the abilitative ("kabul edebildi")
// and the pluperfect passive ("tarafından kabul edilmişti").
func TestS12TurkishVerbShapes(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		text   string
		want   []string
		status string
	}{
		{"Cumhurbaşkanı Tebbun, Dbeybe'yi Cezayir'de ağırlarken ekonomik işbirliğini de masaya getirdi.",
			[]string{"abdelmadjid-tebboune", "abdul-hamid-dbeibah"}, graph.StatusHeld},
		{"Maas, Menfi'yi ancak bir hafta sonra Berlin'de kabul edebildi.",
			[]string{"heiko-maas", "mohamed-al-menfi"}, graph.StatusHeld},
		{"Şoygu, geçen ay Moskova'da Hafter ile bir araya geldiklerini doğruladı.",
			[]string{"sergei-shoigu", "khalifa-haftar"}, graph.StatusHeld},
		{"Menguş, Cezayir'de Bukadum ile görüştükten sonra Tunus'a geçti.",
			[]string{"najla-mangoush", "sabri-boukadoum"}, graph.StatusHeld},
		{"Başağa, Kahire'de Abbas Kamil tarafından kabul edilmişti.",
			[]string{"fathi-bashagha", "abbas-kamel"}, graph.StatusHeld},
		{"Lavrov, Çavuşoğlu ile gelecek ay Soçi'de bir araya geleceklerini açıkladı.",
			[]string{"sergey-lavrov", "mevlut-cavusoglu"}, graph.StatusPlanned},
	}
	for _, c := range cases {
		f := factsOn(t, x, "tr", "2020-06-20", "Başlık\n\n"+c.text)
		if !onlyMeetingOf(f, c.want) || f.Meetings[0].Status != c.status {
			t.Errorf("%q: meetings %v (%+v), want only %v %s", c.text, allParts(f), f.Meetings, c.want, c.status)
		}
	}
}

// TestS12SameDayByItsOwnSentence: "the same day" after a day written
// earlier in its own sentence is that day, not the day of the event told
// before the sentence ("Earlier, on 17 December, X met A and the same
// day was received by B", after a meeting of 6 April).
func TestS12SameDayByItsOwnSentence(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Pedro Sánchez met Mohamed al-Menfi in Madrid on 6 April. Earlier, on 17 December, Arancha González Laya met Khalifa Haftar in Benghazi and the same day she was received by Fayez al-Sarraj in Tripoli."},
		{"tr", "Pedro Sánchez 6 Nisan'da Madrid'de Muhammed el-Menfi ile görüştü. Daha önce 17 Aralık'ta Arancha González Laya Bingazi'de Hafter ile görüşmüş, aynı gün Trablus'ta Serrac tarafından kabul edilmişti."},
		{"ru", "Педро Санчес 6 апреля встретился в Мадриде с Мохаммедом аль-Менфи. Ранее, 17 декабря, Аранча Гонсалес Лайя встретилась в Бенгази с Хафтаром, а в тот же день её принял в Триполи Сарадж."},
		{"ar", "التقى بيدرو سانشيز محمد المنفي في مدريد يوم 6 أبريل. وقبل ذلك، في 17 ديسمبر، التقت أرانشا غونزاليس لايا خليفة حفتر في بنغازي، وفي اليوم نفسه استقبلها فائز السراج في طرابلس."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-04-10", "Title\n\n"+c.text)
		i := slices.IndexFunc(f.Meetings, func(m graph.Meeting) bool {
			return sameParts(participants(m), []string{"arancha-gonzalez-laya", "fayez-al-sarraj"})
		})
		if i < 0 || f.Meetings[i].Date.Month != 12 || f.Meetings[i].Date.Day != 17 {
			t.Errorf("%s %q: meetings %+v, want González Laya and Sarraj on 17 December", c.lang, c.text, f.Meetings)
		}
	}
}

// TestS12TurkishWelcomes: "karşıladı" (met on arrival, welcomed) with a
// person as its object is a reception; with an attitude before it
// ("memnuniyetle", "olumlu", "soğuk", "temkinle karşıladı") it is how a
// proposal or statement was taken, no meeting. "biraraya geldi", written
// as one word, is "bir araya geldi".
func TestS12TurkishWelcomes(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		text string
		want []string
	}{
		{"Cumhurbaşkanı Tebbun, Menfi'yi Cezayir'de resmi törenle karşıladı.", []string{"abdelmadjid-tebboune", "mohamed-al-menfi"}},
		{"Kahire'ye inen Başağa'yı havalimanında Abbas Kamil karşıladı.", []string{"fathi-bashagha", "abbas-kamel"}},
		{"Menguş, Roma'da Di Maio tarafından törenle karşılandı.", []string{"najla-mangoush", "luigi-di-maio"}},
		{"Şoygu ile Hafter geçen hafta Moskova'da biraraya geldi.", []string{"sergei-shoigu", "khalifa-haftar"}},
		{"Dbeybe, Atina'da Miçotakis ile bir araya gelmek üzere Yunanistan'a gitti.", []string{"abdul-hamid-dbeibah", "kyriakos-mitsotakis"}},
	}
	for _, c := range cases {
		f := factsOn(t, x, "tr", "2021-04-20", "Başlık\n\n"+c.text)
		if !onlyMeetingOf(f, c.want) {
			t.Errorf("%q: meetings %v, want only %v", c.text, allParts(f), c.want)
		}
	}
	for _, text := range []string{
		"Erdoğan, Putin'in ateşkes önerisini olumlu karşıladı.",
		"Lavrov, Hafter'in açıklamasını temkinle karşıladı.",
		"Ankara, Kahire'nin girişimini soğuk karşıladı.",
		"Şoygu ile Hafter Moskova'da biraraya gelmedi.",
	} {
		if f := factsOn(t, x, "tr", "2021-04-20", "Başlık\n\n"+text); len(f.Meetings) > 0 {
			t.Errorf("%q: meetings %v, want none", text, allParts(f))
		}
	}
}

// TestS12RussianConsultations: "консультации" is Russian's word for
// talks between diplomats: "провёл консультации с X", "раунд
// консультаций", planned with "намерены провести". (The bare noun is no
// trigger: "консультации по ливийскому урегулированию" names no one.)
func TestS12RussianConsultations(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		text, status string
		want         []string
	}{
		{"Заместитель министра Михаил Богданов провёл консультации с Ахмедом Маитыгом в Москве.", graph.StatusHeld, []string{"mikhail-bogdanov", "ahmed-maiteeq"}},
		{"В Каире глава МИД Египта Самех Шукри провёл многочасовые консультации с Агилой Салехом.", graph.StatusHeld, []string{"sameh-shoukry", "aguila-saleh-issa"}},
		{"Шойгу и Акар провели в Анкаре новый раунд консультаций.", graph.StatusHeld, []string{"sergei-shoigu", "hulusi-akar"}},
		{"Шойгу и Акар намерены провести в марте новый раунд консультаций.", graph.StatusPlanned, []string{"sergei-shoigu", "hulusi-akar"}},
	}
	for _, c := range cases {
		f := factsOn(t, x, "ru", "2020-06-20", "Заголовок\n\n"+c.text)
		if !onlyMeetingOf(f, c.want) || f.Meetings[0].Status != c.status {
			t.Errorf("%q: meetings %v (%+v), want only %v %s", c.text, allParts(f), f.Meetings, c.want, c.status)
		}
	}
}

// TestS12OriginIsNoPlace: a place right after an `origin` word ("прибывший
// из Анкары", "القادم من أنقرة") is where a participant came from, not
// where the meeting was; a place of its own in the clause still is.
func TestS12OriginIsNoPlace(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, place string }{
		{"ru", "Теббун принял прибывшего из Триполи Сараджа.", ""},
		{"ru", "Лавров встретился в Москве с прибывшим из Анкары Чавушоглу.", "moscow"},
		{"ar", "استقبل تبون السراج القادم من طرابلس.", ""},
		{"ar", "التقى لافروف في موسكو مولود تشاووش أوغلو القادم من أنقرة.", "moscow"},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-06-20", "Title\n\n"+c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != c.place {
			t.Errorf("%s %q: meetings %+v, want one in %q", c.lang, c.text, f.Meetings, c.place)
		}
	}
}

// TestS12FirstOneThenTheOther: "met A, then B" tells two meetings, one
// after the other: the partners named right before the `then` word (with
// those coordinated with them) and those after it, each with the subject;
// a located place after the word is the later one's. The partners of the
// two never met. A subject inside the list before the word ("four
// ministers met first A and B, then C") or a verb of its own after it
// ("ثم جاء …") splits nothing.
func TestS12FirstOneThenTheOther(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text   string
		first, later []string
		laterPlace   string
	}{
		{"tr", "Dendias, Trablus'ta önce Dbeybe ile, ardından Menfi ile bir araya geldi.", []string{"nikos-dendias", "abdul-hamid-dbeibah"}, []string{"nikos-dendias", "mohamed-al-menfi"}, "tripoli"},
		{"tr", "Şoygu önce Hafter ve Akile Salih, ardından Serrac ile görüştü.", []string{"sergei-shoigu", "khalifa-haftar", "aguila-saleh-issa"}, []string{"sergei-shoigu", "fayez-al-sarraj"}, ""},
		{"ru", "Шукри встретился в Каире с Хафтаром, а затем с Агилой Салехом.", []string{"sameh-shoukry", "khalifa-haftar"}, []string{"sameh-shoukry", "aguila-saleh-issa"}, "cairo"},
		{"ar", "استقبل الرئيس قيس سعيد فتحي باشاغا، ثم خالد المشري.", []string{"kais-saied", "fathi-bashagha"}, []string{"kais-saied", "khalid-al-mishri"}, ""},
		{"ar", "التقى شكري عقيلة صالح في القاهرة، ثم خليفة حفتر في بنغازي.", []string{"sameh-shoukry", "aguila-saleh-issa"}, []string{"sameh-shoukry", "khalifa-haftar"}, "benghazi"},
		{"ur", "شکری نے پہلے عقیلہ صالح سے اور پھر خلیفہ حفتر سے ملاقات کی۔", []string{"sameh-shoukry", "aguila-saleh-issa"}, []string{"sameh-shoukry", "khalifa-haftar"}, ""},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-06-20", "Title\n\n"+c.text)
		ms := allParts(f)
		if len(ms) != 2 || !sameParts(ms[0], c.first) || !sameParts(ms[1], c.later) || f.Meetings[1].Place != c.laterPlace {
			t.Errorf("%s %q: meetings %v (%+v), want %v then %v in %q", c.lang, c.text, ms, f.Meetings, c.first, c.later, c.laterPlace)
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"tr", "Üç bakan önce Serrac ve Mişri ile, ardından Hafter ile görüştü."},
		{"ar", "حلّ أردوغان ضيفاً على تبون في يناير، ثم جاء قيس سعيد في أول زيارة له."},
	} {
		f := factsOn(t, x, c.lang, "2020-06-20", "Title\n\n"+c.text)
		for _, ps := range allParts(f) {
			if slices.Contains(ps, "fayez-al-sarraj") && slices.Contains(ps, "khalifa-haftar") && len(ps) == 2 ||
				slices.Contains(ps, "abdelmadjid-tebboune") && slices.Contains(ps, "kais-saied") && !slices.Contains(ps, "recep-tayyip-erdogan") {
				t.Errorf("%s %q: meetings %v, want no split pair", c.lang, c.text, allParts(f))
			}
		}
	}
}

// TestS12ParticipleToldFirst: a sentence that opens with a meeting told
// in a participle, converb or "after" phrase names that meeting's partner
// first, marked as no subject ("Menguş ile görüşen Şukri", "Встретившись
// с Менфи", "وبعد لقائه المنفي"); the main clause's meeting is the
// subject's named after it, not the partner's.
func TestS12ParticipleToldFirst(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text   string
		first, later []string
	}{
		{"tr", "Kahire'de Menguş ile görüşen Şukri, aynı gün Cumhurbaşkanı Sisi tarafından da kabul edildi.", []string{"sameh-shoukry", "najla-mangoush"}, []string{"sameh-shoukry", "abdel-fattah-el-sisi"}},
		{"tr", "Sabah Bukadum ile görüşen Menfi, akşam Tebbun ile bir araya geldi.", []string{"mohamed-al-menfi", "sabri-boukadoum"}, []string{"mohamed-al-menfi", "abdelmadjid-tebboune"}},
		{"ru", "Встретившись утром с Бурытой, Салех днём провёл переговоры с Мишри.", []string{"nasser-bourita", "aguila-saleh-issa"}, []string{"aguila-saleh-issa", "khalid-al-mishri"}},
		{"ar", "وبعد لقائه بوريطة، أجرى عقيلة صالح محادثات مع خالد المشري.", []string{"nasser-bourita", "aguila-saleh-issa"}, []string{"aguila-saleh-issa", "khalid-al-mishri"}},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-06-20", "Title\n\n"+c.text)
		ms := allParts(f)
		if len(ms) != 2 || !sameParts(ms[0], c.first) || !sameParts(ms[1], c.later) {
			t.Errorf("%s %q: meetings %v, want %v then %v", c.lang, c.text, ms, c.first, c.later)
		}
	}
}

// TestS12UrduVerbShapes: Urdu meetings in the plural ("الگ الگ ملاقاتیں
// کیں"), the feminine future ("ملاقات کریں گی", planned), the conjunctive
// participle ("ملاقات کرکے") and a welcome ("خوش آمدید کہا", a reception).
// "تبادلۂ خیال کیا" (exchanged views) stays no trigger: it tells what an
// event told before was about.
func TestS12UrduVerbShapes(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		text, status string
		want         [][]string
	}{
		{"قاہرہ میں شکری نے عقیلہ صالح اور خالد المشری سے الگ الگ ملاقاتیں کیں۔", graph.StatusHeld,
			[][]string{{"sameh-shoukry", "aguila-saleh-issa"}, {"sameh-shoukry", "khalid-al-mishri"}}},
		{"نجلاء المنقوش اگلے ہفتے روم میں لوئیجی دی مایو سے ملاقات کریں گی۔", graph.StatusPlanned,
			[][]string{{"najla-mangoush", "luigi-di-maio"}}},
		{"صبری بوقادوم نے الجزائر میں نجلاء المنقوش کو خوش آمدید کہا۔", graph.StatusHeld,
			[][]string{{"sabri-boukadoum", "najla-mangoush"}}},
		{"عقیلہ صالح نے رباط میں ناصر بوریطہ سے ملاقات کرکے سیاسی عمل پر بات کی۔", graph.StatusHeld,
			[][]string{{"aguila-saleh-issa", "nasser-bourita"}}},
	}
	for _, c := range cases {
		f := factsOn(t, x, "ur", "2020-06-20", "عنوان\n\n"+c.text)
		ms := allParts(f)
		ok := len(ms) == len(c.want)
		for i := 0; ok && i < len(ms); i++ {
			ok = sameParts(ms[i], c.want[i]) && f.Meetings[i].Status == c.status
		}
		if !ok {
			t.Errorf("%q: meetings %v (%+v), want %v %s", c.text, ms, f.Meetings, c.want, c.status)
		}
	}
	text := "شکری نے بدھ کو عقیلہ صالح سے ٹیلیفون پر بات کی۔ دونوں رہنماؤں نے لیبیا کی صورتحال پر تبادلۂ خیال کیا۔"
	if f := factsOn(t, x, "ur", "2020-06-20", "عنوان\n\n"+text); len(f.Meetings) != 1 || f.Meetings[0].Mode != graph.ModeCall {
		t.Errorf("%q: meetings %+v, want the call alone", text, f.Meetings)
	}
}

// TestS12SurnamesInTheirOwnScript: the surname alone, as Turkish,
// Russian and Urdu papers write it, names the lexicon's person ("Mişri",
// "Букадум", "شوئیگو").
func TestS12SurnamesInTheirOwnScript(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"tr", "Çavuşoğlu, Ankara'da Mişri ile görüştü.", []string{"mevlut-cavusoglu", "khalid-al-mishri"}},
		{"tr", "Menguş, Cezayir'de Bukadum ile bir araya geldi.", []string{"najla-mangoush", "sabri-boukadoum"}},
		{"ru", "Лавров встретился в Москве с Букадумом.", []string{"sergey-lavrov", "sabri-boukadoum"}},
		{"ru", "Богданов провёл переговоры с Сиалой.", []string{"mikhail-bogdanov", "mohamed-taha-siala"}},
		{"ur", "حفتر نے ماسکو میں شوئیگو سے ملاقات کی۔", []string{"khalifa-haftar", "sergei-shoigu"}},
		{"ur", "چاؤش اوغلو نے الجزائر میں بوقادوم سے ملاقات کی۔", []string{"mevlut-cavusoglu", "sabri-boukadoum"}},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-06-20", "Title\n\n"+c.text)
		if !onlyMeetingOf(f, c.want) {
			t.Errorf("%s %q: meetings %v, want only %v", c.lang, c.text, allParts(f), c.want)
		}
	}
}

// TestOriginInWesternLanguages: "the guest from Berlin", "aus Berlin",
// "de retour de Bruxelles", "di ritorno da Mosca", "procedente de Roma":
// the place someone came from is not where the meeting was.
func TestOriginInWesternLanguages(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, place string }{
		{"de", "Am Dienstag empfing Ministerpräsident Kyriakos Mitsotakis den Gast aus Berlin, Außenminister Heiko Maas.", ""},
		{"de", "In Athen traf Dendias den aus Ankara angereisten Minister Mevlüt Çavuşoğlu.", "athens"},
		{"en", "Sisi received Aguila Saleh, who had arrived from Benghazi on Monday.", ""},
		{"en", "In Cairo, Shoukry met Haftar, fresh from Moscow.", "cairo"},
		{"fr", "De retour de Bruxelles, Fayez al-Sarraj a rencontré Giuseppe Conte.", ""},
		{"it", "Di ritorno da Mosca, Fayez al-Sarraj ha incontrato Luigi Di Maio.", ""},
		{"es", "Procedente de Roma, Fayez al Serraj se reunió con Recep Tayyip Erdogan.", ""},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-06-20", "Title\n\n"+c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != c.place {
			t.Errorf("%s %q: meetings %+v, want one in %q", c.lang, c.text, f.Meetings, c.place)
		}
	}
}
