package extract

import (
	"testing"
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
