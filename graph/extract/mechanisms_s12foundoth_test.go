package extract

import (
	"testing"

	"github.com/parley/parley/graph"
)

// TestS12TurkishVerbShapes: Turkish tells a meeting or a reception in
// many shapes of one verb: the -ken and -ip converbs ("ağırlarken",
// "görüşüp"), the -dik participle with its cases ("bir araya geldiklerini
// hatırlattı", "görüştükten sonra"), the abilitative ("kabul edebildi")
// and the pluperfect passive ("tarafından kabul edilmişti").
func TestS12TurkishVerbShapes(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		text   string
		want   []string
		status string
	}{
		{"Cumhurbaşkanı Tebbun, Dbeybe'yi Cezayir'de ağırlarken ekonomik işbirliğini de masaya getirdi.",
			[]string{"abdelmadjid-tebboune", "abdul-hamid-dbeibah"}, graph.StatusHeld},
		{"Maas, Menfi'yi ancak bir hafta sonra Berlin'de kabul edebildi.",
			[]string{"heiko-maas", "mohamed-al-menfi"}, graph.StatusHeld},
		{"Şoygu, geçen ay Moskova'da Hafter ile bir araya geldiklerini doğruladı.",
			[]string{"sergei-shoigu", "khalifa-haftar"}, graph.StatusHeld},
		{"Menguş, Cezayir'de Bukadum ile görüştükten sonra Tunus'a geçti.",
			[]string{"najla-mangoush", "sabri-boukadoum"}, graph.StatusHeld},
		{"Başağa, Kahire'de Abbas Kamil tarafından kabul edilmişti.",
			[]string{"fathi-bashagha", "abbas-kamel"}, graph.StatusHeld},
		{"Lavrov, Çavuşoğlu ile gelecek ay Soçi'de bir araya geleceklerini açıkladı.",
			[]string{"sergey-lavrov", "mevlut-cavusoglu"}, graph.StatusPlanned},
	}
	for _, c := range cases {
		f := factsOn(t, x, "tr", "2020-06-20", "Başlık\n\n"+c.text)
		if !onlyMeetingOf(f, c.want) || f.Meetings[0].Status != c.status {
			t.Errorf("%q: meetings %v (%+v), want only %v %s", c.text, allParts(f), f.Meetings, c.want, c.status)
		}
	}
}
