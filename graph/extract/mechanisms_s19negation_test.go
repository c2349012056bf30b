package extract

import "testing"

// TestWithoutMeetingSomeone: a transitive "without meeting X" adjunct
// ("without meeting", "sans rencontrer", "senza incontrare", "sin reunirse
// con", "ohne … zu treffen", "не встретившись с", "دون أن يلتقي", "ile
// görüşmeden", "سے ملے بغیر") denies only the one it governs: the clause's
// meeting with the others stands, and he is no participant of it.
func TestWithoutMeetingSomeone(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"ar", "ناقش وزير الخارجية الإيطالي لويجي دي مايو مع فايز السراج في طرابلس يوم الاثنين ملف الهجرة، دون أن يلتقي حفتر.", []string{"luigi-di-maio", "fayez-al-sarraj"}},
		{"ar", "التقى جان إيف لودريان فايز السراج في طرابلس أمس من دون أن يلتقي خليفة حفتر.", []string{"jean-yves-le-drian", "fayez-al-sarraj"}},
		{"fr", "Jean-Yves Le Drian a rencontré Fayez al-Sarraj lundi à Tripoli, sans rencontrer Khalifa Haftar.", []string{"jean-yves-le-drian", "fayez-al-sarraj"}},
		{"de", "Heiko Maas traf am Montag in Tripolis Fajis al-Sarradsch, ohne Chalifa Haftar zu treffen.", []string{"heiko-maas", "fayez-al-sarraj"}},
		{"de", "Heiko Maas reiste am Montag nach Tripolis, wo er Fajis al-Sarradsch traf, ohne jedoch Chalifa Haftar zu sehen.", []string{"heiko-maas", "fayez-al-sarraj"}},
		{"ru", "Сергей Лавров встретился с Файезом Сарраджем в Москве, не встретившись с Халифой Хафтаром.", []string{"sergey-lavrov", "fayez-al-sarraj"}},
		{"tr", "Mevlüt Çavuşoğlu, Halife Hafter ile görüşmeden Trablus'ta Fayez es-Serrac ile bir araya geldi.", []string{"mevlut-cavusoglu", "fayez-al-sarraj"}},
		{"ur", "لوئیجی دی مائیو نے خلیفہ حفتر سے ملے بغیر طرابلس میں فائز السراج سے ملاقات کی۔", []string{"luigi-di-maio", "fayez-al-sarraj"}},
		{"it", "Luigi Di Maio ha incontrato Fayez al-Sarraj a Tripoli senza incontrare Khalifa Haftar.", []string{"luigi-di-maio", "fayez-al-sarraj"}},
		{"es", "Luigi Di Maio se reunió con Fayez al Sarraj en Trípoli sin reunirse con Jalifa Hafter.", []string{"luigi-di-maio", "fayez-al-sarraj"}},
		{"es", "Jean-Yves Le Drian se entrevistó el lunes en Trípoli con Fayez al Sarraj, sin reunirse con Jalifa Hafter ni con Aguila Saleh.", []string{"jean-yves-le-drian", "fayez-al-sarraj"}},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, [][]string{c.want})
	}
	// (with no other meeting in its clause, none; the reciprocal form
	// still denies the pair)
	for _, c := range []struct{ lang, text string }{
		{"it", "Khalifa Haftar è ripartito da Roma senza incontrare Fayez al-Sarraj."},
		{"en", "Khalifa Haftar left Moscow without meeting Fayez al-Sarraj."},
		{"en", "On Sunday Abdul Hamid Dbeibah and Mohamed al-Menfi met the press separately without meeting each other."},
	} {
		wantAllParts(t, x, c.lang, c.text, nil)
	}
}

// TestMeetingNounDeniedAsSubject: a meeting noun that opens its clause,
// with however long a phrase of participants, is denied by a negation
// beside an `occurred` verb of its clause ("Ein Treffen zwischen X und Y
// hat es nicht gegeben", "n'a toujours pas eu lieu", "non c'è mai stato",
// "так и не было", "не состоялось", "there has not been a single"); a
// negation beside another verb ("n'a pas eu de résultat", "non è stato
// facile") leaves it held.
func TestMeetingNounDeniedAsSubject(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct{ lang, text string }{
		{"de", "Ein Treffen zwischen Abdul Hamid Dbeiba und Chalifa Haftar hat es seit dem Forum in Genf nicht gegeben."},
		{"de", "Ein Treffen zwischen Maas und Lawrow hat in Berlin nicht stattgefunden."},
		{"fr", "Une rencontre entre M. Dbeibah et le maréchal Haftar n'a toujours pas eu lieu."},
		{"it", "Un incontro tra Dbeibah e Haftar finora non c'è mai stato."},
		{"ru", "Встречи Абдель Хамида Дбейбы и Халифы Хафтара после форума в Женеве так и не было."},
		{"ru", "Личной встречи между Дбейбой и Хафтаром до сих пор не состоялось."},
		{"en", "So far there has not been a single encounter between Dbeibah and Haftar, officials in Tripoli said."},
		{"es", "Un encuentro entre Dbeiba y Hafter no ha tenido lugar hasta ahora."},
	} {
		wantAllParts(t, x, c.lang, c.text, nil)
	}
	for _, c := range []struct {
		lang, text string
		want       []string
	}{
		{"it", "Un incontro tra Luigi Di Maio e Khalifa Haftar a Bengasi lunedì non è stato facile.", []string{"luigi-di-maio", "khalifa-haftar"}},
		{"fr", "La rencontre entre Jean-Yves Le Drian et Fayez al-Sarraj lundi à Tripoli n'a pas eu de résultat concret.", []string{"jean-yves-le-drian", "fayez-al-sarraj"}},
		{"es", "La reunión entre Luigi Di Maio y Fayez al Sarraj del lunes en Trípoli no ha producido resultados.", []string{"luigi-di-maio", "fayez-al-sarraj"}},
		{"ru", "Встреча Сергея Лаврова и Халифы Хафтара в понедельник в Москве не принесла результатов.", []string{"sergey-lavrov", "khalifa-haftar"}},
	} {
		wantAllParts(t, x, c.lang, c.text, [][]string{c.want})
	}
}

// TestCalledOffAtTheLastMinute: a meeting called off at the last minute
// ("à la dernière minute", "all'ultimo momento", "в последний момент",
// "at the last minute") was due about when it was called off: its weekday
// is the one behind the paper, though a planned cue dates it ("prévue
// jeudi"); with no such phrase "previsto per martedì" keeps the day ahead.
func TestCalledOffAtTheLastMinute(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"fr", "Une rencontre entre Sabri Boukadoum et Khaled al-Mishri, prévue jeudi après-midi, a été annulée à la dernière minute.", "2020-01-23"},
		{"en", "Luigi Di Maio's meeting with Fayez al-Sarraj, scheduled for Thursday, was called off at the last minute.", "2020-01-23"},
		{"it", "L'incontro tra Luigi Di Maio e Khalifa Haftar previsto per giovedì a Bengasi è stato annullato all'ultimo momento.", "2020-01-23"},
		{"ru", "Встреча Сергея Лаврова и Мевлюта Чавушоглу, намеченная на четверг, была отменена в последний момент.", "2020-01-23"},
		{"it", "Un incontro tra Luigi Di Maio e Khalifa Haftar a Bengasi, previsto per giovedì, è stato invece annullato.", "2020-01-30"},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-01-24", "Title\n\n"+c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Status != "cancelled" || f.Meetings[0].Date.String() != c.want {
			t.Errorf("%s %q: %+v, want one cancelled meeting on %s", c.lang, c.text, f.Meetings, c.want)
		}
	}
}
