package extract

import (
	"reflect"
	"slices"
	"testing"

	"github.com/parley/parley/graph"
)

// sameParts tells whether meeting participants got are the actors want,
// in any order.
func sameParts(got, want []string) bool {
	g, w := slices.Clone(got), slices.Clone(want)
	slices.Sort(g)
	slices.Sort(w)
	return reflect.DeepEqual(g, w)
}

// metParts lists the participants of an article's meetings that are no
// calls, in order.
// onlyMeetingOf tells whether f holds exactly one meeting or call, of want.
func onlyMeetingOf(f graph.Facts, want []string) bool {
	return len(f.Meetings) == 1 && sameParts(participants(f.Meetings[0]), want)
}

// allParts lists the participants of every meeting and call of f.
func allParts(f graph.Facts) [][]string {
	var out [][]string
	for _, m := range f.Meetings {
		out = append(out, participants(m))
	}
	return out
}

// wantAllParts checks that text, in lang, gives exactly the meetings and
// calls want, each with those participants, in order.
func wantAllParts(t *testing.T, x *Extractor, lang, text string, want [][]string) {
	t.Helper()
	got := allParts(factsOf(t, x, lang, "Title\n\n"+text))
	ok := len(got) == len(want)
	for i := 0; ok && i < len(got); i++ {
		ok = sameParts(got[i], want[i])
	}
	if !ok {
		t.Errorf("%s %q: meetings %v, want %v", lang, text, got, want)
	}
}

func metParts(f graph.Facts) [][]string {
	var out [][]string
	for _, m := range f.Meetings {
		if m.Mode != graph.ModeCall {
			out = append(out, participants(m))
		}
	}
	return out
}

// TestLeaderDescriptions: "the Libyan leader", "le dirigeant libyen",
// "il leader libico", "el líder libio", "der libysche Regierungschef",
// "ливийский лидер", "Libyalı lider", "الزعيم الليبي", "لیبیائی رہنما"
// name the head of a state, government, parliament or armed force of
// that country the article named before, and he is the one met.
func TestLeaderDescriptions(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"en", "Khalifa Haftar arrived in Cairo on Monday. On Tuesday Abdel Fattah el-Sisi received the Libyan leader at the presidential palace.",
			[]string{"abdel-fattah-el-sisi", "khalifa-haftar"}},
		{"fr", "Fayez al-Sarraj est arrivé lundi à Paris. Mardi, Emmanuel Macron a reçu le dirigeant libyen à l'Élysée.",
			[]string{"emmanuel-macron", "fayez-al-sarraj"}},
		{"it", "Fayez al-Sarraj è arrivato lunedì a Roma. Martedì Luigi Di Maio ha ricevuto il leader libico alla Farnesina.",
			[]string{"luigi-di-maio", "fayez-al-sarraj"}},
		{"es", "Fayez al Serraj llegó el lunes a Madrid. El martes, Pedro Sánchez recibió al líder libio en la Moncloa.",
			[]string{"pedro-sanchez", "fayez-al-sarraj"}},
		{"de", "Abdul Hamid Dbeibah traf am Montag in Berlin ein. Am Dienstag empfing Heiko Maas den libyschen Regierungschef im Auswärtigen Amt.",
			[]string{"heiko-maas", "abdul-hamid-dbeibah"}},
		{"ru", "Халифа Хафтар прибыл в понедельник в Москву. Во вторник Сергей Лавров принял ливийского лидера в особняке МИД.",
			[]string{"sergey-lavrov", "khalifa-haftar"}},
		{"tr", "Fayez es-Serrac pazartesi günü Ankara'ya geldi. Salı günü Mevlüt Çavuşoğlu Libyalı lideri kabul etti.",
			[]string{"mevlut-cavusoglu", "fayez-al-sarraj"}},
		{"ar", "وصل خليفة حفتر إلى القاهرة يوم الاثنين. واستقبل الرئيس عبد الفتاح السيسي الزعيم الليبي يوم الثلاثاء.",
			[]string{"abdel-fattah-el-sisi", "khalifa-haftar"}},
		{"ur", "خلیفہ حفتر پیر کو قاہرہ پہنچے۔ منگل کو عبدالفتاح السیسی نے لیبیائی رہنما سے ملاقات کی۔",
			[]string{"abdel-fattah-el-sisi", "khalifa-haftar"}},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if len(f.Meetings) != 1 || !sameParts(participants(f.Meetings[0]), c.want) {
			var got [][]string
			for _, m := range f.Meetings {
				got = append(got, participants(m))
			}
			t.Errorf("%s %q: meetings %v, want one of %v", c.lang, c.text, got, c.want)
		}
	}
}

// TestLaterGoesOn: "X later received Y" is the next step of the event
// told before, on its day and in its place.
func TestLaterGoesOn(t *testing.T) {
	x := shipped(t)
	f := factsOf(t, x, "en", "In Cairo on 9 May, Fayez al-Sarraj held talks with Sameh Shoukry. Abdel Fattah el-Sisi later received the Libyan leader for a working dinner.")
	if len(f.Meetings) != 2 {
		t.Fatalf("meetings %+v, want two", f.Meetings)
	}
	m := f.Meetings[1]
	if !sameParts(participants(m), []string{"abdel-fattah-el-sisi", "fayez-al-sarraj"}) || m.Place != "cairo" || m.Date.Month != 5 || m.Date.Day != 9 {
		t.Errorf("second meeting %+v, want el-Sisi and al-Sarraj in Cairo on 9 May", m)
	}
}

// TestForeignPolicyChief: the EU's foreign policy chief told by his
// office ("el jefe de la diplomacia europea", "le chef de la diplomatie
// européenne", "глава европейской дипломатии", "the High
// Representative") is the High Representative the article named, not
// the last foreign minister.
func TestForeignPolicyChief(t *testing.T) {
	x := shipped(t)
	want := []string{"josep-borrell", "khalifa-haftar"}
	cases := []struct{ lang, text string }{
		{"en", "Josep Borrell spoke by phone with Sergey Lavrov on Monday. On Tuesday the EU foreign policy chief met Khalifa Haftar in Benghazi."},
		{"es", "Josep Borrell habló el lunes por teléfono con el ministro ruso, Serguéi Lavrov. El martes, el jefe de la diplomacia europea se reunió en Bengasi con Jalifa Haftar."},
		{"fr", "Josep Borrell s'est entretenu lundi au téléphone avec le ministre russe Sergueï Lavrov. Mardi, le chef de la diplomatie européenne a rencontré Khalifa Haftar à Benghazi."},
		{"it", "Josep Borrell ha parlato lunedì al telefono con il ministro russo Sergej Lavrov. Martedì il capo della diplomazia europea ha incontrato Khalifa Haftar a Bengasi."},
		{"ru", "Жозеп Боррель в понедельник провёл телефонный разговор с Сергеем Лавровым. Во вторник глава европейской дипломатии встретился в Бенгази с Халифой Хафтаром."},
	}
	for _, c := range cases {
		got := metParts(factsOf(t, x, c.lang, c.text))
		if len(got) != 1 || !sameParts(got[0], want) {
			t.Errorf("%s %q: meetings %v, want one of %v", c.lang, c.text, got, want)
		}
	}
}

// TestArabicFeminineTitle: Arabic marks a woman's title on its noun
// ("المبعوثة", "الوزيرة"): the bare title is the woman of the office, not
// the man the article named with it last.
func TestArabicFeminineTitle(t *testing.T) {
	x := shipped(t)
	f := factsOf(t, x, "ar", "وصلت المبعوثة الأممية ستيفاني ويليامز إلى القاهرة يوم الاثنين. والتقى المبعوث الأمريكي ريتشارد نورلاند فتحي باشاغا في طرابلس. واستقبل خليفة حفتر المبعوثة يوم الثلاثاء في بنغازي.")
	var got []string
	for _, ps := range metParts(f) {
		if slices.Contains(ps, "khalifa-haftar") {
			got = ps
		}
	}
	if !sameParts(got, []string{"khalifa-haftar", "stephanie-williams"}) {
		t.Errorf("meetings %v, want Haftar with Williams", metParts(f))
	}
}

// TestTwoRivals: "the two rivals", "les deux rivaux", "los dos
// rivales", "die beiden Rivalen", "оба соперника", "iki rakip",
// "الغريمين", "دونوں حریف" are the pair of the event told before: a host
// who receives them meets both.
func TestTwoRivals(t *testing.T) {
	x := shipped(t)
	want := []string{"emmanuel-macron", "fayez-al-sarraj", "khalifa-haftar"}
	cases := []struct{ lang, text string }{
		{"en", "Fayez al-Sarraj met Khalifa Haftar in Abu Dhabi on 27 February. On 3 March Emmanuel Macron received the two rivals in Paris."},
		{"fr", "Fayez al-Sarraj a rencontré Khalifa Haftar le 27 février à Abou Dhabi. Le 3 mars, Emmanuel Macron a reçu les deux rivaux à Paris."},
		{"it", "Fayez al-Sarraj ha incontrato Khalifa Haftar il 27 febbraio ad Abu Dhabi. Il 3 marzo Emmanuel Macron ha ricevuto i due rivali a Parigi."},
		{"es", "Fayez al Serraj se reunió con Jalifa Haftar el 27 de febrero en Abu Dabi. El 3 de marzo, Emmanuel Macron recibió a los dos rivales en París."},
		{"de", "Fayez al-Sarradsch traf Chalifa Haftar am 27. Februar in Abu Dhabi. Am 3. März empfing Emmanuel Macron die beiden Rivalen in Paris."},
		{"ru", "Файез Сарадж встретился с Халифой Хафтаром 27 февраля в Абу-Даби. 3 марта Эммануэль Макрон принял в Париже оба соперника."},
		{"ar", "التقى فائز السراج خليفة حفتر في أبوظبي يوم 27 فبراير. وفي 3 مارس استقبل إيمانويل ماكرون الغريمين في باريس."},
		{"tr", "Fayez es-Serrac 27 Şubat'ta Abu Dabi'de Hafter ile görüştü. Emmanuel Macron 3 Mart'ta iki rakip lideri Paris'te kabul etti."},
		{"ur", "فائز السراج نے 27 فروری کو ابوظہبی میں خلیفہ حفتر سے ملاقات کی۔ 3 مارچ کو ایمانوئل میکرون نے پیرس میں دونوں حریف رہنماؤں سے ملاقات کی۔"},
	}
	for _, c := range cases {
		got := metParts(factsOf(t, x, c.lang, c.text))
		if len(got) != 2 || !sameParts(got[1], want) {
			t.Errorf("%s %q: meetings %v, want the second of %v", c.lang, c.text, got, want)
		}
	}
}

// TestChancellor: "the German chancellor", "la chancelière allemande",
// "la cancelliera tedesca", "Alman Şansölyesi", "جرمن چانسلر" is the
// head of government the article named, not the last German minister.
// (Since session 18 the first sentence, a talk anchored by its place and
// day, is a meeting of its own: the chancellor's is the last one.)
func TestChancellor(t *testing.T) {
	x := shipped(t)
	want := []string{"angela-merkel", "khalifa-haftar"}
	cases := []struct{ lang, text string }{
		{"en", "Heiko Maas spoke with Angela Merkel in Berlin on Monday. On Tuesday the German chancellor received Khalifa Haftar at the chancellery."},
		{"fr", "Heiko Maas a parlé lundi à Berlin avec Angela Merkel. Mardi, la chancelière allemande a reçu Khalifa Haftar à la chancellerie."},
		{"it", "Heiko Maas ha parlato lunedì a Berlino con Angela Merkel. Martedì la cancelliera tedesca ha ricevuto Khalifa Haftar alla cancelleria."},
		{"ur", "ہائیکو ماس نے پیر کو برلن میں انگیلا میرکل سے بات کی۔ منگل کو جرمن چانسلر نے خلیفہ حفتر سے ملاقات کی۔"},
	}
	for _, c := range cases {
		got := metParts(factsOf(t, x, c.lang, c.text))
		if len(got) == 0 || !sameParts(got[len(got)-1], want) {
			t.Errorf("%s %q: meetings %v, want the last of %v", c.lang, c.text, got, want)
		}
	}
}

// TestPairNamedLast: with no event told before, a plural description
// ("the two rivals", "les deux rivaux", "die beiden Rivalen") is the
// two people named last.
func TestPairNamedLast(t *testing.T) {
	x := shipped(t)
	want := []string{"emmanuel-macron", "fayez-al-sarraj", "khalifa-haftar"}
	cases := []struct{ lang, text string }{
		{"en", "Fayez al-Sarraj rejected the plan on Monday. Khalifa Haftar welcomed it. On Tuesday Emmanuel Macron received the two rivals in Paris."},
		{"fr", "Fayez al-Sarraj a rejeté le plan lundi. Khalifa Haftar l'a salué. Mardi, Emmanuel Macron a reçu les deux rivaux à Paris."},
		{"it", "Fayez al-Sarraj ha respinto il piano lunedì. Khalifa Haftar lo ha accolto. Martedì Emmanuel Macron ha ricevuto i due rivali a Parigi."},
		{"es", "Fayez al Serraj rechazó el plan el lunes. Jalifa Haftar lo celebró. El martes, Emmanuel Macron recibió a los dos rivales en París."},
		{"de", "Fayez al-Sarradsch lehnte den Plan am Montag ab. Chalifa Haftar begrüßte ihn. Am Dienstag empfing Emmanuel Macron die beiden Rivalen in Paris."},
		{"ar", "رفض فائز السراج الخطة يوم الاثنين. ورحب بها خليفة حفتر. ويوم الثلاثاء استقبل إيمانويل ماكرون الغريمين في باريس."},
	}
	for _, c := range cases {
		got := metParts(factsOf(t, x, c.lang, c.text))
		if len(got) != 1 || !sameParts(got[0], want) {
			t.Errorf("%s %q: meetings %v, want one of %v", c.lang, c.text, got, want)
		}
	}
}
