package extract

import "testing"

// TestOverlappingTriggers: two trigger phrases that share a word ("held
// talks" and "talks with", "провели переговоры" and "переговоры с") are
// one trigger: the sentence reports one meeting.
func TestOverlappingTriggers(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Sergey Lavrov and Sergei Shoigu held talks with Khalifa Haftar in Moscow."},
		{"ru", "Сергей Лавров и Сергей Шойгу провели переговоры с Халифой Хафтаром в Москве."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if len(f.Meetings) != 1 || len(f.Meetings[0].Participants) != 3 {
			t.Errorf("%s: want one meeting of three, got %+v", c.lang, f.Meetings)
		}
	}
}
