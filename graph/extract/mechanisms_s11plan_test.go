package extract

import (
	"slices"
	"testing"

	"github.com/parley/parley/graph"
)

// TestReturnMeetingIsTheStorysPair: "the two … will meet again", "i due
// si rivedranno", "les deux hommes se reverront", "die beiden wollen sich
// wiedersehen", "оба … снова встретятся", "iki lider yeniden bir araya
// gelecek", "los dos volverán a verse": a return meeting of a `both`
// phrase with an `again` word is the pair the story follows (the two who
// met most), not the pair of the retrospective aside told last.
func TestReturnMeetingIsTheStorysPair(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Mario Draghi held talks with Abdul Hamid Dbeibah in Tripoli on Tuesday. Draghi then met Dbeibah again over lunch. In March, Di Maio had been received by Mohamed al-Menfi. The two prime ministers will meet again in Rome on 31 May."},
		{"it", "Martedì a Tripoli Mario Draghi ha incontrato Abdul Hamid Dbeibah. Nel pomeriggio Draghi ha rivisto Dbeibah a pranzo. A marzo Di Maio era stato ricevuto da Mohamed al-Menfi. I due premier si rivedranno a Roma il 31 maggio."},
		{"fr", "Mardi à Tripoli, Mario Draghi a rencontré Abdul Hamid Dbeibah. Draghi s'est de nouveau entretenu avec Dbeibah lors d'un déjeuner. En mars, Luigi Di Maio avait été reçu par Mohamed el-Menfi. Les deux hommes se reverront à Rome le 31 mai."},
		{"de", "Am Dienstag traf Mario Draghi in Tripolis Abdul Hamid Dbeiba. Beim Mittagessen sprach Draghi erneut mit Dbeiba. Im März war Luigi Di Maio von Mohammed al-Menfi empfangen worden. Die beiden wollen sich am 31. Mai in Rom wiedersehen."},
		{"ru", "Во вторник Марио Драги встретился в Триполи с Абдель Хамидом Дбейбой. Днём Драги снова встретился с Дбейбой. В марте Луиджи Ди Майо был принят Мохаммедом аль-Менфи. Оба премьера снова встретятся в Риме 31 мая."},
		{"tr", "Mario Draghi salı günü Trablus'ta Abdulhamid Dbeybe ile görüştü. Draghi öğle yemeğinde Dbeybe ile tekrar görüştü. Mart ayında Luigi Di Maio, Muhammed el-Menfi ile görüşmüştü. İki lider 31 Mayıs'ta Roma'da yeniden bir araya gelecek."},
		{"es", "El martes en Trípoli Mario Draghi se reunió con Abdul Hamid Dbeiba. Por la tarde Draghi volvió a reunirse con Dbeiba. En marzo, Luigi Di Maio había sido recibido por Mohamed al Menfi. Los dos dirigentes volverán a verse en Roma el 31 de mayo."},
	}
	want := []string{"mario-draghi", "abdul-hamid-dbeibah"}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-03-10", "Title\n\n"+c.text)
		for _, m := range meetingsIn(t, f, c.lang, "rome") {
			if !sameParts(participants(m), want) || m.Status != graph.StatusPlanned {
				t.Errorf("%s: Rome meeting %v %s, want planned %v", c.lang, participants(m), m.Status, want)
			}
		}
	}
}

// TestBothWithoutAgainKeepsTheLastPair: with no `again` word the `both`
// phrase is still the pair of the last event ("The two are due to meet on
// 23 June in Berlin" after the sentence that names them).
func TestBothWithoutAgainKeepsTheLastPair(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Mario Draghi held talks with Abdul Hamid Dbeibah in Tripoli on Tuesday. Draghi then met Dbeibah over lunch. On Wednesday Luigi Di Maio met Mohamed al-Menfi in Tripoli. The two will meet in Rome on 31 May."},
		{"it", "Martedì a Tripoli Mario Draghi ha incontrato Abdul Hamid Dbeibah. Nel pomeriggio Draghi ha visto Dbeibah a pranzo. Mercoledì Luigi Di Maio ha incontrato a Tripoli Mohamed al-Menfi. I due si incontreranno a Roma il 31 maggio."},
	}
	want := []string{"luigi-di-maio", "mohamed-al-menfi"}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-03-10", "Title\n\n"+c.text)
		for _, m := range meetingsIn(t, f, c.lang, "rome") {
			if !sameParts(participants(m), want) {
				t.Errorf("%s: Rome meeting %v, want %v", c.lang, participants(m), want)
			}
		}
	}
}

// TestInvitationIsAPlannedVisit: "X invited Y to Rome", "X'i Ankara'ya
// davet etti", "lud Y nach Rom ein", "ha invitato Y a Roma" make a planned
// meeting of the two where the invitation leads; "Y accepted X's
// invitation to visit Rome", "aceptó la invitación de X para viajar a
// Bruselas" make the visit planned, not held.
func TestInvitationIsAPlannedVisit(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, place string }{
		{"es", "Josep Borrell se reunió el martes en Bengasi con Aguila Saleh. Saleh aceptó la invitación de Borrell para viajar a Bruselas.", "brussels"},
		{"es", "Giuseppe Conte se reunió el lunes en Trípoli con Fayez al-Sarraj. Al-Sarraj aceptó la invitación de Conte para visitar Roma en primavera.", "rome"},
		{"tr", "Abdulhamid Dbeybe salı günü Ankara'da Erdoğan ile görüştü. Ziyaretin sonunda Dbeybe, Erdoğan'ı Trablus'a davet etti.", "tripoli"},
		{"en", "Recep Tayyip Erdogan met Abdul Hamid Dbeibah in Ankara on Tuesday. Dbeibah accepted Erdogan's invitation to visit Istanbul in June.", "istanbul"},
		{"fr", "Recep Tayyip Erdogan a rencontré mardi à Ankara Abdelhamid Dbeibah. Dbeibah a invité Erdogan à Tripoli.", "tripoli"},
		{"it", "Martedì ad Ankara Recep Tayyip Erdogan ha incontrato Abdul Hamid Dbeibah. Al termine Dbeibah ha invitato Erdogan a Tripoli.", "tripoli"},
		{"de", "Am Dienstag traf Recep Tayyip Erdogan in Ankara Abdul Hamid Dbeiba. Dbeiba lud Erdogan nach Tripolis ein.", "tripoli"},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-03-10", "Title\n\n"+c.text)
		for _, m := range meetingsIn(t, f, c.lang, c.place) {
			if len(participants(m)) != 2 || m.Status != graph.StatusPlanned {
				t.Errorf("%s: meeting in %s %v %s, want a planned one of two", c.lang, c.place, participants(m), m.Status)
			}
		}
	}
}

// TestReturnVisitGoesToTheStorysHost: a planned visit of one traveller to
// a city with no host named ("Mangoush will travel to Madrid in May",
// "ha accettato l'invito a Madrid") is to the one the traveller met in the
// story, when the city lies in his country; a city of another country
// takes no one from the story.
func TestReturnVisitGoesToTheStorysHost(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, place string }{
		{"en", "Pedro Sánchez held talks with Najla Mangoush in Tripoli on Monday. Mangoush will travel to Madrid in May.", "madrid"},
		{"es", "Pedro Sánchez se reunió el lunes en Trípoli con Najla Mangoush. Mangoush viajará a Madrid en mayo.", "madrid"},
		{"it", "Lunedì a Tripoli Pedro Sánchez ha incontrato Najla Mangoush. Mangoush ha accettato l'invito a Madrid e la visita dovrebbe tenersi a maggio.", "madrid"},
		{"fr", "Lundi à Tripoli, Pedro Sánchez a rencontré Najla Mangoush. Mangoush se rendra à Madrid en mai.", "madrid"},
		{"de", "Am Montag traf Pedro Sánchez in Tripolis Najla Mangoush. Mangoush wird im Mai nach Madrid reisen.", "madrid"},
	}
	want := []string{"najla-mangoush", "pedro-sanchez"}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-03-10", "Title\n\n"+c.text)
		for _, m := range meetingsIn(t, f, c.lang, c.place) {
			if !sameParts(participants(m), want) || m.Status != graph.StatusPlanned {
				t.Errorf("%s: meeting in %s %v %s, want planned %v", c.lang, c.place, participants(m), m.Status, want)
			}
		}
	}
	// Paris is not Sánchez's: the visit finds no host in the story
	f := factsOn(t, x, "en", "2021-03-10", "Title\n\nPedro Sánchez held talks with Najla Mangoush in Tripoli on Monday. Mangoush will travel to Paris in May.")
	for _, m := range f.Meetings {
		if m.Place == "paris" && slices.Contains(participants(m), "pedro-sanchez") {
			t.Errorf("en: Paris visit %v takes Sánchez", participants(m))
		}
	}
}

// meetingsIn is the meetings of f held in place, an error when there is
// none.
func meetingsIn(t *testing.T, f graph.Facts, lang, place string) []graph.Meeting {
	t.Helper()
	var out []graph.Meeting
	for _, m := range f.Meetings {
		if m.Place == place {
			out = append(out, m)
		}
	}
	if len(out) == 0 {
		t.Errorf("%s: no meeting in %s; meetings %v", lang, place, allParts(f))
	}
	return out
}
