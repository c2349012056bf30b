package extract

import "testing"

// TestDemonymInsideTitle: a country's adjective written inside a title
// phrase, as Russian puts it between "глава" and "МИД" ("глава
// российского МИД", "с главой турецкого МИД", "Главу германского МИД"),
// leaves the title whole and names its country: with no one of that
// country named, the office's holder at the paper's date, never the
// foreigner named in the sentence before.
func TestDemonymInsideTitle(t *testing.T) {
	checkDescCases(t, []descCase{
		{"ru", "2020-06-11", "Кроме того, в среду глава российского МИД проведёт телефонный разговор со своим турецким коллегой Мевлютом Чавушоглу.", []string{"sergey-lavrov", "mevlut-cavusoglu"}, false},
		{"ru", "2020-03-04", "Во вторник глава германского МИД провёл в Триполи переговоры с Файезом Сараджем.", []string{"heiko-maas", "fayez-al-sarraj"}, false},
		{"ru", "2020-06-11", "Самех Шукри призвал к перемирию. В среду глава российского МИД принял в Москве Мевлюта Чавушоглу.", []string{"sergey-lavrov", "mevlut-cavusoglu"}, false},
		{"ru", "2020-03-04", "Глава итальянского МИД встретился во вторник в Риме с Файезом Сараджем.", []string{"luigi-di-maio", "fayez-al-sarraj"}, false},
		{"ru", "2020-06-11", "Файез Сарадж в среду встретился в Анкаре с главой турецкого МИД.", []string{"mevlut-cavusoglu", "fayez-al-sarraj"}, false},
		{"ru", "2020-06-11", "Файез Сарадж в среду провёл переговоры с главой российского МИД в Москве.", []string{"sergey-lavrov", "fayez-al-sarraj"}, false},
		{"ru", "2020-03-04", "Халифа Хафтар во вторник встретился с главой французского МИД в Бенгази.", []string{"jean-yves-le-drian", "khalifa-haftar"}, false},
		{"ru", "2020-06-11", "«Военного решения нет», — заявил глава российского МИД.", []string{"sergey-lavrov"}, true},
		{"ru", "2020-06-11", "Глава турецкого МИД заявил, что Анкара не выведет советников.", []string{"mevlut-cavusoglu"}, true},
		{"ru", "2020-03-04", "Главу германского МИД во вторник принял в Триполи Файез Сарадж.", []string{"heiko-maas", "fayez-al-sarraj"}, false},
		{"ru", "2020-06-11", "Министр Сарадж провёл телефонный разговор с главой египетского МИД.", []string{"sameh-shoukry", "fayez-al-sarraj"}, false},
		{"ru", "2020-06-11", "Глава египетского МИД в среду провёл телефонный разговор с Сергеем Лавровым.", []string{"sameh-shoukry", "sergey-lavrov"}, false},
	})
}

// TestUNEnvoyOtherWays: the UN envoy written with the interim between
// the title and the organisation ("la représentante spéciale par intérim
// de l'ONU", "la enviada interina de la ONU") or with the German genitive
// article ("die Sondergesandte der UN", "der Gesandte der Vereinten
// Nationen") is the envoy in office at the paper's date, not the UN.
func TestUNEnvoyOtherWays(t *testing.T) {
	checkDescCases(t, []descCase{
		{"fr", "2020-09-10", "La représentante spéciale par intérim de l'ONU a rencontré mardi Fayez al-Sarraj à Tripoli.", []string{"stephanie-williams", "fayez-al-sarraj"}, false},
		{"fr", "2020-10-10", "Mardi, Khalifa Haftar a reçu à Benghazi l'envoyée spéciale par intérim de l'ONU.", []string{"stephanie-williams", "khalifa-haftar"}, false},
		{"es", "2020-09-10", "La enviada interina de la ONU se reunió el martes con Jalifa Haftar en Bengasi.", []string{"stephanie-williams", "khalifa-haftar"}, false},
		{"es", "2020-10-10", "Fayez al Sarraj recibió el martes en Trípoli a la representante especial interina de la ONU.", []string{"stephanie-williams", "fayez-al-sarraj"}, false},
		{"de", "2020-09-10", "Die Sondergesandte der UN traf am Dienstag in Tripolis Fajis al-Sarradsch.", []string{"stephanie-williams", "fayez-al-sarraj"}, false},
		{"de", "2019-09-10", "Der Sondergesandte der UN traf am Dienstag in Bengasi Chalifa Haftar.", []string{"ghassan-salame", "khalifa-haftar"}, false},
		{"de", "2019-09-10", "Der Sondergesandte der Vereinten Nationen traf am Dienstag in Bengasi Chalifa Haftar.", []string{"ghassan-salame", "khalifa-haftar"}, false},
		{"de", "2020-09-10", "Chalifa Haftar empfing am Dienstag in Bengasi die Sondergesandte der UN.", []string{"stephanie-williams", "khalifa-haftar"}, false},
	})
}
