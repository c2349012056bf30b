package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/parley/parley/graph"
)

// Session 18, lead: sentences written for the probe, not copied from any
// gold text.

// TestFrontedCallSpeakerAndAddressee: a phrase that opens the sentence
// with a call (or a meeting) and names no one, then a speaker right before
// a speech verb and the one spoken to after it ("In a telephone call,
// Norland told Haftar that …"), is that call between the two: the name
// after the verb is the addressee, not an inverted speaker who reports
// the call. Whoever the phrase itself names, or a speaker set off by a
// comma, keeps the old reading.
func TestFrontedCallSpeakerAndAddressee(t *testing.T) {
	x := shipped(t)
	nh := []string{"khalifa-haftar", "richard-norland"}
	pe := []string{"recep-tayyip-erdogan", "vladimir-putin"}
	me := []string{"emmanuel-macron", "recep-tayyip-erdogan"}
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"en", "In a telephone call, Richard Norland told Khalifa Haftar that the blockade had cost Libyans billions.", [][]string{nh}},
		{"en", "In a phone call on Monday, Richard Norland urged Khalifa Haftar to end the blockade.", [][]string{nh}},
		{"en", "In their phone call, Vladimir Putin told Recep Tayyip Erdogan that Russia backs the truce.", [][]string{pe}},
		{"fr", "Lors d'un entretien téléphonique lundi, Emmanuel Macron a dit à Recep Tayyip Erdogan que la trêve devait tenir.", [][]string{me}},
		{"it", "In una telefonata, Luigi Di Maio ha detto a Najla Mangoush che l'Italia è pronta.", [][]string{{"luigi-di-maio", "najla-mangoush"}}},
		{"es", "En una conversación telefónica, Pedro Sánchez dijo a Fayez al Sarraj que España apoya el proceso.", [][]string{{"fayez-al-sarraj", "pedro-sanchez"}}},
		{"ru", "Во время телефонного разговора Сергей Лавров заверил Мевлюта Чавушоглу, что Москва поддерживает перемирие.", [][]string{{"mevlut-cavusoglu", "sergey-lavrov"}}},
		// (no addressee named: a speaker alone is no call)
		{"en", "In a phone call, the spokesman told reporters that Khalifa Haftar would not attend.", nil},
		{"en", "In a telephone interview, Ahmed al-Mismari told reporters that the army would advance.", nil},
	}
	for _, c := range cases {
		wantPartSets(t, x, c.lang, c.text, c.want)
		for _, m := range factsOf(t, x, c.lang, c.text).Meetings {
			if m.Mode != graph.ModeCall && m.Mode != graph.ModeVideo {
				t.Errorf("%s %q: mode %s, want a call", c.lang, c.text, m.Mode)
			}
		}
	}
}

// TestReportedClauseDatesNothing: a date inside what a speech verb after
// the trigger reports ("told Haftar in a call that the shutdown, which
// began in January, …") is the reported clause's, not the call's; a
// reported clause that tells an event of its own keeps its date (see
// it_draghi_tripoli_2 in dev: "ha annunciato che a maggio sarà a Roma per un
// nuovo incontro").
func TestReportedClauseDatesNothing(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text, want string
	}{
		{"en", "Richard Norland told Khalifa Haftar in a telephone call that the shutdown, which began in January, had cost billions.", ""},
		{"fr", "Emmanuel Macron a assuré à Recep Tayyip Erdogan lors d'un entretien téléphonique que la trêve conclue en janvier devait tenir.", ""},
		{"en", "Richard Norland told Khalifa Haftar in a telephone call on 14 September that the shutdown had cost billions.", "2020-09-14"},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-09-20", c.text)
		if len(f.Meetings) == 0 {
			t.Errorf("%s %q: no meeting", c.lang, c.text)
			continue
		}
		if got := f.Meetings[0].Date.String(); got != c.want {
			t.Errorf("%s %q: date %q, want %q", c.lang, c.text, got, c.want)
		}
	}
}

// TestHeldInThePresenceOfJoins: "the talks took place in the presence of
// X" right after a meeting is told adds X to it, in each language's own
// words for a meeting that happened before someone (`join`: "s'est
// déroulé en présence du", "si è svolto alla presenza del", "se
// desarrolló en presencia del", "fand im Beisein von"); it is no second
// meeting of the visitor with X.
func TestHeldInThePresenceOfJoins(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, first, second string
		want                []string
	}{
		{"en", "Turkish Foreign Minister Mevlut Cavusoglu met Fayez al-Sarraj in Tripoli on Thursday.", "The talks took place in the presence of Interior Minister Fathi Bashagha.", []string{"fathi-bashagha", "fayez-al-sarraj", "mevlut-cavusoglu"}},
		{"it", "Il ministro degli Esteri Luigi Di Maio ha incontrato giovedì a Tripoli il premier Fayez al-Sarraj.", "Il colloquio si è svolto alla presenza del ministro dell'Interno Fathi Bashagha.", []string{"fathi-bashagha", "fayez-al-sarraj", "luigi-di-maio"}},
		{"es", "El canciller turco Mevlut Cavusoglu se reunió el jueves en Trípoli con Fayez al Sarraj.", "El encuentro se desarrolló en presencia del ministro del Interior, Fathi Bashagha.", []string{"fathi-bashagha", "fayez-al-sarraj", "mevlut-cavusoglu"}},
		{"de", "Außenminister Heiko Maas traf am Donnerstag in Tripolis den Regierungschef Fayez al-Sarradsch.", "Das Gespräch fand im Beisein von Innenminister Fathi Baschagha statt.", []string{"fathi-bashagha", "fayez-al-sarraj", "heiko-maas"}},
		{"fr", "Le ministre algérien des Affaires étrangères, Sabri Boukadoum, a été reçu jeudi à Benghazi par le maréchal Khalifa Haftar.", "Côté libyen, l'entretien s'est déroulé en présence du ministre de l'Intérieur, Fathi Bachagha.", []string{"fathi-bashagha", "khalifa-haftar", "sabri-boukadoum"}},
	}
	for _, c := range cases {
		wantPartSets(t, x, c.lang, c.first+"\n\n"+c.second, [][]string{c.want})
	}
}

// TestGermanPronounBeforeClauseFinalVerb: "Dort wollte er am Abend mit dem
// türkischen Außenminister Çavuşoğlu zusammentreffen": the German verb
// closes its clause after its objects, so the one name before it is the
// partner, and the subject pronoun before that name stands for the
// traveller of the sentence before.
func TestGermanPronounBeforeClauseFinalVerb(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		text string
		want []string
	}{
		{"Heiko Maas flog am Montag nach Ankara. Dort wollte er am Abend mit dem türkischen Außenminister Mevlüt Çavuşoğlu zusammentreffen.", []string{"heiko-maas", "mevlut-cavusoglu"}},
		{"Heiko Maas flog am Montag nach Ankara. Am Abend hat er mit dem türkischen Außenminister Mevlüt Çavuşoğlu gesprochen.", []string{"heiko-maas", "mevlut-cavusoglu"}},
		{"Der UN-Sondergesandte Ghassan Salamé reist von Berlin aus nach Kairo weiter. Dort wird er am Donnerstag mit dem ägyptischen Außenminister Samih Schukri zusammentreffen, hieß es aus Diplomatenkreisen.", []string{"ghassan-salame", "sameh-shoukry"}},
	}
	for _, c := range cases {
		wantPartSets(t, x, "de", c.text, [][]string{c.want})
	}
}

// TestTurkishVerbalNounOfMeeting: "X ile Y'nin … bir araya gelmesiyle",
// "bir araya gelmesinin ardından": the verbal noun of "bir araya gelmek"
// takes any case ending and is the two's meeting, unless a verb of not
// allowing or preventing governs it.
func TestTurkishVerbalNounOfMeeting(t *testing.T) {
	x := shipped(t)
	pe := []string{"recep-tayyip-erdogan", "vladimir-putin"}
	cases := []struct {
		text string
		want [][]string
	}{
		{"Süreç, Cumhurbaşkanı Recep Tayyip Erdoğan ile Rusya Devlet Başkanı Vladimir Putin'in 8 Ocak 2020'de İstanbul'da bir araya gelmesiyle başladı.", [][]string{pe}},
		{"Erdoğan ile Putin'in İstanbul'da bir araya gelmesinin ardından ateşkes ilan edildi.", [][]string{pe}},
		{"Rusya, Hafter ile Serrac'ın bir araya gelmesine izin vermedi.", nil},
		{"Putin, Hafter ile Serrac'ın bir araya gelmesini engelledi.", nil},
	}
	for _, c := range cases {
		wantPartSets(t, x, "tr", c.text, c.want)
	}
}

// TestLaterClauseTravellerTravelsAlone: a later clause of the sentence
// whose trip verb has its own subject named before it ("… görüşmesinden
// sonra Hafter Moskova'ya gitti") is that person's trip alone; the
// earlier clause's people did not come along.
func TestLaterClauseTravellerTravelsAlone(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		text string
		want [][]string
	}{
		{"Lavrov ile Çavuşoğlu'nun Soçi'de bir araya gelmesinden sonra Hafter Moskova'ya gitti.", [][]string{{"mevlut-cavusoglu", "sergey-lavrov"}}},
		{"Lavrov ile Çavuşoğlu'nun Soçi'deki görüşmesinden sonra Hafter Moskova'ya gitti.", [][]string{{"mevlut-cavusoglu", "sergey-lavrov"}}},
		{"Erdoğan'ın Putin ile İstanbul'daki görüşmesinin ardından Serrac Brüksel'e gitti.", [][]string{{"recep-tayyip-erdogan", "vladimir-putin"}}},
	}
	for _, c := range cases {
		wantPartSets(t, x, "tr", c.text, c.want)
	}
}

// TestSigningVerbParadigm: the `sign` verbs cover each language's tenses,
// synonyms ("rubricaron", "suscribieron", "hanno siglato", "ont paraphé",
// "inked") and the relative participle ("imzaladıkları mutabakat", "el
// memorando que X e Y rubricaron"): two people who sign something
// together met. One person signing, or a future signing, is not a held
// meeting of two.
func TestSigningVerbParadigm(t *testing.T) {
	x := shipped(t)
	ds := []string{"nikos-dendias", "sameh-shoukry"}
	es := []string{"fayez-al-sarraj", "recep-tayyip-erdogan"}
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"es", "El memorando que Recep Tayyip Erdogan y Fayez al Sarraj rubricaron el 27 de noviembre en Estambul trazó una frontera.", [][]string{es}},
		{"es", "Nikos Dendias y Sameh Shukri suscribieron el acuerdo en El Cairo.", [][]string{ds}},
		{"it", "Nikos Dendias e Sameh Shoukry hanno siglato l'accordo al Cairo.", [][]string{ds}},
		{"it", "L'intesa che Erdogan e Sarraj avevano firmato a Istanbul è contestata.", [][]string{es}},
		{"fr", "Nikos Dendias et Sameh Choukri ont paraphé l'accord au Caire.", [][]string{ds}},
		{"tr", "Erdoğan ile Serrac'ın İstanbul'da imzaladıkları mutabakat tartışılıyor.", [][]string{es}},
		{"en", "Nikos Dendias and Sameh Shoukry inked the deal in Cairo.", [][]string{ds}},
		{"de", "Fayez al-Sarradsch unterschrieb das Papier, Khalifa Haftar reiste ab.", nil},
	}
	for _, c := range cases {
		wantPartSets(t, x, c.lang, c.text, c.want)
	}
	f := factsOf(t, x, "es", "Nikos Dendias y Sameh Shukri firmarán el acuerdo en El Cairo.")
	if len(f.Meetings) != 1 || f.Meetings[0].Status != graph.StatusPlanned {
		t.Errorf("es future signing: %+v, want one planned meeting", f.Meetings)
	}
}

// TestConsultationsAndDiscussions: consultations and discussions held
// with someone, and huddling or getting together with him, are talks.
func TestConsultationsAndDiscussions(t *testing.T) {
	x := shipped(t)
	ls := []string{"aguila-saleh-issa", "sergey-lavrov"}
	cases := []struct{ lang, text string }{
		{"en", "Sergey Lavrov held consultations with Aguila Saleh in Moscow."},
		{"en", "Sergey Lavrov huddled with Aguila Saleh in Moscow."},
		{"en", "Sergey Lavrov got together with Aguila Saleh in Moscow."},
		{"fr", "Sergueï Lavrov a eu des discussions avec Aguila Saleh à Moscou."},
		{"fr", "Sergueï Lavrov a tenu des consultations avec Aguila Saleh à Moscou."},
	}
	for _, c := range cases {
		wantPartSets(t, x, c.lang, c.text, [][]string{ls})
	}
}

// TestCallVerbTensesAndNameParticles: the call verbs of fr it es in the
// imperfect and pluperfect ("appelait", "avait appelé", "aveva chiamato",
// "había llamado") phone someone; "appeler à", "avaient appelé ensemble
// à" still urge. A particle inside a name ("Fayez al Sarraj", "al-Sarraj")
// is no preposition opening what is urged.
func TestCallVerbTensesAndNameParticles(t *testing.T) {
	x := shipped(t)
	lm := []string{"heiko-maas", "sergey-lavrov"}
	cs := []string{"fayez-al-sarraj", "giuseppe-conte"}
	ps := []string{"fayez-al-sarraj", "pedro-sanchez"}
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"fr", "Sergueï Lavrov appelait Heiko Maas pour l'assurer que Moscou n'avait pas renoncé.", [][]string{lm}},
		{"fr", "Sergueï Lavrov avait appelé Heiko Maas lundi.", [][]string{lm}},
		{"fr", "Vladimir Poutine et Recep Tayyip Erdogan avaient appelé ensemble à un cessez-le-feu.", nil},
		{"it", "Giuseppe Conte aveva chiamato Fayez al-Sarraj lunedì.", [][]string{cs}},
		{"it", "Giuseppe Conte ha chiamato Fayez al-Sarraj lunedì.", [][]string{cs}},
		{"es", "Pedro Sánchez llamó a Fayez al Sarraj el lunes.", [][]string{ps}},
		{"es", "Pedro Sánchez había llamado a Fayez al Sarraj.", [][]string{ps}},
		{"es", "Pedro Sánchez llamó a Fayez al Sarraj al diálogo.", nil},
	}
	for _, c := range cases {
		wantPartSets(t, x, c.lang, c.text, c.want)
	}
}

// TestGivenNameOpensUnknownPerson: a common given name (words.yaml
// `given_names`) followed by capitalised words no lexicon entry covers is
// an unknown person, with or without a title the lexicon knows ("Con lei
// c'erano il capo della Polizia, Lamberto Giannini, e il prefetto Carlo
// Ruggeri"); the given names of a listed person ("Abdel Hamid Dbeibah",
// "Абдель Фаттахом ас-Сиси") and a given name alone are none.
func TestGivenNameOpensUnknownPerson(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want, not  []string
	}{
		{"it", "Con lei c'erano il capo della Polizia, Lamberto Giannini, e il prefetto Carlo Ruggeri.", []string{"Lamberto Giannini", "Carlo Ruggeri"}, nil},
		{"de", "Ihn begleiteten dessen Stellvertreter Hamid al-Zawi und Salem Bughrara.", []string{"Hamid al-Zawi", "Salem Bughrara"}, nil},
		{"en", "Also present was Paolo Fedele, Eni's head of North Africa.", []string{"Paolo Fedele"}, nil},
		{"fr", "Emmanuel Macron s'est entretenu avec Abdel Hamid Dbeibah.", nil, []string{"Abdel Hamid"}},
		{"ru", "Путин провёл переговоры с Абдель Фаттахом ас-Сиси.", nil, []string{"Абдель Фаттах"}},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		var names []string
		for _, a := range f.Actors {
			names = append(names, a.Name)
		}
		for _, w := range c.want {
			if !slices.Contains(names, w) {
				t.Errorf("%s %q: actors %v, want %s", c.lang, c.text, names, w)
			}
		}
		for _, w := range c.not {
			for _, n := range names {
				if strings.HasPrefix(n, w) {
					t.Errorf("%s %q: actor %s, want none named %s", c.lang, c.text, n, w)
				}
			}
		}
	}
}

// TestFrenchObjectCliticBeforeVerb: "le"/"la"/"les" before a receiving or
// meeting verb in any tense ("Haftar le recevra mardi", "doit le
// recevoir") stands for the traveller of the sentence before; the
// meeting noun "la rencontre" is no clitic.
func TestFrenchObjectCliticBeforeVerb(t *testing.T) {
	x := shipped(t)
	hd := []string{"khalifa-haftar", "luigi-di-maio"}
	lead := "Luigi Di Maio s'est rendu lundi à Benghazi. "
	cases := []struct {
		text string
		want [][]string
	}{
		{lead + "Khalifa Haftar le recevra mardi.", [][]string{hd}},
		{lead + "Khalifa Haftar le reçoit mardi.", [][]string{hd}},
		{lead + "Khalifa Haftar le rencontrera mardi.", [][]string{hd}},
		{lead + "Khalifa Haftar doit le recevoir mardi.", [][]string{hd}},
	}
	for _, c := range cases {
		wantPartSets(t, x, "fr", c.text, c.want)
	}
}

// TestTalkPartnerAfterHisCountry: a country named in the partner's title
// after the talk's "with" ("with Turkey's Mevlut Cavusoglu") is no partner
// the talk stops at; the person after it is (a merge fix of session 18).
func TestTalkPartnerAfterHisCountry(t *testing.T) {
	x := shipped(t)
	wantPartSets(t, x, "en", "Sergey Lavrov discussed Libya with Turkey's Mevlut Cavusoglu in Moscow on Monday.", [][]string{{"sergey-lavrov", "mevlut-cavusoglu"}})
	wantPartSets(t, x, "en", "In Moscow on Monday, Sergey Lavrov discussed the ceasefire with his Turkish counterpart Mevlut Cavusoglu.", [][]string{{"sergey-lavrov", "mevlut-cavusoglu"}})
}
