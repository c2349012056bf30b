package extract

import (
	"reflect"
	"slices"
	"testing"
)

// TestMeetingToldBefore: "after the meeting", "nach dem Treffen",
// "خلال اللقاء" point back at an event already reported, and a clause
// that names no pair of its own there reports no new meeting; one that
// does ("Putin, after meeting Merkel") still does.
func TestMeetingToldBefore(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       int
	}{
		{"en", "Heiko Maas met Fayez al-Sarraj in Tripoli on Monday. Foreign Minister Mohamed Siala said after the meeting that the truce would hold.", 1},
		{"de", "Heiko Maas traf am Montag in Tripolis Fayez al-Sarraj. „Wir bleiben dran“, sagte Außenminister Mohamed Siala nach dem Treffen.", 1},
		{"ar", "التقى هايكو ماس فايز السراج في طرابلس يوم الاثنين. وأكد وزير الخارجية محمد سيالة خلال اللقاء التزام حكومته بالهدنة.", 1},
		{"tr", "Heiko Maas pazartesi günü Trablus'ta Fayez es-Serrac ile görüştü. Görüşmenin ardından konuşan Dışişleri Bakanı Muhammed Taha Siyala, ateşkese bağlı olduklarını söyledi.", 1},
		{"ur", "ہائیکو ماس نے طرابلس میں فائز السراج سے ملاقات کی۔ ولادیمیر پوٹن نے انگیلا میرکل سے ملاقات کے بعد بیان جاری کیا۔", 2},
		{"en", "Heiko Maas phoned Fayez al-Sarraj on Monday. The call came two days after Khalifa Haftar rejected the truce.", 1},
		{"ru", "Хайко Маас в понедельник провёл телефонный разговор с Файезом Сараджем. В ходе разговора Халифа Хафтар был упомянут лишь вскользь.", 1},
		// no event told before: the phrase reports one
		{"en", "Heiko Maas and Fayez al-Sarraj spoke to reporters after the meeting in Tripoli.", 1},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if len(f.Meetings) != c.want {
			var got [][]string
			for _, m := range f.Meetings {
				got = append(got, participants(m))
			}
			t.Errorf("%s %q: meetings %v, want %d", c.lang, c.text, got, c.want)
		}
	}
}

// TestDenialForms: "tampoco" denies like "no"; Arabic denies a woman's
// meeting with the feminine verb ("لم تلتقِ"); Italian "salta" calls a
// meeting off.
func TestDenialForms(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, status string }{
		{"es", "Tampoco se reunió Luigi Di Maio con Aguila Saleh durante su estancia.", ""},
		{"ar", "ولم تلتقِ نجلاء المنقوش وزير الخارجية المصري سامح شكري خلال الزيارة.", ""},
		{"it", "Salta il vertice tra Luigi Di Maio e Aguila Saleh a Tobruk.", "cancelled"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if c.status == "" && len(f.Meetings) > 0 || c.status != "" && (len(f.Meetings) != 1 || string(f.Meetings[0].Status) != c.status) {
			t.Errorf("%s %q: meetings %+v, want %q", c.lang, c.text, f.Meetings, c.status)
		}
	}
}

// TestPronounClauses: clauses whose subject or object is a pronoun ("il",
// "er", "ihn") are each a meeting of the person the pronoun stands for
// with the partner the clause names, not one meeting of the partners.
func TestPronounClauses(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"fr", "En mars, M. Sabri Boukadoum s'était rendu à Niamey, où il avait été reçu par le président Mahamadou Issoufou, puis à Khartoum, où il s'était entretenu avec le général Abdel Fattah al-Burhane.",
			[][]string{{"sabri-boukadoum", "mahamadou-issoufou"}, {"sabri-boukadoum", "abdel-fattah-al-burhan"}}},
		{"de", "Sabri Boukadoum blieb zwei Tage in Kairo. Am Morgen traf er Außenminister Sameh Shoukry, am Nachmittag empfing ihn Präsident Abdel Fattah al-Sisi.",
			[][]string{{"sabri-boukadoum", "sameh-shoukry"}, {"sabri-boukadoum", "abdel-fattah-el-sisi"}}},
		// who the event told before was with is not the subject of the
		// clause after it
		{"ru", "Сергей Лавров в среду принял в Москве Агилу Салеха. В тот же день, после встречи с Салехом, Лавров провёл телефонный разговор с Мевлютом Чавушоглу.",
			[][]string{{"sergey-lavrov", "aguila-saleh-issa"}, {"sergey-lavrov", "mevlut-cavusoglu"}}},
		{"en", "Heiko Maas received Aguila Saleh in Berlin on Monday. After the meeting with Saleh, Maas phoned Mevlüt Çavuşoğlu.",
			[][]string{{"heiko-maas", "aguila-saleh-issa"}, {"heiko-maas", "mevlut-cavusoglu"}}},
		// "the two leaders" are the pair at the head of the last event
		{"ur", "ترک صدر رجب طیب اردوان نے انقرہ میں فائز السراج سے ملاقات کی۔ دونوں رہنماؤں نے 27 نومبر کو بھی استنبول میں ملاقات کی تھی۔",
			[][]string{{"recep-tayyip-erdogan", "fayez-al-sarraj"}, {"recep-tayyip-erdogan", "fayez-al-sarraj"}}},
		{"en", "Recep Tayyip Erdoğan met Fayez al-Sarraj and Fathi Bashagha in Ankara on Monday. The two leaders had also met in Istanbul on 27 November.",
			[][]string{{"recep-tayyip-erdogan", "fayez-al-sarraj", "fathi-bashagha"}, {"recep-tayyip-erdogan", "fayez-al-sarraj"}}},
		// verb-final clauses parted by a comma: the names after the comma
		// are the next verb's
		{"tr", "Çavuşoğlu pazartesi günü önce Başbakan Abdulhamid Dibeybe ile görüştü, ardından Necla el-Menguş ile bir araya geldi.",
			[][]string{{"mevlut-cavusoglu", "abdul-hamid-dbeibah"}, {"mevlut-cavusoglu", "najla-mangoush"}}},
		// a pronoun means the subject of the last clause before it, when a
		// colon opens that clause with its subject
		{"fr", "Cette fois, le maréchal Khalifa Haftar n'a pas été reçu par Jean-Yves Le Drian : le ministre se trouvait à Bruxelles. Lundi, il s'était entretenu au téléphone avec Ghassan Salamé.",
			[][]string{{"jean-yves-le-drian", "ghassan-salame"}}},
		// the feminine "sie" as well
		{"de", "Najla Mangoush reiste am Wochenende nach Rom. Am Montag empfing sie in der Botschaft Fathi Bashagha zu einem Gespräch, am Dienstag telefonierte sie mit Luigi Di Maio.",
			[][]string{{"najla-mangoush", "fathi-bashagha"}, {"najla-mangoush", "luigi-di-maio"}}},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		var got [][]string
		for _, m := range f.Meetings {
			got = append(got, participants(m))
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s %q: meetings %v, want %v", c.lang, c.text, got, c.want)
		}
	}
}

// TestTalksNamedForTheirCity: "the Moscow talks", "ماسکو مذاکرات" name
// the talks for where they are held; the city does not stand for its
// country at them. Urdu "آمنا سامنا نہ ہو سکا" denies a face-to-face.
func TestTalksNamedForTheirCity(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct{ lang, text string }{
		{"en", "Heiko Maas commented on the Moscow talks in Berlin."},
		{"ur", "واشنگٹن نے ماسکو مذاکرات پر کوئی ردعمل ظاہر نہیں کیا۔"},
		{"ur", "برلن میں حفتر اور السراج کا آمنا سامنا نہ ہو سکا۔"},
	} {
		if f := factsOf(t, x, c.lang, c.text); len(f.Meetings) > 0 {
			t.Errorf("%s %q: meetings %+v, want none", c.lang, c.text, f.Meetings)
		}
	}
}

// TestJoinRun: sentences that add people to a meeting ("was accompanied
// by", "also took part") may follow one another; each joins the meeting.
func TestJoinRun(t *testing.T) {
	x := shipped(t)
	text := "Heiko Maas met Fayez al-Sarraj in Tripoli on Monday. The mood was said to be good. Maas was accompanied by Oliver Owcza. On the Libyan side, Mohamed Siala and Fathi Bashagha also took part in the talks."
	f := factsOf(t, x, "en", text)
	if len(f.Meetings) != 1 || len(f.Meetings[0].Participants) != 5 {
		var got [][]string
		for _, m := range f.Meetings {
			got = append(got, participants(m))
		}
		t.Errorf("meetings %v, want one of five", got)
	}
}

// TestPronounAfterSubject: a pronoun after the person a sentence names
// first stands for that person, not for the last sentence's subject:
// "Визит в Каир Сарадж совершил …, где его принимал Конте".
func TestPronounAfterSubject(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct{ lang, text string }{
		{"ru", "Дмитрий Песков не стал комментировать эти сообщения. Визит в Каир Сарадж совершил через неделю после поездки в Рим, где его принимал Джузеппе Конте."},
	} {
		f := factsOf(t, x, c.lang, c.text)
		found := false
		for _, m := range f.Meetings {
			ps := participants(m)
			if slices.Contains(ps, "dmitry-peskov") {
				t.Errorf("%s: meeting %v takes in the last sentence's subject", c.lang, ps)
			}
			found = found || slices.Contains(ps, "fayez-al-sarraj") && slices.Contains(ps, "giuseppe-conte")
		}
		if !found {
			t.Errorf("%s: no meeting of Sarraj and Conte in %+v", c.lang, f.Meetings)
		}
	}
}
