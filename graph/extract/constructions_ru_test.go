package extract

import "testing"

// TestConstructionsRu: the ways Russian wire reports tell meetings, calls
// and statements, in sentences written for the test.
func TestConstructionsRu(t *testing.T) {
	runConstructions(t, "ru", []consCase{
		// meetings
		{text: "Сергей Лавров встретился во вторник в Москве с Халифой Хафтаром.",
			meet: []string{"meet held 2021-03-09 khalifa-haftar,sergey-lavrov"}},
		{text: "В понедельник в Москве Сергей Лавров провёл переговоры с Фатхи Башагой.",
			meet: []string{"meet held 2021-03-08 fathi-bashagha,sergey-lavrov"}},
		{text: "Владимир Путин принял в Кремле Реджепа Тайипа Эрдогана.",
			meet: []string{"meet held - recep-tayyip-erdogan,vladimir-putin"}},
		{text: "Вчера в Анкаре Мевлют Чавушоглу и Сергей Лавров встретились для обсуждения ситуации в Ливии.",
			meet: []string{"meet held 2021-03-09 mevlut-cavusoglu,sergey-lavrov"}},
		{text: "Глава МИД России Сергей Лавров посетил Каир, где встретился с Самехом Шукри.",
			meet: []string{"meet held - sameh-shoukry,sergey-lavrov"}},
		{text: "Встреча Лаврова с Агилой Салехом прошла в Москве в четверг.",
			meet: []string{"meet held 2021-03-04 aguila-saleh-issa,sergey-lavrov"}},
		{text: "Переговоры между Путиным и Эрдоганом продлились около трёх часов.",
			meet: []string{"meet held - recep-tayyip-erdogan,vladimir-putin"}},
		{text: "В ходе встречи с Мохаммедом аль-Менфи Лавров заявил, что Россия поддерживает политический процесс.",
			meet: []string{"meet held - mohamed-al-menfi,sergey-lavrov"}, say: []string{"sergey-lavrov"}},
		{text: "Заместитель министра иностранных дел Михаил Богданов принял в Москве Халеда аль-Мишри.",
			meet: []string{"meet held - khalid-al-mishri,mikhail-bogdanov"}},
		{text: "Лавров встретился с Абдель Хамидом Дбейбой и Мохаммедом аль-Менфи.",
			meet: []string{"meet held - abdul-hamid-dbeibah,mohamed-al-menfi,sergey-lavrov"}},
		{text: "Во встрече Путина с Эрдоганом также принял участие Сергей Лавров.",
			meet: []string{"meet held - recep-tayyip-erdogan,sergey-lavrov,vladimir-putin"}},
		{text: "Хафтар прибыл в Москву в понедельник. Во вторник он встретился с министром обороны Сергеем Шойгу.",
			meet: []string{"meet held 2021-03-09 khalifa-haftar,sergei-shoigu"}},
		// calls
		{text: "Владимир Путин провёл телефонный разговор с Реджепом Тайипом Эрдоганом.",
			meet: []string{"call held - recep-tayyip-erdogan,vladimir-putin"}},
		{text: "Лавров и Чавушоглу обсудили по телефону ситуацию в Ливии.",
			meet: []string{"call held - mevlut-cavusoglu,sergey-lavrov"}},
		{text: "Сергей Лавров в среду провёл переговоры с Хайко Маасом в режиме видеоконференции.",
			meet: []string{"video held 2021-03-10 heiko-maas,sergey-lavrov"}},
		// status
		{text: "Путин и Эрдоган встретятся в Сочи на следующей неделе.",
			meet: []string{"meet planned 2021-03 recep-tayyip-erdogan,vladimir-putin"}},
		{text: "Ожидается, что Лавров проведёт переговоры с Наджлей аль-Мангуш в Москве.",
			meet: []string{"meet planned - najla-mangoush,sergey-lavrov"}},
		{text: "Запланированная встреча Лаврова и Чавушоглу была отменена.",
			meet: []string{"meet cancelled - mevlut-cavusoglu,sergey-lavrov"}},
		{text: "Встреча Лаврова и Чавушоглу отложена на неопределённый срок.",
			meet: []string{"meet cancelled - mevlut-cavusoglu,sergey-lavrov"}},
		{text: "Хафтар и Сарадж в Москве так и не встретились."},
		{text: "Хафтар отказался встречаться с Сараджем."},
		// statements
		{text: "«Мы выступаем за прекращение огня», — заявил Сергей Лавров.",
			say: []string{"sergey-lavrov"}},
		{text: "Как сообщил пресс-секретарь президента Дмитрий Песков, Путин обсудит с Эрдоганом ситуацию в Ливии.",
			say: []string{"dmitry-peskov"}},
		{text: "По словам Марии Захаровой, Москва не поставляет оружие в Ливию.",
			say: []string{"maria-zakharova"}},
		{text: "В МИД России заявили, что Москва поддерживает берлинский процесс.",
			say: []string{"russia"}},
		{text: "Кремль опроверг сообщения о присутствии российских военных в Ливии.",
			say: []string{"russia"}},
		{text: "Шойгу подчеркнул важность соблюдения перемирия.",
			say: []string{"sergei-shoigu"}},
		{text: "Лавров предупредил, что эскалация приведёт к новым жертвам.",
			say: []string{"sergey-lavrov"}},
		{text: "Песков отверг обвинения в адрес Москвы.",
			say: []string{"dmitry-peskov"}},
		{text: "Эрдоган призвал Хафтара прекратить наступление.",
			say: []string{"recep-tayyip-erdogan"}},
	})
}
