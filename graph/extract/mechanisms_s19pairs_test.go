package extract

import (
	"testing"

	"github.com/parley/parley/graph"
)

// TestPairMetEachSeparately: a pair told apart and then met "each
// separately" by a third is one meeting per member, never a meeting of
// the pair. The languages say it with an object of their own: fr "les
// reçoit chacun à part", "avec l'un et l'autre"; it "con entrambi",
// "uno alla volta"; es "con ambos", "a cada uno"; ru "каждого из них";
// tr "iki liderle" (the pair phrase with its fused "ile"); en "met with
// both separately".
func TestPairMetEachSeparately(t *testing.T) {
	x := shipped(t)
	mer := [][]string{{"angela-merkel", "fayez-al-sarraj"}, {"angela-merkel", "khalifa-haftar"}}
	con := [][]string{{"giuseppe-conte", "fayez-al-sarraj"}, {"giuseppe-conte", "khalifa-haftar"}}
	mac := [][]string{{"emmanuel-macron", "fayez-al-sarraj"}, {"emmanuel-macron", "khalifa-haftar"}}
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"fr", "Fayez al-Sarraj et Khalifa Haftar ne se sont pas rencontrés à Berlin. Angela Merkel les a reçus chacun à part à la chancellerie.", mer},
		{"fr", "Fayez al-Sarraj et Khalifa Haftar ne se sont pas croisés à Rome. Giuseppe Conte s'est entretenu séparément avec l'un et l'autre.", con},
		{"fr", "Sarraj et Haftar ne se parlent plus ; Emmanuel Macron les a reçus chacun à part à l'Élysée mardi.", mac},
		{"it", "Fayez al-Sarraj e Khalifa Haftar non si sono incontrati a Berlino. Angela Merkel ha parlato con entrambi separatamente.", mer},
		{"it", "Serraj e Haftar erano entrambi a Roma mercoledì, ma non si sono visti. Giuseppe Conte li ha ricevuti uno alla volta a Palazzo Chigi.", con},
		{"es", "Fayez al Sarraj y Jalifa Haftar no se reunieron en Berlín. Angela Merkel conversó con ambos por separado en la cancillería.", mer},
		{"es", "Sarraj y Haftar estuvieron en Roma el miércoles, pero no se vieron. Giuseppe Conte recibió a cada uno por separado.", con},
		{"ru", "Сарадж и Хафтар отказались встречаться друг с другом. Эмманюэль Макрон принял каждого из них отдельно в Елисейском дворце.", mac},
		{"tr", "Fayiz es-Serrac ile Halife Hafter Berlin'de görüşmedi. Angela Merkel, iki liderle ayrı ayrı bir araya geldi.", mer},
		{"tr", "Serrac ile Hafter Roma'da yüz yüze görüşmedi. Giuseppe Conte, Roma'da iki liderle ayrı ayrı görüştü.", con},
		{"en", "Fayez al-Sarraj and Khalifa Haftar did not meet in Paris. Emmanuel Macron met with both separately at the Elysée.", mac},
	}
	for _, c := range cases {
		wantMeetingSet(t, x, c.lang, "2020-01-25", c.text, c.want)
	}
	// "entrambi" as the subject's own word stays out of the object:
	// "erano entrambi in città … li ha ricevuti separatamente"
	wantMeetingSet(t, x, "it", "2020-01-25", "Serraj e Haftar erano entrambi a Berlino, ma non si sono mai visti. Angela Merkel li ha ricevuti separatamente.", mer)
	// "с ними … отдельно": met them apart from the others, no pair
	// ("Хафтар провёл с ними переговоры отдельно" after talks with
	// Sarraj is Haftar's own talks with the ministers)
}

// TestPairClauseAfterCancelledMeeting: a clause of its own after a comma
// whose subject is a pair phrase and whose event is of another class
// than the one told before it in the sentence ("…, but the meeting was
// called off, and the two spoke by phone instead", "…، واكتفى الرجلان
// بمكالمة هاتفية", "y ambos hombres se limitaron a una llamada") tells
// the pair's own event: the two of the event just told, not the last
// event of the sentences before, and not the cancelled meeting's status.
// With a pair clause of the same class the sentence tells one event
// ("received Sarraj, and the two leaders discussed Libya").
func TestPairClauseAfterCancelledMeeting(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"en", "A planned meeting between Luigi Di Maio and Khalid al-Mishri in Tripoli was called off, and the two spoke by phone instead.", [][]string{{"luigi-di-maio", "khalid-al-mishri"}, {"luigi-di-maio", "khalid-al-mishri"}}},
		{"ar", "وكان من المقرر أن يلتقي هايكو ماس خالد المشري في طرابلس، لكن اللقاء ألغي، واكتفى الرجلان بمكالمة هاتفية.", [][]string{{"heiko-maas", "khalid-al-mishri"}, {"heiko-maas", "khalid-al-mishri"}}},
		{"es", "La visita de Borrell a Bengasi para reunirse con Jalifa Haftar fue cancelada, y ambos hombres se limitaron a una llamada telefónica.", [][]string{{"josep-borrell", "khalifa-haftar"}, {"josep-borrell", "khalifa-haftar"}}},
		{"fr", "La rencontre entre Jean-Yves Le Drian et Aguila Saleh a été annulée, et les deux hommes se sont parlé au téléphone.", [][]string{{"jean-yves-le-drian", "aguila-saleh-issa"}, {"jean-yves-le-drian", "aguila-saleh-issa"}}},
		{"it", "L'incontro tra Luigi Di Maio e Khalid al-Mishri è stato annullato, e i due leader hanno parlato al telefono.", [][]string{{"luigi-di-maio", "khalid-al-mishri"}, {"luigi-di-maio", "khalid-al-mishri"}}},
		// (the same class: one event)
		{"en", "Erdoğan received Sarraj in Ankara on Monday, and the two leaders discussed the situation in Libya.", [][]string{{"recep-tayyip-erdogan", "fayez-al-sarraj"}}},
		{"ar", "واستقبل أردوغان السراج في أنقرة، وبحث الرجلان الوضع في ليبيا.", [][]string{{"recep-tayyip-erdogan", "fayez-al-sarraj"}}},
	}
	for _, c := range cases {
		wantMeetingSet(t, x, c.lang, "2020-01-25", c.text, c.want)
	}
	// the call is held, not cancelled with the meeting before its comma
	f := factsOn(t, x, "ar", "2020-01-25", "Title\n\nوكان من المقرر أن يزور صبري بوقدوم القبة للقاء عقيلة صالح، غير أن الزيارة ألغيت في اللحظة الأخيرة، واكتفى الطرفان باتصال هاتفي.")
	calls := 0
	for _, m := range f.Meetings {
		if m.Mode == graph.ModeCall {
			calls++
			if m.Status != graph.StatusHeld || !sameParts(participants(m), []string{"sabri-boukadoum", "aguila-saleh-issa"}) {
				t.Errorf("call %v %s, want Boukadoum and Saleh's, held", participants(m), m.Status)
			}
		}
	}
	if calls != 1 {
		t.Errorf("calls %d in %v, want 1", calls, allParts(f))
	}
}

// TestPairNamedInTheSentenceBefore: a pair phrase naming no one before
// it stands for the two people the sentence right before names, when
// that sentence tells no event and no speech ("Erdoğan received Sarraj
// … . Meanwhile Lavrov was courting Aguila Saleh. The two met in Moscow
// on Friday"): the two last named together are nearer than the heads of
// the event told two sentences back. One who speaks and one he speaks of
// are no such pair.
func TestPairNamedInTheSentenceBefore(t *testing.T) {
	x := shipped(t)
	es := []string{"recep-tayyip-erdogan", "fayez-al-sarraj"}
	la := []string{"sergey-lavrov", "aguila-saleh-issa"}
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"en", "Erdoğan received Sarraj in Ankara on Monday. Meanwhile Sergey Lavrov was courting Aguila Saleh. The two met in Moscow on Friday.", [][]string{es, la}},
		{"fr", "Erdoğan a reçu Sarraj lundi à Ankara. Sergueï Lavrov, lui, courtise Aguila Saleh depuis des mois. Les deux hommes se sont vus vendredi à Moscou.", [][]string{es, la}},
		{"es", "Erdogan recibió a Sarraj el lunes en Ankara. Serguéi Lavrov, por su parte, lleva meses cortejando a Aguila Saleh. Los dos se reunieron el viernes en Moscú.", [][]string{es, la}},
		{"it", "Erdoğan ha ricevuto Serraj lunedì ad Ankara. Sergej Lavrov corteggia da mesi Aguila Saleh. I due si sono incontrati venerdì a Mosca.", [][]string{es, la}},
		{"de", "Erdoğan empfing Sarradsch am Montag in Ankara. Sergej Lawrow umwirbt seit Monaten Aguila Saleh. Die beiden trafen sich am Freitag in Moskau.", [][]string{es, la}},
		{"ar", "واستقبل أردوغان السراج في أنقرة يوم الاثنين. ويسعى سيرغي لافروف منذ أشهر إلى كسب ود عقيلة صالح. والتقى الرجلان في موسكو يوم الجمعة.", [][]string{es, la}},
		{"ur", "اردوان نے پیر کو انقرہ میں سراج سے ملاقات کی۔ سرگئی لاوروف کئی ماہ سے عقیلہ صالح کو منانے کی کوشش کر رہے ہیں۔ دونوں رہنماؤں نے جمعہ کو ماسکو میں ملاقات کی۔", [][]string{es, la}},
		// (a speaker and the one he speaks of: the pair of the event)
		{"en", "Erdoğan received Sarraj in Ankara on Monday. Sarraj said Haftar had to withdraw his forces. The two leaders also met in Istanbul in November.", [][]string{es, es}},
	}
	for _, c := range cases {
		wantMeetingSet(t, x, c.lang, "2020-01-25", c.text, c.want)
	}
}
