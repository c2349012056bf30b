package extract

import (
	"slices"
	"testing"

	"github.com/parley/parley/graph"
)

// hasGathering tells whether f holds a meeting whose participants include
// all of want, held at place.
func hasGathering(f graph.Facts, want []string, place string) bool {
	for _, m := range f.Meetings {
		ps := participants(m)
		ok := m.Place == place
		for _, w := range want {
			ok = ok && slices.Contains(ps, w)
		}
		if ok {
			return true
		}
	}
	return false
}

// TestAttendanceListOpensItsOwnGathering: a sentence listing three or
// more people at a table, right after another event, that names a
// conference or a day of its own ("À la conférence de Rome, le 3 mars, X
// a pris place autour de la table aux côtés de A, B et C") tells that
// conference, held where the conference noun or a city's adjective before
// it says ("Парижской конференции", "Pariser Konferenz"); its people are
// not added to the event told before.
func TestAttendanceListOpensItsOwnGathering(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, pub, text, place string
		want, before           []string
	}{
		{"fr", "2020-06-18", "Le 6 janvier, M. Tebboune a reçu Fayez al-Sarraj à Alger. À la conférence de Rome, le 3 mars, M. Tebboune a pris place autour de la table aux côtés de Giuseppe Conte, d'Emmanuel Macron et de Kaïs Saïed.", "rome",
			[]string{"giuseppe-conte", "emmanuel-macron", "kais-saied"}, []string{"abdelmadjid-tebboune", "fayez-al-sarraj"}},
		{"it", "2020-12-30", "L'8 gennaio Conte ricevette Haftar a Palazzo Chigi. Due mesi dopo, alla conferenza di Parigi, il premier sedeva allo stesso tavolo di Emmanuel Macron, Recep Tayyip Erdogan e Vladimir Putin.", "paris",
			[]string{"emmanuel-macron", "recep-tayyip-erdogan", "vladimir-putin"}, []string{"giuseppe-conte", "khalifa-haftar"}},
		{"ur", "2020-06-01", "۶ جنوری کو تبون نے الجزائر میں فائز السراج سے ملاقات کی۔ ۳ مارچ کو روم کانفرنس میں تبون نے جوزپے کونتے، ایمانوئل میکرون اور قیس سعید کے ساتھ شرکت کی۔", "rome",
			[]string{"giuseppe-conte", "emmanuel-macron", "kais-saied"}, []string{"abdelmadjid-tebboune", "fayez-al-sarraj"}},
		{"en", "2020-06-01", "ALGIERS — Tebboune received Sarraj on Monday. At the Paris conference in March, Tebboune sat around the same table with Emmanuel Macron, Giuseppe Conte and Kais Saied.", "paris",
			[]string{"emmanuel-macron", "giuseppe-conte", "kais-saied"}, []string{"abdelmadjid-tebboune", "fayez-al-sarraj"}},
		{"es", "2021-07-01", "El lunes Sánchez recibió a Dbeiba en Madrid. En la conferencia de París, el 12 de noviembre, participaron Emmanuel Macron, Giuseppe Conte y Kais Saied.", "paris",
			[]string{"emmanuel-macron", "giuseppe-conte", "kais-saied"}, []string{"pedro-sanchez", "abdul-hamid-dbeibah"}},
		{"ar", "2021-07-01", "استقبل الرئيس عبد المجيد تبون فائز السراج في الجزائر يوم الاثنين. وفي مؤتمر باريس يوم 12 نوفمبر، شارك إيمانويل ماكرون وجوزيبي كونتي وقيس سعيد.", "paris",
			[]string{"emmanuel-macron", "giuseppe-conte", "kais-saied"}, []string{"abdelmadjid-tebboune", "fayez-al-sarraj"}},
		{"de", "2021-07-01", "Am Montag empfing Heiko Maas in Berlin Abdul Hamid Dbeibah. Auf der Pariser Konferenz am 12. November saß Dbeibah mit Emmanuel Macron, Giuseppe Conte und Kais Saied an einem Tisch.", "paris",
			[]string{"emmanuel-macron", "giuseppe-conte", "kais-saied"}, []string{"heiko-maas", "abdul-hamid-dbeibah"}},
		{"ru", "2020-06-18", "6 января Теббун принял в Алжире Файеза Сарраджа. На Парижской конференции 12 ноября Теббун сидел за одним столом с Эммануэлем Макроном, Джузеппе Конте и Реджепом Тайипом Эрдоганом.", "paris",
			[]string{"emmanuel-macron", "giuseppe-conte", "recep-tayyip-erdogan"}, []string{"abdelmadjid-tebboune", "fayez-al-sarraj"}},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, c.pub, "Title\n\n"+c.text)
		if !hasGathering(f, c.want, c.place) {
			t.Errorf("%s %q: meetings %v, want one of %v in %q", c.lang, c.text, allParts(f), c.want, c.place)
		}
		// (the event told before keeps its own two)
		if !slices.ContainsFunc(f.Meetings, func(m graph.Meeting) bool { return sameParts(participants(m), c.before) }) {
			t.Errorf("%s %q: meetings %v, want %v kept apart", c.lang, c.text, allParts(f), c.before)
		}
	}
}

// TestAttendanceAddedToTheLastMeeting: with no conference or day of its
// own, an attendance sentence right after a meeting adds its people to
// that meeting ("Also present were A, B and C").
func TestAttendanceAddedToTheLastMeeting(t *testing.T) {
	x := shipped(t)
	text := "Heiko Maas met Abdul Hamid Dbeibah in Berlin on Monday. Also present were Jean-Yves Le Drian, Luigi Di Maio and Ján Kubiš."
	f := factsOn(t, x, "en", "2021-07-01", "Title\n\n"+text)
	if !onlyMeetingOf(f, []string{"heiko-maas", "abdul-hamid-dbeibah", "jean-yves-le-drian", "luigi-di-maio", "jan-kubis"}) {
		t.Errorf("%q: meetings %v, want one of all five", text, allParts(f))
	}
}

// TestAttendanceAtTheConferenceBefore: an attendance sentence with no
// place of its own right after a sentence telling a conference is held
// where that conference was, not at the dateline ("İki bakan, Roma'da
// toplanan Libya konferansında yan yana geldi. … toplantıya A ve B de
// katıldı").
func TestAttendanceAtTheConferenceBefore(t *testing.T) {
	x := shipped(t)
	text := "ATİNA - İki bakan, 23 Haziran'da Roma'da toplanan Libya konferansında yan yana geldi. İtalya Dışişleri Bakanı Luigi Di Maio'nun ev sahipliğindeki toplantıya ABD Dışişleri Bakanı Antony Blinken ve Türk mevkidaşı Mevlüt Çavuşoğlu da katıldı."
	f := factsOn(t, x, "tr", "2021-07-05", "Title\n\n"+text)
	if !hasGathering(f, []string{"luigi-di-maio", "antony-blinken", "mevlut-cavusoglu"}, "rome") {
		t.Errorf("%q: meetings %v, want Di Maio, Blinken and Çavuşoğlu in Rome", text, allParts(f))
	}
}

// TestSeatsAtTheTable: "A, B, C and D all had seats at the table" lists
// those who attended.
func TestSeatsAtTheTable(t *testing.T) {
	x := shipped(t)
	text := "At the Rome conference, Emmanuel Macron, Giuseppe Conte, Kais Saied and Abdelmadjid Tebboune all had seats at the table."
	f := factsOn(t, x, "en", "2021-07-01", "Title\n\n"+text)
	if !hasGathering(f, []string{"emmanuel-macron", "giuseppe-conte", "kais-saied", "abdelmadjid-tebboune"}, "rome") {
		t.Errorf("%q: meetings %v, want the four in Rome", text, allParts(f))
	}
}

// TestAttendanceAtTheDatelineNotTheTopic: an attendance list with no place
// of its own is held where the lead sets the scene, the dateline's place
// when the lead names it too, not a place the lead only talks about
// ("vor den Wahlen in Libyen haben Diplomaten in Berlin beraten").
func TestAttendanceAtTheDatelineNotTheTopic(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"de", "Berlin, 21. Oktober 2021 – Vor den Wahlen in Libyen haben Diplomaten am Donnerstag in Berlin beraten. Gastgeber war Staatsminister Niels Annen. Am Tisch saßen der UN-Sondergesandte Ján Kubiš, Jean-Yves Le Drian und Sameh Schukri."},
		{"en", "BERLIN, 21 October 2021 — Ahead of elections in Libya, diplomats conferred on Thursday in Berlin. Around the table were the UN envoy Ján Kubiš, Jean-Yves Le Drian and Sameh Shoukry."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-10-22", "Title\n\n"+c.text)
		if !hasGathering(f, []string{"jan-kubis", "jean-yves-le-drian", "sameh-shoukry"}, "berlin") {
			var got []string
			for _, m := range f.Meetings {
				got = append(got, m.Place)
			}
			t.Errorf("%s %q: meetings %v in %q, want Kubiš, Le Drian and Shoukry in Berlin", c.lang, c.text, allParts(f), got)
		}
	}
}

// TestAttendanceAtTheLeadsConference: an attendance list with no place of
// its own, later in a story whose lead names a conference with its venue
// ("A cuatro días de la segunda conferencia de Berlín"), is held there.
func TestAttendanceAtTheLeadsConference(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"es", "A cuatro días de la segunda conferencia de Roma sobre Libia, la diplomacia internacional ha acelerado el ritmo de los contactos.\n\nEl lunes el Gobierno libio pidió más apoyo.\n\nEl miércoles se sentarán en torno a la mesa, además de Luigi Di Maio, Antony Blinken y Ján Kubiš, el propio Dbeibah."},
		{"en", "Four days before the second Rome conference on Libya, diplomats have stepped up their contacts.\n\nOn Monday the Libyan government asked for more support.\n\nOn Wednesday Luigi Di Maio, Antony Blinken, Ján Kubiš and Abdul Hamid Dbeibah will sit around the same table."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-06-19", "Title\n\n"+c.text)
		if !hasGathering(f, []string{"luigi-di-maio", "antony-blinken", "jan-kubis"}, "rome") {
			var got []string
			for _, m := range f.Meetings {
				got = append(got, m.Place)
			}
			t.Errorf("%s %q: meetings %v in %q, want Di Maio, Blinken and Kubiš in Rome", c.lang, c.text, allParts(f), got)
		}
	}
}
