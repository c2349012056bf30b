package extract

import (
	"slices"
	"testing"
)

// Mechanisms of session 12 for one wrong partner of a meeting in en fr
// it es de.

// partnerCase is a text with a meeting it must tell (want) and one it
// must not (wrong, nil for none).
type partnerCase struct {
	lang, text  string
	want, wrong []string
}

func wantPartners(t *testing.T, cases []partnerCase) {
	t.Helper()
	x := shipped(t)
	for _, c := range cases {
		ms := allParts(factsOf(t, x, c.lang, "Title\n\n"+c.text))
		if !slices.ContainsFunc(ms, func(ps []string) bool { return sameParts(ps, c.want) }) || c.wrong != nil && slices.ContainsFunc(ms, func(ps []string) bool { return sameParts(ps, c.wrong) }) {
			t.Errorf("%s %q: meetings %v, want %v and not %v", c.lang, c.text, ms, c.want, c.wrong)
		}
	}
}

// TestPlannedMeetingPhraseHasNoOwner: "un colloquio con X", "l'entretien
// avec X", "una reunión con X", "ein Treffen mit X", "a meeting with X"
// are phrase triggers of the verb class that open with a meeting noun;
// planned or called off with no one whose it is, the meeting is the one
// the story follows (in German and English when the sentence before is
// about a country, not a person), not the last sentence's subject.
func TestPlannedMeetingPhraseHasNoOwner(t *testing.T) {
	wantPartners(t, []partnerCase{
		{"it", "Luigi Di Maio è arrivato lunedì a Tunisi, dove Di Maio ha incontrato il ministro Othman Jerandi. Di Maio ha poi visitato il porto. Jerandi ha parlato di migranti e di energia. Un colloquio con il presidente Kais Saied, previsto in serata, è stato annullato.",
			[]string{"luigi-di-maio", "kais-saied"}, []string{"othman-jerandi", "kais-saied"}},
		{"fr", "Jean-Yves Le Drian est arrivé lundi à Alger. Le Drian a rencontré son homologue Sabri Boukadoum au ministère. Boukadoum a évoqué la situation à la frontière. Un entretien avec le président Abdelmadjid Tebboune, prévu mardi, a été reporté.",
			[]string{"jean-yves-le-drian", "abdelmadjid-tebboune"}, []string{"sabri-boukadoum", "abdelmadjid-tebboune"}},
		{"es", "Josep Borrell llegó el lunes a Trípoli. Borrell se reunió con Mohamed al Menfi en la sede del Consejo Presidencial. Menfi pidió apoyo para las elecciones. Una reunión con el primer ministro Abdul Hamid Dbeibah, prevista por la tarde, fue cancelada.",
			[]string{"josep-borrell", "abdul-hamid-dbeibah"}, []string{"mohamed-al-menfi", "abdul-hamid-dbeibah"}},
		{"de", "Heiko Maas ist am Montag in Kairo eingetroffen. Maas traf dort Außenminister Sameh Schukri. Ägypten unterstützt seit Jahren die Gespräche. Ein für Dienstag geplantes Treffen mit Präsident Abdel Fattah al-Sisi wurde abgesagt.",
			[]string{"heiko-maas", "abdel-fattah-el-sisi"}, []string{"egypt", "abdel-fattah-el-sisi"}},
		{"en", "Richard Norland arrived in Tripoli on Monday. Norland met Khalid al-Mishri at the council's headquarters. The United States has backed the talks for months. A planned meeting with Fathi Bashagha was called off at the last minute.",
			[]string{"richard-norland", "fathi-bashagha"}, []string{"united-states", "fathi-bashagha"}},
	})
}

// TestWentOnToMeetIsNoSpeech: "went on" is a speech verb ("he went on:
// …"), but with a meeting verb as its infinitive ("went on to see X",
// "went on to meet X") it reports nothing, and X is the partner, not a
// speaker left out of the meeting.
func TestWentOnToMeetIsNoSpeech(t *testing.T) {
	wantPartners(t, []partnerCase{
		{"en", "Antony Blinken landed in Tripoli on Monday. The two men held talks in the morning before Blinken went on to see Najla Mangoush at her office.",
			[]string{"antony-blinken", "najla-mangoush"}, nil},
		{"en", "Sameh Shoukry arrived in Benghazi on Sunday. The delegations held talks for an hour before Shoukry went on to meet Khalifa Haftar, the head of the Libyan National Army, at his base.",
			[]string{"sameh-shoukry", "khalifa-haftar"}, []string{"sameh-shoukry", "libyan-national-army"}},
	})
}

// TestRelativeClauseAfterTheSubject: a relative clause set off by commas
// between the subject and its verb ("Le président algérien, qu'Erdogan
// avait appelé la veille, a reçu X", "The secretary of state, whom Lavrov
// had called, met X", "Der Außenminister, der zuvor mit Lawrow gesprochen
// hatte, traf X") describes the subject: a name in it is neither the
// title's holder nor at the event the verb tells, nor is a place in it
// where that event was.
func TestRelativeClauseAfterTheSubject(t *testing.T) {
	wantPartners(t, []partnerCase{
		{"fr", "Élu en 2019, Abdelmadjid Tebboune a fait de la Libye une priorité. Le président algérien, qu'Erdogan avait appelé la veille, a reçu mardi Fayez al-Sarraj au palais d'El Mouradia.",
			[]string{"abdelmadjid-tebboune", "fayez-al-sarraj"}, []string{"recep-tayyip-erdogan", "fayez-al-sarraj"}},
		{"fr", "Élu en 2019, Abdelmadjid Tebboune a fait de la Libye une priorité. Le président algérien, qui connaissait bien Emmanuel Macron, a reçu mardi Fayez al-Sarraj au palais d'El Mouradia.",
			[]string{"abdelmadjid-tebboune", "fayez-al-sarraj"}, []string{"abdelmadjid-tebboune", "emmanuel-macron", "fayez-al-sarraj"}},
		{"es", "Josep Borrell llegó el lunes a Trípoli. Borrell, que venía de Roma con el embajador Nicolás Pascual de la Parte, fue recibido por Abdul Hamid Dbeibah en la sede del Gobierno.",
			[]string{"josep-borrell", "abdul-hamid-dbeibah"}, nil},
		{"it", "Mario Draghi è arrivato martedì a Tripoli. Draghi, che domenica aveva discusso a lungo con Emmanuel Macron, ha incontrato Abdul Hamid Dbeibah nella sede del governo.",
			[]string{"mario-draghi", "abdul-hamid-dbeibah"}, []string{"mario-draghi", "emmanuel-macron", "abdul-hamid-dbeibah"}},
		{"en", "Antony Blinken arrived in Tripoli on Monday. Blinken, who had spent the weekend with Mario Draghi in Rome, met Abdul Hamid Dbeibah at his office.",
			[]string{"antony-blinken", "abdul-hamid-dbeibah"}, []string{"antony-blinken", "mario-draghi", "abdul-hamid-dbeibah"}},
		{"de", "Heiko Maas ist am Montag in Tripolis eingetroffen. Maas, der zuvor Sergej Lawrow in Moskau besucht hatte, traf Abdul Hamid Dbeibah im Regierungssitz.",
			[]string{"heiko-maas", "abdul-hamid-dbeibah"}, []string{"heiko-maas", "sergey-lavrov", "abdul-hamid-dbeibah"}},
	})
}

// TestPronounSkipsACountrySubject: a subject pronoun ("he", "il", "er")
// or a dropped subject stands for a person; when the sentence before is
// about a country ("The Egyptians were easy to convince", "L'Algérie a
// salué la visite"), it is the person the story follows, not the country.
func TestPronounSkipsACountrySubject(t *testing.T) {
	wantPartners(t, []partnerCase{
		{"en", "Jean-Yves Le Drian has made Libya a priority. Le Drian flew to Cairo in January. Egypt was easy to convince. The call he placed to Mevlüt Çavuşoğlu in June was icy.",
			[]string{"jean-yves-le-drian", "mevlut-cavusoglu"}, []string{"egypt", "mevlut-cavusoglu"}},
		{"fr", "Jean-Yves Le Drian est arrivé lundi à Alger. Le Drian a vu le président Abdelmadjid Tebboune. « Nous saluons l'engagement de l'Algérie », a-t-il dit. Il s'est ensuite entretenu au téléphone avec Josep Borrell.",
			[]string{"jean-yves-le-drian", "josep-borrell"}, []string{"algeria", "josep-borrell"}},
		{"de", "Heiko Maas reiste am Montag nach Kairo. Maas traf dort Sameh Schukri. Ägypten lobte den Besuch. Am Abend telefonierte er mit Josep Borrell.",
			[]string{"heiko-maas", "josep-borrell"}, []string{"egypt", "josep-borrell"}},
		{"es", "Josep Borrell llegó el lunes a Argel. Borrell se reunió con el presidente Abdelmadjid Tebboune. Argelia celebró la visita. Habló después por teléfono con Heiko Maas.",
			[]string{"josep-borrell", "heiko-maas"}, []string{"algeria", "heiko-maas"}},
	})
}

// TestPremierAndRulerDescriptions: "the Libyan premier" is a prime
// minister of that country like "the Libyan prime minister", and "der
// ostlibysche Machthaber" is Haftar once the article named him: the guest
// or subject so described takes part, not the last sentence's subject.
func TestPremierAndRulerDescriptions(t *testing.T) {
	wantPartners(t, []partnerCase{
		{"en", "Abdul Hamid Dbeibah took office in March. Mario Draghi was the first to visit him. A week later the Libyan premier flew to Paris for talks with Emmanuel Macron.",
			[]string{"abdul-hamid-dbeibah", "emmanuel-macron"}, []string{"mario-draghi", "emmanuel-macron"}},
		{"en", "Mario Draghi took office in February. The Italian premier met Kais Saied in Tunis on Monday.",
			[]string{"mario-draghi", "kais-saied"}, nil},
		{"de", "Chalifa Haftar kontrolliert den Osten Libyens. Außenminister Sameh Schukri reiste nach Athen. Am Montag empfing Präsident Abdel Fattah al-Sisi den ostlibyschen Machthaber in Kairo.",
			[]string{"abdel-fattah-el-sisi", "khalifa-haftar"}, []string{"sameh-shoukry", "abdel-fattah-el-sisi"}},
	})
}

// TestTypedPairFitsItsTitle: "the two foreign ministers", "les deux
// Premiers ministres", "die beiden Regierungschefs" are the last two
// named whose office the title fits, when the heads of the last event
// told do not all fit it (a defence minister is no foreign minister).
func TestTypedPairFitsItsTitle(t *testing.T) {
	wantPartners(t, []partnerCase{
		{"en", "Sergey Lavrov and Defence Minister Sergei Shoigu were due in Istanbul on Sunday for talks with Mevlüt Çavuşoğlu. The trip was postponed a few hours before their arrival. The two foreign ministers spoke by phone in the evening.",
			[]string{"sergey-lavrov", "mevlut-cavusoglu"}, []string{"sergey-lavrov", "sergei-shoigu"}},
		{"fr", "Abdul Hamid Dbeibah est arrivé lundi au Caire, où l'attendait Moustafa Madbouli. Sameh Choukri a reçu Najla al-Mangoush au ministère. La journée s'est achevée par un tête-à-tête entre les deux Premiers ministres.",
			[]string{"abdul-hamid-dbeibah", "mostafa-madbouly"}, nil},
		{"de", "Abdul Hamid Dbeibah ist am Montag in Kairo eingetroffen, wo ihn Mostafa Madbuli erwartete. Sameh Schukri empfing Nadschla al-Mangusch im Ministerium. Am Abend trafen die beiden Regierungschefs zu einem Essen zusammen.",
			[]string{"abdul-hamid-dbeibah", "mostafa-madbouly"}, nil},
	})
}

// TestTalkThenDayThenPhone: a talk verb and the telephone after a short
// time phrase ("conversó el domingo por teléfono con X", "spoke on
// Tuesday by phone with X", "ha parlato martedì al telefono con X") are
// one call of the subject with X, not a call of X alone with what an
// apposition after X names.
func TestTalkThenDayThenPhone(t *testing.T) {
	wantOnlyModes(t, shipped(t), []modeCase{
		{"es", "Josep Borrell conversó el martes por teléfono con el primer ministro Abdul Hamid Dbeibah, principal aliado de Turquía en Trípoli.", []string{"josep-borrell", "abdul-hamid-dbeibah"}, "call"},
		{"en", "Antony Blinken spoke on Tuesday by phone with Abdul Hamid Dbeibah, a close ally of Turkey.", []string{"antony-blinken", "abdul-hamid-dbeibah"}, "call"},
		{"it", "Luigi Di Maio ha parlato martedì al telefono con Sameh Shoukry, stretto alleato della Francia.", []string{"luigi-di-maio", "sameh-shoukry"}, "call"},
		{"fr", "Jean-Yves Le Drian a parlé mardi au téléphone avec Sameh Choukri, proche allié de l'Italie.", []string{"jean-yves-le-drian", "sameh-shoukry"}, "call"},
	})
}

// TestRelativeClauseNamesItsSubject: "La réunion des voisins, où X devait
// recevoir Y, a été reportée", "the conference, where X was to host Y,
// was postponed": the person between the relative pronoun and the verb
// is the verb's subject, not a partner of the meeting noun before it.
func TestRelativeClauseNamesItsSubject(t *testing.T) {
	wantPartners(t, []partnerCase{
		{"fr", "Sabri Boukadoum a reçu lundi Jean-Yves Le Drian à Alger. La réunion des voisins de la Libye, où Luigi Di Maio devait recevoir Khalifa Haftar, a été reportée.",
			[]string{"luigi-di-maio", "khalifa-haftar"}, []string{"libya", "khalifa-haftar"}},
		{"en", "Sabri Boukadoum received Jean-Yves Le Drian in Algiers on Monday. The meeting of Libya's neighbours, where Luigi Di Maio was to host Khalifa Haftar, was postponed.",
			[]string{"luigi-di-maio", "khalifa-haftar"}, []string{"luigi-di-maio", "libya"}},
		{"it", "Sabri Boukadoum ha ricevuto lunedì Jean-Yves Le Drian ad Algeri. La riunione dei vicini della Libia, dove Luigi Di Maio doveva ricevere Khalifa Haftar, è stata rinviata.",
			[]string{"luigi-di-maio", "khalifa-haftar"}, []string{"libya", "khalifa-haftar"}},
		{"es", "Sabri Boukadoum recibió el lunes a Jean-Yves Le Drian en Argel. La reunión de los vecinos de Libia, donde Luigi Di Maio debía recibir a Jalifa Haftar, fue aplazada.",
			[]string{"luigi-di-maio", "khalifa-haftar"}, []string{"libya", "khalifa-haftar"}},
	})
}

// TestPremisesAreNoParty: an organisation named right after "at the
// headquarters of", "au siège de", "nella sede di", "en la sede de", "am
// Sitz der" is where the meeting was, not one of its parties.
func TestPremisesAreNoParty(t *testing.T) {
	wantPartners(t, []partnerCase{
		{"es", "Sameh Shoukry llegó el lunes a El Cairo. Al día siguiente fue recibido por Khalid al-Mishri en la sede de la Liga Árabe.",
			[]string{"sameh-shoukry", "khalid-al-mishri"}, []string{"khalid-al-mishri", "arab-league"}},
		{"en", "Sameh Shoukry met Khalid al-Mishri at the headquarters of the Arab League on Tuesday.",
			[]string{"sameh-shoukry", "khalid-al-mishri"}, nil},
		{"fr", "Sameh Choukri a rencontré mardi Khalid al-Mishri au siège de la Ligue arabe.",
			[]string{"sameh-shoukry", "khalid-al-mishri"}, nil},
		{"it", "Sameh Shoukry ha incontrato martedì Khalid al-Mishri nella sede della Lega araba.",
			[]string{"sameh-shoukry", "khalid-al-mishri"}, nil},
		{"de", "Sameh Schukri traf am Dienstag Khalid al-Mishri am Sitz der Arabischen Liga.",
			[]string{"sameh-shoukry", "khalid-al-mishri"}, nil},
	})
}

// TestTimeOpensADroppedSubject: an Italian or Spanish sentence that opens
// with a time phrase and then its verb ("Nel pomeriggio ha avuto un
// colloquio con X, prima di una cena con Y", "Por la tarde se reunió con
// X, antes de una cena con Y") dropped its subject: the one the sentence
// before was about meets X and Y, X does not meet Y.
func TestTimeOpensADroppedSubject(t *testing.T) {
	wantPartners(t, []partnerCase{
		{"it", "Luigi Di Maio è arrivato lunedì a Tripoli, accolto da Fayez al-Sarraj. Nel pomeriggio ha avuto un colloquio con Khalid al-Mishri, prima di una cena con Mohamed Taha Siala.",
			[]string{"luigi-di-maio", "mohamed-taha-siala"}, []string{"khalid-al-mishri", "mohamed-taha-siala"}},
		{"es", "Josep Borrell llegó el lunes a Trípoli, donde lo recibió Fayez al Sarraj. Por la tarde se reunió con Khalid al-Mishri, antes de una cena con Mohamed Taha Siala.",
			[]string{"josep-borrell", "mohamed-taha-siala"}, []string{"khalid-al-mishri", "mohamed-taha-siala"}},
	})
}
