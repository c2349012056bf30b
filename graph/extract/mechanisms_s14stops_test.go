package extract

import (
	"slices"
	"testing"
)

// TestSeparatePartnersWithCompanions: a clause that says its talks were
// separate and names each partner with the same preposition again after
// "and" ("met separately with X, accompanied by A, and with Y", "se
// reunieron por separado con X, … y con Y", "getrennt mit X … und mit Y",
// "по отдельности … с X, …, и с Y") is one meeting per partner, each
// with the people named after him up to the next: they came with him.
func TestSeparatePartnersWithCompanions(t *testing.T) {
	x := shipped(t)
	subj := []string{"sergey-lavrov", "mevlut-cavusoglu"}
	with := func(ps ...string) []string { return append(append([]string{}, subj...), ps...) }
	two := [][]string{with("khalifa-haftar", "aguila-saleh-issa"), with("fayez-al-sarraj", "khalid-al-mishri")}
	cases := []struct{ lang, text string }{
		{"en", "On Monday Sergey Lavrov and Mevlüt Çavuşoğlu met separately with Khalifa Haftar, accompanied by Aguila Saleh, and with Fayez al-Sarraj, accompanied by Khalid al-Mishri."},
		{"fr", "Lundi, Sergueï Lavrov et Mevlüt Çavuşoğlu se sont entretenus séparément avec Khalifa Haftar, venu avec Aguila Saleh, et avec Fayez al-Sarraj, accompagné de Khaled al-Mechri."},
		{"it", "Lunedì Sergej Lavrov e Mevlüt Çavuşoğlu si sono incontrati separatamente con Khalifa Haftar, accompagnato da Aguila Saleh, e con Fayez al-Sarraj, giunto con Khalid al-Mishri."},
		{"es", "El lunes Serguéi Lavrov y Mevlüt Çavuşoğlu se reunieron por separado con Jalifa Haftar, acompañado por Aguila Saleh, y con Fayez al Serraj, acompañado por Jaled al Mishri."},
		{"de", "Am Montag trafen sich Sergej Lawrow und Mevlüt Çavuşoğlu getrennt mit Chalifa Haftar und Aguila Saleh und mit Fajis al-Sarradsch und Chalid al-Mischri."},
		{"ru", "В понедельник Сергей Лавров и Мевлют Чавушоглу по отдельности встретились с Халифой Хафтаром, которого сопровождал Агила Салех, и с Файезом Сарраджем, прибывшим вместе с Халедом аль-Мишри."},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, two)
	}
}

// TestSeparatePartnersAfterAnAside: an aside set off by commas between
// the separate word and the partners ("ricevettero separatamente, in una
// villa della capitale russa, X e Y", "por separado, en una residencia
// …, con X y con Y") leaves the list after it the partners met each on
// their own; the aside's venue of the capital places both meetings in
// the capital.
func TestSeparatePartnersAfterAnAside(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"it", "Lunedì Sergej Lavrov e Mevlüt Çavuşoğlu hanno ricevuto separatamente, in una villa della capitale russa, Khalifa Haftar e Fayez al-Sarraj."},
		{"fr", "Lundi, Sergueï Lavrov et Mevlüt Çavuşoğlu ont reçu séparément, dans une résidence de la capitale russe, Khalifa Haftar et Fayez al-Sarraj."},
		{"es", "El lunes Serguéi Lavrov y Mevlüt Çavuşoğlu se reunieron por separado, en una residencia oficial de la capital rusa, con Jalifa Haftar y con Fayez al Serraj."},
		{"de", "Am Montag empfingen Sergej Lawrow und Mevlüt Çavuşoğlu getrennt, in einer Residenz der russischen Hauptstadt, Chalifa Haftar und Fajis al-Sarradsch."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-01-15", "Title\n\n"+c.text)
		got := allParts(f)
		if len(got) != 2 || !sameParts(got[0], []string{"sergey-lavrov", "mevlut-cavusoglu", "khalifa-haftar"}) || !sameParts(got[1], []string{"sergey-lavrov", "mevlut-cavusoglu", "fayez-al-sarraj"}) {
			t.Errorf("%s %q: meetings %v, want one with each Libyan", c.lang, c.text, got)
			continue
		}
		for _, m := range f.Meetings {
			if m.Place != "moscow" {
				t.Errorf("%s %q: meeting in %q, want moscow", c.lang, c.text, m.Place)
			}
		}
	}
}

// TestVenueOfTheCapital: a locative before a venue of the capital ("in a
// guest house of the Russian capital", "in una residenza della capitale
// russa", "en un palacio de la capital rusa", "in einer Residenz der
// russischen Hauptstadt") places the meeting in that capital.
func TestVenueOfTheCapital(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "On Monday Sergey Lavrov received Khalifa Haftar in a guest house of the Russian capital."},
		{"fr", "Lundi, Sergueï Lavrov a reçu Khalifa Haftar dans une résidence officielle de la capitale russe."},
		{"it", "Lunedì Sergej Lavrov ha ricevuto Khalifa Haftar in una residenza della capitale russa."},
		{"es", "El lunes Serguéi Lavrov recibió a Jalifa Haftar en un palacio de la capital rusa."},
		{"de", "Am Montag empfing Sergej Lawrow Chalifa Haftar in einer Residenz der russischen Hauptstadt."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-01-15", "Title\n\n"+c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != "moscow" {
			t.Errorf("%s %q: meetings %v, want one in moscow", c.lang, c.text, f.Meetings)
		}
	}
}

// TestVerbFinalStopsEachAtItsPlace: in a verb-final clause each partner
// stands after the place where the subject met him ("önce Atina'da
// Dendias ile, aynı gün Ankara'da Çavuşoğlu ile görüştü", "ایتھنز میں
// دندیاس سے اور اسی روز انقرہ میں چاوش اوغلو سے ملاقات کی"): one meeting
// per place, each with the partners named after it; the subject, named
// before the first place, is at both.
func TestVerbFinalStopsEachAtItsPlace(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       [][]string
		places     []string
	}{
		{"tr", "Almanya Dışişleri Bakanı Heiko Maas, 25 Ağustos'ta önce Atina'da Nikos Dendias ile, aynı gün Ankara'da Dışişleri Bakanı Mevlüt Çavuşoğlu ile görüştü.",
			[][]string{{"heiko-maas", "nikos-dendias"}, {"heiko-maas", "mevlut-cavusoglu"}}, []string{"athens", "ankara"}},
		{"tr", "Luigi Di Maio pazartesi günü Trablus'ta Fayez es-Serrac ve Halid el-Mişri ile, akşam saatlerinde de Bingazi'de Halife Hafter ile bir araya geldi.",
			[][]string{{"luigi-di-maio", "fayez-al-sarraj", "khalid-al-mishri"}, {"luigi-di-maio", "khalifa-haftar"}}, []string{"tripoli", "benghazi"}},
		{"ur", "جرمن وزیر خارجہ ہائیکو ماس نے منگل کو ایتھنز میں نیکوس دندیاس سے اور اسی روز انقرہ میں مولود چاوش اوغلو سے ملاقات کی۔",
			[][]string{{"heiko-maas", "nikos-dendias"}, {"heiko-maas", "mevlut-cavusoglu"}}, []string{"athens", "ankara"}},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-09-01", "Title\n\n"+c.text)
		got := allParts(f)
		if len(got) != len(c.want) {
			t.Errorf("%s %q: meetings %v, want %v", c.lang, c.text, got, c.want)
			continue
		}
		for i, m := range f.Meetings {
			if !sameParts(got[i], c.want[i]) || m.Place != c.places[i] {
				t.Errorf("%s %q: meeting %v in %q, want %v in %s", c.lang, c.text, got[i], m.Place, c.want[i], c.places[i])
			}
		}
	}
	// one place: one meeting
	wantAllParts(t, x, "tr", "Heiko Maas, Salı günü Ankara'da Mevlüt Çavuşoğlu ile görüştü.", [][]string{{"heiko-maas", "mevlut-cavusoglu"}})
}

// TestPlacePhraseOpensDroppedSubject: in Spanish and Italian a sentence
// that opens with a short locative phrase and then its verb ("En Trípoli
// se reunió con …", "A Tripoli ha incontrato …", "Nella capitale libica
// ha visto …") has dropped its subject: the traveller of the sentence
// before, who met each partner of the clause and of the next one ("y esa
// misma tarde voló a Tobruk para entrevistarse con Saleh").
func TestPlacePhraseOpensDroppedSubject(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"es", "Josep Borrell llegó a Trípoli el martes. En la capital libia se reunió con Fayez al Serraj, presidente del Consejo Presidencial, y esa misma tarde voló a Tobruk para entrevistarse con Aguila Saleh.",
			[][]string{{"josep-borrell", "fayez-al-sarraj"}, {"josep-borrell", "aguila-saleh-issa"}}},
		{"es", "Josep Borrell llegó a Libia el martes. En Trípoli se reunió con Fayez al Serraj.", [][]string{{"josep-borrell", "fayez-al-sarraj"}}},
		{"it", "Luigi Di Maio è arrivato ieri in Libia. A Tripoli ha incontrato Fayez al-Sarraj e nel pomeriggio è volato a Bengasi per vedere Khalifa Haftar.",
			[][]string{{"luigi-di-maio", "fayez-al-sarraj"}, {"luigi-di-maio", "khalifa-haftar"}}},
		{"it", "Luigi Di Maio è arrivato ieri in Libia. Nella capitale libica ha incontrato Fayez al-Sarraj.", [][]string{{"luigi-di-maio", "fayez-al-sarraj"}}},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, c.want)
	}
}

// TestWhereClauseIsTheStop: a meeting told in a relative clause opened
// by a `where` word right after a place and a comma ("flew on to
// N'Djamena, where he was received by …", "is expected to fly on to
// Cairo, where he is due to see …", "mise sur Moscou, où il avait été
// reçu par …") is at that place; a place named as whose something is
// ("la réunion des pays voisins de la Libye, où …") is none.
func TestWhereClauseIsTheStop(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, place string }{
		{"en", "Aguila Saleh is expected to fly on to Cairo, where he is due to see Sameh Shoukry.", "cairo"},
		{"en", "In the evening Heiko Maas flew on to Ankara, where he was received by Mevlüt Çavuşoğlu.", "ankara"},
		{"en", "On Monday Mohamed al-Menfi flew on to N'Djamena, where he was received by General Mahamat Idriss Déby.", "ndjamena"},
		{"fr", "Khalifa Haftar mise désormais sur Moscou, où il avait été reçu par Sergueï Lavrov en janvier.", "moscow"},
		{"fr", "La réunion des pays voisins de la Libye, où Sabri Boukadoum devait recevoir son homologue égyptien Sameh Choukri, a été reportée.", ""},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-09-01", "Title\n\n"+c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != c.place {
			t.Errorf("%s %q: meetings %v, want one in %q", c.lang, c.text, f.Meetings, c.place)
		}
	}
}

// TestThenPartsCalls: a `then` word between two partners of one call
// verb ("a téléphoné le 14 janvier à Poutine, puis, le 15, à Erdogan",
// "phoned Putin on January 14 and then, on January 15, Erdoğan", "Putin
// ile, ardından Erdoğan ile telefonda görüştü") tells two calls, as it
// tells two meetings; the later one is dated by the date after the word.
func TestThenPartsCalls(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		dated      bool
	}{
		{"fr", "La chancelière Angela Merkel a téléphoné le 14 janvier à Vladimir Poutine, puis, le 15, à Recep Tayyip Erdogan.", true},
		{"en", "Angela Merkel phoned Vladimir Putin on January 14 and then, on January 15, Recep Tayyip Erdoğan.", true},
		{"es", "Angela Merkel habló por teléfono con Vladimir Putin el 14 de enero y luego, el 15, con Recep Tayyip Erdogan.", true},
		{"it", "Angela Merkel ha telefonato il 14 gennaio a Vladimir Putin e poi, il 15, a Recep Tayyip Erdoğan.", true},
		{"de", "Angela Merkel telefonierte am 14. Januar mit Wladimir Putin und dann am 15. Januar mit Recep Tayyip Erdoğan.", true},
		{"ru", "Ангела Меркель 14 января провела телефонный разговор с Владимиром Путиным, а затем, 15 января, с Реджепом Тайипом Эрдоганом.", true},
		{"tr", "Angela Merkel 14 Ocak'ta Vladimir Putin ile, ardından 15 Ocak'ta Recep Tayyip Erdoğan ile telefonda görüştü.", false},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-01-20", "Title\n\n"+c.text)
		got := allParts(f)
		if len(got) != 2 || !sameParts(got[0], []string{"angela-merkel", "vladimir-putin"}) || !sameParts(got[1], []string{"angela-merkel", "recep-tayyip-erdogan"}) {
			t.Errorf("%s %q: calls %v, want one with Putin, one with Erdoğan", c.lang, c.text, got)
			continue
		}
		for i, m := range f.Meetings {
			if m.Mode != "call" || c.dated && m.Date.Day != 14+i {
				t.Errorf("%s %q: %d: %s on %v, want a call on the %dth", c.lang, c.text, i, m.Mode, m.Date, 14+i)
			}
		}
	}
}

// TestPronounChainReachesTheProtagonist: a pronoun subject whose chain of
// pronoun-only sentences finds no one of its gender in the last
// sentences (the paragraph before named only men) stands for the person
// of that gender the story named most: the traveller of a profile, who
// then met each partner at each stop ("She flew to Benghazi … to see
// Haftar, and three days later held talks in Cairo with Saleh").
func TestPronounChainReachesTheProtagonist(t *testing.T) {
	x := shipped(t)
	two := [][]string{{"stephanie-williams", "khalifa-haftar"}, {"stephanie-williams", "aguila-saleh-issa"}}
	cases := []struct{ lang, text string }{
		{"en", "Nine months on, Stephanie Williams has become the pivot of the peace process. Her method showed early. In January she had gone with Ghassan Salamé to Cairo, where the two saw Sameh Shoukry. By the summer she was on the road again. She flew to Benghazi on August 23 to see Khalifa Haftar, and three days later held talks in Cairo with Aguila Saleh."},
		{"fr", "Neuf mois plus tard, Stephanie Williams est devenue le pivot du processus de paix. Sa méthode s'est vue tôt. En janvier, elle avait accompagné Ghassan Salamé au Caire, où les deux ont vu Sameh Choukri. L'été venu, elle a repris la route. Elle s'est rendue le 23 août à Benghazi pour rencontrer Khalifa Haftar, et trois jours plus tard elle s'est entretenue au Caire avec Aguila Saleh."},
		{"es", "Nueve meses después, Stephanie Williams se ha convertido en el eje del proceso de paz. Su método se vio pronto. En enero ella había acompañado a Ghassan Salamé a El Cairo, donde ambos vieron a Sameh Shoukry. En verano ella volvió a viajar. Ella voló a Bengasi el 23 de agosto para reunirse con Jalifa Haftar, y tres días después se entrevistó en El Cairo con Aguila Saleh."},
		{"it", "Nove mesi dopo, Stephanie Williams è diventata il perno del processo di pace. Il suo metodo si è visto presto. A gennaio lei aveva accompagnato Ghassan Salamé al Cairo, dove i due hanno visto Sameh Shoukry. In estate lei è tornata a viaggiare. Lei è volata a Bengasi il 23 agosto per incontrare Khalifa Haftar, e tre giorni dopo ha incontrato al Cairo Aguila Saleh."},
	}
	for _, c := range cases {
		got := allParts(factsOn(t, x, c.lang, "2020-12-01", "Title\n\n"+c.text))
		for _, w := range two {
			if !slices.ContainsFunc(got, func(ps []string) bool { return sameParts(ps, w) }) {
				t.Errorf("%s: meetings %v, want %v among them", c.lang, got, w)
			}
		}
		if slices.ContainsFunc(got, func(ps []string) bool { return sameParts(ps, []string{"khalifa-haftar", "aguila-saleh-issa"}) }) {
			t.Errorf("%s: meetings %v: Haftar and Saleh never met", c.lang, got)
		}
	}
}

// TestWeekdayOfTheWeekNamed: a weekday with a week phrase right after it
// ("am Dienstag vergangener Woche", "on Tuesday last week", "le mardi de
// la semaine dernière", "el martes de la semana pasada") is that weekday
// of the week named, not the last one before the paper's day.
func TestWeekdayOfTheWeekNamed(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"de", "Heiko Maas traf am Dienstag vergangener Woche in Ankara Mevlüt Çavuşoğlu."},
		{"en", "Heiko Maas met Mevlüt Çavuşoğlu in Ankara on Tuesday last week."},
		{"fr", "Heiko Maas a rencontré Mevlüt Çavuşoğlu à Ankara le mardi de la semaine dernière."},
		{"es", "Heiko Maas se reunió con Mevlüt Çavuşoğlu en Ankara el martes de la semana pasada."},
	}
	for _, c := range cases {
		// a Wednesday paper: last week's Tuesday is August 25, not September 1
		f := factsOn(t, x, c.lang, "2020-09-02", "Title\n\n"+c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Date.Month != 8 || f.Meetings[0].Date.Day != 25 {
			t.Errorf("%s %q: meetings %v, want one on August 25", c.lang, c.text, f.Meetings)
		}
	}
}

// TestWhereClauseOfTheLastStop: a trip told with two destinations, the
// second with a `where` clause that names the only partner ("reiste
// zunächst nach Athen und noch am selben Tag nach Ankara, wo ihn
// Çavuşoğlu empfing", "flew first to Athens and in the evening on to
// Ankara, where Çavuşoğlu received him"), is a meeting at the second
// stop, not the first.
func TestWhereClauseOfTheLastStop(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"de", "Heiko Maas reiste am Dienstag zunächst nach Athen und noch am selben Tag nach Ankara, wo ihn sein Kollege Mevlüt Çavuşoğlu empfing."},
		{"de", "Am Dienstag flog Heiko Maas zuerst nach Athen und am Abend weiter nach Ankara, wo ihn Mevlüt Çavuşoğlu empfing."},
		{"en", "On Tuesday Heiko Maas flew first to Athens and in the evening on to Ankara, where Mevlüt Çavuşoğlu received him."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-09-02", "Title\n\n"+c.text)
		if len(f.Meetings) != 1 || !sameParts(participants(f.Meetings[0]), []string{"heiko-maas", "mevlut-cavusoglu"}) || f.Meetings[0].Place != "ankara" {
			t.Errorf("%s %q: meetings %v, want Maas and Çavuşoğlu in ankara", c.lang, c.text, f.Meetings)
		}
	}
}

// TestGermanTripToAPerson: a German journey "nach X zu Y" goes to see Y,
// who is no topic ("reiste nach Athen zu Dendias"); with a second stop and
// the subject after its verb ("Am Dienstag reiste Maas zunächst nach
// Athen zu X und … nach Ankara, wo ihn Y empfing") it is one visit per
// stop, the subject at both; "äußerte sich zu Haftar" is about him.
func TestGermanTripToAPerson(t *testing.T) {
	x := shipped(t)
	wantAllParts(t, x, "de", "Luigi Di Maio reiste am Montag nach Bengasi zu Khalifa Haftar.", [][]string{{"luigi-di-maio", "khalifa-haftar"}})
	wantAllParts(t, x, "de", "Heiko Maas äußerte sich am Dienstag zu Khalifa Haftar.", nil)
	for _, text := range []string{
		"Am Dienstag reiste Heiko Maas zunächst nach Athen zu Nikos Dendias und noch am selben Tag nach Ankara, wo ihn sein Kollege Mevlüt Çavuşoğlu empfing.",
		"In dieser Lage reiste Außenminister Heiko Maas zunächst nach Athen zu Nikos Dendias und am Abend nach Ankara, wo ihn Mevlüt Çavuşoğlu empfing.",
	} {
		f := factsOn(t, x, "de", "2020-09-02", "Title\n\n"+text)
		got := allParts(f)
		if len(got) != 2 || !sameParts(got[0], []string{"heiko-maas", "nikos-dendias"}) || !sameParts(got[1], []string{"heiko-maas", "mevlut-cavusoglu"}) || f.Meetings[0].Place != "athens" || f.Meetings[1].Place != "ankara" {
			t.Errorf("%q: meetings %v, want Maas with Dendias in athens and with Çavuşoğlu in ankara", text, f.Meetings)
		}
	}
}
