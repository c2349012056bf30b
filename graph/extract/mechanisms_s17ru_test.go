package extract

import "testing"

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
