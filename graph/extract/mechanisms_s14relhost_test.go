package extract

import "testing"

// TestHostVerbInSubjectRelative: a hosting verb in a relative clause set
// off by commas about the sentence's subject ("X, who received Y in Rome
// in May, said the talks …") tells a meeting of X and Y, in the clause's
// place, as a meeting verb there does: the clause ends at its closing
// comma, and the meeting noun of the main clause after it is not the
// same event (relativeCut). German closes the clause with its verb and
// Arabic opens the sentence with the speech verb: both held already.
func TestHostVerbInSubjectRelative(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
		place      string
	}{
		{"en", "Sergey Lavrov, who received Khalifa Haftar in Moscow in May, said the negotiations were far from over.", []string{"sergey-lavrov", "khalifa-haftar"}, "moscow"},
		{"en", "Emmanuel Macron, who hosted Aguila Saleh in Paris last month, told reporters that the talks had been useful.", []string{"emmanuel-macron", "aguila-saleh-issa"}, "paris"},
		{"en", "Recep Tayyip Erdogan, who welcomed Fathi Bashagha in Ankara in March, said the dialogue must continue.", []string{"recep-tayyip-erdogan", "fathi-bashagha"}, "ankara"},
		{"fr", "Sergueï Lavrov, qui avait reçu Khalifa Haftar à Moscou en mai, a affirmé que les négociations n'étaient pas terminées.", []string{"sergey-lavrov", "khalifa-haftar"}, "moscow"},
		{"it", "Sergej Lavrov, che aveva ricevuto Khalifa Haftar a Mosca a maggio, ha detto che i negoziati non sono finiti.", []string{"sergey-lavrov", "khalifa-haftar"}, "moscow"},
		{"es", "Serguéi Lavrov, que recibió a Jalifa Hafter en Moscú en mayo, afirmó que las negociaciones no han terminado.", []string{"sergey-lavrov", "khalifa-haftar"}, "moscow"},
		{"ru", "Сергей Лавров, который принимал Халифу Хафтара в Москве в мае, заявил, что переговоры будут продолжены.", []string{"sergey-lavrov", "khalifa-haftar"}, "moscow"},
		{"ru", "Сергей Лавров, который встречался с Халифой Хафтаром в Москве в мае, заявил, что переговоры будут продолжены.", []string{"sergey-lavrov", "khalifa-haftar"}, "moscow"},
		{"de", "Sergej Lawrow, der Chalifa Haftar im Mai in Moskau empfangen hatte, sagte, die Verhandlungen seien nicht beendet.", []string{"sergey-lavrov", "khalifa-haftar"}, "moscow"},
		{"ar", "وقال سيرغي لافروف، الذي استقبل خليفة حفتر في موسكو في مايو، إن المفاوضات لم تنته.", []string{"sergey-lavrov", "khalifa-haftar"}, "moscow"},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-09-01", "Title\n\n"+c.text)
		if !onlyMeetingOf(f, c.want) {
			t.Errorf("%s %q: meetings %v, want %v", c.lang, c.text, allParts(f), c.want)
			continue
		}
		if f.Meetings[0].Place != c.place {
			t.Errorf("%s %q: place %q, want %q", c.lang, c.text, f.Meetings[0].Place, c.place)
		}
	}
}

// TestItalianGovernmentOfPerson: "il governo X" is the government headed
// by X, no person met: "che aveva accolto il governo X con freddezza"
// receives a government coldly, not X.
func TestItalianGovernmentOfPerson(t *testing.T) {
	x := shipped(t)
	wantAllParts(t, x, "it", "Il maresciallo Khalifa Haftar, che aveva accolto il governo Bashagha con diffidenza, ha detto che i colloqui di pace restano aperti.", nil)
}
