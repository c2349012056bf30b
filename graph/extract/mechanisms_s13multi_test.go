package extract

import (
	"testing"

	"github.com/parley/parley/graph"
)

// TestThenPartsTwoMeetingsLatin: a `then` word between two partners of
// one trigger ("met Haftar in Moscow, then Sarraj", "puis", "poi",
// "después con", "danach") tells two meetings one after the other, each
// with the whole subject, in en fr it es de as in tr ru ar ur; the
// English adjective "the then" parts nothing.
func TestThenPartsTwoMeetingsLatin(t *testing.T) {
	x := shipped(t)
	two := [][]string{{"sergey-lavrov", "mevlut-cavusoglu", "khalifa-haftar"}, {"sergey-lavrov", "mevlut-cavusoglu", "fayez-al-sarraj"}}
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"en", "On Monday Sergey Lavrov and Mevlüt Çavuşoğlu received Khalifa Haftar at a guest house in Moscow, then Fayez al-Sarraj.", two},
		{"fr", "Lundi, Sergueï Lavrov et Mevlüt Çavuşoğlu ont reçu à Moscou Khalifa Haftar, puis Fayez al-Sarraj.", two},
		{"it", "Lunedì Sergej Lavrov e Mevlüt Çavuşoğlu hanno ricevuto a Mosca Khalifa Haftar e poi Fayez al-Sarraj.", two},
		{"es", "El lunes Serguéi Lavrov y Mevlüt Çavuşoğlu se reunieron en Moscú con Jalifa Hafter y después con Fayez al Serraj.", two},
		{"de", "Am Montag trafen Sergej Lawrow und Mevlüt Çavuşoğlu in Moskau Chalifa Haftar und danach Fajis al-Sarradsch.", two},
		{"fr", "Josep Borrell a rencontré jeudi Aguila Saleh à Qobba, puis Khalifa Haftar à Benghazi.", [][]string{{"josep-borrell", "aguila-saleh-issa"}, {"josep-borrell", "khalifa-haftar"}}},
		{"es", "Arancha González Laya llegó el martes a Trípoli. La ministra se entrevistó después con Mohamed Siala y Najla Mangoush.", [][]string{{"arancha-gonzalez-laya", "mohamed-taha-siala", "najla-mangoush"}}},
		{"en", "On Thursday Josep Borrell met Aguila Saleh and the then interior minister Fathi Bashagha in Cairo.", [][]string{{"josep-borrell", "aguila-saleh-issa", "fathi-bashagha"}}},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, c.want)
	}
}

// TestGroupSubjectCarriesToLaterClauses: the subject of a sentence's
// first clause, when it is several people ("Lavrov and Çavuşoğlu", "A, B
// and C", or a group phrase such as "les trois ministres", "the three
// ministers"), is the subject of its later clauses that name none of
// their own ("…, before holding talks with Sarraj", "…, avant de
// s'entretenir avec Dbeibah", "…, wo sie mit X und Y zusammentrafen"):
// every one of them, not the first alone nor the host of a passive. A
// relative clause about the object, or a clause opened by ", and X",
// keeps its own subject.
func TestGroupSubjectCarriesToLaterClauses(t *testing.T) {
	x := shipped(t)
	trio := []string{"heiko-maas", "luigi-di-maio", "jean-yves-le-drian"}
	with := func(ps ...string) []string { return append(append([]string{}, trio...), ps...) }
	pair := func(p string) []string { return []string{"sergey-lavrov", "mevlut-cavusoglu", p} }
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"en", "On Monday Sergey Lavrov and Mevlüt Çavuşoğlu received Khalifa Haftar in Moscow, before holding talks with Fayez al-Sarraj.", [][]string{pair("khalifa-haftar"), pair("fayez-al-sarraj")}},
		{"fr", "Lundi, Sergueï Lavrov et Mevlüt Çavuşoğlu ont reçu Khalifa Haftar à Moscou, avant de s'entretenir avec Fayez al-Sarraj.", [][]string{pair("khalifa-haftar"), pair("fayez-al-sarraj")}},
		{"it", "Lunedì Sergej Lavrov e Mevlüt Çavuşoğlu hanno ricevuto a Mosca Khalifa Haftar, prima di incontrare Fayez al-Sarraj.", [][]string{pair("khalifa-haftar"), pair("fayez-al-sarraj")}},
		{"de", "Am Montag trafen Sergej Lawrow und Mevlüt Çavuşoğlu in Moskau Chalifa Haftar, bevor sie mit Fajis al-Sarradsch sprachen.", [][]string{pair("khalifa-haftar"), pair("fayez-al-sarraj")}},
		{"fr", "Heiko Maas, Luigi Di Maio et Jean-Yves Le Drian sont arrivés jeudi à Tripoli. Les trois ministres ont d'abord été reçus par Mohamed el-Menfi, avant de s'entretenir avec Abdelhamid Dbeibah.", [][]string{with("mohamed-al-menfi"), with("abdul-hamid-dbeibah")}},
		{"en", "Heiko Maas, Luigi Di Maio and Jean-Yves Le Drian flew to Tripoli on Thursday. The three ministers were first received by Mohamed al-Menfi, before holding talks with Abdul Hamid Dbeibeh.", [][]string{with("mohamed-al-menfi"), with("abdul-hamid-dbeibah")}},
		{"de", "Heiko Maas, Luigi Di Maio und Jean-Yves Le Drian reisten am Donnerstag nach Tripolis, wo sie mit Mohamed al-Menfi und Abdul Hamid Dbeibah zusammentrafen.", [][]string{with("mohamed-al-menfi", "abdul-hamid-dbeibah")}},
		{"it", "Heiko Maas, Luigi Di Maio e Jean-Yves Le Drian sono arrivati giovedì a Tripoli, dove hanno incontrato Mohamed al-Menfi e Abdul Hamid Dbeibah.", [][]string{with("mohamed-al-menfi", "abdul-hamid-dbeibah")}},
		{"ru", "Хайко Маас, Луиджи Ди Майо и Жан-Ив Ле Дриан в четверг прибыли в Триполи, где встретились с Мохаммедом аль-Менфи и Абдель Хамидом Дбейбой.", [][]string{with("mohamed-al-menfi", "abdul-hamid-dbeibah")}},
		{"en", "Sergey Lavrov and Mevlüt Çavuşoğlu received Khalifa Haftar, who had met Fayez al-Sarraj in Rome.", [][]string{pair("khalifa-haftar"), {"khalifa-haftar", "fayez-al-sarraj"}}},
		{"en", "Sergey Lavrov and Mevlüt Çavuşoğlu received Khalifa Haftar in Moscow, while Fayez al-Sarraj met Aguila Saleh in Cairo.", [][]string{pair("khalifa-haftar"), {"fayez-al-sarraj", "aguila-saleh-issa"}}},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, c.want)
	}
}

// TestGroupOfThreeOrFour: "die drei Minister", "три министра", "تینوں
// وزرائے خارجہ", "the four ministers" (`group_three`, `group_four`) are
// all the people of the trip told last, not its first two.
func TestGroupOfThreeOrFour(t *testing.T) {
	x := shipped(t)
	trio := []string{"heiko-maas", "luigi-di-maio", "jean-yves-le-drian", "abdul-hamid-dbeibah"}
	cases := []struct{ lang, text string }{
		{"de", "Heiko Maas, Luigi Di Maio und Jean-Yves Le Drian reisten am Donnerstag nach Tripolis. Die drei Minister trafen dort Abdul Hamid Dbeibah."},
		{"ru", "Хайко Маас, Луиджи Ди Майо и Жан-Ив Ле Дриан в четверг прибыли в Триполи. Три министра встретились с Абдель Хамидом Дбейбой."},
		{"ur", "ہائیکو ماس، لوئیجی دی مایو اور ژاں ایو لودریان جمعرات کو طرابلس پہنچے۔ تینوں وزرائے خارجہ نے عبدالحمید دبیبہ سے ملاقات کی۔"},
		{"ar", "وصل هايكو ماس ولويجي دي مايو وجان إيف لودريان إلى طرابلس الخميس. والتقى الوزراء الثلاثة عبد الحميد الدبيبة."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if !meetingWithAll(allParts(f), trio) {
			t.Errorf("%s %q: meetings %v, want the three ministers with Dbeibah", c.lang, c.text, allParts(f))
		}
	}
	four := []string{"sergey-lavrov", "sergei-shoigu", "mevlut-cavusoglu", "hulusi-akar", "fayez-al-sarraj"}
	f := factsOf(t, x, "en", "Title\n\nSergey Lavrov, Sergei Shoigu, Mevlüt Çavuşoğlu and Hulusi Akar arrived in Moscow on Monday. The four ministers then held talks with Fayez al-Sarraj.")
	if !meetingWithAll(allParts(f), four) {
		t.Errorf("en: meetings %v, want the four ministers with Sarraj", allParts(f))
	}
}

// TestSeparatelyKeepsTheSubjectsList: in a verb-final clause the partners
// met "separately" ("ayrı ayrı", "الگ الگ") are the one list right before
// the word; the subject's own list ("Akar ve Çavuşoğlu", "ماس اور دی
// مایو") stays whole in each meeting.
func TestSeparatelyKeepsTheSubjectsList(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"tr", "Hulusi Akar ve Mevlüt Çavuşoğlu pazartesi günü Trablus'ta Fayez es-Serrac ve Halid el-Mişri ile ayrı ayrı görüştü.", [][]string{{"hulusi-akar", "mevlut-cavusoglu", "fayez-al-sarraj"}, {"hulusi-akar", "mevlut-cavusoglu", "khalid-al-mishri"}}},
		{"ur", "جرمن وزیر خارجہ ہائیکو ماس اور اطالوی وزیر خارجہ لوئیجی دی مایو نے طرابلس میں فائز السراج اور خالد المشری سے الگ الگ ملاقات کی۔", [][]string{{"heiko-maas", "luigi-di-maio", "fayez-al-sarraj"}, {"heiko-maas", "luigi-di-maio", "khalid-al-mishri"}}},
		{"tr", "Erdoğan, Serrac ve Akile Salih ile ayrı ayrı görüştü.", [][]string{{"recep-tayyip-erdogan", "fayez-al-sarraj"}, {"recep-tayyip-erdogan", "aguila-saleh-issa"}}},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, c.want)
	}
}

// TestGermanPluralAndPerfectForms: the plural of the host verb
// ("empfingen") and the perfect of negotiating with someone ("hatten …
// mit X verhandelt") tell meetings of the whole plural subject.
func TestGermanPluralAndPerfectForms(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"de", "Am Freitag empfingen Heiko Maas und Luigi Di Maio in Berlin den libyschen Regierungschef Fajis al-Sarradsch.", [][]string{{"heiko-maas", "luigi-di-maio", "fayez-al-sarraj"}}},
		{"de", "Am Dienstag hatten Heiko Maas und Luigi Di Maio in Tripolis mit Fajis al-Sarradsch und mit Chalid al-Mischri verhandelt.", [][]string{{"heiko-maas", "luigi-di-maio", "fayez-al-sarraj"}, {"heiko-maas", "luigi-di-maio", "khalid-al-mishri"}}},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, c.want)
	}
}

// TestJoinClauseOfItsOwnMeeting: a sentence that tells a meeting of its
// own, with two people named before the comma of a joining clause ("…, в
// которых участвовал и Богданов", "…, in un colloquio a cui ha
// partecipato anche X"), is that meeting with the one who joined, not
// more of the different event told just before it.
func TestJoinClauseOfItsOwnMeeting(t *testing.T) {
	x := shipped(t)
	first := []string{"abdul-hamid-dbeibah", "mikhail-mishustin"}
	three := []string{"sergey-lavrov", "najla-mangoush", "mikhail-bogdanov"}
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"ru", "Накануне Абдель Хамида Дбейбу принял премьер-министр Михаил Мишустин. Во вторник Сергей Лавров провёл переговоры с Наджлой аль-Мангуш, в которых участвовал и Михаил Богданов.", [][]string{first, three}},
		{"fr", "Lundi, Abdelhamid Dbeibah a été reçu par le Premier ministre Mikhaïl Michoustine. Mardi, Sergueï Lavrov s'est entretenu avec Najla el-Mangoush, en présence de Mikhaïl Bogdanov, qui a également participé.", [][]string{first, three}},
		{"it", "Lunedì Abdul Hamid Dbeibah è stato ricevuto dal premier Mikhail Mishustin. Martedì Sergej Lavrov ha incontrato Najla Mangoush, in un colloquio a cui ha partecipato anche Mikhail Bogdanov.", [][]string{first, three}},
		{"en", "On Monday Abdul Hamid Dbeibeh was received by Prime Minister Mikhail Mishustin. On Tuesday Sergey Lavrov held talks with Najla Mangoush, which Mikhail Bogdanov also attended.", [][]string{first, three}},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, c.want)
	}
}

// TestPlannedConferenceAttendance: a conference someone is to host
// ("richtet … aus", "проведёт конференцию", "ev sahipliğinde") with the
// list of those expected to attend ("teilnehmen sollen", "примут
// участие", "katılması bekleniyor", "are expected to attend") is a
// planned meeting of all of them.
func TestPlannedConferenceAttendance(t *testing.T) {
	x := shipped(t)
	three := []string{"vladimir-putin", "emmanuel-macron", "recep-tayyip-erdogan"}
	cases := []struct{ lang, text string }{
		{"de", "Am Sonntag richtet Angela Merkel in Berlin eine Libyen-Konferenz aus, an der Wladimir Putin, Emmanuel Macron und Recep Tayyip Erdoğan teilnehmen sollen."},
		{"ru", "В воскресенье Ангела Меркель проведёт в Берлине конференцию по Ливии, в которой примут участие Владимир Путин, Эммануэль Макрон и Реджеп Тайип Эрдоган."},
		{"tr", "Almanya Başbakanı Angela Merkel'in ev sahipliğinde pazar günü Berlin'de yapılacak Libya konferansına Vladimir Putin, Emmanuel Macron ve Recep Tayyip Erdoğan'ın da katılması bekleniyor."},
		{"en", "On Sunday, Angela Merkel will host the Berlin conference on Libya. Vladimir Putin, Emmanuel Macron and Recep Tayyip Erdoğan are expected to attend."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if len(f.Meetings) == 0 || !meetingWithAll(allParts(f), three) || f.Meetings[0].Status != graph.StatusPlanned {
			t.Errorf("%s %q: meetings %v, want a planned one of Putin, Macron and Erdoğan", c.lang, c.text, allParts(f))
		}
	}
}

// TestRussianEachOfTheDelegations: "по очереди" is a `separate` word and
// "с каждой из делегаций" a `plural_object` phrase in Russian: the two
// people named before each met the whole subject list on their own.
func TestRussianEachOfTheDelegations(t *testing.T) {
	x := shipped(t)
	wantAllParts(t, x, "ru", "Файез Сарадж и Халифа Хафтар в понедельник прибыли в Москву. Сергей Лавров и Мевлют Чавушоглу по очереди провели переговоры с каждой из делегаций.",
		[][]string{{"sergey-lavrov", "mevlut-cavusoglu", "fayez-al-sarraj"}, {"sergey-lavrov", "mevlut-cavusoglu", "khalifa-haftar"}})
}

// TestDelegationRosterAfterTheMeeting: a sentence with no trigger that
// tells who led and made up a delegation ("The Libyan delegation was led
// by Sarraj and included X and Y"), right after a meeting, names more
// people of that meeting; one with a trigger of its own ("A delegation
// led by X will visit Brussels") is its own event.
func TestDelegationRosterAfterTheMeeting(t *testing.T) {
	x := shipped(t)
	four := []string{"josep-borrell", "fayez-al-sarraj", "ahmed-maiteeq", "mohamed-taha-siala"}
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"en", "On Tuesday Josep Borrell held talks in Tripoli with Fayez al-Sarraj. The Libyan delegation was led by Sarraj and included Ahmed Maiteeq and Mohamed Taha Siala.", [][]string{four}},
		{"fr", "Mardi, Josep Borrell s'est entretenu à Tripoli avec Fayez al-Sarraj. La délégation libyenne, conduite par Sarraj, comprenait aussi Ahmed Maiteeq et Mohamed Taha Siala.", [][]string{four}},
		{"de", "Am Dienstag traf Josep Borrell in Tripolis Fajis al-Sarradsch. Die libysche Delegation unter Leitung von Sarradsch umfasste auch Ahmed Maitik und Mohammed Siala.", [][]string{four}},
		{"it", "Martedì Josep Borrell ha incontrato a Tripoli Fayez al-Sarraj. La delegazione libica, guidata da Sarraj, comprendeva anche Ahmed Maiteeq e Mohamed Taha Siala.", [][]string{four}},
		{"en", "On Tuesday Josep Borrell held talks in Tripoli with Fayez al-Sarraj. A Libyan delegation led by Ahmed Maiteeq will visit Brussels next month.", [][]string{{"josep-borrell", "fayez-al-sarraj"}, {"fayez-al-sarraj", "ahmed-maiteeq"}}},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, c.want)
	}
}
