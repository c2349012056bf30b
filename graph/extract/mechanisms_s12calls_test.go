package extract

import (
	"testing"

	"github.com/parley/parley/graph"
)

// TestS12CallTakenFromSomeone: a call told from the side of the one who
// took it ("took a call from X", "atender una llamada de X", "a pris un
// appel de X", "rispondere a una telefonata di X", "nahm einen Anruf von
// X entgegen", "ответил на звонок от X") is a call of the subject and X.
func TestS12CallTakenFromSomeone(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "On Thursday Jean-Yves Le Drian took a call from Russian Foreign Minister Sergey Lavrov, who wanted to discuss Sirte."},
		{"en", "Between two sessions Jean-Yves Le Drian stepped aside to take a phone call from Sergey Lavrov."},
		{"es", "Durante la cumbre, Jean-Yves Le Drian tuvo que atender una llamada de Serguéi Lavrov."},
		{"fr", "Jeudi, Jean-Yves Le Drian a pris un appel de Sergueï Lavrov avant de repartir."},
		{"it", "Giovedì Jean-Yves Le Drian ha dovuto rispondere a una telefonata di Sergej Lavrov."},
		{"de", "Während der Sitzung nahm Jean-Yves Le Drian einen Anruf von Sergej Lawrow entgegen."},
		{"ru", "В четверг Жан-Ив Ле Дриан ответил на звонок от Сергея Лаврова."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if !onlyMeetingOf(f, []string{"jean-yves-le-drian", "sergey-lavrov"}) || f.Meetings[0].Mode != graph.ModeCall {
			t.Errorf("%s %q: meetings %v, want only a call of Le Drian and Lavrov", c.lang, c.text, allParts(f))
		}
	}
}

// TestS12HostIsNoCallPartner: "the host" speaking after a call told
// between two meetings is the host of the talks, not the one who called.
func TestS12HostIsNoCallPartner(t *testing.T) {
	x := shipped(t)
	text := "Title\n\nHeiko Maas se reunió primero a solas con Fayez al Serraj durante una hora. Entre reunión y reunión, el ministro alemán se apartó para atender una llamada de Serguéi Lavrov.\n\nEn la rueda de prensa, Maas fue tajante: «No vamos a aceptar una solución militar». El anfitrión, por su parte, aseguró que «no habrá marcha atrás»."
	f := factsOf(t, x, "es", text)
	for _, s := range f.Statements {
		if s.Speaker == "sergey-lavrov" {
			t.Errorf("es: statement %q given to Lavrov, the caller, not the host", s.Text)
		}
	}
}

// TestS12CueOfTheLaterClause: a planned cue past a comma, in the clause
// that runs up to the next trigger, is that clause's, not the call's told
// before it: the call stays held and dated back, the later meeting is
// planned ("…, а в среду он планирует принять X", "…, and on Friday he
// plans to receive X", "…, et vendredi il doit recevoir X").
func TestS12CueOfTheLaterClause(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"ru", "Во вторник Сергей Лавров обсудил по телефону ситуацию в Ливии с Самехом Шукри, а в пятницу он намерен принять в Москве Агилу Салеха."},
		{"en", "Sergey Lavrov spoke by phone with Sameh Shoukry on Tuesday, and on Friday he plans to receive Aguila Saleh Issa in Moscow."},
		{"fr", "Sergueï Lavrov s'est entretenu mardi au téléphone avec Sameh Choukri, et vendredi il doit recevoir Aguila Saleh à Moscou."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-07-22", "Title\n\n"+c.text)
		var call, met bool
		for _, m := range f.Meetings {
			ps := participants(m)
			switch {
			case m.Mode == graph.ModeCall && sameParts(ps, []string{"sergey-lavrov", "sameh-shoukry"}):
				call = m.Status == graph.StatusHeld && m.Date.String() == "2020-07-21"
			case m.Mode == graph.ModeInPerson && sameParts(ps, []string{"sergey-lavrov", "aguila-saleh-issa"}):
				met = m.Status == graph.StatusPlanned
			}
		}
		if !call || !met {
			t.Errorf("%s %q: got %v, want a held call on 2020-07-21 and a planned meeting", c.lang, c.text, f.Meetings)
		}
	}
}

// TestS12RussianPastWeekday: "в минувшую пятницу" (last Friday) is a
// past weekday, as "в прошлую пятницу".
func TestS12RussianPastWeekday(t *testing.T) {
	x := shipped(t)
	f := factsOn(t, x, "ru", "2020-07-24", "Заголовок\n\nВ минувшую пятницу Сергей Лавров провёл телефонный разговор с Самехом Шукри.")
	if len(f.Meetings) != 1 || f.Meetings[0].Date.String() != "2020-07-17" {
		t.Errorf("ru: got %v, want one call on 2020-07-17", f.Meetings)
	}
}

// TestS12ItalianSentirePast: the past of "sentire" with a person as its
// object ("ha sentito il collega X", "X, sentito il 2 marzo, …") is a
// telephone call, as the future "sentirà" is; with no one heard ("ha
// sentito il bisogno di …") it is nothing.
func TestS12ItalianSentirePast(t *testing.T) {
	x := shipped(t)
	for _, text := range []string{
		"Martedì Luigi Di Maio ha sentito il collega tedesco Heiko Maas sul dossier migranti.",
		"Con Heiko Maas, sentito il 3 giugno, Luigi Di Maio ha discusso a lungo dell'embargo sulle armi.",
		"Luigi Di Maio aveva sentito Heiko Maas già la settimana scorsa.",
	} {
		f := factsOn(t, x, "it", "2020-06-10", "Titolo\n\n"+text)
		if !onlyMeetingOf(f, []string{"luigi-di-maio", "heiko-maas"}) || f.Meetings[0].Mode != graph.ModeCall {
			t.Errorf("it %q: meetings %v, want only a call of Di Maio and Maas", text, allParts(f))
		}
	}
	f := factsOf(t, x, "it", "Titolo\n\nLuigi Di Maio ha sentito il bisogno di chiarire la posizione italiana.")
	if len(f.Meetings) != 0 {
		t.Errorf("it: meetings %v, want none", allParts(f))
	}
}

// TestS12CallBetweenMeetings: a call told "between meetings" ("midway
// through the talks", "entre reunión y reunión", "tra un incontro e
// l'altro", "entre deux séances", "zwischen zwei Terminen", "в перерыве
// между встречами") took place on the day of the meeting told before it.
func TestS12CallBetweenMeetings(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "On Tuesday Luigi Di Maio met Fayez al-Sarraj in Tripoli.\n\nMidway through the talks, Di Maio stepped out to take a call from Sergey Lavrov."},
		{"es", "El martes Luigi Di Maio se reunió con Fayez al Serraj en Trípoli.\n\nEntre reunión y reunión, Di Maio se apartó para atender una llamada de Serguéi Lavrov."},
		{"it", "Martedì Luigi Di Maio ha incontrato Fayez al-Sarraj a Tripoli.\n\nTra un incontro e l'altro, il ministro ha trovato il tempo per una telefonata con Sergej Lavrov."},
		{"fr", "Mardi, Luigi Di Maio a rencontré Fayez al-Sarraj à Tripoli.\n\nEntre deux séances, Di Maio s'est entretenu au téléphone avec Sergueï Lavrov."},
		{"ru", "Во вторник Луиджи Ди Майо встретился в Триполи с Файезом Сараджем.\n\nВ перерыве между встречами Ди Майо поговорил по телефону с Сергеем Лавровым."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-06-10", "Title\n\n"+c.text)
		ok := false
		for _, m := range f.Meetings {
			if m.Mode == graph.ModeCall && sameParts(participants(m), []string{"luigi-di-maio", "sergey-lavrov"}) {
				ok = m.Date.String() == "2020-06-09"
			}
		}
		if !ok {
			t.Errorf("%s %q: got %v, want the call dated 2020-06-09", c.lang, c.text, f.Meetings)
		}
	}
}

// TestS12CalledItIsNoCall: English "called it …" (named it) tells no
// telephone call; "called X" with a person still does.
func TestS12CalledItIsNoCall(t *testing.T) {
	x := shipped(t)
	for _, text := range []string{
		"Josep Borrell welcomed the vote; the EU delegation in Tripoli called it \"a turning point\" for Abdul Hamid Dbeibah.",
		"Heiko Maas called the agreement a first step, and Sergey Lavrov called it premature.",
	} {
		if f := factsOf(t, x, "en", "Title\n\n"+text); len(f.Meetings) != 0 {
			t.Errorf("en %q: meetings %v, want none", text, allParts(f))
		}
	}
	f := factsOf(t, x, "en", "Title\n\nOn Tuesday Emmanuel Macron called Abdel Fattah el-Sisi to discuss the ceasefire.")
	if !onlyMeetingOf(f, []string{"emmanuel-macron", "abdel-fattah-el-sisi"}) {
		t.Errorf("en: meetings %v, want the call of Macron and Sisi", allParts(f))
	}
}

// TestS12RemitOfATitle: the country of an envoy's remit, with the
// envoy's name after its comma ("the UN envoy for Libya, Ján Kubiš", "el
// enviado de la ONU para Libia, Ján Kubiš"), is no partner of the call.
func TestS12RemitOfATitle(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "On Monday Heiko Maas spoke by phone with the UN special envoy for Libya, Ján Kubiš, about the elections."},
		{"es", "El lunes, Heiko Maas habló por teléfono con el enviado especial de la ONU para Libia, Ján Kubiš, sobre las elecciones."},
		{"fr", "Lundi, Heiko Maas s'est entretenu au téléphone avec l'envoyé spécial de l'ONU pour la Libye, Ján Kubiš."},
		{"it", "Lunedì Heiko Maas ha parlato al telefono con l'inviato speciale dell'Onu per la Libia, Ján Kubiš."},
		{"de", "Am Montag telefonierte Heiko Maas mit dem UN-Sondergesandten für Libyen, Ján Kubiš."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if !onlyMeetingOf(f, []string{"heiko-maas", "jan-kubis"}) {
			t.Errorf("%s %q: meetings %v, want only the call of Maas and Kubiš", c.lang, c.text, allParts(f))
		}
	}
}

// TestS12EventNounRelative: a relative clause right after a call noun,
// with no one named before it, tells the call itself ("the phone call
// that Maas held with Lavrov on 3 May", "Телефонный разговор, который
// Маас провёл с Лавровым 3 мая"): its two names are the call's, its date
// the call's date.
func TestS12EventNounRelative(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "The phone call that Heiko Maas held with Sergey Lavrov on 3 May focused on the arms embargo."},
		{"ru", "Телефонный разговор, который Хайко Маас провёл с Сергеем Лавровым 3 мая, был посвящён оружейному эмбарго."},
		{"de", "In dem Telefonat, das Heiko Maas am 3. Mai mit Sergej Lawrow führte, ging es um das Waffenembargo."},
		{"fr", "L'entretien téléphonique que Heiko Maas a eu avec Sergueï Lavrov le 3 mai portait sur l'embargo sur les armes."},
		{"it", "La telefonata che Heiko Maas ha avuto con Sergej Lavrov il 3 maggio riguardava l'embargo sulle armi."},
		{"es", "La llamada telefónica que Heiko Maas mantuvo con Serguéi Lavrov el 3 de mayo trató sobre el embargo de armas."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-05-20", "Title\n\n"+c.text)
		if !onlyMeetingOf(f, []string{"heiko-maas", "sergey-lavrov"}) || f.Meetings[0].Mode != graph.ModeCall || f.Meetings[0].Date.String() != "2020-05-03" {
			t.Errorf("%s %q: got %v, want only a call of Maas and Lavrov on 2020-05-03", c.lang, c.text, f.Meetings)
		}
	}
}

// TestS12NextDayBeatsThePurposeDate: "il giorno seguente" (the next
// day) dates the call from the event told before, as "il giorno dopo",
// "le lendemain", "al día siguiente", "the next day" do, though a purpose
// clause after it names a written date ("…, per preparare il Consiglio
// del 13 luglio").
func TestS12NextDayBeatsThePurposeDate(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"it", "Lunedì Heiko Maas ha incontrato Sameh Shoukry a Berlino.\n\nIl giorno seguente Maas ha parlato al telefono con Luigi Di Maio, per preparare il Consiglio Affari esteri del 13 luglio."},
		{"fr", "Lundi, Heiko Maas a rencontré Sameh Choukri à Berlin.\n\nLe lendemain, Maas s'est entretenu au téléphone avec Luigi Di Maio, pour préparer le Conseil des affaires étrangères du 13 juillet."},
		{"es", "El lunes, Heiko Maas se reunió con Sameh Shoukry en Berlín.\n\nAl día siguiente, Maas habló por teléfono con Luigi Di Maio, para preparar el Consejo de Asuntos Exteriores del 13 de julio."},
		{"en", "On Monday Heiko Maas met Sameh Shoukry in Berlin.\n\nThe next day Maas spoke by phone with Luigi Di Maio, in order to prepare the Foreign Affairs Council of 13 July."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-07-10", "Title\n\n"+c.text)
		ok := false
		for _, m := range f.Meetings {
			if m.Mode == graph.ModeCall && sameParts(participants(m), []string{"heiko-maas", "luigi-di-maio"}) {
				ok = m.Date.String() == "2020-07-07"
			}
		}
		if !ok {
			t.Errorf("%s %q: got %v, want the call on 2020-07-07", c.lang, c.text, f.Meetings)
		}
	}
}
