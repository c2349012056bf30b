package extract

import "testing"

// TestJointAppealTogether: two people who appeal or demand something
// together ("gemeinsam … aufgerufen", "pidieron conjuntamente", "مشترکہ
// طور پر … مطالبہ کیا", "jointly called for", "совместно призвали") made
// the appeal in one place: a meeting of the two. The adverb alone ("arbeiten
// gemeinsam an"), in a joint statement, as the start of "gemeinsam mit",
// or of two states, tells none.
func TestJointAppealTogether(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"de", "Zwei Tage später haben Maas und Le Drian in Paris gemeinsam zu Gesprächen über einen Waffenstillstand aufgerufen.", [][]string{{"heiko-maas", "jean-yves-le-drian"}}},
		{"de", "Conte und Macron riefen am Rande eines Treffens in Rom gemeinsam zu einem Ende der Kämpfe auf.", [][]string{{"giuseppe-conte", "emmanuel-macron"}}},
		{"de", "Drei Tage zuvor hatten Macron und Conte in Paris gemeinsam einen Waffenstillstand gefordert.", [][]string{{"emmanuel-macron", "giuseppe-conte"}}},
		{"es", "Lavrov y Çavuşoğlu reclamaron conjuntamente en Moscú el cese de las hostilidades.", [][]string{{"sergey-lavrov", "mevlut-cavusoglu"}}},
		{"es", "Macron y Conte pidieron conjuntamente en Roma el fin de los combates.", [][]string{{"emmanuel-macron", "giuseppe-conte"}}},
		{"ur", "پوتن اور اردوان نے استنبول میں مشترکہ طور پر لیبیا میں جنگ بندی کا مطالبہ کیا۔", [][]string{{"vladimir-putin", "recep-tayyip-erdogan"}}},
		{"ur", "پوتن اور اردوان نے استنبول میں مشترکہ طور پر لیبیا میں جنگ بندی کی اپیل کی۔", [][]string{{"vladimir-putin", "recep-tayyip-erdogan"}}},
		{"en", "In Istanbul on Wednesday, Putin and Erdoğan jointly called for a ceasefire in Libya.", [][]string{{"vladimir-putin", "recep-tayyip-erdogan"}}},
		{"it", "A Mosca Lavrov e Çavuşoğlu hanno chiesto insieme una tregua in Libia.", [][]string{{"sergey-lavrov", "mevlut-cavusoglu"}}},
		{"ru", "В Стамбуле Путин и Эрдоган совместно призвали стороны ливийского конфликта к перемирию.", [][]string{{"vladimir-putin", "recep-tayyip-erdogan"}}},
		{"de", "Maas und Le Drian arbeiten gemeinsam an einer Lösung für Libyen.", nil},
		{"de", "Maas und Le Drian forderten in einer gemeinsamen Erklärung den Abzug aller Söldner.", nil},
		{"de", "Maas forderte gemeinsam mit Le Drian einen Waffenstillstand.", nil},
		{"es", "Rusia y Turquía pidieron conjuntamente un alto el fuego.", nil},
		{"de", "Haftar und Saleh riefen zu Protesten auf. Gemeinsam kontrollieren ihre Verbände den Osten.", nil},
		{"en", "Erdoğan and Putin have long worked together, and both called for a truce in January.", nil},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, c.want)
	}
}

// TestCompanionInSubjectRelative: a companion named in a relative clause
// about the subject ("Sánchez, que llegó acompañado de la ministra, X,
// fue recibido por Y", "Maas, der von X begleitet wurde, traf Y", "Le
// Drian, qui était accompagné de X, a été reçu par Y", "Maas, who was
// accompanied by X, was received by Y") came with the subject to the
// sentence's own event, which is a new one, not the event told before.
// Other names in such a clause still only describe the subject.
func TestCompanionInSubjectRelative(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"es", "El ministro de Exteriores italiano, Luigi Di Maio, que viajó acompañado del ministro de Interior, Luciana Lamorgese, fue recibido por el presidente Abdelmadjid Tebboune.", [][]string{{"luigi-di-maio", "luciana-lamorgese", "abdelmadjid-tebboune"}}},
		{"es", "Çavuşoğlu, que viajó acompañado del ministro de Defensa, Hulusi Akar, se reunió en Trípoli con Dbeibah.", [][]string{{"mevlut-cavusoglu", "hulusi-akar", "abdul-hamid-dbeibah"}}},
		{"es", "El presidente del Gobierno, Pedro Sánchez, se reunió ayer en Trípoli con el primer ministro libio, Abdul Hamid Dbeibah. Sánchez, que llegó acompañado de la ministra de Asuntos Exteriores, Arancha González Laya, fue recibido también por el presidente del Consejo Presidencial, Mohamed al Menfi.", [][]string{{"pedro-sanchez", "abdul-hamid-dbeibah"}, {"pedro-sanchez", "arancha-gonzalez-laya", "mohamed-al-menfi"}}},
		{"de", "Maas, der von Staatsminister Niels Annen begleitet wurde, traf in Tripolis mit Sarradsch zusammen.", [][]string{{"heiko-maas", "niels-annen", "fayez-al-sarraj"}}},
		{"de", "Maas, der von Staatsminister Niels Annen begleitet worden war, kam am Abend mit Sarradsch zusammen.", [][]string{{"heiko-maas", "niels-annen", "fayez-al-sarraj"}}},
		{"fr", "Le Drian, qui était accompagné de la ministre des Armées, Florence Parly, a été reçu par le président Kais Saied.", [][]string{{"jean-yves-le-drian", "florence-parly", "kais-saied"}}},
		{"en", "Maas, who was accompanied by Niels Annen, was received by Prime Minister Dbeibah.", [][]string{{"heiko-maas", "niels-annen", "abdul-hamid-dbeibah"}}},
		// a name in the clause that is no companion is not at the event
		{"de", "Maas, der zuvor mit Lawrow telefoniert hatte, traf Schukri in Kairo.", [][]string{{"heiko-maas", "sergey-lavrov"}, {"heiko-maas", "sameh-shoukry"}}},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, c.want)
	}
}

// TestSourceAsideAfterFinalVerb: a source aside after a comma ("…, wie
// das Auswärtige Amt mitteilte", "…, wie sein Sprecher Christofer Burger
// mitteilte") reports the event told before it; its names are no party
// to it, also when the German verb-final trigger stands right before the
// comma and the clause's subject is a pronoun ("Am Dienstag will er Saleh
// treffen, wie das Auswärtige Amt mitteilte" is Maas's, not Germany's).
func TestSourceAsideAfterFinalVerb(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"de", "Maas war am Montag in Tripolis. In den kommenden Wochen will er den Parlamentspräsidenten Aguila Saleh treffen, wie das Auswärtige Amt mitteilte.", [][]string{{"heiko-maas", "aguila-saleh-issa"}}},
		{"de", "Maas war am Montag in Tripolis. Am Dienstag will er Aguila Saleh treffen, wie das Auswärtige Amt am Abend mitteilte.", [][]string{{"heiko-maas", "aguila-saleh-issa"}}},
		{"de", "Maas war am Montag in Tripolis. Am Dienstag will er Aguila Saleh treffen, wie Regierungssprecher Steffen Seibert mitteilte.", [][]string{{"heiko-maas", "aguila-saleh-issa"}}},
		{"de", "Maas war am Montag in Tripolis. Danach kam er mit Baschagha zusammen, wie sein Sprecher Christofer Burger mitteilte.", [][]string{{"heiko-maas", "fathi-bashagha"}}},
		{"de", "Lawrow war am Montag im Außenministerium. Er empfing Aguila Saleh, wie das russische Außenministerium mitteilte.", [][]string{{"sergey-lavrov", "aguila-saleh-issa"}}},
		{"es", "Di Maio llegó el lunes a Trípoli. Allí se reunió con Dbeibah, según informó su portavoz, Giuseppe Buccino.", [][]string{{"luigi-di-maio", "abdul-hamid-dbeibah"}}},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, c.want)
	}
}

// TestInvertedSpeakerAfterTimeAndPlace: the speaker named after a speech
// verb that follows the quote, with the time and place of the saying
// between the two ("ha asegurado este martes el ministro ruso de
// Exteriores, Serguéi Lavrov", "declaró el lunes en Madrid la ministra
// …", "sagte am Dienstag in Berlin Heiko Maas"): the adjuncts do not
// count in the verb's window, and the title that opens the subject starts
// after them.
func TestInvertedSpeakerAfterTimeAndPlace(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"es", "\"La situación es grave\", ha asegurado este martes el ministro ruso de Exteriores, Serguéi Lavrov.", "sergey-lavrov"},
		{"es", "\"La situación es grave\", aseguró el martes el jefe de la diplomacia rusa, Serguéi Lavrov.", "sergey-lavrov"},
		{"es", "\"Libia necesita elecciones\", declaró el lunes en Madrid la ministra de Exteriores, Arancha González Laya.", "arancha-gonzalez-laya"},
		{"es", "\"Libia necesita elecciones\", ha declarado este lunes la ministra de Exteriores, Arancha González Laya, en rueda de prensa.", "arancha-gonzalez-laya"},
		{"es", "«No hay solución militar», ha subrayado hoy en Trípoli el presidente del Gobierno, Pedro Sánchez.", "pedro-sanchez"},
		{"de", "„Die Waffenruhe muss halten“, sagte am Dienstag in Berlin Bundesaußenminister Heiko Maas.", "heiko-maas"},
		{"de", "„Die Waffenruhe muss halten“, sagte am Dienstag in Berlin Heiko Maas.", "heiko-maas"},
	}
	for _, c := range cases {
		wantOnlySpeaker(t, x, c.lang, "Title\n\n"+c.text, c.want)
	}
}
