package extract

import (
	"strings"
	"testing"
)

// TestUnknownNameAfterVerb: a name the lexicon does not know in the
// speaker slot of an inverted speech verb is a new person, who takes the
// quotation; an earlier actor never does.
func TestUnknownNameAfterVerb(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"it", "Giuseppe Conte ha incontrato Khalifa Haftar a Roma. «La tregua resta fragile», osserva Marta Bellini, ricercatrice dell'Ispi.", "x-marta-bellini"},
		{"fr", "Emmanuel Macron a reçu Fayez al-Sarraj à Paris. « La trêve reste fragile », résume Claire Dumont, chercheuse au CNRS.", "x-claire-dumont"},
		{"es", "Pedro Sánchez recibió a Fayez al-Sarraj en Madrid. «La tregua sigue siendo frágil», dijo Laura Benítez, analista del instituto.", "x-laura-benitez"},
		{"en", "Heiko Maas met Fayez al-Sarraj in Berlin. \"The truce remains fragile,\" said Daniel Whitcombe, a researcher at a London institute.", "x-daniel-whitcombe"},
		{"de", "Heiko Maas traf Fayez al-Sarraj in Berlin. „Die Waffenruhe bleibt brüchig“, sagte Anna Berger, Politologin in Bern.", "x-anna-berger"},
		{"ru", "Сергей Лавров встретился с Фаизом Сараджем в Москве. «Перемирие остаётся хрупким», — заявил Игорь Семёнов.", "x-igor"},
	}
	for _, c := range cases {
		got := speakers(factsOf(t, x, c.lang, c.text))
		if len(got) != 1 || !strings.HasPrefix(got[0], c.want) {
			t.Errorf("%s %q: speakers %v, want %s…", c.lang, c.text, got, c.want)
		}
	}
}

// TestSentenceInitialWordNotName: a capitalised function word opening the
// sentence is no part of an unknown person's name.
func TestSentenceInitialWordNotName(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"es", "Para Laura Benítez, investigadora del instituto, el problema es político. El problema, para ella, no es técnico.", "x-laura-benitez"},
		{"fr", "Pour Claire Dumont, chercheuse au CNRS, la trêve est fragile. Elle pense que pour la France, rien ne change.", "x-claire-dumont"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		found := false
		for _, a := range f.Actors {
			if strings.HasPrefix(a.ID, "x-") && a.ID != c.want {
				t.Errorf("%s %q: actor %s, want %s", c.lang, c.text, a.ID, c.want)
			}
			found = found || a.ID == c.want
		}
		if !found {
			t.Errorf("%s %q: no actor %s", c.lang, c.text, c.want)
		}
	}
}

// TestArticleOpensNoName: an article after the verb opens a title, not a
// person ("schreibt La Stampa").
func TestArticleOpensNoName(t *testing.T) {
	x := shipped(t)
	f := factsOf(t, x, "de", "Die Regierung in Rom, schreibt La Stampa, habe die Lage falsch eingeschätzt.")
	for _, a := range f.Actors {
		if strings.HasPrefix(a.ID, "x-") {
			t.Errorf("actor %s, want none unknown", a.ID)
		}
	}
}

// TestSurnameOfUnknownSpeaker: a surname alone in the speaker slot stands
// for the full name the article gave earlier without a known title; it
// never falls back to an earlier actor.
func TestSurnameOfUnknownSpeaker(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"en", "Josep Borrell met Fayez al-Sarraj in Brussels. The talks also involved his rival, Omar al-Tarhouni, from the east. Tarhouni said through his office that he would come.", "x-omar-al-tarhouni"},
		{"ru", "Сергей Лавров провёл переговоры в Москве. В них участвовал заместитель министра сельского хозяйства Игорь Семёнов. «Мы готовы к поставкам», — заявил Семёнов по окончании встречи.", "x-igor"},
		{"it", "Luigi Di Maio ha incontrato Fayez al-Sarraj a Roma. Alla cena era presente anche il vicegovernatore Marco Pellegrini. «Serve un accordo», ha detto Pellegrini.", "x-marco-pellegrini"},
	}
	for _, c := range cases {
		got := speakers(factsOf(t, x, c.lang, c.text))
		if len(got) != 1 || !strings.HasPrefix(got[0], c.want) {
			t.Errorf("%s %q: speakers %v, want %s…", c.lang, c.text, got, c.want)
		}
	}
}

// TestInstitutionNounSpeaks: an institution noun that speaks is the
// organisation of the lexicon named earlier with that noun, or the state
// an office of the lexicon stands for.
func TestInstitutionNounSpeaks(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"en", "Mustafa Sanalla criticised the Central Bank of Libya on Monday. The bank said in a statement that the corporation had no authority to withhold revenue.", "central-bank-of-libya"},
		{"fr", "Mustafa Sanalla a critiqué la Banque centrale de Libye lundi. La banque a affirmé dans un communiqué que la compagnie n'avait aucune autorité.", "central-bank-of-libya"},
		{"it", "Mustafa Sanalla ha criticato la Banca centrale libica. La banca ha precisato in una nota che la compagnia non ha alcuna autorità.", "central-bank-of-libya"},
		{"ru", "Пресс-служба Минсельхоза уточнила, что стороны обсудили поставки зерна в Ливию.", "russia"},
		{"it", "Il Viminale ha confermato in una nota che le motovedette saranno consegnate entro l'estate.", "italy"},
	}
	for _, c := range cases {
		got := speakers(factsOf(t, x, c.lang, c.text))
		if len(got) == 0 || got[len(got)-1] != c.want {
			t.Errorf("%s %q: speakers %v, want … %s", c.lang, c.text, got, c.want)
		}
	}
}

// TestPronounSourceIsPerson: "selon elle", "по его словам", "according to
// him" stand for the person last speaking or introduced, never for a state
// the sentence before made its subject; with no such person, no statement.
func TestPronounSourceIsPerson(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"fr", "« La trêve est fragile », a déclaré Claire Dumont, chercheuse au CNRS. Le Caire a rouvert des canaux avec Tripoli. Selon elle, l'Égypte veut une Cyrénaïque stable.", "x-claire-dumont"},
		{"ru", "«Перемирие остаётся хрупким», — заявил Игорь Семёнов. Ливия хочет закупать больше зерна. По его словам, экспорт может вырасти.", "x-igor-semyonov"},
		{"it", "La Libia vuole più grano dalla Russia. Secondo lei, l'export crescerà.", ""},
		{"en", "Egypt wants a stable eastern Libya. According to him, exports will grow.", ""},
	}
	for _, c := range cases {
		got := speakers(factsOf(t, x, c.lang, c.text))
		for _, sp := range got {
			if sp != c.want {
				t.Errorf("%s %q: speaker %s, want %q", c.lang, c.text, sp, c.want)
			}
		}
		// the quote and the words the pronoun source reports, both theirs
		if c.want != "" && len(got) != 2 {
			t.Errorf("%s %q: speakers %v, want two statements of %s", c.lang, c.text, got, c.want)
		}
	}
}

// TestBareTitleAfterColon: a bare title opening the clause after a colon
// goes on about the holder of that office named before the colon, not an
// earlier holder of the title.
func TestBareTitleAfterColon(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"it", "Il ministro degli Esteri francese Jean-Yves Le Drian è rimasto ai margini. Luigi Di Maio difende la linea: il ministro ha ricordato che l'Italia parla con tutti.", "luigi-di-maio"},
		{"fr", "Le ministre italien Luigi Di Maio est resté discret. Jean-Yves Le Drian défend sa ligne : le ministre a rappelé que la France parle à tous.", "jean-yves-le-drian"},
		{"en", "Italian Foreign Minister Luigi Di Maio stayed away. Jean-Yves Le Drian defended his line: the minister said France talks to everyone.", "jean-yves-le-drian"},
	}
	for _, c := range cases {
		got := speakers(factsOf(t, x, c.lang, c.text))
		if len(got) == 0 || got[len(got)-1] != c.want {
			t.Errorf("%s %q: speakers %v, want … %s", c.lang, c.text, got, c.want)
		}
	}
}

// TestViewpoint: "Pour X, …" opening a clause is X's view: a statement of
// X when X is a person, nobody's words when X is a state (whose name is
// then no subject of a speech verb in the clause).
func TestViewpoint(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"fr", "Pour Ankara, ce rapprochement confirme que la France a choisi son camp.", ""},
		{"es", "Para Moscú, la visita demuestra que Europa ha elegido un bando.", ""},
		{"it", "Per Ankara, l'accordo conferma che Parigi ha scelto Haftar.", ""},
		{"es", "Para Laura Benítez, investigadora del instituto, el problema es que el acuerdo «se convirtió en un instrumento para bloquear».", "x-laura-benitez"},
		{"fr", "Pour Claire Dumont, chercheuse au CNRS, la trêve reste fragile et les combats pourraient reprendre.", "x-claire-dumont"},
	}
	for _, c := range cases {
		for _, got := range speakers(factsOf(t, x, c.lang, c.text)) {
			if got != c.want {
				t.Errorf("%s %q: speaker %s, want %q", c.lang, c.text, got, c.want)
			}
		}
		if c.want != "" && len(speakers(factsOf(t, x, c.lang, c.text))) == 0 {
			t.Errorf("%s %q: no statement, want %s", c.lang, c.text, c.want)
		}
	}
}

// TestUnnamedNounAsTitle: a noun of unnamed sources right before a
// person's name is that person's title ("el diplomático español
// Bernardino León"), not an unnamed source.
func TestUnnamedNounAsTitle(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"es", "«El acuerdo fue un punto de partida», recuerda el diplomático español Bernardino León.", "bernardino-leon"},
		{"en", "\"The agreement was a starting point,\" said the diplomat Bernardino León.", "bernardino-leon"},
	}
	for _, c := range cases {
		wantOnlySpeaker(t, x, c.lang, c.text, c.want)
	}
}

// TestFullNameAfterShortForm: after an inverted speech verb, a one-word
// form followed by a person named in full only qualifies that person.
func TestFullNameAfterShortForm(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"de", "«Die Wahl ist ein Anfang», sagt der Berner Politologe Thomas Brunner, der das Forum beobachtet hat.", "x-thomas-brunner"},
		{"en", "\"The vote is a start,\" said Haftar's spokesman Faraj al-Mabrouk, who attended the talks.", "x-faraj-al-mabrouk"},
	}
	for _, c := range cases {
		wantOnlySpeaker(t, x, c.lang, c.text, c.want)
	}
}

// TestNegatedSpeech: what someone did not say is no statement.
func TestNegatedSpeech(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"de", "Heiko Maas traf Fayez al-Sarraj in Berlin. Gründe nannte die italienische Seite nicht."},
		{"fr", "Jean-Yves Le Drian a reçu Fayez al-Sarraj. Le maréchal Haftar n'a pas démenti."},
		{"es", "Josep Borrell se reunió con Fayez al-Sarraj. Haftar no dijo nada sobre la reunión."},
		{"ru", "Сергей Лавров встретился с Фаизом Сараджем. Хафтар не сообщил о своих планах."},
		{"en", "Heiko Maas met Fayez al-Sarraj in Berlin. Haftar did not say whether he would attend."},
	}
	for _, c := range cases {
		if got := speakers(factsOf(t, x, c.lang, c.text)); len(got) > 0 {
			t.Errorf("%s %q: speakers %v, want none", c.lang, c.text, got)
		}
	}
	// a negation inside the quotation negates nothing of the verb
	f := factsOf(t, x, "de", "»Am Ziel sind wir noch lange nicht«, sagte Heiko Maas in Berlin.")
	if got := speakers(f); len(got) != 1 || got[0] != "heiko-maas" {
		t.Errorf("quoted nicht: speakers %v, want [heiko-maas]", got)
	}
}

// TestTitleAfterVerbNamesSpeaker: a title right after the verb of a
// quotation names its speaker in apposition; without a name it is no
// one, never the last speaker.
func TestTitleAfterVerbNamesSpeaker(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"es", "Heiko Maas visitó Trípoli. «El embargo se viola a diario», dijo la enviada interina de Naciones Unidas, Stephanie Williams, en una comparecencia.", "stephanie-williams"},
		{"it", "Heiko Maas ha visitato Tripoli. «L'embargo viene violato ogni giorno», ha detto l'inviata speciale delle Nazioni Unite, Stephanie Williams, al Consiglio di sicurezza.", "stephanie-williams"},
	}
	for _, c := range cases {
		wantOnlySpeaker(t, x, c.lang, c.text, c.want)
	}
}

// TestUnnamedMemberAndAside: "a member of his delegation said" and an
// adviser's aside ("glisse un conseiller") are unnamed sources: no
// statement, and never the person named before.
func TestUnnamedMemberAndAside(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Aguila Saleh had been expected in Moscow, but a member of his delegation said on Sunday that the trip had been shelved."},
		{"fr", "Emmanuel Macron a reçu Khalifa Haftar. « Nous ne l'avons pas fait venir pour le féliciter », glisse un conseiller."},
		{"es", "Pedro Sánchez recibió a Fayez al-Sarraj. «No era el momento», desliza un asesor."},
		{"de", "Heiko Maas traf Fayez al-Sarraj. Ein Mitglied der Delegation sagte, die Gespräche seien schwierig gewesen."},
	}
	for _, c := range cases {
		if got := speakers(factsOf(t, x, c.lang, c.text)); len(got) > 0 {
			t.Errorf("%s %q: speakers %v, want none", c.lang, c.text, got)
		}
	}
}

// TestPronounSourceBeforeUnnamed: a pronoun source ("по его оценке",
// "selon lui") is the person before it even when an unnamed-source noun
// follows in what was said ("первые наблюдатели").
func TestPronounSourceBeforeUnnamed(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"ru", "Ян Кубиш признаёт, что механизм контроля существует лишь на бумаге. По его оценке, первые наблюдатели смогут приступить к работе осенью.", "jan-kubis"},
		{"fr", "Ján Kubiš reconnaît que le mécanisme n'existe que sur le papier. Selon lui, les observateurs ne pourront pas commencer avant l'automne.", "jan-kubis"},
	}
	for _, c := range cases {
		got := speakers(factsOf(t, x, c.lang, c.text))
		if len(got) != 2 || got[0] != c.want || got[1] != c.want {
			t.Errorf("%s %q: speakers %v, want [%s %s]", c.lang, c.text, got, c.want, c.want)
		}
	}
}

// TestChargeAndFounderTitles: a chargé d'affaires or a founder named in
// apposition is a person who can speak.
func TestChargeAndFounderTitles(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"en", "Khalid Mazen received Tunisia's chargé d'affaires, Lassaad Ben Salem, on Monday. \"We have received assurances,\" Ben Salem told reporters.", "x-lassaad-ben-salem"},
		{"es", "«Hemos visto disparos al aire», denunció el fundador de la organización, Marc Roig, ante la prensa.", "x-marc-roig"},
	}
	for _, c := range cases {
		got := speakers(factsOf(t, x, c.lang, c.text))
		if len(got) == 0 || got[len(got)-1] != c.want {
			t.Errorf("%s %q: speakers %v, want … %s", c.lang, c.text, got, c.want)
		}
	}
}

// TestRelativePronounSubject: a pronoun subject in a relative clause
// about the addressee is the main clause's subject; the quotation that is
// the whole clause after "que"/"che" is direct speech, and a source after
// it only says where the report comes from.
func TestRelativePronounSubject(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"fr", "Jean-Yves Le Drian s'est entretenu lundi au téléphone avec Fayez al-Sarraj, à qui il a redit que « la France n'a pas d'agenda caché », selon le Quai d'Orsay.", "jean-yves-le-drian"},
		{"en", "Heiko Maas spoke by phone with Fayez al-Sarraj, to whom he said that \"Germany stands by the Libyans\".", "heiko-maas"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		got := speakers(f)
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%s %q: speakers %v, want [%s]", c.lang, c.text, got, c.want)
			continue
		}
		if !f.Statements[0].Quote {
			t.Errorf("%s %q: quote=false, want true", c.lang, c.text)
		}
	}
	f := factsOf(t, x, "it", "In serata Luciana Lamorgese ha sentito al telefono Ylva Johansson, alla quale ha ribadito che «la rotta libica è una questione europea».")
	if len(f.Statements) != 1 || !f.Statements[0].Quote {
		t.Errorf("it: statements %+v, want one direct quotation", f.Statements)
	}
}

// TestSideSpeaks: "the Turkish side said" is the country speaking.
func TestSideSpeaks(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"en", "The Turkish side said it was ready for talks.", "turkey"},
		{"de", "Die türkische Seite erklärte, man sei zu Gesprächen bereit.", "turkey"},
		{"fr", "La partie turque a affirmé être prête au dialogue.", "turkey"},
		{"ru", "Турецкая сторона заявила, что готова к переговорам.", "turkey"},
	}
	for _, c := range cases {
		wantOnlySpeaker(t, x, c.lang, c.text, c.want)
	}
}

// TestCompoundTitleBeforeName: a German compound whose head is a title
// ("Außenamtssprecher") is no part of the unknown speaker's name; a
// lower-case word after the name closes it.
func TestCompoundTitleBeforeName(t *testing.T) {
	x := shipped(t)
	for _, text := range []string{
		"„Wir sind besorgt“, erklärte Außenamtssprecher Christofer Brandt.",
		"„Wir sind besorgt“, erklärte Außenamtssprecher Christofer Brandt am Montag in Berlin.",
	} {
		got := speakers(factsOf(t, x, "de", text))
		if len(got) != 1 || got[0] != "x-christofer-brandt" {
			t.Errorf("%q: speakers %v, want [x-christofer-brandt]", text, got)
		}
	}
}

// TestCounterpartSubjectIsNotLastSpeaker: a subject described as "his
// counterpart" is someone other than the last speaker: no statement of
// the last speaker's.
func TestCounterpartSubjectIsNotLastSpeaker(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, bad string }{
		{"en", "Heiko Maas insisted that the mercenaries must leave first. His counterpart argued that the army could not withdraw.", "heiko-maas"},
		{"fr", "Heiko Maas a insisté pour que les mercenaires partent d'abord. Son homologue a répliqué que l'armée ne pouvait pas se retirer.", "heiko-maas"},
	}
	for _, c := range cases {
		got := speakers(factsOf(t, x, c.lang, c.text))
		if n := len(got); n == 0 || n > 1 && got[1] == c.bad {
			t.Errorf("%s %q: speakers %v, want [%s] and no second of theirs", c.lang, c.text, got, c.bad)
		}
	}
}
