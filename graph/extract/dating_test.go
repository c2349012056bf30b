package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/parley/parley/graph"
)

// callDate is the date of the article's first call or video call.
func callDate(f graph.Facts) (graph.Date, bool) {
	for _, m := range f.Meetings {
		if m.Mode == graph.ModeCall || m.Mode == graph.ModeVideo {
			return m.Date, true
		}
	}
	return graph.Date{}, false
}

// wantCallOn7July checks that each text's call is dated --07-07.
func wantCallOn7July(t *testing.T, x *Extractor, cases []struct{ lang, text string }) {
	t.Helper()
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		got, ok := callDate(f)
		if want := (graph.Date{Month: 7, Day: 7}); !ok || got != want {
			t.Errorf("%s: call date %v (found %v), want --07-07: %+v", c.lang, got, ok, f.Meetings)
		}
	}
}

// TestAnchorAfterTitle: a title that restates the lead event takes the
// lead's date, and that date still anchors "the day before" later on.
func TestAnchorAfterTitle(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Maas meets Haftar in Benghazi\n\nHeiko Maas met Khalifa Haftar in Benghazi on 8 July.\n\nThe day before, Maas spoke by telephone with Fayez al-Sarraj."},
		{"ru", "Маас встретился с Хафтаром в Бенгази\n\nХайко Маас 8 июля встретился в Бенгази с Халифой Хафтаром.\n\nНакануне Маас провёл телефонный разговор с Файезом Сараджем."},
		{"fr", "Maas rencontre Haftar à Benghazi\n\nHeiko Maas a rencontré le 8 juillet à Benghazi Khalifa Haftar.\n\nLa veille, Maas s'était entretenu par téléphone avec Fayez al-Sarraj."},
	}
	wantCallOn7July(t, x, cases)
}

// TestDayAfterEvent: "a day after" before an event dates that event a day
// before the one it follows in the sentence, in every language that puts
// the phrase before its complement; before anything else it dates nothing.
func TestDayAfterEvent(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Heiko Maas met Khalifa Haftar in Benghazi on 8 July, a day after he spoke by telephone with Fayez al-Sarraj."},
		{"ar", "التقى هايكو ماس خليفة حفتر في بنغازي يوم 8 يوليو، وذلك بعد يوم من اتصال هاتفي أجراه مع فائز السراج."},
		{"fr", "Heiko Maas a rencontré Khalifa Haftar à Benghazi le 8 juillet, au lendemain d'un entretien téléphonique avec Fayez al-Sarraj."},
		{"es", "Heiko Maas se reunió con Khalifa Haftar en Bengasi el 8 de julio, un día después de una conversación telefónica con Fayez al-Sarraj."},
	}
	wantCallOn7July(t, x, cases)
	// the Spanish infinitive "conversar" is a meeting too, dated likewise
	f := factsOf(t, x, "es", "Heiko Maas se reunió el 8 de julio en Bengasi con Khalifa Haftar, un día después de conversar en Trípoli con Fayez al-Sarraj.")
	if got, want := summaries(f), []string{"in_person held benghazi heiko-maas,khalifa-haftar", "in_person held tripoli heiko-maas,fayez-al-sarraj"}; strings.Join(got, "|") != strings.Join(want, "|") || f.Meetings[1].Date.String() != "--07-07" {
		t.Errorf("es conversar: %q, want %q with the second on --07-07", got, want)
	}
	f = factsOf(t, x, "en", "Heiko Maas met Khalifa Haftar in Benghazi a day after the ceasefire.")
	if len(f.Meetings) != 1 || !f.Meetings[0].Date.IsZero() {
		t.Errorf("a day after a non-event dated the meeting: %+v", f.Meetings)
	}
}

// TestWeekdayOfPublication: in a paper of a given weekday, that weekday is
// the day itself, done or to come; "next" puts it a week on.
func TestWeekdayOfPublication(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, pub, text, want string }{
		{"fr", "2020-10-24", "Jean-Yves Le Drian doit s'entretenir samedi par téléphone avec Stephanie Williams.", "2020-10-24"},
		{"en", "2021-03-23", "Mohamed al-Menfi will meet Emmanuel Macron in Paris next Tuesday.", "2021-03-30"},
		{"fr", "2021-03-23", "Mohamed al-Menfi rencontrera Emmanuel Macron à Paris mardi prochain.", "2021-03-30"},
		{"en", "2021-03-23", "Mohamed al-Menfi met Emmanuel Macron in Paris on Tuesday.", "2021-03-23"},
		{"de", "2021-03-23", "Mohamed al-Menfi traf Emmanuel Macron am Montag in Paris.", "2021-03-22"},
		// a "will" cue past a comma, right before the next clause's
		// trigger, is that clause's: the call was last Tuesday
		{"en", "2020-11-19", "Fathi Bashagha had spoken by phone on Tuesday with Richard Norland, his office said, and is expected to travel to Paris next week.", "2020-11-17"},
		// "last" puts the paper's own weekday a week back
		{"fr", "2020-06-10", "Mike Pompeo avait téléphoné à Sabri Boukadoum mercredi dernier.", "2020-06-03"},
		{"en", "2020-06-10", "Mike Pompeo phoned Sabri Boukadoum last Wednesday.", "2020-06-03"},
		{"en", "2020-06-10", "Mike Pompeo phoned Sabri Boukadoum last Monday.", "2020-06-08"},
		// a verb in the Spanish or Italian future tense puts a weekday ahead
		{"es", "2020-06-06", "Josep Borrell conversará el martes por teléfono con Sameh Shukri.", "2020-06-09"},
		{"it", "2020-06-06", "Luigi Di Maio incontrerà martedì a Roma Sameh Shoukry.", "2020-06-09"},
		{"es", "2020-06-06", "Josep Borrell conversó el martes por teléfono con Sameh Shukri.", "2020-06-02"},
	}
	wantEventDates(t, x, cases)
}

// TestCancelledMonth: a called-off meeting was due when the text says, in
// the year nearest publication; a planned one lies ahead.
func TestCancelledMonth(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, pub, text, want string }{
		{"de", "2020-05-07", "Ein für Ende April geplanter Besuch von Heiko Maas bei Fayez al-Sarraj in Tripolis wurde abgesagt.", "2020-04"},
		{"en", "2020-05-07", "A visit by Heiko Maas to Fayez al-Sarraj in Tripoli planned for late April has been cancelled.", "2020-04"},
		{"en", "2020-05-07", "Heiko Maas will meet Fayez al-Sarraj in Tripoli in April.", "2021-04"},
	}
	wantEventDates(t, x, cases)
}

// wantEventDates checks that each text, published on pub, reports one
// event on the date want.
func wantEventDates(t *testing.T, x *Extractor, cases []struct{ lang, pub, text, want string }) {
	t.Helper()
	for _, c := range cases {
		f := factsOn(t, x, c.lang, c.pub, c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Date.String() != c.want {
			t.Errorf("%s %q (published %s): %v, want one event on %s", c.lang, c.text, c.pub, summaries(f), c.want)
		}
	}
}

// TestDateInItsClause: a date in a later clause of the sentence belongs to
// that clause, not to the meeting; a Russian future verb of travel makes
// the visit planned, so a bare month lies ahead.
func TestDateInItsClause(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       graph.Date
	}{
		{"ur", "صدر رجب طیب ایردوان اور ولادیمیر پیوٹن کی 3 مارچ کو سوچی میں ملاقات ہوئی، جس کے بعد 9 مارچ سے جنگ بندی کا اعلان کیا گیا۔", graph.Date{Month: 3, Day: 3}},
		{"en", "Heiko Maas met Khalifa Haftar in Benghazi on 4 June, a week after the rival parliament had convened on 28 May.", graph.Date{Month: 6, Day: 4}},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Date != c.want {
			t.Errorf("%s %q: meetings %+v, want one on %v", c.lang, c.text, f.Meetings, c.want)
		}
	}
	f, err := x.Article(graph.Article{ID: "t", Lang: "ru", Published: "2021-01-20", Text: "В феврале в Москву для переговоров с Сергеем Лавровым приедет Халифа Хафтар."})
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Meetings) != 1 || f.Meetings[0].Status != graph.StatusPlanned || f.Meetings[0].Date != (graph.Date{Year: 2021, Month: 2}) {
		t.Errorf("ru: meetings %+v, want one planned in 2021-02", f.Meetings)
	}
}

// TestDateInRelativeClause: a date in a relative clause closed before the
// trigger ("Blinken, der am Vorabend eingetroffen war, traf …") is when
// the clause's own verb happened, not the meeting.
func TestDateInRelativeClause(t *testing.T) {
	x := shipped(t)
	text := "Heiko Maas traf am Mittwoch in Berlin Najla Mangoush. Antony Blinken, der am Vorabend in Berlin eingetroffen war, traf am Rande der Konferenz Abdul Hamid Dbeibah."
	f, err := x.Article(graph.Article{ID: "t", Lang: "de", Text: text, Published: "2021-06-24"})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range f.Meetings {
		if slices.Contains(participants(m), "antony-blinken") && m.Date.String() == "2021-06-22" {
			t.Errorf("Blinken's meeting dated by his arrival: %v", summaries(f))
		}
	}
}
