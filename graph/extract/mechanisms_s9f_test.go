package extract

import (
	"reflect"
	"testing"

	"github.com/parley/parley/graph"
)

// TestTriggerForms: every tense and mood of the meet, host and call verbs
// reports its meeting: the conditional and the imperfect ("recevrait",
// "incontrerebbe", "se reuniría"), the passive of a greeting verb with its
// agent ("greeted by", "von … begrüßt", "tarafından karşılandı"), a working
// meal with a partner ("déjeuner de travail avec", "рабочий обед"), and a
// verb of calling with a person as its object ("a appelé son homologue",
// "llamó a X"), which stays no call when what follows it is urged ("a
// appelé les parties à la retenue", "llamó a la calma").
func TestTriggerForms(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text, mode, status string
		parts                    []string
	}{
		// conditional and imperfect of the meet and host verbs
		{"fr", "Selon l'Élysée, Emmanuel Macron recevrait Recep Tayyip Erdogan à Paris le mois prochain.", graph.ModeInPerson, graph.StatusPlanned, []string{"emmanuel-macron", "recep-tayyip-erdogan"}},
		{"fr", "Selon la presse, Emmanuel Macron rencontrerait Vladimir Poutine à Moscou en juin.", graph.ModeInPerson, graph.StatusPlanned, []string{"emmanuel-macron", "vladimir-putin"}},
		{"fr", "Ce jour-là, Emmanuel Macron recevait Vladimir Poutine au fort de Brégançon.", graph.ModeInPerson, graph.StatusHeld, []string{"emmanuel-macron", "vladimir-putin"}},
		{"it", "Secondo fonti diplomatiche, Giuseppe Conte riceverebbe Vladimir Putin a Roma il mese prossimo.", graph.ModeInPerson, graph.StatusPlanned, []string{"giuseppe-conte", "vladimir-putin"}},
		{"it", "Secondo la stampa, Giuseppe Conte incontrerebbe Recep Tayyip Erdogan ad Ankara in giugno.", graph.ModeInPerson, graph.StatusPlanned, []string{"giuseppe-conte", "recep-tayyip-erdogan"}},
		{"es", "Según la prensa, Pedro Sánchez recibiría a Emmanuel Macron en Madrid el mes próximo.", graph.ModeInPerson, graph.StatusPlanned, []string{"pedro-sanchez", "emmanuel-macron"}},
		{"es", "Según fuentes diplomáticas, Pedro Sánchez se reuniría con Vladimir Putin en Moscú en junio.", graph.ModeInPerson, graph.StatusPlanned, []string{"pedro-sanchez", "vladimir-putin"}},
		{"en", "Officials said Boris Johnson would meet Emmanuel Macron in London next month.", graph.ModeInPerson, graph.StatusPlanned, []string{"boris-johnson", "emmanuel-macron"}},
		{"ru", "Владимир Путин принимает Реджепа Тайипа Эрдогана в Сочи.", graph.ModeInPerson, graph.StatusHeld, []string{"vladimir-putin", "recep-tayyip-erdogan"}},
		// the passive of a greeting verb, with its agent
		{"en", "Emmanuel Macron was greeted by Boris Johnson at Downing Street on Friday.", graph.ModeInPerson, graph.StatusHeld, []string{"emmanuel-macron", "boris-johnson"}},
		{"de", "Emmanuel Macron wurde am Freitag im Kanzleramt von Angela Merkel begrüßt.", graph.ModeInPerson, graph.StatusHeld, []string{"emmanuel-macron", "angela-merkel"}},
		{"es", "Emmanuel Macron fue acogido por Pedro Sánchez en la Moncloa.", graph.ModeInPerson, graph.StatusHeld, []string{"emmanuel-macron", "pedro-sanchez"}},
		{"tr", "Emmanuel Macron, Ankara'da Recep Tayyip Erdoğan tarafından karşılandı.", graph.ModeInPerson, graph.StatusHeld, []string{"emmanuel-macron", "recep-tayyip-erdogan"}},
		// a working meal with a partner
		{"fr", "Emmanuel Macron a partagé un déjeuner de travail avec Angela Merkel à Berlin.", graph.ModeInPerson, graph.StatusHeld, []string{"emmanuel-macron", "angela-merkel"}},
		{"en", "Boris Johnson had a working lunch with Angela Merkel in Berlin.", graph.ModeInPerson, graph.StatusHeld, []string{"boris-johnson", "angela-merkel"}},
		{"it", "Giuseppe Conte ha avuto un pranzo di lavoro con Angela Merkel a Berlino.", graph.ModeInPerson, graph.StatusHeld, []string{"giuseppe-conte", "angela-merkel"}},
		{"es", "Pedro Sánchez mantuvo un almuerzo de trabajo con Angela Merkel en Berlín.", graph.ModeInPerson, graph.StatusHeld, []string{"pedro-sanchez", "angela-merkel"}},
		{"ru", "Владимир Путин провёл рабочий обед с Ангелой Меркель в Берлине.", graph.ModeInPerson, graph.StatusHeld, []string{"vladimir-putin", "angela-merkel"}},
		// a verb of calling with a person as its object
		{"fr", "Emmanuel Macron a appelé son homologue russe, Vladimir Poutine, pour évoquer la crise.", graph.ModeCall, graph.StatusHeld, []string{"emmanuel-macron", "vladimir-putin"}},
		{"fr", "Emmanuel Macron appellera Vladimir Poutine dans la soirée.", graph.ModeCall, graph.StatusPlanned, []string{"emmanuel-macron", "vladimir-putin"}},
		{"es", "Pedro Sánchez llamó a Emmanuel Macron para hablar de la crisis.", graph.ModeCall, graph.StatusHeld, []string{"pedro-sanchez", "emmanuel-macron"}},
		{"es", "Pedro Sánchez llamará a Angela Merkel esta semana.", graph.ModeCall, graph.StatusPlanned, []string{"pedro-sanchez", "angela-merkel"}},
		{"en", "Boris Johnson will call Vladimir Putin this week.", graph.ModeCall, graph.StatusPlanned, []string{"boris-johnson", "vladimir-putin"}},
		{"it", "Giuseppe Conte chiamerà Angela Merkel in settimana.", graph.ModeCall, graph.StatusPlanned, []string{"giuseppe-conte", "angela-merkel"}},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Mode != c.mode || f.Meetings[0].Status != c.status || !reflect.DeepEqual(participants(f.Meetings[0]), c.parts) {
			t.Errorf("%s %q: %+v, want one %s %s meeting of %v", c.lang, c.text, f.Meetings, c.status, c.mode, c.parts)
		}
	}
}

// TestUrgeIsNoCall: a verb of calling whose complement is what is urged
// ("à la retenue", "a la calma", "al dialogo") reports no call, and the
// present of a host verb inside "take part" ("принимает участие") no
// meeting.
func TestUrgeIsNoCall(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"fr", "Emmanuel Macron a appelé les parties libyennes à la retenue."},
		{"fr", "Emmanuel Macron a appelé Vladimir Poutine au dialogue."},
		{"es", "Pedro Sánchez llamó a la calma tras los combates."},
		{"es", "Pedro Sánchez llamó a las partes a negociar."},
		{"it", "Giuseppe Conte ha chiamato i libici al dialogo."},
		// "принимает участие" takes part: it receives no one
		{"ru", "Владимир Путин принимает участие в саммите вместе с Ангелой Меркель."},
	}
	for _, c := range cases {
		if f := factsOf(t, x, c.lang, c.text); len(f.Meetings) != 0 {
			t.Errorf("%s %q: %+v, want no meeting", c.lang, c.text, f.Meetings)
		}
	}
	// (the same verbs with a person and nothing urged are calls)
	for _, c := range []struct{ lang, text, caller string }{
		{"fr", "Emmanuel Macron a appelé Vladimir Poutine lundi.", "emmanuel-macron"},
		{"es", "Pedro Sánchez llamó a Vladimir Putin el lunes.", "pedro-sanchez"},
		// (what follows the comma is no longer the verb's complement)
		{"fr", "Emmanuel Macron a appelé Vladimir Poutine, à qui il a demandé un cessez-le-feu.", "emmanuel-macron"},
	} {
		if f := factsOf(t, x, c.lang, c.text); !hasMeeting(f, "call", "", "", c.caller, "vladimir-putin") {
			t.Errorf("%s %q: %+v, want a call", c.lang, c.text, f.Meetings)
		}
	}
}
