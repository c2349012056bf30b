package extract

import "testing"

// TestPossessiveRelativeEndsParticipants: a possessive relative pronoun
// after a comma ("il cui", "la cui", "cuyo", "cuyas", "чьи", "чей") opens
// a clause about the one named before it: the countries it names are no
// participants of the meeting ("Luigi Di Maio ha incontrato Haftar, il cui
// esercito controlla il confine con il Ciad e il Niger").
func TestPossessiveRelativeEndsParticipants(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"it", "Luigi Di Maio ha incontrato a Bengasi il generale Khalifa Haftar, il cui esercito controlla il confine con il Ciad e il Niger.", []string{"luigi-di-maio", "khalifa-haftar"}},
		{"it", "Luigi Di Maio ha incontrato Fayez al-Serraj, il cui governo è sostenuto dalla Turchia e dal Qatar.", []string{"luigi-di-maio", "fayez-al-sarraj"}},
		{"it", "Era prevista anche una tappa di Luigi Di Maio a Bengasi per un colloquio con il generale Khalifa Haftar, il cui esercito controlla il confine con il Ciad e il Niger.", []string{"luigi-di-maio", "khalifa-haftar"}},
		{"es", "Luigi Di Maio se reunió con Jalifa Haftar, cuyas tropas controlan la frontera con Chad y Níger.", []string{"luigi-di-maio", "khalifa-haftar"}},
		{"es", "Luigi Di Maio se reunió con Fayez al Sarraj, cuyo gobierno cuenta con el respaldo de Turquía y Catar.", []string{"luigi-di-maio", "fayez-al-sarraj"}},
		{"ru", "Луиджи Ди Майо встретился с Халифой Хафтаром, чьи войска контролируют границу с Чадом и Нигером.", []string{"luigi-di-maio", "khalifa-haftar"}},
		{"en", "Luigi Di Maio met Khalifa Haftar, whose forces control the border with Chad and Niger, in Benghazi.", []string{"luigi-di-maio", "khalifa-haftar"}},
		{"fr", "Luigi Di Maio a rencontré Khalifa Haftar, dont les forces contrôlent la frontière avec le Tchad et le Niger.", []string{"luigi-di-maio", "khalifa-haftar"}},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, [][]string{c.want})
	}
}

// TestCorrelativeNegationOpensClause: a correlative or additive negation
// that opens the sentence ("Nor has X, the eastern commander, met Y",
// "Né X né Y hanno incontrato Z", "Neanche X ha incontrato Y", "Ne X ne
// de Y, Z ile görüştü", "Ni X ni Y n'ont rencontré Z") denies the verb of
// its clause, however long the names' appositions; a French participle
// ("rencontré") is that verb, not the noun "rencontre".
func TestCorrelativeNegationOpensClause(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct{ lang, text string }{
		{"en", "Nor has Aguila Saleh, the speaker of the eastern parliament, met Tripoli's Khalid al-Mishri, who said last week that he would not run again."},
		{"en", "Nor did Khalifa Haftar, the commander of the eastern forces, meet Luigi Di Maio in Benghazi."},
		{"it", "Né Fayez al-Serraj né Khalifa Haftar hanno incontrato Luigi Di Maio."},
		{"it", "Neanche Aguila Saleh ha incontrato Stephanie Williams al Cairo."},
		{"it", "Neppure Khalifa Haftar ha incontrato Abdul Hamid Dbeibah."},
		{"it", "Nemmeno Aguila Saleh, presidente del Parlamento di Tobruk, ha incontrato Khalid al-Mishri."},
		{"tr", "Ne Fayiz es-Serrac ne de Halife Hafter, Mevlüt Çavuşoğlu ile görüştü."},
		{"fr", "Ni Fayez el-Sarraj ni Khalifa Haftar n'ont rencontré Luigi Di Maio."},
		{"fr", "Ni Fayez el-Sarraj, ni le maréchal Khalifa Haftar n'ont rencontré M. Di Maio lundi."},
	} {
		wantAllParts(t, x, c.lang, c.text, nil)
	}
	// (a negation inside an apposition or after the meeting denies nothing)
	for _, c := range []struct {
		lang, text string
		want       []string
	}{
		{"fr", "Khalifa Haftar, qui n'avait jamais mis les pieds à Rome, a rencontré Giuseppe Conte mercredi.", []string{"khalifa-haftar", "giuseppe-conte"}},
		{"it", "Luigi Di Maio ha incontrato Fayez al-Serraj a Tripoli, ma non è stato firmato nessun accordo.", []string{"luigi-di-maio", "fayez-al-sarraj"}},
		{"en", "Heiko Maas met Fayez al-Sarraj in Tripoli on Monday; neither side gave details.", []string{"heiko-maas", "fayez-al-sarraj"}},
	} {
		wantAllParts(t, x, c.lang, c.text, [][]string{c.want})
	}
}

// TestElectedAreNoParticipants: the people a body elects, names or
// appoints at the meeting it holds ("the forum, which met near Geneva,
// chose X as prime minister", "réuni à Genève, a élu X", "riunito a
// Ginevra ha eletto X", "reunido en Ginebra, eligió a X", "in Genf
// versammelte … wählte X", "собравшийся в Женеве … избрал X") are no
// participants of it; people met before the verb stay.
func TestElectedAreNoParticipants(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct{ lang, text string }{
		{"en", "On Feb. 5 the forum, which met again near Geneva, chose Abdul Hamid Dbeibah as prime minister and Mohamed al-Menfi as head of the Presidential Council."},
		{"fr", "Le Forum de dialogue politique libyen, réuni à Genève, a élu Abdel Hamid Dbeibah Premier ministre et Mohamed el-Menfi président du Conseil présidentiel."},
		{"it", "Il Foro di dialogo politico, riunito a Ginevra, ha eletto Abdul Hamid Dbeibah premier e Mohamed al-Menfi presidente del Consiglio presidenziale."},
		{"it", "Il 10 marzo il Parlamento riunito a Sirte ha votato la fiducia al governo di Abdul Hamid Dbeibah e di Mohamed al-Menfi."},
		{"es", "El Foro de Diálogo Político Libio, reunido en Ginebra, eligió a Abdul Hamid Dbeibah como primer ministro y a Mohamed al Menfi como presidente del Consejo Presidencial."},
		{"de", "Das in Genf versammelte Libysche Politische Dialogforum wählte Abdul Hamid Dbeibah zum Regierungschef und Mohammed al-Menfi zum Vorsitzenden des Präsidialrats."},
		{"ru", "Собравшийся в Женеве Форум ливийского политического диалога избрал Абдель Хамида Дбейбу премьер-министром, а Мохаммеда аль-Менфи главой Президентского совета."},
	} {
		wantAllParts(t, x, c.lang, c.text, nil)
	}
	for _, c := range []struct {
		lang, text string
		want       []string
	}{
		{"it", "Luigi Di Maio ha incontrato a Tripoli Abdul Hamid Dbeibah, eletto premier a Ginevra dal Foro di dialogo politico.", []string{"luigi-di-maio", "abdul-hamid-dbeibah"}},
		{"en", "Luigi Di Maio met Fayez al-Sarraj in Tripoli and praised him for his courage.", []string{"luigi-di-maio", "fayez-al-sarraj"}},
		{"fr", "Jean-Yves Le Drian a rencontré Abdel Hamid Dbeibah, que le Forum a élu Premier ministre en février.", []string{"jean-yves-le-drian", "abdul-hamid-dbeibah"}},
	} {
		wantAllParts(t, x, c.lang, c.text, [][]string{c.want})
	}
}

// TestSpeakerNotAtBodyMeeting: a relative clause about a body that meets
// ("the talks of the military commission, which meets in Geneva under the
// auspices of Williams", "les travaux de la commission, qui se réunit à
// Genève sous l'égide de Williams", "el Foro, que se reúne en Túnez"),
// reported by a speaker, holds no meeting of the speaker, nor of the
// country the speaker's clause names; a person antecedent keeps his
// meeting.
func TestSpeakerNotAtBodyMeeting(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct{ lang, text string }{
		{"fr", "La porte-parole Agnès von der Mühll a déclaré que la France soutenait les travaux de la commission militaire, qui se réunit à Genève sous l'égide de Stephanie Williams."},
		{"en", "Spokesman Stéphane Dujarric said the secretary-general welcomed the talks of the military commission, which meets in Geneva under the auspices of Stephanie Williams."},
		{"es", "El portavoz Stéphane Dujarric afirmó que la ONU apoya el Foro, que se reúne en Túnez bajo los auspicios de Stephanie Williams."},
	} {
		wantAllParts(t, x, c.lang, c.text, nil)
	}
	for _, c := range []struct {
		lang, text string
		want       []string
	}{
		{"fr", "Jean-Yves Le Drian a rencontré Abdel Hamid Dbeibah, que le Forum a élu Premier ministre en février.", []string{"jean-yves-le-drian", "abdul-hamid-dbeibah"}},
		{"es", "Luigi Di Maio se reunió en Trípoli con Abdul Hamid Dbeibah, a quien el Foro eligió primer ministro en febrero.", []string{"luigi-di-maio", "abdul-hamid-dbeibah"}},
		{"ru", "Сергей Лавров встретился с Абдель Хамидом Дбейбой, которого форум в феврале избрал премьер-министром.", []string{"sergey-lavrov", "abdul-hamid-dbeibah"}},
	} {
		wantAllParts(t, x, c.lang, c.text, [][]string{c.want})
	}
}
