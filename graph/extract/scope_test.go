package extract

import (
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/parley/parley/graph"
)

// TestDenialScope: a denial speaks of its own sentence's people and of the
// trigger it stands before, not of a meeting reported earlier ("Maas met
// Haftar ... Haftar and Sarraj did not meet during the visit, and there
// were no plans for an encounter").
func TestDenialScope(t *testing.T) {
	x := shipped(t)
	text := "German Foreign Minister Heiko Maas met the eastern commander Khalifa Haftar in Benghazi yesterday.\n\n" +
		"Haftar and Sarraj did not meet during the visit, and diplomats said there were no plans for a face-to-face encounter."
	f := factsOf(t, x, "en", text)
	var maasHaftar, haftarSarraj bool
	for _, m := range f.Meetings {
		ids := map[string]bool{}
		for _, p := range m.Participants {
			ids[p.Actor] = true
		}
		maasHaftar = maasHaftar || ids["heiko-maas"] && ids["khalifa-haftar"]
		haftarSarraj = haftarSarraj || ids["fayez-al-sarraj"] && ids["khalifa-haftar"]
	}
	if !maasHaftar {
		t.Errorf("the Maas-Haftar meeting was denied by a later sentence about Haftar and Sarraj: %+v", f.Meetings)
	}
	if haftarSarraj {
		t.Errorf("Haftar and Sarraj did not meet, yet a meeting of theirs was reported: %+v", f.Meetings)
	}
}

// TestShortTextFullOfNames: a short English sentence whose names look
// German to the statistical detector is still English.
func TestShortTextFullOfNames(t *testing.T) {
	got, err := DetectLang("German Foreign Minister Heiko Maas met the eastern commander Khalifa Haftar in Benghazi yesterday.")
	if err != nil || got != "en" {
		t.Fatalf("DetectLang = %q, %v; want en", got, err)
	}
}

// TestUnnamedSpeaker: "a German official said" has no known speaker; it is
// not the last person named. An appositive ("X, a spokesman for ..., said")
// still names X.
func TestUnnamedSpeaker(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"en", "Heiko Maas met Khalifa Haftar in Benghazi.\n\nThe minister will travel to Tobruk on Friday to meet Aguila Saleh, a German official said.", ""},
		{"de", "Heiko Maas traf Khalifa Haftar in Bengasi.\n\nDer Minister werde am Freitag nach Tobruk reisen, sagten Diplomaten in Berlin.", ""},
		{"ar", "التقى هايكو ماس خليفة حفتر في بنغازي.\n\nوقال مسؤول ألماني إن الوزير سيتوجه إلى طبرق يوم الجمعة.", ""},
		{"en", "Colonel Faraj al-Mabrouk, a spokesman for Haftar's forces, said that the field marshal had listened carefully.", "x-faraj-al-mabrouk"},
		{"en", "Fathi Bashagha and Khalifa Haftar have not met since April, and an aide to Bashagha said no meeting was being prepared.", ""},
		{"fr", "Emmanuel Macron ne rencontrera pas Khalifa Haftar dans l'immédiat, a indiqué son entourage.", ""},
	}
	for _, c := range cases {
		got := speakers(factsOf(t, x, c.lang, c.text))
		if c.want == "" && len(got) > 0 {
			t.Errorf("%s %q: an unnamed source's words were given to %v", c.lang, c.text, got)
		}
		if c.want != "" && (len(got) == 0 || got[0] != c.want) {
			t.Errorf("%s %q: speakers %v, want %s", c.lang, c.text, got, c.want)
		}
	}
}

// TestAccordingTo: "according to X" gives X's words when X is an actor
// named right there (after the phrase, or before a postposition), and
// nobody's when the source is a document, an office or unnamed people; it
// never borrows another name from the sentence.
func TestAccordingTo(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, speaker, says string }{
		{"en", "Heiko Maas and Khalifa Haftar discussed a ceasefire around Sirte, according to a statement from the German Foreign Office.", "", ""},
		{"en", "Haftar will not withdraw from Sirte, according to Sergey Lavrov.", "sergey-lavrov", "Haftar will not withdraw from Sirte"},
		{"fr", "Selon Sergueï Lavrov, Haftar ne se retirera pas de Syrte.", "sergey-lavrov", "Haftar ne se retirera pas de Syrte"},
		{"fr", "Le Drian a rencontré Sarraj à Tripoli, selon le Quai d'Orsay.", "", ""},
		{"de", "Ziel sei es, Haftar zur Teilnahme an der Konferenz zu bewegen, hieß es im Auswärtigen Amt.", "", ""},
		// a capital's account of events is where the report comes from,
		// not a statement (dev/de_videokonferenz, de_maas_kairo, de_v5_*)
		{"de", "Der russische Präsident Wladimir Putin und Khalifa Haftar sind sich nach Angaben aus Moskau seit Januar nicht begegnet.", "", ""},
		{"ru", "Хафтар и Сарадж не встречались, и, по словам дипломатов в Берлине, встречи пока не планируется.", "", ""},
		{"ur", "روسی وزارت خارجہ کے مطابق لاوروف نے حفتر سے الگ ملاقات کی۔", "", ""},
		{"ar", "وبحث ماس وحفتر وقف إطلاق النار حول سرت، بحسب بيان لوزارة الخارجية الألمانية.", "", ""},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		switch {
		case c.speaker == "" && len(f.Statements) > 0:
			t.Errorf("%s %q: a source that is no actor gave %s the words %q", c.lang, c.text, f.Statements[0].Speaker, f.Statements[0].Text)
		case c.speaker != "" && len(f.Statements) != 1:
			t.Errorf("%s %q: %d statements, want 1 by %s", c.lang, c.text, len(f.Statements), c.speaker)
		case c.speaker != "" && (f.Statements[0].Speaker != c.speaker || f.Statements[0].Text != c.says):
			t.Errorf("%s %q: %s says %q, want %s says %q", c.lang, c.text, f.Statements[0].Speaker, f.Statements[0].Text, c.speaker, c.says)
		}
	}
}

// TestMannerAndEvening: a meeting verb with its manner right after it
// ("s'est entretenu par visioconférence") is one remote event, not a
// meeting plus a call; "in the evening" is the day of the event before.
func TestMannerAndEvening(t *testing.T) {
	x := shipped(t)
	for lang, text := range map[string]string{
		"en": "Heiko Maas met Khalifa Haftar in Benghazi on 8 July 2020. In the evening he held talks by video link with Fayez al-Sarraj.",
		"fr": "Heiko Maas a rencontré Khalifa Haftar à Benghazi le 8 juillet 2020. Dans la soirée, il s'est entretenu par visioconférence avec Fayez al-Sarraj.",
	} {
		f := factsOf(t, x, lang, text)
		var got []string
		for _, m := range f.Meetings {
			got = append(got, fmt.Sprintf("%s %s %v", m.Mode, m.Date, participants(m)))
		}
		want := []string{"in_person 2020-07-08 [heiko-maas khalifa-haftar]", "video 2020-07-08 [heiko-maas fayez-al-sarraj]"}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: meetings %q, want %q", lang, got, want)
		}
	}
}

// TestReportersAreNotParticipants: whoever reports a meeting ("according
// to X", "…, X said") is its source, not one of the people who met; a
// speaker who says they met someone is both.
func TestReportersAreNotParticipants(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, speaker string }{
		{"en", "Heiko Maas met Khalifa Haftar in Benghazi on Monday, according to Stephanie Williams.", "stephanie-williams"},
		{"en", "Heiko Maas met Khalifa Haftar in Benghazi on Monday, Stephanie Williams said.", "stephanie-williams"},
		{"fr", "Heiko Maas a rencontré Khalifa Haftar lundi à Benghazi, a déclaré Stephanie Williams à la presse.", "stephanie-williams"},
		{"en", "Heiko Maas said he met Khalifa Haftar in Benghazi on Monday.", "heiko-maas"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if len(f.Meetings) != 1 {
			t.Fatalf("%s %q: %d meetings, want 1", c.lang, c.text, len(f.Meetings))
		}
		if ps, want := participants(f.Meetings[0]), []string{"heiko-maas", "khalifa-haftar"}; !reflect.DeepEqual(ps, want) {
			t.Errorf("%s %q: participants %v, want %v", c.lang, c.text, ps, want)
		}
		if got := speakers(f); len(got) != 1 || got[0] != c.speaker {
			t.Errorf("%s %q: speakers %v, want %s", c.lang, c.text, got, c.speaker)
		}
	}
}

// TestPlaceInItsClause: the place of a meeting is the nearest one, but
// not one in a later clause ("met in Ankara, support in Libya"), nor a
// Turkish "-daki" place that qualifies a noun other than the event
// ("Ankara'daki yoğun gündem", the busy agenda in Ankara).
func TestPlaceInItsClause(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct{ lang, text, place string }{
		{"ur", "ترک صدر رجب طیب اردوان اور فائز السراج کی انقرہ میں ملاقات، لیبیا میں حمایت جاری رکھنے کا اعلان۔", "ankara"},
		{"en", "Recep Tayyip Erdoğan met Fayez al-Sarraj in Ankara, and Turkey will keep its troops in Libya.", "ankara"},
		{"tr", "Serrac'ın 12 Mayıs'ta Roma'da Conte ile yapacağı görüşme ise Trablus'taki güvenlik sorunları yüzünden ertelendi.", "rome"},
		{"tr", "Başağa ile Dibeybe'nin Misrata'daki görüşmesi pazartesi günü yapıldı.", "misrata"},
		{"tr", "Amerikalılar salı günü Züvara'da Başağa ile görüştü.", "zuwara"},
		// a visit named only as a point in time ("two days before the
		// visit to Moscow") is not where, nor how, the clause's meeting was
		{"ru", "За два дня до визита в Москву, 15 сентября, Ахмед Майтиг встречался в Бенгази с Халифой Хафтаром.", "benghazi"},
		{"en", "Two days before the visit to Tripoli, on 15 September, Heiko Maas met Khalifa Haftar in Benghazi.", "benghazi"},
	} {
		f := factsOf(t, x, c.lang, c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != c.place {
			t.Errorf("%s %q: meetings %+v, want one in %s", c.lang, c.text, f.Meetings, c.place)
		}
	}
}

// TestCityBeforeCountry: a country named as a location beside one of its
// cities (in the sentence, or the lead's dateline) gives way to the city,
// wherever the two stand; a destination in a later clause is no place.
func TestCityBeforeCountry(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"ru", "В понедельник в Тобрук прилетали министр обороны Италии Лоренцо Гуэрини и глава итальянского МИД Луиджи Ди Майо: они встретились с Агилой Салехом и обсудили судьбу задержанных в Ливии моряков.", "tobruk"},
		{"en", "Luigi Di Maio met Aguila Saleh in Tobruk on Monday, in the first visit by an Italian minister to Libya this year.", "tobruk"},
		{"en", "Tobruk Talks\n\nTOBRUK, March 3 - The Italian ambassador to Libya, Giuseppe Buccino, met Aguila Saleh on Tuesday.", "tobruk"},
		// where someone went next is not where they met
		{"it", "Nel pomeriggio Luigi Di Maio ha incontrato Aguila Saleh, prima di ripartire per Roma.", ""},
		{"en", "Luigi Di Maio met Aguila Saleh on Monday, before flying on to Cairo.", ""},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != c.want {
			t.Errorf("%s %q: meetings %+v, want one at %q", c.lang, c.text, f.Meetings, c.want)
		}
	}
}

// TestMarks: the article page's highlights are spans of the original text,
// in every script, of the right kind.
func TestMarks(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       map[string]string // kind -> a text it must mark
	}{
		{"en", "Heiko Maas met Khalifa Haftar in Benghazi on 8 July 2020.", map[string]string{"actor": "Khalifa Haftar", "place": "Benghazi", "date": "8 July 2020", "trigger": "met"}},
		{"ur", "اردوان اور سراج کی انقرہ میں ملاقات، لیبیا میں حمایت جاری رکھنے کا اعلان", map[string]string{"actor": "سراج", "place": "انقرہ", "trigger": "ملاقات"}},
		{"ar", "التقى حفتر بوزير الخارجية الألماني في بنغازي يوم 8 يوليو.", map[string]string{"actor": "حفتر", "place": "بنغازي", "date": "8 يوليو"}},
	}
	for _, c := range cases {
		ms, err := x.Marks(graph.Article{ID: "t", Lang: c.lang, Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		rs := []rune(c.text)
		got := map[string][]string{}
		once := map[Mark]bool{}
		for _, m := range ms {
			if m.Start < 0 || m.End > len(rs) || m.Start >= m.End {
				t.Fatalf("%s: mark %+v outside the text", c.lang, m)
			}
			if once[m] {
				t.Errorf("%s: mark %+v twice", c.lang, m)
			}
			once[m] = true
			got[m.Kind] = append(got[m.Kind], string(rs[m.Start:m.End]))
		}
		for kind, w := range c.want {
			found := false
			for _, g := range got[kind] {
				found = found || g == w || containsWord(g, w) || containsWord(w, g)
			}
			if !found {
				t.Errorf("%s %q: no %s mark on %q (marks %v)", c.lang, c.text, kind, w, got)
			}
		}
	}
}

// TestNegationAcrossComma: a negation in another clause, past a comma,
// denies nothing of the trigger ("Trump, who spoke with Haftar by phone
// last April, has not commented"), and one before a meeting noun denies
// it only as its determiner ("no meeting", not "has not commented on the
// summit").
func TestNegationAcrossComma(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"en", "Donald Trump, who spoke with Khalifa Haftar by phone last April, has not commented on the summit.", "call held  donald-trump,khalifa-haftar"},
		{"fr", "Donald Trump, qui s'est entretenu par téléphone avec Khalifa Haftar en avril, n'a pas commenté le sommet.", "call held  donald-trump,khalifa-haftar"},
		{"en", "Donald Trump did not speak by phone with Khalifa Haftar.", ""},
		{"en", "Khalifa Haftar and Fayez al-Sarraj had no meeting in Moscow.", ""},
		{"de", "Khalifa Haftar und Fayez al-Sarraj hatten kein Treffen in Moskau.", ""},
	}
	for _, c := range cases {
		got := summaries(factsOf(t, x, c.lang, c.text))
		if c.want == "" && len(got) > 0 || c.want != "" && (len(got) != 1 || got[0] != c.want) {
			t.Errorf("%s %q: got %q, want %q", c.lang, c.text, got, c.want)
		}
	}
}

// TestQuotedNamesNotParticipants: the names and places inside a quotation
// are not at a meeting the writer reports outside it.
func TestQuotedNamesNotParticipants(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "After the talks, Erdoğan told reporters: \"Turkey will stand by Libya in Tripoli and in Rome.\""},
		{"ur", "ملاقات کے بعد اردوان نے کہا: ”ترکی لیبیا کے ساتھ کھڑا رہے گا۔“"},
		{"de", "Nach dem Gespräch sagte Maas: „Ägypten und die Türkei müssen in Berlin an einen Tisch.“"},
	}
	for _, c := range cases {
		for _, m := range factsOf(t, x, c.lang, c.text).Meetings {
			t.Errorf("%s %q: meeting %v at %q, want none", c.lang, c.text, participants(m), m.Place)
		}
	}
}

// TestTopicCountries: a country the talks are about ("discussed the
// situation in Libya", "über Libyen", "حول ليبيا", "Libya hakkında",
// "Libyen-Konferenz") is neither a participant nor the meeting's place.
func TestTopicCountries(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Heiko Maas met Sameh Shoukry in Cairo on Monday to discuss the situation in Libya."},
		{"de", "Angela Merkel sprach per Videokonferenz mit Emmanuel Macron über Libyen."},
		{"de", "Heiko Maas traf Sameh Schukri zur Vorbereitung der Libyen-Konferenz."},
		{"fr", "Jean-Yves Le Drian s'est entretenu avec Sergueï Lavrov sur la Libye."},
		{"es", "Pedro Sánchez se reunió con Emmanuel Macron para hablar sobre Libia."},
		{"ar", "التقى سامح شكري نظيره الفرنسي جان إيف لودريان لبحث الوضع في ليبيا."},
		{"tr", "Mevlüt Çavuşoğlu, Sergey Lavrov ile Libya hakkında görüştü."},
		{"ur", "سامح شکری نے سرگئی لاوروف سے لیبیا کی صورتحال پر ملاقات کی۔"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if len(f.Meetings) == 0 {
			t.Errorf("%s %q: no meeting", c.lang, c.text)
		}
		for _, m := range f.Meetings {
			if slices.Contains(participants(m), "libya") || m.Place == "libya" {
				t.Errorf("%s %q: Libya in %v at %q, want only the topic", c.lang, c.text, participants(m), m.Place)
			}
		}
	}
}
