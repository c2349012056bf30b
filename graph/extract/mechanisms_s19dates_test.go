package extract

import (
	"testing"

	"github.com/parley/parley/graph"
)

// dateProbe is a mini-article with its paper's date and the participant
// whose meeting or call must fall on want.
type dateProbe struct{ lang, pub, text, who, want string }

// eventDateOf is the date of the first meeting or call with participant p.
func eventDateOf(f graph.Facts, p string) (string, bool) {
	for _, m := range f.Meetings {
		for _, q := range participants(m) {
			if q == p {
				return m.Date.String(), true
			}
		}
	}
	return "", false
}

func runDateProbes(t *testing.T, cases []dateProbe) {
	t.Helper()
	x := shipped(t)
	for _, c := range cases {
		f := factsOn(t, x, c.lang, c.pub, "Title\n\n"+c.text)
		if got, ok := eventDateOf(f, c.who); !ok || got != c.want {
			t.Errorf("%s %q: %s's event on %q (found %v), want %s; meetings %v", c.lang, c.text, c.who, got, ok, c.want, placed(f))
		}
	}
}

// TestEveAfterTheNewsDay: a Russian "Накануне" opening a later paragraph
// of a report whose lead told the news event of the paper's day or the
// day before counts from that event, not from the paper ("В среду Лавров
// провёл переговоры … \n\nНакануне Лавров говорил по телефону с …"); in
// what a speech verb reports, and after a story told over several days,
// it stays the paper's eve.
func TestEveAfterTheNewsDay(t *testing.T) {
	runDateProbes(t, []dateProbe{
		{"ru", "2021-03-19", "Министр иностранных дел России Сергей Лавров в четверг провёл в Москве переговоры с главой МИД Ливии Наджлой аль-Мангуш.\n\nНакануне Лавров обсудил ливийское урегулирование по телефону с Мевлютом Чавушоглу.", "mevlut-cavusoglu", "2021-03-17"},
		{"ru", "2020-09-10", "Делегация Палаты представителей Ливии в среду провела переговоры в Москве с Сергеем Лавровым.\n\nНакануне члены делегации встречались с Михаилом Богдановым.", "mikhail-bogdanov", "2020-09-08"},
		{"ru", "2021-05-21", "Премьер-министр Ливии Абдель Хамид Дбейба в пятницу провёл переговоры в Анкаре с Реджепом Тайипом Эрдоганом.\n\nНакануне вечером Дбейбу принял министр обороны Турции Хулуси Акар.", "hulusi-akar", "2021-05-20"},
		{"ru", "2020-01-14", "Переговоры Файеза Сараджа и Халифы Хафтара прошли в понедельник в Москве.\n\nВ Минобороны сообщили, что Шойгу накануне вечером встретился с Хафтаром.", "sergei-shoigu", "2020-01-13"},
		{"ru", "2020-02-06", "В понедельник в Дохе Михаил Богданов встретился с главой МИД Катара.\n\nВо вторник он провёл переговоры в Абу-Даби.\n\nНакануне Богданов встретился в Каире с Самехом Шукри.", "sameh-shoukry", "2020-02-05"},
	})
}
