package extract

import (
	"slices"
	"testing"

	"github.com/parley/parley/graph"
)

// TestGroupOfThreeIsTheListNamedBefore: "the three ministers", "les
// quatre ministres", "dört bakan" as the subject of a meeting with
// someone named after it stand for the list of that many people the
// story named before (not the last event's people nor the last
// sentence's subject), in any case or article form of the phrase.
func TestGroupOfThreeIsTheListNamedBefore(t *testing.T) {
	x := shipped(t)
	three := []string{"sergey-lavrov", "sergei-shoigu", "mevlut-cavusoglu", "fayez-al-sarraj"}
	cases := []struct{ lang, text string }{
		{"en", "Foreign Minister Sergey Lavrov, Defence Minister Sergei Shoigu and their Turkish counterpart Mevlut Cavusoglu arrived in Ankara on Monday. Later the three ministers held talks with Fayez al-Sarraj."},
		{"de", "Außenminister Sergej Lawrow, Verteidigungsminister Sergej Schoigu und ihr türkischer Kollege Mevlüt Çavuşoğlu kamen am Montag in Ankara an. Danach trafen die drei Minister den Regierungschef Fajis al-Sarradsch."},
		{"de", "Außenminister Sergej Lawrow, Verteidigungsminister Sergej Schoigu und ihr türkischer Kollege Mevlüt Çavuşoğlu kamen am Montag in Ankara an. Ein Gespräch der drei Minister mit Fajis al-Sarradsch fand am Abend statt."},
		{"fr", "Le ministre des Affaires étrangères Sergueï Lavrov, le ministre de la Défense Sergueï Choïgou et leur homologue turc Mevlüt Çavuşoğlu sont arrivés lundi à Ankara. Les trois ministres ont ensuite été reçus par Fayez al-Sarraj."},
		{"es", "El canciller Serguéi Lavrov, el ministro de Defensa Serguéi Shoigú y su homólogo turco Mevlüt Çavuşoğlu llegaron el lunes a Ankara. Después, los tres ministros se reunieron con Fayez al Serraj."},
		{"tr", "Dışişleri Bakanı Sergey Lavrov, Savunma Bakanı Sergey Şoygu ve Mevlüt Çavuşoğlu pazartesi günü Ankara'ya geldi. Üç bakan daha sonra Fayiz es-Serrac ile görüştü."},
	}
	for _, c := range cases {
		ms := allParts(factsOf(t, x, c.lang, "Title\n\n"+c.text))
		if !meetingWithAll(ms, three) {
			t.Errorf("%s %q: meetings %v, want one with %v", c.lang, c.text, ms, three)
		}
	}
}

// TestGroupOfThreeAfterAnotherEvent: when an event of one of them (or of
// others) is told between the list and the group phrase, or the group
// meets a person given with his organisation or received by three
// people, the group is still the list of its size.
func TestGroupOfThreeAfterAnotherEvent(t *testing.T) {
	x := shipped(t)
	want := []string{"sergey-lavrov", "sergei-shoigu", "mevlut-cavusoglu", "fayez-al-sarraj"}
	cases := []struct{ lang, text string }{
		{"en", "Foreign Minister Sergey Lavrov, Defence Minister Sergei Shoigu and their Turkish counterpart Mevlut Cavusoglu arrived in Ankara on Monday. In the morning Lavrov spoke by phone with Khalifa Haftar. The three ministers then held talks with the head of the Government of National Accord, Fayez al-Sarraj."},
		{"de", "Außenminister Sergej Lawrow, Verteidigungsminister Sergej Schoigu und ihr türkischer Kollege Mevlüt Çavuşoğlu kamen am Montag in Ankara an. Am Morgen telefonierte Lawrow mit Chalifa Haftar. Anschließend kamen die drei Minister mit dem Chef der Regierung der Nationalen Einheit, Fajis al-Sarradsch, zusammen."},
		{"fr", "Le ministre des Affaires étrangères Sergueï Lavrov, le ministre de la Défense Sergueï Choïgou et leur homologue turc Mevlüt Çavuşoğlu sont arrivés lundi à Ankara. Le matin, M. Lavrov s'est entretenu par téléphone avec Khalifa Haftar. Les trois ministres ont ensuite rencontré le chef du Gouvernement d'union nationale, Fayez al-Sarraj."},
		{"es", "El canciller Serguéi Lavrov, el ministro de Defensa Serguéi Shoigú y su homólogo turco Mevlüt Çavuşoğlu llegaron el lunes a Ankara. Por la mañana, Lavrov habló por teléfono con Jalifa Hafter. Después, los tres ministros se reunieron con el jefe del Gobierno de Acuerdo Nacional, Fayez al Serraj."},
		{"it", "Il ministro degli Esteri Sergei Lavrov, il ministro della Difesa Sergei Shoigu e il loro omologo turco Mevlüt Çavuşoğlu sono arrivati lunedì ad Ankara. In mattinata Lavrov ha parlato al telefono con Khalifa Haftar. I tre ministri hanno poi incontrato il capo del Governo di accordo nazionale, Fayez al-Sarraj."},
	}
	for _, c := range cases {
		ms := allParts(factsOf(t, x, c.lang, "Title\n\n"+c.text))
		if !meetingWithAll(ms, want) {
			t.Errorf("%s %q: meetings %v, want one with %v", c.lang, c.text, ms, want)
		}
	}
	// (received by a president flanked by his two deputies: all six)
	six := []string{"sergey-lavrov", "sergei-shoigu", "mevlut-cavusoglu", "mohamed-al-menfi", "musa-al-koni", "abdullah-al-lafi"}
	for _, c := range []struct{ lang, text string }{
		{"fr", "Sergueï Lavrov, Sergueï Choïgou et Mevlüt Çavuşoğlu sont arrivés lundi à Tripoli. Le matin, M. Lavrov s'est entretenu par téléphone avec Khalifa Haftar. Les trois ministres ont ensuite été reçus par Mohamed al-Menfi, entouré de ses deux adjoints, Moussa al-Koni et Abdallah al-Lafi."},
		{"en", "Sergey Lavrov, Sergei Shoigu and Mevlut Cavusoglu arrived in Tripoli on Monday. In the morning Lavrov spoke by phone with Khalifa Haftar. The three ministers were then received by Mohamed al-Menfi, flanked by his two deputies, Musa al-Koni and Abdullah al-Lafi."},
	} {
		ms := allParts(factsOf(t, x, c.lang, "Title\n\n"+c.text))
		if !meetingWithAll(ms, six) {
			t.Errorf("%s %q: meetings %v, want one with %v", c.lang, c.text, ms, six)
		}
	}
}

// callOf tells whether f has a call joining all of want.
func callOf(f graph.Facts, want []string) bool {
	for _, m := range f.Meetings {
		if m.Mode == graph.ModeCall && meetingWithAll([][]string{participants(m)}, want) {
			return true
		}
	}
	return false
}

// TestTwoMinistersAreNoMayor: "the two ministers" are two the story
// could call ministers: one it titled otherwise ("the city's mayor, X")
// is not one of them, even when his meeting was told last.
func TestTwoMinistersAreNoMayor(t *testing.T) {
	x := shipped(t)
	pair := []string{"luciana-lamorgese", "fathi-bashagha"}
	cases := []struct{ lang, text string }{
		{"en", "Interior Minister Luciana Lamorgese held talks with her counterpart Fathi Bashagha in Tripoli on Monday. A stop in Zawiya, where she was to see the town's mayor, Omar Benkhayal, was called off. The two ministers had last spoken by phone on 2 October."},
		{"fr", "La ministre de l'Intérieur Luciana Lamorgese s'est entretenue lundi à Tripoli avec son homologue Fathi Bashagha. Une étape à Zaouïa, où elle devait voir le maire de la ville, Omar Benkhayal, a été annulée. Les deux ministres s'étaient entretenus par téléphone le 2 octobre."},
		{"es", "La ministra del Interior, Luciana Lamorgese, se reunió el lunes en Trípoli con su homólogo Fathi Bashagha. Una escala en Zauiya, donde debía ver al alcalde de la ciudad, Omar Benkhayal, fue cancelada. Los dos ministros habían hablado por teléfono el 2 de octubre."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-10-20", "Title\n\n"+c.text)
		if !callOf(f, pair) {
			t.Errorf("%s %q: meetings %v, want a call of %v", c.lang, c.text, allParts(f), pair)
		}
	}
}

// TestPairSubjectBorrowsNoOne: a pair phrase that opens its clause ("the
// two leaders will meet in Rome, when X …", "i due premier si
// rivedranno …") is the event's subject: the clause does not take the
// last sentence's subject, and the pair is the story's pair even when
// the clause names one of them (or a bare "ministers" word) after it.
func TestPairSubjectBorrowsNoOne(t *testing.T) {
	x := shipped(t)
	pair := []string{"mario-draghi", "abdul-hamid-dbeibah"}
	cases := []struct{ lang, text string }{
		{"en", "Italian Prime Minister Mario Draghi met Abdul Hamid Dbeibah in Tripoli on Tuesday. Luigi Di Maio, who had seen Dbeibah in March, sat in. Draghi praised the new government and Dbeibah thanked Draghi. Later Interior Minister Luciana Lamorgese met Khaled Mazen. The two men will meet again in Rome in May, when Dbeibah is due to bring several ministers."},
		{"it", "Il premier Mario Draghi ha incontrato martedì a Tripoli Abdul Hamid Dbeibah. Luigi Di Maio, che aveva visto Dbeibah a marzo, era presente. Draghi ha elogiato il nuovo governo e Dbeibah ha ringraziato Draghi. Più tardi la ministra dell'Interno Luciana Lamorgese ha incontrato Khaled Mazen. I due premier si rivedranno a maggio a Roma, quando Dbeibah sarà accolto insieme a diversi ministri."},
		{"es", "El primer ministro italiano, Mario Draghi, se reunió el martes en Trípoli con Abdul Hamid Dbeibah. Luigi Di Maio, que había visto a Dbeibah en marzo, estuvo presente. Draghi elogió al nuevo gobierno y Dbeibah agradeció a Draghi. Más tarde, la ministra del Interior, Luciana Lamorgese, se reunió con Khaled Mazen. Los dos dirigentes se reunirán de nuevo en Roma en mayo, cuando Dbeibah llegará con varios ministros."},
	}
	wantPlannedWith(t, x, cases, pair)
}

// TestReturnPairIsTheStorysPair: "the two men will meet again" is the
// pair the story is about: among pairs that met equally often, the one
// it names most, not the earliest (an aide's earlier meeting).
func TestReturnPairIsTheStorysPair(t *testing.T) {
	x := shipped(t)
	pair := []string{"mario-draghi", "abdul-hamid-dbeibah"}
	cases := []struct{ lang, text string }{
		{"en", "Luigi Di Maio had met Abdul Hamid Dbeibah in Tripoli in March. On Tuesday Prime Minister Mario Draghi met Dbeibah in Tripoli. Draghi praised the new government, and Dbeibah thanked Draghi for the visit. The two men will meet again in Rome in May."},
		{"fr", "Luigi Di Maio avait rencontré Abdul Hamid Dbeibah à Tripoli en mars. Mardi, le président du Conseil Mario Draghi a rencontré Dbeibah à Tripoli. Draghi a salué le nouveau gouvernement, et Dbeibah a remercié Draghi pour sa visite. Les deux hommes se reverront à Rome en mai."},
		{"it", "Luigi Di Maio aveva incontrato Abdul Hamid Dbeibah a Tripoli a marzo. Martedì il premier Mario Draghi ha incontrato Dbeibah a Tripoli. Draghi ha elogiato il nuovo governo, e Dbeibah ha ringraziato Draghi per la visita. I due si rivedranno a Roma a maggio."},
	}
	wantPlannedWith(t, x, cases, pair)
}

// TestPairPhraseInAnyForm: a dual word ("both", "beide", "ambos",
// "entrambi", "دونوں") or "the two" with a group head noun is a pair
// phrase, whichever head: "both presidents", "beide Präsidenten",
// "دونوں صدور" stand for the pair that met before.
func TestPairPhraseInAnyForm(t *testing.T) {
	x := shipped(t)
	pair := []string{"recep-tayyip-erdogan", "vladimir-putin"}
	cases := []struct{ lang, text string }{
		{"en", "Turkish President Recep Tayyip Erdogan received Vladimir Putin in Istanbul on 8 January. Fayez al-Sarraj arrived in Ankara on 12 January. Both presidents spoke by phone again on 14 January."},
		{"de", "Der türkische Präsident Recep Tayyip Erdoğan empfing am 8. Januar Wladimir Putin in Istanbul. Fajis al-Sarradsch traf am 12. Januar in Ankara ein. Beide Präsidenten telefonierten am 14. Januar miteinander."},
		{"es", "El presidente turco, Recep Tayyip Erdogan, recibió el 8 de enero a Vladímir Putin en Estambul. Fayez al Serraj llegó el 12 de enero a Ankara. Ambos presidentes hablaron por teléfono el 14 de enero."},
		{"ur", "ترک صدر رجب طیب اردوان نے 8 جنوری کو استنبول میں ولادیمیر پیوٹن سے ملاقات کی۔ فائز السراج 12 جنوری کو انقرہ پہنچے۔ دونوں صدور کے درمیان 14 جنوری کو ٹیلی فون پر رابطہ ہوا۔"},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-01-15", "Title\n\n"+c.text)
		if !callOf(f, pair) {
			t.Errorf("%s %q: meetings %v, want a call of %v", c.lang, c.text, allParts(f), pair)
		}
	}
}

// TestPairPhraseIsTheLastPairNamed: "ambos mandatarios", "the two
// leaders" after a sentence that names two people who met are those
// two, not the pair of another event told in an earlier sentence.
func TestPairPhraseIsTheLastPairNamed(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Saied receives Sarraj in Tunis as Macron and Putin discuss Libya by phone\n\nTUNIS - President Kais Saied received Fayez al-Sarraj in Tunis on Thursday, hours after the fighting ended.\n\nThe two leaders held talks behind closed doors for two hours."},
		{"es", "Saied recibe a Al Serraj en Túnez mientras Macron y Putin hablan de Libia por teléfono\n\nTÚNEZ - El presidente Kais Saied recibió el jueves en Túnez a Fayez al Serraj, horas después del fin de los combates.\n\nAmbos mandatarios se reunieron a puerta cerrada durante dos horas."},
		{"fr", "Saïed reçoit Sarraj à Tunis pendant que Macron et Poutine parlent de la Libye au téléphone\n\nTUNIS - Le président Kaïs Saïed a reçu jeudi à Tunis Fayez al-Sarraj, quelques heures après la fin des combats.\n\nLes deux présidents se sont entretenus à huis clos pendant deux heures."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-06-05", c.text)
		for _, m := range f.Meetings {
			if m.Mode != graph.ModeCall && meetingWithAll([][]string{participants(m)}, []string{"emmanuel-macron", "vladimir-putin"}) {
				t.Errorf("%s: meeting %v joins the pair of the headline's call", c.lang, participants(m))
			}
		}
		if !meetingWithAll(allParts(f), []string{"kais-saied", "fayez-al-sarraj"}) {
			t.Errorf("%s: meetings %v, want one of Saied and Sarraj", c.lang, allParts(f))
		}
	}
}

// TestGroupOfFourAcrossABesideWord: "X and Y, alongside their
// counterparts Z and W" is one list of four: "the four ministers" after
// it are all of them.
func TestGroupOfFourAcrossABesideWord(t *testing.T) {
	x := shipped(t)
	four := []string{"sergey-lavrov", "sergei-shoigu", "mevlut-cavusoglu", "hulusi-akar", "fayez-al-sarraj"}
	cases := []struct{ lang, text string }{
		{"en", "The talks were led by Sergey Lavrov and Sergei Shoigu, alongside their Turkish counterparts Mevlut Cavusoglu and Hulusi Akar. In the morning Lavrov spoke by phone with Khalifa Haftar. The four ministers then met Fayez al-Sarraj."},
		{"es", "Las conversaciones fueron dirigidas por Serguéi Lavrov y Serguéi Shoigú, junto a sus homólogos turcos Mevlüt Çavuşoğlu y Hulusi Akar. Por la mañana, Lavrov habló por teléfono con Jalifa Hafter. Después, los cuatro ministros se reunieron con Fayez al Serraj."},
		{"fr", "Les discussions étaient menées par Sergueï Lavrov et Sergueï Choïgou, aux côtés de leurs homologues turcs Mevlüt Çavuşoğlu et Hulusi Akar. Le matin, M. Lavrov s'est entretenu par téléphone avec Khalifa Haftar. Les quatre ministres ont ensuite rencontré Fayez al-Sarraj."},
	}
	for _, c := range cases {
		ms := allParts(factsOf(t, x, c.lang, "Title\n\n"+c.text))
		if !meetingWithAll(ms, four) {
			t.Errorf("%s %q: meetings %v, want one with %v", c.lang, c.text, ms, four)
		}
	}
}

// TestGroupHeadTypesItsPeople: the head of a group phrase that names an
// office ("the two presidents", "i due presidenti") or a nationality
// ("the two Libyans", "les deux Libyens") stands for people of that
// office or country named before, not for the pair of the last event
// when that pair does not fit.
func TestGroupHeadTypesItsPeople(t *testing.T) {
	x := shipped(t)
	presidents := []string{"recep-tayyip-erdogan", "vladimir-putin"}
	for _, c := range []struct{ lang, text string }{
		{"en", "Vladimir Putin and Recep Tayyip Erdogan launched a truce appeal in Istanbul on 8 January. On 13 January Sergey Lavrov met Fayez al-Sarraj and Khalifa Haftar in Moscow. A day later the two presidents spoke by phone."},
		{"it", "Vladimir Putin e Recep Tayyip Erdogan hanno lanciato un appello alla tregua a Istanbul l'8 gennaio. Il 13 gennaio Sergei Lavrov ha incontrato Fayez al-Sarraj e Khalifa Haftar a Mosca. Il giorno dopo i due presidenti si sono sentiti al telefono."},
		{"fr", "Vladimir Poutine et Recep Tayyip Erdoğan ont lancé un appel à la trêve à Istanbul le 8 janvier. Le 13 janvier, Sergueï Lavrov a rencontré Fayez al-Sarraj et Khalifa Haftar à Moscou. Le lendemain, les deux présidents se sont entretenus par téléphone."},
	} {
		f := factsOn(t, x, c.lang, "2020-01-20", "Title\n\n"+c.text)
		if !callOf(f, presidents) {
			t.Errorf("%s %q: meetings %v, want a call of %v", c.lang, c.text, allParts(f), presidents)
		}
	}
	libyans := []string{"heiko-maas", "fayez-al-sarraj", "khalifa-haftar"}
	for _, c := range []struct{ lang, text string }{
		{"en", "Fayez al-Sarraj and Khalifa Haftar arrived in Berlin on Sunday morning. Emmanuel Macron met Vladimir Putin before the conference. Heiko Maas then received the two Libyans at the foreign ministry."},
		{"fr", "Fayez al-Sarraj et Khalifa Haftar sont arrivés dimanche matin à Berlin. Emmanuel Macron a rencontré Vladimir Poutine avant la conférence. Heiko Maas a ensuite reçu les deux Libyens au ministère."},
		{"es", "Fayez al Serraj y Jalifa Hafter llegaron el domingo por la mañana a Berlín. Emmanuel Macron se reunió con Vladímir Putin antes de la conferencia. Heiko Maas recibió después a los dos libios en el ministerio."},
	} {
		ms := allParts(factsOn(t, x, c.lang, "2020-01-20", "Title\n\n"+c.text))
		if !meetingWithAll(ms, libyans) {
			t.Errorf("%s %q: meetings %v, want one with %v", c.lang, c.text, ms, libyans)
		}
		for _, m := range ms {
			if meetingWithAll([][]string{m}, []string{"heiko-maas", "emmanuel-macron"}) {
				t.Errorf("%s: meeting %v joins the last event's pair", c.lang, m)
			}
		}
	}
}

// TestSeparatelyTheTwoLibyans: "received the two Libyans separately"
// is one meeting with each of the two Libyans named before, not with
// the last two people named (the summit's guests).
func TestSeparatelyTheTwoLibyans(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"fr", "Le 12 janvier, Khalifa Haftar et Fayez al-Sarraj étaient attendus à Moscou. Le 19 janvier, à Berlin, Angela Merkel accueillait Vladimir Poutine, Emmanuel Macron et Giuseppe Conte. La chancelière a reçu séparément les deux Libyens en marge du sommet."},
		{"en", "On 12 January Khalifa Haftar and Fayez al-Sarraj were expected in Moscow. On 19 January in Berlin, Angela Merkel welcomed Vladimir Putin, Emmanuel Macron and Giuseppe Conte. The chancellor received the two Libyans separately on the sidelines of the summit."},
	}
	for _, c := range cases {
		ms := allParts(factsOn(t, x, c.lang, "2020-01-20", "Title\n\n"+c.text))
		if !meetingWithAll(ms, []string{"angela-merkel", "khalifa-haftar"}) || !meetingWithAll(ms, []string{"angela-merkel", "fayez-al-sarraj"}) {
			t.Errorf("%s %q: meetings %v, want Merkel with Haftar and with Sarraj", c.lang, c.text, ms)
		}
		for _, m := range ms {
			if meetingWithAll([][]string{m}, []string{"khalifa-haftar", "fayez-al-sarraj"}) {
				t.Errorf("%s: meeting %v joins the two met separately", c.lang, m)
			}
		}
	}
}

// TestDeniedPairOfTheHeadsNationality: "the two Libyans did not meet"
// after Russians and Turks held talks denies the two Libyans named before,
// not the two Turks of the talks (who stay at one table).
func TestDeniedPairOfTheHeadsNationality(t *testing.T) {
	x := shipped(t)
	turks := []string{"mevlut-cavusoglu", "hulusi-akar"}
	cases := []struct{ lang, text string }{
		{"fr", "Le 13 janvier, Fayez al-Sarraj et Khalifa Haftar étaient à Moscou. Sergueï Lavrov et Sergueï Choïgou, avec leurs homologues turcs Mevlüt Çavuşoğlu et Hulusi Akar, ont mené les pourparlers. Les deux Libyens ne se sont jamais rencontrés."},
		{"en", "On January 13, Fayez al-Sarraj and Khalifa Haftar were in Moscow. Sergey Lavrov and Sergei Shoigu, with their Turkish counterparts Mevlut Cavusoglu and Hulusi Akar, led the talks. The two Libyans never met."},
	}
	for _, c := range cases {
		ms := allParts(factsOf(t, x, c.lang, "Title\n\n"+c.text))
		if !meetingWithAll(ms, turks) {
			t.Errorf("%s %q: meetings %v, want the Turks at one table", c.lang, c.text, ms)
		}
	}
}

// wantPlannedWith checks that each text, published on 7 April 2021, tells
// a planned meeting with every one of pair.
func wantPlannedWith(t *testing.T, x *Extractor, cases []struct{ lang, text string }, pair []string) {
	t.Helper()
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-04-07", "Title\n\n"+c.text)
		if !slices.ContainsFunc(f.Meetings, func(m graph.Meeting) bool {
			return m.Status == graph.StatusPlanned && meetingWithAll([][]string{participants(m)}, pair)
		}) {
			t.Errorf("%s %q: meetings %v, want a planned one of %v", c.lang, c.text, allParts(f), pair)
		}
	}
}
