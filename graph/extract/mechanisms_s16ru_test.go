package extract

import (
	"testing"

	"github.com/parley/parley/graph"
)

// wantPartSets checks that text, in lang, gives exactly the meetings and
// calls want, each with those participants, in any order.
func wantPartSets(t *testing.T, x *Extractor, lang, text string, want [][]string) {
	t.Helper()
	got := allParts(factsOf(t, x, lang, "Title\n\n"+text))
	ok := len(got) == len(want)
	used := make([]bool, len(got))
	for _, w := range want {
		found := false
		for i, g := range got {
			if !used[i] && sameParts(g, w) {
				used[i], found = true, true
				break
			}
		}
		ok = ok && found
	}
	if !ok {
		t.Errorf("%s %q: meetings %v, want %v", lang, text, got, want)
	}
}

// TestAdversativeConjunctionOpensItsOwnClause: an adversative
// conjunction after a comma with a new subject before the next trigger
// ("Lavrov met Menfi, but Kubiš met Saleh"; Russian "а", "но") opens a
// clause of its own: its subject meets its own partner, and the first
// clause's subject and partner are not part of that meeting.
func TestAdversativeConjunctionOpensItsOwnClause(t *testing.T) {
	x := shipped(t)
	lavrovMenfi := []string{"sergey-lavrov", "mohamed-al-menfi"}
	kubisSaleh := []string{"jan-kubis", "aguila-saleh-issa"}
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"ru", "Во вторник Сергей Лавров встретился с Мохаммедом аль-Менфи, а Ян Кубиш провёл переговоры с Агилой Салехом в Каире.", [][]string{lavrovMenfi, kubisSaleh}},
		{"ru", "Сергей Лавров принял в Москве Мохаммеда аль-Менфи, а в четверг Ян Кубиш встретился в Бенгази с Агилой Салехом.", [][]string{lavrovMenfi, kubisSaleh}},
		{"ru", "Сергей Лавров провёл телефонный разговор с Мохаммедом аль-Менфи, а спецпосланник ООН Ян Кубиш обсудил с Агилой Салехом по видеосвязи подготовку выборов.", [][]string{lavrovMenfi, kubisSaleh}},
		{"ru", "Сергей Лавров хотел встретиться с Мохаммедом аль-Менфи в Москве, но Ян Кубиш уже встретился с Агилой Салехом в Женеве.", [][]string{lavrovMenfi, kubisSaleh}},
		{"en", "On Tuesday Sergey Lavrov met Mohamed al-Menfi in Moscow, but Jan Kubis held talks with Aguila Saleh in Cairo.", [][]string{lavrovMenfi, kubisSaleh}},
		{"fr", "Mardi, Sergueï Lavrov a rencontré Mohamed al-Menfi à Moscou, mais Jan Kubis s'est entretenu avec Aguila Saleh au Caire.", [][]string{lavrovMenfi, kubisSaleh}},
		{"it", "Martedì Sergej Lavrov ha incontrato Mohamed al-Menfi a Mosca, ma Jan Kubis ha avuto un colloquio con Aguila Saleh al Cairo.", [][]string{lavrovMenfi, kubisSaleh}},
		{"es", "El martes Serguéi Lavrov se reunió con Mohamed al Menfi en Moscú, pero Jan Kubis conversó con Aguila Saleh en El Cairo.", [][]string{lavrovMenfi, kubisSaleh}},
		// a second partner of the same subject stays his ("а затем", "but also")
		{"ru", "Сергей Лавров провёл переговоры с Мохаммедом аль-Менфи, а затем с Агилой Салехом.", [][]string{lavrovMenfi, {"sergey-lavrov", "aguila-saleh-issa"}}},
	}
	for _, c := range cases {
		wantPartSets(t, x, c.lang, c.text, c.want)
	}
}

// TestPronounSubjectWithSeveralPartners: a personal pronoun right before
// a meeting verb (or right after it, verb-second) whose clause names no
// one before the verb stands for the person named before, who meets all
// the people named after the verb, however many they are ("В среду он
// встретился с Лавровым и Богдановым", "On Wednesday he met Lavrov and
// Bogdanov", "Am Mittwoch traf er …"); an object pronoun is the guest of
// the hosts named after it ("его приняли Лавров и Богданов"). A
// possessive before a noun ("его заместитель") is no such pronoun.
func TestPronounSubjectWithSeveralPartners(t *testing.T) {
	x := shipped(t)
	all3 := []string{"aguila-saleh-issa", "sergey-lavrov", "mikhail-bogdanov"}
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"ru", "Агила Салех прилетел в Москву в понедельник. Во вторник он провёл переговоры с Сергеем Лавровым и Михаилом Богдановым.", [][]string{all3}},
		{"ru", "Агила Салех прилетел в Москву в понедельник. Во вторник его приняли Сергей Лавров и Михаил Богданов.", [][]string{all3}},
		{"ru", "Агила Салех прилетел в Москву в понедельник. Во вторник он уже встретился с Сергеем Лавровым, а затем с Михаилом Богдановым.", [][]string{{"aguila-saleh-issa", "sergey-lavrov"}, {"aguila-saleh-issa", "mikhail-bogdanov"}}},
		{"en", "Aguila Saleh flew to Moscow on Monday. On Tuesday he held talks with Sergey Lavrov and Mikhail Bogdanov.", [][]string{all3}},
		{"fr", "Aguila Saleh s'est envolé lundi pour Moscou. Mardi, il a rencontré Sergueï Lavrov et Mikhaïl Bogdanov.", [][]string{all3}},
		{"de", "Aguila Saleh flog am Montag nach Moskau. Am Dienstag traf er Sergej Lawrow und Michail Bogdanow.", [][]string{all3}},
		{"it", "Aguila Saleh è volato lunedì a Mosca. Martedì lui ha incontrato Sergej Lavrov e Mikhail Bogdanov.", [][]string{all3}},
		// a possessive names the one whose deputy meets, not a party
		{"ru", "Агила Салех прилетел в Москву в понедельник. Во вторник его заместитель встретился с Сергеем Лавровым и Михаилом Богдановым.", [][]string{{"sergey-lavrov", "mikhail-bogdanov"}}},
	}
	for _, c := range cases {
		wantPartSets(t, x, c.lang, c.text, c.want)
	}
}

// TestFrontedPartnerBeforePronounSubject: Russian fronts the partner as
// the topic, its "с" marking it as no subject, and puts the pronoun
// subject after it ("С Лавровым он встретился в среду"): the pronoun is
// not the partner named before it in its clause but the person named
// before the sentence.
func TestFrontedPartnerBeforePronounSubject(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"ru", "Агила Салех прилетел в Москву в понедельник. С Сергеем Лавровым он встретился только в среду.", [][]string{{"aguila-saleh-issa", "sergey-lavrov"}}},
		{"ru", "Стефани Уильямс прибыла в Каир во вторник. С Самехом Шукри она провела переговоры на следующий день.", [][]string{{"stephanie-williams", "sameh-shoukry"}}},
		// a name before the pronoun with no "с" is the subject itself
		{"ru", "Агила Салех прилетел в Москву в понедельник. Сергей Лавров сказал, что он встретится с Михаилом Богдановым.", [][]string{{"sergey-lavrov", "mikhail-bogdanov"}}},
	}
	for _, c := range cases {
		wantPartSets(t, x, c.lang, c.text, c.want)
	}
}

// TestHostVerbTakingAThing: a host verb whose object is a thing ("a
// letter", "a decision", Russian "решение", "меры", "к сведению") tells
// receiving or taking that thing, no meeting with the one it came from;
// Russian may front the thing or make it the passive's subject
// ("решение должны принимать сами ливийцы"). A person as the object is
// still a reception.
func TestHostVerbTakingAThing(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"ru", "Агила Салех принял окончательное решение не ехать в Женеву после звонка Сергея Лаврова.", nil},
		{"ru", "Стефани Уильямс считает, что такое решение должны принимать сами ливийцы, а не Халифа Хафтар.", nil},
		{"ru", "Владимир Путин принял к сведению доводы Реджепа Тайипа Эрдогана.", nil},
		{"ru", "Абдель Хамид Дбейба принял послание Владимира Путина из рук посла.", nil},
		{"en", "On Monday Abdul Hamid Dbeibah received a personal letter from Vladimir Putin.", nil},
		{"fr", "Lundi, Abdul Hamid Dbeibah a reçu une lettre de Vladimir Poutine.", nil},
		{"it", "Lunedì Abdul Hamid Dbeibah ha ricevuto un messaggio di Vladimir Putin.", nil},
		{"es", "El lunes Abdul Hamid Dbeibah recibió una carta de Vladimir Putin.", nil},
		// a person received is a meeting
		{"ru", "Абдель Хамид Дбейба принял в Триполи Сергея Лаврова.", [][]string{{"abdul-hamid-dbeibah", "sergey-lavrov"}}},
		{"en", "On Monday Abdul Hamid Dbeibah received Sergey Lavrov in Tripoli.", [][]string{{"abdul-hamid-dbeibah", "sergey-lavrov"}}},
	}
	for _, c := range cases {
		wantPartSets(t, x, c.lang, c.text, c.want)
	}
}

// TestWhereClauseTitleCountryIsNoPlace: the country a title inside a
// "where" clause is of ("где его принял президент Египта", "dove ha
// incontrato l'emiro del Qatar") says whose office it is, not where they
// met: the clause's meeting is still placed where its "where" word
// points, also when that place is where the traveller came from ("из
// Каира, где").
func TestWhereClauseTitleCountryIsNoPlace(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text, place string
	}{
		{"ru", "Агила Салех вылетел в Москву из Каира, где накануне его принял президент Египта Абдель Фаттах ас-Сиси.", "cairo"},
		{"ru", "Халед аль-Мишри побывал в Анкаре, а затем в Дохе, где его принял министр иностранных дел Катара Мухаммед Аль Тани.", "doha"},
		{"it", "Khalid al-Mishri è volato ad Ankara e poi a Doha, dove ha incontrato l'emiro del Qatar Tamim bin Hamad Al Thani.", "doha"},
		{"en", "Khalid al-Mishri flew to Ankara and then to Doha, where he met the Emir of Qatar Tamim bin Hamad Al Thani.", "doha"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != c.place {
			t.Errorf("%s %q: meetings %v, want one in %s", c.lang, c.text, placed(f), c.place)
		}
	}
}

// TestRussianTitleCasesIntroduceUnknownPeople: Russian inflects a title
// with the name after it ("с генералом Ахмедом Фаруком", "вместе с
// представителем Национальной нефтяной корпорации Салемом аль-Кикли",
// "с советником Ибрагимом аль-Зуби"): the oblique forms of the titles introduce
// an unknown person as the nominative does, and an organisation named
// between title and name is whose officer he is, no party.
func TestRussianTitleCasesIntroduceUnknownPeople(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		text string
		want []string
	}{
		{"Ахмед Маитиг встретился в Каире с генералом Ахмедом Фаруком.", []string{"ahmed-maiteeq", "x-ahmed-farouk"}},
		{"Ахмед Маитиг провёл переговоры с представителем Национальной нефтяной корпорации Салемом аль-Кикли.", []string{"ahmed-maiteeq", "x-salem-al-kikli"}},
		{"Во вторник Ахмед Маитиг встретился с советником Ибрагимом аль-Зуби.", []string{"ahmed-maiteeq", "x-ibrahim-al-zoubi"}},
		{"Ахмед Маитиг принял в Триполи спецпосланника Ибрагима аль-Зуби.", []string{"ahmed-maiteeq", "x-ibrahim-al-zoubi"}},
	}
	for _, c := range cases {
		wantPartSets(t, x, "ru", c.text, [][]string{c.want})
	}
}

// TestEveOfTheConferenceCountsFromItsDay: Russian "накануне конференции"
// ("on the eve of the conference") counts from the day the article gave
// the conference, as the English, German and Turkish phrases that name
// the event they count from do, not from the event told last.
func TestEveOfTheConferenceCountsFromItsDay(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"ru", "Title\n\nБерлинская конференция по Ливии пройдёт 19 января с участием Владимира Путина и Ангелы Меркель. 9 января Сергей Лавров встретился в Москве с Агилой Салехом.\n\nНакануне конференции Сергей Лавров провёл телефонный разговор с Мевлютом Чавушоглу."},
		{"en", "Title\n\nThe Berlin conference on Libya will be held on January 19 with Vladimir Putin and Angela Merkel. On January 9 Sergey Lavrov met Aguila Saleh in Moscow.\n\nThe day before the conference, Sergey Lavrov held a phone call with Mevlüt Çavuşoğlu."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-01-20", c.text)
		found := false
		for _, m := range f.Meetings {
			if m.Mode == graph.ModeCall && sameParts(participants(m), []string{"sergey-lavrov", "mevlut-cavusoglu"}) {
				found = true
				if m.Date.Month != 1 || m.Date.Day != 18 {
					t.Errorf("%s: call dated %v, want January 18", c.lang, m.Date)
				}
			}
		}
		if !found {
			t.Errorf("%s: no Lavrov-Çavuşoğlu call in %v", c.lang, allParts(f))
		}
	}
}
