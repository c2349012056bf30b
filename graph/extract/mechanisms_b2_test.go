package extract

import "testing"

func TestInstitutionSpeakersRomance(t *testing.T) {
	checkConstructions(t, "es", []construction{
		{text: "La embajada estadounidense en Trípoli advirtió en un comunicado que los responsables de bloquear las elecciones se enfrentarán a sanciones.", stmt: []string{"united-states"}},
		{text: "El Ministerio de Asuntos Exteriores turco aseguró que sus asesores militares permanecerán en Libia mientras lo pida el gobierno legítimo.", stmt: []string{"turkey"}},
	})
	checkConstructions(t, "fr", []construction{
		{text: "Le ministère algérien des Affaires étrangères a indiqué que l'Algérie refusait toute ingérence étrangère dans le conflit libyen.", stmt: []string{"algeria"}},
		{text: "Dans un communiqué, l'ambassade de France à Tripoli a annoncé la reprise de ses activités consulaires dès la semaine prochaine.", stmt: []string{"france"}},
	})
	checkConstructions(t, "it", []construction{
		{text: "Il ministero degli Esteri egiziano ha precisato in una nota che il Cairo non invierà truppe oltre la linea di Sirte.", stmt: []string{"egypt"}},
	})
	checkConstructions(t, "en", []construction{
		{text: "The Turkish defence ministry said its advisers would stay in Libya as long as the Tripoli government asked them to.", stmt: []string{"turkey"}},
	})
}

func TestUnnamedAndHedgedSources(t *testing.T) {
	checkConstructions(t, "en", []construction{
		{text: "Rights groups have accused the Libyan coastguard of firing on migrant boats in international waters.", stmt: nil},
		{text: "Fathi Bashagha is said to have told the Americans that he would back a unified government.", stmt: nil},
	})
	checkConstructions(t, "fr", []construction{
		{text: "Le président tunisien n'a pas rencontré Khaled al-Mishri, contrairement à ce qu'avaient annoncé plusieurs médias libyens.", stmt: nil},
	})
	checkConstructions(t, "es", []construction{
		{text: "Varias organizaciones humanitarias acusaron a la guardia costera libia de devolver a los migrantes a centros de detención.", stmt: nil},
	})
}

func TestNamedSubjectBeatsCarried(t *testing.T) {
	checkConstructions(t, "es", []construction{
		{text: "Pedro Sánchez recibió el lunes a Abdul Hamid Dbeibah en La Moncloa. Antes de emprender el viaje, el domingo, Arancha González Laya había conversado por teléfono con el ministro turco de Exteriores, Mevlüt Çavuşoğlu, para coordinar posiciones.", meet: []string{"meet held 2021-03-08 pedro-sanchez abdul-hamid-dbeibah", "call held 2021-03-07 arancha-gonzalez-laya mevlut-cavusoglu"}},
	})
	checkConstructions(t, "fr", []construction{
		{text: "Emmanuel Macron a reçu lundi Mohamed al-Menfi à l'Élysée. Avant d'entamer sa tournée, dimanche, Jean-Yves Le Drian s'était entretenu au téléphone avec son homologue égyptien, Sameh Shoukry.", meet: []string{"meet held 2021-03-08 emmanuel-macron mohamed-al-menfi", "call held 2021-03-07 jean-yves-le-drian sameh-shoukry"}},
	})
	checkConstructions(t, "it", []construction{
		{text: "Mario Draghi ha ricevuto lunedì Abdul Hamid Dbeibah a Palazzo Chigi. Prima di partire per il viaggio, domenica, Luigi Di Maio aveva parlato al telefono con il ministro turco Mevlüt Çavuşoğlu.", meet: []string{"meet held 2021-03-08 mario-draghi abdul-hamid-dbeibah", "call held 2021-03-07 luigi-di-maio mevlut-cavusoglu"}},
	})
	checkConstructions(t, "en", []construction{
		{text: "Boris Johnson received Abdul Hamid Dbeibah in London on Monday. Before setting off on the trip, on Sunday, Dominic Raab had spoken by phone with Mevlüt Çavuşoğlu.", meet: []string{"meet held 2021-03-08 boris-johnson abdul-hamid-dbeibah", "call held 2021-03-07 dominic-raab mevlut-cavusoglu"}},
	})
}

func TestParticipationLists(t *testing.T) {
	checkConstructions(t, "it", []construction{
		{text: "Luigi Di Maio ha incontrato lunedì a Tripoli il premier Abdul Hamid Dbeibah. All'incontro hanno preso parte anche il presidente Mohamed al-Menfi e la ministra Najla Mangoush.", meet: []string{"meet held 2021-03-08 luigi-di-maio abdul-hamid-dbeibah mohamed-al-menfi najla-mangoush"}},
	})
	checkConstructions(t, "es", []construction{
		{text: "Arancha González Laya se reunió el lunes en Madrid con Najla Mangoush. En la reunión también participaron Josep Borrell y Mohamed al-Menfi.", meet: []string{"meet held 2021-03-08 arancha-gonzalez-laya najla-mangoush josep-borrell mohamed-al-menfi"}},
	})
	checkConstructions(t, "fr", []construction{
		{text: "Jean-Yves Le Drian a rencontré lundi à Tunis Othman Jerandi. Ont également participé à l'entretien Najla Mangoush et Josep Borrell.", meet: []string{"meet held 2021-03-08 jean-yves-le-drian othman-jerandi najla-mangoush josep-borrell"}},
	})
	checkConstructions(t, "en", []construction{
		{text: "Dominic Raab met Najla Mangoush in London on Monday. Josep Borrell and Mohamed al-Menfi also took part in the talks.", meet: []string{"meet held 2021-03-08 dominic-raab najla-mangoush josep-borrell mohamed-al-menfi"}},
	})
}

func TestDescriptionsByGenderAndOffice(t *testing.T) {
	checkConstructions(t, "fr", []construction{
		{text: "Othman Jerandi a reçu lundi à Tunis son homologue libyenne, Najla Mangoush. La ministre a assuré que la frontière serait rouverte avant la fin du mois.", meet: []string{"meet held 2021-03-08 othman-jerandi najla-mangoush"}, stmt: []string{"najla-mangoush"}},
	})
	checkConstructions(t, "it", []construction{
		{text: "Luigi Di Maio ha ricevuto lunedì alla Farnesina la ministra libica Najla Mangoush. La ministra ha detto che il governo di unità nazionale rispetterà gli accordi sui migranti.", meet: []string{"meet held 2021-03-08 luigi-di-maio najla-mangoush"}, stmt: []string{"najla-mangoush"}},
	})
	checkConstructions(t, "es", []construction{
		{text: "Najla Mangoush recibió el lunes en Trípoli a Arancha González Laya. Más tarde, la jefa de la diplomacia española fue recibida por el primer ministro, Abdul Hamid Dbeibah.", meet: []string{"meet held 2021-03-08 najla-mangoush arancha-gonzalez-laya", "meet held - abdul-hamid-dbeibah arancha-gonzalez-laya"}},
	})
}

func TestCounterpartWithoutCountry(t *testing.T) {
	checkConstructions(t, "en", []construction{
		{text: "Stephanie Williams met Fathi Bashagha and Aguila Saleh Issa in Geneva on Monday. Bashagha insisted that foreign fighters must leave first. His counterpart argued that the army could not withdraw while Turkish advisers remained.", meet: []string{"meet held 2021-03-08 stephanie-williams fathi-bashagha aguila-saleh-issa"}, stmt: []string{"fathi-bashagha", "aguila-saleh-issa"}},
	})
}

func TestCancelledWeekdayNearest(t *testing.T) {
	// constructionPub is a Wednesday
	checkConstructions(t, "it", []construction{
		{text: "Martedì è saltato all'ultimo momento l'incontro, previsto a Bengasi, tra Luigi Di Maio e Khalifa Haftar.", meet: []string{"meet cancelled 2021-03-09 luigi-di-maio khalifa-haftar"}},
	})
	checkConstructions(t, "en", []construction{
		{text: "On Tuesday the meeting between Dominic Raab and Khalifa Haftar in Benghazi was called off at the last minute.", meet: []string{"meet cancelled 2021-03-09 dominic-raab khalifa-haftar"}},
	})
	checkConstructions(t, "es", []construction{
		{text: "La reunión entre Josep Borrell y Khalifa Haftar prevista para el viernes fue cancelada.", meet: []string{"meet cancelled 2021-03-12 josep-borrell khalifa-haftar"}},
	})
}

func TestCancelledScheduledWeekday(t *testing.T) {
	checkConstructions(t, "it", []construction{
		{text: "Un incontro tra Luigi Di Maio e Khalifa Haftar a Bengasi, previsto per martedì, è stato invece annullato.", meet: []string{"meet cancelled 2021-03-16 luigi-di-maio khalifa-haftar"}},
	})
}

func TestPlaceBoundToTrigger(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, place string }{
		{"fr", "Le 13 juillet, Abdel Fattah el-Sisi a reçu au Caire Aguila Saleh Issa, accompagné d'une délégation de chefs tribaux de Cyrénaïque.", "cairo"},
		{"it", "Luciana Lamorgese ha ricevuto al Viminale Fathi Bashagha, accompagnato dal capo della guardia costiera del Mediterraneo centrale.", "rome"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != c.place {
			t.Errorf("%s %q: %+v, want one meeting in %s", c.lang, c.text, f.Meetings, c.place)
		}
	}
}

func TestRaisIsThePresident(t *testing.T) {
	checkConstructions(t, "fr", []construction{
		{text: "Le président égyptien Abdel Fattah el-Sisi a fixé une ligne rouge à Syrte. Le 13 juillet, le raïs a reçu au Caire le président du Parlement de Tobrouk, Aguila Saleh Issa.", meet: []string{"meet held --07-13 abdel-fattah-el-sisi aguila-saleh-issa"}},
	})
}

func TestAffiliationIsNotParticipation(t *testing.T) {
	checkConstructions(t, "en", []construction{
		{text: "The EU commissioner Ylva Johansson met Fathi Bashagha in Brussels on Monday to discuss the coastguard.", meet: []string{"meet held 2021-03-08 fathi-bashagha ylva-johansson"}},
		{text: "The LNA's chief of staff Abdulrazek al-Nadoori met Richard Norland in Benghazi on Monday.", meet: []string{"meet held 2021-03-08 abdulrazek-al-nadoori richard-norland"}},
	})
	checkConstructions(t, "it", []construction{
		{text: "Lunedì a Bengasi l'ambasciatore Giuseppe Buccino Grimaldi ha incontrato il capo di stato maggiore dell'Lna, Abdulrazek al-Nadoori.", meet: []string{"meet held 2021-03-08 giuseppe-buccino-grimaldi abdulrazek-al-nadoori"}},
	})
	checkConstructions(t, "es", []construction{
		{text: "El lunes, el jefe del Estado Mayor del ELN, Abdulrazek al-Nadoori, se reunió en Bengasi con el embajador Richard Norland.", meet: []string{"meet held 2021-03-08 abdulrazek-al-nadoori richard-norland"}},
	})
	checkConstructions(t, "fr", []construction{
		{text: "Lundi, la commissaire européenne Ylva Johansson a rencontré à Tripoli Fathi Bashagha.", meet: []string{"meet held 2021-03-08 fathi-bashagha ylva-johansson"}},
	})
}

func TestBareMinisterIsNotThePrimeMinister(t *testing.T) {
	checkConstructions(t, "it", []construction{
		{text: "Il ministro della Difesa Lorenzo Guerini è stato ricevuto lunedì a Tripoli dal primo ministro Abdul Hamid Dbeibah. Nel pomeriggio il ministro ha visto il presidente del Consiglio presidenziale, Mohamed al-Menfi.", meet: []string{"meet held 2021-03-08 abdul-hamid-dbeibah lorenzo-guerini", "meet held 2021-03-08 lorenzo-guerini mohamed-al-menfi"}},
	})
}

func TestAccordingToWhom(t *testing.T) {
	checkConstructions(t, "it", []construction{
		{text: "Più scettico l'Alto commissario dell'Onu per i rifugiati, Filippo Grandi, secondo il quale la Libia non può essere considerata un porto sicuro.", stmt: []string{"filippo-grandi"}},
	})
	checkConstructions(t, "es", []construction{
		{text: "El ministro libio viajará a Madrid en mayo para devolver la visita, informó el Ministerio de Asuntos Exteriores turco en un comunicado.", stmt: []string{"turkey"}},
	})
}

func TestQuoteWithDroppedOrPronounSubject(t *testing.T) {
	checkConstructions(t, "it", []construction{
		{text: "La ministra dell'Interno Luciana Lamorgese è rimasta fedele all'accordo con Tripoli. «Senza la Libia non c'è una politica migratoria possibile nel Mediterraneo», ha spiegato in un'audizione alla Camera.", stmt: []string{"luciana-lamorgese quote"}},
	})
	checkConstructions(t, "en", []construction{
		{text: "Mustafa Sanalla, the head of the oil company, has spent years keeping it out of the war. \"Oil is the last thing that belongs to every Libyan,\" he said in a recorded address.", stmt: []string{"mustafa-sanalla quote"}},
	})
	checkConstructions(t, "es", []construction{
		{text: "Arancha González Laya llegó a Trípoli a primera hora de la mañana. «España vuelve a Libia para quedarse», afirmó ante la prensa.", stmt: []string{"arancha-gonzalez-laya quote"}},
	})
}

func TestQuotePronounGender(t *testing.T) {
	checkConstructions(t, "en", []construction{
		{text: "Stephanie Williams opened the forum in Tunis on Monday. Kais Saied sat in the front row of the conference centre. \"Do not waste this chance on quarrels over seats,\" she said.", meet: nil, stmt: []string{"stephanie-williams quote"}},
	})
}

func TestDueToHost(t *testing.T) {
	checkConstructions(t, "en", []construction{
		{text: "Dominic Raab is due to host Najla Mangoush in London next Wednesday to sign the agreement, the British foreign ministry said in a statement.", meet: []string{"meet planned 2021-03-17 dominic-raab najla-mangoush"}, stmt: []string{"united-kingdom"}},
	})
}

func TestCarthageAndInvertedPronoun(t *testing.T) {
	checkConstructions(t, "fr", []construction{
		{text: "Carthage a annoncé que le président Kaïs Saïed se rendrait à Tripoli la semaine prochaine.", stmt: []string{"tunisia"}},
		{text: "Le président égyptien Abdel Fattah el-Sisi a fixé une ligne rouge entre Syrte et al-Joufra. « Si les milices franchissent cette ligne, l'Égypte interviendra directement », avait-il averti le 20 juin.", stmt: []string{"abdel-fattah-el-sisi quote"}},
	})
}

func TestAnnouncingOfficeIsNoParty(t *testing.T) {
	checkConstructions(t, "fr", []construction{
		{text: "Carthage a par ailleurs annoncé que Abdul Hamid Dbeibah était attendu à Tunis le mois prochain pour une visite officielle, au cours de laquelle il sera reçu par le président Kaïs Saïed.", meet: []string{"meet planned - abdul-hamid-dbeibah kais-saied"}, stmt: []string{"tunisia"}},
	})
}

func TestSidelinesOfTheVisit(t *testing.T) {
	x := shipped(t)
	text := "Kaïs Saïed s'est rendu mercredi à Tripoli, où il a rencontré Mohamed al-Menfi. En marge de la visite, Othman Jerandi et son homologue libyenne, Najla Mangoush, ont tenu une séance de travail consacrée à la réouverture du consulat tunisien à Benghazi."
	f := factsOf(t, x, "fr", text)
	found := false
	for _, m := range f.Meetings {
		p := participants(m)
		if len(p) == 2 && p[0] == "othman-jerandi" && p[1] == "najla-mangoush" {
			found = true
			if m.Place == "benghazi" {
				t.Errorf("the sidelines meeting is in Tripoli, not in the topic's Benghazi: %+v", m)
			}
		}
	}
	if !found {
		t.Errorf("no Jerandi–Mangoush meeting: %+v", f.Meetings)
	}
}
