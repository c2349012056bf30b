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
