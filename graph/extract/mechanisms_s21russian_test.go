package extract

import (
	"sort"
	"strings"
	"testing"
)

// meetingKey lists the meetings' participants, each sorted and joined by
// "+", the meetings sorted and joined by ";".
func meetingKey(ms [][]string) string {
	var out []string
	for _, m := range ms {
		c := append([]string(nil), m...)
		sort.Strings(c)
		out = append(out, strings.Join(c, "+"))
	}
	sort.Strings(out)
	return strings.Join(out, ";")
}

func meetingsOfKey(ms ...[]string) string { return meetingKey(ms) }

// TestCountryTalksAreTheirDelegationHeads: a meeting that names two
// countries and no one else ("Российско-турецкие консультации прошли в
// Анкаре") is the meeting of the people the next sentence names as the
// leaders of the delegations ("Российскую делегацию возглавлял X,
// турецкую — Y"; led_by or words.yaml led_verbs), each country giving way
// to its own (countryHeads; session 21, russian).
func TestCountryTalksAreTheirDelegationHeads(t *testing.T) {
	x := shipped(t)
	V, O, B, MA := "sergey-vershinin", "sedat-onal", "mikhail-bogdanov", "ahmed-maiteeq"
	cases := []struct {
		lang, text, want string
	}{
		{"ru", "Российско-турецкие консультации по Ливии прошли в среду в Анкаре. Российскую делегацию возглавлял замминистра Сергей Вершинин, турецкую — замминистра Седат Онал.", meetingsOfKey([]string{V, O})},
		{"ru", "В Анкаре прошли российско-турецкие консультации. Российскую делегацию возглавил Сергей Вершинин, турецкую — Седат Онал.", meetingsOfKey([]string{V, O})},
		{"ru", "В среду в Москве состоялись российско-турецкие консультации по Ливии. Делегации возглавляли Сергей Вершинин и Седат Онал.", meetingsOfKey([]string{V, O})},
		{"ru", "Во вторник в Москве прошли российско-ливийские консультации. Российскую делегацию возглавлял Михаил Богданов, ливийскую — Ахмед Майтиг.", meetingsOfKey([]string{B, MA})},
		{"ru", "В Стамбуле прошли турецко-российские переговоры. Турецкую делегацию возглавлял Седат Онал, российскую — Сергей Вершинин.", meetingsOfKey([]string{V, O})},
		{"ru", "Российско-турецкие консультации по Ливии прошли в Москве. Российскую делегацию возглавил Вершинин.", meetingsOfKey([]string{V, "turkey"})},
		{"ru", "Российско-турецкие консультации прошли в Москве. Российскую делегацию возглавлял Вершинин, а турецкую делегацию возглавил Онал.", meetingsOfKey([]string{V, O})},
		{"ru", "Российско-турецкие консультации прошли в Москве. Турецкую делегацию возглавлял Седат Онал, российскую — Сергей Вершинин. Стороны договорились продолжить контакты.", meetingsOfKey([]string{V, O})},
		// (a leader of a third country: the countries stay)
		{"ru", "Российско-турецкие консультации прошли в Москве. Египетскую делегацию возглавлял Самех Шукри.", meetingsOfKey([]string{"russia", "turkey"})},
		// (the sentence after tells a meeting of its own)
		{"en", "Russian-Turkish consultations were held in Ankara. Vershinin later met Önal in Moscow.", meetingsOfKey([]string{V, O})},
	}
	for _, c := range cases {
		if got := meetingKey(allParts(factsOf(t, x, c.lang, "Title\n\n"+c.text))); got != c.want {
			t.Errorf("%s %q: meetings %s, want %s", c.lang, c.text, got, c.want)
		}
	}
}

// TestEachOfTheDelegationsIsEachParty: separate talks with "each of the
// delegations" or "the two delegations" are one meeting with each party
// the sentences before set up, a led_by phrase's people or a companion
// sentence's leader and those with him ("Хафтара сопровождал Салех"), not
// with the two people named last (eachDelegation; session 21, russian).
func TestEachOfTheDelegationsIsEachParty(t *testing.T) {
	x := shipped(t)
	L, C, S := "sergey-lavrov", "mevlut-cavusoglu", "sergei-shoigu"
	H, SA, MA, AS := "khalifa-haftar", "fayez-al-sarraj", "ahmed-maiteeq", "aguila-saleh-issa"
	cases := []struct {
		lang, text, want string
	}{
		{"ru", "В Москву прибыли обе ливийские делегации. Правительство национального согласия представляла делегация во главе с Файезом Сараджем и Ахмедом Майтигом. Хафтара сопровождал Агила Салех. Лавров и Чавушоглу поочередно встречались с каждой из делегаций.", meetingsOfKey([]string{L, C, SA, MA}, []string{L, C, H, AS})},
		{"ru", "ПНС представляла делегация во главе с Сараджем и Майтигом. Вместе с Хафтаром прибыл Агила Салех. Лавров по очереди встретился с каждой из двух делегаций.", meetingsOfKey([]string{L, SA, MA}, []string{L, H, AS})},
		{"en", "The GNA sent a delegation led by Fayez al-Sarraj and Ahmed Maiteeq. Haftar was accompanied by Aguila Saleh. Lavrov and Cavusoglu met the two delegations separately.", meetingsOfKey([]string{L, C, SA, MA}, []string{L, C, H, AS})},
		{"es", "El GNA envió una delegación encabezada por Fayez al Sarraj y Ahmed Maitig. Haftar llegó acompañado de Aguila Saleh. Lavrov y Cavusoglu se reunieron por separado con cada una de las delegaciones.", meetingsOfKey([]string{L, C, SA, MA}, []string{L, C, H, AS})},
		{"it", "Il GNA ha inviato una delegazione guidata da Fayez al-Sarraj e Ahmed Maitig. Haftar era accompagnato da Aguila Saleh. Lavrov e Cavusoglu hanno incontrato separatamente le due delegazioni.", meetingsOfKey([]string{L, C, SA, MA}, []string{L, C, H, AS})},
		// (no parties set up before: the two people named)
		{"ru", "Лавров и Чавушоглу поочередно встретились с Сараджем и Хафтаром.", meetingsOfKey([]string{L, C, SA}, []string{L, C, H})},
		{"ru", "Лавров и Шойгу встретились с Сараджем и Хафтаром по отдельности.", meetingsOfKey([]string{L, S, SA}, []string{L, S, H})},
	}
	for _, c := range cases {
		if got := meetingKey(allParts(factsOf(t, x, c.lang, "Title\n\n"+c.text))); got != c.want {
			t.Errorf("%s %q: meetings %s, want %s", c.lang, c.text, got, c.want)
		}
	}
}
