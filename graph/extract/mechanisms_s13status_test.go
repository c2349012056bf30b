package extract

import (
	"testing"

	"github.com/parley/parley/graph"
)

// statusOf is the status of f's only meeting of exactly want ("" when
// there is none, or more than one).
func statusOf(f graph.Facts, want []string) (string, graph.Date) {
	found, n := graph.Meeting{}, 0
	for _, m := range f.Meetings {
		if sameParts(participants(m), want) {
			found, n = m, n+1
		}
	}
	if n != 1 {
		return "", graph.Date{}
	}
	if found.Status == "" {
		return graph.StatusHeld, found.Date
	}
	return found.Status, found.Date
}

// TestIntentionAndFutureFormsPlan: an intention or schedule verb before
// the meeting's infinitive (ru "собирается", "намерена", "должна
// встретиться"), a Turkish future participle of the light verb ("görüşme
// yapacağı açıklandı") and the Urdu future of "to be" ("ملاقات … ہوگی")
// tell a meeting still to come; a month named with it lies ahead of the
// paper's day, not behind it.
func TestIntentionAndFutureFormsPlan(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
		month      int
	}{
		{"ru", "Глава турецкой дипломатии Мевлют Чавушоглу собирается провести переговоры с Сергеем Лавровым в Сочи.", []string{"mevlut-cavusoglu", "sergey-lavrov"}, 0},
		{"ru", "Наджла Мангуш должна встретиться с Сергеем Лавровым в Москве в октябре.", []string{"najla-mangoush", "sergey-lavrov"}, 10},
		{"ru", "Наджла Мангуш намерена встретиться с Луиджи Ди Майо в Риме.", []string{"najla-mangoush", "luigi-di-maio"}, 0},
		{"tr", "Dışişleri Bakanı Mevlüt Çavuşoğlu'nun ekim ayında Roma'da Luigi Di Maio ile görüşme yapacağı bildirildi.", []string{"mevlut-cavusoglu", "luigi-di-maio"}, 10},
		{"ur", "نجلاء المنقوش اور اطالوی وزیر خارجہ لوئیجی دی مائیو کی ملاقات اکتوبر میں روم میں ہوگی۔", []string{"najla-mangoush", "luigi-di-maio"}, 10},
		{"ar", "ومن المقرر أن تلتقي وزيرة الخارجية الليبية نجلاء المنقوش نظيرها الإيطالي لويجي دي مايو في روما في أكتوبر.", []string{"najla-mangoush", "luigi-di-maio"}, 10},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-06-12", "Title\n\n"+c.text)
		st, dt := statusOf(f, c.want)
		if st != graph.StatusPlanned || c.month != 0 && (dt.Month != c.month || dt.Year != 2021) {
			t.Errorf("%s %q: meetings %v (%v), want one planned, month %d of 2021", c.lang, c.text, dated(f), statuses(f), c.month)
		}
	}
}
