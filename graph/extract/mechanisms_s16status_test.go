package extract

import (
	"testing"

	"github.com/parley/parley/graph"
)

// TestCueOpeningTheTriggersClause: a planned cue that opens the clause of
// a meeting verb governed through a chain of infinitives or a "where"
// clause ("is expected to travel to Algiers next week to meet …",
// "dovrebbe sentire … al telefono …", "حيث من المقرر أن يلتقي …") plans the
// meeting even when no trigger comes before it in the sentence; a cue that
// a comma sets off before the clause ("Expected in Rome at the end of the
// month, X met Y on March 7") is not the meeting's.
func TestCueOpeningTheTriggersClause(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"en", "Egypt's Foreign Minister Sameh Shoukry is expected to travel to Algiers next week to meet his Algerian counterpart, Sabri Boukadoum, and discuss border security, an Egyptian official said.", []string{"sameh-shoukry", "sabri-boukadoum"}},
		{"it", "Secondo fonti di Palazzo Chigi, Mario Draghi dovrebbe sentire domani al telefono Abdul Hamid Dbeibah, che resta a Tripoli fino a venerdì, mentre con Haftar i contatti sono fermi.", []string{"mario-draghi", "abdul-hamid-dbeibah"}},
		{"ar", "ويزور وزير الخارجية المصري سامح شكري الجزائر الأسبوع المقبل، حيث من المقرر أن يلتقي نظيره صبري بوقادوم.", []string{"sameh-shoukry", "sabri-boukadoum"}},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-03-10", "Title\n\n"+c.text)
		if st, _ := statusOf(f, c.want); st != graph.StatusPlanned {
			t.Errorf("%s %q: meetings %v (%v), want one planned of %v", c.lang, c.text, allParts(f), statuses(f), c.want)
		}
	}
	held := []struct {
		lang, text string
		want       []string
	}{
		{"en", "Expected in Rome at the end of the month, Sabri Boukadoum met Sameh Shoukry in Cairo on March 7.", []string{"sabri-boukadoum", "sameh-shoukry"}},
		{"fr", "Attendu à Rome à la fin du mois, Sabri Boukadoum a rencontré Sameh Choukri au Caire le 7 mars.", []string{"sabri-boukadoum", "sameh-shoukry"}},
	}
	for _, c := range held {
		f := factsOn(t, x, c.lang, "2021-03-10", "Title\n\n"+c.text)
		if st, _ := statusOf(f, c.want); st != graph.StatusHeld {
			t.Errorf("%s %q: meetings %v (%v), want one held of %v", c.lang, c.text, allParts(f), statuses(f), c.want)
		}
	}
}

// TestBareNounCallsOffTheEventBefore: a clause or sentence whose subject
// is a bare meeting, call or visit noun ("the visit", "la rencontre", "bu
// görüşme", "das Treffen") and whose predicate is a cancellation calls
// off the event told just before it, past a semicolon, a "but" after a
// comma or a full stop; a noun with partners or a place of its own ("a
// planned visit to Tunis", "a meeting with Saied") is another event.
func TestBareNounCallsOffTheEventBefore(t *testing.T) {
	x := shipped(t)
	want := []string{"sameh-shoukry", "sabri-boukadoum"}
	cases := []struct{ lang, text string }{
		{"en", "Sameh Shoukry was due in Algiers on Monday for talks with Sabri Boukadoum; the visit was called off at the last minute."},
		{"en", "Sameh Shoukry was due in Algiers on Monday for talks with Sabri Boukadoum. The visit was called off at the last minute."},
		{"en", "Sameh Shoukry was to meet Sabri Boukadoum in Algiers on Monday. But the meeting was postponed because of the storm."},
		{"fr", "Sameh Choukri devait rencontrer Sabri Boukadoum à Alger lundi ; la rencontre a finalement été reportée."},
		{"fr", "Sameh Choukri devait rencontrer Sabri Boukadoum à Alger lundi. La rencontre a finalement été reportée."},
		{"tr", "Programda Şukri'nin Cezayir'de Bukadum ile görüşmesi de yer alıyordu; ancak bu görüşme son anda iptal edildi."},
		{"de", "Sameh Schukri sollte am Montag in Algier mit Sabri Boukadoum zusammentreffen. Das Treffen wurde jedoch kurzfristig abgesagt."},
		{"es", "Sameh Shukri tenía previsto reunirse con Sabri Bukadum en Argel el lunes. El encuentro fue aplazado por la tormenta."},
	}
	wantStatus(t, x, cases, want, graph.StatusCancelled)
	held := []struct{ lang, text string }{
		{"en", "Sameh Shoukry met Sabri Boukadoum in Algiers on March 8. A planned visit to Tunis was cancelled."},
		{"en", "Sameh Shoukry met Sabri Boukadoum in Algiers on March 8. A second meeting, planned for the next day, was called off."},
		{"en", "Sameh Shoukry met Sabri Boukadoum in Algiers on March 8; a meeting with Kais Saied was cancelled."},
		{"en", "Sameh Shoukry met Sabri Boukadoum in Algiers on March 8. The meeting was later described as tense."},
	}
	wantStatus(t, x, held, want, graph.StatusHeld)
}

// TestRulingOutAMeetingDeniesIt: a verb of refusing or ruling out right
// before the meeting verb or noun it governs ("ruled out meeting", "ha
// escluso di incontrare", "a exclu de rencontrer", "descartó reunirse",
// "schloss ein Treffen … aus", "исключил встречу", Arabic with its subject
// between: "استبعد السراج لقاء حفتر") tells no meeting; denied ("did not
// rule out meeting", "non ha escluso", "не исключил") it tells one that
// may come, planned, and denies no pair. A refusal of something else
// beside a meeting leaves the meeting standing.
func TestRulingOutAMeetingDeniesIt(t *testing.T) {
	x := shipped(t)
	want := []string{"fayez-al-sarraj", "khalifa-haftar"}
	none := []struct{ lang, text string }{
		{"en", "Fayez al-Sarraj ruled out meeting Khalifa Haftar as long as his forces stay near Sirte."},
		{"it", "Fayez al-Sarraj ha escluso di incontrare Khalifa Haftar finché le sue truppe resteranno a Sirte."},
		{"fr", "Fayez al-Sarraj a exclu de rencontrer Khalifa Haftar tant que ses troupes resteront près de Syrte."},
		{"es", "Fayez al Sarraj descartó reunirse con Jalifa Haftar mientras sus tropas sigan cerca de Sirte."},
		{"de", "Fayez al-Sarradsch schloss ein Treffen mit Chalifa Haftar aus, solange dessen Truppen vor Sirte stehen."},
		{"ru", "Фаиз Саррадж исключил встречу с Халифой Хафтаром, пока его войска стоят под Сиртом."},
		{"ar", "واستبعد فايز السراج لقاء خليفة حفتر ما دامت قواته قرب سرت."},
	}
	for _, c := range none {
		f := factsOn(t, x, c.lang, "2021-03-10", "Title\n\n"+c.text)
		if len(f.Meetings) != 0 {
			t.Errorf("%s %q: meetings %v (%v), want none", c.lang, c.text, allParts(f), statuses(f))
		}
	}
	possible := []struct{ lang, text string }{
		{"en", "Fayez al-Sarraj did not rule out meeting Khalifa Haftar in Rome."},
		{"it", "Fayez al-Sarraj non ha escluso di incontrare Khalifa Haftar a Roma."},
		{"fr", "Fayez al-Sarraj n'a pas exclu de rencontrer Khalifa Haftar à Rome."},
		{"es", "Fayez al Sarraj no descartó reunirse con Jalifa Haftar en Roma."},
		{"ru", "Фаиз Саррадж не исключил встречу с Халифой Хафтаром в Риме."},
	}
	wantStatus(t, x, possible, want, graph.StatusPlanned)
	held := []struct{ lang, text string }{
		{"en", "Khalifa Haftar rejected the ceasefire after meeting Sergey Lavrov in Moscow."},
		{"es", "Jalifa Haftar rechazó la tregua tras reunirse con Serguéi Lavrov en Moscú."},
	}
	for _, c := range held {
		f := factsOn(t, x, c.lang, "2021-03-10", "Title\n\n"+c.text)
		if st, _ := statusOf(f, []string{"khalifa-haftar", "sergey-lavrov"}); st != graph.StatusHeld {
			t.Errorf("%s %q: meetings %v (%v), want one held", c.lang, c.text, allParts(f), statuses(f))
		}
	}
}

// TestAgreementScheduleAndExpectationPlan: an agreement to meet ("agreed
// to meet again", "verabredeten, sich … zu treffen", "договорились
// встретиться", "acordaron volver a reunirse"), a meeting told in the
// future or future-in-the-past of "take place" ("se tiendrait", "si
// terrà", "se celebrará"), a decision to hold it ("решено провести"),
// an intention ("conta di", "intende") and an expectation ("was due in
// Algiers for talks", "bir araya gelmesinin beklendiğini") tell a
// meeting still to come. A month the text calls last stays behind the
// paper when the plan was called off ("were due in Geneva last June").
func TestAgreementScheduleAndExpectationPlan(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"en", "Sabri Boukadoum and Sameh Shoukry agreed to meet again in Geneva before the elections.", []string{"sabri-boukadoum", "sameh-shoukry"}},
		{"de", "Boukadoum und Schukri verabredeten, sich vor den Wahlen in Genf wieder zu treffen.", []string{"sabri-boukadoum", "sameh-shoukry"}},
		{"ru", "Букадум и Шукри договорились встретиться в Женеве до выборов.", []string{"sabri-boukadoum", "sameh-shoukry"}},
		{"es", "Bukadum y Shukri acordaron volver a reunirse en Ginebra antes de las elecciones.", []string{"sabri-boukadoum", "sameh-shoukry"}},
		{"fr", "Le ministère a annoncé qu'une rencontre entre Sabri Boukadoum et Sameh Choukri se tiendrait à Genève avant les élections.", []string{"sabri-boukadoum", "sameh-shoukry"}},
		{"it", "La Farnesina ha annunciato che un incontro tra Sabri Boukadoum e Sameh Shoukry si terrà a Ginevra prima delle elezioni.", []string{"sabri-boukadoum", "sameh-shoukry"}},
		{"es", "Exteriores anunció que una reunión entre Sabri Bukadum y Sameh Shukri se celebrará en Ginebra antes de las elecciones.", []string{"sabri-boukadoum", "sameh-shoukry"}},
		{"ru", "Следующий раунд консультаций Букадума и Шукри решено провести в Женеве.", []string{"sabri-boukadoum", "sameh-shoukry"}},
		{"en", "Sameh Shoukry was due in Algiers for talks with Sabri Boukadoum on the border.", []string{"sameh-shoukry", "sabri-boukadoum"}},
		{"it", "Secondo fonti diplomatiche, Luigi Di Maio conta di ricevere Najla Mangoush alla Farnesina.", []string{"luigi-di-maio", "najla-mangoush"}},
		{"it", "Luigi Di Maio intende ricevere Najla Mangoush alla Farnesina.", []string{"luigi-di-maio", "najla-mangoush"}},
		{"tr", "Kaynaklar, Çavuşoğlu'nun Atina'yı ziyaret ederek Dendias ile bir araya gelmesinin beklendiğini belirtti.", []string{"mevlut-cavusoglu", "nikos-dendias"}},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-03-10", "Title\n\n"+c.text)
		if st, _ := statusOf(f, c.want); st != graph.StatusPlanned {
			t.Errorf("%s %q: meetings %v (%v), want one planned of %v", c.lang, c.text, allParts(f), statuses(f), c.want)
		}
	}
	f := factsOn(t, x, "en", "2021-03-10", "Title\n\nSameh Shoukry and Sabri Boukadoum were due in Geneva last June for talks with Stephanie Williams; the meeting was called off.")
	want := []string{"sameh-shoukry", "sabri-boukadoum", "stephanie-williams"}
	if st, dt := statusOf(f, want); st != graph.StatusCancelled || dt.Year != 2020 || dt.Month != 6 {
		t.Errorf("were due last June: meetings %v (%v), want one cancelled of %v in 2020-06", dated(f), statuses(f), want)
	}
}

// TestComingEventAheadOfWhichOneMet: a "next" or "upcoming" word after a
// word of looking ahead ("ahead of the upcoming conference", "en vue de
// la prochaine conférence", "in vista del prossimo vertice", "de cara a
// la próxima cumbre", "в преддверии предстоящей конференции") dates the
// conference, not the meeting told in the past; nor is "Oriente
// Próximo" (the Near East) a "next" word. A meeting told in the future
// beside such a phrase stays planned.
func TestComingEventAheadOfWhichOneMet(t *testing.T) {
	x := shipped(t)
	want := []string{"sabri-boukadoum", "sameh-shoukry"}
	held := []struct{ lang, text string }{
		{"en", "Ahead of the upcoming conference Sabri Boukadoum met Sameh Shoukry in Cairo on March 7."},
		{"fr", "En vue de la prochaine conférence, Sabri Boukadoum a rencontré Sameh Choukri au Caire le 7 mars."},
		{"it", "In vista del prossimo vertice Sabri Boukadoum ha incontrato Sameh Shoukry al Cairo il 7 marzo."},
		{"es", "De cara a la próxima cumbre, Sabri Bukadum se reunió con Sameh Shukri en El Cairo el 7 de marzo."},
		{"ru", "В преддверии предстоящей конференции Сабри Букадум 7 марта встретился в Каире с Самехом Шукри."},
		{"es", "Sabri Bukadum, acompañado del director para Oriente Próximo, se reunió con Sameh Shukri en El Cairo el 7 de marzo."},
	}
	wantStatus(t, x, held, want, graph.StatusHeld)
	planned := []struct{ lang, text string }{
		{"en", "Sabri Boukadoum is expected to meet Sameh Shoukry in Cairo ahead of the summit."},
		{"es", "Sabri Bukadum se reunirá con Sameh Shukri en El Cairo ante la cumbre."},
	}
	wantStatus(t, x, planned, want, graph.StatusPlanned)
}

// TestPastDatedMeetingKeepsALaterClausesPlan: a meeting dated to a day
// behind the paper, or "yesterday", keeps its status when a planned cue
// comes past a comma, in a clause about something else ("met X on March
// 7, urging him to back the talks before elections scheduled for
// December", "التقى … أمس، وحثه على … الانتخابات في ديسمبر المقبل", "que
// el pasado 7 de marzo había hablado por teléfono con X, viajará el
// jueves a Túnez"). A meeting told with a day still to come is planned.
func TestPastDatedMeetingKeepsALaterClausesPlan(t *testing.T) {
	x := shipped(t)
	want := []string{"sabri-boukadoum", "sameh-shoukry"}
	held := []struct{ lang, text string }{
		{"en", "Sabri Boukadoum met Sameh Shoukry in Cairo on March 7, urging him to back the talks before elections scheduled for December."},
		{"ar", "التقى صبري بوقادوم سامح شكري في القاهرة أمس، وحثه على دعم الحوار حتى إجراء الانتخابات في ديسمبر المقبل."},
		{"es", "El ministro Sabri Bukadum, que el pasado 7 de marzo había hablado por teléfono con Sameh Shukri, viajará el jueves a Túnez."},
	}
	wantStatus(t, x, held, want, graph.StatusHeld)
	f := factsOn(t, x, "en", "2021-03-10", "Title\n\nSabri Boukadoum will meet Sameh Shoukry in Cairo on March 17, before elections scheduled for December.")
	if st, _ := statusOf(f, want); st != graph.StatusPlanned {
		t.Errorf("will meet on March 17: meetings %v (%v), want one planned", allParts(f), statuses(f))
	}
}

// TestHearsayAndNextMorningAreNoPlan: German "soll" after a perfect
// infinitive ("gewesen sein soll", "bestellt haben soll") reports
// hearsay about the past, not a plan; Urdu "اگلی صبح", "اگلی شام" (the
// next morning, evening) move a told story on, as "اگلے روز" does.
func TestHearsayAndNextMorningAreNoPlan(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"de", "Im Mai 2019 empfing Sergej Schoigu in Moskau Chalifa Haftar – die Bilder des Treffens, bei dem auch ein Geschäftsmann zugegen gewesen sein soll, gingen um die Welt.", []string{"sergei-shoigu", "khalifa-haftar"}},
		{"de", "Im Mai 2019 empfing Sergej Schoigu in Moskau Chalifa Haftar – die Bilder des Treffens, bei dem Haftar Waffen bestellt haben soll, gingen um die Welt.", []string{"sergei-shoigu", "khalifa-haftar"}},
		{"ur", "اگلی صبح شکری اور بوقادوم وزارت خارجہ میں دوبارہ ملے۔", []string{"sameh-shoukry", "sabri-boukadoum"}},
		{"ur", "اگلی شام شکری نے الجزائر میں بوقادوم سے ملاقات کی۔", []string{"sameh-shoukry", "sabri-boukadoum"}},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-03-10", "Title\n\n"+c.text)
		if st, _ := statusOf(f, c.want); st != graph.StatusHeld {
			t.Errorf("%s %q: meetings %v (%v), want one held of %v", c.lang, c.text, allParts(f), statuses(f), c.want)
		}
	}
}

// TestRefusalAcrossATimePhrase: a refusal governs the infinitive after a
// time phrase, with an object pronoun after the infinitive's mark
// ("avait exclu dès la veille de le rencontrer"): no meeting, and the pair
// did not meet.
func TestRefusalAcrossATimePhrase(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"fr", "Le président turc Recep Tayyip Erdoğan a parlé de Khalifa Haftar. Il avait exclu dès dimanche de le rencontrer à Berlin."},
		{"fr", "Recep Tayyip Erdoğan avait exclu la semaine dernière de rencontrer Khalifa Haftar."},
		{"it", "Recep Tayyip Erdoğan aveva escluso già mercoledì di incontrare Khalifa Haftar a Berlino."},
		{"en", "Recep Tayyip Erdogan refused on Wednesday to meet Khalifa Haftar in Berlin."},
		{"es", "Recep Tayyip Erdogan se negó el miércoles a reunirse con Jalifa Hafter en Berlín."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-01-20", "Title\n\n"+c.text)
		if len(f.Meetings) != 0 {
			t.Errorf("%s %q: meetings %v, want none", c.lang, c.text, allParts(f))
		}
	}
}

// wantStatus checks that each text, published on 10 March 2021, tells
// exactly one meeting of want, with status st.
func wantStatus(t *testing.T, x *Extractor, cases []struct{ lang, text string }, want []string, st string) {
	t.Helper()
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-03-10", "Title\n\n"+c.text)
		if got, _ := statusOf(f, want); got != st {
			t.Errorf("%s %q: meetings %v (%v), want one %s of %v", c.lang, c.text, allParts(f), statuses(f), st, want)
		}
	}
}
