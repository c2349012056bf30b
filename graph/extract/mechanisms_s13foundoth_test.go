package extract

import (
	"testing"
)

// TestS13TakingPartInTheSentencesOwnMeeting: a taking-part clause after a
// comma ("в которых участвовал", "an denen auch … teilnahm", "who was
// accompanied by") that follows a
// meeting verb naming its own subject and partner is about that meeting:
// the sentence tells a new meeting, not more people at the one told
// before. A taking-part sentence with no meeting of its own ("Во встрече
// также участвовал", "An dem Treffen nahm auch … teil") still joins the
// last one.
func TestS13TakingPartInTheSentencesOwnMeeting(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"ru", "Сергей Лавров встретился с Халифой Хафтаром в Москве. На следующий день Сергей Шойгу провёл переговоры с Фаизом Сараджем, в которых участвовал также Михаил Богданов.",
			[][]string{{"sergey-lavrov", "khalifa-haftar"}, {"sergei-shoigu", "fayez-al-sarraj", "mikhail-bogdanov"}}},
		{"de", "Heiko Maas traf am Montag Khalifa Haftar in Berlin. Am Dienstag führte Angela Merkel Gespräche mit Fayez al-Sarraj, an denen auch Ján Kubiš teilnahm.",
			[][]string{{"heiko-maas", "khalifa-haftar"}, {"angela-merkel", "fayez-al-sarraj", "jan-kubis"}}},
		{"en", "Luigi Di Maio met Khalifa Haftar in Benghazi on Monday. On Tuesday Ahmed Maiteeq received Josep Borrell in Tripoli, who was accompanied by Ján Kubiš.",
			[][]string{{"luigi-di-maio", "khalifa-haftar"}, {"ahmed-maiteeq", "josep-borrell", "jan-kubis"}}},
		{"ru", "Сергей Лавров встретился с Халифой Хафтаром в Москве. Во встрече также участвовал Михаил Богданов.",
			[][]string{{"sergey-lavrov", "khalifa-haftar", "mikhail-bogdanov"}}},
		{"de", "Heiko Maas traf am Montag Khalifa Haftar in Berlin. An dem Treffen nahm auch Ján Kubiš teil.",
			[][]string{{"heiko-maas", "khalifa-haftar", "jan-kubis"}}},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, c.want)
	}
}

// TestS13RussianMetOnArrival: "встречал", "встретил" with a person as its
// object (often a pronoun: "в аэропорту его встречал X", "где её
// встретил X") is a reception; with an attitude beside it ("инициативу
// встретили настороженно") it is how a proposal was taken, no meeting.
func TestS13RussianMetOnArrival(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		text string
		want [][]string
	}{
		{"Премьер-министр Ливии Абдель Хамид Дбейба прибыл в Анкару. В аэропорту его встречал министр иностранных дел Мевлют Чавушоглу.",
			[][]string{{"abdul-hamid-dbeibah", "mevlut-cavusoglu"}}},
		{"Наджла аль-Мангуш прилетела в Рим, где её встретил министр иностранных дел Луиджи Ди Майо.",
			[][]string{{"najla-mangoush", "luigi-di-maio"}}},
		{"Фаиз Сарадж встречал Хулуси Акара у трапа самолёта в аэропорту Внуково.",
			[][]string{{"fayez-al-sarraj", "hulusi-akar"}}},
		{"В Бенгази инициативу Сараджа встретили настороженно, а Халифа Хафтар назвал её «манёвром».", nil},
		{"Предложение Хафтара о перемирии Фаиз Сарадж встретил скептически.", nil},
	}
	for _, c := range cases {
		wantAllParts(t, x, "ru", c.text, c.want)
	}
}
