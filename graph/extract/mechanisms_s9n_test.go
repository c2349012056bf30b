package extract

import (
	"reflect"
	"slices"
	"testing"

	"github.com/parley/parley/graph"
)

// TestOpeningAfterPhraseSpeaker: a time phrase opening the sentence that
// tells a meeting ("Following his talks with X, Y said …", "À l'issue de
// son entretien avec X, Y a déclaré …") has the subject after its comma:
// Y met X, even when Y's verb is a speech verb.
func TestOpeningAfterPhraseSpeaker(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Following his talks with Khalifa Haftar in Benghazi, Antonio Guterres said a ceasefire was within reach."},
		{"en", "After his meeting with Khalifa Haftar in Benghazi, Antonio Guterres told reporters a ceasefire was within reach."},
		{"fr", "Au lendemain de sa rencontre avec Khalifa Haftar à Benghazi, Antonio Guterres a estimé qu'un cessez-le-feu était possible."},
		{"fr", "À l'issue de son entretien avec Khalifa Haftar à Benghazi, Antonio Guterres a déclaré qu'un cessez-le-feu était possible."},
		{"it", "Al termine del colloquio con Khalifa Haftar a Bengasi, Antonio Guterres ha detto che una tregua è possibile."},
		{"it", "All'indomani dell'incontro con Khalifa Haftar a Bengasi, Antonio Guterres ha dichiarato che una tregua è possibile."},
		{"es", "Tras reunirse con Jalifa Haftar en Bengasi, Antonio Guterres afirmó que una tregua es posible."},
		{"es", "Luego de su reunión con Jalifa Haftar en Bengasi, Antonio Guterres dijo que una tregua es posible."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != "benghazi" || f.Meetings[0].Status != "held" {
			t.Errorf("%s %q: %+v, want one held meeting in Benghazi", c.lang, c.text, f.Meetings)
			continue
		}
		p := participants(f.Meetings[0])
		if !reflect.DeepEqual(p, []string{"khalifa-haftar", "antonio-guterres"}) && !reflect.DeepEqual(p, []string{"antonio-guterres", "khalifa-haftar"}) {
			t.Errorf("%s %q: participants %v, want Guterres and Haftar", c.lang, c.text, p)
		}
		if len(f.Statements) == 0 || f.Statements[0].Speaker != "antonio-guterres" {
			t.Errorf("%s %q: statements %+v, want Guterres speaking", c.lang, c.text, f.Statements)
		}
	}
}

// TestSeeAPerson: "to see" with a person as its object is to meet him
// ("saw Haftar in Benghazi", "vio a Haftar", "увиделся с Хафтаром"); with
// no person after it, nothing was met.
func TestSeeAPerson(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       bool
	}{
		{"en", "The UN secretary-general Antonio Guterres saw Khalifa Haftar in Benghazi on Tuesday.", true},
		{"es", "El secretario general Antonio Guterres vio a Jalifa Haftar el martes en Bengasi.", true},
		{"es", "Antonio Guterres ya había visto a Jalifa Haftar en Bengasi.", true},
		{"ru", "Генсек ООН Антониу Гутерриш увиделся с Халифой Хафтаром во вторник в Бенгази.", true},
		{"en", "Antonio Guterres saw no reason for optimism in Benghazi.", false},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if !c.want {
			if len(f.Meetings) != 0 {
				t.Errorf("%s %q: %+v, want no meeting", c.lang, c.text, f.Meetings)
			}
			continue
		}
		if len(f.Meetings) != 1 || f.Meetings[0].Place != "benghazi" || !reflect.DeepEqual(participants(f.Meetings[0]), []string{"antonio-guterres", "khalifa-haftar"}) {
			t.Errorf("%s %q: %+v, want Guterres meeting Haftar in Benghazi", c.lang, c.text, f.Meetings)
		}
	}
}

// TestRelativeMeetingBesideDenial: a relative clause set off by commas
// that tells the subject's meeting ("Sarraj, who was in Ankara for talks
// with Erdoğan, has not met Sisi") stands although the main clause denies
// another one; it takes its date from its own words, not from the main
// clause ("since April"), and the denied pair meets nowhere.
func TestRelativeMeetingBesideDenial(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, date string }{
		{"en", "Fayez al-Sarraj, who was in Ankara on 2 March for talks with Recep Tayyip Erdoğan, has not met Abdel Fattah al-Sisi since April.", "2020-03-02"},
		{"en", "Fayez al-Sarraj, who held talks with Recep Tayyip Erdoğan in Ankara, has not met Abdel Fattah al-Sisi since April.", ""},
		{"fr", "Fayez al-Sarraj, qui s'était entretenu le 2 mars à Ankara avec Recep Tayyip Erdoğan, n'a pas rencontré Abdel Fattah al-Sissi depuis avril.", "2020-03-02"},
		{"it", "Fayez al-Sarraj, che il 2 marzo ad Ankara aveva incontrato Recep Tayyip Erdoğan, non ha mai incontrato Abdel Fattah al-Sisi da aprile.", "2020-03-02"},
		{"es", "Fayez al Sarraj, que el 2 de marzo se reunió en Ankara con Recep Tayyip Erdogan, no se ha reunido con Abdel Fattah al Sisi desde abril.", "2020-03-02"},
	}
	for _, c := range cases {
		f, err := x.Article(graph.Article{ID: "t", Lang: c.lang, Published: "2020-03-10", Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		if len(f.Meetings) != 1 || f.Meetings[0].Place != "ankara" || f.Meetings[0].Status != "held" || f.Meetings[0].Date.String() != c.date ||
			!reflect.DeepEqual(participants(f.Meetings[0]), []string{"fayez-al-sarraj", "recep-tayyip-erdogan"}) {
			t.Errorf("%s %q: %+v, want Sarraj meeting Erdoğan in Ankara on %q", c.lang, c.text, f.Meetings, c.date)
		}
	}
}

// TestAfterMeetingGerund: "a day after meeting X in Tripoli" after a
// clause that tells another meeting is the subject's own earlier meeting
// with X, there and the given days before; "a day after talks in Moscow
// ended" names no meeting of the subject.
func TestAfterMeetingGerund(t *testing.T) {
	x := shipped(t)
	cases := []struct{ text, date string }{
		{"Richard Norland held talks with Khalifa Haftar in Benghazi on Monday, a day after meeting Fayez al-Sarraj in Tripoli.", "2020-03-08"},
		{"Richard Norland held talks with Khalifa Haftar in Benghazi on Monday, two days after meeting Fayez al-Sarraj in Tripoli.", "2020-03-07"},
	}
	for _, c := range cases {
		f, err := x.Article(graph.Article{ID: "t", Lang: "en", Published: "2020-03-10", Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		if len(f.Meetings) != 2 || !reflect.DeepEqual(participants(f.Meetings[1]), []string{"richard-norland", "fayez-al-sarraj"}) ||
			f.Meetings[1].Place != "tripoli" || f.Meetings[1].Date.String() != c.date || f.Meetings[0].Place != "benghazi" {
			t.Errorf("%q: %+v, want Norland-Haftar in Benghazi and Norland-Sarraj in Tripoli on %s", c.text, f.Meetings, c.date)
		}
	}
	f := factsOf(t, x, "en", "Mike Pompeo phoned Sergey Lavrov on Monday, a day after talks in Moscow ended without the signature of Khalifa Haftar.")
	for _, m := range f.Meetings {
		if slices.Contains(participants(m), "khalifa-haftar") {
			t.Errorf("%+v: Haftar met no one", m)
		}
	}
	if !hasMeeting(f, "call", "", "", "mike-pompeo", "sergey-lavrov") {
		t.Errorf("%+v: want Pompeo's call with Lavrov", f.Meetings)
	}
}

// TestPassiveReceivedSeparately: the subject of a passive with its agent
// after the verb ("were received separately in Rome by Conte", "reçus
// séparément par", "ricevuti separatamente da", "recibidos por separado
// por") are the ones received: one meeting of the agent with each.
func TestPassiveReceivedSeparately(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Fayez al-Sarraj and Khalifa Haftar were received separately in Rome by Giuseppe Conte on Monday."},
		{"fr", "Fayez al-Sarraj et Khalifa Haftar ont été reçus séparément à Rome par Giuseppe Conte lundi."},
		{"it", "Fayez al-Sarraj e Khalifa Haftar sono stati ricevuti separatamente a Roma da Giuseppe Conte lunedì."},
		{"es", "Fayez al Sarraj y Jalifa Haftar fueron recibidos por separado en Roma por Giuseppe Conte el lunes."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if len(f.Meetings) != 2 || f.Meetings[0].Place != "rome" || f.Meetings[1].Place != "rome" ||
			!reflect.DeepEqual(participants(f.Meetings[0]), []string{"giuseppe-conte", "fayez-al-sarraj"}) ||
			!reflect.DeepEqual(participants(f.Meetings[1]), []string{"giuseppe-conte", "khalifa-haftar"}) {
			t.Errorf("%s %q: %+v, want Conte with Sarraj and Conte with Haftar in Rome", c.lang, c.text, f.Meetings)
		}
	}
}
