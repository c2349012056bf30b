package extract

import (
	"reflect"
	"testing"

	"github.com/parley/parley/graph"
)

// TestCounterpart: "talks with his Russian counterpart Lavrov" put the
// one whose counterpart he is at the meeting: the last person named before
// who holds the same office elsewhere, not merely the last person named.
func TestCounterpart(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"tr", "Mevlüt Çavuşoğlu Trablus'a gitti. Halid el-Mişri Türkiye'nin desteğini övdü. Rus mevkidaşı Sergey Lavrov ile İstanbul'da yapılması planlanan görüşme iptal edildi.",
			[]string{"mevlut-cavusoglu", "sergey-lavrov"}},
		{"en", "Mevlüt Çavuşoğlu arrived in Tripoli. Khalid al-Mishri praised Turkey's support. A meeting with his Russian counterpart Sergey Lavrov in Istanbul was called off.",
			[]string{"mevlut-cavusoglu", "sergey-lavrov"}},
		{"fr", "Heiko Maas est arrivé à Rome. Giuseppe Conte a salué sa visite. La rencontre avec son homologue italien Luigi Di Maio a eu lieu lundi.",
			[]string{"heiko-maas", "luigi-di-maio"}},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		var got [][]string
		for _, m := range f.Meetings {
			got = append(got, participants(m))
		}
		if len(got) != 1 || !reflect.DeepEqual(got[0], c.want) {
			t.Errorf("%s %q: meetings %v, want [%v]", c.lang, c.text, got, c.want)
			continue
		}
		// "called off" cancels the meeting and is no telephone call
		if c.lang == "en" && f.Meetings[0].Status != graph.StatusCancelled {
			t.Errorf("%s %q: status %q, want cancelled", c.lang, c.text, f.Meetings[0].Status)
		}
	}
}
