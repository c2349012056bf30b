package extract

import "testing"

// TestAddresseeBeforeInvertedSubject: whom the words were said to ("ai
// giornalisti", "to reporters", "aux journalistes", "a los periodistas")
// may stand between an inverted speech verb and its subject; the title
// and the name after it still speak, not the subject of the sentence
// before. A title owned by a body and set off from the name by a comma
// ("el portavoz del Kremlin, Dmitri Peskov") is the person's, not the
// body's.
func TestAddresseeBeforeInvertedSubject(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"it", "Giuseppe Conte ha ricevuto Fayez al-Sarraj a Roma. «Serve una tregua vera», ha detto ai giornalisti il portavoce del Cremlino, Dmitry Peskov."},
		{"fr", "Emmanuel Macron a reçu Fayez al-Sarraj à Paris. « Il faut une vraie trêve », a déclaré aux journalistes le porte-parole du Kremlin, Dmitri Peskov."},
		{"es", "Pedro Sánchez recibió a Fayez al Serraj en Madrid. «Hace falta una tregua real», dijo a los periodistas el portavoz del Kremlin, Dmitri Peskov."},
		{"es", "Pedro Sánchez recibió a Fayez al Serraj en Madrid. «Hace falta una tregua real», dijo el portavoz del Kremlin, Dmitri Peskov."},
		{"en", "Boris Johnson received Fayez al-Sarraj in London. \"A real truce is needed,\" said the spokesman of the Kremlin, Dmitry Peskov."},
	}
	for _, c := range cases {
		wantOnlySpeaker(t, x, c.lang, "Title\n\n"+c.text, "dmitry-peskov")
	}
}

// TestArabicCommaRelativeSpeaker: a relative clause set off by the Arabic
// comma after the person it is about ("…عقيلة صالح، الذي أكد أن …") makes
// that person the speaker, as a Latin comma does ("…, who stressed"),
// not the subject of the main clause.
func TestArabicCommaRelativeSpeaker(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"ar", "وزار الوزير الجزائري صبري بوقادوم مدينة طبرق، حيث التقى رئيس مجلس النواب عقيلة صالح، الذي شدد على أن المجلس «يمثل كل الليبيين» دون استثناء.", "aguila-saleh-issa"},
		{"ar", "وأجرت ستيفاني ويليامز اتصالا هاتفيا مع وزير الخارجية المصري سامح شكري، الذي جدد دعم بلاده لوقف إطلاق النار.", "sameh-shoukry"},
		{"en", "Algerian Foreign Minister Sabri Boukadoum then flew to Tobruk to meet parliament speaker Aguila Saleh, who stressed that the chamber \"represents all Libyans\" without exception.", "aguila-saleh-issa"},
		{"en", "Stephanie Williams spoke by phone with Egyptian Foreign Minister Sameh Shoukry, who stressed his country's support for the ceasefire.", "sameh-shoukry"},
	}
	for _, c := range cases {
		wantOnlySpeaker(t, x, c.lang, "Title\n\n"+c.text, c.want)
	}
}

// TestOrganisationFullNames: an organisation speaks under the full name
// the press gives it, with or without the article ("Misión de Apoyo de
// Naciones Unidas en Libia"), in the oblique case ("اقوام متحدہ کے
// امدادی مشن نے"), or spelt out ("ABD Afrika Komutanlığı",
// "US-Afrikakommando"), not the state or body a part of the name names.
func TestOrganisationFullNames(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"es", "La Misión de Apoyo de Naciones Unidas en Libia advirtió el martes que la tregua sigue siendo frágil.", "unsmil"},
		{"ur", "لیبیا میں اقوام متحدہ کے امدادی مشن نے منگل کو کہا کہ جنگ بندی اب بھی کمزور ہے۔", "unsmil"},
		{"tr", "ABD Afrika Komutanlığı salı günü yaptığı açıklamada ateşkesin kırılgan olduğunu söyledi.", "africom"},
		{"de", "Das US-Afrikakommando erklärte am Dienstag, die Waffenruhe sei brüchig.", "africom"},
		{"fr", "Le commandement américain pour l'Afrique a affirmé mardi que la trêve restait fragile.", "africom"},
	}
	for _, c := range cases {
		wantOnlySpeaker(t, x, c.lang, "Title\n\n"+c.text, c.want)
	}
}

// TestFrontedPhraseNotSubject: a sentence that opens with a phrase of
// place or time closed by a comma ("At a press conference with Siala,",
// "En la rueda de prensa con Siala,", "Nella conferenza stampa con
// Siala,") has its subject after the comma; a pronoun speaking in the
// next sentence ("he told reporters", "dijo", "ha detto", "he added") is
// that subject, not the person named inside the phrase.
func TestFrontedPhraseNotSubject(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Mohamed Siala hosted the delegation. At a press conference with Mohamed Siala, Cavusoglu left little doubt. \"The truce must hold,\" he told reporters."},
		{"en", "Mohamed Siala hosted the delegation. In a long session with Mohamed Siala, Cavusoglu was blunt. Turkey, he added, would keep its advisers in Libya."},
		{"es", "Mohamed Siala recibió a la delegación. En la rueda de prensa con Mohamed Siala, Çavuşoğlu no dejó lugar a dudas. «La tregua debe mantenerse», dijo."},
		{"it", "Mohamed Siala ha accolto la delegazione. Nella conferenza stampa con Mohamed Siala, Çavuşoğlu non ha lasciato dubbi. «La tregua deve reggere», ha detto."},
	}
	for _, c := range cases {
		got := speakers(factsOf(t, x, c.lang, "Title\n\n"+c.text))
		if len(got) == 0 || got[len(got)-1] != "mevlut-cavusoglu" {
			t.Errorf("%s %q: speakers %v, want the last mevlut-cavusoglu", c.lang, c.text, got)
		}
	}
}

// TestWelcomedIsNoSpeech: English "welcomed" hosts people ("welcomed the
// delegates") or reacts to a deed ("welcomed the vote"); neither reports
// words, so neither is a statement, while a speech verb in the same
// sentence still is.
func TestWelcomedIsNoSpeech(t *testing.T) {
	x := shipped(t)
	for _, text := range []string{
		"President Kais Saied welcomed the forty delegates and the UN envoy Stephanie Williams at the palace.",
		"Rome welcomed the vote in the Libyan parliament on Wednesday.",
		"Not every capital welcomed the agreement.",
	} {
		if got := speakers(factsOf(t, x, "en", "Title\n\n"+text)); len(got) != 0 {
			t.Errorf("en %q: speakers %v, want none", text, got)
		}
	}
	wantOnlySpeaker(t, x, "en", "Title\n\nRome welcomed the vote, and Foreign Minister Luigi Di Maio said the new government deserved support.", "luigi-di-maio")
}

// TestBriefedOnTopicIsNoSpeech: a verb of addressing followed by its
// addressee and a topic word ("briefed Tebboune on the follow-up", "who
// briefed him on Algeria's contacts", "asked Haftar about the truce")
// tells what the words were about, not the words: no statement. With a
// complementizer or an infinitive after the addressee it reports words.
func TestBriefedOnTopicIsNoSpeech(t *testing.T) {
	x := shipped(t)
	for _, text := range []string{
		"In Algiers, Stephanie Williams briefed Abdelmadjid Tebboune on the preparations for the next round.",
		"Aguila Saleh then met Sabri Boukadoum, who briefed him on Algeria's contacts with the United Nations.",
		"In Benghazi, Luigi Di Maio asked Khalifa Haftar about the truce.",
	} {
		if got := speakers(factsOf(t, x, "en", "Title\n\n"+text)); len(got) != 0 {
			t.Errorf("en %q: speakers %v, want none", text, got)
		}
	}
	wantOnlySpeaker(t, x, "en", "Title\n\nIn Algiers, Stephanie Williams told Abdelmadjid Tebboune that the next round would open in Geneva.", "stephanie-williams")
	wantOnlySpeaker(t, x, "en", "Title\n\nIn Benghazi, Luigi Di Maio urged Khalifa Haftar to respect the truce.", "luigi-di-maio")
	wantOnlySpeaker(t, x, "en", "Title\n\nStephanie Williams briefed Abdelmadjid Tebboune on Monday that the talks would resume.", "stephanie-williams")
}

// TestViewpointPronoun: a viewpoint phrase opening a sentence with a
// personal pronoun set off by a comma ("Pour elle,", "Per lei,", "Para
// ella,", "For her,") is the view of the person the pronoun stands for,
// the expert quoted just before, not of a person named inside the view.
func TestViewpointPronoun(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"fr", "« Le pétrole reste une arme », explique Marine Delorme, chercheuse à Lyon. Pour elle, Khalifa Haftar « ne lâchera rien » avant les élections."},
		{"it", "«Il petrolio resta un'arma», spiega Marina Deloreti, ricercatrice a Torino. Per lei, Khalifa Haftar «non mollerà nulla» prima del voto."},
		{"es", "«El petróleo sigue siendo un arma», explica Marina Delgado, investigadora en Sevilla. Para ella, Jalifa Haftar «no cederá nada» antes de las elecciones."},
	}
	for _, c := range cases {
		got := speakers(factsOf(t, x, c.lang, "Title\n\n"+c.text))
		if len(got) != 2 || got[0] != got[1] || got[0] == "khalifa-haftar" {
			t.Errorf("%s %q: speakers %v, want the expert twice", c.lang, c.text, got)
		}
	}
}
