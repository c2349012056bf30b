package extract

import (
	"testing"

	"github.com/parley/parley/graph"
)

// Session 17, Russian probe: sentences written for the probe, as a wire
// report of the Libya diplomacy puts them, not copied from any gold text.

// TestRefusalGovernsItsInfinitive: a verb of refusing or evading
// ("отказался", "отказывается", "отказавшись", "уклонился от") followed
// right away by the meeting verb it governs (Russian needs no mark of the
// infinitive: "отказался встретиться с X", "отказался провести
// переговоры", "отказался принять X") or the meeting noun ("уклонился от
// встречи") tells no meeting; a denied refusal ("не отказался
// встретиться") leaves the meeting possible. A refusal of something else
// in another clause denies nothing.
func TestRefusalGovernsItsInfinitive(t *testing.T) {
	x := shipped(t)
	hl := []string{"khalifa-haftar", "sergey-lavrov"}
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"ru", "Халифа Хафтар отказался встретиться с Файезом Сарраджем.", nil},
		{"ru", "Хафтар в понедельник отказался провести переговоры с Сарраджем в Москве.", nil},
		{"ru", "Агила Салех отказался принять Стефани Уильямс в Кубе.", nil},
		{"ru", "Файез Сарредж по-прежнему отказывается встречаться с Халифой Хафтаром.", nil},
		{"ru", "Хафтар уклонился от встречи с Сарраджем.", nil},
		{"ru", "Хафтар уклоняется от переговоров с Сарраджем.", nil},
		{"ru", "Отказавшись встретиться с Сарраджем, Хафтар покинул Москву.", nil},
		{"ru", "Сарредж и Хафтар отказались встречаться.", nil},
		{"ru", "Хафтар отказался от перемирия, но встретился с Лавровым.", [][]string{hl}},
		{"ru", "Хафтар, отказавшийся подписать соглашение, встретился с Лавровым.", [][]string{hl}},
		{"ru", "Хафтар не отказался встретиться с Лавровым.", [][]string{hl}},
		{"en", "Khalifa Haftar refused to meet Fayez al-Sarraj.", nil},
		{"fr", "Khalifa Haftar a refusé de rencontrer Fayez al-Sarraj.", nil},
		{"es", "Jalifa Haftar se negó a reunirse con Fayez al Sarraj.", nil},
		{"it", "Khalifa Haftar ha rifiutato di incontrare Fayez al-Sarraj.", nil},
	}
	for _, c := range cases {
		wantPartSets(t, x, c.lang, c.text, c.want)
	}
}

// TestExchangeOfViewsIsTalks: the support-verb phrase of an exchange of
// views ("обменялись мнениями", "обменялся мнениями с X", "состоялся
// обмен мнениями между X и Y"; en "exchanged views", es "intercambiaron
// opiniones", it "si sono scambiati opinioni", "uno scambio di opinioni")
// tells talks between its subjects, by telephone when a telephone word
// goes with it; an exchange of anything else (accusations, prisoners,
// strikes, messages) tells none.
func TestExchangeOfViewsIsTalks(t *testing.T) {
	x := shipped(t)
	bm := []string{"mikhail-bogdanov", "ahmed-maiteeq"}
	ls := []string{"sergey-lavrov", "aguila-saleh-issa"}
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"ru", "Михаил Богданов и Ахмед Майтиг обменялись мнениями о ситуации в Ливии.", [][]string{bm}},
		{"ru", "Лавров и Салех обменялись мнениями по ливийской проблематике.", [][]string{ls}},
		{"ru", "Сергей Лавров обменялся мнениями с Агилой Салехом о перспективах урегулирования.", [][]string{ls}},
		{"ru", "В Москве состоялся обмен мнениями между Михаилом Богдановым и Ахмедом Майтигом.", [][]string{bm}},
		{"ru", "Сергей Лавров и Агила Салех обменяются мнениями в Москве в четверг.", [][]string{ls}},
		{"ru", "Хафтар и Сарредж обменялись обвинениями.", nil},
		{"ru", "Стороны обменялись пленными.", nil},
		{"ru", "Лавров и Салех обменялись посланиями.", nil},
		{"en", "Sergey Lavrov and Aguila Saleh exchanged views on the situation in Libya.", [][]string{ls}},
		{"en", "Sergey Lavrov exchanged views with Aguila Saleh in Moscow.", [][]string{ls}},
		{"en", "Haftar and Sarraj exchanged accusations.", nil},
		{"es", "Serguéi Lavrov y Aguila Saleh intercambiaron opiniones sobre la situación en Libia.", [][]string{ls}},
		{"es", "Serguéi Lavrov intercambió puntos de vista con Aguila Saleh en Moscú.", [][]string{ls}},
		{"it", "Sergej Lavrov e Aguila Saleh si sono scambiati opinioni sulla situazione in Libia.", [][]string{ls}},
		{"it", "Sergej Lavrov ha avuto uno scambio di opinioni con Aguila Saleh a Mosca.", [][]string{ls}},
	}
	for _, c := range cases {
		wantPartSets(t, x, c.lang, c.text, c.want)
	}
	f := factsOf(t, x, "ru", "Title\n\nВладимир Путин и Реджеп Тайип Эрдоган обменялись мнениями по телефону.")
	if len(f.Meetings) != 1 || f.Meetings[0].Mode != graph.ModeCall {
		t.Errorf("ru exchange of views by telephone: %v, want one call", allParts(f))
	}
}

// TestSubjunctiveParticleTellsNoMeeting: the Russian subjunctive is the
// particle "бы" with the past form; in a meeting's clause, near its verb
// or after its noun, it makes the meeting wished ("хотел бы провести
// переговоры"), counterfactual ("Если бы Сарредж приехал в Москву, Лавров
// бы его принял") or a judgement on a meeting not held ("Встреча … была
// бы полезна"): none is told. "могла бы состояться" stays a planned
// meeting, "хотя бы" is no subjunctive, and a subjunctive in a relative
// clause after a comma ("визит, который ещё недавно был бы немыслим")
// leaves the meeting held.
func TestSubjunctiveParticleTellsNoMeeting(t *testing.T) {
	x := shipped(t)
	hs := []string{"khalifa-haftar", "fayez-al-sarraj"}
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"ru", "Встреча Халифы Хафтара и Файеза Сарраджа в Москве была бы полезна, считает Лавров.", nil},
		{"ru", "Переговоры Агилы Салеха с Сергеем Лавровым были бы полезны для обеих сторон.", nil},
		{"ru", "Эрдоган хотел бы провести переговоры с Хафтаром, но тот отказался.", nil},
		{"ru", "Реджеп Тайип Эрдоган хотел бы встретиться с Халифой Хафтаром.", nil},
		{"ru", "Если бы Сарредж приехал в Москву, Лавров бы его принял.", nil},
		{"ru", "Эрдоган мог бы встретиться с Хафтаром, если бы тот прекратил наступление.", nil},
		{"ru", "Лавров мог бы встретиться с Хафтаром в Москве.", nil},
		{"ru", "Ян Кубиш посетил Бенгази, где провёл переговоры с Халифой Хафтаром, — визит, который ещё недавно был бы немыслим.", [][]string{{"jan-kubis", "khalifa-haftar"}}},
		{"ru", "Хафтар и Сарредж встретились в Москве хотя бы на час.", [][]string{hs}},
	}
	for _, c := range cases {
		wantPartSets(t, x, c.lang, c.text, c.want)
	}
	f := factsOf(t, x, "ru", "Title\n\nВстреча Халифы Хафтара и Файеза Сарраджа могла бы состояться в Москве.")
	if len(f.Meetings) != 1 || f.Meetings[0].Status != graph.StatusPlanned {
		t.Errorf("ru 'могла бы состояться': %v, want one planned meeting", allParts(f))
	}
}

// TestRussianTalkWithSomeone: talking with someone with no word of where
// or how (`talk`: "у X состоялся разговор с Y", "провёл разговор с",
// "пообщался с", "пообщались", "общается с") tells talks, a call when a
// telephone word goes with it; a bare "разговор" with no partner after it
// refers back to a conversation told before and tells none of its own.
func TestRussianTalkWithSomeone(t *testing.T) {
	x := shipped(t)
	ls := []string{"sergey-lavrov", "aguila-saleh-issa"}
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"ru", "У Сергея Лаврова состоялся разговор с Агилой Салехом.", [][]string{ls}},
		{"ru", "Михаил Богданов провёл разговор с Ахмедом Майтигом в Москве.", [][]string{{"mikhail-bogdanov", "ahmed-maiteeq"}}},
		{"ru", "Сергей Лавров пообщался с Мохаммедом аль-Менфи на полях форума.", [][]string{{"sergey-lavrov", "mohamed-al-menfi"}}},
		{"ru", "Дбейба коротко пообщался с Эрдоганом в кулуарах саммита.", [][]string{{"abdul-hamid-dbeibah", "recep-tayyip-erdogan"}}},
		{"ru", "Лавров и Салех пообщались в неформальной обстановке.", [][]string{ls}},
		{"ru", "Хафтар регулярно общается с Львом Денговым.", [][]string{{"khalifa-haftar", "lev-dengov"}}},
		{"ru", "Египет и ОАЭ разговор Лаврова пока не прокомментировали.", nil},
	}
	for _, c := range cases {
		wantPartSets(t, x, c.lang, c.text, c.want)
	}
	f := factsOf(t, x, "ru", "Title\n\nУ Путина состоялся разговор с Эрдоганом по телефону.")
	if len(f.Meetings) != 1 || f.Meetings[0].Mode != graph.ModeCall {
		t.Errorf("ru 'состоялся разговор … по телефону': %v, want one call", allParts(f))
	}
}

// TestTalkOfAMeetingIsNoMeeting: talk of a meeting ("разговоры о
// встрече", "ходят разговоры о возможной встрече", "talk of a meeting",
// "talk of talks") is a rumour, as "слухи о встрече": no meeting.
func TestTalkOfAMeetingIsNoMeeting(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct{ lang, text string }{
		{"ru", "Разговоры о встрече Хафтара и Сарраджа ведутся давно."},
		{"ru", "Разговоры о переговорах Лаврова с Хафтаром не утихают."},
		{"ru", "В Москве ходят разговоры о возможной встрече Путина с Хафтаром."},
		{"en", "There has long been talk of a meeting between Haftar and Sarraj."},
		{"en", "Talk of talks between Lavrov and Haftar has not died down."},
	} {
		wantPartSets(t, x, c.lang, c.text, nil)
	}
}

// TestRussianImperfectiveAndBareConversationVerbs: the feminine past of
// the imperfective "встречалась" and the bare "беседовал", "беседовала"
// (the partner fronted before them: "С X беседовал Y", "В Триполи с X
// встречалась Y") tell meetings like their perfective kin.
func TestRussianImperfectiveAndBareConversationVerbs(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"ru", "В Триполи с Абдель Хамидом Дбейбой встречалась Стефани Уильямс.", [][]string{{"stephanie-williams", "abdul-hamid-dbeibah"}}},
		{"ru", "С Наджлой Мангуш Сергей Лавров беседовал в среду.", [][]string{{"sergey-lavrov", "najla-mangoush"}}},
		{"ru", "С Ахмедом Майтигом беседовал Михаил Богданов.", [][]string{{"mikhail-bogdanov", "ahmed-maiteeq"}}},
		{"ru", "Стефани Уильямс неоднократно встречалась с Агилой Салехом.", [][]string{{"stephanie-williams", "aguila-saleh-issa"}}},
	}
	for _, c := range cases {
		wantPartSets(t, x, c.lang, c.text, c.want)
	}
}

// TestCountryDiscussedIsTopic: a country right after a verb of
// discussing is its direct object, what was discussed, not a party
// ("обсудили Ливию в ходе телефонного разговора", "discussed Libya during
// a phone call").
func TestCountryDiscussedIsTopic(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"ru", "Путин и Макрон обсудили Ливию в ходе телефонного разговора.", [][]string{{"vladimir-putin", "emmanuel-macron"}}},
		{"ru", "Владимир Путин и Реджеп Тайип Эрдоган обсудили Ливию по телефону.", [][]string{{"vladimir-putin", "recep-tayyip-erdogan"}}},
		{"ru", "Лавров и Салех обсудили Ливию на встрече в Москве.", [][]string{{"sergey-lavrov", "aguila-saleh-issa"}}},
		{"en", "Putin and Macron discussed Libya during a phone call.", [][]string{{"vladimir-putin", "emmanuel-macron"}}},
	}
	for _, c := range cases {
		wantPartSets(t, x, c.lang, c.text, c.want)
	}
}
