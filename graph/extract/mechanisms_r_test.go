package extract

import "testing"

// TestLedeDayBefore: Russian "накануне" is the day before the paper when
// no event of its paragraph anchors it, the day before that event when one
// does, and the eve of the event it names when a noun follows it.
func TestLedeDayBefore(t *testing.T) {
	runConstructions(t, "ru", []consCase{
		{text: "Лавров накануне провёл переговоры с Хафтаром в Москве.",
			meet: []string{"meet held 2021-03-09 khalifa-haftar,sergey-lavrov"}},
		{text: "Шойгу в понедельник встретился с Халифой Хафтаром. Накануне он провёл телефонный разговор с Хулуси Акаром.",
			meet: []string{"call held 2021-03-07 hulusi-akar,sergei-shoigu", "meet held 2021-03-08 khalifa-haftar,sergei-shoigu"}},
		{text: "Шойгу в понедельник встретился с Халифой Хафтаром.\n\nНакануне Лавров провёл телефонный разговор с Мевлютом Чавушоглу.",
			meet: []string{"call held 2021-03-09 mevlut-cavusoglu,sergey-lavrov", "meet held 2021-03-08 khalifa-haftar,sergei-shoigu"}},
		{text: "Шойгу в понедельник встретился с Халифой Хафтаром.\n\nНакануне визита Лавров провёл телефонный разговор с Мевлютом Чавушоглу.",
			meet: []string{"call held 2021-03-07 mevlut-cavusoglu,sergey-lavrov", "meet held 2021-03-08 khalifa-haftar,sergei-shoigu"}},
	})
}

// TestRefusalAndLateNegation: a refusal of the meeting noun it governs
// denies the meeting ("lehnt jede Begegnung mit X ab", "отказался от
// встречи с X", "X ile görüşmeyi reddetti"), a German negation closing its
// clause denies the verb before it, and "nicht nur" denies nothing.
func TestRefusalAndLateNegation(t *testing.T) {
	runConstructions(t, "de", []consCase{
		{text: "Sarradsch lehnt jedes Treffen mit Chalifa Haftar ab; Haftar und Sarradsch haben sich seitdem nicht gesehen."},
		{text: "Getroffen haben sich Sarradsch und Haftar bis heute nie."},
		{text: "Sarradsch lehnte ein Treffen mit Haftar in Rom ab."},
		{text: "Haftar lehnte beim Treffen mit Maas den Vorschlag ab.",
			meet: []string{"meet held - heiko-maas,khalifa-haftar"}},
		{text: "Maas traf am Dienstag nicht nur Haftar, sondern auch Aguila Saleh.",
			meet: []string{"meet held 2021-03-09 aguila-saleh-issa,heiko-maas,khalifa-haftar"}},
	})
	runConstructions(t, "ru", []consCase{
		{text: "Сарадж отказался от встречи с Хафтаром в Москве."},
		{text: "Хафтар отклонил встречу с Сараджем в Анкаре."},
	})
	runConstructions(t, "tr", []consCase{
		{text: "Serrac, Moskova'da Hafter ile bir araya gelmeyi reddetti."},
		{text: "Serrac, Hafter ile yapılacak görüşmeye yanaşmadı."},
		{text: "Serrac, Hafter ile görüşme teklifini reddetti."},
	})
}
